"""A group's roster and bill: each member's contribution and the totals per pay period,
the bill the wadah pays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

from app.domain import codes
from app.domain.money import rupiah, terbilang
from app.domain.tariff import month_runs, months_text_id, span_id
from app.services.groups import GroupBill
from app.services.pdf.document import write_a4
from app.services.pdf.slip_parts import benefits, date_id
from app.services.pdf.style import BOLD, FONT, esc, register_fonts, styles


def group_month_text(months: Sequence[tuple[dt.date, int]]) -> str:
    """The group's contribution per calendar month, in figures and words; "per bulan"
    only when every month is the same."""
    runs = month_runs(months)
    if len(runs) <= 1:
        amount = runs[0][2] if runs else 0
        return (f"Jumlah iuran kelompok per bulan: <b>{rupiah(amount)}</b> "
                f"({terbilang(amount)}).")
    return "Jumlah iuran kelompok: " + "; ".join(
        f"{span_id(a, b)} <b>{rupiah(amount)}</b>" + ("/bulan" if a != b else "")
        + f" ({terbilang(amount)})" for a, b, amount in runs) + "."


def render_group_bill(bill: GroupBill, target: Path) -> int:
    """A group's roster with each member's contribution and the totals per pay period:
    the bill the wadah pays."""
    register_fonts()
    st = styles()
    g = bill.group
    P = Paragraph
    kind = codes.GROUP_KINDS.get(g.kind, g.kind)
    head = [
        P(f"DAFTAR ANGGOTA DAN TAGIHAN IURAN — {esc(g.name.upper())}", st["title"]),
        P(f"{kind} · ketua {esc(g.leader_name or '-')} · "
          f"perjanjian {esc(g.agreement_no or '-')}"
          + (f" tanggal {date_id(g.agreement_date)}" if g.agreement_date else "")
          + f" · iuran mulai bulan {bill.on:%m-%Y}", st["base"]),
        Spacer(1, 4 * mm),
    ]
    cell = ParagraphStyle("cell", parent=st["small"], fontSize=7, leading=8.5)
    data: list[list[Any]] = [["No", "Nama", "NIK", "Program", "Periode", "Iuran",
                              "Iuran/periode"]]
    for i, r in enumerate(bill.rows, start=1):
        data.append([str(i), P(esc(r.name), st["small"]), r.nik_masked, r.programs,
                     f"{r.pay_period} bln", P(r.schedule.replace("; ", "<br/>"), cell),
                     rupiah(r.period_total)])
    group_months = months_text_id(bill.month_totals())
    data.append(["", P("<b>Jumlah</b>", st["small"]), f"{len(bill.rows)} orang", "", "",
                 P(group_months.replace("; ", "<br/>"), cell), rupiah(bill.period_total)])
    table = LongTable(data, repeatRows=1,
                      colWidths=[8 * mm, 40 * mm, 28 * mm, 22 * mm, 13 * mm, 42 * mm, 27 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5), ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
        ("FONT", (0, -1), (-1, -1), BOLD, 7.5), ("ALIGN", (5, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f2f6f4")]),
    ]))
    periods = ", ".join(f"{p} bulan" for p in bill.periods) or "-"
    tail = [
        Spacer(1, 4 * mm),
        P(group_month_text(bill.month_totals()), st["base"]),
        P(f"Jumlah untuk periode bayar ({periods}): <b>{rupiah(bill.period_total)}</b> "
          f"({terbilang(bill.period_total)}).", st["base"]),
        P(benefits()["due_rule"], st["small"]),
    ]

    def footer(c: Canvas, doc: Any) -> None:
        c.setFont(FONT, 7)
        c.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{g.name} · halaman {doc.page}")

    return write_a4(target, [*head, table, *tail], title=f"Tagihan {g.name}", side=15,
                    top=15, bottom=18, footer=footer)
