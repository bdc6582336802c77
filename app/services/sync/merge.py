"""Import at the office: check first, then merge in one transaction.

A batch is refused whole (nothing written) when its archive, signature, hashes or any
record is wrong, or when a known device arrives with a different key. Otherwise: new
records are inserted, higher revisions win, identical re-imports change nothing, the same
NIK arriving as two different records becomes a conflict for a person to resolve, and
the sequence numbers a device has not sent yet are reported as ranges (`Gap`), every
number listed too while there are at most LISTED_MISSING.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import logs
from app.db import bulk_insert, lock_for_writing
from app.domain import codes
from app.domain.messages import t
from app.models import (
    AuditEntry,
    Batch,
    Conflict,
    Device,
    Held,
    Member,
    MemberChange,
    Officer,
    utcnow,
)
from app.services import keys, roles
from app.services.accounts import ROLES
from app.services.audit import Actor, record
from app.services.member_changes import jsonable as _jsonable
from app.services.member_changes import log_change
from app.services.sync import chain, records
from app.services.sync.bulk import among, insert
from app.services.sync.format import BatchRefused, OpenedBatch, open_batch
from app.services.workspace import Workspace

CHUNK = 5000
#: UUIDs in their own order (as `<` compares them), without a Python call per comparison
_BY_VALUE = attrgetter("int")
_log = logs.get("sync")
OFFICE_STATES = frozenset({"conflict", "nik_review"})  # set at the office, kept there


LISTED_MISSING = 1000


@dataclass
class Gap:
    """A device's batches not received, as ranges of sequence numbers (first, last)."""

    device_id: uuid.UUID
    device_name: str
    ranges: list[tuple[int, int]]

    @property
    def missing(self) -> list[int]:
        """Every missing number (sequence numbers are bounded: format.MAX_SEQUENCE)."""
        return [n for first, last in self.ranges for n in range(first, last + 1)]

    @property
    def label(self) -> str:
        """`2, 5–9` as a person reads it."""
        return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in self.ranges)

    def as_dict(self) -> dict[str, Any]:
        """`ranges` always; `missing`, every number, while there are at most
        LISTED_MISSING of them (a report stays small whatever numbers a batch claims)."""
        data: dict[str, Any] = {"device_id": str(self.device_id),
                                "device_name": self.device_name,
                                "ranges": [list(r) for r in self.ranges]}
        if sum(last - first + 1 for first, last in self.ranges) <= LISTED_MISSING:
            data["missing"] = self.missing
        return data


@dataclass
class ImportReport:
    batch_id: uuid.UUID
    device_id: uuid.UUID
    sequence: int
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    already_imported: bool = False
    gaps: list[Gap] = field(default_factory=list)
    #: laptops that began a new audit chain segment with this batch, and what they lost
    restarts: list[chain.Restart] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"batch_id": str(self.batch_id), "device_id": str(self.device_id),
                "sequence": self.sequence, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "conflicts": self.conflicts,
                "already_imported": self.already_imported,
                "gaps": [g.as_dict() for g in self.gaps],
                "restarts": [r.as_dict() for r in self.restarts]}


@dataclass
class VerifyReport:
    valid: bool
    reason: str
    records: int
    batch: OpenedBatch | None = None

    def as_dict(self) -> dict[str, Any]:
        m = self.batch.manifest if self.batch else {}
        return {"valid": self.valid, "reason": self.reason, "records": self.records,
                "batch_id": m.get("batch_id"), "sequence": m.get("sequence"),
                "device_id": m.get("device", {}).get("id"),
                "device_name": m.get("device", {}).get("name"),
                "encrypted": bool(m.get("encryption"))}


class NewDevice(BatchRefused):
    """A device seen for the first time: a person must confirm its key fingerprint."""

    def __init__(self, name: str, device_id: uuid.UUID, fp: str) -> None:
        super().__init__(
            t("perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: cocokkan dengan "
              "petugas laptop, lalu impor lagi dengan --trust-new-device",
              name=name,
              device_id=device_id,
              fp=fp))
        self.device_id = device_id
        self.fingerprint = fp


def _check_device(session: Session, batch: OpenedBatch, trust_new_device: bool) -> None:
    known = session.get(Device, batch.device_id)
    if known is not None:
        if known.is_local:
            raise BatchRefused(t("batch ini dibuat oleh perangkat ini sendiri"))
        if known.public_key != batch.device_key:
            raise BatchRefused(t("perangkat ini sudah dikenal dengan kunci lain; batch ditolak "
                                 "(mungkin palsu, atau laptop dipasang ulang: hubungi petugasnya)"))
        return
    device = batch.manifest["device"]
    if not trust_new_device:
        raise NewDevice(str(device.get("name", "")), batch.device_id,
                        keys.fingerprint(batch.device_key))


#: Parts other records name (records.REFERENCES): their ids are kept while a batch
#: is read, so that a record naming one earlier in the same batch finds it.
_NAMED = frozenset(target for _part, _column, target in records.REFERENCES)


#: Parts a laptop may change only where it sent the record (ownership), and the columns
#: the merge reads of their records already at the office.
_OWNED: dict[str, tuple[str, ...]] = {"events": (), "groups": (), "members": ("status", "nik"),
                                      "slips": ()}


def _checked_chunks(session: Session, batch: OpenedBatch, lock: bool = False
                    ) -> Iterator[tuple[str, list[dict[str, Any]] | None, dict[uuid.UUID, Any]]]:
    """The batch's records, part by part in the order they are applied (parents before
    children), in chunks of CHUNK records read from the file as they are needed: each
    chunk type-checked and checked (values, references, ownership) before it is given
    out with the records of the chunk the office already holds (`_existing`, read once
    for the ownership check and the merge; locked with `lock`), then `(part, None, {})`
    once the part's count matched the manifest. What is held meanwhile: one chunk, and
    the ids of the parts other records name.

    A refusal can come with any chunk: an import merges chunk by chunk in one
    transaction, so the refusal rolls back what the chunks before it wrote."""
    box = keys.box_key(session) if batch.encrypted else None
    counts = batch.manifest.get("counts", {})
    known: dict[str, set[uuid.UUID]] = {}
    for name in records.parts_of(batch.version):
        lines = records.split_lines(name, batch.blocks(name, box))
        rows = records.read_lines(name, lines, batch.version)
        seen = 0
        while chunk := list(islice(rows, CHUNK)):
            _check_values(name, chunk, seen)
            _check_references(session, name, chunk, seen, known)
            existing = {} if name not in _OWNED else _existing(
                session, records.TABLES[name], [r["id"] for r in chunk], _OWNED[name],
                lock)
            _check_ownership(session, batch.device_id, name, chunk, seen, existing)
            if name in _NAMED:
                known.setdefault(name, set()).update(r["id"] for r in chunk)
            seen += len(chunk)
            yield name, chunk, existing
        if not isinstance(counts, dict) or counts.get(name) != seen:
            raise BatchRefused(t("jumlah catatan {name} tidak sama dengan manifest", name=name))
        yield name, None, {}


def _nik_shape(value: str) -> bool:
    return len(value) == 16 and value.isdigit() and value[-4:] != "0000"


#: What a laptop may send, column by column, beyond the types records.py checks: the
#: codes of the domain, the shape of a NIK, sane amounts. A signed batch is a trusted
#: laptop's word, not proof that its values are right.
_MEMBER_RULES: dict[str, Callable[[Any], bool]] = {
    "status": lambda v: v in ("active", "voided", "erased"),
    "gender": lambda v: v in codes.GENDERS,
    "sector": lambda v: v in codes.SECTORS,
    "payer": lambda v: v in codes.PAYERS,
    "programs": lambda v: set(v.split("+")) >= set(codes.MANDATORY_PROGRAMS)
    and set(v.split("+")) <= set(codes.PROGRAMS),
    "pay_period": lambda v: v in (1, 3, 6, 12),
    "declared_income": lambda v: 0 < v <= 10**12,
    "revision": lambda v: 0 < v < 2**31,
}
_VALUE_RULES: dict[str, dict[str, Callable[[Any], bool]]] = {
    "members": _MEMBER_RULES,
    "groups": {"kind": lambda v: v in codes.GROUP_KINDS,
               "status": lambda v: v in ("active", "inactive"),
               "revision": lambda v: 0 < v < 2**31},
    "events": {"status": lambda v: v in ("open", "closed"),
               "revision": lambda v: 0 < v < 2**31},
    "slips": {"copy_no": lambda v: 0 <= v < 10_000, "revision": lambda v: 0 < v < 2**31},
    "audit": {"segment": lambda v: 0 <= v < chain.MAX_SEGMENT,
              "seq": lambda v: 0 < v < 2**31},
}


#: Columns an erasure blanks (privacy.ERASED_FIELDS), so not checked on a tombstone.
_ERASED_BLANK = frozenset({"gender"})


def _check_values(part: str, rows: list[dict[str, Any]], first: int) -> None:
    """Every record passes the domain's checks on its codes and amounts, and a member's
    NIK has the shape of a NIK (blank only when erased); the reason names the part, the
    row and the column, never the value. `rows` follow `first` rows of the part."""
    rules = _VALUE_RULES.get(part)
    if rules is None:
        return
    for number, r in enumerate(rows, start=first + 1):
        tombstone = part == "members" and r["status"] == "erased"
        bad = [column for column, ok in rules.items()
               if not (tombstone and column in _ERASED_BLANK) and not ok(r[column])]
        if part == "members" and not (tombstone or _nik_shape(r["nik"])):
            bad.append("nik")
        if bad:
            raise BatchRefused(t("bagian {part} baris {number}: nilai kolom {value} tidak sah; "
                                 "batch ditolak utuh, tidak ada yang diubah",
                                 part=part,
                                 number=number,
                                 value=', '.join(bad)))


def _check_ownership(session: Session, device_id: uuid.UUID, part: str,
                     rows: list[dict[str, Any]], first: int,
                     existing: dict[uuid.UUID, Any]) -> None:
    """Each laptop owns what it created: a batch may bring audit entries of its own device
    only, and may change a record only if that record came to the office from the same
    device (or was made here, at the office). An unchanged copy of another device's record
    (an event the office planned, sent by every laptop that used it) is no change. Refused
    before the rows are written, naming the part and the row. `rows`: at most CHUNK,
    following `first` rows of the part; `existing`, the ones the office holds."""
    if part == "audit":
        for number, r in enumerate(rows, start=first + 1):
            if r["device_id"] != device_id:
                raise BatchRefused(t("bagian audit baris {number}: entri jejak audit milik "
                                     "perangkat lain; sebuah laptop hanya mengirim jejak "
                                     "auditnya sendiri. Batch ditolak utuh, tidak ada yang "
                                     "diubah",
                                     number=number))
        return
    if part not in ("events", "groups", "members", "slips") or not rows:
        return
    stored: dict[uuid.UUID, int] = {k: row.revision for k, row in existing.items()}
    # a record not at the office changes nothing that anybody holds
    ids = sorted(stored, key=_BY_VALUE)
    owner: dict[uuid.UUID, uuid.UUID] = dict(
        session.execute(select(Held.record_id, Held.device_id)
                        .where(among(session, Held.record_id, ids))).all()) if ids else {}
    for number, r in enumerate(rows, start=first + 1):
        holder = owner.get(r["id"])
        if holder is not None and holder != device_id and \
                r["revision"] > stored.get(r["id"], r["revision"]):
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} ini dibuat dan dikirim oleh perangkat "
                  "lain; sebuah laptop hanya boleh mengubah catatan miliknya sendiri. Batch "
                  "ditolak utuh, tidak ada yang diubah",
                  part=part,
                  number=number,
                  value=PART_LABELS[part]))


PART_LABELS = {"officers": "petugas", "events": "acara", "groups": "kelompok",
               "members": "peserta", "slips": "slip", "audit": "jejak audit"}


def _check_references(session: Session, part: str, rows: list[dict[str, Any]], first: int,
                      known: dict[str, set[uuid.UUID]]) -> None:
    """Every record a batch names is in the batch (`known`: the ids of the parts read
    before this one) or already at the office; otherwise the batch is refused before the
    rows are written, naming the part and the row. `rows`: at most CHUNK, following
    `first` rows of the part."""
    for referring, column, target in records.REFERENCES:
        if referring != part:
            continue
        wanted = {r[column] for r in rows if r[column] is not None} - known.get(target, set())
        if not wanted:
            continue
        table = records.TABLES[target]
        wanted -= set(session.scalars(select(table.columns["id"])
                                      .where(among(session, table.columns["id"],
                                                   sorted(wanted, key=_BY_VALUE)))))
        if wanted:
            number = next(i for i, r in enumerate(rows, start=first + 1)
                          if r[column] in wanted)
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} yang dirujuk ({column}) tidak ada di "
                  "batch ini maupun di kantor; batch ditolak utuh, tidak ada yang diubah. "
                  "Impor dulu batch laptop yang membuatnya, atau ekspor ulang dari laptop ini",
                  part=part,
                  number=number,
                  value=PART_LABELS[target],
                  column=column))


def verify_file(session: Session, actor: Actor, path: Path) -> VerifyReport:
    """Every check `import_file` makes, with no change to the database. Any signed-in
    account (roles: batch.verify): it decrypts and reads every record, though it reports
    only soundness and counts."""
    roles.require(session, actor, "batch.verify")
    links = chain.Links()
    try:
        batch = open_batch(path)
        known = session.get(Device, batch.device_id)
        if known is not None and known.public_key != batch.device_key:
            raise BatchRefused(t("perangkat ini sudah dikenal dengan kunci lain"))
        if batch.encrypted and _recipient(batch) != _local_id(session):
            raise BatchRefused(t("batch ini dienkripsi untuk kantor lain"))
        chain.check_head(session, batch.device_id, int(batch.manifest["sequence"]),
                         chain.manifest_head(batch.manifest))
        total = 0
        for name, rows, _found in _checked_chunks(session, batch):  # read, checked, let go
            if name == "audit" and rows:
                chain.check_entries(session, rows, links)
            total += len(rows or ())
    except BatchRefused as exc:
        return VerifyReport(False, str(exc), 0)
    return VerifyReport(True, "sah", total, batch)


def _recipient(batch: OpenedBatch) -> str:
    return str(batch.manifest["encryption"].get("recipient"))


def _local_id(session: Session) -> str:
    from app.services.device import local_device

    return str(local_device(session).id)


def import_file(ws: Workspace, actor: Actor, path: Path, trust_new_device: bool = False,
                progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Check, then merge in one transaction. A refused batch changes nothing, and the
    attempt is recorded in the office's audit trail with its reason (no personal data:
    reasons name parts, rows and columns, never values)."""
    try:
        return _import_file(ws, actor, path, trust_new_device, progress)
    except BatchRefused as exc:
        _record_attempt(ws, actor, path, exc)
        raise


def _record_attempt(ws: Workspace, actor: Actor, path: Path, exc: BatchRefused) -> None:
    details: dict[str, Any] = {"reason": str(exc)[:500], "file": Path(path).name[:200]}
    try:  # what the manifest says, when it could be read at all
        batch = open_batch(path)
        details.update(device_id=str(batch.device_id), sequence=batch.manifest["sequence"])
        entity_id = str(batch.batch_id)
    except BatchRefused:
        entity_id = ""
    try:
        with ws.db.session() as s:
            record(s, actor, "batch_refused", "batch", entity_id, **details)
    except SQLAlchemyError as exc:  # busy or full: the refusal's own reason matters more
        _log.warning("percobaan impor yang ditolak tidak tercatat: %s", type(exc).__name__)


def _import_file(ws: Workspace, actor: Actor, path: Path, trust_new_device: bool,
                 progress: Callable[[int, int], None] | None) -> ImportReport:
    batch = open_batch(path)  # archive, signature, hashes: before the database
    head = chain.manifest_head(batch.manifest)
    segment = head.segment if head else 0
    with ws.db.session() as s:
        # Imports run one at a time, whoever starts them: two at once give what one after
        # the other gives (docs/office-database.md).
        lock_for_writing(s, "batch-import")
        already = s.get(Batch, batch.batch_id)
        report = ImportReport(batch.batch_id, batch.device_id, int(batch.manifest["sequence"]))
        if already is not None and already.direction == "in":
            report.already_imported = True
            report.gaps = gaps(s)
            return report
        _check_device(s, batch, trust_new_device)
        if batch.encrypted and _recipient(batch) != _local_id(s):
            raise BatchRefused(t("batch ini dienkripsi untuk kantor lain"))
        same_seq = s.scalar(select(Batch.id).where(
            Batch.direction == "in", Batch.device_id == batch.device_id,
            Batch.segment == segment, Batch.sequence == report.sequence))
        if same_seq is not None:
            raise BatchRefused(t("perangkat ini sudah mengirim batch lain bernomor {sequence}; "
                                 "batch ditolak",
                                 sequence=report.sequence))
        chain.check_head(s, batch.device_id, report.sequence, head)
        _pin_device(s, actor, batch)
        steps = len(records.parts_of(batch.version))
        done = total = 0
        # Checked and merged a chunk at a time, parents before children: a chunk finds
        # the records of earlier chunks already written in this transaction (the NIK
        # holders of a later chunk of members include the earlier chunks' members).
        for name, rows, existing in _checked_chunks(s, batch, lock=True):
            if rows is None:  # the part is complete
                done += 1
                if progress:
                    progress(done, steps)
                continue
            total += len(rows)
            if name == "audit":
                _merge_audit(s, rows, report)
            elif name == "officers":
                _merge_officers(s, rows, batch, report)
            elif name == "members":
                _merge_members(s, actor, rows, batch, report, existing)
            else:
                _merge_plain(s, name, rows, batch, report, existing)
        chain.record_restarts(s, actor, report.restarts)
        s.add(Batch(id=batch.batch_id, direction="in", device_id=batch.device_id,
                    segment=segment, sequence=report.sequence,
                    chain_seq=head.seq if head else None, manifest_hash=batch.manifest_hash,
                    previous_hash=str(batch.manifest.get("previous_hash", "")),
                    created_at=_stamp(batch.manifest["created_at"]),
                    records=total,
                    encrypted=batch.encrypted, file_name=Path(path).name[:200]))
        s.flush()
        record(s, actor, "batch_import", "batch", batch.batch_id, new=report.new,
               updated=report.updated, unchanged=report.unchanged,
               conflicts=report.conflicts, sequence=report.sequence)
        report.gaps = gaps(s)
    return report


def _stamp(text: str) -> Any:
    import datetime as dt

    return dt.datetime.fromisoformat(text)


def _pin_device(session: Session, actor: Actor, batch: OpenedBatch) -> None:
    if session.get(Device, batch.device_id) is not None:
        return
    d = batch.manifest["device"]
    session.add(Device(id=batch.device_id, name=str(d.get("name", ""))[:120],
                       region_code=str(d.get("region_code", ""))[:13],
                       public_key=batch.device_key, is_local=False, key_pinned_at=utcnow()))
    session.flush()
    record(session, actor, "device_key_pinned", "device", batch.device_id,
           fingerprint=keys.fingerprint(batch.device_key))


def _existing(session: Session, table: Table, ids: list[uuid.UUID],
              extra: tuple[str, ...] = (), lock: bool = True) -> dict[uuid.UUID, Any]:
    """The rows already here (id, revision, `extra`), with `lock` locked until the import
    commits: a conflict resolution on one of them waits for the import, or the import
    for it (PostgreSQL; on SQLite the import holds the database's write lock)."""
    found: dict[uuid.UUID, Any] = {}
    cols = [table.columns["id"], table.columns["revision"],
            *(table.columns[k] for k in extra)]
    ids = sorted(ids, key=_BY_VALUE)  # one locking order for every transaction
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        stmt = (select(*cols).where(among(session, table.columns["id"], chunk))
                .order_by(table.columns["id"]))
        if lock:
            stmt = stmt.with_for_update()
        for row in session.execute(stmt):
            found[row[0]] = row
    return found


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
    raised = [{"_id": r["id"], "revision": r["revision"], "device_id": device_id}
              for r in rows if r["id"] in have and have[r["id"]] < r["revision"]]
    if fresh:
        insert(session, table, fresh)
    if raised:
        session.connection().execute(
            update(table).where(table.columns["record_id"] == bindparam("_id"))
            .values(revision=bindparam("revision"), device_id=bindparam("device_id")), raised)


def _merge_plain(session: Session, name: str, rows: list[dict[str, Any]], batch: OpenedBatch,
                 report: ImportReport, existing: dict[uuid.UUID, Any]) -> None:
    """`existing`: these rows' records already here, locked (`_checked_chunks`)."""
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
    report.new += len(new)
    report.updated += len(changed)
    _hold(session, name, batch.device_id, rows)


def _merge_officers(session: Session, rows: list[dict[str, Any]], batch: OpenedBatch,
                    report: ImportReport) -> None:
    """Officers named by the batch's records. One the office does not know is kept as a
    field officer: no password hash, so no sign-in here until the office gives one. A
    later batch of the laptop the officer belongs to updates the name (and, while the
    office has given no password, the role); an officer of the office or of another
    laptop is never changed by this laptop's batch. Password hashes never travel."""
    table: Table = Officer.__table__  # type: ignore[assignment]
    for r in rows:
        if r["role"] not in ROLES or not r["username"]:
            raise BatchRefused(t("bagian officers: petugas {value} tidak sah (peran atau nama "
                                 "pengguna)",
                                 value=r['id']))
    existing = {o.id: o for o in session.scalars(
        select(Officer).where(Officer.id.in_([r["id"] for r in rows])))}
    new, own = [], []
    for r in rows:
        old = existing.get(r["id"])
        if old is None:
            new.append({**r, "password_hash": "", "failed_attempts": 0, "locked_until": None,
                        "sync_batch": None, "sync_revision": 0, "acked_revision": 0})
            continue
        if r["home_device_id"] == batch.device_id:
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
          [r for r in new if r["home_device_id"] == batch.device_id] + own)


def _merge_members(session: Session, actor: Actor, rows: list[dict[str, Any]],
                   batch: OpenedBatch, report: ImportReport,
                   existing: dict[uuid.UUID, Any]) -> None:
    """`existing`: these rows' members already here, locked (`_checked_chunks`)."""
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
    # held revisions exist only for records already here, and those were read above
    _hold(session, "members", batch.device_id, rows, held)


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


def _merge_audit(session: Session, rows: list[dict[str, Any]], report: ImportReport) -> None:
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


def gaps(session: Session) -> list[Gap]:
    """Sequence numbers missing before a device's last imported batch, as ranges: the
    work is the batches received, never the size of the numbers. A device counts its
    batches from 1; in a later segment of its chain (restored from a backup), on from the
    last batch its backup knew."""
    found: dict[tuple[uuid.UUID, int], list[int]] = {}
    for device_id, segment, seq in session.execute(
        select(Batch.device_id, Batch.segment, Batch.sequence).where(Batch.direction == "in")
        .order_by(Batch.device_id, Batch.segment, Batch.sequence)
    ):
        found.setdefault((device_id, segment), []).append(seq)
    starts = chain.segment_starts(session) if any(seg for _d, seg in found) else {}
    out = []
    for (device_id, segment), seqs in sorted(found.items(), key=lambda kv: (str(kv[0][0]),
                                                                            kv[0][1])):
        ranges, previous = [], starts.get((device_id, segment), 0)
        for seq in seqs:
            if seq > previous + 1:
                ranges.append((previous + 1, seq - 1))
            previous = seq
        if ranges:
            device = session.get(Device, device_id)
            out.append(Gap(device_id, device.name if device else "", ranges))
    return out


