"""Membership slips as PDF (ReportLab): CR80 cards ten to an A4 sheet with cut marks, a
full A4 receipt, and 80 mm / 58 mm thermal rolls; plus a group's roster and bill.

Only this module (and its siblings named slips*) may import ReportLab. Text comes from
the database; DejaVu Sans is embedded so names with any Latin letter print right.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import resources
from app.domain import codes
from app.domain.benefits import Benefit, benefit_lines
from app.domain.dates import local_day, wib_text
from app.domain.errors import DomainError
from app.domain.messages import t
from app.domain.money import rupiah, terbilang
from app.domain.phone import display as phone_display
from app.domain.tariff import month_runs, months_text_id, schedule_id, span_id
from app.services.files import atomic_path
from app.services.slip_codes import SlipData, payer_label

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
GREEN = colors.HexColor("#0b5d3b")
RED = colors.HexColor("#b00020")
CARD_W, CARD_H = 85.6 * mm, 54 * mm
CARD_COLS, CARD_ROWS = 2, 5
THERMAL = {"thermal80": (80 * mm, 4 * mm, 8.5), "thermal58": (58 * mm, 2.5 * mm, 7.5)}
TITLE = "TANDA KEPESERTAAN BPJS KETENAGAKERJAAN"
MASK = 2
SUBTITLE = "Peserta Bukan Penerima Upah (BPU)"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resources.resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resources.resource("fonts",
                                                                "DejaVuSans-Bold.ttf"))))
    # so that <b> in paragraphs picks the bold face
    registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@lru_cache(maxsize=1)
def benefits() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.resource("slips", "manfaat.json").read_text(encoding="utf-8"))
    return data


def member_benefits(s: SlipData, words: bool = True) -> list[Benefit]:
    """The slip's benefits, from the base of the member's row in the income table."""
    q = s.quote
    base = q.bracket.base if q.bracket is not None else s.income
    return benefit_lines(benefits(), s.programs, base, words)


def date_id(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


# ---- QR ------------------------------------------------------------------------------


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The payload as a QR code of `size` points square (quiet zone included), drawn as
    one path of horizontal runs: small files, fast to draw and to print."""
    # A fixed mask: every mask is valid QR and decodes alike; letting segno score all
    # eight costs ~10 ms a code (10 s for an event of 1,000), for no gain on paper.
    qr = segno.make(payload, error="m", micro=False, mask=MASK)
    border = 2
    rows = [list(r) for r in qr.matrix_iter(border=border)]
    n = len(rows)
    module = size / n
    path = c.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (r + 1) * module
        start = None
        for col, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                path.rect(x + start * module, top, (col - start) * module, module)
                start = None
    c.saveState()
    c.setFillColor(colors.black)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


DRAFT = "PRATINJAU"
DRAFT_NUMBER = "PRATINJAU - nomor diberikan saat dicetak"


def number_text(s: SlipData) -> str:
    """The slip number, or on a preview the word that says it has none yet."""
    return s.receipt_no or DRAFT_NUMBER


def draw_code(c: Canvas, s: SlipData, x: float, y: float, size: float) -> None:
    """The signed QR code; a preview has none (nothing was signed), only a frame that
    says so, so a preview on a screen or a stray print can never pass for a slip."""
    if not s.is_draft:
        draw_qr(c, s.payload, x, y, size)
        return
    c.saveState()
    c.setStrokeColor(colors.HexColor("#888888"))
    c.setDash(2, 2)
    c.rect(x + size * 0.08, y + size * 0.08, size * 0.84, size * 0.84, stroke=1, fill=0)
    c.setFillColor(colors.HexColor("#888888"))
    c.setFont(BOLD, max(size / 9, 5))
    c.drawCentredString(x + size / 2, y + size / 2 + 1, DRAFT)
    c.setFont(FONT, max(size / 16, 4))
    c.drawCentredString(x + size / 2, y + size / 2 - size / 9, "kode QR saat dicetak")
    c.restoreState()


def stamp_draft(c: Canvas, cx: float, cy: float, size: float, angle: float) -> None:
    """A large grey PRATINJAU across a preview."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    c.setFillColor(colors.Color(0.5, 0.5, 0.5, alpha=0.35))
    c.setFont(BOLD, size)
    c.drawCentredString(0, -size / 3, DRAFT)
    c.restoreState()


class QRFlowable(Flowable):  # type: ignore[misc]
    def __init__(self, slip: SlipData, size: float) -> None:
        super().__init__()
        self.slip = slip
        self.size = size

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_code(self.canv, self.slip, 0, 0, self.size)


# ---- text helpers ----------------------------------------------------------------------


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int,
              min_size: float) -> tuple[list[str], float]:
    """Wrap text to `width`; shrink the font down to `min_size` to keep within
    `max_lines`; if it still does not fit, keep every line (never cut a name)."""
    current = size
    while True:
        lines = simpleSplit(text, font, current, width)
        if len(lines) <= max_lines or current <= min_size:
            return lines, current
        current = max(min_size, current - 0.5)


def stamp_copy(c: Canvas, label: str, cx: float, cy: float, size: float, angle: float) -> None:
    c.saveState()
    c.translate(cx, cy)
    c.rotate(angle)
    c.setFillColor(RED)
    c.setStrokeColor(RED)
    c.setFont(BOLD, size)
    width = pdfmetrics.stringWidth(label, BOLD, size)
    c.drawCentredString(0, -size / 3, label)
    c.setLineWidth(0.8)
    c.rect(-width / 2 - 2 * mm, -size / 3 - 1.5 * mm, width + 4 * mm, size + 1.5 * mm, stroke=1,
           fill=0)
    c.restoreState()


# ---- card -------------------------------------------------------------------------------


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


# ---- thermal roll ------------------------------------------------------------------------


def thermal_lines(s: SlipData, width: float, size: float) -> list[tuple[str, float, str]]:
    """(font, size, text) lines of one roll slip, wrapped to the paper."""
    out: list[tuple[str, float, str]] = []

    def add(text: str, font: str = FONT, fsize: float = size) -> None:
        for line in simpleSplit(text, font, fsize, width) or [""]:
            out.append((font, fsize, line))

    q = s.quote
    add(TITLE, BOLD, size)
    add(SUBTITLE, FONT, size - 1)
    add(f"No. slip: {number_text(s)}", BOLD)
    if s.copy_no:
        add(f"*** {s.copy_label} ***", BOLD, size + 1)
    add(f"Tanggal: {date_id(local_day(s.issued_at))}")
    add(" ")
    add(s.name, BOLD, size + 1)
    add(f"NIK: {s.nik_masked}")
    add(f"KPJ: {s.kpj_number or 'menunggu dari BPJS'}")
    if s.village:
        add(f"Desa/kel.: {s.village}")
    add(f"Sektor: {codes.SECTORS.get(s.sector, s.sector)}")
    if s.group_name:
        add(f"Kelompok: {s.group_name}")
    add(f"Acara: {s.event_name}, {date_id(s.event_date)}")
    add(f"Program: {codes.programs_text(s.programs)}")
    add(f"Sumber iuran: {payer_label(s)}")
    add(f"Penghasilan: {rupiah(s.income)}{bracket_text(s)}", FONT, size - 1)
    add(" ")
    if q.same_every_month:
        add(f"Iuran per bulan: {rupiah(q.first.total)}", BOLD)
        add(f"({terbilang(q.first.total)})", FONT, size - 1)
    else:
        add("Iuran:", BOLD)
        for first, last, amount in q.runs():
            add(f"{span_id(first, last)}: {rupiah(amount)}"
                + ("/bulan" if first != last else ""), BOLD)
    if len(q.months) > 1:
        add(f"Bayar {len(q.months)} bulan: {rupiah(q.total)}", BOLD)
        add(f"({terbilang(q.total)})", FONT, size - 1)
    add(benefits()["due_rule"], FONT, size - 1.5)
    add(" ")
    add("Manfaat", BOLD)
    for item in member_benefits(s):
        add(f"{item.title}: {item.text}", FONT, size - 1.5)
    add(" ")
    return out


def write_thermal(c: Canvas, slips: Sequence[SlipData], fmt: str) -> int:
    page_w, margin, size = THERMAL[fmt]
    width = page_w - 2 * margin
    qr = min(width, 42 * mm)
    for s in slips:
        lines = thermal_lines(s, width, size)
        tail = [(FONT, size - 1.5, line) for line in simpleSplit(
            f"Petugas: {s.officer_name or '-'} · {s.device_name}. Persetujuan data: "
            f"{s.consent_version}.", FONT, size - 1.5, width)]
        text_h = sum(fs * 1.25 for _f, fs, _t in lines + tail)
        height = margin + text_h + qr + 4 * mm + margin
        c.setPageSize((page_w, height))
        y = height - margin
        for font, fsize, text in lines:
            y -= fsize * 1.25
            c.setFont(font, fsize)
            c.drawString(margin, y, text)
        y -= qr + 2 * mm
        draw_code(c, s, (page_w - qr) / 2, y, qr)
        if s.is_draft:
            stamp_draft(c, page_w / 2, height / 2, page_w / 7, 30)
        y -= 2 * mm
        for font, fsize, text in tail:
            y -= fsize * 1.25
            c.setFont(font, fsize)
            c.drawString(margin, y, text)
        c.showPage()
    return len(slips)


# ---- A4 receipt ----------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=14, leading=18,
                                textColor=GREEN),
        "h": ParagraphStyle("h", parent=base, fontName=BOLD, fontSize=10.5, leading=14,
                            spaceBefore=6, spaceAfter=2, textColor=GREEN),
        "bold": ParagraphStyle("bold", parent=base, fontName=BOLD),
        "stamp": ParagraphStyle("stamp", parent=base, fontName=BOLD, fontSize=13, leading=16,
                                textColor=RED),
    }


def bracket_text(s: SlipData) -> str:
    """` (tingkat Rp 1.100.000–Rp 1.299.000, dasar iuran Rp 1.200.000)`."""
    row = s.quote.bracket
    if row is None:
        return ""
    return f" (tingkat {row.span_id()}, dasar iuran {rupiah(row.base)})"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def a4_story(s: SlipData) -> list[Any]:
    st = _styles()
    q = s.quote
    P = Paragraph
    story: list[Any] = [
        P(TITLE, st["title"]),
        P(f"{SUBTITLE} · No. slip <b>{number_text(s)}</b> · {date_id(local_day(s.issued_at))}",
          st["base"]),
    ]
    if s.is_draft:
        story.append(P(DRAFT + (": belum sah sebagai tanda kepesertaan" if s.receipt_no
                                else ": belum bernomor, belum sah sebagai tanda kepesertaan"),
                       st["stamp"]))
    if s.copy_no:
        story.append(P(s.copy_label, st["stamp"]))
    story.append(Spacer(1, 4 * mm))
    gender = codes.GENDERS.get(s.gender, s.gender)
    data = [
        ("Nama", s.name), ("NIK", s.nik_masked),
        ("Tempat, tanggal lahir", f"{s.birth_place or '-'}, {date_id(s.birth_date)}"),
        ("Jenis kelamin", gender), ("Alamat", s.address or "-"),
        ("Desa/kelurahan", s.village or "-"),
        ("No. HP", phone_display(s.phone) if s.phone else "-"),
        ("Sektor / pekerjaan",
         f"{codes.SECTORS.get(s.sector, s.sector)} / {s.occupation or '-'}"),
        ("Kelompok", s.group_name or "-"),
        ("Acara", f"{s.event_name}, {date_id(s.event_date)}"),
        ("Nomor KPJ", s.kpj_number or "menunggu diterbitkan BPJS Ketenagakerjaan"),
    ]
    rows = [[P(k, st["small"]), P(_esc(v), st["base"])] for k, v in data]
    member = Table(rows, colWidths=[42 * mm, 128 * mm])
    member.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    story += [member, P("Program dan iuran", st["h"])]
    first = q.first
    runs = q.runs()
    # one column per run of months that pay the same (the discount may end inside)
    heads = (["Iuran per bulan"] if len(runs) == 1 else
             [span_id(a, b) + (" (per bulan)" if a != b else "") for a, b, _ in runs])
    money: list[list[str]] = [["Program", *heads]]
    names = {"jkk": "Jaminan Kecelakaan Kerja (JKK)", "jkm": "Jaminan Kematian (JKM)",
             "jht": "Jaminan Hari Tua (JHT)"}
    firsts = [next(m for m in q.months if m.month == a) for a, _b, _ in runs]
    for p in s.programs:
        money.append([names[p], *(rupiah(getattr(m, p)) for m in firsts)])
    money.append(["Jumlah per bulan", *(rupiah(m.total) for m in firsts)])
    if len(q.months) > 1:
        money.append([f"Jumlah untuk {len(q.months)} bulan", rupiah(q.total),
                      *([""] * (len(runs) - 1))])
    amount_w = 60 * mm if len(runs) == 1 else 100 * mm / len(runs)
    table = Table(money, colWidths=[170 * mm - amount_w * len(runs)]
                  + [amount_w] * len(runs))
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9.5), ("FONT", (0, 0), (-1, 0), BOLD, 9.5),
        ("FONT", (0, -1), (-1, -1), BOLD, 9.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, len(s.programs) + 1), (-1, len(s.programs) + 1), 0.5, colors.black),
    ]))
    story += [table, Spacer(1, 2 * mm)]
    if q.same_every_month:
        words = f"Terbilang: {terbilang(first.total)} sebulan"
    else:
        words = "Terbilang: " + "; ".join(
            f"{span_id(a, b)} {terbilang(amount)}" + (" sebulan" if a != b else "")
            for a, b, amount in runs)
    if len(q.months) > 1:
        words += f"; {terbilang(q.total)} untuk {len(q.months)} bulan"
    story.append(P(words + ".", st["small"]))
    discounts = q.as_dict()["discounts"]
    if discounts:
        story.append(P("Sudah termasuk potongan iuran " + ", ".join(discounts) + ".",
                       st["small"]))
    story += [
        P(f"Sumber iuran: <b>{_esc(payer_label(s))}</b> · periode bayar "
          f"<b>{s.pay_period} bulan</b> · penghasilan yang dilaporkan "
          f"<b>{rupiah(s.income)}</b>" + bracket_text(s), st["base"]),
        P(benefits()["due_rule"], st["small"]),
        P("Manfaat", st["h"]),
    ]
    # the benefits in a finer type, so that every receipt stays one page
    fine = ParagraphStyle("fine", parent=st["small"], fontSize=7.5, leading=9.2)
    for item in member_benefits(s):
        story.append(P(f"<b>{item.title}.</b> {item.text}", fine))
    story += [
        P("Persetujuan pemrosesan data pribadi", st["h"]),
        P(f"Peserta menyetujui pemrosesan data pribadinya untuk kepesertaan BPJS "
          f"Ketenagakerjaan sesuai UU 27/2022 (teks {s.consent_version}, "
          f"{wib_text(s.consent_at)}).", st["small"]),
        Spacer(1, 3 * mm),
    ]
    sign = Table(
        [[P("Petugas pendaftaran", st["small"]), QRFlowable(s, 30 * mm)],
         [P("<br/><br/>_______________________________<br/>"
            f"{_esc(s.officer_name or '(nama petugas)')}", st["base"]), ""],
         [P(f"Kode di kanan dapat diperiksa kantor tanpa internet. {s.device_name}.",
            st["small"]), ""]],
        colWidths=[120 * mm, 50 * mm],
    )
    sign.setStyle(TableStyle([("SPAN", (1, 0), (1, 2)), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story.append(KeepTogether([sign]))
    return story


def write_a4(path: Path, slips: Sequence[SlipData]) -> int:
    story: list[Any] = []
    for i, s in enumerate(slips):
        if i:
            story.append(PageBreak())
        story += a4_story(s)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title="Tanda kepesertaan", author="Lindungi")
    doc.build(story)
    return int(doc.page)


# ---- entry points ----------------------------------------------------------------------------


def render_slips(slips: Sequence[SlipData], fmt: str, target: Path) -> int:
    """Write the slips to `target` (atomically); returns the number of pages."""
    register_fonts()
    if not slips:
        raise DomainError(t("tidak ada slip untuk dicetak"))
    with atomic_path(target) as tmp:
        if fmt == "a4":
            pages = write_a4(tmp, slips)
        else:
            c = Canvas(str(tmp), pagesize=A4, pageCompression=1)
            c.setTitle("Tanda kepesertaan")
            c.setAuthor("Lindungi")
            if fmt == "card":
                pages = write_cards(c, slips)
            elif fmt in THERMAL:
                pages = write_thermal(c, slips, fmt)
            else:
                raise DomainError(t("format slip harus card, a4, thermal80 atau thermal58"))
            c.save()
    return pages


def render_test_page(target: Path, printer_name: str) -> int:
    """One A4 page to check a printer before the event: scale, margins, a QR code."""
    register_fonts()
    with atomic_path(target) as tmp:
        c = Canvas(str(tmp), pagesize=A4)
        h = A4[1]
        c.setFont(BOLD, 18)
        c.drawString(20 * mm, h - 30 * mm, "Lindungi — halaman uji printer")
        c.setFont(FONT, 11)
        c.drawString(20 * mm, h - 40 * mm, f"Printer: {printer_name}")
        c.drawString(20 * mm, h - 47 * mm, "Garis di bawah harus tepat 100 mm; kotak kartu "
                     "harus 85,6 × 54 mm.")
        c.setLineWidth(1)
        c.line(20 * mm, h - 60 * mm, 120 * mm, h - 60 * mm)
        for i in range(11):
            c.line(20 * mm + i * 10 * mm, h - 58 * mm, 20 * mm + i * 10 * mm, h - 62 * mm)
        c.rect(20 * mm, h - 130 * mm, CARD_W, CARD_H)
        draw_qr(c, "LINDUNGI UJI PRINTER", 130 * mm, h - 130 * mm, 40 * mm)
        c.drawString(20 * mm, h - 140 * mm, "Huruf: ÀÉÎÕÜ àéîõü Ñ ñ Ç ç ’ — D’Souza, Nurhayati")
        c.showPage()
        c.save()
    return 1


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


def render_group_bill(bill: Any, target: Path) -> int:
    """A group's roster with each member's contribution and the totals per pay period:
    the bill the wadah pays. `bill` is app.services.groups.GroupBill."""
    register_fonts()
    st = _styles()
    g = bill.group
    P = Paragraph
    kind = codes.GROUP_KINDS.get(g.kind, g.kind)
    head = [
        P(f"DAFTAR ANGGOTA DAN TAGIHAN IURAN — {_esc(g.name.upper())}", st["title"]),
        P(f"{kind} · ketua {_esc(g.leader_name or '-')} · "
          f"perjanjian {_esc(g.agreement_no or '-')}"
          + (f" tanggal {date_id(g.agreement_date)}" if g.agreement_date else "")
          + f" · iuran mulai bulan {bill.on:%m-%Y}", st["base"]),
        Spacer(1, 4 * mm),
    ]
    cell = ParagraphStyle("cell", parent=st["small"], fontSize=7, leading=8.5)
    data: list[list[Any]] = [["No", "Nama", "NIK", "Program", "Periode", "Iuran",
                              "Iuran/periode"]]
    for i, r in enumerate(bill.rows, start=1):
        data.append([str(i), P(_esc(r.name), st["small"]), r.nik_masked, r.programs,
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

    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=15 * mm,
                                rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                                title=f"Tagihan {g.name}", author="Lindungi")
        doc.build([*head, table, *tail], onFirstPage=footer, onLaterPages=footer)
        pages = int(doc.page)
    return pages


def render_consent_proof(target: Path, name: str, nik_masked: str, version: str,
                         given_at: dt.datetime, officer: str, text: str,
                         device_name: str) -> int:
    """Proof of consent for one member (UU 27/2022): who, which text, when, by whom."""
    register_fonts()
    st = _styles()
    P = Paragraph
    story: list[Any] = [
        P("BUKTI PERSETUJUAN PEMROSESAN DATA PRIBADI", st["title"]),
        P(f"Nama: <b>{_esc(name)}</b> · NIK {nik_masked}", st["base"]),
        P(f"Versi teks: <b>{_esc(version)}</b> · diberikan {wib_text(given_at)} · "
          f"petugas {_esc(officer or '-')} · {_esc(device_name)}", st["base"]),
        Spacer(1, 5 * mm),
    ]
    for block in text.split("\n\n"):
        line = " ".join(block.split()).lstrip("# ")
        line = _esc(line).replace("**", "")
        if line:
            story.append(P(line, st["base"]))
            story.append(Spacer(1, 2 * mm))
    story += [Spacer(1, 12 * mm),
              P("Tanda tangan peserta: _______________________", st["base"])]
    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=20 * mm,
                                rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                                title="Bukti persetujuan", author="Lindungi")
        doc.build(story)
        pages = int(doc.page)
    return pages
