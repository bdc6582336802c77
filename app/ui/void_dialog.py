"""Voiding a registration or erasing a member's personal data: the reason, and a
supervisor's approval when the desk needs one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import member_changes
from app.services.workspace import Workspace
from app.ui.widgets import ENTER_KEYS, ApprovalBox


class VoidDialog(QDialog):
    """Asks why a registration is voided; the record stays, struck through."""

    def __init__(self, who: str, workspace: Workspace, parent: Any = None,
                 erase: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hapus data pribadi") if erase
                            else self.tr("Batalkan pendaftaran"))
        self.approval_box = ApprovalBox(workspace, self)
        self.approval: Any = None
        intro = QLabel(self.tr(
            "Hapus data pribadi %s? Nama, NIK, alamat, HP dan riwayatnya diganti tanda "
            "terhapus, juga di kantor setelah sinkron. Tidak bisa dibatalkan. Tulis dasar "
            "permintaannya:") % who if erase else self.tr(
            "Batalkan pendaftaran %s? Data tetap disimpan dan ditandai batal. Tulis "
            "alasannya:") % who, self)
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("mis. NIK salah ketik, didaftar ulang"))
        self.reason.setToolTip(self.tr(
            "Enter: lanjut ke persetujuan atau selesai · Shift+Enter: baris baru · "
            "Ctrl+Enter: selesai · Esc: kembali"))
        self.reason.setTabChangesFocus(True)  # Tab leaves the box, as in every other field
        self.reason.installEventFilter(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert ok is not None and cancel is not None
        ok.setText(self.tr("Hapus data pribadi") if erase else self.tr("Batalkan pendaftaran"))
        ok.setEnabled(False)
        cancel.setText(self.tr("Kembali"))
        self.ok = ok
        self.reason.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in (ok, cancel):  # Enter is handled below, never by a stray default
            button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        for field in (self.approval_box.user, self.approval_box.password):
            field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.approval_box)
        layout.addWidget(self.buttons)
        # the box is made first (the text needs to know if approval is needed): put the
        # keyboard order right, reason, supervisor, password, then the buttons
        QWidget.setTabOrder(self.reason, self.approval_box.user)
        QWidget.setTabOrder(self.approval_box.user, self.approval_box.password)
        QWidget.setTabOrder(self.approval_box.password, ok)
        QWidget.setTabOrder(ok, cancel)
        self.reason.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the reason goes on to the supervisor's name (or finishes when no
        approval is needed); in the name, to the password; in the password, finishes.
        Shift+Enter keeps a new line in the reason."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in ENTER_KEYS):
            mods = event.modifiers()
            if watched is self.reason and mods & Qt.KeyboardModifier.ShiftModifier:
                return False
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.accept()
            elif watched is self.reason and self.approval_box.needed:
                self.approval_box.user.setFocus()
            elif watched is self.approval_box.user:
                self.approval_box.password.setFocus()
            else:
                self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if not self.ok.isEnabled():  # no reason yet: the keyboard lands back in it
            self.reason.setFocus()
            return
        approval = self.approval_box.approval()
        if approval is False:
            return  # wrong or not a supervisor: the box says why
        self.approval = approval
        super().accept()

    def _check(self) -> None:
        self.ok.setEnabled(len(" ".join(self.reason.toPlainText().split()))
                           >= member_changes.MIN_REASON)

    def text(self) -> str:
        return self.reason.toPlainText()
