"""The card format: CR80 cards ten to an A4 sheet with cut marks, each sheet followed by
the sheet of their backs (what the member pays and the benefits)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.domain import codes
from app.domain.money import rupiah, terbilang
from app.domain.tariff import schedule_id
from app.services.pdf.document import slip_canvas
from app.services.pdf.formats import SlipFormat
from app.services.pdf.slip_parts import (
    CARD_H,
    CARD_W,
    SUBTITLE,
    TITLE,
    benefits,
    bracket_text,
    date_id,
    draw_code,
    fit_lines,
    member_benefits,
    number_text,
    stamp_copy,
    stamp_draft,
)
from app.services.pdf.style import BOLD, FONT, GREEN
from app.services.slip_codes import SlipData

CARD_COLS, CARD_ROWS = 2, 5


def draw_card(c: Canvas, s: SlipData, x: float, y: float) -> None:
    """One CR80 card with its lower-left corner at (x, y)."""
    pad = 2.5 * mm
    band = 8.5 * mm
    c.saveState()
    c.setStrokeColor(colors.HexColor("#bbbbbb"))
    c.setLineWidth(0.3)
    c.roundRect(x, y, CARD_W, CARD_H, 2 * mm, stroke=1, fill=0)
    c.setFillColor(GREEN)
    c.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 6.6)
    c.drawString(x + pad, y + CARD_H - 3.6 * mm, TITLE)
    c.setFont(FONT, 5.6)
    c.drawString(x + pad, y + CARD_H - 6.8 * mm, SUBTITLE)
    c.restoreState()

    qr = 23 * mm
    draw_code(c, s, x + CARD_W - qr - 1.5 * mm, y + 1.5 * mm, qr)
    text_w = CARD_W - qr - pad - 2.5 * mm
    top = y + CARD_H - band - 4 * mm
    names, size = fit_lines(s.name, BOLD, 9, text_w, 2, 6.5)
    c.setFont(BOLD, size)
    for line in names:
        c.drawString(x + pad, top, line)
        top -= size * 1.15
    top -= 1 * mm
    rows = [
        ("NIK", s.nik_masked),
        ("KPJ", s.kpj_number or "menunggu dari BPJS"),
        ("Program", codes.programs_text(s.programs)),
        ("Desa/kel.", s.village or "-"),
        ("Kelompok", s.group_name or "-"),
        ("Acara", date_id(s.event_date)),
        ("Petugas", s.officer_name or "-"),
    ]
    label_w = 12.5 * mm
    for key, value in rows:
        c.setFont(FONT, 5.6)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(x + pad, top, key)
        c.setFillColor(colors.black)
        c.setFont(FONT, 6.4)
        lines, vsize = fit_lines(value, FONT, 6.4, text_w - label_w, 1, 5.0)
        c.setFont(FONT, vsize)
        for i, line in enumerate(lines):
            c.drawString(x + pad + label_w, top - i * vsize * 1.1, line)
        top -= max(len(lines), 1) * vsize * 1.1 + 0.9 * mm
    c.setFont(BOLD, 7)
    if not s.receipt_no:
        c.setFont(BOLD, 5.5)
    c.drawString(x + pad, y + 2.5 * mm, f"No. {number_text(s)}")
    if s.copy_no:
        stamp_copy(c, s.copy_label, x + CARD_W * 0.42, y + CARD_H * 0.42, 9, 18)
    if s.is_draft:
        stamp_draft(c, x + CARD_W * 0.45, y + CARD_H * 0.55, 20, 18)


def cut_marks(c: Canvas, left: float, bottom: float) -> None:
    """Short marks in the margins, in line with every cut."""
    length, gap = 5 * mm, 1.5 * mm
    width, height = CARD_COLS * CARD_W, CARD_ROWS * CARD_H
    c.saveState()
    c.setLineWidth(0.25)
    c.setStrokeColor(colors.black)
    for i in range(CARD_COLS + 1):
        xx = left + i * CARD_W
        c.line(xx, bottom - gap, xx, bottom - gap - length)
        c.line(xx, bottom + height + gap, xx, bottom + height + gap + length)
    for j in range(CARD_ROWS + 1):
        yy = bottom + j * CARD_H
        c.line(left - gap, yy, left - gap - length, yy)
        c.line(left + width + gap, yy, left + width + gap + length, yy)
    c.restoreState()


def draw_card_back(c: Canvas, s: SlipData, x: float, y: float) -> None:
    """The back of one card: what the member pays month by month, with the total in
    words, and the benefits of their programs in figures and words."""
    pad = 2.5 * mm
    width = CARD_W - 2 * pad
    q = s.quote
    lines: list[tuple[str, float, str]] = []

    def add(text: str, font: str, size: float) -> None:
        lines.extend((font, size, line) for line in simpleSplit(text, font, size, width))

    def layout(size: float) -> None:
        lines.clear()
        add(f"Iuran: {schedule_id(q)}", BOLD, size + 0.6)
        add(f"Penghasilan {rupiah(s.income)}{bracket_text(s)}", FONT, size)
        if len(q.months) > 1:
            add(f"Bayar {len(q.months)} bulan: {rupiah(q.total)} ({terbilang(q.total)})",
                FONT, size)
        for item in member_benefits(s):
            add(f"{item.title}: {item.text}", FONT, size)
        add(benefits()["due_rule"], FONT, size - 0.4)

    size = 5.4
    layout(size)
    while sum(fs * 1.12 for _f, fs, _t in lines) > CARD_H - 2 * pad and size > 3.6:
        size -= 0.2
        layout(size)
    c.saveState()
    c.setStrokeColor(colors.HexColor("#bbbbbb"))
    c.setLineWidth(0.3)
    c.roundRect(x, y, CARD_W, CARD_H, 2 * mm, stroke=1, fill=0)
    c.setFillColor(colors.black)
    top = y + CARD_H - pad
    for font, fsize, text in lines:
        top -= fsize * 1.12
        c.setFont(font, fsize)
        c.drawString(x + pad, top, text)
    c.restoreState()
    if s.is_draft:
        stamp_draft(c, x + CARD_W * 0.5, y + CARD_H * 0.5, 20, 18)


def write_cards(c: Canvas, slips: Sequence[SlipData]) -> int:
    """Each sheet of ten cards is followed by the sheet of their backs, columns swapped
    so that a sheet printed on both sides (turned over its long edge) puts each back
    behind its own card."""
    page_w, page_h = A4
    left = (page_w - CARD_COLS * CARD_W) / 2
    bottom = (page_h - CARD_ROWS * CARD_H) / 2
    per_page = CARD_COLS * CARD_ROWS
    pages = 0
    for start in range(0, len(slips), per_page):
        sheet = slips[start:start + per_page]
        for back in (False, True):
            cut_marks(c, left, bottom)
            for i, s in enumerate(sheet):
                col, row = i % CARD_COLS, i // CARD_COLS
                if back:
                    col = CARD_COLS - 1 - col
                x, y = left + col * CARD_W, bottom + (CARD_ROWS - 1 - row) * CARD_H
                (draw_card_back if back else draw_card)(c, s, x, y)
            c.showPage()
            pages += 1
    return pages



def render(target: Path, slips: Sequence[SlipData], _fmt: SlipFormat) -> int:
    with slip_canvas(target) as c:
        return write_cards(c, slips)
