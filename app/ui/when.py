"""How the desk shows a moment: one rule for every page and dialog (app.domain.dates):
the clock time in East Java with "WIB", from the UTC value the database stores, never
the machine's own clock zone nor UTC."""

from __future__ import annotations

import datetime as dt

from app.domain.dates import wib_text


def shown(moment: dt.datetime | None, seconds: bool = False) -> str:
    """`02-12-2026 20:11 WIB` (with seconds when asked); "-" for no moment."""
    return wib_text(moment, seconds) if moment is not None else "-"
