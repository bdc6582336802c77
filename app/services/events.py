"""Events (sosialisasi): every registration belongs to one."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app import resources
from app.domain import codes
from app.domain.dates import check_event_day
from app.domain.errors import DomainError, NotFound
from app.domain.messages import t
from app.domain.regions import normalize_code
from app.domain.tariff import TariffBook
from app.models import Event, Member, Slip, utcnow
from app.services.audit import Actor, record
from app.services.pricing import Pricer


@dataclass(frozen=True)
class EventInfo:
    id: uuid.UUID
    name: str
    date: dt.date
    venue: str
    region_code: str
    status: str

    def as_dict(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "name": self.name,
            "date": self.date.isoformat(),
            "venue": self.venue,
            "region_code": self.region_code,
            "status": self.status,
        }


#: the UUID version of the ids `planned_id` gives (name-based); the events a laptop or the
#: office's own desk creates have random ids (version 4), so a new event's id says
#: whether an office planned it (sync.merge_parts; migration 0009)
PLANNED_VERSION = 5


def planned_id(office_id: uuid.UUID, name: object, day: object) -> uuid.UUID:
    """The id of an event an office plans in a configuration package, from the office and
    the event's name and day as the package gives them: the same on every laptop and in
    every package that plans it again, so every laptop registers into the same event."""
    return uuid.uuid5(office_id, f"{name}|{day}")


def _info(e: Event) -> EventInfo:
    return EventInfo(e.id, e.name, e.date, e.venue, e.region_code, e.status)


def create_event(
    session: Session,
    actor: Actor,
    name: str,
    date: dt.date,
    venue: str,
    region: str,
    officers: str = "",
) -> EventInfo:
    name = name.strip()
    if not name:
        raise DomainError(t("nama acara wajib diisi"))
    check_event_day(date)
    region_code = normalize_code(region)
    if region_code not in resources.regions():
        raise DomainError(t("kode wilayah acara tidak ada dalam data Kemendagri"))
    event = Event(
        name=name,
        date=date,
        venue=venue.strip(),
        region_code=region_code,
        officers=officers.strip(),
        changed_by_device=actor.device_id,
    )
    session.add(event)
    session.flush()
    record(session, actor, "event_create", "event", event.id)
    return _info(event)


def list_events(session: Session) -> list[EventInfo]:
    rows = session.scalars(select(Event).order_by(Event.date.desc(), Event.created_at.desc()))
    return [_info(e) for e in rows]


def get_event(session: Session, event_id: uuid.UUID) -> EventInfo:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("acara tidak ditemukan"))
    return _info(event)


def require_open(session: Session, event_id: uuid.UUID) -> None:
    """Refuse new registrations for an event that is closed: its closing report, which
    the officer confirmed, stands (a registration, an import, a roster)."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("acara tidak ditemukan"))
    if event.status != "open":
        raise EventClosed(t("acara '{name}' sudah ditutup: pendaftaran baru tidak masuk ke "
                            "sana. Pilih atau buat acara yang dibuka.", name=event.name))


class EventClosed(DomainError):
    """A registration for an event that is closed."""


def latest_open_event(session: Session) -> EventInfo | None:
    event = session.scalars(
        select(Event)
        .where(Event.status == "open")
        .order_by(Event.date.desc(), Event.created_at.desc())
        .limit(1)
    ).first()
    return _info(event) if event else None


@dataclass(frozen=True)
class EventSummary:
    """What an event closing confirms: counts by sector and payer, money per month."""

    event: EventInfo
    members: int
    voided: int
    slips: int  # originals issued (paper out or PDF handed over), one per person
    by_sector: dict[str, int]
    by_payer: dict[str, int]
    monthly_total: int  # rupiah, each active member's first contribution month (pricing)
    monthly_by_payer: dict[str, int]
    copies: int = 0  # reprints issued ("SALINAN ke-n")
    queued: int = 0  # slips on print jobs not yet printed (numbers reserved, not counted)
    without_slip: int = 0  # active members with no issued slip (queued ones included)

    @property
    def with_slip(self) -> int:
        """Active members holding a slip: with `without_slip`, every active member."""
        return self.members - self.without_slip

    def as_dict(self) -> dict[str, object]:
        return {
            "event": self.event.as_dict(), "members": self.members, "voided": self.voided,
            "slips": self.slips, "slip_copies": self.copies, "slips_queued": self.queued,
            "members_without_slip": self.without_slip,
            "by_sector": self.by_sector, "by_payer": self.by_payer,
            "monthly_contribution_total": self.monthly_total,
            "monthly_by_payer": self.monthly_by_payer,
        }


def summarize(session: Session, event_id: uuid.UUID, tariffs: TariffBook) -> EventSummary:
    info = get_event(session, event_id)
    rows = session.execute(
        select(Member.sector, Member.payer, Member.declared_income, Member.programs,
               Member.pay_period, Member.created_at)
        .where(Member.event_id == event_id, Member.status == "active")
    )
    by_sector = dict.fromkeys(codes.SECTORS, 0)
    by_payer = dict.fromkeys(codes.PAYERS, 0)
    money_by_payer = dict.fromkeys(codes.PAYERS, 0)
    total = 0
    pricer = Pricer(tariffs)
    for sector, payer, income, programs, period, created in rows:
        by_sector[sector] = by_sector.get(sector, 0) + 1
        by_payer[payer] = by_payer.get(payer, 0) + 1
        monthly = pricer.quote(income=income, programs=programs, payer=payer, sector=sector,
                               pay_period=period, event_date=info.date,
                               created_at=created).first.total
        money_by_payer[payer] = money_by_payer.get(payer, 0) + monthly
        total += monthly
    voided = session.scalar(
        select(func.count()).select_from(Member)
        .where(Member.event_id == event_id, Member.status == "voided")
    ) or 0
    counts = slip_counts(session, select(Member.id).where(Member.event_id == event_id))
    return EventSummary(info, sum(by_sector.values()), int(voided), counts.originals,
                        by_sector, by_payer, total, money_by_payer, counts.copies,
                        counts.queued, counts.without_slip)


@dataclass(frozen=True)
class SlipCounts:
    """Slips of a set of members, so that they reconcile: every active member either
    has an original or is counted without one; queued slips are not printed ones."""

    originals: int
    copies: int
    queued: int
    without_slip: int


def slip_counts(session: Session, member_ids: Select[Any],
                printed_between: tuple[dt.datetime, dt.datetime] | None = None) -> SlipCounts:
    """Slips issued to the members `member_ids` selects (in the period, if given), the
    slips still waiting on the print queue, and the active members without a slip."""
    from app.services.print_queue import pending_slips

    issued = select(func.count()).select_from(Slip).where(Slip.member_id.in_(member_ids))
    if printed_between:
        issued = issued.where(Slip.printed_at >= printed_between[0],
                              Slip.printed_at < printed_between[1])
    originals = session.scalar(issued.where(Slip.copy_no == 0)) or 0
    copies = session.scalar(issued.where(Slip.copy_no != 0)) or 0
    pending = pending_slips(session)
    queued = 0
    if pending:
        wanted = {str(m) for m in session.scalars(member_ids)}
        queued = sum(1 for p in pending if p.member_id in wanted)
    has_slip = select(Slip.member_id).where(Slip.member_id == Member.id)
    without = session.scalar(
        select(func.count()).select_from(Member)
        .where(Member.id.in_(member_ids), Member.status == "active", ~has_slip.exists())
    ) or 0
    return SlipCounts(int(originals), int(copies), queued, int(without))


def close_event(session: Session, actor: Actor, event_id: uuid.UUID,
                tariffs: TariffBook) -> EventSummary:
    """Close an open event; returns the summary that was confirmed."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(t("acara tidak ditemukan"))
    if event.status != "open":
        raise DomainError(t("acara ini sudah ditutup"))
    summary = summarize(session, event_id, tariffs)
    event.status = "closed"
    event.closed_at = utcnow()
    event.revision += 1
    event.updated_at = event.closed_at
    event.changed_by_device = actor.device_id
    record(session, actor, "event_close", "event", event_id, members=summary.members,
           slips=summary.slips, monthly_total=summary.monthly_total)
    return summary
