"""Dates as people type them in Indonesia: `YYYY-MM-DD`, `DD-MM-YYYY`, `DD/MM/YYYY`."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from app.domain.errors import DomainError
from app.domain.messages import t

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


#: The years an event may be held in: the contribution rules, reports and exports count
#: months from an event's day, and a typing slip of a century is caught.
EVENT_YEARS = (2000, 2099)


def check_event_day(day: dt.date) -> dt.date:
    if not EVENT_YEARS[0] <= day.year <= EVENT_YEARS[1]:
        raise DomainError(t("tanggal acara harus antara tahun {first} dan {last}",
                            first=EVENT_YEARS[0], last=EVENT_YEARS[1]))
    return day


def parse_date(value: object) -> dt.date:
    """A date from text or a spreadsheet cell; raises ValueError with a reason."""
    if type(value) is str:  # first: nearly every value is text
        return _parse_text(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _parse_text(str(value))


@lru_cache(maxsize=32768)
def _parse_text(value: str) -> dt.date:
    """Text read once per distinct value (an import repeats birth dates a lot; a refusal
    is not kept and is worked out again, with the same reason)."""
    text = value.strip()
    if " " in text:  # "2001-08-17 00:00:00" from a spreadsheet exported as text
        text = text.split(" ", 1)[0]
    m = _YMD.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            raise DomainError(t("tanggal harus seperti 17-08-1990 atau 1990-08-17"))
        d, mo, y = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError as exc:
        raise DomainError(t("tanggal tidak ada di kalender")) from exc


WIB = dt.timezone(dt.timedelta(hours=7), "WIB")


def local_day(moment: dt.datetime) -> dt.date:
    """The calendar day in East Java (WIB) of a stored UTC moment."""
    return moment.astimezone(WIB).date()


def wib_text(moment: dt.datetime, seconds: bool = False) -> str:
    """A stored moment as the desk, the slips and the reports show it: the clock time in
    East Java, with "WIB" (`02-12-2026 20:11 WIB`), whatever the machine's own clock zone.
    A moment without a zone is a stored UTC value (SQLite keeps none)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(WIB)
    return f"{local:%d-%m-%Y %H:%M:%S} WIB" if seconds else f"{local:%d-%m-%Y %H:%M} WIB"
