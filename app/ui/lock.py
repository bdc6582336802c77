"""The lock: after a quiet spell (the minutes set in Settings) or at once (Ctrl+L) the
window hides its pages behind a password prompt. Nothing is closed or cleared, so a
half-typed registration waits unchanged. From the prompt another officer may sign in
("Ganti petugas"): the window then becomes theirs (app.ui.main_window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts
from app.services.audit import Actor
from app.services.workspace import Workspace

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

    def set_minutes(self, minutes: float) -> None:
        """A new setting, counted from now."""
        self.timer.setInterval(max(int(minutes * 60_000), 1))
        if self.timer.isActive():
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
    """Only the officer who was working unlocks; five wrong tries lock the account.
    Another officer signs in with "Ganti petugas" (`switched` carries them)."""

    unlocked = Signal()
    switched = Signal(object)  # accounts.OfficerInfo of the officer who signed in

    def __init__(self, workspace: Workspace, officer: accounts.OfficerInfo,
                 parent: Any = None, switchable: bool = True) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.officer = officer
        title = QLabel(self.tr("Layar dikunci"), self)
        title.setStyleSheet("font-size: 22px; font-weight: 600")
        who = QLabel(self.tr("Petugas %s: ketik kata sandi untuk melanjutkan. Isian yang "
                             "belum disimpan tetap ada.") % officer.full_name, self)
        who.setWordWrap(True)
        who.setFixedWidth(420)  # a wrapped label centred alone would get no room to wrap
        who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        who.setFixedHeight(who.heightForWidth(420))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setFixedWidth(320)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.setFixedWidth(420)
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2)
        button = QPushButton(self.tr("Buka"), self)
        button.setFixedWidth(320)
        self.switch_button = QPushButton(self.tr("&Ganti petugas…"), self)
        self.switch_button.setFixedWidth(320)
        self.switch_button.setToolTip(self.tr(
            "Petugas lain masuk dengan akunnya sendiri. Isian pendaftaran yang belum "
            "disimpan tetap menjadi draf petugas ini."))
        shown: list[QWidget] = [title, who, self.password, button, self.error,
                                self.switch_button]
        if not switchable:  # a dialog of this officer's is open under the lock
            self.switch_button.setEnabled(False)
            self.switch_button.hide()
            note = QLabel(self.tr("Petugas lain bisa masuk setelah petugas ini membuka kunci "
                                  "dan menutup jendela yang masih terbuka."), self)
            note.setWordWrap(True)
            note.setFixedWidth(420)
            note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            note.setFixedHeight(note.heightForWidth(420))
            shown[-1] = note
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in shown:
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.password.returnPressed.connect(self.try_unlock)
        button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.ask_switch)

    def reset(self) -> None:
        """Shown again: empty, waiting for the password."""
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def ask_switch(self) -> accounts.OfficerInfo | None:
        """The sign-in dialog for another officer; their pages replace these."""
        from app.ui.dialogs import LoginDialog

        dialog = LoginDialog(self.workspace, self, self.tr("Lindungi — ganti petugas"))
        if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.officer is None:
            self.password.setFocus()
            return None
        self.switched.emit(dialog.officer)
        return dialog.officer

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


class LockCover(QDialog):
    """The lock when a dialog is open (a member's data, a preview): a frameless window
    over the whole screen, above that dialog, so what it shows is hidden too and the
    password can still be typed (the dialog's modality blocks the window's own lock
    panel). Only the password lifts it; the dialog underneath is left as it was."""

    def __init__(self, workspace: Workspace, officer: accounts.OfficerInfo,
                 parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.panel = LockPanel(workspace, officer, self, switchable=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.panel.unlocked.connect(self.accept)
        screen = parent.screen()
        if screen is not None:  # at once, whatever the window manager does with full screen
            self.setGeometry(screen.geometry())

    def reject(self) -> None:
        """Esc does not lift the lock."""
