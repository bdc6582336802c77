"""The desk driven as an officer drives it: the window opened (signed in or not), keys
typed and pressed into whatever has the keyboard, fields reached, pages opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Member
from app.services import accounts
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui.main_window import MainWindow
from app.ui.sync_page import SyncPage


def open_window(qtbot: QtBot, ws: Workspace, officer: object = None) -> MainWindow:
    window = MainWindow(ws, officer)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def member_count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def type_into(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    # A visible completion list takes the keyboard, as it does for a person.
    popup = QApplication.activePopupWidget()
    widget = popup if popup is not None and popup.isVisible() else QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()  # as between two key presses of a person


def next_field(qtbot: QtBot) -> None:
    """Return moves to the next field; with a completion list open, the one Return takes
    the first (or highlighted) entry and moves on — as a person would press it."""
    popup = QApplication.activePopupWidget()
    if popup is not None and popup.isVisible():
        field = QApplication.focusWidget()
        assert field is not None
        window = field.window()
        press(qtbot, Qt.Key.Key_Return)
        moved = QApplication.focusWidget()
        assert moved is not None and moved is not field, "the list's Return did not move on"
        selected = (moved.selectionStart(), len(moved.selectedText())) \
            if isinstance(moved, QLineEdit) and moved.hasSelectedText() else None
        # The offscreen platform does not hand activation back after a popup closes
        # (a desktop's window manager does), and its late activation puts the keyboard
        # back where the list opened (and drops the selection the move made): give all
        # of them back as the desktop keeps them.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        if QApplication.focusWidget() is not moved:
            moved.setFocus(Qt.FocusReason.OtherFocusReason)
        if selected is not None and isinstance(moved, QLineEdit) \
                and not moved.hasSelectedText():
            moved.setSelection(*selected)
        return
    press(qtbot, Qt.Key.Key_Return)


def signed_in(qtbot: QtBot, ws: Workspace, user: str = "admin",
              password: str = "pasar-pagi-ramai") -> MainWindow:
    with ws.db.session() as s:
        officer = accounts.authenticate(s, Actor(ws.device_id), user, password)
    assert isinstance(officer, accounts.OfficerInfo)
    return open_window(qtbot, ws, officer)


def login_as(user: str, password: str) -> Callable[[Workspace, Any], Any]:
    """The start-up sign-in (`open_data`'s `login`), typed into the real dialog."""

    def login(ws: Workspace, window: Any) -> Any:
        from app.ui.dialogs import LoginDialog

        dialog = LoginDialog(ws, window)
        dialog.user.setText(user)
        dialog.password.setText(password)
        dialog.accept()
        return dialog.officer

    return login


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """The officer moves to a field (the offscreen platform may have left the window
    inactive after a list closed; a desktop would not)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def sync_page(qtbot: QtBot, ws: Workspace, user: str | None = None,
              password: str | None = None) -> tuple[MainWindow, SyncPage]:
    """The desk open on its Sinkron page, signed in as `user` (or with no accounts)."""
    officer = None
    if user is not None:
        with ws.db.session() as s:
            officer = accounts.authenticate(s, Actor(ws.device_id), user, password or "")
        assert isinstance(officer, accounts.OfficerInfo)
    window = open_window(qtbot, ws, officer)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.sync_page)
    return window, window.sync_page
