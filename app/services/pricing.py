"""One money rule: what a member pays, and from which day.

A member's contributions start in the month their membership starts, as BPJS counts
it: the day of the event they signed up at or, for a registration typed in after the
event, the day (in East Java, WIB) it was entered — BPJS cannot start a membership
before it has the registration. Each contribution month is priced at that month's
tariff (a discount ending inside the pay period shows in the months).

The slip the person takes home, the event's closing summary, the reports and the
dashboard (`reports.collect`), the BPJS collective-registration workbook and a group's
bill all price through `Pricer`, so none of them can choose another day.
"""

from __future__ import annotations

import datetime as dt

from app.domain.dates import local_day
from app.domain.tariff import Quote, TariffBook
from app.models import Member


def start_day(event_date: dt.date, created_at: dt.datetime) -> dt.date:
    """The day a membership starts, whose month is the first contribution month: the
    event's day, or the WIB day the registration was entered if that was later."""
    return max(event_date, local_day(created_at))


class Pricer:
    """Prices members on their `start_day`; remembers quotes, since most members of a
    report share their terms."""

    def __init__(self, tariffs: TariffBook) -> None:
        self.tariffs = tariffs
        self._quotes: dict[tuple[object, ...], Quote] = {}

    def quote(self, *, income: int, programs: str, payer: str, sector: str,
              pay_period: int, event_date: dt.date, created_at: dt.datetime,
              billed_from: dt.date | None = None) -> Quote:
        """The member's contribution for their pay period from their first contribution
        month; with `billed_from` (a group's bill), from that month instead, but never
        from before the membership started. `programs` as stored: "jkk+jkm"."""
        day = start_day(event_date, created_at)
        if billed_from is not None:
            day = max(day, billed_from)
        key = (int(income), programs, payer, sector, int(pay_period), day)
        quote = self._quotes.get(key)
        if quote is None:
            quote = self._quotes[key] = self.tariffs.quote(
                int(income), tuple(programs.split("+")), payer, sector, int(pay_period), day)
        return quote

    def member(self, m: Member, event_date: dt.date,
               billed_from: dt.date | None = None) -> Quote:
        """`quote` for a loaded member of an event held on `event_date`."""
        return self.quote(income=m.declared_income, programs=m.programs, payer=m.payer,
                          sector=m.sector, pay_period=m.pay_period, event_date=event_date,
                          created_at=m.created_at, billed_from=billed_from)

