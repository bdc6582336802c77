"""The members page: search as you type, filters, sort, open to correct, void."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.errors import UserError
from app.domain.nik import mask
from app.services import events, groups, member_changes, privacy
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.member_form import FormRow, MemberForm
from app.ui.members_model import MembersModel
from app.ui.when import shown
from app.ui.widgets import ApprovalBox

SEARCH_DELAY_MS = 120


REPRINT_KEY = "Ctrl+R"


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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.approval_box)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
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
        self.resize(980, 760)
        self.form = MemberForm(workspace.tariffs(), self.detail.consent_version, group_items,
                               self)
        values = self.detail.form_values()
        values["kelompok_id"] = str(self.detail.group_id or "")
        self.form.set_values(values)
        self.form.today = event.date
        self.form.update_contribution()
        self.form.submitted.connect(self.accept)
        status = labels.label(codes.MEMBER_STATUSES[self.detail.status])
        info = QLabel(
            self.tr("Status: %s · revisi %d · acara %s · persetujuan %s") % (
                status, self.detail.revision, event.name, self.detail.consent_version)
            + (self.tr(" · alasan batal: %s") % self.detail.void_reason
               if self.detail.void_reason else ""), self)
        info.setWordWrap(True)
        self.history = QListWidget(self)
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
        from app.services import printing
        from app.ui.printing import PreviewDialog

        try:
            job = printing.consent_proof_to_queue(self.workspace, self.actor, self.member_id)
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
        self.done(QDialog.DialogCode.Accepted)

    def accept(self) -> None:
        if self.detail.status != "active":
            super().reject()
            return
        clean = self.form.cleaned(self.workspace)
        if clean is None:
            self.error.setText(self.tr("Belum tersimpan: perbaiki isian yang bertanda merah."))
            return
        try:
            with self.workspace.db.session() as s:
                member_changes.update_member(s, self.actor, self.member_id, clean,
                                             self.detail.revision)
        except UserError as exc:  # a NIK already active, a stale record, a rule
            self.error.setText(i18n.message(exc))
            return
        super().accept()


class MembersPage(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau nomor HP (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.event_filter = QComboBox(self)
        self.group_filter = QComboBox(self)
        self.sector_filter = QComboBox(self)
        self.sector_filter.addItem(self.tr("Semua sektor"), None)
        for code, label in labels.items(codes.SECTORS):
            self.sector_filter.addItem(label, code)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Semua status"), None)
        for code, label in labels.items(codes.MEMBER_STATUSES):
            self.status_filter.addItem(label, code)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.event_filter, self.group_filter, self.sector_filter,
                      self.status_filter):
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply_filters)

        self.model = MembersModel(workspace.db, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((170, 320, 120, 170)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.open_button = QPushButton(self.tr("Buka / koreksi (Enter)"), self)
        self.void_button = QPushButton(self.tr("Batalkan… (Del)"), self)
        self.reprint_button = QPushButton(self.tr("Cetak ulang slip (Ctrl+R)"), self)
        self.count_label = QLabel(self)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.reprint_button)
        actions.addWidget(self.void_button)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.void_button.clicked.connect(self.void_selected)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filters)
        # The total is counted just after the first page is on screen, not before.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._show_count)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.void_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.open_selected)
        QShortcut(QKeySequence(REPRINT_KEY), self, self.reprint_selected)
        self.last_preview: Any = None
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        """The list is read when the page is first shown, not at program start."""
        super().showEvent(event)
        if not self._loaded:
            self.reload_choices()

    def reload_choices(self) -> None:
        self._loaded = True
        with self.workspace.db.session() as s:
            event_list = events.list_events(s)
            group_list = groups.group_choices(s)
        keep_event = self.event_filter.currentData()
        keep_group = self.group_filter.currentData()
        for combo, all_label, items, keep in (
            (self.event_filter, self.tr("Semua acara"), [(e.name, e.id) for e in event_list],
             keep_event),
            (self.group_filter, self.tr("Semua kelompok"), list(group_list), keep_group),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, None)
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        f = self.model.filters
        f.search = self.search.text().strip()
        f.event_id = self.event_filter.currentData()
        f.group_id = self.group_filter.currentData()
        f.sector = self.sector_filter.currentData()
        f.status = self.status_filter.currentData()
        self.model.reload()
        self._count_timer.start()

    def _show_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(self.tr("%s peserta") % f"{total:,}".replace(",", "."))

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.member_id(index.row()) if index.isValid() else None

    def open_member(self, member_id: uuid.UUID) -> None:
        dialog = EditMemberDialog(self.workspace, self.actor, member_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.reload()
            self.changed.emit()

    def open_selected(self) -> None:
        member_id = self.selected_id()
        if member_id:
            self.open_member(member_id)

    def reprint_selected(self) -> None:
        """"Cetak ulang slip" for the member on the selected row (Ctrl+R)."""
        from app.ui.printing import preview_member_slip

        member_id = self.selected_id()
        if member_id is None:
            return
        dialog = preview_member_slip(self, self.workspace, self.actor, member_id)
        if dialog is not None:
            dialog.printed.connect(self.changed.emit)
            dialog.queued.connect(self.changed.emit)
        self.last_preview = dialog

    def void_selected(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        with self.workspace.db.session() as s:
            detail = member_changes.get_member(s, member_id)
        if detail.status != "active":
            QMessageBox.information(self, self.tr("Batalkan"),
                                    self.tr("Pendaftaran ini sudah dibatalkan."))
            return
        who = f"{detail.fields['name']} ({mask(detail.fields['nik'])})"
        dialog = VoidDialog(who, self.workspace, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.workspace.db.session() as s:
                member_changes.void_member(s, self.actor, member_id, dialog.text(),
                                           dialog.approval)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Batalkan"), i18n.message(exc))
            return
        self.model.reload()
        self.changed.emit()
