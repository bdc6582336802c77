"""Timing helpers shared by the benchmarks: medians over repeated runs, one table."""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


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


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def print_table(rows: list[Row], repeat: int) -> None:
    print(f"machine: {machine()}; medians of {repeat} runs")
    print(f"| {'figure':44} | {'Lindungi':>12} | {'baseline':>12} | {'ratio':>6} | "
          f"{'target':>12} | ok |")
    print(f"|{'-' * 46}|{'-' * 14}|{'-' * 14}|{'-' * 8}|{'-' * 14}|----|")
    for r in rows:
        print(f"| {r.name:44} | {r.figure:>9.3f} {r.unit:2} | {r.baseline:>9.3f} {r.unit:2} | "
              f"{r.ratio:>5.2f}× | {r.target:>12} | {'yes' if r.ok else 'NO':2} |")
