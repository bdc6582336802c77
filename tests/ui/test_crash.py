"""A bug on the desk: crash dialog, crash report without personal data, and the half-typed
registration kept as a draft and restored at the next start. A refusal that reaches the
same hook (a busy database) is shown as its plain message, not as a crash."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.db import DatabaseBusy
from app.services import drafts, member_cleaning
from app.services.workspace import Workspace
from app.ui import crash
from app.ui.workers import run_quietly
from tests.helpers.desk import open_window

NIK = "3574015708050001"
NAME = "Siti Setengah Jalan"


def answer_next_dialog(qtbot: QtBot, seen: list[tuple[str, str]]) -> QTimer:
    """Press OK on the next modal message box as soon as it is up (it runs its own event
    loop, so this polls from inside that loop), keeping its name and what it said."""
    timer = QTimer()
    timer.setInterval(10)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            seen.append((box.objectName(), box.text()))
            qtbot.keyClick(box, Qt.Key.Key_Return)

    timer.timeout.connect(look)
    timer.start()
    return timer


def breaks_with(error: Exception) -> Callable[..., Any]:
    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    return broken


@pytest.mark.qt_no_exception_capture
def test_a_bug_shows_the_crash_dialog_and_keeps_the_draft(
        qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo)
    handler = crash.install(window)
    try:
        form = window.registration.form
        qtbot.keyClicks(form.nik, NIK)
        qtbot.keyClicks(form.nama, NAME)
        window.registration._draft_timer.stop()
        drafts.clear_draft(demo.data_dir)  # from here only the crash hook can keep it
        monkeypatch.setattr(member_cleaning, "clean_member", breaks_with(KeyError(NIK)))
        seen: list[tuple[str, str]] = []
        timer = answer_next_dialog(qtbot, seen)
        qtbot.keyClick(form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
        timer.stop()
        assert drafts.load_draft(demo.data_dir) is not None  # kept at the moment of the crash
    finally:
        handler.uninstall()

    assert len(seen) == 1 and seen[0][0] == "crash-dialog"
    reports = list((demo.data_dir / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1
    said = seen[0][1]
    assert "Terjadi kesalahan program" in said and str(reports[0]) in said and "draf" in said
    report = reports[0].read_text(encoding="utf-8")
    assert "KeyError" in report and "in save" in report and "registration_page.py" in report
    assert NIK not in report and NAME not in report and "Siti" not in report
    log = (demo.data_dir / "lindungi.log").read_text(encoding="utf-8")
    assert str(reports[0]) in log and NIK not in log

    monkeypatch.undo()
    window.close()
    again = open_window(qtbot, demo)  # the next start
    assert again.registration.form.nik.text() == NIK
    assert again.registration.form.nama.text() == NAME
    assert "dipulihkan" in again.registration.message.text()


@pytest.mark.qt_no_exception_capture
def test_a_busy_database_reaching_the_hook_is_a_plain_message(
        qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo)
    handler = crash.install(window)
    try:
        form = window.registration.form
        qtbot.keyClicks(form.nik, NIK)
        monkeypatch.setattr(member_cleaning, "clean_member", breaks_with(DatabaseBusy()))
        seen: list[tuple[str, str]] = []
        timer = answer_next_dialog(qtbot, seen)
        qtbot.keyClick(form.nik, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        timer.stop()
    finally:
        handler.uninstall()
    assert len(seen) == 1 and seen[0][0] != "crash-dialog"
    assert seen[0][1] == DatabaseBusy().message
    assert "backup restore" not in seen[0][1]
    assert not (demo.data_dir / "crash-reports").exists()


def test_a_bug_in_background_work_leaves_a_report(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    handler = crash.install(window)
    failures: list[str] = []
    try:
        def work() -> None:
            dict[str, str]()[NIK]

        run_quietly(window, work, lambda _result: None, failures.append)
        qtbot.waitUntil(lambda: bool(failures))
    finally:
        handler.uninstall()
    reports = list((demo.data_dir / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in failures[0]
    assert "kesalahan program" in failures[0] and NIK not in failures[0]
    assert NIK not in Path(reports[0]).read_text(encoding="utf-8")


def test_work_whose_page_is_gone_stops_quietly(qtbot: QtBot,
                                               capfd: pytest.CaptureFixture[str]) -> None:
    """A background task whose owner is taken down while it works (a page at sign-out,
    the program quitting): its progress reaches nobody, so the work is asked to stop,
    and neither an error in the pool's thread nor a crash report comes of it."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from app.ui.workers import run_task

    owner = QWidget()
    started, go_on = threading.Event(), threading.Event()
    seen: list[object] = []

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
        started.set()
        go_on.wait(10)
        for done in range(1, 4):
            progress(done, 3)
            if cancelled():
                return "berhenti"
        return "selesai"

    task = run_task(owner, "Uji", work, seen.append, seen.append)
    assert started.wait(10)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    assert task.cancel_event.is_set() is False  # nobody asked yet
    go_on.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert task.cancel_event.is_set()  # the first progress found nobody: asked to stop
    assert seen == []
    assert "Signal source has been deleted" not in capfd.readouterr().err
