"""`lindungi demo`: a data folder filled with generated demo data."""

from __future__ import annotations

import argparse

from app.cli.context import EXIT_OK, Context
from app.services.demo_seed import seed_demo


def demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--members", type=int, default=2000)


def demo(ctx: Context) -> int:
    summary = seed_demo(ctx.workspace(create=True), ctx.args.members, history=True)
    parts = ", ".join(f"{k} {v}" for k, v in summary.items())
    ctx.out.emit(summary, lambda: f"Data demo siap: {parts}")
    return EXIT_OK
