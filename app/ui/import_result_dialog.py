"""What a roster import did: the counts, and the rejected rows with their reasons,
which the officer can save as a CSV to correct and import again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.services import member_import
from app.ui import i18n, places
from app.ui.table import ListModel


class ImportResultDialog(QDialog):
    def __init__(self, report: member_import.ImportReport, header: list[str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.report = report
        self.header = header
        self.setWindowTitle(self.tr("Hasil impor daftar anggota"))
        self.resize(900, 520)
        summary = QLabel(
            self.tr("Dibaca %d baris: %d diimpor, %d ditolak, %d NIK ganda.") % (
                report.read, report.imported, report.rejected, report.duplicates)
            + (self.tr(" Impor dihentikan sebelum selesai.") if report.cancelled else ""), self)
        summary.setWordWrap(True)
        self.table = QTableView(self)
        rejects: ListModel[member_import.Reject] = ListModel(
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Alasan")],
            lambda r: (r.row, ", ".join(r.columns),
                       "; ".join(i18n.message(reason) for reason in r.reasons)), self)
        rejects.set_rows(report.rejects)
        self.table.setModel(rejects)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 160)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list, to the buttons
        self.save_button = QPushButton(self.tr("Simpan daftar tolakan…"), self)
        self.save_button.setEnabled(bool(report.rejects))
        self.save_button.clicked.connect(self._ask_save)
        close = QPushButton(self.tr("Tutup"), self)
        close.setDefault(True)  # Enter or Esc: read, then closed
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _ask_save(self) -> None:
        path = places.ask_save(self, self.tr("Simpan daftar tolakan"), "ditolak.csv",
                               "CSV (*.csv)")
        if path:
            self.save_rejects(path)

    def save_rejects(self, path: Path) -> None:
        try:
            member_import.write_rejects(path, self.header, self.report.rejects)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Simpan"),
                                self.tr("Tidak bisa menyimpan: %s") % (exc.strerror or exc))
