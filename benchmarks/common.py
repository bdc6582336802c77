"""Timing helpers shared by the benchmarks: medians over repeated runs, one table."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Row:
    name: str
    figure: float
    baseline: float
    unit: str
    target: str  # e.g. "≤ 3×" or "≥ 100000/s"
    ok: bool

    @property
    def ratio(self) -> float:
        return self.figure / self.baseline if self.baseline else float("nan")


def median_seconds(run: Callable[[], object], repeat: int,
                   setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def installed_env(cache: Path, **extra: str) -> dict[str, str]:
    """The environment for a timed child that starts as an installed program does, with
    its bytecode cached (pip compiles a wheel's modules, a frozen build carries them
    compiled): PYTHONDONTWRITEBYTECODE is dropped and the cache goes to `cache`, written
    by the caller's warm-up run. LINDUNGI_DATA_DIR is dropped too, so that only `extra`
    names a data folder."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "LINDUNGI_DATA_DIR")}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    env.update(extra)
    return env


def machine() -> str:

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def print_table(rows: list[Row], repeat: int) -> None:
    print(f"machine: {machine()}; medians of {repeat} runs")
    print(f"| {'figure':44} | {'Lindungi':>12} | {'baseline':>12} | {'ratio':>6} | "
          f"{'target':>12} | ok |")
    print(f"|{'-' * 46}|{'-' * 14}|{'-' * 14}|{'-' * 8}|{'-' * 14}|----|")
    for r in rows:
        print(f"| {r.name:44} | {r.figure:>9.3f} {r.unit:2} | {r.baseline:>9.3f} {r.unit:2} | "
              f"{r.ratio:>5.2f}× | {r.target:>12} | {'yes' if r.ok else 'NO':2} |")
