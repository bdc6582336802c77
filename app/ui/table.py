"""A read-only table model over a list of plain objects, one row each: the small lists
(groups, print jobs, conflicts, rejected rows, accounts, audit pages). The members list,
which can hold 100,000 rows, has its own lazily fetching model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex


def as_is(row: Any) -> tuple[Any, ...]:
    return tuple(row)


class ListModel(QAbstractTableModel, Generic[T]):
    """`render(row)` gives the cells shown for one object, in header order."""

    def __init__(self, headers: list[str], render: Callable[[T], tuple[Any, ...]] = as_is,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.render = render
        self.rows: list[T] = []

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: list[T]) -> None:
        if rows:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.render(self.rows[index.row()])[index.column()]


def table_view(parent: QWidget, model: QAbstractTableModel, stretch: int | tuple[int, ...],
               ) -> QTableView:
    """A read-only list: whole rows selected one at a time, `stretch` columns filling."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    for column in (stretch,) if isinstance(stretch, int) else stretch:
        view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)
    return view


class ChunkedTableView(QTableView):
    """A table over a model that reads its rows in chunks as the view scrolls. Qt's
    Ctrl+End stops at the last row read so far; here it reads the rest first (the
    model's `fetch_all`, in one go, or chunk by chunk), so it reaches the real last row.
    Ctrl+Home goes to the first row as usual."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() == Qt.Key.Key_End
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.fetch_all()
        super().keyPressEvent(event)

    def fetch_all(self) -> None:
        model = self.model()
        if model is None:
            return
        if not model.canFetchMore(QModelIndex()):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # 100,000 rows: seconds
        try:
            fetch_all = getattr(model, "fetch_all", None)
            if callable(fetch_all):
                fetch_all()
                return
            while model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
        finally:
            QApplication.restoreOverrideCursor()
