"""desk.ini of a data folder, as the main window keeps it: the window's size and state,
and which officer's half-typed registration the registration form holds. (The desk's
language is kept there too, by app.ui.i18n.)"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    import uuid


def desk_settings(folder: Path) -> QSettings:
    """desk.ini of a data folder: the language (app.ui.i18n) and the window's layout."""
    return QSettings(str(Path(folder) / "desk.ini"), QSettings.Format.IniFormat)


def restore_layout(window: QMainWindow, folder: Path) -> bool:
    """The size and state `window` had when it was last closed on this data folder; True
    when it has none to restore (the first time), for the caller to maximise it."""
    settings = desk_settings(folder)
    geometry = settings.value("window/geometry")
    first_time = geometry is None or not window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    return first_time


def save_layout(window: QMainWindow, folder: Path) -> None:
    settings = desk_settings(folder)
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.sync()


def hand_over_draft(folder: Path, officer_id: uuid.UUID) -> None:
    """The registration form shows only this officer's half-typed registration: one
    left by the officer who worked here last (a closed window, a crash, a power cut)
    is set aside as theirs, and this officer's own, set aside earlier, comes back.
    desk.ini keeps the id (never a name) of the officer the form belongs to."""
    import uuid  # not before the first window: it loads `platform`

    from app.services import drafts

    settings = desk_settings(folder)
    try:
        last = uuid.UUID(str(settings.value("desk/officer", "")))
    except ValueError:
        last = None
    if last is not None and last != officer_id:
        drafts.set_aside(folder, last)
    drafts.take_back(folder, officer_id)
    settings.setValue("desk/officer", officer_id.hex)
    settings.sync()
