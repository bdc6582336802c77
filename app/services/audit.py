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
    return digest_of(entry.device_id, entry.segment or 0, entry.seq, entry.at,
                     entry.officer_id, entry.action, entry.entity_type, entry.entity_id,
                     entry.details, entry.prev_hash)


def digest_of(device_id: uuid.UUID, segment: int, seq: int, at: dt.datetime,
              officer_id: uuid.UUID | None, action: str, entity_type: str, entity_id: str,
              details: str, prev_hash: str) -> str:
    """The hash of one entry from its fields (the office recomputes it for every entry a
    batch brings). Segment 0's entries hash as they did before segments existed."""
    body = "|".join(
        [
            str(device_id),
            *([f"segment {segment}"] if segment else []),
            str(seq),
            at.isoformat(),
            str(officer_id or ""),
            action,
            entity_type,
            entity_id,
            details,
            prev_hash,
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Head:
    """The last entry of a device's chain: its segment, number and hash (0, 0, GENESIS
    for a chain with no entry yet)."""

    segment: int
    seq: int
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {"segment": self.segment, "seq": self.seq, "hash": self.hash}


def head(session: Session, device_id: uuid.UUID) -> Head:
    last = session.execute(
        select(AuditEntry.segment, AuditEntry.seq, AuditEntry.hash)
        .where(AuditEntry.device_id == device_id)
        .order_by(AuditEntry.segment.desc(), AuditEntry.seq.desc())
        .limit(1)
    ).first()
    return Head(last[0], last[1], last[2]) if last else Head(0, 0, GENESIS)


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
    last = heal(session, actor)
    return _append(session, actor, last.segment, last.seq + 1, last.hash, action,
                   entity_type, entity_id, details)


#: the chain head the last batch of this laptop carried (JSON of a Head)
SENT_HEAD_SETTING = "audit_head_sent"


def sent(session: Session, chain: Head) -> None:
    """Remember the head a batch carried (in the transaction that records the export)."""
    from app.models import Setting

    row = session.get(Setting, SENT_HEAD_SETTING)
    value = json.dumps(chain.as_dict())
    if row is None:
        session.add(Setting(key=SENT_HEAD_SETTING, value=value))
    else:
        row.value = value


def heal(session: Session, actor: Actor) -> Head:
    """The chain's head, after making sure the entry the last batch ended with is still
    in the chain, unchanged. If it is not (entries deleted or rewritten outside the
    program), the office would refuse every later batch: the chain goes on in a new
    segment from what is left, before anything else is appended to it, and the office
    records what was lost. Checked before every entry: two indexed reads."""
    from app.models import Setting

    last = head(session, actor.device_id)
    row = session.get(Setting, SENT_HEAD_SETTING)
    if row is None:
        return last
    try:
        sent_head = Head(**json.loads(row.value))
    except (ValueError, TypeError):
        return last  # not written by this program: the office's check of heads remains
    if sent_head.seq == 0:
        return last
    found = session.scalar(select(AuditEntry.hash).where(
        AuditEntry.device_id == actor.device_id, AuditEntry.segment == sent_head.segment,
        AuditEntry.seq == sent_head.seq))
    if found == sent_head.hash or last.segment > sent_head.segment:
        return last  # intact, or the chain went on in a new segment since
    entry = restart_chain(session, actor, "cut", sent_segment=sent_head.segment,
                          sent_seq=sent_head.seq)
    return Head(entry.segment, entry.seq, entry.hash)


def _append(session: Session, actor: Actor, segment: int, seq: int, prev: str, action: str,
            entity_type: str, entity_id: str | uuid.UUID, details: dict[str, Any]
            ) -> AuditEntry:
    entry = AuditEntry(
        device_id=actor.device_id,
        segment=segment,
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


RESTART = "chain_restart"


def restart_chain(session: Session, actor: Actor, reason: str, at_least: int = 0,
                  **details: Any) -> AuditEntry:
    """Begin a new segment of this device's chain: its entry 1 continues from the chain's
    head as it stands now (named in the entry and as its previous hash), so the office can
    tell what the laptop no longer has. Used after a restore from a backup, and when the
    laptop finds the entries it already sent cut from its chain. The new segment's number
    is above every one this database has seen, and `at_least` (the segment of the database
    a restore replaced): the restart's time in seconds, unless the clock is behind."""
    from app.models import Device

    lock_for_writing(session, f"audit-chain:{actor.device_id}")
    last = head(session, actor.device_id)
    segment = max(last.segment + 1, at_least, int(utcnow().timestamp()))
    device = session.get(Device, actor.device_id)
    return _append(session, actor, segment, 1, last.hash, RESTART, "device", actor.device_id,
                   {**details, "reason": reason, "continues_segment": last.segment,
                    "continues_seq": last.seq, "continues_hash": last.hash,
                    # to the microsecond (an entry's own time is to the second): what was
                    # made before the restart and what after
                    "restarted_at": utcnow().isoformat(),
                    # the batches this laptop still knows it sent: the segment's next
                    # batch is numbered from here
                    "batch_sequence": device.batch_seq if device else 0})


@dataclass
class ChainReport:
    valid: bool
    entries: int
    first_bad: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {"valid": self.valid, "entries": self.entries, "first_bad": self.first_bad}


def continues_from(entry: AuditEntry) -> str | None:
    """The previous hash the first entry of a later segment must carry: the head it names
    (None when the entry is not a well-formed start of a segment)."""
    if entry.action != RESTART or entry.seq != 1:
        return None
    try:
        named = json.loads(entry.details).get("continues_hash")
    except (ValueError, AttributeError):
        return None
    return named if isinstance(named, str) else None


def verify(session: Session) -> ChainReport:
    """Walk each device's chain, segment by segment; report the first entry edited,
    removed or out of order. A later segment's entry 1 links to the head it names."""
    rows = session.scalars(select(AuditEntry).order_by(
        AuditEntry.device_id, AuditEntry.segment, AuditEntry.seq))
    count = 0
    expected: dict[tuple[uuid.UUID, int], tuple[int, str]] = {}
    for entry in rows:
        count += 1
        key = (entry.device_id, entry.segment)
        start = GENESIS if entry.segment == 0 else continues_from(entry) or "?"
        seq, prev = expected.get(key, (1, start))
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
                {"device_id": str(entry.device_id), "segment": entry.segment,
                 "seq": entry.seq, "reason": problem},
            )
        expected[key] = (entry.seq + 1, entry.hash)
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
