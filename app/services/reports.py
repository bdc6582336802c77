"""The numbers the office sends upward: an event's closing report and a period recap.

One `collect` feeds the dashboard, the PDF (app/services/pdf/recap.py) and the
workbook (app/services/report_files.py), so the three can never disagree. Money is what
the slips say: each active member's contribution for their pay period from the month
their membership starts (`app.services.pricing`, which the slip uses too).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import resources
from app.domain import codes
from app.domain.dates import WIB, local_day
from app.domain.errors import DomainError
from app.domain.messages import t
from app.domain.tariff import TariffBook
from app.models import Event, Group, Member, Officer, Slip
from app.services import roles
from app.services.audit import Actor, record
from app.services.device import get_setting, local_device, set_setting
from app.services.events import EventInfo, get_event, slip_counts
from app.services.pricing import Pricer

NO_GROUP = "(tanpa kelompok)"
UNKNOWN_OFFICER = "(tidak tercatat)"
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def month_label(key: str) -> str:
    """`2026-11` → `November 2026`."""
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


@dataclass(frozen=True)
class Scope:
    """An event, registrations entered between two days (both included), or, with
    neither, everything in the database."""

    event_id: uuid.UUID | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def __post_init__(self) -> None:
        if (self.date_from is None) != (self.date_to is None):
            raise DomainError(t("periode perlu tanggal awal dan tanggal akhir"))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise DomainError(t("tanggal awal periode sesudah tanggal akhirnya"))

    @classmethod
    def day(cls, day: dt.date) -> Scope:
        return cls(date_from=day, date_to=day)

    def bounds(self) -> tuple[dt.datetime, dt.datetime] | None:
        """UTC moments [start, end) of the period, or None for an event."""
        if self.date_from is None or self.date_to is None:
            return None
        # a period "from year 1 to year 9999" is everything; its ends would not fit in UTC
        first = max(self.date_from, dt.date.min + dt.timedelta(days=1))
        last = min(self.date_to, dt.date.max - dt.timedelta(days=1))
        start = dt.datetime.combine(first, dt.time(), WIB)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), WIB)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


@dataclass
class Line:
    """One row of a breakdown: active members and their contributions."""

    key: str
    label: str
    members: int = 0
    money: int = 0  # rupiah for the members' pay periods, as on their slips
    monthly: int = 0  # rupiah per month


@dataclass(frozen=True)
class Void:
    day: dt.date
    reason: str


@dataclass
class Recap:
    title: str
    scope: Scope
    event: EventInfo | None
    made_at: dt.datetime
    members: int = 0
    money: int = 0
    monthly: int = 0
    by_sector: list[Line] = field(default_factory=list)
    by_district: list[Line] = field(default_factory=list)
    by_group: list[Line] = field(default_factory=list)
    by_payer: list[Line] = field(default_factory=list)
    by_month: list[Line] = field(default_factory=list)
    by_year: list[Line] = field(default_factory=list)
    by_officer: list[Line] = field(default_factory=list)
    slips: int = 0  # originals issued: paper out or PDF handed over
    slip_copies: int = 0  # reprints issued, stamped "SALINAN ke-n"
    slips_queued: int = 0  # on this laptop's print queue: numbered, not printed, not counted
    without_slip: int = 0  # active members in scope holding no slip (queued ones included)
    voids: list[Void] = field(default_factory=list)
    officers: list[str] = field(default_factory=list)

    @property
    def period_text(self) -> str:
        if self.event is not None:
            return f"{self.event.name}, {self.event.date:%d-%m-%Y}"
        if not self.scope.date_from or not self.scope.date_to:
            return "semua pendaftaran"
        if self.scope.date_from == self.scope.date_to:
            return f"{self.scope.date_from:%d-%m-%Y}"
        return f"{self.scope.date_from:%d-%m-%Y} s.d. {self.scope.date_to:%d-%m-%Y}"

    def as_dict(self) -> dict[str, object]:
        def counts(lines: list[Line]) -> dict[str, int]:
            return {line.key or line.label: line.members for line in lines}

        return {
            "scope": self.period_text, "members": self.members,
            "money_total": self.money, "monthly_contribution_total": self.monthly,
            "by_sector": counts(self.by_sector), "by_payer": counts(self.by_payer),
            "by_district": counts(self.by_district),
            "by_group": {line.label: line.members for line in self.by_group},
            "by_month": counts(self.by_month), "slips": self.slips,
            "slip_copies": self.slip_copies, "slips_queued": self.slips_queued,
            "members_without_slip": self.without_slip, "voided": len(self.voids),
            "officers": self.officers,
        }

    def breakdowns(self) -> list[tuple[str, list[Line]]]:
        return [("Sektor", self.by_sector), ("Kecamatan", self.by_district),
                ("Kelompok", self.by_group), ("Pembayar iuran", self.by_payer),
                ("Bulan pendaftaran", self.by_month), ("Tahun pendaftaran", self.by_year),
                ("Petugas pendaftar", self.by_officer)]


def _scoped(stmt: Any, scope: Scope) -> Any:
    if scope.event_id is not None:
        stmt = stmt.where(Member.event_id == scope.event_id)
    bounds = scope.bounds()
    if bounds is not None:
        stmt = stmt.where(Member.created_at >= bounds[0], Member.created_at < bounds[1])
    return stmt


def collect(session: Session, tariffs: TariffBook, scope: Scope,
            now: dt.datetime | None = None) -> Recap:
    """Count and sum every active member in the scope, by each breakdown."""
    event = get_event(session, scope.event_id) if scope.event_id else None
    title = "LAPORAN PENUTUPAN ACARA" if event else "REKAPITULASI PERIODE"
    recap = Recap(title, scope, event, now or dt.datetime.now(dt.UTC))
    regions = resources.regions()

    @cache
    def district_label(code: str) -> str:
        name, regency = regions.name(code), regions.name(code[:5])
        return f"{name}, {regency}" if name and regency else (name or code)

    groups = dict(session.execute(select(Group.id, Group.name)).all())
    officers = dict(session.execute(select(Officer.id, Officer.full_name)).all())
    acc: dict[str, dict[str, Line]] = {k: {} for k in
                                       ("sector", "district", "group", "payer", "month",
                                        "year", "officer")}
    for code, label in codes.SECTORS.items():
        acc["sector"][code] = Line(code, label)
    for code, label in codes.PAYERS.items():
        acc["payer"][code] = Line(code, label)
    pricer = Pricer(tariffs)
    stmt = _scoped(
        select(Member.sector, Member.payer, Member.declared_income, Member.programs,
               Member.pay_period, Member.region_code, Member.group_id,
               Member.registered_by_id, Member.created_at, Event.date)
        .join(Event, Member.event_id == Event.id)
        .where(Member.status == "active"), scope)
    for (sector, payer, income, programs, period, region, group_id, officer_id, created,
         event_date) in session.execute(stmt):
        q = pricer.quote(income=income, programs=programs, payer=payer, sector=sector,
                         pay_period=period, event_date=event_date, created_at=created)
        money = (q.total, q.first.total)
        registered = local_day(created)
        district = region[:8]
        keys = {
            "sector": (sector, codes.SECTORS.get(sector, sector)),
            "district": (district, district_label(district)),
            "group": (str(group_id) if group_id else "",
                      groups.get(group_id, NO_GROUP) if group_id else NO_GROUP),
            "payer": (payer, codes.PAYERS.get(payer, payer)),
            "month": (f"{registered:%Y-%m}", None),
            "year": (f"{registered:%Y}", f"{registered:%Y}"),
            "officer": (str(officer_id or ""),
                        officers.get(officer_id, UNKNOWN_OFFICER) if officer_id
                        else UNKNOWN_OFFICER),
        }
        for name, (k, label) in keys.items():
            line = acc[name].get(k)
            if line is None:
                line = acc[name][k] = Line(k, month_label(k) if label is None else label)
            line.members += 1
            line.money += money[0]
            line.monthly += money[1]
        recap.members += 1
        recap.money += money[0]
        recap.monthly += money[1]

    def biggest(line: Line) -> tuple[int, str]:
        return (-line.members, line.label)

    recap.by_sector = list(acc["sector"].values())
    recap.by_payer = list(acc["payer"].values())
    recap.by_district = sorted(acc["district"].values(), key=biggest)
    recap.by_group = sorted(acc["group"].values(), key=biggest)
    recap.by_month = sorted(acc["month"].values(), key=lambda line: line.key)
    recap.by_year = sorted(acc["year"].values(), key=lambda line: line.key)
    recap.by_officer = sorted(acc["officer"].values(), key=biggest)

    slips = select(Slip.copy_no).join(Member, Slip.member_id == Member.id)
    if scope.event_id is not None:
        slips = slips.where(Member.event_id == scope.event_id)
    bounds = scope.bounds()
    if bounds is not None:
        slips = slips.where(Slip.printed_at >= bounds[0], Slip.printed_at < bounds[1])
    for (copy_no,) in session.execute(slips):
        if copy_no == 0:
            recap.slips += 1
        else:
            recap.slip_copies += 1
    # the members of the scope: how many hold no slip, how many wait on the queue
    counts = slip_counts(session, _scoped(select(Member.id), scope))
    recap.slips_queued = counts.queued
    recap.without_slip = counts.without_slip

    voids = select(Member.voided_at, Member.void_reason).where(Member.status == "voided")
    if scope.event_id is not None:
        voids = voids.where(Member.event_id == scope.event_id)
    if bounds is not None:
        voids = voids.where(Member.voided_at >= bounds[0], Member.voided_at < bounds[1])
    recap.voids = sorted(
        (Void(local_day(at), reason or "-") for at, reason in session.execute(voids)
         if at is not None), key=lambda v: (v.day, v.reason))

    names: list[str] = []
    if event is not None:
        ev = session.get(Event, event.id)
        names += [n.strip() for n in (ev.officers if ev else "").splitlines() if n.strip()]
    names += [line.label for line in recap.by_officer if line.label != UNKNOWN_OFFICER]
    recap.officers = list(dict.fromkeys(names))
    return recap


# --- coverage against the regency's target --------------------------------------------

WORKERS_SETTING = "coverage_workers"  # vulnerable (informal) workers in the home regency
PERCENT_SETTING = "coverage_percent"  # share of them the regency aims to cover
DEFAULT_PERCENT = 60


@dataclass(frozen=True)
class Coverage:
    region_code: str
    members: int  # active members living in the home regency, all events
    workers: int  # 0 = no target set
    percent: int

    @property
    def target(self) -> int:
        return -(-self.workers * self.percent // 100)  # rounded up: whole people

    @property
    def share(self) -> float:
        """Members as a fraction of the target (may pass 1.0); 0 without a target."""
        return self.members / self.target if self.target else 0.0


def coverage(session: Session) -> Coverage:
    regency = local_device(session).region_code[:5]
    members = session.scalar(
        select(func.count()).select_from(Member)
        .where(Member.status == "active", Member.region_code.startswith(regency + "."))
    ) or 0
    workers = int(get_setting(session, WORKERS_SETTING, "0") or 0)
    percent = int(get_setting(session, PERCENT_SETTING, str(DEFAULT_PERCENT)) or 0)
    return Coverage(regency, int(members), workers, percent)


def set_target(session: Session, actor: Actor, workers: int, percent: int) -> None:
    """The regency's coverage target: `percent` % of `workers` vulnerable workers.
    Supervisors and administrators set it (roles: reports.coverage_target)."""
    roles.require(session, actor, "reports.coverage_target")
    if workers < 0:
        raise DomainError(t("jumlah pekerja rentan tidak boleh negatif"))
    if not 1 <= percent <= 100:
        raise DomainError(t("persen target harus antara 1 dan 100"))
    set_setting(session, WORKERS_SETTING, str(workers))
    set_setting(session, PERCENT_SETTING, str(percent))
    record(session, actor, "coverage_target", "setting", WORKERS_SETTING, workers=workers,
           percent=percent)
