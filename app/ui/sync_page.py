"""The Sync page: batches to the USB stick and acknowledgements back (laptop), batch
import, acknowledgements and conflict review (office)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.errors import UserError
from app.domain.nik import mask
from app.services import conflicts, keys, sync_ack, sync_export, sync_import
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.table import ListModel, table_view
from app.ui.widgets import ApprovalBox
from app.ui.workers import run_task

AnyIndex = QModelIndex | QPersistentModelIndex
FIELD_LABELS = {
    "nik": QT_TRANSLATE_NOOP("ConflictDialog", "NIK"),
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Nama"),
    "birth_place": QT_TRANSLATE_NOOP("ConflictDialog", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("ConflictDialog", "Tanggal lahir"),
    "gender": QT_TRANSLATE_NOOP("ConflictDialog", "Jenis kelamin"),
    "address": QT_TRANSLATE_NOOP("ConflictDialog", "Alamat"),
    "region_code": QT_TRANSLATE_NOOP("ConflictDialog", "Kode wilayah"),
    "phone": QT_TRANSLATE_NOOP("ConflictDialog", "No. HP"),
    "email": QT_TRANSLATE_NOOP("ConflictDialog", "Surel"),
    "sector": QT_TRANSLATE_NOOP("ConflictDialog", "Sektor"),
    "occupation": QT_TRANSLATE_NOOP("ConflictDialog", "Pekerjaan"),
    "business_name": QT_TRANSLATE_NOOP("ConflictDialog", "Nama usaha"),
    "declared_income": QT_TRANSLATE_NOOP("ConflictDialog", "Penghasilan"),
    "programs": QT_TRANSLATE_NOOP("ConflictDialog", "Program"),
    "payer": QT_TRANSLATE_NOOP("ConflictDialog", "Sumber iuran"),
    "payer_subsource": QT_TRANSLATE_NOOP("ConflictDialog", "Sub-sumber"),
    "pay_period": QT_TRANSLATE_NOOP("ConflictDialog", "Periode"),
    "group_id": QT_TRANSLATE_NOOP("ConflictDialog", "Kelompok"),
}


class ConflictDialog(QDialog):
    """The two records side by side; choose one, merge per field, or "different people"."""

    def __init__(self, info: conflicts.ConflictInfo, workspace: Workspace,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.info = info
        self.resolution: str | None = None
        self.approval: Any = None
        self.approval_box = ApprovalBox(workspace, self)
        self.setWindowTitle(self.tr("Konflik NIK %s") % mask(info.nik))
        self.resize(900, 640)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Kolom</b>"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Data pertama</b> (%s)") % info.existing_device,
                              self), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Data kedua</b> (%s)") % info.incoming_device,
                              self), 0, 2)
        self.picks: dict[str, QButtonGroup] = {}
        for row, (column, label) in enumerate(FIELD_LABELS.items(), start=1):
            label = self.tr(label)
            left = _show(column, info.existing.fields[column])
            right = _show(column, info.incoming.fields[column])
            grid.addWidget(QLabel(label, self), row, 0)
            a, b = QRadioButton(left, self), QRadioButton(right, self)
            a.setChecked(True)
            if left != right:
                b.setStyleSheet("color: #b00020")
                a.setStyleSheet("color: #b00020")
            group = QButtonGroup(self)
            group.addButton(a, 0)
            group.addButton(b, 1)
            self.picks[column] = group
            grid.addWidget(a, row, 1)
            grid.addWidget(b, row, 2)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("catatan (mis. hasil menelepon peserta)"))
        buttons = QHBoxLayout()
        for code, label in (("keep_existing", self.tr("Pakai data pertama")),
                            ("keep_incoming", self.tr("Pakai data kedua")),
                            ("merge", self.tr("Gabungkan pilihan")),
                            ("different_people", self.tr("Orang berbeda…"))):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, code=code: self.choose(code))
            buttons.addWidget(button)
        cancel = QPushButton(self.tr("Tutup"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Dua catatan dengan NIK yang sama. Pilih yang benar, gabungkan per kolom, atau "
            "tandai orang berbeda (lalu NIK salah satunya harus dibetulkan)."), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.approval_box)
        layout.addLayout(buttons)

    def choices(self) -> dict[str, str]:
        return {column: "incoming" if group.checkedId() == 1 else "existing"
                for column, group in self.picks.items()}

    def choose(self, resolution: str) -> None:
        approval = self.approval_box.approval()
        if approval is False:
            return  # the box says why
        self.approval = approval
        self.resolution = resolution
        self.accept()


def _show(column: str, value: Any) -> str:
    if value is None or value == "":
        return "-"
    if column == "nik":
        return mask(str(value))
    if column == "sector":
        return labels.label(codes.SECTORS.get(str(value), str(value)))
    if column == "payer":
        return labels.label(codes.PAYERS.get(str(value), str(value)))
    if column == "birth_date":
        return f"{value:%d-%m-%Y}"
    return str(value)


class SyncPage(QWidget):
    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.last_export: sync_export.ExportReport | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Ekspor batch ke USB…"), self)
        self.ack_import_button = QPushButton(self.tr("Impor tanda terima dari kantor…"), self)
        laptop = QGroupBox(self.tr("Laptop: kirim ke kantor"), self)
        lay = QVBoxLayout(laptop)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.ack_import_button)
        row.addStretch(1)
        lay.addLayout(row)

        self.import_button = QPushButton(self.tr("Impor batch…"), self)
        self.device_combo = QComboBox(self)
        self.ack_button = QPushButton(self.tr("Buat tanda terima…"), self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.conflicts: ListModel[conflicts.ConflictInfo] = ListModel(
            [self.tr("NIK"), self.tr("Data pertama"), self.tr("Data kedua"),
             self.tr("Diterima")],
            lambda c: (mask(c.nik), f"{c.existing.fields['name']} ({c.existing_device})",
                       f"{c.incoming.fields['name']} ({c.incoming_device})",
                       f"{c.created_at.astimezone():%d-%m-%Y %H:%M}"), self)
        self.table = table_view(self, self.conflicts, (1, 2))
        self.table.doubleClicked.connect(lambda _i: self.review_selected())
        self.review_button = QPushButton(self.tr("Tinjau konflik…"), self)
        office = QGroupBox(self.tr("Kantor: terima batch"), self)
        olay = QVBoxLayout(office)
        orow = QHBoxLayout()
        orow.addWidget(self.import_button)
        orow.addStretch(1)
        orow.addWidget(QLabel(self.tr("Tanda terima untuk"), self))
        orow.addWidget(self.device_combo)
        orow.addWidget(self.ack_button)
        olay.addLayout(orow)
        olay.addWidget(self.result)
        olay.addWidget(QLabel(self.tr("Konflik NIK yang menunggu keputusan"), self))
        olay.addWidget(self.table, 1)
        olay.addWidget(self.review_button)

        layout = QVBoxLayout(self)
        layout.addWidget(laptop)
        layout.addWidget(office, 1)
        self.export_button.clicked.connect(self._ask_export)
        self.ack_import_button.clicked.connect(self._ask_ack_import)
        self.import_button.clicked.connect(self._ask_import)
        self.ack_button.clicked.connect(self._ask_ack)
        self.review_button.clicked.connect(self.review_selected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with self.workspace.db.session() as s:
            office_name = keys.office_name(s)
            devices = keys.other_devices(s)
            self.conflicts.set_rows(conflicts.open_conflicts(s))
        self.status.setText(
            self.tr("Batch dienkripsi untuk %s.") % office_name if office_name else
            self.tr("Kunci kantor belum dipasang: batch tidak terenkripsi. Pasang dengan "
                    "lindungi keys import FILE --office."))
        self.device_combo.clear()
        for name, device_id in devices:
            self.device_combo.addItem(name, device_id)

    # -- laptop ---------------------------------------------------------------------------
    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder USB"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        ws, actor = self.workspace, self.actor

        def work(progress: Any, cancelled: Any) -> sync_export.ExportReport | None:
            try:
                return sync_export.export_batch(ws, actor, folder, progress, cancelled)
            except sync_export.ExportCancelled:
                return None  # the person pressed Cancel: nothing written, nothing to say

        def done(report: sync_export.ExportReport | None) -> None:
            if report is None:
                return
            self.last_export = report
            self.status.setText(self.tr("Batch %d ditulis: %d catatan%s → %s") % (
                report.sequence, report.records,
                self.tr(" (terenkripsi)") if report.encrypted else "", report.file))

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("Ekspor"), message)

        run_task(self, self.tr("Ekspor batch"), work, done, failed)

    def _ask_ack_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Tanda terima kantor"), "",
                                              "JSON (*.json)")
        if path:
            self.import_ack(Path(path))

    def import_ack(self, path: Path) -> int | None:
        try:
            with self.workspace.db.session() as s:
                count = sync_ack.import_ack(s, self.actor, path)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Tanda terima"), str(exc))
            return None
        self.status.setText(self.tr("%d catatan ditandai diterima kantor.") % count)
        return count

    # -- office ---------------------------------------------------------------------------
    def _ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Impor batch"), "",
                                                self.tr("Batch Lindungi (*.ldgb)"))
        for path in paths:
            self.import_batch(Path(path))

    def import_batch(self, path: Path, confirm: Any = None) -> sync_import.ImportReport | None:
        """Import one batch; a new laptop's key fingerprint is shown for confirmation."""
        ask = confirm or self._confirm_device
        try:
            try:
                report = sync_import.import_file(self.workspace, self.actor, path)
            except sync_import.NewDevice as new:
                if not ask(new):
                    return None
                report = sync_import.import_file(self.workspace, self.actor, path,
                                                 trust_new_device=True)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Batch ditolak"),
                                self.tr("%s: %s. Tidak ada yang diubah.") % (path.name, exc))
            return None
        if report.already_imported:
            text = self.tr("%s sudah pernah diimpor; tidak ada yang berubah.") % path.name
        else:
            text = self.tr("%s: baru %d, diperbarui %d, sama %d, konflik %d.") % (
                path.name, report.new, report.updated, report.unchanged, report.conflicts)
        for gap in report.gaps:
            text += "\n" + self.tr("Belum diterima dari %s: batch %s") % (
                gap.device_name, gap.label)
        self.result.setText(text)
        self.reload()
        return report

    def _confirm_device(self, new: sync_import.NewDevice) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Perangkat baru"),
            self.tr("Batch ini dari perangkat yang belum dikenal.\n\n%s\n\nPercayai "
                    "perangkat ini?") % new, QMessageBox.StandardButton.Yes |
            QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_ack(self) -> None:
        device_id = self.device_combo.currentData()
        if device_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan tanda terima"),
                                              "tanda-terima.json", "JSON (*.json)")
        if path:
            self.write_ack(device_id, Path(path))

    def write_ack(self, device_id: uuid.UUID, path: Path) -> int | None:
        try:
            with self.workspace.db.session() as s:
                count = sync_ack.make_ack(s, self.actor, device_id, path)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Tanda terima"), str(exc))
            return None
        self.result.setText(self.tr("Tanda terima %d catatan ditulis ke %s.") % (count, path))
        return count

    def review_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        info = self.conflicts.rows[index.row()]
        dialog = ConflictDialog(info, self.workspace, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.resolution is None:
            return
        self.resolve(info, dialog.resolution, dialog.choices(), dialog.note.text(),
                     dialog.approval)

    def resolve(self, info: conflicts.ConflictInfo, resolution: str,
                choices: dict[str, str], note: str, approval: Any = None) -> None:
        try:
            with self.workspace.db.session() as s:
                conflicts.resolve(s, self.actor, info.id, resolution, choices, note,
                                  approval)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Konflik"), str(exc))
        self.reload()
