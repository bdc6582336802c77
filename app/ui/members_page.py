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
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.errors import UserError
from app.domain.nik import mask
from app.services import events, groups, member_changes
from app.services.audit import Actor
from app.services.tabular.table import count_text
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.edit_member_dialog import REPRINT_KEY, EditMemberDialog
from app.ui.members_model import MembersModel, size_columns
from app.ui.table import ChunkedTableView
from app.ui.void_dialog import VoidDialog

SEARCH_DELAY_MS = 120


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
        size_columns(self.table)
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
        self.count_label.setText(self.tr("%s peserta") % count_text(total))

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
