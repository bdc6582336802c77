"""Groups: paguyuban, koperasi and wadah with their leader, agreement and roster."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
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
from app.domain.phone import display as phone_display
from app.services import device, groups, member_import, privacy
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels, places
from app.ui.add_members_dialog import AddMembersDialog
from app.ui.dialogs import regency_combo
from app.ui.import_result_dialog import ImportResultDialog
from app.ui.members_model import MembersModel, size_columns
from app.ui.table import ListModel, table_view
from app.ui.widgets import ENTER_KEYS, NOTE_STYLE, DateField
from app.ui.workers import run_task

AnyIndex = QModelIndex | QPersistentModelIndex


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
        self.list.setTabKeyNavigation(False)
        header = self.list.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(self.tr("Kelompok baru (Ctrl+N)"), self)
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
        self.save_button = QPushButton(self.tr("Simpan kelompok (Ctrl+S)"), self)
        self.save_button.setToolTip(self.tr("Enter atau Ctrl+S menyimpan; Esc membatalkan "
                                            "perubahan"))
        self.message = QLabel(self)
        self.message.setStyleSheet(NOTE_STYLE)
        self.message.setWordWrap(True)
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
        self.roster.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.roster.setTabKeyNavigation(False)
        self.roster.verticalHeader().setVisible(False)
        size_columns(self.roster, name_width=230)
        self.roster_label = QLabel(self)
        self.add_button = QPushButton(self.tr("Tambah peserta…"), self)
        self.import_button = QPushButton(self.tr("Impor daftar anggota…"), self)
        self.remove_button = QPushButton(self.tr("Keluarkan dari kelompok… (Del)"), self)
        self.remove_button.setToolTip(self.tr("Peserta yang dipilih di daftar keluar dari "
                                              "kelompok ini; mereka tetap terdaftar"))
        roster_actions = QHBoxLayout()
        roster_actions.addWidget(self.roster_label, 1)
        roster_actions.addWidget(self.add_button)
        roster_actions.addWidget(self.import_button)
        roster_actions.addWidget(self.remove_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.message)
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

        self.list.clicked.connect(self._open_from_list)
        self.list.activated.connect(self._open_from_list)  # Enter on a group
        self.new_button.clicked.connect(self._new_clicked)
        self.save_button.clicked.connect(self.save_group)
        self.add_button.clicked.connect(self.add_members)
        self.import_button.clicked.connect(self._ask_import)
        self.remove_button.clicked.connect(self.remove_selected)
        self.roster.selectionModel().selectionChanged.connect(
            lambda *_: self._roster_selection_changed())
        #: the form's fields: Enter in any of them saves, Esc drops what was typed there
        self.fields: tuple[QWidget, ...] = (
            self.name, self.kind, self.leader_name, self.leader_nik, self.leader_phone,
            self.address, self.region, self.agreement_no, self.agreement_date)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_group)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_edit)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.roster, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._saved_form: tuple[object, ...] = self._form_values()
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

    def _open_from_list(self, index: AnyIndex) -> None:
        if self.may_drop_changes():
            self.open_group(self.list_model.rows[index.row()].id)
            self.name.setFocus()

    def _new_clicked(self) -> None:
        if self.may_drop_changes():
            self.new_group()

    def may_drop_changes(self) -> bool:
        """Nothing typed since the form was filled, or the officer agrees to drop it."""
        if not self.is_changed():
            return True
        answer = QMessageBox.question(
            self, self.tr("Batalkan perubahan"),
            self.tr("Isian kelompok ini belum disimpan. Buang yang sudah diketik?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _form_values(self) -> tuple[object, ...]:
        """What the form shows, to tell whether anything was typed since it was filled."""
        return (self.name.text(), self.kind.currentIndex(), self.leader_name.text(),
                self.leader_nik.text(), self.leader_phone.text(), self.address.text(),
                self.region.currentText(), self.agreement_no.text(),
                self.agreement_date.value_text())

    def is_changed(self) -> bool:
        return self._form_values() != self._saved_form

    def _in_form(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and any(f is focus or f.isAncestorOf(focus)
                                         for f in self.fields)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field of the form saves it (the fields pass Enter on; a type-ahead
        list takes its suggestion first and passes Enter on only if the text is an entry)."""
        if event.key() in ENTER_KEYS and self._in_form():
            self.save_group()
            return
        super().keyPressEvent(event)

    def cancel_edit(self) -> None:
        """Esc: drop what was typed since the group was opened or saved (asked first),
        showing it again as saved, or an empty form for a new one; with nothing typed,
        back to the list of groups."""
        if not self.is_changed():
            self.list.setFocus()
            return
        if not self.may_drop_changes():
            return
        if self.group_id is None:
            self.new_group()
        else:
            self.open_group(self.group_id, reveal=False)
            self.name.setFocus()

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
        self.message.clear()
        self._roster_enabled(False)
        self._saved_form = self._form_values()
        self.name.setFocus()

    def open_group(self, group_id: uuid.UUID, reveal: bool = True) -> None:
        """The group on the form. Its leader's whole NIK is then on screen: audited, as
        opening a member is, unless it is shown again to whoever just saw or typed it
        (`reveal` False: after saving, after Esc)."""
        with self.workspace.db.session() as s:
            g = groups.get_group(s, group_id)
            if reveal and g.leader_nik:
                privacy.reveal_leader_nik(s, self.actor, group_id)
        self.group_id = group_id
        self.name.setText(g.name)
        self.kind.setCurrentIndex(self.kind.findData(g.kind))
        self.leader_name.setText(g.leader_name)
        self.leader_nik.setText(g.leader_nik)
        # shown as the member list shows phones (+62 812-3456-7890); saved back the same
        self.leader_phone.setText(phone_display(g.leader_phone) if g.leader_phone else "")
        self.address.setText(g.address)
        self.agreement_no.setText(g.agreement_no)
        self.region.select_data(g.region_code[:5] or None)
        self.agreement_date.set_date(g.agreement_date)
        self.error.clear()
        self.message.clear()
        self._roster_enabled(True)
        self.refresh_roster()
        self._saved_form = self._form_values()

    def _roster_enabled(self, on: bool) -> None:
        for w in (self.add_button, self.import_button, self.roster):
            w.setEnabled(on)
        self.remove_button.setEnabled(False)
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
        fields = groups.GroupFields(
            name=self.name.text(), kind=str(self.kind.currentData()),
            leader_name=self.leader_name.text(), leader_nik=self.leader_nik.text(),
            leader_phone=self.leader_phone.text(), address=self.address.text(),
            region=str(self.region.currentData() or ""), agreement_no=self.agreement_no.text(),
            agreement_date=agreement,
        )
        try:
            with self.workspace.db.session() as s:
                if self.group_id is None:
                    gid = groups.create_group(s, self.actor, fields).id
                else:
                    gid = groups.update_group(s, self.actor, self.group_id, fields).id
        except UserError as exc:
            self.error.setText(i18n.message(exc).capitalize() + ".")
            return
        self.reload()
        self.open_group(gid, reveal=False)
        self.message.setText(self.tr("Kelompok tersimpan."))

    # -- roster ---------------------------------------------------------------------------
    def add_members(self) -> None:
        if self.group_id is None:
            return
        group_id = self.group_id

        def add(member_ids: list[uuid.UUID]) -> groups.Joined:
            with self.workspace.db.session() as s:
                return groups.add_members(s, self.actor, group_id, member_ids)

        dialog = AddMembersDialog(self.workspace, add, self)
        dialog.exec()
        if dialog.added:
            self.reload()
            self.refresh_roster()
            self.message.setText(self.tr("%d peserta ditambahkan ke kelompok.") % dialog.added)

    def _roster_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.roster.selectionModel().selectedRows()))

    def remove_selected(self) -> None:
        """Take the members selected in the roster out of the group, once confirmed."""
        if self.group_id is None:
            return
        rows = sorted({i.row() for i in self.roster.selectionModel().selectedRows()})
        if not rows and self.roster.currentIndex().isValid():
            rows = [self.roster.currentIndex().row()]
        chosen = [m for m in (self.roster_model.member_id(r) for r in rows) if m]
        if not chosen:
            QMessageBox.information(
                self, self.tr("Keluarkan dari kelompok"),
                self.tr("Pilih dulu peserta di daftar anggota (panah atas/bawah, Shift "
                        "untuk beberapa), lalu tekan Delete."))
            return
        answer = QMessageBox.question(
            self, self.tr("Keluarkan dari kelompok"),
            self.tr("Keluarkan %d peserta dari kelompok ini? Mereka tetap terdaftar, "
                    "tanpa kelompok.") % len(chosen),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.workspace.db.session() as s:
                removed = groups.remove_members(s, self.actor, self.group_id, chosen)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Keluarkan dari kelompok"), i18n.message(exc))
            return
        self.reload()
        self.refresh_roster()
        self.message.setText(self.tr("%d peserta dikeluarkan dari kelompok.") % removed)
        self.roster.setFocus()

    def _ask_import(self) -> None:
        path = places.ask_open(self, self.tr("Impor daftar anggota"),
                               self.tr("Tabel (*.xlsx *.csv)"))
        if path:
            self.import_roster(path)

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
