"""The Sync page's work off the GUI thread: run behind the progress dialog and waited
for with the window alive; a bug becomes its crash report and the crash dialog."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from app.ui import crash
from app.ui.workers import run_task


@dataclass
class _Bug:
    """A bug in background work: its crash report (already written), for the dialog."""

    report: Path | None


def run_and_wait(parent: QWidget, title: str, work: Any) -> tuple[str, Any]:
    """Run `work(progress, cancelled)` behind the progress dialog and wait for it with
    the window alive (a local event loop, as a dialog's exec). Returns ("done",
    result), ("refused", message) or ("bug", message) after the crash dialog."""
    loop = QEventLoop(parent)
    outcome: list[tuple[str, Any]] = []

    def guarded(progress: Any, cancelled: Any) -> Any:
        try:
            return work(progress, cancelled)
        except Exception as exc:
            if crash.refusal_message(exc) is not None:
                raise  # run_task hands the refusal's message to `failed`
            return _Bug(crash.report_bug(exc, "halaman Sinkron"))

    def done(result: Any) -> None:
        outcome.append(("bug", result) if isinstance(result, _Bug) else ("done", result))
        loop.quit()

    def failed(message: str) -> None:
        outcome.append(("refused", message))
        loop.quit()

    run_task(parent, title, guarded, done, failed)
    if not outcome:
        loop.exec()
    kind, value = outcome[0]
    if isinstance(value, _Bug):
        crash.show_crash_dialog(value.report, parent)
        return kind, crash.bug_message(value.report)
    return kind, value
