"""Contribution (iuran) engine for BPU participants.

Every number here comes from a dated rules document (resources/tariffs/bpu.json, or
a signed configuration package from the office); this module only applies it.
Amounts are integer rupiah; percentages are basis points, rounded half up.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.codes import MANDATORY_PROGRAMS, PAYERS, PROGRAMS, SECTORS
from app.domain.errors import DomainError
from app.domain.messages import t
from app.domain.money import MAX_AMOUNT, round_half_up, rupiah


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Bracket:
    """One row of the income table (PP 44/2015 Lampiran II): a declared income from
    `low` up to the next row's `low` pays on `base`. `high` is the row's printed upper
    end; on the last row it bounds what may be declared (None: "and above")."""

    low: int
    high: int | None
    base: int
    source: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"from": self.low, "to": self.high, "base": self.base}

    def span_id(self) -> str:
        """`Rp 1.100.000–Rp 1.299.000`, `sampai Rp 1.099.000`, `Rp 20.200.000 ke atas`."""
        if self.high is None:
            return f"{rupiah(self.low)} ke atas"
        if not self.low:
            return f"sampai {rupiah(self.high)}"
        return f"{rupiah(self.low)}–{rupiah(self.high)}"


def _brackets(rows: Any) -> tuple[Bracket, ...]:
    brackets = tuple(Bracket(low=int(r["from"]), high=None if r.get("to") is None
                             else int(r["to"]), base=int(r["base"]),
                             source=str(r.get("source", ""))) for r in rows or ())
    for row, after in itertools.pairwise(brackets):
        if row.high is None or not row.low <= row.high < after.low:
            raise DomainError(t("tabel penghasilan: baris mulai {low} harus berakhir sebelum "
                                "baris berikutnya", low=row.low))
    for row in brackets:
        if row.base <= 0 or (row.high is not None and row.high < row.low):
            raise DomainError(t("tabel penghasilan: baris mulai {low} tidak masuk akal",
                                low=row.low))
    return brackets


def _check_rate(r: Rate) -> None:
    """Rules a laptop can live by: a package signed with pay periods of 0 months had every
    quote, report and import row refused until a newer package came."""
    amounts = (r.jkm_flat, r.min_income, *r.income_steps, *(b.base for b in r.brackets),
               *(b.low for b in r.brackets))
    if not r.pay_periods or not set(r.pay_periods) <= {1, 3, 6, 12} \
            or not 0 <= r.jkk_bp <= 10_000 or not 0 <= r.jht_bp <= 10_000 \
            or not all(0 <= amount <= MAX_AMOUNT for amount in amounts):
        raise DomainError(t("aturan iuran mulai {day:%d-%m-%Y} tidak masuk akal: periode bayar "
                            "1, 3, 6 atau 12 bulan; persen 0–100; rupiah tidak negatif dan "
                            "paling banyak {most}", day=r.effective_from,
                            most=rupiah(MAX_AMOUNT)))


@dataclass(frozen=True)
class Rate:
    """The base rates in force from `effective_from` (inclusive) to `effective_to`."""

    effective_from: dt.date
    effective_to: dt.date | None
    jkk_bp: int  # 100 = 1% of declared income
    jkm_flat: int
    jht_bp: int
    min_income: int
    income_steps: tuple[int, ...]  # empty: any whole rupiah >= min_income
    pay_periods: tuple[int, ...]
    source: str
    #: the income table JKK and JHT are paid on; empty: on the declared income itself
    brackets: tuple[Bracket, ...] = ()

    def bracket_for(self, income: int) -> Bracket | None:
        """The row a declared income falls in (None without a table, or below it)."""
        found = None
        for row in self.brackets:
            if row.low > income:
                break
            found = row
        return found

    def base_of(self, income: int) -> int:
        """What JKK and JHT are a percentage of: the row's base, or the income."""
        row = self.bracket_for(income)
        return income if row is None else row.base

    def covers(self, day: dt.date) -> bool:
        ends = self.effective_to
        return self.effective_from <= day and (ends is None or day <= ends)


@dataclass(frozen=True)
class Discount:
    name: str
    effective_from: dt.date
    effective_to: dt.date
    sectors: frozenset[str]
    programs: frozenset[str]
    percent: int
    excluded_payers: frozenset[str]
    #: the regulation alone (`PP 50/2025`), for a desk that names the sectors in its own words
    regulation: str = ""

    def applies(self, day: dt.date, sector: str, payer: str) -> bool:
        return (
            self.effective_from <= day <= self.effective_to
            and sector in self.sectors
            and payer not in self.excluded_payers
        )


@dataclass(frozen=True)
class MonthQuote:
    month: dt.date  # first day of the contribution month
    jkk: int
    jkm: int
    jht: int
    discount: str | None

    @property
    def total(self) -> int:
        return self.jkk + self.jkm + self.jht

    def as_dict(self) -> dict[str, Any]:
        return {"jkk": self.jkk, "jkm": self.jkm, "jht": self.jht, "total": self.total}


@dataclass(frozen=True)
class Quote:
    income: int
    programs: tuple[str, ...]
    payer: str
    sector: str
    months: tuple[MonthQuote, ...] = field(default_factory=tuple)
    #: the income table's row of the first month (None: paid on the income itself)
    bracket: Bracket | None = None

    @property
    def first(self) -> MonthQuote:
        return self.months[0]

    @property
    def total(self) -> int:
        return sum(m.total for m in self.months)

    @property
    def discount_applied(self) -> bool:
        return any(m.discount for m in self.months)

    @property
    def same_every_month(self) -> bool:
        return len({m.total for m in self.months}) <= 1

    def runs(self) -> list[tuple[dt.date, dt.date, int]]:
        """Consecutive months paying the same: (first month, last month, amount each)."""
        return month_runs([(m.month, m.total) for m in self.months])

    def as_dict(self) -> dict[str, Any]:
        return {
            "income": self.income,
            "programs": list(self.programs),
            "payer": self.payer,
            "sector": self.sector,
            "monthly": self.first.as_dict(),
            "months": len(self.months),
            "total": self.total,
            "discount_applied": self.discount_applied,
            "bracket": None if self.bracket is None else self.bracket.as_dict(),
            "discounts": sorted({m.discount for m in self.months if m.discount}),
            "schedule": [
                {"month": m.month.strftime("%Y-%m"), **m.as_dict(), "discount": m.discount}
                for m in self.months
            ],
        }


MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
             "Des")


def span_id(first: dt.date, last: dt.date, months: Sequence[str] = MONTHS_ID) -> str:
    """`Des 2026`, `Jan–Mei 2027`, `Nov 2026–Jan 2027` (contribution months); the desk
    passes the month names of its own language."""
    def name(d: dt.date) -> str:
        return months[d.month - 1]

    if first == last:
        return f"{name(first)} {first.year}"
    if first.year == last.year:
        return f"{name(first)}–{name(last)} {last.year}"
    return f"{name(first)} {first.year}–{name(last)} {last.year}"


def month_runs(months: Sequence[tuple[dt.date, int]]) -> list[tuple[dt.date, dt.date, int]]:
    """Consecutive calendar months paying the same: (first, last, amount each)."""
    runs: list[tuple[dt.date, dt.date, int]] = []
    for month, amount in months:
        if runs and runs[-1][2] == amount and _add_months(runs[-1][1], 1) == month:
            runs[-1] = (runs[-1][0], month, amount)
        else:
            runs.append((month, month, amount))
    return runs


def months_text_id(months: Sequence[tuple[dt.date, int]]) -> str:
    """Amounts month by month, in Indonesian for slips, bills and reports:
    `Rp 16.800 per bulan` when every month is the same, else each run of equal months,
    `Des 2026: Rp 8.400; Jan–Mei 2027: Rp 16.800/bulan`."""
    runs = month_runs(months)
    if len(runs) <= 1:
        return f"{rupiah(runs[0][2] if runs else 0)} per bulan"
    return "; ".join(f"{span_id(a, b)}: {rupiah(amount)}" + ("/bulan" if a != b else "")
                     for a, b, amount in runs)


def schedule_id(quote: Quote) -> str:
    """What the member pays month by month (`months_text_id`)."""
    return months_text_id([(m.month, m.total) for m in quote.months])


def _add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class TariffBook:
    version: str
    rates: tuple[Rate, ...]
    discounts: tuple[Discount, ...]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TariffBook:
        try:
            rates = tuple(
                Rate(
                    effective_from=dt.date.fromisoformat(r["effective_from"]),
                    effective_to=_date(r.get("effective_to")),
                    jkk_bp=int(r["jkk_basis_points"]),
                    jkm_flat=int(r["jkm_flat"]),
                    jht_bp=int(r["jht_basis_points"]),
                    min_income=int(r["min_income"]),
                    income_steps=tuple(int(s) for s in r.get("income_steps") or ()),
                    pay_periods=tuple(int(p) for p in r["pay_periods"]),
                    source=str(r.get("source", "")),
                    brackets=_brackets(r.get("income_brackets")),
                )
                for r in data["rates"]
            )
            discounts = tuple(
                Discount(
                    name=str(d["name"]),
                    effective_from=dt.date.fromisoformat(d["effective_from"]),
                    effective_to=dt.date.fromisoformat(d["effective_to"]),
                    sectors=frozenset(d["sectors"]),
                    programs=frozenset(d["programs"]),
                    percent=int(d["percent"]),
                    excluded_payers=frozenset(d.get("excluded_payers", ())),
                    regulation=str(d.get("regulation", d["name"])),
                )
                for d in data.get("discounts", ())
            )
            version = str(data["version"])
        except (KeyError, TypeError, ValueError, OverflowError) as exc:  # 1e400 in JSON: inf
            raise DomainError(t("aturan iuran rusak atau tidak lengkap ({exc})", exc=exc)) from exc
        for d in discounts:
            if not d.sectors <= SECTORS.keys() or not d.programs <= PROGRAMS.keys():
                raise DomainError(t("aturan potongan {name} memakai sektor/program tak dikenal",
                                    name=d.name))
            if not 0 < d.percent <= 100:
                raise DomainError(t("aturan potongan {name}: persen harus 1–100", name=d.name))
        if not rates:
            raise DomainError(t("aturan iuran kosong"))
        for r in rates:
            _check_rate(r)
        return cls(version=version, rates=rates, discounts=discounts)

    def discount(self, name: str) -> Discount:
        """The discount rule a quote's month names."""
        return next(d for d in self.discounts if d.name == name)

    def rate_on(self, day: dt.date) -> Rate:
        for r in self.rates:
            if r.covers(day):
                return r
        raise DomainError(t("tidak ada tarif iuran yang berlaku pada {day:%d-%m-%Y}",
                            day=day), "tanggal")

    def check_income(self, income: int, day: dt.date) -> None:
        rate = self.rate_on(day)
        if income < rate.min_income:
            raise DomainError(
                t("Penghasilan minimal {value} sebulan; yang diisi {value2}.",
                  value=rupiah(rate.min_income),
                  value2=rupiah(income)),
                "penghasilan",
            )
        top = rate.brackets[-1] if rate.brackets else None
        if top is not None and top.high is not None and income > top.high:
            raise DomainError(
                t("Penghasilan paling tinggi dalam tabel iuran {value} sebulan; yang diisi "
                  "{value2}. Isi {value} bila penghasilannya lebih.",
                  value=rupiah(top.high), value2=rupiah(income)),
                "penghasilan",
            )
        if rate.income_steps and income not in rate.income_steps:
            nearest = min(rate.income_steps, key=lambda s: abs(s - income))
            raise DomainError(
                t("Penghasilan harus salah satu tingkat resmi; yang terdekat {value}.",
                  value=rupiah(nearest)),
                "penghasilan",
            )

    def quote(
        self,
        income: int,
        programs: tuple[str, ...] = MANDATORY_PROGRAMS,
        payer: str = "mandiri",
        sector: str = "umkm",
        months: int = 1,
        start: dt.date | None = None,
    ) -> Quote:
        """Contribution for `months` months paid in advance from the month of `start`."""
        start = start or dt.date.today()
        self.validate(income, programs, payer, sector, months, start)
        month0 = start.replace(day=1)
        quoted = []
        for i in range(months):
            month = _add_months(month0, i)
            rate = self.rate_on(month)
            base = rate.base_of(income)
            jkk = round_half_up(base * rate.jkk_bp, 10_000)
            jkm = rate.jkm_flat
            jht = round_half_up(base * rate.jht_bp, 10_000) if "jht" in programs else 0
            applied = None
            for d in self.discounts:
                if d.applies(month, sector, payer):
                    keep = 100 - d.percent
                    if "jkk" in d.programs:
                        jkk = round_half_up(jkk * keep, 100)
                    if "jkm" in d.programs:
                        jkm = round_half_up(jkm * keep, 100)
                    if "jht" in d.programs and jht:
                        jht = round_half_up(jht * keep, 100)
                    applied = d.name
                    break
            quoted.append(MonthQuote(month=month, jkk=jkk, jkm=jkm, jht=jht, discount=applied))
        return Quote(income, tuple(programs), payer, sector, tuple(quoted),
                     self.rate_on(month0).bracket_for(income))

    def validate(
        self,
        income: int,
        programs: tuple[str, ...],
        payer: str,
        sector: str,
        months: int,
        start: dt.date,
    ) -> None:
        """Refuse what no quote can be made for, naming the field."""
        if payer not in PAYERS:
            raise DomainError(t("sumber iuran tidak dikenal"), "sumber_iuran")
        if sector not in SECTORS:
            raise DomainError(t("sektor tidak dikenal"), "sektor")
        if any(p not in programs for p in MANDATORY_PROGRAMS):
            raise DomainError(t("JKK dan JKM wajib untuk peserta BPU"), "program")
        first = self.rate_on(start)
        if months not in first.pay_periods:
            allowed = ", ".join(str(p) for p in first.pay_periods)
            raise DomainError(t("Periode bayar harus {allowed} bulan.",
                                allowed=allowed), "periode_bayar")
        self.check_income(income, start)
