"""Use cases that end in a PDF on the print queue: slips for members, an event or a
group, a group's bill, a printer test page. Numbers are handed out and the PDF written
in one unit of work: if the PDF cannot be written, no slip number is used up."""

from __future__ import annotations

import datetime as dt
import uuid

from app.domain.errors import NotFound
from app.services import groups, members, print_queue, slip_codes, slips
from app.services.audit import Actor
from app.services.print_queue import JobInfo
from app.services.workspace import Workspace

FORMAT_SETTING = "slip_format"
FORMAT_LABELS = {
    "card": "Kartu (10 per A4)",
    "a4": "Tanda terima A4",
    "thermal80": "Struk 80 mm",
    "thermal58": "Struk 58 mm",
}


def slips_to_queue(ws: Workspace, actor: Actor, member_ids: list[uuid.UUID], fmt: str,
                   title: str) -> tuple[JobInfo, list[str]]:
    """Issue slips for the members and queue their PDF; returns the job and, for members
    who got no slip, why."""
    tariffs = ws.tariffs()
    with ws.db.session() as s:
        issued, refused = slip_codes.issue_slips(s, actor, member_ids, fmt, tariffs)
        if not issued:
            raise slip_codes.SlipRefused("Tidak ada slip yang bisa dicetak. " +
                                         " ".join(refused))
        path = print_queue.new_job_path(ws.data_dir)
        pages = slips.render_slips(issued, fmt, path)
        job = print_queue.enqueue(s, ws.data_dir, path, title, fmt, pages, len(issued))
    return job, refused


def event_members(ws: Workspace, event_id: uuid.UUID) -> list[uuid.UUID]:
    with ws.db.session() as s:
        return [r.id for r in members.list_members(s, event_id=event_id, status="active")]


def group_members(ws: Workspace, group_id: uuid.UUID) -> list[uuid.UUID]:
    with ws.db.session() as s:
        return [r.id for r in members.list_members(s, group_id=group_id, status="active")]


def group_bill_to_queue(ws: Workspace, group_id: uuid.UUID, on: dt.date) -> JobInfo:
    with ws.db.session() as s:
        bill = groups.group_bill(s, group_id, ws.tariffs(), on)
        path = print_queue.new_job_path(ws.data_dir)
        pages = slips.render_group_bill(bill, path)
        return print_queue.enqueue(s, ws.data_dir, path, f"Tagihan {bill.group.name}", "a4",
                                   pages, 0)


def test_page_to_queue(ws: Workspace, printer_name: str) -> JobInfo:
    with ws.db.session() as s:
        path = print_queue.new_job_path(ws.data_dir)
        pages = slips.render_test_page(path, printer_name)
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
            raise NotFound("peserta tidak ditemukan atau datanya sudah dihapus")
        officer = s.get(Officer, m.consent_officer_id) if m.consent_officer_id else None
        device = s.get(Device, m.changed_by_device)
        text = config_package.consent_text(s, m.consent_version) or \
            resources.consent_text(m.consent_version)
        path = print_queue.new_job_path(ws.data_dir)
        pages = slips.render_consent_proof(
            path, m.name, mask(m.nik), m.consent_version, m.consent_at,
            officer.full_name if officer else "", text, device.name if device else "")
        record(s, actor, "consent_proof", "member", member_id)
        return print_queue.enqueue(s, ws.data_dir, path, f"Bukti persetujuan {m.name}", "a4",
                                   pages, 0)
