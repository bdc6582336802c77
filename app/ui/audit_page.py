"""The audit page: every processing action, newest first, with filters, a check of
the chain, and the selected entry's exact record (the words from app.ui.audit_words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import audit
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui.audit_words import action_label, details_text, object_text
from app.ui.table import ListModel, table_view
from app.ui.when import shown

PAGE = 200


class AuditPage(QWidget):
    """Every processing action, newest first, with filters and a check of the chain.
    Actions and details in words; the selected entry's exact record below the list."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.entries: list[audit.EntryRow] = []
        self.action = QComboBox(self)
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText(self.tr("nama pengguna petugas"))
        self.verify_button = QPushButton(self.tr("Periksa keutuhan jejak audit"), self)
        self.more_button = QPushButton(self.tr("Muat lebih banyak"), self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tindakan"), self))
        top.addWidget(self.action, 1)
        top.addWidget(QLabel(self.tr("Petugas"), self))
        top.addWidget(self.officer, 1)
        top.addWidget(self.verify_button)
        self.model: ListModel[tuple[Any, ...]] = ListModel(
            [self.tr("Waktu"), self.tr("Petugas"), self.tr("Tindakan"), self.tr("Objek"),
             self.tr("Rincian")], parent=self)
        self.table = table_view(self, self.model, 4)
        for column in (0, 1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.exact = QLabel(self)
        self.exact.setWordWrap(True)
        self.exact.setTextFormat(Qt.TextFormat.PlainText)
        self.exact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exact.setStyleSheet("color: #555555; font-family: monospace")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.exact)
        layout.addWidget(self.more_button)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.officer.editingFinished.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.more_button.clicked.connect(self.load_more)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_exact(current.row()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        with self.workspace.db.session() as s:
            names = audit.actions(s)
        keep = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Semua"), None)
        for name in sorted(names, key=action_label):
            self.action.addItem(action_label(name), name)
        self.action.setCurrentIndex(max(self.action.findData(keep), 0) if keep else 0)
        self.action.blockSignals(False)
        self.reload()

    def _rows(self, before: audit.EntryRow | None) -> list[audit.EntryRow]:
        with self.workspace.db.session() as s:
            return audit.list_entries(s, self.action.currentData(),
                                      self.officer.text().strip() or None, PAGE, before)

    @staticmethod
    def _show(e: audit.EntryRow) -> tuple[Any, ...]:
        return (shown(e.at, seconds=True), e.officer or "-", action_label(e.action),
                object_text(e.entity_type, e.entity_id), details_text(e.action, e.details))

    def show_exact(self, row: int) -> None:
        """The entry as recorded: its number, device, code, object and details."""
        if not 0 <= row < len(self.entries):
            self.exact.setText("")
            return
        e = self.entries[row]
        self.exact.setText(self.tr("Catatan asli: #%d · perangkat %s · %s · %s %s · %s") % (
            e.seq, e.device_id, e.action, e.entity_type or "-", e.entity_id or "-",
            e.details or "{}"))

    def reload(self) -> None:
        self.entries = self._rows(None)
        self.model.set_rows([self._show(e) for e in self.entries])
        self.more_button.setEnabled(len(self.entries) == PAGE)
        self.exact.setText("")

    def load_more(self) -> None:
        if not self.entries:
            return
        more = self._rows(self.entries[-1])
        self.entries += more
        self.model.add_rows([self._show(e) for e in more])
        self.more_button.setEnabled(len(more) == PAGE)

    def verify(self) -> audit.ChainReport:
        with self.workspace.db.session() as s:
            report = audit.verify(s)
        if report.valid:
            self.verdict.setStyleSheet("color: #0b5d3b")
            self.verdict.setText(self.tr("Jejak audit utuh: %d entri.") % report.entries)
        else:
            bad = report.first_bad or {}
            self.verdict.setStyleSheet("color: #b00020; font-weight: 600")
            self.verdict.setText(self.tr("Jejak audit RUSAK pada entri nomor %s: %s") % (
                bad.get("seq"), bad.get("reason")))
        return report
