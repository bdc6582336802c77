"""Fonts, colours and paragraph styles of every PDF the program writes.

DejaVu Sans is embedded so that names with any Latin letter print right.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

from app import resources

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
GREEN = colors.HexColor("#0b5d3b")
RED = colors.HexColor("#b00020")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resources.resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resources.resource("fonts",
                                                                "DejaVuSans-Bold.ttf"))))
    # so that <b> in paragraphs picks the bold face
    registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def styles() -> dict[str, ParagraphStyle]:
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


def esc(text: str) -> str:
    """Text from the database made safe inside a Paragraph's markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
