"""Adding members to a group: search the registered members, mark some, press Enter."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from app.domain.errors import UserError
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.members_model import MembersModel, size_columns
from app.ui.widgets import ERROR_STYLE, NOTE_STYLE, dialog_buttons

if TYPE_CHECKING:
    from app.services.groups import Joined


class AddMembersDialog(QDialog):
    """Search existing members and put the highlighted or marked ones in the group.

    The officer types part of a name, NIK or phone, goes down into the list (Down),
    marks several with Space (Ctrl+A: all listed) or none, and presses Enter: the marked
    ones, or else the highlighted one, join the group at once and the dialog says how
    many; it stays open for the next search. Esc or "Selesai" closes it."""

    def __init__(self, workspace: Workspace,
                 add: Callable[[list[uuid.UUID]], Joined], parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah peserta ke kelompok"))
        self.resize(1020, 540)  # every column whole, the NIK above all (1366x768 and 1280)
        self._add = add
        #: how many joined the group while the dialog was open
        self.added = 0
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau nomor HP, lalu ↓"))
        self.model = MembersModel(workspace.db, self)
        self.model.filters.status = "active"
        self.model.reload()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Up/Down move the highlight and leave the marks; Space marks or unmarks
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.setTabKeyNavigation(False)
        size_columns(self.table, name_width=220)
        self.hint = QLabel(self.tr("↓: ke daftar, ↑ di baris pertama: kembali · Spasi: "
                                   "tandai/lepas · Ctrl+A: tandai semua · Enter: tambahkan "
                                   "yang ditandai, atau yang disorot · Esc: selesai"), self)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_marked())
        buttons = dialog_buttons(self, self.tr("Tambahkan"), self.tr("Selesai"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _search(self, text: str) -> None:
        self.model.filters.search = text.strip()
        self.model.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.model.rowCount() > 0):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            return True
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Up
                and self.table.currentIndex().row() <= 0):
            self.search.setFocus(Qt.FocusReason.BacktabFocusReason)  # above the list: search
            return True
        return super().eventFilter(watched, event)

    def _show_marked(self) -> None:
        marked = len(self.table.selectionModel().selectedRows())
        if marked:
            self._say(self.tr("%d ditandai; Enter menambahkannya ke kelompok.") % marked)

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(NOTE_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def selected(self) -> list[uuid.UUID]:
        """The marked members; with none marked, the one highlighted in the list."""
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        current = self.table.currentIndex()
        if not rows and current.isValid() and self.table.hasFocus():
            rows = {current.row()}
        return [m for m in (self.model.member_id(r) for r in sorted(rows)) if m]

    def accept(self) -> None:
        """Enter or "Tambahkan": the chosen members join now; the dialog stays open."""
        chosen = self.selected()
        if not chosen:
            self._say(self.tr("Belum ada peserta yang dipilih. Ketik nama, NIK atau nomor HP, "
                              "tekan ↓ ke daftar, lalu Enter (Spasi untuk menandai "
                              "beberapa)."), ok=False)
            self.search.setFocus()
            return
        try:
            done = self._add(chosen)
        except UserError as exc:  # moving a member of a closed event: a supervisor's
            self._say(self.tr("Tidak ada yang ditambahkan: di antara yang dipilih ada "
                              "anggota kelompok lain dari acara yang sudah ditutup.")
                      + " " + i18n.message(exc), ok=False)
            self.table.setFocus()
            return
        self.added += done.joined
        text = self.tr("%d peserta ditambahkan ke kelompok.") % done.joined
        if done.moved:
            text += " " + self.tr("%d di antaranya pindah dari kelompok lain.") % done.moved
        if done.joined < len(chosen):
            text += " " + self.tr("%d sudah ada di kelompok ini.") % (len(chosen) - done.joined)
        self._say(text + " " + self.tr("Cari berikutnya, atau Esc untuk selesai."))
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()  # ↓ starts at the top again
        self.search.selectAll()
        self.search.setFocus()
