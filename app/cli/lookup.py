"""`lindungi nik check` and `lindungi tariff quote`: answers from the rules alone, with
no one signed in (a quote uses the office's tariff rules when the folder has them)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os

from app import resources
from app.cli.context import EXIT_OK, Context, date_arg
from app.domain import codes, nik
from app.domain.money import rupiah, terbilang
from app.domain.tariff import span_id


def nik_check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("nik")
    p.add_argument("--birth-date", type=date_arg)
    p.add_argument("--gender", choices=["L", "P", "l", "p"])
    p.add_argument("--on", type=date_arg, help="registration date (default today)")


def nik_check(ctx: Context) -> int:
    args = ctx.args
    gender = codes.parse_gender(args.gender) if args.gender else None
    res = nik.check(args.nik, resources.regions(), args.on or dt.date.today(),
                    args.birth_date, gender)

    def human() -> str:
        lines = ["NIK sah." if res.valid else "NIK tidak sah."]
        lines += [f"  ✗ {e}" for e in res.errors]
        lines += [f"  ! {w}" for w in res.warnings]
        lines += [f"  · {n}" for n in res.notes]
        index = resources.regions()
        for label, code in (("Provinsi", res.province_code), ("Kab/Kota", res.regency_code),
                            ("Kecamatan", res.district_code)):
            if code:
                lines.append(f"  {label}: {code} {index.name(code)}")
        return "\n".join(lines)

    ctx.out.emit(res.as_dict(), human)
    return EXIT_OK


def tariff_quote_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--income", type=int, required=True, help="declared monthly income, rupiah")
    p.add_argument("--programs", default="JKK,JKM")
    p.add_argument("--payer", default="mandiri")
    p.add_argument("--sector", default="umkm")
    p.add_argument("--months", type=int, default=1, choices=[1, 3, 6, 12])
    p.add_argument("--date", type=date_arg, help="first contribution month (default today)")


def tariff_quote(ctx: Context) -> int:
    args = ctx.args
    book = resources.default_tariffs()
    if args.data_dir or os.environ.get("LINDUNGI_DATA_DIR"):
        from app.services.device import NotInitialised

        with contextlib.suppress(NotInitialised):  # an office's rules, if it has them
            book = ctx.workspace().tariffs()
    programs = codes.parse_programs(args.programs)
    q = book.quote(args.income, programs, codes.parse_payer(args.payer),
                   codes.parse_sector(args.sector), args.months, args.date or dt.date.today())

    def human() -> str:
        lines = []
        if q.bracket is not None:
            lines.append(f"Tingkat penghasilan: {q.bracket.span_id()}, dasar iuran "
                         f"{rupiah(q.bracket.base)}")
        for first, last, _amount in q.runs():
            m = next(x for x in q.months if x.month == first)
            span = "per bulan" if q.same_every_month else span_id(first, last)
            lines += [
                f"Iuran {span}: {rupiah(m.total)}"
                + ("/bulan" if first != last and not q.same_every_month else "")
                + f" ({terbilang(m.total)})",
                f"  JKK {rupiah(m.jkk)}  JKM {rupiah(m.jkm)}"
                + (f"  JHT {rupiah(m.jht)}" if "jht" in q.programs else ""),
            ]
        lines.append(f"Total {len(q.months)} bulan: {rupiah(q.total)} ({terbilang(q.total)})")
        if q.discount_applied:
            lines.append("Potongan: " + ", ".join(q.as_dict()["discounts"]))
        return "\n".join(lines)

    ctx.out.emit(q.as_dict(), human)
    return EXIT_OK
