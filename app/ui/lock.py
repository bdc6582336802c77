"""The idle lock: after a quiet spell the window hides its pages behind a password
prompt. Nothing is closed or cleared, so a half-typed registration waits unchanged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.services import accounts
from app.services.audit import Actor
from app.services.workspace import Workspace

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10.0
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel}


class IdleWatcher(QObject):
    """Restarts a timer on every key press or mouse movement in the application."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(int(minutes * 60_000), 1))
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockPanel(QWidget):
    """Only the officer who was working unlocks; five wrong tries lock the account."""

    unlocked = Signal()

    def __init__(self, workspace: Workspace, officer: accounts.OfficerInfo,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.officer = officer
        title = QLabel(self.tr("Layar dikunci"), self)
        title.setStyleSheet("font-size: 22px; font-weight: 600")
        who = QLabel(self.tr("Petugas %s: ketik kata sandi untuk melanjutkan. Isian yang "
                             "belum disimpan tetap ada.") % officer.full_name, self)
        who.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaximumWidth(320)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        button = QPushButton(self.tr("Buka"), self)
        button.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, who, self.password, button, self.error):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.password.returnPressed.connect(self.try_unlock)
        button.clicked.connect(self.try_unlock)

    def try_unlock(self) -> bool:
        with self.workspace.db.session() as s:
            result = accounts.authenticate(s, Actor(self.workspace.device_id),
                                           self.officer.username, self.password.text())
        self.password.clear()
        if isinstance(result, accounts.AuthError):
            self.error.setText(str(result))
            return False
        self.error.clear()
        self.unlocked.emit()
        return True
