"""Import at the office: check first, then merge in one transaction.

A batch is refused whole (nothing written) when its archive, signature, hashes or any
record is wrong, or when a known device arrives with a different key. Otherwise: new
records are inserted, higher revisions win, identical re-imports change nothing, the same
NIK arriving as two different records becomes a conflict for a person to resolve, and
the sequence numbers a device has not sent yet are reported as ranges (import_report.py).
The records are checked (checks.py) and merged (merge_parts.py) a chunk at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import logs
from app.db import lock_for_writing
from app.domain.errors import NotAllowed
from app.domain.messages import t
from app.models import Batch, Device, utcnow
from app.services import keys, roles
from app.services.audit import Actor, record
from app.services.sync import chain, merge_parts, records
from app.services.sync.checks import checked_chunks
from app.services.sync.format import BatchRefused, OpenedBatch, open_batch
from app.services.sync.import_report import ImportReport, gaps
from app.services.workspace import Workspace

_log = logs.get("sync")


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
    """A device seen for the first time: a person must confirm its key fingerprint, and
    only an account that may trust a laptop's key (roles: keys.import_device) may then
    import it; `may_trust` says whether the one who tried may."""

    def __init__(self, name: str, device_id: uuid.UUID, fp: str, may_trust: bool) -> None:
        if may_trust:
            said = t("perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: cocokkan "
                     "dengan petugas laptop, lalu impor lagi dengan --trust-new-device",
                     name=name, device_id=device_id, fp=fp)
        else:
            said = t("perangkat baru '{name}' ({device_id}), sidik jari kunci {fp}: batch "
                     "pertama laptop baru hanya boleh diimpor Administrator, setelah "
                     "mencocokkan sidik jarinya dengan petugas laptop (--trust-new-device)",
                     name=name, device_id=device_id, fp=fp)
        super().__init__(said)
        self.device_id = device_id
        self.fingerprint = fp
        self.may_trust = may_trust


def _check_device(session: Session, actor: Actor, batch: OpenedBatch,
                  trust_new_device: bool) -> None:
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
                        keys.fingerprint(batch.device_key),
                        roles.may(session, actor, "keys.import_device"))
    if not roles.may(session, actor, "keys.import_device"):  # trusting the laptop's key
        raise NotAllowed(t("Hanya Administrator yang boleh mempercayai laptop baru: minta "
                           "Administrator kantor mengimpor batch pertama laptop ini setelah "
                           "mencocokkan sidik jarinya dengan petugas laptop."))




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
        for name, rows, _found in checked_chunks(session, batch):  # read, checked, let go
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
    except (BatchRefused, NotAllowed) as exc:  # a laptop's key trusted by a wrong role too
        _record_attempt(ws, actor, path, exc)
        raise


def _record_attempt(ws: Workspace, actor: Actor, path: Path,
                    exc: BatchRefused | NotAllowed) -> None:
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
        _check_device(s, actor, batch, trust_new_device)
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
        for name, rows, existing in checked_chunks(s, batch, lock=True):
            if rows is None:  # the part is complete
                done += 1
                if progress:
                    progress(done, steps)
                continue
            total += len(rows)
            if name == "audit":
                merge_parts.merge_audit(s, rows, report)
            elif name == "officers":
                merge_parts.merge_officers(s, rows, batch, report)
            elif name == "members":
                merge_parts.merge_members(s, actor, rows, batch, report, existing)
            else:
                merge_parts.merge_plain(s, name, rows, batch, report, existing)
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


