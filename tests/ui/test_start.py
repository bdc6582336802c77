"""Start-up screens and the members list, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services import accounts
from app.services.workspace import Workspace
from app.ui.dialogs import LoginDialog, SetupDialog
from app.ui.main_window import MainWindow
from app.ui.members_model import PAGE


def test_setup_dialog_creates_the_device_and_administrator(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "new")
    dialog = SetupDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Laptop Bangkalan 1")
    dialog.region.setCurrentIndex(dialog.region.findData("35.26"))
    qtbot.keyClicks(dialog.admin, "sri")
    qtbot.keyClicks(dialog.password, "kunci-baru-1")
    qtbot.keyClicks(dialog.repeat, "kunci-baru-1")
    dialog.accept()
    assert "nama lengkap" in dialog.error.text()  # printed on slips: asked for
    qtbot.keyClicks(dialog.full_name, "Sri Wahyuni")
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "rahasia-2")
    dialog.accept()
    assert "tidak sama" in dialog.error.text()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "kunci-baru-1")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ws.db.session() as s:
        assert accounts.has_accounts(s)
    assert ws.device_id is not None
    # the administrator it made is signed in: the password was just typed twice
    assert dialog.officer is not None
    assert (dialog.officer.username, dialog.officer.role) == ("sri", "administrator")


def test_login_refuses_a_wrong_password_then_accepts(qtbot: QtBot, demo: Workspace,
                                                     credentials: tuple[str, str]) -> None:
    dialog = LoginDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, credentials[0])
    qtbot.keyClicks(dialog.password, "salah")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "salah" in dialog.error.text()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, credentials[1])
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.officer is not None and dialog.officer.role == "administrator"


def test_main_window_counts_lists_lazily_and_searches(qtbot: QtBot, demo: Workspace) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    home = window.event_page
    assert window.tabs is not None
    window.tabs.setCurrentWidget(home)
    qtbot.waitUntil(lambda: home.registered.number() == 450)  # summed in the background
    assert sum(c.number() for c in home.by_sector.values()) == 450
    window.tabs.setCurrentWidget(window.members_page)
    page = window.members_page
    model = page.model
    assert model.rowCount() == PAGE  # only the first page is loaded
    ModelTester(None).check(model)
    page.table.scrollToBottom()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    first_name = model.index(0, 1).data()
    assert model.index(0, 0).data().count("*") == 6  # NIK masked on screen
    qtbot.keyClicks(page.search, first_name)
    qtbot.waitUntil(lambda: model.rowCount() < 450)
    assert all(first_name.lower() in model.index(r, 1).data().lower()
               for r in range(model.rowCount()))


def test_the_first_run_signs_in_the_administrator_it_made(qtbot: QtBot, tmp_path: Path
                                                           ) -> None:
    """The program's own start on an empty data folder: the first-run dialog, then the
    pages with its administrator signed in, no second sign-in asked; the sign-in is
    recorded as any other."""
    from sqlalchemy import select

    from app.models import AuditEntry
    from app.ui.app import open_data

    shown: list[str] = []

    def no_login(_ws: Workspace, _window: MainWindow) -> None:
        shown.append("login")
        return None

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SetupDialog)
        qtbot.keyClicks(dialog.name, "Laptop Bangkalan 1")
        dialog.region.setCurrentIndex(dialog.region.findData("35.26"))
        qtbot.keyClicks(dialog.admin, "sri")
        qtbot.keyClicks(dialog.full_name, "Sri Wahyuni")
        qtbot.keyClicks(dialog.password, "kunci-baru-1")
        qtbot.keyClicks(dialog.repeat, "kunci-baru-1")
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    QTimer.singleShot(100, fill)
    assert open_data(window, tmp_path / "baru", no_login)
    assert shown == []
    assert window.statusBar().currentMessage().startswith("Petugas: Sri Wahyuni")
    assert window.workspace is not None
    with window.workspace.db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions[-1] == "login"
