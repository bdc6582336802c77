"""The thermal roll formats: one slip after another on 80 mm or 58 mm paper (the
table's `Roll`), each page as long as its slip."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.domain import codes
from app.domain.dates import local_day
from app.domain.money import rupiah, terbilang
from app.domain.tariff import span_id
from app.services.pdf.document import slip_canvas
from app.services.pdf.formats import Roll, SlipFormat
from app.services.pdf.slip_parts import (
    SUBTITLE,
    TITLE,
    benefits,
    bracket_text,
    date_id,
    draw_code,
    member_benefits,
    number_text,
    stamp_draft,
)
from app.services.pdf.style import BOLD, FONT
from app.services.slip_codes import SlipData, payer_label


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


def write_thermal(c: Canvas, slips: Sequence[SlipData], roll: Roll) -> int:
    page_w, margin, size = roll.width_mm * mm, roll.margin_mm * mm, roll.font_size
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


def render(target: Path, slips: Sequence[SlipData], fmt: SlipFormat) -> int:
    assert fmt.roll is not None, f"{fmt.code} has no roll in the table"
    with slip_canvas(target) as c:
        return write_thermal(c, slips, fmt.roll)
