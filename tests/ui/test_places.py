"""The desk's file dialogs open where the person last picked something, else in their
Documents folder; never in the folder the program was started from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.ui import places


def test_dialogs_start_in_documents_then_where_the_last_pick_was(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "Program Files" / "Lindungi"
    program.mkdir(parents=True)
    monkeypatch.chdir(program)  # where a desktop shortcut starts the program
    monkeypatch.setattr(places, "_last", [])
    usb = tmp_path / "USB"
    usb.mkdir()
    opened: list[str] = []
    answers = iter([str(usb), "", str(usb / "kunci-kantor.json"), str(tmp_path / "x.ldgb")])

    def dialog(*args: Any) -> Any:
        opened.append(args[2])  # the folder (or file name in a folder) it opens on
        answer = next(answers)
        return answer if len(args) == 3 else (answer, "")  # a folder, or (file, filter)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    def many(*args: Any) -> tuple[list[str], str]:
        opened.append(args[2])
        return [next(answers)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", many)
    parent = QWidget()
    qtbot.addWidget(parent)
    documents = places.start_folder()  # Documents, or the home folder without one
    assert documents.is_dir() and documents != program

    assert places.ask_folder(parent, "Pilih folder USB") == usb
    assert opened[0] == str(documents)
    # the next one opens on the USB stick just picked; a cancel changes nothing
    assert places.ask_save(parent, "Simpan", "kunci-kantor.json", "JSON (*.json)") is None
    assert opened[1] == str(usb / "kunci-kantor.json")
    assert places.ask_save(parent, "Simpan", "kunci-kantor.json", "JSON (*.json)") == \
        usb / "kunci-kantor.json"
    assert places.ask_open_many(parent, "Impor batch", "*.ldgb") == [tmp_path / "x.ldgb"]
    assert opened[3] == str(usb)
    assert places.start_folder() == tmp_path  # where that file was picked
