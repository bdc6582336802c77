"""`lindungi backup …`: copies of the data folder's SQLite file (an office database
server is backed up by its own tools: the table marks these commands sqlite_only)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import EXIT_OK, Context
from app.domain.dates import wib_text
from app.services import backup


def now(ctx: Context) -> int:
    paths = backup.backup_now(ctx.workspace(), ctx.actor)
    ctx.out.emit({"files": [str(p) for p in paths]},
                 lambda: "Cadangan dibuat: " + ", ".join(str(p) for p in paths))
    return EXIT_OK


def list_backups(ctx: Context) -> int:
    rows = backup.list_backups(ctx.data_folder)
    ctx.out.emit([b.as_dict() for b in rows], lambda: "\n".join(
        f"{wib_text(b.made_at)}  {b.reason:12} {b.members:>7} peserta  "
        f"{'utuh' if b.sound else 'RUSAK'}  {b.path}" for b in rows) or "Belum ada cadangan.")
    return EXIT_OK


def restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path)


def restore(ctx: Context) -> int:
    """The signed-in officer, if any, was looked up and the database closed before this
    runs (table: OFFICER_IF_READABLE): restore puts another file in its place."""
    file = ctx.args.file
    report = backup.restore(ctx.data_folder, file, ctx.actor_or_none)
    ctx.out.emit({"restored_from": str(file), "lost_members": report.lost_members,
                  "lost_members_sent": report.lost_sent,
                  "damaged_kept_as": str(report.damaged_kept_as or "")}, report.message)
    return EXIT_OK
