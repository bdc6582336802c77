"""The accounts page for administrators: officer accounts and their roles, each edited
in the officer dialog (a refused save keeps the dialog open with its reason)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.services import accounts
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.table import ListModel, table_view
from app.ui.widgets import ENTER_KEYS, dialog_buttons


class OfficerDialog(QDialog):
    """One account: Enter saves, Esc cancels. A refused save (a weak password, a
    username already taken) keeps the dialog open with what was typed and the reason
    under the field it concerns."""

    def __init__(self, parent: Any = None, row: accounts.OfficerRow | None = None,
                 save: Callable[[OfficerDialog], None] | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Akun petugas"))
        self.username = QLineEdit(row.username if row else "", self)
        self.username.setEnabled(row is None)
        self.full_name = QLineEdit(row.full_name if row else "", self)
        self.full_name.setPlaceholderText(self.tr("dicetak di slip, mis. Sri Wahyuni"))
        self.role = QComboBox(self)
        for code, label in labels.items(accounts.ROLES):
            self.role.addItem(label, code)
        field_officer = row is not None and not row.can_sign_in
        # a field officer's role is given here with the password that lets them sign in
        self.role.setCurrentIndex(max(self.role.findData(
            row.role if row and not field_officer else "officer"), 0))
        self.role_note = QLabel(self.tr(
            "Belum bisa masuk di sini: akun dari {device} (peran di sana: {role}). Peran "
            "ini berlaku di sini setelah diberi kata sandi.").format(
                device=row.device or self.tr("perangkat lain"),
                role=labels.label(accounts.ROLES[row.role])) if row and field_officer else "",
            self)
        self.role_note.setWordWrap(True)
        self.role_note.setVisible(field_officer)
        self.active = QCheckBox(self.tr("Akun aktif"), self)
        self.active.setChecked(row.active if row else True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("isi agar petugas ini bisa masuk di sini") if field_officer else
            self.tr("kosongkan bila tidak diganti") if row else
            self.tr("minimal 10 karakter, mis. kopi pagi di pasar"))
        self.name_error = self._error_label()
        self.password_error = self._error_label()
        self.error = self._error_label()
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow("", self.role_note)
        form.addRow("", self.active)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow("", self.password_error)
        buttons = dialog_buttons(self, self.tr("Simpan"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit, error in ((self.full_name, self.name_error),
                            (self.password, self.password_error)):
            edit.textEdited.connect(lambda _t, error=error: error.hide())
        self.username.textEdited.connect(lambda _t: self.error.hide())
        self.setMinimumWidth(480)  # room for a refusal's reason under its field

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020")
        label.hide()
        return label

    def _refuse(self, label: QLabel, text: str, field: QWidget) -> None:
        label.setText(text)
        label.show()
        self.adjustSize()  # the reason read whole, the buttons still in view
        field.setFocus()

    def accept(self) -> None:
        for label in (self.name_error, self.password_error, self.error):
            label.hide()
        if not self.full_name.text().strip():
            self._refuse(self.name_error, self.tr(
                "Isi nama lengkap: nama ini dicetak di slip sebagai petugas."), self.full_name)
            return
        password = self.password.text()
        if password or self.username.isEnabled():  # a new account always has one
            problem = accounts.password_problem(password, self.username.text())
            if problem is not None:
                self._refuse(self.password_error, i18n.message(problem), self.password)
                return
        if self.save is not None:
            try:
                self.save(self)
            except UserError as exc:
                self._refuse(self.error, i18n.message(exc),
                             self.username if self.username.isEnabled() else self.full_name)
                return
        super().accept()


class AccountsPage(QWidget):
    """Administrators: officer accounts and their roles."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.rows: list[accounts.OfficerRow] = []
        self.model: ListModel[tuple[Any, ...]] = ListModel(
            [self.tr("Nama pengguna"), self.tr("Nama"), self.tr("Peran"), self.tr("Perangkat"),
             self.tr("Status")], parent=self)
        self.table = table_view(self, self.model, (1, 3))
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Akun baru… (Ctrl+N)"), self)
        edit = QPushButton(self.tr("Ubah… (Enter)"), self)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit_selected)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        for key in ENTER_KEYS:
            QShortcut(QKeySequence(key), self.table, self.edit_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with self.workspace.db.session() as s:
            self.rows = accounts.list_officers(s)
        self.model.set_rows([
            (o.username, o.full_name, labels.label(accounts.ROLES[o.role]), o.device,
             self.tr("terkunci sementara") if o.locked else
             self.tr("petugas lapangan (belum bisa masuk di sini)") if not o.can_sign_in else
             (self.tr("aktif") if o.active else self.tr("nonaktif")))
            for o in self.rows])

    def add(self) -> None:
        def save(dialog: OfficerDialog) -> None:
            with self.workspace.db.session() as s:
                accounts.create_officer(s, self.actor, dialog.username.text(),
                                        dialog.password.text(), str(dialog.role.currentData()),
                                        dialog.full_name.text())

        if OfficerDialog(self, save=save).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.rows[index.row()]

        def save(dialog: OfficerDialog) -> None:
            password = dialog.password.text() or None
            # a field officer's role here comes with a password; without one it stays
            # the laptop's, as its batches send it
            role = str(dialog.role.currentData()) if row.can_sign_in or password else None
            with self.workspace.db.session() as s:
                accounts.update_officer(s, self.actor, row.id, role,
                                        dialog.active.isChecked(), password,
                                        dialog.full_name.text())

        if OfficerDialog(self, row, save).exec() == QDialog.DialogCode.Accepted:
            self.reload()
