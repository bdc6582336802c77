"""The two ways a PDF is made, fonts registered and the file written atomically: the A4
document that every flowing PDF is built on (the A4 receipt, the recap, a group's bill,
a consent proof), and the canvas the drawn slips (cards, rolls) are painted on."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from app.services.files import atomic_path
from app.services.pdf.style import register_fonts

#: what a footer gets: the page's canvas and the document (its `page` number)
Footer = Callable[[Canvas, Any], None]


def write_a4(target: Path, story: Sequence[Any], *, title: str, side: float, top: float,
             bottom: float, footer: Footer | None = None) -> int:
    """Lay `story` out on A4 pages with the margins given in millimetres (left and
    right both `side`) and `footer` drawn on every page; write `target` atomically and
    return the number of pages."""
    register_fonts()
    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=side * mm,
                                rightMargin=side * mm, topMargin=top * mm,
                                bottomMargin=bottom * mm, title=title, author="Lindungi")
        if footer is None:
            doc.build(list(story))
        else:
            doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
        pages = int(doc.page)
    return pages


@contextmanager
def slip_canvas(target: Path) -> Iterator[Canvas]:
    """A canvas of A4 pages (a renderer may size each page itself) saved atomically to
    `target` when the block ends without an error."""
    register_fonts()
    with atomic_path(target) as tmp:
        c = Canvas(str(tmp), pagesize=A4, pageCompression=1)
        c.setTitle("Tanda kepesertaan")
        c.setAuthor("Lindungi")
        yield c
        c.save()
