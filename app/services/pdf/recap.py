"""The event closing report and the period recap as an A4 PDF.

Takes a `Recap` from app.services.reports; adds nothing of its own but layout, so
the PDF says what the workbook and the dashboard say.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from app.domain.dates import wib_text
from app.domain.money import rupiah, terbilang
from app.services.pdf.document import write_a4
from app.services.pdf.style import BOLD, FONT, GREEN, esc, register_fonts, styles
from app.services.reports import Line, Recap

_GRID = [
    ("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (0, 0), (-1, 0), BOLD, 8),
    ("FONT", (0, -1), (-1, -1), BOLD, 8), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
    ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f1f6f3")]),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]
_WIDTHS = [78 * mm, 20 * mm, 42 * mm, 40 * mm]


def _breakdown(title: str, lines: list[Line], st: dict[str, Any]) -> list[Any]:
    shown = [line for line in lines if line.members] or lines
    data: list[list[Any]] = [[title, "Peserta", "Iuran periode", "Iuran bulan pertama"]]
    for line in shown:
        data.append([Paragraph(esc(line.label), st["small"]), f"{line.members:,}"
                     .replace(",", "."), rupiah(line.money), rupiah(line.monthly)])
    data.append(["Jumlah", f"{sum(x.members for x in lines):,}".replace(",", "."),
                 rupiah(sum(x.money for x in lines)), rupiah(sum(x.monthly for x in lines))])
    table = LongTable(data, repeatRows=1, colWidths=_WIDTHS)
    table.setStyle(TableStyle(_GRID))
    return [Paragraph(title, st["h"]), table]


def render_recap(recap: Recap, target: Path) -> int:
    """Write the report; returns its page count."""
    register_fonts()
    st = styles()
    P = Paragraph
    count = f"{recap.members:,}".replace(",", ".")
    story: list[Any] = [
        P(recap.title, st["title"]),
        P(f"BPJS Ketenagakerjaan · Peserta Bukan Penerima Upah · {esc(recap.period_text)}",
          st["base"]),
        Spacer(1, 3 * mm),
    ]
    summary = [
        ["Peserta aktif terdaftar", f"{count} orang"],
        ["Iuran untuk periode bayar", rupiah(recap.money)],
        ["", P(f"<i>{terbilang(recap.money)}</i>", st["small"])],
        ["Iuran bulan pertama", rupiah(recap.monthly)],
        ["Slip dicetak", f"{recap.slips} asli, {recap.slip_copies} salinan"],
        ["Belum tercetak", f"{recap.slips_queued} slip di antrean cetak; "
                           f"{recap.without_slip} peserta aktif belum punya slip"],
        ["Pendaftaran dibatalkan", f"{len(recap.voids)}"],
        ["Petugas", P(esc(", ".join(recap.officers) or "-"), st["small"])],
    ]
    box = Table(summary, colWidths=[55 * mm, 125 * mm])
    box.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9.5), ("FONT", (1, 0), (1, 1), BOLD, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f6f3")),
    ]))
    story.append(box)
    for title, lines in recap.breakdowns():
        parts = _breakdown(title, lines, st)
        story += [KeepTogether(parts)] if len(lines) < 25 else parts
    story.append(P("Pembatalan", st["h"]))
    if recap.voids:
        data: list[list[Any]] = [["Tanggal", "Alasan"]]
        data += [[f"{v.day:%d-%m-%Y}", P(esc(v.reason), st["small"])] for v in recap.voids]
        voids = LongTable(data, repeatRows=1, colWidths=[25 * mm, 155 * mm])
        voids.setStyle(TableStyle(_GRID[:2] + _GRID[4:6]))
        story.append(voids)
    else:
        story.append(P("Tidak ada pendaftaran yang dibatalkan.", st["small"]))
    story += [
        Spacer(1, 6 * mm),
        P("Iuran periode = iuran untuk periode bayar yang dipilih peserta, sesuai slip "
          "kepesertaannya. Peserta yang dibatalkan atau dihapus tidak dihitung.", st["small"]),
        Spacer(1, 12 * mm),
        Table([["Mengetahui,", "Dibuat oleh,"], ["", ""], ["(........................)",
                                                            "(........................)"]],
              colWidths=[90 * mm, 90 * mm], rowHeights=[6 * mm, 18 * mm, 6 * mm],
              style=[("FONT", (0, 0), (-1, -1), FONT, 9), ("ALIGN", (0, 0), (-1, -1),
                                                           "CENTER")]),
    ]
    made = wib_text(recap.made_at)

    def footer(c: Canvas, doc: Any) -> None:
        c.setFont(FONT, 7)
        c.drawString(15 * mm, 10 * mm, f"Lindungi · dibuat {made}")
        c.drawRightString(A4[0] - 15 * mm, 10 * mm, f"halaman {doc.page}")

    return write_a4(target, story, title=recap.title.title(), side=15, top=15, bottom=18,
                    footer=footer)
