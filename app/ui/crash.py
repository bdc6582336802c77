"""Bugs on the desk: a crash report and the log, a crash dialog, and the half-typed
registration kept as a draft (restored at the next start by the registration page).

`install` puts a hook in `sys.excepthook` (exceptions in slots and event handlers) and
`threading.excepthook` (plain threads; background tasks of app.ui.workers report their
own). A refusal that reaches the hook (a UserError, a busy or full database, a full
stick) is shown as its plain message, not as a crash: the sorting is
app.services.crash.refusal, the same as the command line's.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import logs
from app.services import crash as crash_reports

_log = logs.get("ui.crash")
_handler: CrashHandler | None = None


def refusal_message(exc: BaseException) -> str | None:
    """The message of a refusal a person can act on; None for a bug."""
    db_file = _handler.db_file() if _handler is not None else None
    found = crash_reports.refusal(exc, db_file)
    return None if found is None else found[1]


def report_bug(exc: BaseException, where: str) -> Path | None:
    """Write the crash report (and log it); its path, or None when nothing could be
    written. Safe from any thread."""
    folder = _handler.data_dir() if _handler is not None else None
    return crash_reports.write_report(exc, folder, f"desktop: {where}")


def bug_message(report: Path | None) -> str:
    where = str(report) if report else QCoreApplication.translate(
        "Lindungi", "(tidak bisa ditulis; lihat lindungi.log)")
    return QCoreApplication.translate(
        "Lindungi", "Terjadi kesalahan program (bukan kesalahan Anda). Laporan kesalahan: "
        "%s. Kirim berkas itu ke admin.") % where


def show_crash_dialog(report: Path | None, parent: QWidget | None = None) -> None:
    """The crash dialog: what happened, where the report is, that the form is kept."""
    if parent is None and _handler is not None:
        parent = _handler.window
    where = str(report) if report else QCoreApplication.translate(
        "Lindungi", "(tidak bisa ditulis; lihat lindungi.log)")
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("Lindungi", "Kesalahan program"),
        QCoreApplication.translate(
            "Lindungi", "Terjadi kesalahan program (bukan kesalahan Anda).\n\n"
            "Laporan kesalahan disimpan di:\n%s\nKirim berkas itu ke admin.\n\n"
            "Isian pendaftaran yang belum tersimpan sudah disimpan sebagai draf dan "
            "dipulihkan saat program dibuka lagi. Program bisa dipakai terus; bila "
            "kesalahan ini berulang, tutup lalu buka lagi program.") % where,
        QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("crash-dialog")
    box.exec()


class CrashHandler(QObject):
    """The hooks of one window: its data folder for the report, its form for the draft."""

    _relayed = Signal(object)  # an exception of another thread, handled on the GUI thread

    def __init__(self, window: QWidget | None, fallback_dir: Path | None = None) -> None:
        super().__init__()
        self.window = window
        self.fallback_dir = fallback_dir
        self._showing = False
        self._previous: tuple[Any, Any] | None = None
        self._relayed.connect(self.handle)

    # -- where --------------------------------------------------------------------------
    def _workspace(self) -> Any:
        return getattr(self.window, "workspace", None)

    def data_dir(self) -> Path | None:
        ws = self._workspace()
        return Path(ws.data_dir) if ws is not None else self.fallback_dir

    def db_file(self) -> Path | None:
        from app.db import DB_FILENAME

        ws = self._workspace()
        if ws is not None and ws.on_server:
            return None
        folder = self.data_dir()
        return folder / DB_FILENAME if folder is not None else None

    # -- hooks --------------------------------------------------------------------------
    def install(self) -> None:
        global _handler
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        _handler = self

    def uninstall(self) -> None:
        global _handler
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if _handler is self:
            _handler = None

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception) or QApplication.instance() is None:
            self._pass_on(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if threading.current_thread() is not threading.main_thread():
            self._relayed.emit(exc)
            return
        try:
            self.handle(exc)
        except Exception as failed:  # the handler itself failed: never a loop
            _log.error("crash handler failed: %s", type(failed).__name__)
            self._pass_on(kind, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value
        if isinstance(exc, Exception) and QApplication.instance() is not None:
            self._relayed.emit(exc)  # handled on the GUI thread
            return
        previous = self._previous[1] if self._previous else threading.__excepthook__
        previous(args)

    def _pass_on(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        previous = self._previous[0] if self._previous else sys.__excepthook__
        previous(kind, exc, tb)

    def handle(self, exc: BaseException) -> None:
        """A refusal as its message; a bug as the draft kept, a report and a dialog."""
        message = refusal_message(exc)
        if message is not None:
            QMessageBox.warning(self.window, "Lindungi", message)
            return
        self.keep_draft()
        report = report_bug(exc, type(self.window).__name__ if self.window else "program")
        if self._showing:  # one dialog at a time; this report is written all the same
            return
        self._showing = True
        try:
            show_crash_dialog(report, self.window)
        finally:
            self._showing = False

    def keep_draft(self) -> None:
        keep = getattr(self.window, "keep_draft", None)
        if keep is None:
            return
        try:
            keep()
        except Exception as failed:  # the form may be what broke: the report matters more
            _log.error("draft not saved at the crash: %s", type(failed).__name__)


def install(window: QWidget | None, fallback_dir: Path | None = None) -> CrashHandler:
    """Install the crash hooks for `window` (the main window)."""
    handler = CrashHandler(window, fallback_dir)
    handler.install()
    return handler
