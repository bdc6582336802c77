"""`lindungi accounts …`: officer accounts (administrators; roles are checked by the
services)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from app.cli.context import EXIT_OK, Context, Refused
from app.services import accounts


def _new_password() -> str:
    password = os.environ.get("LINDUNGI_NEW_PASSWORD", "")
    if not password and sys.stdin.isatty():
        password = getpass.getpass("Kata sandi baru: ")
    if not password:
        raise Refused("setel kata sandi baru di LINDUNGI_NEW_PASSWORD")
    return password


def _officer_dict(o: accounts.OfficerRow) -> dict[str, Any]:
    return {"username": o.username, "full_name": o.full_name, "role": o.role,
            "active": o.active, "locked": o.locked, "can_sign_in": o.can_sign_in}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("user")
    p.add_argument("--role", required=True, choices=list(accounts.ROLES))
    p.add_argument("--full-name")


def add(ctx: Context) -> int:
    args = ctx.args
    with ctx.workspace().db.session() as s:
        info = accounts.create_officer(s, ctx.actor, args.user, _new_password(), args.role,
                                       args.full_name or "")
    ctx.out.emit({"username": info.username, "role": info.role, "full_name": info.full_name},
                 lambda: f"Akun dibuat: {info.username} ({accounts.ROLES[info.role]})")
    return EXIT_OK


def list_accounts(ctx: Context) -> int:
    with ctx.workspace().db.session() as s:
        rows = accounts.list_accounts(s, ctx.actor)
    ctx.out.emit([_officer_dict(o) for o in rows], lambda: "\n".join(
        f"{o.username:20} {accounts.ROLES[o.role]:14} "
        f"{'aktif' if o.active else 'nonaktif':9} "
        f"{'' if o.can_sign_in else 'petugas lapangan (belum bisa masuk) '}{o.full_name}"
        for o in rows))
    return EXIT_OK


def _change(ctx: Context, **change: Any) -> int:
    with ctx.workspace().db.session() as s:
        officer_id = accounts.find_officer(s, ctx.args.user)
        accounts.update_officer(s, ctx.actor, officer_id, **change)
        row = next(o for o in accounts.list_officers(s) if o.id == officer_id)
    ctx.out.emit(_officer_dict(row), lambda: f"Akun {row.username} diubah.")
    return EXIT_OK


def disable_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("user")


def disable(ctx: Context) -> int:
    return _change(ctx, active=False)


def password_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("user")


def password(ctx: Context) -> int:
    return _change(ctx, new_password=_new_password())
