"""`lindungi events …`: the events members are registered at."""

from __future__ import annotations

import argparse

from app.cli.context import EXIT_OK, Context, date_arg
from app.services import events


def create_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True)
    p.add_argument("--date", type=date_arg, required=True)
    p.add_argument("--venue", default="")
    p.add_argument("--region", required=True, help="district or regency code")


def create(ctx: Context) -> int:
    args = ctx.args
    with ctx.workspace().db.session() as s:
        info = events.create_event(s, ctx.actor, args.name, args.date, args.venue, args.region)
    ctx.out.emit({"id": str(info.id), **info.as_dict()}, lambda: f"Acara dibuat: {info.id}")
    return EXIT_OK


def list_events(ctx: Context) -> int:
    with ctx.workspace().db.session() as s:
        rows = events.list_events(s)
    ctx.out.emit(
        [r.as_dict() for r in rows],
        lambda: "\n".join(f"{r.id}  {r.date}  {r.status:6}  {r.name}" for r in rows)
        or "Belum ada acara.",
    )
    return EXIT_OK
