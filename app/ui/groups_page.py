"""Groups: paguyuban, koperasi and wadah with their leader, agreement and roster."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.domain import codes
from app.domain.errors import UserError
from app.services import device, groups, member_import
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.dialogs import regency_combo
from app.ui.members_model import MembersModel
from app.ui.table import ListModel, table_view
from app.ui.widgets import DateField, dialog_buttons
from app.ui.workers import run_task

AnyIndex = QModelIndex | QPersistentModelIndex


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
            lambda r: (r.row, ", ".join(r.columns), "; ".join(r.reasons)), self)
        rejects.set_rows(report.rejects)
        self.table.setModel(rejects)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 160)
        self.save_button = QPushButton(self.tr("Simpan daftar tolakan…"), self)
        self.save_button.setEnabled(bool(report.rejects))
        self.save_button.clicked.connect(self._ask_save)
        close = QPushButton(self.tr("Tutup"), self)
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan daftar tolakan"),
                                              "ditolak.csv", "CSV (*.csv)")
        if path:
            self.save_rejects(Path(path))

    def save_rejects(self, path: Path) -> None:
        try:
            member_import.write_rejects(path, self.header, self.report.rejects)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Simpan"),
                                self.tr("Tidak bisa menyimpan: %s") % (exc.strerror or exc))


class AddMembersDialog(QDialog):
    """Search existing members and put the selected ones in the group."""

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah peserta ke kelompok"))
        self.resize(760, 520)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau nomor HP"))
        self.model = MembersModel(workspace.db, self)
        self.model.filters.status = "active"
        self.model.reload()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 260)
        self.search.textChanged.connect(self._search)
        buttons = dialog_buttons(self, self.tr("Tambahkan yang dipilih"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _search(self, text: str) -> None:
        self.model.filters.search = text.strip()
        self.model.reload()

    def selected(self) -> list[uuid.UUID]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [m for m in (self.model.member_id(r) for r in sorted(rows)) if m]


class GroupsPage(QWidget):
    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.event_id: uuid.UUID | None = None
        self.group_id: uuid.UUID | None = None
        self.last_report: member_import.ImportReport | None = None

        self.list_model: ListModel[groups.GroupInfo] = ListModel(
            [self.tr("Nama"), self.tr("Jenis"), self.tr("Anggota")],
            lambda g: (g.name, labels.label(codes.GROUP_KINDS[g.kind]), g.members), self)
        self.list = table_view(self, self.list_model, 0)
        header = self.list.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(self.tr("Kelompok baru"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code, label in labels.items(codes.GROUP_KINDS):
            self.kind.addItem(label, code)
        self.leader_name = QLineEdit(self)
        self.leader_nik = QLineEdit(self)
        self.leader_phone = QLineEdit(self)
        self.address = QLineEdit(self)
        self.region = regency_combo(self)
        self.agreement_no = QLineEdit(self)
        self.agreement_no.setPlaceholderText(self.tr("nomor PKS / MoU, jika ada"))
        self.agreement_date = DateField(self)  # empty: no agreement (yet)
        self.agreement_date.setToolTip(self.tr("HH-BB-TTTT, kosong jika belum ada; "
                                               "F4: kalender"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.agreement_date.textChanged.connect(lambda _t: self._show_field_problem())
        self.region.validity_changed.connect(self._show_field_problem)
        self.save_button = QPushButton(self.tr("Simpan kelompok"), self)
        form = QFormLayout()
        form.addRow(self.tr("Nama kelompok"), self.name)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Ketua"), self.leader_name)
        form.addRow(self.tr("NIK ketua"), self.leader_nik)
        form.addRow(self.tr("HP ketua"), self.leader_phone)
        form.addRow(self.tr("Alamat"), self.address)
        form.addRow(self.tr("Kabupaten/kota"), self.region)
        form.addRow(self.tr("No. perjanjian"), self.agreement_no)
        form.addRow(self.tr("Tanggal perjanjian"), self.agreement_date)

        self.roster_model = MembersModel(workspace.db, self)
        self.roster = QTableView(self)
        self.roster.setModel(self.roster_model)
        self.roster.verticalHeader().setVisible(False)
        self.roster.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((150, 230, 100, 160)):
            self.roster.setColumnWidth(col, width)
        self.roster.setWordWrap(False)
        self.roster_label = QLabel(self)
        self.add_button = QPushButton(self.tr("Tambah peserta…"), self)
        self.import_button = QPushButton(self.tr("Impor daftar anggota…"), self)
        roster_actions = QHBoxLayout()
        roster_actions.addWidget(self.roster_label, 1)
        roster_actions.addWidget(self.add_button)
        roster_actions.addWidget(self.import_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.save_button)
        right_layout.addLayout(roster_actions)
        right_layout.addWidget(self.roster, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.list.clicked.connect(lambda index: self.open_group(
            self.list_model.rows[index.row()].id))
        self.new_button.clicked.connect(self.new_group)
        self.save_button.clicked.connect(self.save_group)
        self.add_button.clicked.connect(self.add_members)
        self.import_button.clicked.connect(self._ask_import)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.reload()
            if self.group_id is None:
                self.new_group()

    # -- list and form --------------------------------------------------------------------
    def reload(self) -> None:
        with self.workspace.db.session() as s:
            self.list_model.set_rows(groups.list_groups(s))

    def new_group(self) -> None:
        self.group_id = None
        for line in (self.name, self.leader_name, self.leader_nik, self.leader_phone,
                     self.address, self.agreement_no):
            line.clear()
        with self.workspace.db.session() as s:
            home = device.local_device(s).region_code[:5]
        self.region.select_data(home)
        self.agreement_date.set_date(None)
        self.error.clear()
        self._roster_enabled(False)
        self.name.setFocus()

    def open_group(self, group_id: uuid.UUID) -> None:
        with self.workspace.db.session() as s:
            g = groups.get_group(s, group_id)
        self.group_id = group_id
        self.name.setText(g.name)
        self.kind.setCurrentIndex(self.kind.findData(g.kind))
        self.leader_name.setText(g.leader_name)
        self.leader_nik.setText(g.leader_nik)
        self.leader_phone.setText(g.leader_phone)
        self.address.setText(g.address)
        self.agreement_no.setText(g.agreement_no)
        self.region.select_data(g.region_code[:5] or None)
        self.agreement_date.set_date(g.agreement_date)
        self.error.clear()
        self._roster_enabled(True)
        self.refresh_roster()

    def _roster_enabled(self, on: bool) -> None:
        for w in (self.add_button, self.import_button, self.roster):
            w.setEnabled(on)
        if not on:
            self.roster_model.filters.group_id = uuid.UUID(int=0)
            self.roster_model.reload()
            self.roster_label.setText(self.tr("Simpan kelompok dulu, lalu isi anggotanya."))

    def refresh_roster(self) -> None:
        self.roster_model.filters.group_id = self.group_id
        self.roster_model.reload()
        while self.roster_model.canFetchMore():
            self.roster_model.fetchMore()
        self.roster_label.setText(self.tr("%d anggota") % self.roster_model.rowCount())

    def _show_field_problem(self) -> None:
        """A field's own problem shows while it is wrong and goes when it is right."""
        field = self.agreement_date
        self.error.setText((field.problem() if field.hasAcceptableInput() else "")
                           or self.region.problem())

    def save_group(self) -> None:
        problem = self.agreement_date.problem()
        if problem:
            self.error.setText(problem)
            self.agreement_date.setFocus()
            return
        if not self.region.commit():
            self.error.setText(self.region.problem())
            self.region.setFocus()
            return
        agreement = self.agreement_date.date()
        args = dict(
            name=self.name.text(), kind=str(self.kind.currentData()),
            leader_name=self.leader_name.text(), leader_nik=self.leader_nik.text(),
            leader_phone=self.leader_phone.text(), address=self.address.text(),
            region=str(self.region.currentData() or ""), agreement_no=self.agreement_no.text(),
            agreement_date=agreement,
        )
        try:
            with self.workspace.db.session() as s:
                if self.group_id is None:
                    gid = groups.create_group(s, self.actor, **args).id  # type: ignore[arg-type]
                else:
                    gid = groups.update_group(s, self.actor, self.group_id,
                                              **args).id  # type: ignore[arg-type]
        except UserError as exc:
            self.error.setText(i18n.message(exc).capitalize() + ".")
            return
        self.reload()
        self.open_group(gid)

    # -- roster ---------------------------------------------------------------------------
    def add_members(self) -> None:
        if self.group_id is None:
            return
        dialog = AddMembersDialog(self.workspace, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        with self.workspace.db.session() as s:
            groups.add_members(s, self.actor, self.group_id, dialog.selected())
        self.reload()
        self.refresh_roster()

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor daftar anggota"), "", self.tr("Tabel (*.xlsx *.csv)"))
        if path:
            self.import_roster(Path(path))

    def import_roster(self, path: Path) -> member_import.ImportReport | None:
        """Import a roster spreadsheet into this group, in the background."""
        if self.group_id is None:
            return None
        if self.event_id is None:
            QMessageBox.information(self, self.tr("Impor"),
                                    self.tr("Pilih atau buat acara dulu (tab Acara)."))
            return None
        try:
            prepared = member_import.prepare(path)
        except member_import.ImportRefused as exc:
            QMessageBox.warning(self, self.tr("Impor ditolak"), i18n.message(exc))
            return None
        with self.workspace.db.session() as s:
            consent = device.get_setting(s, device.CONSENT_VERSION_KEY)
        event_id, group_id, tariffs = self.event_id, self.group_id, self.workspace.tariffs()

        def work(progress: Any, cancelled: Any) -> member_import.ImportReport:
            return member_import.run_import(
                self.workspace.db, self.actor, prepared, event_id, consent, tariffs, group_id,
                regions=resources.regions(), progress=progress, cancelled=cancelled,
                chunk_size=500,
            )

        def done(report: member_import.ImportReport) -> None:
            self.last_report = report
            self.reload()
            self.refresh_roster()
            ImportResultDialog(report, prepared.header, self).open()

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("Impor gagal"), message)

        run_task(self, self.tr("Impor daftar anggota"), work, done, failed)
        return None
