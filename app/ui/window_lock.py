"""The lock of the desk window: its pages hidden, as they are, behind the password prompt
(Ctrl+L, or after the quiet spell), an open dialog covered too, and the pages back when
the officer signs in again. MainWindow builds the pages and the prompt; this locks them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QTabWidget

if TYPE_CHECKING:
    from app.services.accounts import OfficerInfo
    from app.services.audit import Actor
    from app.services.workspace import Workspace
    from app.ui.lock import IdleWatcher, LockCover, LockPanel
    from app.ui.registration_page import RegistrationPage


class LockingWindow(QMainWindow):
    """A main window whose pages (`tabs`, shown in `stack`) `lock` hides behind
    `lock_panel` and `unlock` shows again; the window that builds them sets these."""

    stack: QStackedWidget
    tabs: QTabWidget | None
    lock_panel: LockPanel | None
    lock_cover: LockCover | None
    idle: IdleWatcher | None
    officer: OfficerInfo | None
    workspace: Workspace
    actor: Actor
    registration: RegistrationPage
    settings_action: QAction
    pages_menu: QMenu

    @property
    def locked(self) -> bool:
        return self.lock_panel is not None and self.stack.currentWidget() is self.lock_panel

    def lock(self, reason: str = "idle") -> None:
        """Hide the pages (kept as they are) behind the password prompt: "idle" after the
        quiet spell, "now" when the officer locks (Ctrl+L)."""
        from app.services import accounts

        if self.lock_panel is None or self.locked:
            return
        self.keep_draft()
        with self.workspace.db.session() as s:
            accounts.record_lock(s, self.actor, reason)
        self.stack.setCurrentWidget(self.lock_panel)
        self.lock_panel.reset()
        if QApplication.activeModalWidget() is not None:  # a dialog is open: cover it too
            from app.ui.lock import LockCover

            assert self.officer is not None
            self.lock_cover = LockCover(self.workspace, self.officer, self)
            self.lock_cover.accepted.connect(self.unlock)
            self.lock_cover.showFullScreen()
            self.lock_cover.panel.password.setFocus()
        self.settings_action.setEnabled(False)
        for action in self.pages_menu.actions():
            action.setEnabled(False)
        if self.idle is not None:
            self.idle.timer.stop()

    def unlock(self) -> None:
        assert self.tabs is not None
        cover, self.lock_cover = self.lock_cover, None
        if cover is not None:
            cover.hide()
            cover.deleteLater()
        self.stack.setCurrentWidget(self.tabs)
        self.settings_action.setEnabled(True)
        for action in self.pages_menu.actions():
            action.setEnabled(True)
        if self.idle is not None:
            self.idle.timer.start()
        if self.tabs.currentWidget() is self.registration:
            self.registration.form.nik.setFocus()

    def keep_draft(self) -> None:
        """Write the half-typed registration to disk now (closing, locking, a crash)."""
        if self.tabs is not None:
            self.registration.flush_draft()
