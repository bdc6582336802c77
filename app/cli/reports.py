"""`lindungi report`: an event's closing report or a period's recap."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.context import EXIT_OK, Context, date_arg, uuid_arg
from app.domain.money import rupiah
from app.services import report_files, reports


def report_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", type=uuid_arg)
    p.add_argument("--from", dest="date_from", type=date_arg, help="first day of a period")
    p.add_argument("--to", dest="date_to", type=date_arg, help="last day of a period")
    p.add_argument("--out", type=Path, help="write the report as FILE.pdf or FILE.xlsx")


def report(ctx: Context) -> int:
    args, ws = ctx.args, ctx.workspace()
    scope = reports.Scope(args.event, args.date_from, args.date_to)
    with ws.db.session() as s:
        if args.out:
            recap = report_files.write_report(s, ws.tariffs(), scope, args.out)
        else:
            recap = reports.collect(s, ws.tariffs(), scope)
    data = recap.as_dict() | ({"file": str(args.out)} if args.out else {})

    def human() -> str:
        lines = [f"{recap.title} — {recap.period_text}",
                 f"Peserta aktif {recap.members}, iuran per bulan {rupiah(recap.monthly)}, "
                 f"iuran periode {rupiah(recap.money)}, slip {recap.slips} "
                 f"(+{recap.slip_copies} salinan), dibatalkan {len(recap.voids)}"]
        lines += [f"  {x.label:<16} {x.members:>8}" for x in recap.by_sector]
        if args.out:
            lines.append(f"Laporan ditulis ke {args.out}")
        return "\n".join(lines)

    ctx.out.emit(data, human)
    return EXIT_OK
