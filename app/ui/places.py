"""The desk's file dialogs, all opening in one sensible place: the folder the person last
picked a file or folder in (this session), else their Documents folder. Never the
folder the program was started from, which a desktop shortcut makes the program's own
install folder (a file saved there is lost to the officer, or refused by the system)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last: list[Path] = []  # the folder last chosen in any of these dialogs


def start_folder() -> Path:
    """Where the next dialog opens."""
    if _last and _last[0].is_dir():
        return _last[0]
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _chosen(folder: Path) -> None:
    _last[:] = [folder]


def ask_open(parent: QWidget, title: str, pattern: str) -> Path | None:
    """One existing file to read, or None when the person cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), pattern)
    if not path:
        return None
    _chosen(Path(path).parent)
    return Path(path)


def ask_open_many(parent: QWidget, title: str, pattern: str) -> list[Path]:
    """Existing files to read (none when the person cancels)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), pattern)
    if paths:
        _chosen(Path(paths[0]).parent)
    return [Path(p) for p in paths]


def ask_save(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    """Where to write a file offered as `name`, or None when the person cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), pattern)
    if not path:
        return None
    _chosen(Path(path).parent)
    return Path(path)


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """A folder (a USB stick's, say), or None when the person cancels."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(start_folder()))
    if not folder:
        return None
    _chosen(Path(folder))
    return Path(folder)
