"""Export: one batch file of everything the office has not acknowledged yet, so the
next export heals a lost stick. Written to a temporary name, fsynced, then renamed."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app import __version__
from app.db import lock_for_writing
from app.domain.errors import DomainError, UserError
from app.domain.messages import t
from app.models import Batch, Officer, utcnow
from app.services import audit, keys
from app.services.audit import Actor, record
from app.services.device import local_device, signing_key
from app.services.files import atomic_path, fsync_file
from app.services.slip_codes import device_code
from app.services.sync import records
from app.services.sync.format import write_batch
from app.services.sync.signing import b64
from app.services.workspace import Workspace

EXTENSION = ".ldgb"


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


class ExportRefused(UserError):
    """The export cannot be written now; the message says what to do."""


@dataclass
class ExportReport:
    file: Path
    batch_id: uuid.UUID
    sequence: int
    records: int
    counts: dict[str, int]
    encrypted: bool

    @property
    def people(self) -> int:
        """Members sent: new registrations and changed ones, one each."""
        return self.counts.get("members", 0)

    @property
    def groups(self) -> int:
        return self.counts.get("groups", 0)

    @property
    def other(self) -> int:
        """Other changes sent: events, slips, officers' accounts (the audit trail that
        goes with them is not counted: it is the batch's own record)."""
        return sum(n for name, n in self.counts.items()
                   if name not in ("members", "groups", "audit"))

    def summary(self) -> str:
        """What went, in an officer's words (the command line's line)."""
        return (f"{self.people} peserta, {self.groups} kelompok, {self.other} perubahan lain "
                "(acara, slip, akun), beserta jejak auditnya")

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "batch_id": str(self.batch_id),
                "sequence": self.sequence, "records": self.records, "counts": self.counts,
                "encrypted": self.encrypted}


def _pending(session: Session, name: str) -> list[dict[str, Any]]:
    table = records.TABLES[name]
    cols = [table.columns[k] for k in records.exported_columns(name)]
    stmt = select(*cols)
    if name == "audit":
        stmt = stmt.where(table.columns["acked"].is_(False)).order_by(
            table.columns["device_id"], table.columns["seq"])
    else:
        stmt = stmt.where(table.columns["revision"] > table.columns["acked_revision"])
    return [dict(r._mapping) for r in session.execute(stmt)]


def _officers(session: Session, device_id: uuid.UUID,
              parts: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The officers the records name, and this laptop's own accounts changed since the
    office acknowledged them (a renamed officer reaches the office without new records).
    Never a password hash: records.py leaves secrets out."""
    named = {row[column] for part, column, target in records.REFERENCES
             if target == "officers" for row in parts.get(part, ())
             if row[column] is not None}
    table = Officer.__table__
    cols = [table.columns[k] for k in records.exported_columns("officers")]
    stmt = select(*cols).where(or_(
        Officer.id.in_(sorted(named)),
        (Officer.home_device_id == device_id) & (Officer.revision > Officer.acked_revision)))
    return [dict(r._mapping) for r in session.execute(stmt.order_by(Officer.id))]


def _begin_snapshot(session: Session) -> None:
    """Make every read of this transaction see one moment of the database, whatever
    other processes write meanwhile: SQLite's driver would start a transaction only at
    the first write, so each SELECT would see its own moment; PostgreSQL gives one
    snapshot per statement unless asked for REPEATABLE READ."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


@dataclass
class _Snapshot:
    device_id: uuid.UUID
    device_name: str
    region_code: str
    public_key: bytes
    box_public_key: bytes
    office: tuple[uuid.UUID, bytes] | None
    sequence: int
    previous: str
    officer: str | None
    chain: audit.Head
    rows: dict[str, list[dict[str, Any]]]
    #: SQLite's count of other connections' commits as the snapshot began (None elsewhere)
    data_version: int | None


def _data_version(session: Session) -> int | None:
    """SQLite's PRAGMA data_version: it changes when another connection commits. Read on
    one connection before and after, equal values mean nobody else wrote in between."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return None
    return int(conn.exec_driver_sql("PRAGMA data_version").scalar_one())


def _read(s: Session, actor: Actor, progress: Callable[[int, int], None] | None,
          cancelled: Callable[[], bool] | None, steps: int) -> _Snapshot:
    with s.begin():  # made on first use: before the read-only snapshot
        box_public_key = keys.box_key(s).public_key().public_bytes_raw()
        audit.heal(s, actor)
    with s.begin():
        _begin_snapshot(s)
        version = _data_version(s)
        try:
            device = local_device(s)
            rows: dict[str, list[dict[str, Any]]] = {}
            for i, name in enumerate(n for n in records.TABLES if n != "officers"):
                if cancelled and cancelled():
                    raise ExportCancelled(t("ekspor dibatalkan; tidak ada yang ditulis"))
                rows[name] = _pending(s, name)
                if progress:
                    progress(i + 1, steps)
            rows = {"officers": _officers(s, device.id, rows), **rows}
            officer = s.get(Officer, actor.officer_id) if actor.officer_id else None
            previous = s.scalar(
                select(Batch.manifest_hash).where(Batch.direction == "out")
                .order_by(Batch.sequence.desc()).limit(1)
            ) or ""
            return _Snapshot(device.id, device.name, device.region_code, device.public_key,
                             box_public_key, keys.office(s),
                             device.batch_seq + 1, previous,
                             officer.username if officer else None,
                             audit.head(s, device.id), rows, version)
        finally:
            s.rollback()


def export_batch(
    ws: Workspace,
    actor: Actor,
    out_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    """Everything not yet acknowledged, as it stood at one moment, in one batch file; the
    records marked sent are exactly the ones in the file, at the revision it carries."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():  # a user's slip, not a program error: nothing is marked sent
        raise DomainError(t("Folder tujuan tidak ada ({folder}): periksa flashdisk masih "
                            "terpasang, atau pilih folder lain. Belum ada yang ditandai "
                            "terkirim.", folder=out_dir))
    steps = len(records.TABLES) + 1
    # One connection from the snapshot to the marking, so that SQLite's data_version
    # tells whether anybody wrote in between.
    with ws.db.engine.connect() as conn, Session(bind=conn, expire_on_commit=False) as s:
        return _export(s, actor, out_dir, progress, cancelled, steps)


def _export(s: Session, actor: Actor, out_dir: Path,
            progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
            steps: int) -> ExportReport:
    snap = _read(s, actor, progress, cancelled, steps)
    counts = {name: len(rows) for name, rows in snap.rows.items()}
    parts = {name: records.dump_lines(rows) for name, rows in snap.rows.items()}
    batch_id = uuid.uuid4()
    created = utcnow()
    manifest = {
        "batch_id": str(batch_id),
        "device": {"id": str(snap.device_id), "name": snap.device_name,
                   "region_code": snap.region_code, "public_key": b64(snap.public_key),
                   "box_public_key": b64(snap.box_public_key)},
        "officer": snap.officer,
        "program": __version__,
        "sequence": snap.sequence,
        "previous_hash": snap.previous,
        "created_at": created.isoformat(),
        "counts": counts,
        # the head of the laptop's audit chain, signed with the manifest: the office
        # finds a tail cut or rewritten since the last batch
        "chain": snap.chain.as_dict(),
    }
    with s.begin():
        key = signing_key(s)
    office = snap.office
    blob, manifest_bytes = write_batch(
        manifest, parts, key,
        recipient_box_key=office[1] if office else None,
        recipient_id=str(office[0]) if office else None,
    )
    manifest_hash = hashlib.sha256(manifest_bytes).hexdigest()
    name = batch_name(snap.device_id, snap.chain.segment, snap.sequence)
    target = out_dir / name
    total = sum(counts.values())
    # The file is complete and fsynced under a temporary name; the database records
    # the export; only then does the file take its final name. A crash in between
    # leaves a .part file and a used number, never a half file under a batch's name.
    with atomic_path(target) as tmp:
        tmp.write_bytes(blob)
        fsync_file(tmp)  # a full stick fails here, before the database says "sent"
        if cancelled and cancelled():
            raise ExportCancelled(t("ekspor dibatalkan; tidak ada yang ditulis"))
        with s.begin():
            lock_for_writing(s)
            unchanged = snap.data_version is not None and _data_version(s) == snap.data_version
            device = local_device(s)
            if device.batch_seq != snap.sequence - 1:
                raise ExportRefused(t("ekspor lain dari laptop ini selesai lebih dulu; "
                                      "ulangi ekspor"))
            device.batch_seq = snap.sequence
            s.add(Batch(id=batch_id, direction="out", device_id=device.id,
                        segment=snap.chain.segment, sequence=snap.sequence,
                        manifest_hash=manifest_hash, previous_hash=snap.previous,
                        created_at=created, records=total, encrypted=office is not None,
                        file_name=name))
            _mark_sent(s, snap.sequence, snap.rows, unchanged)
            audit.sent(s, snap.chain)
            record(s, actor, "batch_export", "batch", batch_id, sequence=snap.sequence,
                   records=total, encrypted=office is not None)
    if progress:
        progress(steps, steps)
    return ExportReport(target, batch_id, snap.sequence, total, counts, office is not None)


def batch_name(device_id: uuid.UUID, segment: int, sequence: int) -> str:
    """`lindungi-<device>-<number>.ldgb`; after a restore the numbers start again from the
    backup's, so a later segment's files carry its number too (base 36) and never take
    the name of a file of the old segment still on a stick."""
    tail = f"-{_base36(segment)}" if segment else ""
    return f"lindungi-{device_code(device_id)}-{sequence:05d}{tail}{EXTENSION}"


def _base36(n: int) -> str:
    digits = ""
    while n:
        n, d = divmod(n, 36)
        digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[d] + digits
    return digits or "0"


def _mark_sent(session: Session, sequence: int, rows: dict[str, list[dict[str, Any]]],
               unchanged: bool) -> None:
    """Mark exactly the records the file holds, at the revision it holds: a record changed
    after the snapshot stays "not sent" in its newer revision. When nobody wrote since the
    snapshot (`unchanged`, the usual case) the pending records are the file's, and one
    statement per table marks them; otherwise each record of the file is marked by id."""
    conn = session.connection()
    for name, part_rows in rows.items():
        if not part_rows:
            continue
        table = records.TABLES[name]
        pending: ColumnElement[bool]
        if name == "audit":
            pending = table.columns["acked"].is_(False)
            held = {r["id"]: 0 for r in part_rows}
            values: dict[str, Any] = {"sync_batch": sequence}
        else:
            pending = table.columns["revision"] > table.columns["acked_revision"]
            held = {r["id"]: r["revision"] for r in part_rows}
            values = {"sync_batch": sequence, "sync_revision": table.columns["revision"]}
        if unchanged and name != "officers":  # officers: those named, not all pending
            conn.execute(update(table).where(pending).values(values))
            continue
        by_id = table.columns["id"] == bindparam("_id")
        if name == "audit":
            conn.execute(update(table).where(by_id).values(sync_batch=sequence),
                         [{"_id": rid} for rid in held])
        else:
            conn.execute(update(table).where(by_id).values(
                sync_batch=sequence, sync_revision=bindparam("_rev")),
                [{"_id": rid, "_rev": rev} for rid, rev in held.items()])


def sync_state(revision: int, sync_batch: int | None, sync_revision: int,
               acked_revision: int) -> str:
    """How a record stands with the office, in words for the members list."""
    if acked_revision >= revision:
        return "diterima kantor"
    if sync_batch is not None and sync_revision == revision:
        return f"dikirim (batch {sync_batch})"
    return "belum dikirim"


