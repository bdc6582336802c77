"""Personal-data duties (UU 27/2022): audited reveal of a full NIK, erasure that leaves a
tombstone which syncs, the retention list, and the breach report for a lost laptop or
stick (what it held and what left it, ready for the 3×24-hour notice)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError, NotFound
from app.domain.messages import t
from app.domain.nik import mask
from app.models import AuditEntry, Batch, Group, Member, MemberChange, PrintJob, Slip, utcnow
from app.services import member_search, roles
from app.services.accounts import Approval, has_accounts, require_approval
from app.services.audit import Actor, record
from app.services.device import get_setting, local_device
from app.services.drafts import drafts_present
from app.services.member_changes import log_change, written_reason
from app.services.members import MemberRow

RETENTION_SETTING = "retention_years"
DEFAULT_RETENTION_YEARS = 5
ERASED_BIRTH_DATE = dt.date(1900, 1, 1)  # the column cannot be empty; this says "none"
#: personal fields emptied by erasure; sector, region (district), programs, payer and
#: income stay so that counts and money still reconcile.
ERASED_FIELDS = {
    "nik": "", "name": "", "birth_place": "", "birth_date": ERASED_BIRTH_DATE, "gender": "",
    "address": "", "phone": "", "email": "", "occupation": "", "business_name": "",
    "kpj_number": "",
}


BREACH_NOTICE = ("Laporkan kehilangan dalam 3×24 jam (UU 27/2022 Pasal 46) kepada subjek "
                 "data dan lembaga; batch tanpa enkripsi berarti isinya dapat dibaca.")


def reveal_nik(session: Session, actor: Actor, member_id: uuid.UUID) -> str:
    """The full NIK, and an audit entry saying who saw it."""
    m = session.get(Member, member_id)
    if m is None:
        raise NotFound(t("peserta tidak ditemukan"))
    record(session, actor, "nik_reveal", "member", member_id)
    return m.nik


def reveal_leader_nik(session: Session, actor: Actor, group_id: uuid.UUID) -> None:
    """A group's form shows its leader's whole NIK: an audit entry saying who saw it, as
    opening a member writes one (the NIK itself is never in the entry)."""
    record(session, actor, "nik_reveal", "group", group_id)


def list_members(session: Session, actor: Actor, full_nik: bool, search: str | None = None,
                 event_id: uuid.UUID | None = None, group_id: uuid.UUID | None = None,
                 limit: int | None = None) -> list[MemberRow]:
    """A member list to hand out (the command line). NIKs are masked unless `full_nik`,
    which needs a supervisor once accounts exist and writes one `nik_reveal` audit entry
    for the whole list (the count, never the NIKs), as the desk writes one per NIK shown."""
    if full_nik:
        roles.require(session, actor, "members.list_full_nik")
    rows = member_search.list_members(session, search, event_id, group_id, limit)
    if not full_nik:
        return [dataclasses.replace(r, nik=mask(r.nik)) for r in rows]
    record(session, actor, "nik_reveal", "members", "", count=len(rows), channel="list")
    return rows


def full_nik_by_default(session: Session) -> bool:
    """Where no account can sign in (a laptop before its first account) a list carries
    full NIKs as it always did; the reading is still written in the audit trail."""
    return not has_accounts(session)


def erase_member(session: Session, actor: Actor, member_id: uuid.UUID, reason: str,
                 approval: Approval | None = None) -> None:
    """Replace the personal fields with a tombstone (it syncs, so the office erases too);
    the earlier values in the change history and on slip codes go as well."""
    require_approval(session, approval)
    reason = written_reason(reason, t("dasar penghapusan"))
    m = session.get(Member, member_id)
    if m is None:
        raise NotFound(t("peserta tidak ditemukan"))
    if m.status == "erased":
        raise DomainError(t("data peserta ini sudah dihapus"))
    for change in session.scalars(select(MemberChange).where(MemberChange.member_id == m.id)):
        change.changes = json.dumps({"dihapus": True})
        change.reason = "(dihapus)"
    for slip in session.scalars(select(Slip).where(Slip.member_id == m.id)):
        slip.payload = ""
        slip.revision += 1
        slip.updated_at = utcnow()
        slip.changed_by_device = actor.device_id
    for column, empty in ERASED_FIELDS.items():
        setattr(m, column, empty)
    m.status = "erased"
    m.void_reason = reason
    m.voided_at = utcnow()
    log_change(session, actor, m, "erase", {"status": ["", "erased"]}, reason,
               approved_by=approval.officer_id if approval else None)
    # the history row just written must not keep anything either
    session.flush()


def retention_years(session: Session) -> int:
    raw = get_setting(session, RETENTION_SETTING)
    return int(raw) if raw.isdigit() else DEFAULT_RETENTION_YEARS


def past_retention(session: Session, on: dt.date | None = None) -> list[dict[str, Any]]:
    """Records to delete: voided or erased more than N years ago, or untouched for N."""
    years = retention_years(session)
    on = on or dt.date.today()
    cutoff = dt.datetime(on.year - years, on.month, min(on.day, 28), tzinfo=dt.UTC)
    rows = session.execute(
        select(Member.id, Member.status, Member.updated_at, Member.voided_at)
        .where(or_(Member.voided_at < cutoff, Member.updated_at < cutoff))
        .order_by(Member.updated_at)
    )
    return [{"id": str(mid), "status": status, "updated_at": updated.isoformat(),
             "voided_at": voided.isoformat() if voided else None}
            for mid, status, updated, voided in rows]


#: print-job titles that name the member they are for (the consent proof)
_NAMED_JOBS = ("Bukti persetujuan",)


def _job_title(title: str) -> str:
    """A queued job's title as a breach report may carry it: without a member's name."""
    for kind in _NAMED_JOBS:
        if title.startswith(kind):
            return f"{kind} (1 peserta)"
    return title


@dataclass(frozen=True)
class DeviceHeld:
    """The laptop a breach report is about."""

    id: uuid.UUID
    name: str
    region_code: str


@dataclass(frozen=True)
class DataHeld:
    """What the laptop's database holds."""

    members_by_status: dict[str, int]
    members_with_personal_data: int
    members_with_phone: int
    groups: int
    encrypted_at_rest: bool


@dataclass(frozen=True)
class ExportedBatch:
    """A batch file that left the laptop."""

    sequence: int
    created_at: dt.datetime
    records: int
    encrypted: bool
    file: str


@dataclass(frozen=True)
class QueuedJob:
    """A print job still in the laptop's queue, titled without a member's name."""

    title: str
    pages: int
    slips: int
    status: str
    file_present: bool


@dataclass(frozen=True)
class BreachReport:
    """What this laptop holds and what has left it, for the 3×24-hour breach notice;
    `as_dict` is the report file (and the command line's JSON)."""

    device: DeviceHeld
    generated_at: dt.datetime
    database: DataHeld
    not_yet_acknowledged_by_office: int
    batches_exported: list[ExportedBatch]
    #: each export written in the audit trail: when, what, and its audit details
    exports: list[dict[str, Any]]
    print_queue: list[QueuedJob]
    draft_present: bool
    backups: list[str]
    notice: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "device": {"id": str(self.device.id), "name": self.device.name,
                       "region_code": self.device.region_code},
            "generated_at": self.generated_at.isoformat(),
            "database": dataclasses.asdict(self.database),
            "not_yet_acknowledged_by_office": self.not_yet_acknowledged_by_office,
            "batches_exported": [dict(dataclasses.asdict(b),
                                      created_at=b.created_at.isoformat())
                                 for b in self.batches_exported],
            "exports": self.exports,
            "print_queue": [dataclasses.asdict(j) for j in self.print_queue],
            "draft_present": self.draft_present,
            "backups": self.backups,
            "notice": self.notice,
        }


def breach_report(session: Session, actor: Actor, data_dir: Path) -> BreachReport:
    """What this laptop holds and what has left it, for the 3×24-hour breach notice.
    A supervisor's act once accounts exist."""
    roles.require(session, actor, "privacy.breach_report")
    device = local_device(session)
    by_status = {status: int(n) for status, n in session.execute(
        select(Member.status, func.count()).group_by(Member.status))}
    personal = session.scalar(select(func.count()).select_from(Member)
                              .where(Member.status != "erased")) or 0
    with_phone = session.scalar(select(func.count()).select_from(Member)
                                .where(Member.phone != "", Member.status != "erased")) or 0
    unacked = session.scalar(select(func.count()).select_from(Member)
                             .where(Member.revision > Member.acked_revision)) or 0
    batches = [
        ExportedBatch(b.sequence, b.created_at, b.records, b.encrypted, b.file_name)
        for b in session.scalars(select(Batch).where(Batch.direction == "out")
                                 .order_by(Batch.sequence))
    ]
    exports = [
        {"at": e.at.isoformat(), "what": e.action, **json.loads(e.details)}
        for e in session.scalars(select(AuditEntry).where(
            AuditEntry.action.in_(["export_bpjs", "batch_export"])).order_by(AuditEntry.at))
    ]
    queue = [
        QueuedJob(_job_title(j.title), j.pages, j.slips, j.status, (data_dir / j.file).exists())
        for j in session.scalars(select(PrintJob).order_by(PrintJob.created_at))
    ]
    backups = sorted(p.name for p in (data_dir / "backups").glob("*.sqlite")) \
        if (data_dir / "backups").exists() else []
    return BreachReport(
        device=DeviceHeld(device.id, device.name, device.region_code),
        generated_at=utcnow(),
        database=DataHeld(by_status, personal, with_phone,
                          session.scalar(select(func.count()).select_from(Group)) or 0,
                          encrypted_at_rest=False),
        not_yet_acknowledged_by_office=unacked,
        batches_exported=batches,
        exports=exports,
        print_queue=queue,
        draft_present=drafts_present(data_dir),
        backups=backups,
        notice=BREACH_NOTICE,
    )
