"""Print jobs made: a preview drawn, slip numbers reserved, the PDF put on the print
queue, for slips (a member, an event, a group), a group's bill, a consent proof and a
printer test page. (app/ui/printing.py is the desk's print page that shows them.)

Slips follow one path, whoever asks (the event, a group, one member's reprint, the
registration's "save and print"):

1. `draft_slips`: a preview, rendered with no number and no signed code. Nothing is
   written: a preview is free, and closing it leaves everything as it was.
2. `queue_draft` / `slips_to_queue`: numbers reserved and the real PDF put on the print
   queue, in one unit of work (if the PDF cannot be written, no number is used up).
   Nothing is issued yet: a queued slip is not a printed one.
3. The paper comes out (the UI sends the job and calls `print_queue.mark_printed`) or
   the PDF is handed over (`hand_over`): only then are the slips issued and counted.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import NotFound
from app.domain.messages import t
from app.services import groups, member_search, print_queue, slip_codes
from app.services.audit import Actor
from app.services.files import write_atomic
from app.services.pdf.consent import render_consent_proof
from app.services.pdf.group_bill import render_group_bill
from app.services.pdf.printer_page import render_test_page
from app.services.pdf.slips import render_slips
from app.services.print_queue import JobInfo, PendingSlip
from app.services.workspace import Workspace

PREVIEW_DIR = "pratinjau"


@dataclass(frozen=True)
class Draft:
    """A preview of slips not yet issued: the PDF to look at and whom it is for."""

    path: Path
    title: str
    format: str
    member_ids: tuple[uuid.UUID, ...]
    pages: int
    copies: int  # how many of them would be stamped SALINAN
    refused: tuple[str, ...]

    @property
    def slips(self) -> int:
        return len(self.member_ids)


def preview_folder(ws: Workspace) -> Path:
    folder = print_queue.queue_folder(ws.data_dir) / PREVIEW_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def draft_slips(ws: Workspace, actor: Actor, member_ids: list[uuid.UUID], fmt: str,
                title: str, *, missing_only: bool = False) -> Draft:
    """Render what the slips will look like, numbered nowhere and recorded nowhere.
    With `missing_only`, only members without a slip yet (an event's or a group's
    slips); otherwise a member with a slip gets a copy (a reprint)."""
    tariffs = ws.tariffs()
    with ws.db.session() as s:
        drafts, refused = slip_codes.issue_slips(s, actor, member_ids, fmt, tariffs,
                                                 mode="draft", missing_only=missing_only)
    if not drafts:
        reason = " ".join(refused) if refused else "Semua peserta ini sudah punya slip; " \
            "cetak ulang satu peserta dengan Ctrl+R di Daftar peserta."
        raise slip_codes.SlipRefused(t("Tidak ada slip yang bisa dicetak. {reason}", reason=reason))
    for old in preview_folder(ws).glob("*.pdf"):  # one preview open at a time is enough
        old.unlink(missing_ok=True)
    path = preview_folder(ws) / f"{uuid.uuid4().hex}.pdf"
    pages = render_slips(drafts, fmt, path)
    return Draft(path, title, fmt, tuple(d.member_id for d in drafts if d.member_id),
                 pages, sum(1 for d in drafts if d.copy_no), tuple(refused))


def slips_to_queue(ws: Workspace, actor: Actor, member_ids: list[uuid.UUID], fmt: str,
                   title: str) -> tuple[JobInfo, list[str]]:
    """Reserve numbers for the members' slips and queue their PDF; returns the job and,
    for members who got no slip, why. Nothing is issued until the job is printed."""
    tariffs = ws.tariffs()
    with ws.db.session() as s:
        reserved, refused = slip_codes.issue_slips(s, actor, member_ids, fmt, tariffs,
                                                   mode="reserve")
        if not reserved:
            raise slip_codes.SlipRefused(t("Tidak ada slip yang bisa dicetak. {value}",
                                           value=' '.join(refused)))
        path = print_queue.new_job_path(ws.data_dir)
        pages = render_slips(reserved, fmt, path)
        contents = [PendingSlip(str(r.member_id), r.receipt_no, r.copy_no, fmt, r.payload,
                                str(r.officer_id) if r.officer_id else None)
                    for r in reserved]
        job = print_queue.enqueue(s, ws.data_dir, path, title, fmt, pages, len(reserved),
                                  contents)
    return job, refused


def queue_draft(ws: Workspace, actor: Actor, draft: Draft) -> tuple[JobInfo, list[str]]:
    """The officer chose to print what the preview showed: numbers reserved, job queued."""
    return slips_to_queue(ws, actor, list(draft.member_ids), draft.format, draft.title)


def hand_over(ws: Workspace, actor: Actor, job: JobInfo, target: Path) -> int:
    """The job's PDF saved where the officer chose: a deliberate hand-over, so its slips
    are issued. The job is marked sending before the file is written and printed after,
    so a stop in between leaves it to be confirmed, never counted twice or lost."""
    with ws.db.session() as s:
        print_queue.mark_sending(s, job.id)
    try:
        data = job.path.read_bytes()
        write_atomic(target, lambda fh: fh.write(data), "wb")
    except OSError:
        with ws.db.session() as s:  # nothing was handed over
            print_queue.release(s, job.id)
        raise
    with ws.db.session() as s:
        return print_queue.mark_printed(s, actor, job.id, f"PDF {target.name}")


def discard_draft(draft: Draft) -> None:
    draft.path.unlink(missing_ok=True)


def event_members(ws: Workspace, event_id: uuid.UUID) -> list[uuid.UUID]:
    with ws.db.session() as s:
        return [r.id for r in member_search.list_members(s, event_id=event_id, status="active")]


def group_members(ws: Workspace, group_id: uuid.UUID) -> list[uuid.UUID]:
    with ws.db.session() as s:
        return [r.id for r in member_search.list_members(s, group_id=group_id, status="active")]


def group_bill_to_queue(ws: Workspace, group_id: uuid.UUID, on: dt.date) -> JobInfo:
    with ws.db.session() as s:
        bill = groups.group_bill(s, group_id, ws.tariffs(), on)
        path = print_queue.new_job_path(ws.data_dir)
        pages = render_group_bill(bill, path)
        return print_queue.enqueue(s, ws.data_dir, path, f"Tagihan {bill.group.name}", "a4",
                                   pages, 0)


def test_page_to_queue(ws: Workspace, printer_name: str) -> JobInfo:
    with ws.db.session() as s:
        path = print_queue.new_job_path(ws.data_dir)
        pages = render_test_page(path, printer_name)
        return print_queue.enqueue(s, ws.data_dir, path, "Halaman uji printer", "a4", pages, 0)


def consent_proof_to_queue(ws: Workspace, actor: Actor, member_id: uuid.UUID) -> JobInfo:
    """The member's consent proof, on the print queue; the printing is audited."""
    from app import resources
    from app.domain.nik import mask
    from app.models import Device, Member, Officer
    from app.services import config_package
    from app.services.audit import record

    with ws.db.session() as s:
        m = s.get(Member, member_id)
        if m is None or m.status == "erased":
            raise NotFound(t("peserta tidak ditemukan atau datanya sudah dihapus"))
        officer = s.get(Officer, m.consent_officer_id) if m.consent_officer_id else None
        device = s.get(Device, m.changed_by_device)
        text = config_package.consent_text(s, m.consent_version) or \
            resources.consent_text(m.consent_version)
        path = print_queue.new_job_path(ws.data_dir)
        pages = render_consent_proof(
            path, m.name, mask(m.nik), m.consent_version, m.consent_at,
            officer.full_name if officer else "", text, device.name if device else "")
        record(s, actor, "consent_proof", "member", member_id)
        return print_queue.enqueue(s, ws.data_dir, path, f"Bukti persetujuan {m.name}", "a4",
                                   pages, 0)


def member_draft(ws: Workspace, actor: Actor, member_id: uuid.UUID,
                 fmt: str | None = None) -> Draft:
    """One member's slip to preview: the original if none was issued yet, else the next
    copy ("Cetak ulang slip"). The format is the desk's chosen one unless given."""
    from app.models import Member
    from app.services import device

    with ws.db.session() as s:
        m = s.get(Member, member_id)
        if m is None or m.status == "erased":
            raise NotFound(t("peserta tidak ditemukan atau datanya sudah dihapus"))
        name = m.name
        fmt = fmt or device.default_slip_format(s)
    return draft_slips(ws, actor, [member_id], fmt, f"Slip {name}")
