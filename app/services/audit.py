"""Append-only processing log, chained by SHA-256 per device (UU 27/2022).

Details never hold personal data: ids and counts only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app import logs
from app.db import lock_for_writing
from app.models import AuditEntry, utcnow

GENESIS = "0" * 64
_log = logs.get("audit")


@dataclass(frozen=True)
class Actor:
    """Who acts: the device, and the officer when accounts exist."""

    device_id: uuid.UUID
    officer_id: uuid.UUID | None = None


def _digest(entry: AuditEntry) -> str:
    body = "|".join(
        [
            str(entry.device_id),
            str(entry.seq),
            entry.at.isoformat(),
            str(entry.officer_id or ""),
            entry.action,
            entry.entity_type,
            entry.entity_id,
            entry.details,
            entry.prev_hash,
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str = "",
    entity_id: str | uuid.UUID = "",
    **details: Any,
) -> AuditEntry:
    """Append one entry in the caller's transaction. The device's chain is locked from
    here to the end of that transaction, so that two office staff writing at once
    append one after the other rather than both after the same entry."""
    lock_for_writing(session, f"audit-chain:{actor.device_id}")
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.hash)
        .where(AuditEntry.device_id == actor.device_id)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    entry = AuditEntry(
        device_id=actor.device_id,
        seq=seq,
        at=utcnow().replace(microsecond=0),
        officer_id=actor.officer_id,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        details=json.dumps(details, sort_keys=True, default=str),
        prev_hash=prev,
    )
    entry.hash = _digest(entry)
    session.add(entry)
    session.flush()
    _log.info("%s %s %s seq=%d %s", action, entity_type, entity_id, seq, entry.details)
    return entry


@dataclass
class ChainReport:
    valid: bool
    entries: int
    first_bad: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {"valid": self.valid, "entries": self.entries, "first_bad": self.first_bad}


def verify(session: Session) -> ChainReport:
    """Walk each device's chain; report the first entry edited, removed or out of order."""
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.device_id, AuditEntry.seq))
    count = 0
    expected: dict[uuid.UUID, tuple[int, str]] = {}
    for entry in rows:
        count += 1
        seq, prev = expected.get(entry.device_id, (1, GENESIS))
        problem = None
        if entry.seq != seq:
            problem = f"nomor urut {entry.seq}, seharusnya {seq} (entri hilang atau disisipkan)"
        elif entry.prev_hash != prev:
            problem = "tidak tersambung ke entri sebelumnya (entri sebelumnya diubah atau hilang)"
        elif _digest(entry) != entry.hash:
            problem = "isi entri tidak cocok dengan hash-nya (entri diubah)"
        if problem:
            return ChainReport(
                False,
                count,
                {"device_id": str(entry.device_id), "seq": entry.seq, "reason": problem},
            )
        expected[entry.device_id] = (entry.seq + 1, entry.hash)
    return ChainReport(True, count, None)


@dataclass(frozen=True)
class EntryRow:
    seq: int
    device_id: uuid.UUID
    at: dt.datetime
    officer: str
    action: str
    entity_type: str
    entity_id: str
    details: str


def list_entries(session: Session, action: str | None = None, officer: str | None = None,
                 limit: int = 200, before: EntryRow | None = None) -> list[EntryRow]:
    """Newest first, filtered by action and officer username; keyset pages (`before`).
    The officer shows by full name and username: at the office, field officers of two
    laptops may share a username."""
    from app.models import Officer

    stmt = (select(AuditEntry.seq, AuditEntry.device_id, AuditEntry.at,
                   func.coalesce(Officer.full_name + " (" + Officer.username + ")", ""),
                   AuditEntry.action,
                   AuditEntry.entity_type, AuditEntry.entity_id, AuditEntry.details)
            .outerjoin(Officer, Officer.id == AuditEntry.officer_id))
    if action:
        stmt = stmt.where(AuditEntry.action == action)
    if officer:
        stmt = stmt.where(Officer.username == officer)
    if before is not None:
        stmt = stmt.where(tuple_(AuditEntry.at, AuditEntry.seq) < tuple_(before.at, before.seq))
    stmt = stmt.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(limit)
    return [EntryRow(*row) for row in session.execute(stmt)]


def actions(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditEntry.action).distinct()))
