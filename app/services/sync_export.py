"""Export: one batch file of everything the office has not acknowledged yet, so the
next export heals a lost stick. Written to a temporary name, fsynced, then renamed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import AuditEntry, Batch, Officer, utcnow
from app.services import keys, sync_records
from app.services.audit import Actor, record
from app.services.device import local_device, signing_key
from app.services.files import atomic_path, fsync_file
from app.services.slip_codes import device_code
from app.services.sync_format import b64, write_batch
from app.services.workspace import Workspace

EXTENSION = ".ldgb"


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


@dataclass
class ExportReport:
    file: Path
    batch_id: uuid.UUID
    sequence: int
    records: int
    counts: dict[str, int]
    encrypted: bool

    def as_dict(self) -> dict[str, Any]:
        return {"file": str(self.file), "batch_id": str(self.batch_id),
                "sequence": self.sequence, "records": self.records, "counts": self.counts,
                "encrypted": self.encrypted}


def _pending(session: Session, name: str) -> list[dict[str, Any]]:
    table = sync_records.TABLES[name]
    cols = [table.columns[k] for k in sync_records.exported_columns(name)]
    stmt = select(*cols)
    if name == "audit":
        stmt = stmt.where(table.columns["acked"].is_(False)).order_by(
            table.columns["device_id"], table.columns["seq"])
    else:
        stmt = stmt.where(table.columns["revision"] > table.columns["acked_revision"])
    return [dict(r._mapping) for r in session.execute(stmt)]


def export_batch(
    ws: Workspace,
    actor: Actor,
    out_dir: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportReport:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise OSError(f"folder tujuan tidak ada: {out_dir}")
    s = ws.db.sessions()
    try:
        device = local_device(s)
        sequence = device.batch_seq + 1
        previous = s.scalar(
            select(Batch.manifest_hash).where(Batch.direction == "out")
            .order_by(Batch.sequence.desc()).limit(1)
        ) or ""
        parts: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        steps = len(sync_records.TABLES)
        for i, name in enumerate(sync_records.TABLES):
            if cancelled and cancelled():
                raise ExportCancelled("ekspor dibatalkan; tidak ada yang ditulis")
            rows = _pending(s, name)
            counts[name] = len(rows)
            parts[name] = sync_records.dump_lines(rows)
            if progress:
                progress(i + 1, steps + 1)
        officer = s.get(Officer, actor.officer_id) if actor.officer_id else None
        batch_id = uuid.uuid4()
        created = utcnow()
        manifest = {
            "batch_id": str(batch_id),
            "device": {"id": str(device.id), "name": device.name,
                       "region_code": device.region_code, "public_key": b64(device.public_key),
                       "box_public_key": b64(keys.box_key(s).public_key().public_bytes_raw())},
            "officer": officer.username if officer else None,
            "sequence": sequence,
            "previous_hash": previous,
            "created_at": created.isoformat(),
            "counts": counts,
        }
        office = keys.office(s)
        blob, manifest_bytes = write_batch(
            out_dir / "x", manifest, parts, signing_key(s),
            recipient_box_key=office[1] if office else None,
            recipient_id=str(office[0]) if office else None,
        )
        import hashlib

        manifest_hash = hashlib.sha256(manifest_bytes).hexdigest()
        name = f"lindungi-{device_code(device.id)}-{sequence:05d}{EXTENSION}"
        target = out_dir / name
        total = sum(counts.values())
        # The file is complete and fsynced under a temporary name; the database records
        # the export; only then does the file take its final name. A crash in between
        # leaves a .part file and a used number, never a half file under a batch's name.
        with atomic_path(target) as tmp:
            tmp.write_bytes(blob)
            fsync_file(tmp)  # a full stick fails here, before the database says "sent"
            if cancelled and cancelled():
                raise ExportCancelled("ekspor dibatalkan; tidak ada yang ditulis")
            device.batch_seq = sequence
            s.add(Batch(id=batch_id, direction="out", device_id=device.id, sequence=sequence,
                        manifest_hash=manifest_hash, previous_hash=previous,
                        created_at=created, records=total, encrypted=office is not None,
                        file_name=name))
            for part, table in sync_records.TABLES.items():
                if part == "audit":
                    s.execute(update(AuditEntry).where(AuditEntry.acked.is_(False))
                              .values(sync_batch=sequence))
                else:
                    s.execute(update(table).where(
                        table.columns["revision"] > table.columns["acked_revision"])
                        .values(sync_batch=sequence,
                                sync_revision=table.columns["revision"]))
            record(s, actor, "batch_export", "batch", batch_id, sequence=sequence,
                   records=total, encrypted=office is not None)
            s.commit()
    except BaseException:
        s.rollback()
        raise
    finally:
        s.close()
    if progress:
        progress(steps + 1, steps + 1)
    return ExportReport(target, batch_id, sequence, total, counts, office is not None)


def sync_state(revision: int, sync_batch: int | None, sync_revision: int,
               acked_revision: int) -> str:
    """How a record stands with the office, in words for the members list."""
    if acked_revision >= revision:
        return "diterima kantor"
    if sync_batch is not None and sync_revision == revision:
        return f"dikirim (batch {sync_batch})"
    return "belum dikirim"


