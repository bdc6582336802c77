"""`lindungi init`: first-time set-up of a laptop."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from app.cli.context import EXIT_OK, Context
from app.services import device


def init_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device-name", required=True)
    p.add_argument("--region", required=True, help="home regency/city code, e.g. 35.74")
    p.add_argument("--admin", help="create the first administrator (password: LINDUNGI_PASSWORD)")


def init(ctx: Context) -> int:
    args = ctx.args
    ws = ctx.workspace(create=True)
    password = os.environ.get("LINDUNGI_PASSWORD") if args.admin else None
    if args.admin and not password and sys.stdin.isatty():
        password = getpass.getpass("Kata sandi administrator baru: ")
    with ws.db.session() as s:
        result = device.initialise(s, args.device_name, args.region, args.admin, password)
    ctx.out.emit(
        {"device_id": str(result.device_id), "created": result.created,
         "admin_created": result.admin_created, "data_dir": str(ws.data_dir)},
        lambda: (f"Perangkat disiapkan: {result.device_id}" if result.created
                 else f"Perangkat sudah disiapkan sebelumnya: {result.device_id} (tidak diubah)")
        + (f"\nAdministrator dibuat: {args.admin}" if result.admin_created else ""),
    )
    return EXIT_OK
