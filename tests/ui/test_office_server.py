"""The desk on the office's database: the data folder's SQLite file, or PostgreSQL given
by URL (`lindungi --database-url …`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from app.db import DB_FILENAME
from app.services import device
from app.services.workspace import Workspace
from app.ui.app import open_data
from app.ui.main_window import MainWindow
from tests.helpers.desk import login_as
from tests.helpers.office import OfficeDb


def test_the_desk_opens_on_the_office_database(qtbot: QtBot, tmp_path: Path,
                                               office_db: OfficeDb) -> None:
    folder = tmp_path / "kantor"
    url = office_db.url()
    ws = Workspace.open(folder, url)
    with ws.db.session() as s:
        device.initialise(s, "Kantor Disnaker Provinsi", "35", "kepala", "sandi-kepala-1")
    ws.close()

    window = MainWindow()  # deleted by the test itself, before its database closes
    try:
        _check_window(qtbot, window, folder, login_as("kepala", "sandi-kepala-1"), url)
    finally:
        workspace = getattr(window, "workspace", None)
        pool = QThreadPool.globalInstance()
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=10_000)
        window.close()
        Shiboken.delete(window)  # no page, timer or model of it can query any more
        if workspace is not None:
            workspace.close()


def _check_window(qtbot: QtBot, window: MainWindow, folder: Path, login: Any,
                  url: str | None) -> None:
    assert open_data(window, folder, login, database_url=url)
    status = window.statusBar().currentMessage()
    assert status.startswith("Petugas: kepala")
    if url:
        # where the data is, without the password; no file, no backups of a file
        assert "postgresql office_" in status and "@ 127.0.0.1" in status
        assert window.privacy_page.restore_button.isHidden()
        assert not (folder / DB_FILENAME).exists()
        assert not list(folder.glob("backups/*.sqlite"))
    else:
        assert str(folder) in status
        assert not window.privacy_page.restore_button.isHidden()
        # the start-up backup follows the background page check
        qtbot.waitUntil(lambda: bool(list(folder.glob("backups/*.sqlite"))), timeout=10_000)
