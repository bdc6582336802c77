"""Every benchmark at 100,000 members, one table: figure, baseline, ratio, target.

    python -m benchmarks.run_all [--members 100000] [--repeat 3] [--out FILE.md]

Each figure's baseline is measured in the same run. Takes about a quarter of an hour on
2 cores (most of it the bare ReportLab QR baseline).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from benchmarks import (
    bench_desk,
    bench_import,
    bench_import_command,
    bench_nik,
    bench_slips,
    bench_sync,
    start_window,
)
from benchmarks.common import Row, machine, print_table


def markdown(rows: list[Row], repeat: int) -> str:
    lines = [f"Measured {dt.date.today():%Y-%m-%d} on {machine()}; medians of {repeat} runs.",
             "", "| figure | Lindungi | baseline | ratio | target | met |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r.name} | {r.figure:.3f} {r.unit} | {r.baseline:.3f} {r.unit} | "
                     f"{r.ratio:.2f}× | {r.target} | {'yes' if r.ok else 'NO'} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, help="also write the table as Markdown")
    parser.add_argument("--program", type=Path, action="append", default=[],
                        help="also time a frozen build (dist/lindungi/lindungi) to its "
                        "first window")
    args = parser.parse_args()
    rows: list[Row] = []
    # fresh processes on an X display, at least 5 of each (Xvfb is started if needed)
    rows += start_window.measure(max(5, args.repeat),
                                 [start_window.CONSOLE_SCRIPT, *args.program])
    rows += bench_nik.measure(args.members, args.repeat)
    rows += bench_import.measure(args.members, args.repeat)
    # the whole `lindungi members import` command, spawned fresh, next to csv+executemany
    rows += bench_import_command.measure(args.members, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"  # one 100k laptop for the desk, then for sync
        rows += bench_desk.measure(args.members, args.repeat, folder)
        rows += bench_sync.measure(args.members, args.repeat, folder)
    rows += bench_slips.measure(1000, args.repeat)
    print()
    print_table(rows, args.repeat)
    if args.out:
        args.out.write_text(markdown(rows, args.repeat), encoding="utf-8")


if __name__ == "__main__":
    main()
