"""Print accounting: a slip is numbered on a print job and counted only when the paper
is out or the PDF handed over; a preview is free; copies only after a real original;
the closing summary and report reconcile."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.domain.errors import DomainError
from app.models import Device, PrintJob, Setting, Slip
from app.services import events, print_jobs, print_queue, report_files, reports, slip_codes
from app.services.audit import Actor
from app.services.workspace import Workspace
from tests.helpers.people import fill


def state(ws: Workspace) -> tuple[int, int, int, int]:
    """The device's slip sequence, slip rows, print jobs and settings: what printing
    may change."""
    with ws.db.session() as s:
        seq = s.scalars(select(Device.slip_seq)).one()
        slips, jobs, settings = (int(s.scalar(select(func.count()).select_from(m)) or 0)
                                 for m in (Slip, PrintJob, Setting))
        return seq, slips, jobs, settings


def numbers(pdf: Path) -> list[str]:
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    return re.findall(r"No\. slip: (\S+)", text)


def copies_in(pdf: Path) -> list[int]:
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    return [int(n) for n in re.findall(r"SALINAN ke-(\d+)", text)]


def recorded(ws: Workspace) -> list[tuple[str, int]]:
    with ws.db.session() as s:
        return sorted((r, c) for r, c in s.execute(select(Slip.receipt_no, Slip.copy_no)))


def test_a_preview_numbers_nothing_and_writes_nothing(workspace: Workspace, actor: Actor,
                                                      event_id: uuid.UUID,
                                                      tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 3)
    before = state(workspace)
    draft = print_jobs.draft_slips(workspace, actor, ids, "thermal80", "Pratinjau uji")
    assert state(workspace) == before
    assert draft.slips == 3 and draft.copies == 0
    text = " ".join(PdfReader(draft.path).pages[0].extract_text().split())
    assert "PRATINJAU" in text and "SALINAN" not in text
    assert not re.search(r"[0-9A-F]{8}-\d{6}", text)  # no slip number on a preview
    print_jobs.discard_draft(draft)
    assert not draft.path.exists()


def test_a_queued_slip_is_counted_once_when_printed_with_its_own_number(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 2)
    job, refused = print_jobs.slips_to_queue(workspace, actor, ids, "thermal80", "Dua")
    assert refused == [] and job.slips == 2
    on_paper = numbers(job.path)
    assert len(on_paper) == 2
    assert recorded(workspace) == []  # queued is not printed
    with workspace.db.session() as s:
        assert {str(p.member_id) for p in print_queue.pending_slips(s)} == {
            str(i) for i in ids}
        print_queue.mark_sending(s, job.id)
    # the program stops here, after the pages went out and before they were recorded
    with workspace.db.session() as s:
        (again,) = print_queue.waiting(s, workspace.data_dir)
        assert again.unsettled
        assert print_queue.mark_printed(s, actor, job.id, "(dipastikan petugas)") == 2
    with workspace.db.session() as s:
        assert print_queue.mark_printed(s, actor, job.id, "lagi") == 0  # never twice
        assert print_queue.waiting(s, workspace.data_dir) == []
        assert print_queue.pending_slips(s) == []
    assert recorded(workspace) == sorted((n, 0) for n in on_paper)


def test_a_refused_print_goes_back_to_the_queue_with_the_same_numbers(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    job, _ = print_jobs.slips_to_queue(workspace, actor, ids, "thermal80", "Satu")
    (number,) = numbers(job.path)
    with workspace.db.session() as s:
        print_queue.mark_sending(s, job.id)
    with workspace.db.session() as s:
        print_queue.release(s, job.id)
    with workspace.db.session() as s:
        (back,) = print_queue.waiting(s, workspace.data_dir)
        assert back.status == "queued" and back.path == job.path
    target = tmp_path / "diserahkan.pdf"
    assert print_jobs.hand_over(workspace, actor, job, target) == 1
    assert numbers(target) == [number] and recorded(workspace) == [(number, 0)]
    with workspace.db.session() as s:
        slip = s.scalars(select(Slip)).one()
        assert slip_codes.verify_payload(s, slip.payload).valid


def test_a_cancelled_job_issues_nothing_and_its_numbers_are_not_reused(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 1)
    job, _ = print_jobs.slips_to_queue(workspace, actor, ids, "thermal58", "Satu")
    (first,) = numbers(job.path)
    with workspace.db.session() as s:
        print_queue.cancel(s, job.id, actor)
    with workspace.db.session() as s, pytest.raises(DomainError, match="dihapus"):
        print_queue.mark_printed(s, actor, job.id, "x")
    assert recorded(workspace) == []
    again, _ = print_jobs.slips_to_queue(workspace, actor, ids, "thermal58", "Lagi")
    (second,) = numbers(again.path)
    assert second > first and copies_in(again.path) == []  # still an original


def test_copies_only_after_a_real_original_and_never_two_on_the_queue(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    (member,) = fill(workspace, actor, event_id, tmp_path, 1)
    # previews, however many, leave the member without a slip: the next is an original
    for _ in range(3):
        draft = print_jobs.member_draft(workspace, actor, member, "thermal80")
        assert draft.copies == 0
        print_jobs.discard_draft(draft)
    job, _ = print_jobs.queue_draft(workspace, actor, draft)
    # while that one waits, the member gets no second slip
    with pytest.raises(slip_codes.SlipRefused, match="antrean cetak"):
        print_jobs.member_draft(workspace, actor, member, "thermal80")
    print_jobs.hand_over(workspace, actor, job, tmp_path / "asli.pdf")
    assert copies_in(tmp_path / "asli.pdf") == []
    reprint = print_jobs.member_draft(workspace, actor, member, "thermal80")
    assert reprint.copies == 1 and copies_in(reprint.path) == [1]
    assert numbers(reprint.path) == numbers(tmp_path / "asli.pdf")  # the same slip again
    copy_job, _ = print_jobs.queue_draft(workspace, actor, reprint)
    print_jobs.hand_over(workspace, actor, copy_job, tmp_path / "salinan.pdf")
    assert copies_in(tmp_path / "salinan.pdf") == [1]
    (original,) = numbers(tmp_path / "asli.pdf")
    assert numbers(tmp_path / "salinan.pdf") == [original]
    assert recorded(workspace) == [(original, 0), (original, 1)]


def test_event_slips_are_only_the_missing_ones(workspace: Workspace, actor: Actor,
                                               event_id: uuid.UUID, tmp_path: Path) -> None:
    ids = fill(workspace, actor, event_id, tmp_path, 4)
    job, _ = print_jobs.slips_to_queue(workspace, actor, ids[:1], "a4", "Satu")
    print_jobs.hand_over(workspace, actor, job, tmp_path / "satu.pdf")
    draft = print_jobs.draft_slips(workspace, actor, ids, "a4", "Acara", missing_only=True)
    assert set(draft.member_ids) == set(ids[1:]) and draft.copies == 0
    done, _ = print_jobs.queue_draft(workspace, actor, draft)
    print_jobs.hand_over(workspace, actor, done, tmp_path / "sisa.pdf")
    with pytest.raises(slip_codes.SlipRefused, match="sudah punya slip"):
        print_jobs.draft_slips(workspace, actor, ids, "a4", "Acara", missing_only=True)


def test_closing_summary_and_report_reconcile(workspace: Workspace, actor: Actor,
                                              event_id: uuid.UUID, tmp_path: Path) -> None:
    """10 people: 3 printed (one of them reprinted once), 2 only previewed, 2 waiting
    on the queue, 3 never touched."""
    ids = fill(workspace, actor, event_id, tmp_path, 10)
    printed, previewed, queued = ids[:3], ids[3:5], ids[5:7]
    job, _ = print_jobs.slips_to_queue(workspace, actor, printed, "thermal80", "Cetak")
    with workspace.db.session() as s:
        print_queue.mark_sending(s, job.id)
    with workspace.db.session() as s:
        print_queue.mark_printed(s, actor, job.id, "Printer aula")
    reprint = print_jobs.member_draft(workspace, actor, printed[0], "thermal80")
    copy_job, _ = print_jobs.queue_draft(workspace, actor, reprint)
    print_jobs.hand_over(workspace, actor, copy_job, tmp_path / "salinan.pdf")
    for member in previewed:
        print_jobs.discard_draft(print_jobs.member_draft(workspace, actor, member, "a4"))
    print_jobs.slips_to_queue(workspace, actor, queued, "a4", "Menunggu printer")

    with workspace.db.session() as s:
        summary = events.summarize(s, event_id, workspace.tariffs())
    assert (summary.members, summary.slips, summary.copies, summary.queued,
            summary.without_slip, summary.with_slip) == (10, 3, 1, 2, 7, 3)
    assert summary.with_slip + summary.without_slip == summary.members
    with workspace.db.session() as s:
        recap = reports.collect(s, workspace.tariffs(), reports.Scope(event_id))
    assert (recap.members, recap.slips, recap.slip_copies, recap.slips_queued,
            recap.without_slip) == (10, 3, 1, 2, 7)
    pdf = tmp_path / "laporan.pdf"
    with workspace.db.session() as s:
        report_files.write_report(s, workspace.tariffs(), reports.Scope(event_id), pdf)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "3 asli, 1 salinan" in text
    assert "2 slip di antrean cetak; 7 peserta aktif belum punya slip" in text
    # closing the event keeps the figures it showed
    with workspace.db.session() as s:
        closed = events.close_event(s, actor, event_id, workspace.tariffs())
    assert closed.as_dict()["slips"] == 3 and closed.as_dict()["slips_queued"] == 2
