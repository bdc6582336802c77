"""The members list as a lazily fetched Qt table model (100,000 rows stay smooth)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView

from app import resources
from app.db import Database
from app.domain import codes
from app.domain.nik import mask
from app.domain.phone import display as phone_display
from app.services import member_search, members
from app.services.sync.export import sync_state
from app.ui import labels

PAGE = 200
MemberIdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
#: the columns' widths wherever members are listed: the masked NIK (what an officer
#: compares with the KTP) and the phone whole, the name wide; the last column stretches
COLUMN_WIDTHS = (150, 260, 100, 160, 110, 140, 100)


def size_columns(view: QTableView, name_width: int = COLUMN_WIDTHS[1]) -> None:
    """A list of members laid out as the Peserta page lays it out, one line a row."""
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    for column, width in enumerate(COLUMN_WIDTHS):
        view.setColumnWidth(column, name_width if column == 1 else width)


@dataclass
class Filters:
    search: str = ""
    event_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    sector: str | None = None
    status: str | None = None
    order: str = "name"
    descending: bool = False


class MembersModel(QAbstractTableModel):
    """Rows come from the members service one page at a time, as the view scrolls."""

    HEADERS = ("NIK", "Nama", "Tanggal lahir", "Desa/kelurahan", "Sektor", "No. HP", "Status",
               "Kirim ke kantor")
    #: the village column sorts by region code: the same village's members stay together
    SORT_KEYS = ("nik", "name", "birth_date", "region_code", "sector", "phone", "status",
                 "name")
    (COL_NIK, COL_NAME, COL_BIRTH, COL_VILLAGE, COL_SECTOR, COL_PHONE, COL_STATUS,
     COL_SYNC) = range(8)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[members.MemberRow] = []
        self._more = True
        self.filters = Filters()
        self._headers = [
            self.tr("NIK"), self.tr("Nama"), self.tr("Tanggal lahir"),
            self.tr("Desa/kelurahan"), self.tr("Sektor"), self.tr("No. HP"),
            self.tr("Status"), self.tr("Kirim ke kantor"),
        ]
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # -- loading -------------------------------------------------------------------------
    def _page(self, after: members.MemberRow | None) -> list[members.MemberRow]:
        f = self.filters
        with self._db.session() as s:
            return member_search.list_members(
                s, f.search or None, f.event_id, f.group_id, PAGE, after, f.sector, f.status,
                f.order, f.descending,
            )

    def total(self) -> int:
        """All rows the filters match, loaded or not."""
        f = self.filters
        with self._db.session() as s:
            return member_search.count_matching(s, f.search or None, f.event_id, f.group_id,
                                                f.sector, f.status)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._page(None)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page(self._rows[-1] if self._rows else None)
        self._more = len(page) == PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Every row still unread, in one query (Ctrl+End: the real last member)."""
        if not self._more:
            return
        f = self.filters
        with self._db.session() as s:
            rest = member_search.list_members(
                s, f.search or None, f.event_id, f.group_id, None,
                self._rows[-1] if self._rows else None, f.sector, f.status, f.order,
                f.descending,
            )
        self._more = False
        if rest:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rest) - 1)
            self._rows.extend(rest)
            self.endInsertRows()

    def row_of(self, member_id: uuid.UUID) -> int | None:
        """The row showing a member, reading further pages until it is found (a member
        the filters no longer match: None)."""
        checked = 0
        while True:
            for row in range(checked, len(self._rows)):
                if self._rows[row].id == member_id:
                    return row
            checked = len(self._rows)
            if not self._more:
                return None
            self.fetchMore()
            if len(self._rows) == checked:
                return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is done by the database, so it covers every row, not just those loaded."""
        self.filters.order = self.SORT_KEYS[column]
        self.filters.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def member_id(self, row: int) -> uuid.UUID | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def village(self, region_code: str) -> str:
        """The desa/kelurahan; where only the district was saved, `Kec. <name>`."""
        if region_code.count(".") == 3:
            return resources.regions_with_villages().name(region_code) or ""
        if region_code.count(".") == 2:
            name = resources.regions().name(region_code)
            return self.tr("Kec. %s") % name if name else ""
        return ""

    # -- model ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.COL_NIK:
                return mask(row.nik)
            if col == self.COL_NAME:
                return row.name
            if col == self.COL_BIRTH:
                return f"{row.birth_date:%d-%m-%Y}" if row.birth_date else ""
            if col == self.COL_VILLAGE:
                return self.village(row.region_code)
            if col == self.COL_SECTOR:
                return labels.label(codes.SECTORS.get(row.sector, row.sector))
            if col == self.COL_PHONE:
                return phone_display(row.phone) if row.phone else ""
            if col == self.COL_STATUS:
                return labels.label(codes.MEMBER_STATUSES.get(row.status, row.status))
            return sync_state(row.revision, row.sync_batch, row.sync_revision,
                              row.acked_revision)
        if role == Qt.ItemDataRole.FontRole and row.status != "active":
            return self._struck
        if role == MemberIdRole:
            return str(row.id)
        return None
