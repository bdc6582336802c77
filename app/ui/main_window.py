"""The main window: the event in progress, its counters, and the members list."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.domain import codes
from app.services import accounts, events, members
from app.services.workspace import Workspace
from app.ui.members_model import MembersModel

SEARCH_DELAY_MS = 120


class Counter(QFrame):
    """A large number with its label underneath."""

    def __init__(self, label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0", self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #0b5d3b")
        caption = QLabel(label, self)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, n: int) -> None:
        self.value.setText(f"{n:,}".replace(",", "."))


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, officer: accounts.OfficerInfo | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.officer = officer
        self.setWindowTitle(self.tr("Lindungi — pendaftaran peserta BPU"))
        self.resize(1100, 720)

        self.event_combo = QComboBox(self)
        self.event_combo.setMinimumWidth(380)
        self.event_info = QLabel(self)
        self.event_info.setStyleSheet("color: #555")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Acara:"), self))
        top.addWidget(self.event_combo)
        top.addWidget(self.event_info, 1)

        counters = QHBoxLayout()
        self.total = Counter(self.tr("Terdaftar di acara ini"), self)
        counters.addWidget(self.total)
        self.by_sector = {code: Counter(label, self) for code, label in codes.SECTORS.items()}
        for counter in self.by_sector.values():
            counters.addWidget(counter)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau nomor HP (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.model = MembersModel(workspace.db, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((170, 320, 120, 170)):
            self.table.setColumnWidth(col, width)

        body = QVBoxLayout()
        body.addLayout(top)
        body.addLayout(counters)
        body.addWidget(self.search)
        body.addWidget(self.table, 1)
        central = QWidget(self)
        central.setLayout(body)
        self.setCentralWidget(central)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.event_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        who = officer.full_name if officer else self.tr("tanpa akun")
        self.statusBar().showMessage(self.tr("Petugas: %s") % who)
        self.load_events()

    def load_events(self) -> None:
        with self.workspace.db.session() as s:
            listed = events.list_events(s)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for e in listed:
            state = self.tr("dibuka") if e.status == "open" else self.tr("ditutup")
            self.event_combo.addItem(f"{e.name} — {e.date:%d-%m-%Y} ({state})", str(e.id))
        self.event_combo.blockSignals(False)
        self.refresh()

    def current_event(self) -> uuid.UUID | None:
        data = self.event_combo.currentData()
        return uuid.UUID(data) if data else None

    def refresh(self) -> None:
        event_id = self.current_event()
        with self.workspace.db.session() as s:
            total = members.count_members(s, event_id)
            sectors = members.count_by_sector(s, event_id)
            info = events.get_event(s, event_id) if event_id else None
        self.total.set(total)
        for code, counter in self.by_sector.items():
            counter.set(sectors.get(code, 0))
        if info is not None:
            place = resources.regions().describe(info.region_code)
            self.event_info.setText(f"{info.venue} · {place}" if info.venue else place)
        else:
            self.event_info.setText(self.tr("Belum ada acara."))
        self.model.filters.event_id = event_id
        self.model.reload()

    def apply_search(self) -> None:
        self.model.filters.search = self.search.text().strip()
        self.model.reload()
