"""What every slip shows alike, whatever its format: the signed QR code (or, on a
preview, the frame that says it has none), the PRATINJAU and SALINAN stamps, the slip
number, the benefits, the income row, and text fitted to its space."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

import segno
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app import resources
from app.domain.benefits import Benefit, benefit_lines
from app.domain.money import rupiah
from app.services.pdf.style import BOLD, FONT, RED
from app.services.slip_codes import SlipData

CARD_W, CARD_H = 85.6 * mm, 54 * mm
TITLE = "TANDA KEPESERTAAN BPJS KETENAGAKERJAAN"
MASK = 2
SUBTITLE = "Peserta Bukan Penerima Upah (BPU)"


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



def bracket_text(s: SlipData) -> str:
    """` (tingkat Rp 1.100.000–Rp 1.299.000, dasar iuran Rp 1.200.000)`."""
    row = s.quote.bracket
    if row is None:
        return ""
    return f" (tingkat {row.span_id()}, dasar iuran {rupiah(row.base)})"

