"""Long work off the GUI thread: a task reports progress as data and can be cancelled.

`run_task` starts `work(progress, cancelled)` on the global thread pool and shows a
progress dialog with a Cancel button; the result (or the error message) comes back on
the GUI thread through signals. A refusal comes back as its message; a bug leaves a
crash report (app.ui.crash) and comes back as a message saying where it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)  # a refusal's message, or (after `crashed`) a bug's
    crashed = Signal(object)  # the crash report of a bug (Path | None)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def _send(self, signal: str, *args: Any) -> None:
        """Emit one of the task's signals. When the task's owner is gone (its page taken
        down at sign-out, the program quitting) nobody is left to tell: the work is asked
        to stop, and nothing is raised in the pool's thread."""
        try:
            getattr(self.task, signal).emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            self.task.cancel_event.set()

    def _progressed(self, done: int, total: int) -> None:
        self._send("progressed", done, total)

    def run(self) -> None:
        task = self.task
        try:
            result = task.work(self._progressed, task.cancel_event.is_set)
        except Exception as exc:
            from app.ui import crash

            message = crash.refusal_message(exc)
            if message is not None:  # a problem a person can act on
                self._send("failed", message)
                return
            report = crash.report_bug(exc, "tugas latar belakang")
            self._send("crashed", report)
            self._send("failed", crash.bug_message(report))
        else:
            self._send("succeeded", result)


def run_quietly(
    parent: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None] | None = None,
) -> Task:
    """Short background work with no dialog (refreshing counters and the like)."""
    task = Task(lambda _progress, _cancelled: work(), parent)
    task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    else:  # nobody shows a refusal of this small job; a bug still gets its dialog
        from app.ui import crash

        task.crashed.connect(crash.show_crash_dialog)
    task.succeeded.connect(lambda _r: task.deleteLater())
    task.failed.connect(lambda _m: task.deleteLater())
    QThreadPool.globalInstance().start(_Runner(task))
    return task


def run_task(
    parent: QWidget,
    title: str,
    work: Work,
    on_success: Callable[[Any], object],
    on_failure: Callable[[str], object],
) -> Task:
    """Run `work` in the background behind a modal progress dialog with Cancel. A refusal
    (app.services.crash.refusal) comes back as its message; anything else is a bug with
    a crash report (a cancellation is the work's to turn into a result)."""
    task = Task(work, parent)
    dialog = QProgressDialog(title, QCoreApplication.translate("Lindungi", "Batal"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(QCoreApplication.translate(
            "Lindungi", "%s: %d dari %d baris") % (title, done, total))

    def finish(callback: Callable[[Any], object], value: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        callback(value)
        task.deleteLater()

    task.progressed.connect(progressed)
    task.succeeded.connect(lambda result: finish(on_success, result))
    task.failed.connect(lambda message: finish(on_failure, message))
    QThreadPool.globalInstance().start(_Runner(task))
    return task
