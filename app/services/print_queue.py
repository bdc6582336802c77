"""The print queue: PDFs waiting for a printer, kept in the data folder and the database
so that they survive a restart (no printer at the hall, a paper jam, a power cut).

A job that carries slips holds their numbers, reserved when it was made, but no slip is
issued (counted, synced) until the job is done: `mark_printed` writes the slip rows in the
same unit of work that marks the job printed, and does it once. A job goes

    queued  --mark_sending-->  sending  --mark_printed-->  printed
       ^                          |
       +------- release ----------+      (the printer refused before any page)

and `cancel` takes a queued or sending job out. `sending` is committed before a page
goes to the printer, so a crash between "sent" and "recorded" leaves the job saying
so: the officer looks at the paper and either records it (`mark_printed`, same numbers
as on the paper) or sends it again (the same numbers, as nothing came out). Numbers
are never reused and never counted twice.

The slips a job will issue are kept in the local settings table, one entry a job, until
it is printed or cancelled (no schema change needed: print_jobs is local and so are
settings).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import lock_for_writing
from app.domain.errors import DomainError, NotFound
from app.domain.messages import t
from app.models import Member, PrintJob, Setting, Slip, utcnow
from app.services.audit import Actor, record

QUEUE_DIR = "antrean-cetak"
OPEN = ("queued", "sending")  # jobs whose paper has not been recorded
_CONTENTS = "print_job:"  # settings key prefix: the slips a job will issue


@dataclass(frozen=True)
class PendingSlip:
    """A slip whose number is reserved on a print job, not yet on paper."""

    member_id: str
    receipt_no: str
    copy_no: int
    format: str
    payload: str
    officer_id: str | None


def _contents_key(job_id: uuid.UUID) -> str:
    return _CONTENTS + job_id.hex


def job_slips(session: Session, job_id: uuid.UUID) -> list[PendingSlip]:
    row = session.get(Setting, _contents_key(job_id))
    if row is None:
        return []
    return [PendingSlip(**item) for item in json.loads(row.value)]


def _open_contents(session: Session) -> list[tuple[uuid.UUID, list[PendingSlip]]]:
    open_ids = set(session.scalars(select(PrintJob.id).where(PrintJob.status.in_(OPEN))))
    rows = session.scalars(select(Setting).where(Setting.key.startswith(_CONTENTS)))
    out = []
    for row in rows:
        job_id = uuid.UUID(row.key.removeprefix(_CONTENTS))
        if job_id in open_ids:
            out.append((job_id, [PendingSlip(**item) for item in json.loads(row.value)]))
    return out


def pending_slips(session: Session) -> list[PendingSlip]:
    """Every slip reserved on a job still queued or sent but not recorded."""
    return [slip for _job, slips in _open_contents(session) for slip in slips]


def pending_members(session: Session) -> set[uuid.UUID]:
    return {uuid.UUID(p.member_id) for p in pending_slips(session)}


@dataclass(frozen=True)
class JobInfo:
    id: uuid.UUID
    created_at: dt.datetime
    title: str
    format: str
    path: Path
    pages: int
    slips: int
    status: str
    printer: str

    @property
    def unsettled(self) -> bool:
        """Sent to the printer but never recorded as printed (the program stopped)."""
        return self.status == "sending"


def queue_folder(data_dir: Path) -> Path:
    folder = data_dir / QUEUE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_job_path(data_dir: Path) -> Path:
    """Where the PDF of a new job is written (then handed to `enqueue`)."""
    return queue_folder(data_dir) / f"{uuid.uuid4().hex}.pdf"


def enqueue(session: Session, data_dir: Path, pdf: Path, title: str, fmt: str, pages: int,
            slips: int, contents: list[PendingSlip] | None = None) -> JobInfo:
    """Hold `pdf` (already inside the queue folder, or copied there) until it is printed;
    `contents` are the slips it issues once printed (their numbers are on the PDF)."""
    folder = queue_folder(data_dir)
    if pdf.parent.resolve() != folder.resolve():
        target = folder / f"{uuid.uuid4().hex}.pdf"
        shutil.copyfile(pdf, target)
        pdf = target
    job = PrintJob(title=title[:200], format=fmt, file=str(pdf.relative_to(data_dir)),
                   pages=pages, slips=slips)
    session.add(job)
    session.flush()
    if contents:
        session.add(Setting(key=_contents_key(job.id),
                            value=json.dumps([asdict(c) for c in contents])))
        session.flush()
    return _info(job, data_dir)


def _info(job: PrintJob, data_dir: Path) -> JobInfo:
    return JobInfo(job.id, job.created_at, job.title, job.format, data_dir / job.file,
                   job.pages, job.slips, job.status, job.printer)


def waiting(session: Session, data_dir: Path) -> list[JobInfo]:
    """Jobs not yet recorded as printed: queued, and sent but unrecorded."""
    rows = session.scalars(
        select(PrintJob).where(PrintJob.status.in_(OPEN)).order_by(PrintJob.created_at)
    )
    return [_info(j, data_dir) for j in rows]


def _locked(session: Session, job_id: uuid.UUID) -> PrintJob | None:
    """The job, read afresh and locked until the transaction ends: two desks (or the
    printer's answer and an officer's "printed") settle one job one after the other, and
    the second sees what the first decided (no index keeps a reprint from being stored
    twice: migration 0008)."""
    lock_for_writing(session)
    return session.get(PrintJob, job_id, with_for_update=True, populate_existing=True)


def mark_sending(session: Session, job_id: uuid.UUID) -> None:
    """Say, before the first page goes out, that this job is on its way (commit it)."""
    job = _locked(session, job_id)
    if job is None:
        raise NotFound(t("antrean cetak tidak ditemukan"))
    if job.status not in OPEN:
        raise DomainError(t("pekerjaan cetak ini sudah selesai atau dihapus"))
    job.status = "sending"


def release(session: Session, job_id: uuid.UUID) -> None:
    """Nothing came out (the printer refused the job): back to the queue, numbers kept."""
    job = _locked(session, job_id)
    if job is not None and job.status == "sending":
        job.status = "queued"


def mark_printed(session: Session, actor: Actor, job_id: uuid.UUID, printer: str) -> int:
    """The paper came out (or the PDF was handed over): the job's slips are issued, now
    and only once. Returns the number of slips issued by this call (0 when the job was
    recorded before)."""
    job = _locked(session, job_id)
    if job is None:
        raise NotFound(t("antrean cetak tidak ditemukan"))
    if job.status == "printed":
        return 0
    if job.status == "cancelled":
        raise DomainError(t("pekerjaan cetak ini sudah dihapus dari antrean"))
    now = utcnow()
    contents = job_slips(session, job_id)
    live = {m for (m,) in session.execute(
        select(Member.id).where(Member.id.in_([uuid.UUID(c.member_id) for c in contents])))}
    issued = 0
    for c in contents:
        member_id = uuid.UUID(c.member_id)
        if member_id not in live:  # erased meanwhile: nothing to attach the slip to
            continue
        session.add(Slip(member_id=member_id, receipt_no=c.receipt_no, format=c.format,
                         copy_no=c.copy_no, printed_at=now,
                         officer_id=uuid.UUID(c.officer_id) if c.officer_id else None,
                         payload=c.payload, changed_by_device=actor.device_id))
        issued += 1
    row = session.get(Setting, _contents_key(job_id))
    if row is not None:
        session.delete(row)
    job.status = "printed"
    job.printer = printer[:200]
    job.done_at = now
    session.flush()
    record(session, actor, "print", "print_job", job_id, pages=job.pages, slips=issued,
           copies=sum(1 for c in contents if c.copy_no))
    return issued


def cancel(session: Session, job_id: uuid.UUID, actor: Actor | None = None) -> None:
    """Take a job out of the queue. Its reserved numbers are left unused (never handed
    out again); its members get a new number when they are printed."""
    job = _locked(session, job_id)
    if job is None:
        raise NotFound(t("antrean cetak tidak ditemukan"))
    if job.status not in OPEN:
        return
    unused = len(job_slips(session, job_id))
    row = session.get(Setting, _contents_key(job_id))
    if row is not None:
        session.delete(row)
    job.status = "cancelled"
    job.done_at = utcnow()
    if actor is not None:
        record(session, actor, "print_cancel", "print_job", job_id, slips=unused)
