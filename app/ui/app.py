"""Starting the desktop program: the window first, then data folder, set-up, login, pages.

Only PySide6 is imported before the window is on screen; the database layer loads on
the first turn of the event loop, behind the window's "Menyiapkan data…" state.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.accounts import OfficerInfo
    from app.services.workspace import Workspace

#: Asks who is working; returns the officer, or None when the person gave up.
Login = Callable[["Workspace", MainWindow], "OfficerInfo | None"]


def interactive_login(workspace: Workspace, window: MainWindow) -> OfficerInfo | None:
    from app.ui.dialogs import LoginDialog

    dialog = LoginDialog(workspace, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.officer


def open_data(window: MainWindow, data_dir: Path | None, login: Login) -> bool:
    """Open the data folder into the shown window; False when the program should end."""
    from app.services import accounts, device
    from app.services.workspace import Workspace
    from app.ui.dialogs import SetupDialog

    try:
        workspace = Workspace.open(data_dir)
    except OSError as exc:
        QMessageBox.critical(window, "Lindungi",
                             window.tr("Folder data tidak bisa dibuka: %s.") % (
                                 exc.strerror or exc))
        return False
    try:
        _ = workspace.device_id
    except device.NotInitialised:
        if SetupDialog(workspace, window).exec() != QDialog.DialogCode.Accepted:
            return False
    officer = None
    with workspace.db.session() as s:
        needs_login = accounts.has_accounts(s)
    if needs_login:
        officer = login(workspace, window)
        if officer is None:
            return False
    window.attach(workspace, officer)
    return True


def run_gui(data_dir: Path | None = None, login: Login = interactive_login) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Lindungi")
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()

    def start() -> None:
        if not open_data(window, data_dir, login):
            window.close()
            app.quit()

    QTimer.singleShot(0, start)
    code = app.exec()
    workspace = getattr(window, "workspace", None)
    if workspace is not None:
        workspace.close()
    return int(code)
