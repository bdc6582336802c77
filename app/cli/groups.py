"""`lindungi groups …`: paguyuban, koperasi and wadah, and a group's bill as PDF."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli.context import EXIT_OK, Context, date_arg
from app.domain import codes
from app.domain.money import rupiah
from app.services import groups


def create_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=list(codes.GROUP_KINDS))
    p.add_argument("--leader-name")
    p.add_argument("--leader-nik")
    p.add_argument("--leader-phone")
    p.add_argument("--address")
    p.add_argument("--region")
    p.add_argument("--agreement-no")
    p.add_argument("--agreement-date", type=date_arg)


def create(ctx: Context) -> int:
    args = ctx.args
    with ctx.workspace().db.session() as s:
        info = groups.create_group(s, ctx.actor, groups.GroupFields(
            args.name, args.kind, args.leader_name or "", args.leader_nik or "",
            args.leader_phone or "", args.address or "", args.region or "",
            args.agreement_no or "", args.agreement_date,
        ))
    ctx.out.emit(info.as_dict(), lambda: f"Kelompok dibuat: {info.id}")
    return EXIT_OK


def list_groups(ctx: Context) -> int:
    with ctx.workspace().db.session() as s:
        rows = groups.list_groups(s)
    ctx.out.emit(
        [r.as_dict() for r in rows],
        lambda: "\n".join(
            f"{r.id}  {codes.GROUP_KINDS[r.kind]:10} {r.members:6} anggota  {r.name}" for r in rows
        ) or "Belum ada kelompok.",
    )
    return EXIT_OK


def bill_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--group", required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--date", type=date_arg, help="first contribution month (default today)")


def bill(ctx: Context) -> int:
    from app.services.pdf.group_bill import render_group_bill

    args = ctx.args
    ws = ctx.workspace()
    with ws.db.session() as s:
        found = groups.group_bill(s, groups.find_group(s, args.group), ws.tariffs(),
                                  args.date or dt.date.today())
    pages = render_group_bill(found, args.out)
    ctx.out.emit({"file": str(args.out), "members": len(found.rows), "pages": pages,
                  "monthly_total": found.monthly_total, "period_total": found.period_total},
                 lambda: f"Tagihan {found.group.name}: {len(found.rows)} anggota, "
                         f"{rupiah(found.monthly_total)} sebulan → {args.out}")
    return EXIT_OK
