"""Starting the desktop program: data folder, first-start set-up, login, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app import __version__
from app.services import accounts, device
from app.services.workspace import Workspace


def run_gui(data_dir: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Lindungi")
    app.setApplicationVersion(__version__)
    from app.ui.dialogs import LoginDialog, SetupDialog
    from app.ui.main_window import MainWindow

    try:
        workspace = Workspace.open(data_dir)
    except OSError as exc:
        QMessageBox.critical(None, "Lindungi",
                             f"Folder data tidak bisa dibuka: {exc.strerror or exc}.")
        return 1
    try:
        _ = workspace.device_id
    except device.NotInitialised:
        if SetupDialog(workspace).exec() != QDialog.DialogCode.Accepted:
            return 0
    officer = None
    with workspace.db.session() as s:
        needs_login = accounts.has_accounts(s)
    if needs_login:
        login = LoginDialog(workspace)
        if login.exec() != QDialog.DialogCode.Accepted:
            return 0
        officer = login.officer
    window = MainWindow(workspace, officer)
    window.show()
    code = app.exec()
    workspace.close()
    return int(code)
