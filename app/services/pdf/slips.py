"""Membership slips as PDF, in any format of the table (formats.py): the slips go to
the renderer module the table names for their format."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path

from app.domain.errors import DomainError
from app.domain.messages import t
from app.services.pdf.formats import FORMATS, unknown_format
from app.services.pdf.style import register_fonts
from app.services.slip_codes import SlipData


def render_slips(slips: Sequence[SlipData], fmt: str, target: Path) -> int:
    """Write the slips to `target` (atomically) in format `fmt`; returns the number of
    pages. An unknown format writes nothing."""
    register_fonts()  # before a renderer lays out a paragraph in them
    if not slips:
        raise DomainError(t("tidak ada slip untuk dicetak"))
    if fmt not in FORMATS:
        raise DomainError(unknown_format())
    spec = FORMATS[fmt]
    renderer = importlib.import_module(f"{__package__}.{spec.renderer}")
    pages: int = renderer.render(target, slips, spec)
    return pages
