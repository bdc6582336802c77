"""`lindungi slips` (membership slips to PDF) and `lindungi slip verify` (a slip's QR
payload checked offline)."""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from app.cli.context import EXIT_OK, EXIT_REFUSED, Context, Refused, uuid_arg
from app.domain import nik
from app.services import events, groups, member_search, members
from app.services.pdf.formats import FORMATS


def slips_arguments(p: argparse.ArgumentParser) -> None:
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="NIK")
    who.add_argument("--event", type=uuid_arg)
    who.add_argument("--group")
    p.add_argument("--format", required=True, choices=list(FORMATS))
    p.add_argument("--out", type=Path, required=True)


def _slip_members(s: Any, args: argparse.Namespace) -> list[uuid.UUID]:
    if args.member:
        checked = nik.compact(args.member)
        found = members.active_member_id(s, checked)
        if found is None:
            raise Refused("tidak ada peserta aktif dengan NIK itu")
        return [found]
    if args.event:
        events.get_event(s, args.event)
        rows = member_search.list_members(s, event_id=args.event, status="active")
    else:
        rows = member_search.list_members(s, group_id=groups.find_group(s, args.group),
                                          status="active")
    if not rows:
        raise Refused("tidak ada peserta aktif untuk dicetak")
    return [r.id for r in rows]


def slips(ctx: Context) -> int:
    from app.services import slip_codes
    from app.services.pdf.slips import render_slips

    args, ws = ctx.args, ctx.workspace()
    if args.out.suffix.lower() != ".pdf":
        raise Refused("berkas keluaran harus .pdf")
    if not args.out.parent.is_dir():
        raise Refused(f"folder {args.out.parent} tidak ada")
    tariffs = ws.tariffs()
    # Numbers are handed out and the PDF written in one unit of work: if the file cannot
    # be written, no slip number is used up.
    with ws.db.session() as s:
        ids = _slip_members(s, args)
        issued, refused = slip_codes.issue_slips(s, ctx.actor, ids, args.format, tariffs)
        if not issued:
            raise Refused("tidak ada slip yang bisa dicetak: " + "; ".join(refused))
        pages = render_slips(issued, args.format, args.out)
    for reason in refused:
        print(f"dilewati: {reason}", file=sys.stderr)
    ctx.out.emit(
        {"file": str(args.out), "slips": len(issued), "pages": pages,
         "copies": sum(1 for x in issued if x.copy_no), "skipped": len(refused)},
        lambda: f"{len(issued)} slip, {pages} halaman: {args.out}",
    )
    return EXIT_OK


def verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("payload")


def verify(ctx: Context) -> int:
    from app.services import slip_codes

    with ctx.workspace().db.session() as s:
        verdict = slip_codes.verify_payload(s, ctx.args.payload)
    ctx.out.emit(verdict.as_dict(), lambda: (
        f"SAH: slip {verdict.receipt_no} dari {verdict.device_name}" if verdict.valid
        else f"TIDAK SAH: {verdict.reason}"))
    return EXIT_OK if verdict.valid else EXIT_REFUSED
