"""Print accounting at the desk, by keyboard: a preview is free, "Cetak ulang slip"
(Ctrl+R) makes one copy from the list and from the member dialog."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Device, Member, PrintJob, Setting, Slip
from app.services import print_jobs, print_queue
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import printing as ui_printing
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.printing import PreviewDialog
from tests.helpers.desk import open_window
from tests.helpers.people import fill

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hall has no printer (and a test machine must never print)."""
    monkeypatch.setattr(ui_printing, "default_printer", lambda: None)


@pytest.fixture
def hall(workspace: Workspace, actor: Actor, event_id: uuid.UUID,
         tmp_path: Path) -> list[uuid.UUID]:
    """Ten people at today's event, none with a slip yet."""
    return fill(workspace, actor, event_id, tmp_path, 10)


def state(ws: Workspace) -> tuple[int, ...]:
    with ws.db.session() as s:
        seq = s.scalars(select(Device.slip_seq)).one()
        return (seq, *(int(s.scalar(select(func.count()).select_from(m)) or 0)
                       for m in (Slip, PrintJob, Setting)))


def slips_of(ws: Workspace, member_id: uuid.UUID) -> list[tuple[str, int]]:
    with ws.db.session() as s:
        return sorted((r, c) for r, c in s.execute(
            select(Slip.receipt_no, Slip.copy_no).where(Slip.member_id == member_id)))


def pdf_text(pdf: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)


def issue_original(ws: Workspace, member_id: uuid.UUID, target: Path) -> str:
    job, _ = print_jobs.slips_to_queue(ws, Actor(ws.device_id), [member_id], "thermal80",
                                     "Slip")
    print_jobs.hand_over(ws, Actor(ws.device_id), job, target)
    ((number, _copy),) = slips_of(ws, member_id)
    return number


def save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The file the officer picks in the save dialog; returns the names it offered."""
    offered: list[str] = []

    def pick(_parent: Any, _title: str, start: str, _pattern: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    return offered


def test_event_preview_closed_with_esc_changes_nothing(qtbot: QtBot, workspace: Workspace,
                                                        hall: list[uuid.UUID]) -> None:
    window = open_window(qtbot, workspace)
    before = state(workspace)
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # the Cetak tab
    page = window.print_page
    assert window.tabs is not None
    assert window.tabs.currentWidget() is page
    page.event_button.setFocus()
    qtbot.keyClick(page.event_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.last_preview is not None and page.last_preview.isVisible(),
                    timeout=20_000)
    preview = page.last_preview
    assert preview is not None and preview.draft is not None
    assert preview.draft.slips == 10
    assert "PRATINJAU" in preview.document.getAllText(0).text()
    draft_file = preview.draft.path
    qtbot.keyClick(QApplication.focusWidget() or preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert state(workspace) == before  # no number, no slip row, no job
    assert not draft_file.exists()
    window.event_page.refresh()
    qtbot.waitUntil(lambda: window.event_page.slips.number() == 0)
    assert page.model.rowCount() == 0

    # Ctrl+P with no printer puts it on the queue: numbered, waiting, still not printed
    page.event_button.setFocus()
    qtbot.keyClick(page.event_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.last_preview is not preview
                    and page.last_preview is not None and page.last_preview.isVisible(),
                    timeout=20_000)
    second = page.last_preview
    assert second is not None

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "antrean cetak" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, close_message)
    with qtbot.waitSignal(second.queued):
        qtbot.keyClick(second, Qt.Key.Key_P, CTRL)
    with workspace.db.session() as s:
        assert int(s.scalar(select(func.count()).select_from(Slip)) or 0) == 0
        assert len(print_queue.pending_slips(s)) == 10
    page.reload()
    assert [j.slips for j in page.queued()] == [10]


def test_reprint_from_the_list_with_ctrl_r_is_one_copy(
        qtbot: QtBot, workspace: Workspace, hall: list[uuid.UUID], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    member = hall[3]
    number = issue_original(workspace, member, tmp_path / "asli.pdf")
    window = open_window(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the Peserta tab
    page = window.members_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    row = next(r for r in range(page.model.rowCount()) if page.model.member_id(r) == member)
    page.table.setFocus()
    page.table.selectRow(row)
    before = state(workspace)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    preview = page.last_preview
    assert isinstance(preview, PreviewDialog) and preview.isVisible()
    assert preview.draft is not None and preview.draft.copies == 1
    assert "SALINAN ke-1" in preview.document.getAllText(0).text()
    assert state(workspace) == before  # the preview itself is free
    target = tmp_path / "salinan.pdf"
    offered = save_to(monkeypatch, target)
    qtbot.waitUntil(preview.isActiveWindow)  # the officer sees it come up
    with qtbot.waitSignal(preview.printed):
        qtbot.keyClick(preview, Qt.Key.Key_S, CTRL)
    # offered: what and when, nobody's name in it; a later save would not overwrite it
    assert len(offered) == 1 and re.fullmatch(r"slip-\d{8}-\d{6}\.pdf", offered[0])
    assert slips_of(workspace, member) == [(number, 0), (number, 1)]
    text = pdf_text(target)
    assert re.findall(r"No\. slip:? (\S+)", text) == [number]  # one slip, this member's
    assert "SALINAN ke-1" in text
    with workspace.db.session() as s:
        name = s.get(Member, member).name  # type: ignore[union-attr]
    assert name in text


def test_reprint_from_the_member_dialog_is_one_copy(
        qtbot: QtBot, workspace: Workspace, hall: list[uuid.UUID], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    member = hall[7]
    number = issue_original(workspace, member, tmp_path / "asli.pdf")
    window = open_window(qtbot, workspace)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    page = window.members_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    row = next(r for r in range(page.model.rowCount()) if page.model.member_id(r) == member)
    page.table.setFocus()
    page.table.selectRow(row)
    target = tmp_path / "salinan.pdf"
    save_to(monkeypatch, target)
    seen: list[str] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditMemberDialog) and dialog.member_id == member
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            qtbot.keyClick(dialog, Qt.Key.Key_R, CTRL)
            preview = dialog.last_preview
            assert isinstance(preview, PreviewDialog) and preview.draft is not None
            seen.append(preview.document.getAllText(0).text())
            qtbot.waitUntil(preview.isActiveWindow)
            qtbot.keyClick(preview, Qt.Key.Key_S, CTRL)  # saved: handed over
            assert not preview.isVisible()
            dialog.activateWindow()  # what the window manager does when the preview goes
            qtbot.waitUntil(dialog.isActiveWindow)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        finally:
            if dialog.isVisible():  # a failure above must not leave the dialog open
                dialog.reject()

    QTimer.singleShot(0, in_dialog)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # opens the member dialog
    assert seen and "SALINAN ke-1" in seen[0]
    assert slips_of(workspace, member) == [(number, 0), (number, 1)]
    assert "SALINAN ke-1" in pdf_text(target)
    with workspace.db.session() as s:
        assert print_queue.pending_slips(s) == []
