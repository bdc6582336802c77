"""Conflict review at the office: two records with one NIK. A person decides; every
decision is recorded with who and when, and nothing is deleted."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import lock_for_writing
from app.domain.errors import DomainError, NotFound
from app.domain.messages import t
from app.models import Conflict, Device, Member, utcnow
from app.services.accounts import Approval, require_approval
from app.services.audit import Actor, record
from app.services.member_changes import EDITABLE, MemberDetail, get_member, log_change

RESOLUTIONS = {
    "keep_existing": "pakai data yang lebih dulu diterima",
    "keep_incoming": "pakai data yang baru datang",
    "merge": "gabungkan per kolom",
    "different_people": "orang berbeda: NIK salah satu perlu dibetulkan",
}


@dataclass(frozen=True)
class ConflictInfo:
    id: uuid.UUID
    nik: str
    created_at: dt.datetime
    existing: MemberDetail
    incoming: MemberDetail
    existing_device: str
    incoming_device: str


def _device_name(session: Session, device_id: uuid.UUID) -> str:
    device = session.get(Device, device_id)
    return device.name if device else str(device_id)


def open_conflicts(session: Session) -> list[ConflictInfo]:
    out = []
    for c in session.scalars(select(Conflict).where(Conflict.status == "open")
                             .order_by(Conflict.created_at)):
        a, b = get_member(session, c.existing_id), get_member(session, c.incoming_id)
        ma, mb = session.get(Member, c.existing_id), session.get(Member, c.incoming_id)
        assert ma is not None and mb is not None
        out.append(ConflictInfo(c.id, c.nik, c.created_at, a, b,
                                _device_name(session, ma.changed_by_device),
                                _device_name(session, mb.changed_by_device)))
    return out


def _void(session: Session, actor: Actor, m: Member, reason: str) -> None:
    old = m.status
    m.status = "voided"
    m.void_reason = reason
    m.voided_at = utcnow()
    log_change(session, actor, m, "void", {"status": [old, "voided"]}, reason)


def resolve(session: Session, actor: Actor, conflict_id: uuid.UUID, resolution: str,
            choices: dict[str, str] | None = None, note: str = "",
            approval: Approval | None = None) -> None:
    """`choices` (for merge): column → "existing" or "incoming". Needs a supervisor's
    approval where accounts exist."""
    require_approval(session, approval)
    if resolution not in RESOLUTIONS:
        raise DomainError(t("pilihan penyelesaian tidak dikenal"))
    # The conflict and both records are locked until this decision commits: a second
    # person deciding the same conflict, or an import bringing either record, waits and
    # then sees this decision (docs/office-database.md).
    lock_for_writing(session)
    c = session.get(Conflict, conflict_id, with_for_update=True, populate_existing=True)
    if c is None:
        raise NotFound(t("konflik tidak ditemukan"))
    if c.status != "open":
        raise DomainError(t("konflik ini sudah diselesaikan"))
    locked = {m.id: m for m in session.scalars(
        select(Member).where(Member.id.in_([c.existing_id, c.incoming_id]))
        .order_by(Member.id).with_for_update().execution_options(populate_existing=True))}
    existing, incoming = locked.get(c.existing_id), locked.get(c.incoming_id)
    assert existing is not None and incoming is not None
    why = f"duplikat NIK (konflik {str(c.id)[:8]})"
    if resolution == "keep_existing":
        _void(session, actor, incoming, why)
    elif resolution == "keep_incoming":
        _void(session, actor, existing, why)
        session.flush()  # the NIK is free before the other record takes it
        log_change(session, actor, incoming, "edit", {"status": [incoming.status, "active"]})
        incoming.status = "active"
    elif resolution == "merge":
        picks = choices or {}
        changes: dict[str, list[Any]] = {}
        for column in EDITABLE:
            if picks.get(column) == "incoming":
                new = getattr(incoming, column)
                if getattr(existing, column) != new:
                    changes[column] = [getattr(existing, column), new]
        for column, (_old, new) in changes.items():
            setattr(existing, column, new)
        if changes:
            log_change(session, actor, existing, "edit", changes)
        _void(session, actor, incoming, why + ", digabung")
    else:
        log_change(session, actor, incoming, "edit", {"status": [incoming.status, "nik_review"]},
                note or "orang berbeda; NIK perlu dibetulkan")
        incoming.status = "nik_review"
    c.status = "resolved"
    c.resolution = resolution
    c.resolved_by = approval.officer_id if approval else actor.officer_id
    c.resolved_at = utcnow()
    c.note = note
    record(session, actor, "conflict_resolve", "conflict", c.id, resolution=resolution)
