"""The conflict dialog of the Sync page: two records with the same NIK side by side,
one chosen, merged per field, or marked as different people; and the names of the
fields a record holds (FIELD_LABELS, also used by the members page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.nik import mask
from app.services.sync import conflicts
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.widgets import ApprovalBox

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
            label = self.tr(str(label))
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
