"""The members page: search as you type, filters, sort, open to correct, void."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
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
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
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
from app.ui.conflict_dialog import FIELD_LABELS
from app.ui.member_form import FormRow, MemberForm
from app.ui.members_model import MembersModel
from app.ui.table import ChunkedTableView
from app.ui.when import shown
from app.ui.widgets import ApprovalBox

SEARCH_DELAY_MS = 120


REPRINT_KEY = "Ctrl+R"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def field_names(fields: list[str]) -> str:
    """`Nama, No. HP`: which fields changed, never their values."""
    return ", ".join(QCoreApplication.translate("ConflictDialog", str(FIELD_LABELS.get(f, f)))
                     for f in fields)


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


class MembersPage(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr(
            "Cari nama, NIK (6 angka depan atau 4 angka belakang) atau nomor HP (Ctrl+F)"))
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
        self.table = ChunkedTableView(self)
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
        for col, width in enumerate((150, 260, 100, 160, 110, 140, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.open_button = QPushButton(self.tr("Buka / koreksi (Enter)"), self)
        self.void_button = QPushButton(self.tr("Batalkan… (Del)"), self)
        self.reprint_button = QPushButton(self.tr("Cetak ulang slip (Ctrl+R)"), self)
        self.count_label = QLabel(self)
        #: what the last correction or void saved (field names only)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addWidget(self.message, 1)
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
            self.say(dialog.outcome())
            self.reload_keeping(member_id)
            self.changed.emit()

    def say(self, text: str) -> None:
        """The outcome of the last action, on the page and in the window's status bar."""
        self.message.setText(text)
        window = self.window()
        if text and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    def reload_keeping(self, member_id: uuid.UUID) -> None:
        """Read the list again with the same member selected and in view, so the next
        Enter opens the same person (the row may move: a corrected name sorts anew)."""
        self.model.reload()
        self._count_timer.start()
        row = self.model.row_of(member_id)
        if row is None:  # the filters no longer match the member
            return
        index = self.model.index(row, self.model.COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.table.setFocus()

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
        self.say(self.tr("Pendaftaran dibatalkan; datanya tetap disimpan, dicoret."))
        self.reload_keeping(member_id)
        self.changed.emit()
