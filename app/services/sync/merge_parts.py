"""How the records of each part meet the office's, one checked chunk at a time (merge.py
hands them over in order, parents before children): new records are inserted, higher
revisions win, identical re-imports change nothing; officers keep what the office gave
them; the same NIK arriving as two different records becomes a conflict for a person to
resolve, and the office's own edits of a member survive a later laptop change; audit
entries are checked link by link. Each records the revision received from its device.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, or_, select, update
from sqlalchemy.orm import Session

from app.db import bulk_insert
from app.domain.messages import t
from app.models import (
    AuditEntry,
    Conflict,
    Held,
    Member,
    MemberChange,
    Officer,
    Slip,
    utcnow,
)
from app.services.audit import Actor, record
from app.services.events import PLANNED_VERSION
from app.services.member_changes import jsonable as _jsonable
from app.services.member_changes import log_change
from app.services.sync import chain, records
from app.services.sync.bulk import among, insert
from app.services.sync.checks import CHUNK
from app.services.sync.format import BatchRefused, OpenedBatch
from app.services.sync.import_report import ImportReport

OFFICE_STATES = frozenset({"conflict", "nik_review"})  # set at the office, kept there


def _held(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The revision of each record last received from its device."""
    have: dict[uuid.UUID, int] = {}
    for start in range(0, len(ids), CHUNK):
        for rid, rev in session.execute(select(Held.record_id, Held.revision)
                                        .where(among(session, Held.record_id,
                                                     ids[start:start + CHUNK]))):
            have[rid] = rev
    return have


def _apply(session: Session, table: Table, new: list[dict[str, Any]],
           changed: list[dict[str, Any]]) -> None:
    if new:
        insert(session, table, [{**r, "sync_batch": None, "sync_revision": 0,
                                 "acked_revision": 0} for r in new])
    if changed:
        keys_ = [k for k in changed[0] if k != "id"]
        stmt = update(table).where(table.columns["id"] == bindparam("_id")).values(
            {k: bindparam(k) for k in keys_})
        session.connection().execute(stmt, [{**{k: r[k] for k in keys_}, "_id": r["id"]}
                                            for r in changed])


def _hold(session: Session, entity: str, device_id: uuid.UUID,
          rows: list[dict[str, Any]], have: dict[uuid.UUID, int] | None = None) -> None:
    """Remember the revision received from this device (what its ack will list);
    `have`: what is held for these rows already, when the caller has read it."""
    table: Table = Held.__table__  # type: ignore[assignment]
    if have is None:
        have = _held(session, [r["id"] for r in rows])
    fresh = [{"record_id": r["id"], "entity": entity, "device_id": device_id,
              "revision": r["revision"]} for r in rows if r["id"] not in have]
    raised = [{"_id": r["id"], "revision": r["revision"], "holder": device_id}
              for r in rows if r["id"] in have and have[r["id"]] < r["revision"]]
    if fresh:
        insert(session, table, fresh)
    if raised:  # only the holder's own: a record never passes to another device here
        session.connection().execute(
            update(table).where(table.columns["record_id"] == bindparam("_id"),
                                table.columns["device_id"] == bindparam("holder"))
            .values(revision=bindparam("revision")), raised)


def merge_plain(session: Session, name: str, rows: list[dict[str, Any]], batch: OpenedBatch,
                report: ImportReport, existing: dict[uuid.UUID, Any]) -> None:
    """`existing`: these rows' records already here, locked (`checks.checked_chunks`)."""
    table = records.TABLES[name]
    new, changed = [], []
    for r in rows:
        old = existing.get(r["id"])
        if old is None:
            new.append(r)
        elif r["revision"] > old.revision:
            changed.append(r)
        else:
            report.unchanged += 1
    _apply(session, table, new, changed)
    if name == "slips":
        _erased_stay_erased(session, [r["member_id"] for r in new + changed])
    report.new += len(new)
    report.updated += len(changed)
    have = _held(session, [r["id"] for r in rows])
    # what this laptop made, or holds already; not what the office made (the events it
    # planned, which every laptop registering into them sends): no laptop comes to own it,
    # even where the office's package did not keep it here (an older program's) and the
    # first laptop to bring it had closed it
    office_planned = _planned_here(rows) if name == "events" else set()
    _hold(session, name, batch.device_id,
          [r for r in rows if r["id"] in have or (
              r["id"] not in existing and r["changed_by_device"] == batch.device_id
              and r["id"] not in office_planned)], have)


def _erased_stay_erased(session: Session, member_ids: list[uuid.UUID]) -> None:
    """A slip a laptop printed of a member the office has erased (the laptop did not know
    yet) keeps its number, not its code: the signed code names the person."""
    if not member_ids:
        return
    erased = select(Member.id).where(Member.status == "erased",
                                     among(session, Member.id, sorted(set(member_ids))))
    session.execute(update(Slip).where(Slip.member_id.in_(erased), Slip.payload != "")
                    .values(payload=""))


def _planned_here(rows: list[dict[str, Any]]) -> set[uuid.UUID]:
    """The events among `rows` that an office planned in a configuration package: their
    ids are name-based (version 5, events.planned_id), a laptop's own are random (4)."""
    return {r["id"] for r in rows if r["id"].version == PLANNED_VERSION}


def merge_officers(session: Session, rows: list[dict[str, Any]], batch: OpenedBatch,
                   report: ImportReport) -> None:
    """Officers named by the batch's records. One the office does not know is kept as a
    field officer: no password hash, so no sign-in here until the office gives one. A
    later batch of the laptop the officer belongs to updates the name (and, while the
    office has given no password, the role); an officer of the office or of another
    laptop is never changed by this laptop's batch, and an officer new to the office is
    kept as the sending laptop's. Password hashes never travel. (The values were
    checked with the part: checks._VALUE_RULES.)"""
    table: Table = Officer.__table__  # type: ignore[assignment]
    existing = {o.id: o for o in session.scalars(
        select(Officer).where(Officer.id.in_([r["id"] for r in rows])))}
    new, own = [], []
    for r in rows:
        old = existing.get(r["id"])
        if old is None:
            # An account the office does not know is kept as this laptop's field officer,
            # whatever home it claims: the office's own accounts are the ones it made (a
            # laptop's claim would list an "administrator" among them), and one the office
            # lost (a new office, an older backup) still names its registrations.
            new.append({**r, "home_device_id": batch.device_id, "password_hash": "",
                        "failed_attempts": 0, "locked_until": None, "sync_batch": None,
                        "sync_revision": 0, "acked_revision": 0})
            continue
        if r["home_device_id"] == batch.device_id == old.home_device_id:
            own.append(r)
        if (old.home_device_id != batch.device_id or r["home_device_id"] != batch.device_id
                or r["revision"] <= old.revision):
            report.unchanged += 1
            continue
        if old.password_hash and old.username != r["username"] and session.scalar(
                select(Officer.id).where(Officer.username == r["username"],
                                         Officer.password_hash != "", Officer.id != old.id)):
            raise BatchRefused(t("bagian officers: nama pengguna baru petugas {value} sudah "
                                 "dipakai akun kantor; ganti namanya di laptop, lalu ekspor "
                                 "lagi",
                                 value=r['id']))
        old.username, old.full_name = r["username"], r["full_name"]
        if not old.password_hash:  # once the office gave a password, the office decides
            old.role, old.active = r["role"], r["active"]
        old.revision, old.updated_at = r["revision"], r["updated_at"]
        old.changed_by_device = r["changed_by_device"]
        report.updated += 1
    if new:
        bulk_insert(session.connection(), table, new)
        report.new += len(new)
    session.flush()
    _hold(session, "officers", batch.device_id,
          new + own)


def merge_members(session: Session, actor: Actor, rows: list[dict[str, Any]],
                  batch: OpenedBatch, report: ImportReport,
                  existing: dict[uuid.UUID, Any]) -> None:
    """`existing`: these rows' members already here, locked (`checks.checked_chunks`)."""
    table: Table = Member.__table__  # type: ignore[assignment]
    incoming_active = [r["nik"] for r in rows if r["status"] == "active"]
    holders: dict[str, uuid.UUID] = {}
    for start in range(0, len(incoming_active), CHUNK):
        chunk = incoming_active[start:start + CHUNK]
        for nik_value, mid in session.execute(
            select(Member.nik, Member.id).where(Member.status == "active",
                                                among(session, Member.nik, chunk))):
            holders[nik_value] = mid
    held = _held(session, list(existing))
    office_edits = _office_edits(session, batch.device_id, [
        r for r in rows if (old := existing.get(r["id"])) is not None
        and old.revision > held.get(r["id"], old.revision)])
    new, changed, conflicts = [], [], []
    for r in rows:
        old = existing.get(r["id"])
        holder = holders.get(r["nik"])
        clash = r["status"] == "active" and holder is not None and holder != r["id"]
        if old is None:
            if clash:
                conflicts.append((r["nik"], holder, r["id"]))
                r = {**r, "status": "conflict"}
            new.append(r)
        elif old.status == "erased" and r["status"] != "erased":
            report.unchanged += 1  # erased at the person's request: nothing brings it back
            continue
        elif r["revision"] > held.get(r["id"], old.revision):  # news from the laptop
            if r["id"] in office_edits and r["status"] != "erased":  # erasure wins whole
                r = _keep_office_edits(r, office_edits[r["id"]], old.revision)
            if old.status in OFFICE_STATES and r["status"] != "erased":
                r = {**r, "status": old.status}  # the office's review decides, not the laptop
            elif clash and r["status"] == "active":
                conflicts.append((r["nik"], holder, r["id"]))
                r = {**r, "status": "conflict"}
            changed.append(r)
        else:
            report.unchanged += 1
            continue
        if r["status"] == "active":  # a later row of this chunk with its NIK conflicts
            holders[r["nik"]] = r["id"]
    _apply(session, table, new, changed)
    erased = [r["id"] for r in changed if r["status"] == "erased"]
    if erased:  # a tombstone: the office's own history of that person goes too
        session.execute(update(MemberChange).where(MemberChange.member_id.in_(erased))
                        .values(changes='{"dihapus": true}', reason="(dihapus)"))
    _close_conflicts_of_erased(session, actor, erased)
    for nik_value, holder, incoming in conflicts:
        session.add(Conflict(nik=nik_value, existing_id=holder, incoming_id=incoming,
                             batch_id=batch.batch_id))
    report.new += len(new)
    report.updated += len(changed)
    report.conflicts += len(conflicts)
    # held revisions exist only for records already here, and those were read above; a
    # member the office made (held by none) is not the sender's for carrying a copy
    _hold(session, "members", batch.device_id,
          [r for r in rows if r["id"] in held or r["id"] not in existing], held)


def _close_conflicts_of_erased(session: Session, actor: Actor, erased: list[uuid.UUID]) -> None:
    """Erasure wins: an open conflict one of whose records the person had erased is
    closed as erased, and the other record, no longer in anybody's way, is active again
    (unless another active record holds its NIK: then it stays for a person to decide)."""
    if not erased:
        return
    gone = set(erased)
    for c in list(session.scalars(select(Conflict).where(
            Conflict.status == "open",
            or_(Conflict.existing_id.in_(erased), Conflict.incoming_id.in_(erased)))
            .order_by(Conflict.id).with_for_update())):
        other_id = c.incoming_id if c.existing_id in gone else c.existing_id
        other = session.get(Member, other_id)
        if other is not None and other_id not in gone and other.status == "conflict" and \
                session.scalar(select(Member.id).where(
                    Member.status == "active", Member.nik == other.nik,
                    Member.id != other.id)) is None:
            log_change(session, actor, other, "edit", {"status": [other.status, "active"]},
                       "konflik selesai: data pasangannya dihapus atas permintaan peserta")
            other.status = "active"
        c.status, c.resolution, c.resolved_at = "resolved", "erased", utcnow()
        c.resolved_by = actor.officer_id
        c.note = "salah satu data dihapus atas permintaan peserta"
        record(session, actor, "conflict_resolve", "conflict", c.id, resolution="erased")
    session.flush()


#: Columns the office sets together with the one its change history names.
_COMPANIONS = {"status": ("void_reason", "voided_at")}


@dataclass
class _OfficeEdit:
    """What the office changed in one member since its laptop last sent it: per column,
    the value before the office's first change (what the laptop had), the office's value
    now, and when the office last changed it."""

    base: dict[str, Any] = field(default_factory=dict)
    now: dict[str, Any] = field(default_factory=dict)
    at: dict[str, Any] = field(default_factory=dict)


def _office_edits(session: Session, device_id: uuid.UUID,
                  rows: list[dict[str, Any]]) -> dict[uuid.UUID, _OfficeEdit]:
    """For members the office changed (a resolved conflict, a merge, KPJ numbers) that
    now arrive changed on their laptop too: the office's changes, from its history."""
    ids = [r["id"] for r in rows]
    if not ids:
        return {}
    edits: dict[uuid.UUID, _OfficeEdit] = {}
    changes = session.execute(
        select(MemberChange.member_id, MemberChange.changes, MemberChange.changed_at)
        .where(among(session, MemberChange.member_id, ids),
               MemberChange.device_id != device_id)
        .order_by(MemberChange.member_id, MemberChange.revision))
    for member_id, body, at in changes:
        edit = edits.setdefault(member_id, _OfficeEdit())
        for column, pair in json.loads(body).items():
            if isinstance(pair, list) and len(pair) == 2:  # not an erased entry's marker
                edit.base.setdefault(column, pair[0])
                edit.at[column] = at
    if edits:
        table: Table = Member.__table__  # type: ignore[assignment]
        wanted = {c for e in edits.values() for c in e.base}
        wanted |= {k for c in wanted for k in _COMPANIONS.get(c, ())}
        cols = [table.columns["id"], *(table.columns[c] for c in sorted(wanted)
                                        if c in table.columns)]
        for row in session.execute(select(*cols).where(among(session, table.columns["id"],
                                                                 list(edits)))):
            edits[row[0]].now = dict(row._mapping)
    return edits


def _keep_office_edits(r: dict[str, Any], edit: _OfficeEdit, office_revision: int
                       ) -> dict[str, Any]:
    """The laptop's newer record with the office's changes kept: a column the laptop left
    as it was keeps the office's value; one both changed keeps the later change. The
    revision goes past both, so a later batch is compared with this merged record."""
    merged = dict(r)
    for column, base in edit.base.items():
        if column not in edit.now or column not in r:
            continue
        laptop_changed = _jsonable(r[column]) != base
        if laptop_changed and r["updated_at"] > edit.at[column]:
            continue  # the laptop's change is the later one
        for key in (column, *_COMPANIONS.get(column, ())):
            if key in edit.now:
                merged[key] = edit.now[key]
    merged["revision"] = max(r["revision"], office_revision) + 1
    return merged


def merge_audit(session: Session, rows: list[dict[str, Any]], report: ImportReport) -> None:
    """Entries checked link by link (chain.check_entries), then the ones the office
    lacks inserted; an entry it holds with another hash refuses the batch. Called once
    per chunk of the part, in file order."""
    table: Table = AuditEntry.__table__  # type: ignore[assignment]
    report.restarts += chain.check_entries(session, rows)
    have: dict[tuple[uuid.UUID, int, int], str] = {}
    segments = {(r["device_id"], r["segment"]) for r in rows}
    for device_id, segment in segments:
        seqs = sorted(r["seq"] for r in rows
                      if r["device_id"] == device_id and r["segment"] == segment)
        for seq, digest in session.execute(select(AuditEntry.seq, AuditEntry.hash).where(
                AuditEntry.device_id == device_id, AuditEntry.segment == segment,
                AuditEntry.seq.between(seqs[0], seqs[-1]))):
            have[(device_id, segment, seq)] = digest
    new: list[dict[str, Any]] = []
    for r in rows:
        known = have.get((r["device_id"], r["segment"], r["seq"]))
        if known is None:
            new.append({**r, "sync_batch": None, "acked": False})
        elif known != r["hash"]:
            raise BatchRefused(t("entri audit {value} berbeda dengan yang sudah diterima: "
                                 "jejak audit perangkat itu diubah; batch ditolak",
                                 value=r['seq']))
        else:
            report.unchanged += 1
    if new:
        insert(session, table, new)
    report.new += len(new)

