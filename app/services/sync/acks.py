"""Acknowledgements: the office tells a laptop, in a signed file carried back on the USB
stick, which revisions of its records it holds. The laptop then leaves them out of the
next export."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from app.domain.errors import DomainError, NotFound
from app.domain.messages import t
from app.models import AuditEntry, Batch, Device, Event, Held, utcnow
from app.services import keys, roles
from app.services.audit import Actor, record
from app.services.device import local_device, signing_key
from app.services.files import TooBig, parse_json, read_bounded, write_atomic
from app.services.sync import records
from app.services.sync.signing import envelope, opened, verify

ACK_FORMAT = "lindungi-ack/1"
#: An acknowledgement lists `[id, revision]` of what the office holds (about 45 bytes a
#: record): a laptop's 100,000 members with their slips and audit entries need ~25 MB.
ACK_LIMIT = 32 * 1024**2


def make_ack(session: Session, actor: Actor, device_id: uuid.UUID, target: Path) -> int:
    """Write a signed acknowledgement for `device_id`; returns the records it lists."""
    device = session.get(Device, device_id)
    if device is None or device.is_local:
        raise NotFound(t("perangkat itu belum pernah mengirim batch ke kantor ini"))
    office = local_device(session)
    records: dict[str, list[list[Any]]] = defaultdict(list)
    for entity, rid, rev in session.execute(
        select(Held.entity, Held.record_id, Held.revision).where(Held.device_id == device_id)
    ):
        records[entity].append([rid.hex, rev])
    runs: dict[int, int] = {}
    for segment, seq in session.execute(select(AuditEntry.segment, AuditEntry.seq).where(
            AuditEntry.device_id == device_id).order_by(AuditEntry.segment, AuditEntry.seq)):
        upto = runs.setdefault(segment, 0)
        if seq == upto + 1:  # the unbroken run from 1: later entries wait for missing ones
            runs[segment] = seq
    batches = sorted(session.scalars(select(Batch.sequence).where(
        Batch.direction == "in", Batch.device_id == device_id)))
    # the office's own events (the ones it planned and sent in packages), which every
    # laptop that used one sends until told the office holds it: no laptop holds them
    # (merge_parts), so they are listed apart
    planned = [[event_id.hex, rev] for event_id, rev in session.execute(
        select(Event.id, Event.revision).where(
            Event.id.not_in(select(Held.record_id).where(Held.entity == "events"))))]
    body = {"format": ACK_FORMAT, "office": {"id": str(office.id), "name": office.name},
            "device_id": str(device_id), "created_at": utcnow().isoformat(),
            "batches": batches, "records": dict(records), "office_events": planned,
            # segment 0 as every program reads it; each segment of the chain (a restored
            # laptop's new ones too) in audit_segments
            "audit_upto": runs.get(0, 0),
            "audit_segments": {str(seg): upto for seg, upto in sorted(runs.items())}}
    data = envelope(signing_key(session), "ack", body)
    write_atomic(target, lambda fh: fh.write(json.dumps(data, separators=(",", ":"))), "w",
                 encoding="utf-8")
    count = sum(len(v) for v in records.values())
    record(session, actor, "ack_write", "device", device_id, records=count)
    return count


def import_ack(session: Session, actor: Actor, path: Path) -> int:
    """Mark what the office holds as acknowledged; returns how many records changed.
    An administrator's act once accounts exist: what is marked is not sent again."""
    roles.require(session, actor, "ack.import")
    try:
        data = parse_json(read_bounded(path, ACK_LIMIT, t(
            "berkas tanda terima lebih dari {mb} MB: itu bukan tanda terima Lindungi; "
            "minta kantor membuat tanda terima lagi", mb=ACK_LIMIT // 1024 ** 2)))
        body, signature = opened(data, "ack")
        if body.get("format") != ACK_FORMAT:
            raise DomainError(t("format"))
        office_id = uuid.UUID(body["office"]["id"])
        for_device = uuid.UUID(body["device_id"])
    except TooBig:
        raise  # says what to do, unlike "damaged"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DomainError(t("berkas tanda terima rusak atau bukan dari Lindungi")) from exc
    me = local_device(session)
    if for_device != me.id:
        raise DomainError(t("tanda terima ini untuk perangkat lain"))
    trusted = keys.office(session)
    office = session.get(Device, office_id)
    if trusted is None or trusted[0] != office_id or office is None:
        raise DomainError(t("tanda terima dari kantor yang belum dipercaya; impor dulu kunci "
                         "kantor: lindungi keys import FILE --office"))
    try:
        verify(office.public_key, signature, body)
    except InvalidSignature as exc:
        raise DomainError(t("tanda tangan tanda terima tidak cocok; berkas diubah")) from exc
    changed = 0
    for entity, pairs in body.get("records", {}).items():
        if entity not in records.TABLES or entity == "audit":
            continue
        table: Table = records.TABLES[entity]
        params = [{"_id": uuid.UUID(hex=rid), "rev": int(rev)} for rid, rev in pairs]
        if params:
            result = session.connection().execute(
                update(table).where(table.columns["id"] == bindparam("_id"),
                                    table.columns["acked_revision"] < bindparam("rev"))
                .values(acked_revision=func.min(bindparam("rev"), table.columns["revision"])
                        if session.get_bind().dialect.name == "sqlite"
                        else func.least(bindparam("rev"), table.columns["revision"])),
                params)
            changed += max(result.rowcount, 0)
            # A laptop restored from a backup holds older revisions than the office got
            # from it before: its next change must be numbered past the office's, or the
            # office would take it for one it already has.
            session.connection().execute(
                update(table).where(table.columns["id"] == bindparam("_id"),
                                    table.columns["revision"] < bindparam("rev"))
                .values(revision=bindparam("rev"), acked_revision=bindparam("rev")), params)
    changed += _office_events_held(session, body.get("office_events", []))
    segments = body.get("audit_segments") or {"0": body.get("audit_upto", 0)}
    for segment, upto in segments.items():
        session.execute(update(AuditEntry).where(
            AuditEntry.device_id == me.id, AuditEntry.segment == int(segment),
            AuditEntry.seq <= int(upto)).values(acked=True))
    record(session, actor, "ack_import", "device", office_id, records=changed)
    return changed


def _office_events_held(session: Session, pairs: list[Any]) -> int:
    """The office's planned events at the revisions the office holds: not sent again
    until this laptop changes one (closes it). Unlike a record of the laptop's own, a
    revision the office holds past this laptop's is another laptop's change, which this
    one has not seen: its own revision stays, so its own change still goes."""
    params = [{"_id": uuid.UUID(hex=rid), "rev": int(rev)} for rid, rev in pairs]
    if not params:
        return 0
    table = records.TABLES["events"]
    result = session.connection().execute(
        update(table).where(table.columns["id"] == bindparam("_id"),
                            table.columns["acked_revision"] < table.columns["revision"],
                            table.columns["revision"] <= bindparam("rev"))
        .values(acked_revision=table.columns["revision"]), params)
    return max(result.rowcount, 0)
