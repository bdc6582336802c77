"""Events (sosialisasi): every registration belongs to one."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import resources
from app.domain.regions import normalize_code
from app.models import Event
from app.services.audit import Actor, record


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
        raise ValueError("nama acara wajib diisi")
    region_code = normalize_code(region)
    if region_code not in resources.regions():
        raise ValueError("kode wilayah acara tidak ada dalam data Kemendagri")
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
        raise LookupError("acara tidak ditemukan")
    return _info(event)


def latest_open_event(session: Session) -> EventInfo | None:
    event = session.scalars(
        select(Event)
        .where(Event.status == "open")
        .order_by(Event.date.desc(), Event.created_at.desc())
        .limit(1)
    ).first()
    return _info(event) if event else None
