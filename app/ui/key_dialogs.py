"""The Sync page's two trust questions, each showing a key's fingerprint to compare
before it is trusted: a laptop installing the office's key, and the office meeting a
new laptop in its first batch. Enter alone trusts nothing."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
)

from app.services import station


class OfficeKeyDialog(QDialog):
    """The office's key shown before this laptop trusts it: its name and fingerprint (and,
    when it replaces the office trusted so far, both fingerprints). Installing is the
    button; the person first compares the fingerprint with the office's."""

    def __init__(self, found: station.KeyFile, current: station.KeyInfo | None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pasang kunci kantor"))
        layout = QVBoxLayout(self)
        if current is None:
            text = self.tr(
                "<p>Kunci kantor <b>%s</b></p><p>Sidik jari: <b style='font-size:15px'>%s"
                "</b></p><p>Cocokkan sidik jari ini dengan yang tertulis di halaman Sinkron "
                "komputer kantor (atau tanyakan lewat telepon). Pasang hanya jika sama "
                "persis: sesudah itu batch dari laptop ini dienkripsi untuk kantor ini, "
                "dan tanda terimanya dipercaya.</p>") % (escape(found.name), found.fingerprint)
            confirm = self.tr("Sidik jari sama — pasang kunci kantor")
        else:
            text = self.tr(
                "<p><b>Laptop ini sudah mempercayai kantor lain.</b></p>"
                "<p>Kantor sekarang: <b>%s</b>, sidik jari <b>%s</b></p>"
                "<p>Kunci baru: <b>%s</b>, sidik jari <b>%s</b></p>"
                "<p>Ganti hanya dengan sengaja, misalnya kantor memasang komputer baru: "
                "cocokkan sidik jari baru dengan kantor. Sesudah diganti, batch dienkripsi "
                "untuk kunci baru dan kantor lama tidak bisa membacanya.</p>") % (
                escape(current.name), current.fingerprint, escape(found.name),
                found.fingerprint)
            confirm = self.tr("Sidik jari sama — ganti kunci kantor")
        message = QLabel(text, self)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        _cancel_first(self.confirm, cancel, message, layout)  # Enter alone trusts nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NewDeviceDialog(QDialog):
    """A laptop's first batch: its key fingerprint, to compare with the laptop's own
    Sinkron page before the office trusts it."""

    def __init__(self, name: str, fingerprint: str, file_name: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laptop baru"))
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(
            "<p>Batch <b>%s</b> datang dari laptop yang belum dikenal kantor ini: "
            "<b>%s</b>.</p><p>Sidik jari kunci laptop itu: <b style='font-size:15px'>%s"
            "</b></p><p>Minta petugas laptop membuka halaman Sinkron di laptopnya (atau "
            "bacakan lewat telepon) dan bandingkan sidik jarinya. Percayai hanya jika sama "
            "persis; jika berbeda, jangan impor: batch itu mungkin bukan dari laptop "
            "tersebut.</p>") % (escape(file_name), escape(name), fingerprint), self)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(self.tr("Sidik jari sama — percayai dan impor"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Jangan impor"),
                                   QDialogButtonBox.ButtonRole.RejectRole)
        _cancel_first(self.confirm, cancel, message, layout)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _cancel_first(confirm: QPushButton, cancel: QPushButton, message: QLabel,
                  layout: QVBoxLayout) -> None:
    """A trust question: Enter (and the focus) on the cancelling button, so only a
    deliberate click or Tab to the confirming one trusts a key; the message wide enough
    to be read whole."""
    confirm.setAutoDefault(False)
    cancel.setDefault(True)
    cancel.setFocus()
    message.setMinimumWidth(560)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
