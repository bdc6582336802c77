"""The printer test page: one A4 page to check a printer before the event (scale,
margins, the card's size, a QR code, the letters names need)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.services.files import atomic_path
from app.services.pdf.slip_parts import CARD_H, CARD_W, draw_qr
from app.services.pdf.style import BOLD, FONT, register_fonts


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
