"""Correcting a member: the registration form with the same checks, the reason, the
history of changes, and from there a reprint, a consent proof or an erasure."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.domain import codes
from app.domain.errors import UserError
from app.services import events, groups, member_changes, privacy
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.conflict_dialog import FIELD_LABELS
from app.ui.member_form import FormRow, MemberForm
from app.ui.void_dialog import VoidDialog
from app.ui.when import shown
from app.ui.widgets import ENTER_KEYS

REPRINT_KEY = "Ctrl+R"


def field_names(fields: list[str]) -> str:
    """`Nama, No. HP`: which fields changed, never their values."""
    return ", ".join(QCoreApplication.translate("ConflictDialog", str(FIELD_LABELS.get(f, f)))
                     for f in fields)


class EditMemberDialog(QDialog):
    """Correct a member: every field, the same checks as registration; history below."""

    def __init__(self, workspace: Workspace, actor: Actor, member_id: uuid.UUID,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.member_id = member_id
        with workspace.db.session() as s:
            self.detail = member_changes.get_member(s, member_id)
            group_items = groups.group_choices(s)
            past = member_changes.history(s, member_id)
            event = events.get_event(s, self.detail.event_id)
            privacy.reveal_nik(s, actor, member_id)  # the form shows the whole NIK
        self.setWindowTitle(self.tr("Data peserta — %s") % self.detail.fields["name"])
        self.resize(980, 700)
        self.form = MemberForm(workspace.tariffs(), self.detail.consent_version, group_items,
                               self)
        values = self.detail.form_values()
        values["kelompok_id"] = str(self.detail.group_id or "")
        self.form.set_values(values)
        self.form.today = event.date
        self.form.update_contribution()
        self._shown = self.form.values()  # what "typed changes" are measured against
        self.form.submitted.connect(self.accept)
        #: what the last save changed (field names) and the revision it made
        self.saved_fields: list[str] = []
        self.saved_revision = self.detail.revision
        self.erased = False
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(member_changes.MAX_REASON)
        self.reason.setPlaceholderText(self.tr(
            "Alasan koreksi, wajib: mis. nama salah ketik, sesuai KTP (Enter: simpan)"))
        self.reason.setEnabled(self.detail.status == "active")
        self.reason.installEventFilter(self)
        status = labels.label(codes.MEMBER_STATUSES[self.detail.status])
        info = QLabel(
            self.tr("Status: %s · revisi %d · acara %s · persetujuan %s") % (
                status, self.detail.revision, event.name, self.detail.consent_version)
            + (self.tr(" · alasan batal: %s") % self.detail.void_reason
               if self.detail.void_reason else ""), self)
        info.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setMaximumHeight(self.fontMetrics().height() * 6)  # fits 768 px
        for change in past:
            label = self.tr("koreksi") if change.action == "edit" else self.tr("dibatalkan")
            fields = ", ".join(change.fields)
            self.history.addItem(f"{shown(change.changed_at)} · rev {change.revision}"
                                 f" · {label}: {fields} {change.reason}".strip())
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert save is not None and cancel is not None
        save.setText(self.tr("Simpan koreksi (Ctrl+S)"))
        cancel.setText(self.tr("Tutup"))
        save.setEnabled(self.detail.status == "active")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save.setAutoDefault(False)  # Enter in the fields is the form's (and the reason's)
        cancel.setAutoDefault(False)
        self.reprint_button = QPushButton(self.tr("Cetak ulang slip (Ctrl+R)"), self)
        self.reprint_button.setEnabled(self.detail.status == "active")
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reprint_button.clicked.connect(self.reprint_slip)
        QShortcut(QKeySequence(REPRINT_KEY), self, self.reprint_slip)
        self.proof_button = QPushButton(self.tr("Cetak bukti persetujuan"), self)
        self.erase_button = QPushButton(self.tr("Hapus data pribadi…"), self)
        for button in (self.proof_button, self.erase_button):
            button.setEnabled(self.detail.status != "erased")
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.proof_button.clicked.connect(self.print_consent_proof)
        self.erase_button.clicked.connect(self.ask_erase)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(FormRow(self.form), 1)
        reason_row = QHBoxLayout()
        reason_label = QLabel(self.tr("&Alasan koreksi"), self)
        reason_label.setBuddy(self.reason)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        layout.addWidget(QLabel(self.tr("Riwayat perubahan"), self))
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def reprint_slip(self) -> None:
        """This member's slip again: a copy of the one issued (or the first one)."""
        from app.ui.printing import preview_member_slip

        if self.detail.status != "active":
            return
        self.last_preview = preview_member_slip(self, self.workspace, self.actor,
                                                self.member_id)

    def print_consent_proof(self) -> None:
        from app.services import print_jobs
        from app.ui.printing import PreviewDialog

        try:
            job = print_jobs.consent_proof_to_queue(self.workspace, self.actor, self.member_id)
        except (UserError, OSError) as exc:
            self.error.setText(i18n.message(exc))
            return
        PreviewDialog(self.workspace, self.actor, job, self).open()

    def ask_erase(self) -> None:
        dialog = VoidDialog(self.detail.fields["name"], self.workspace, self,
                            erase=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.workspace.db.session() as s:
                privacy.erase_member(s, self.actor, self.member_id, dialog.text(),
                                     dialog.approval)
        except UserError as exc:
            self.error.setText(i18n.message(exc))
            return
        self.erased = True
        self.done(QDialog.DialogCode.Accepted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the reason saves (the form's own Enter chain ends there)."""
        if (watched is self.reason and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def typed_changes(self) -> bool:
        return self.form.values() != self._shown or bool(self.reason.text().strip())

    def reject(self) -> None:
        """Esc, Tutup or the window's close: typed changes are dropped only when asked."""
        if self.detail.status == "active" and self.typed_changes():
            ask = QMessageBox(QMessageBox.Icon.Question, self.tr("Buang perubahan?"),
                              self.tr("Perubahan yang sudah diketik belum disimpan. Buang "
                                      "perubahan dan tutup?"), parent=self)
            drop = ask.addButton(self.tr("&Buang dan tutup"),
                                 QMessageBox.ButtonRole.DestructiveRole)
            back = ask.addButton(self.tr("&Kembali mengedit"), QMessageBox.ButtonRole.RejectRole)
            ask.setDefaultButton(back)
            ask.setEscapeButton(back)
            ask.exec()
            if ask.clickedButton() is not drop:
                return
        super().reject()

    def accept(self) -> None:
        if self.detail.status != "active":
            super().reject()
            return
        clean = self.form.cleaned(self.workspace)
        if clean is None:
            self.error.setText(self.tr("Belum tersimpan: perbaiki isian yang bertanda merah."))
            return
        changed = [k for k in member_changes.EDITABLE
                   if k in clean and self.detail.fields[k] != clean[k]]
        if not changed:
            super().accept()  # nothing to save; the list says so
            return
        reason = " ".join(self.reason.text().split())
        if len(reason) < member_changes.MIN_REASON:
            self.error.setText(self.tr(
                "Belum tersimpan: tulis alasan koreksi (paling sedikit %d huruf), lalu "
                "tekan Enter.") % member_changes.MIN_REASON)
            self.reason.setFocus()
            return
        try:
            with self.workspace.db.session() as s:
                self.saved_revision = member_changes.update_member(
                    s, self.actor, self.member_id, clean, self.detail.revision, reason)
        except UserError as exc:  # a NIK already active, a stale record, a rule
            self.error.setText(i18n.message(exc))
            return
        self.saved_fields = changed
        super().accept()

    def outcome(self) -> str:
        """What the desk says after the dialog: the fields saved, never their values."""
        if self.erased:
            return self.tr("Data pribadi peserta dihapus; tanda terhapus tetap disimpan.")
        if not self.saved_fields:
            return self.tr("Tidak ada yang diubah.")
        return self.tr("Koreksi tersimpan (revisi %d): %s.") % (
            self.saved_revision, field_names(self.saved_fields))
