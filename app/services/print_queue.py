"""The print queue: PDFs waiting for a printer, kept in the data folder and the database
so that they survive a restart (no printer at the hall, a paper jam, a power cut)."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.models import PrintJob, utcnow
from app.services.audit import Actor, record

QUEUE_DIR = "antrean-cetak"


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


def queue_folder(data_dir: Path) -> Path:
    folder = data_dir / QUEUE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_job_path(data_dir: Path) -> Path:
    """Where the PDF of a new job is written (then handed to `enqueue`)."""
    return queue_folder(data_dir) / f"{uuid.uuid4().hex}.pdf"


def enqueue(session: Session, data_dir: Path, pdf: Path, title: str, fmt: str, pages: int,
            slips: int) -> JobInfo:
    """Hold `pdf` (already inside the queue folder, or copied there) until it is printed."""
    folder = queue_folder(data_dir)
    if pdf.parent.resolve() != folder.resolve():
        target = folder / f"{uuid.uuid4().hex}.pdf"
        shutil.copyfile(pdf, target)
        pdf = target
    job = PrintJob(title=title[:200], format=fmt, file=str(pdf.relative_to(data_dir)),
                   pages=pages, slips=slips)
    session.add(job)
    session.flush()
    return _info(job, data_dir)


def _info(job: PrintJob, data_dir: Path) -> JobInfo:
    return JobInfo(job.id, job.created_at, job.title, job.format, data_dir / job.file,
                   job.pages, job.slips, job.status, job.printer)


def waiting(session: Session, data_dir: Path) -> list[JobInfo]:
    rows = session.scalars(
        select(PrintJob).where(PrintJob.status == "queued").order_by(PrintJob.created_at)
    )
    return [_info(j, data_dir) for j in rows]


def mark_printed(session: Session, actor: Actor, job_id: uuid.UUID, printer: str) -> None:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound("antrean cetak tidak ditemukan")
    job.status = "printed"
    job.printer = printer[:200]
    job.done_at = utcnow()
    record(session, actor, "print", "print_job", job_id, pages=job.pages, slips=job.slips)


def cancel(session: Session, job_id: uuid.UUID) -> None:
    """Take a job out of the queue (its slips stay issued; a reprint is a copy)."""
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound("antrean cetak tidak ditemukan")
    job.status = "cancelled"
    job.done_at = utcnow()
