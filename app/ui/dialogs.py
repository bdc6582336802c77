"""First-start set-up, sign-in, restore and About dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app import resources
from app.domain.errors import UserError
from app.services import accounts, device
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.when import shown
from app.ui.widgets import ChoiceBox, dialog_buttons


def regency_combo(parent: Any) -> ChoiceBox:
    """All regencies/cities of Indonesia with type-ahead, East Java first; empty until
    one is chosen (a default would be saved without anyone having chosen it)."""
    index = resources.regions()
    codes = [c for c in index.names if c.count(".") == 1]
    codes.sort(key=lambda c: (not c.startswith("35."), index.names[c]))
    return ChoiceBox(parent, [(f"{index.names[code]} ({code})", code) for code in codes],
                     QCoreApplication.translate("Lindungi", "ketik nama kabupaten/kota"))


class SetupDialog(QDialog):
    """Shown once, when the data folder has no device yet. The administrator it creates
    is signed in by it (`officer`): the password was just typed twice."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.officer: accounts.OfficerInfo | None = None
        self.setWindowTitle(self.tr("Lindungi — penyiapan pertama"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("mis. Laptop Disperinaker 1"))
        self.region = regency_combo(self)
        self.admin = QLineEdit(self)
        self.admin.setPlaceholderText(self.tr("nama pengguna administrator"))
        self.full_name = QLineEdit(self)
        self.full_name.setPlaceholderText(self.tr("nama lengkap, tercetak di slip"))
        self.full_name.setMaxLength(120)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.region.validity_changed.connect(
            lambda: self.error.setText(self.region.problem()))
        form = QFormLayout()
        form.addRow(self.tr("Nama perangkat"), self.name)
        form.addRow(self.tr("Kabupaten/kota asal"), self.region)
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Perangkat ini belum disiapkan. Isi nama perangkat, kabupaten/kota tempat "
            "bertugas, dan administrator pertama."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.region.commit() or self.region.currentData() is None:
            self.error.setText(self.region.problem() or self.tr(
                "Pilih kabupaten/kota asal dari daftar."))
            self.region.setFocus()
            return
        if not self.full_name.text().strip():
            self.error.setText(self.tr("Isi nama lengkap administrator: nama itu tercetak "
                                       "di slip yang ia cetak."))
            self.full_name.setFocus()
            return
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("Kedua kata sandi tidak sama; ketik ulang."))
            self.repeat.setFocus()
            return
        try:
            with self.workspace.db.session() as s:
                made = device.initialise(s, self.name.text(),
                                         str(self.region.currentData() or ""),
                                         self.admin.text(), self.password.text(),
                                         self.full_name.text().strip())
        except UserError as exc:
            self.error.setText(i18n.message(exc).capitalize() + ".")
            return
        if made.admin_created:  # a sign-in like any other: checked, in the audit trail
            with self.workspace.db.session() as s:
                signed = accounts.authenticate(s, Actor(made.device_id), self.admin.text(),
                                               self.password.text())
            if isinstance(signed, accounts.OfficerInfo):
                self.officer = signed
        super().accept()


class LoginDialog(QDialog):
    """Asks for an officer's name and password; the failed count is kept by the service."""

    def __init__(self, workspace: Workspace, parent: Any = None,
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.officer: accounts.OfficerInfo | None = None
        self.setWindowTitle(title or self.tr("Lindungi — masuk"))
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = dialog_buttons(self, self.tr("Masuk"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)  # the title and a long name stay readable

    def accept(self) -> None:
        with self.workspace.db.session() as s:
            result = accounts.authenticate(
                s, Actor(self.workspace.device_id), self.user.text(), self.password.text()
            )
        if isinstance(result, accounts.AuthError):
            self.error.setText(str(result))
            self.password.clear()
            self.password.setFocus()
            return
        self.officer = result
        super().accept()


class RestoreDialog(QDialog):
    """The database is damaged: what each backup holds, before choosing one."""

    def __init__(self, backups: list[Any], parent: Any = None,
                 intro_text: str | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QListWidget

        self.backups = backups
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Database rusak — pulihkan dari cadangan"))
        self.resize(640, 360)
        intro = QLabel(intro_text or self.tr(
            "Database tidak bisa dibaca dengan utuh (mungkin listrik padam saat menulis). "
            "Pilih cadangan untuk dipulihkan; file yang rusak disimpan di sampingnya."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)  # a handful of rolling backups, never a long list
        for b in backups:
            self.list.addItem(self.tr("%s · %s · %d peserta, %d acara") % (
                shown(b.made_at), b.reason, b.members, b.events))
        self.list.setCurrentRow(0)
        buttons = dialog_buttons(self, self.tr("Pulihkan"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.chosen = self.backups[row].path
            super().accept()


LICENCE = "MIT"


class AboutDialog(QDialog):
    """Bantuan → Tentang Lindungi: the program, its version and licence, and where its
    data is."""

    def __init__(self, data_dir: Path | None, parent: Any = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout

        from app import __version__
        from app.ui.screen import app_icon

        self.setWindowTitle(self.tr("Tentang Lindungi"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(72, 72))
        name = QLabel(self.tr("Lindungi %s") % __version__, self)
        name.setStyleSheet("font-size: 20px; font-weight: 700")
        what = QLabel(self.tr(
            "Meja pendaftaran peserta Bukan Penerima Upah (BPU) BPJS Ketenagakerjaan untuk "
            "acara di lapangan, bekerja tanpa internet."), self)
        what.setWordWrap(True)
        self.licence = QLabel(self.tr("Lisensi: %s") % LICENCE, self)
        self.folder = QLabel(self.tr("Folder data: %s") % (data_dir or self.tr("(belum dibuka)")),
                             self)
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setText(self.tr("Tutup"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for w in (name, what, self.licence, self.folder):
            text.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.version = name
        self.setMinimumWidth(460)
