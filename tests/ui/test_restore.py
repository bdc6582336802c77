"""A damaged database at start: the app offers the backups, restores, says what is lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.db import DB_FILENAME
from app.services import backup, member_search, members
from app.services.workspace import Workspace
from app.ui.app import open_data
from app.ui.dialogs import RestoreDialog
from app.ui.main_window import MainWindow
from tests.helpers.dbstate import corrupt
from tests.helpers.desk import login_as


def test_backup_register_more_corrupt_then_start(qtbot: QtBot, demo: Workspace,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = demo.data_dir
    backup.make_backup(folder, "mulai")  # 450 members
    from app.services.audit import Actor
    from tests.helpers.people import register

    with demo.db.session() as s:
        event_id = member_search.list_members(s, limit=1)[0].event_id
    for seed in (901, 902, 903):
        register(demo, Actor(demo.device_id), event_id, seed)  # after the backup
    demo.close()
    corrupt(folder / DB_FILENAME)

    offered: list[Any] = []

    def choose(backups: list[Any], window: MainWindow) -> Path | None:
        offered.extend(backups)
        dialog = RestoreDialog(backups, window)  # what the officer would see
        qtbot.addWidget(dialog)
        assert "450 peserta" in dialog.list.item(0).text()
        dialog.accept()
        return dialog.chosen

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: said.append(text))

    window = MainWindow()
    qtbot.addWidget(window)
    assert open_data(window, folder, login_as("admin", "pasar-pagi-ramai"), choose)
    assert len(offered) == 1 and offered[0].members == 450
    assert said and "pendaftaran sesudah" in said[0] and "cadangan" in said[0]
    assert window.tabs is not None  # the program went on to its pages
    with window.workspace.db.session() as s:
        assert members.count_members(s) == 450
    assert list(folder.glob(f"{DB_FILENAME}.rusak-*"))  # the damaged file is kept


def test_restore_from_the_privacy_page(qtbot: QtBot, demo: Workspace,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from app.services.audit import Actor
    from tests.helpers.desk import signed_in
    from tests.helpers.people import register

    folder = demo.data_dir
    backup.make_backup(folder, "manual")
    with demo.db.session() as s:
        event_id = member_search.list_members(s, limit=1)[0].event_id
    register(demo, Actor(demo.device_id), event_id, 777)
    window = signed_in(qtbot, demo)
    page = window.privacy_page
    said: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: said.append(text))
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    assert page.ask_restore(choose=lambda offered: offered[0].path)
    assert said and "1 pendaftaran" in said[0] and "buka lagi" in said[0]
    assert quits == [True]
    restored = Workspace.open(folder)
    with restored.db.session() as s:
        assert members.count_members(s) == 450
    restored.close()
