"""The Sync page: on a laptop, its key fingerprint, the office key, batches to the USB
stick and acknowledgements back; at the office, its key file, batch import (a new
laptop confirmed by its fingerprint, every file's result said: app.ui.batch_import),
acknowledgements and conflict review (app.ui.conflict_dialog). Each end sees only its
own panel (app.services.station)."""

from __future__ import annotations

import uuid
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from app.domain.errors import UserError
from app.domain.nik import mask
from app.services import keys, roles, station
from app.services.audit import Actor
from app.services.files import explain
from app.services.sync import acks, conflicts, export
from app.services.workspace import Workspace
from app.ui import i18n, places
from app.ui.batch_import import BatchImport, FileOutcome
from app.ui.conflict_dialog import ConflictDialog
from app.ui.key_dialogs import OfficeKeyDialog
from app.ui.sync_work import run_and_wait
from app.ui.table import ListModel, table_view
from app.ui.when import shown
from app.ui.workers import run_task


class SyncPage(BatchImport):
    """Each end sees its own panel (app.services.station decides which end this is):
    a laptop its key, the office key, export and acknowledgement import; the office its
    key, batch import with a result for every file, acknowledgements and conflicts."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.last_export: export.ExportReport | None = None
        self.station = station.Station(None)

        # -- which end: asked only while the machine's history does not say -------------
        self.station_box = QGroupBox(self.tr("Komputer ini"), self)
        self.station_text = QLabel(self)
        self.station_text.setWordWrap(True)
        self.laptop_choice = QPushButton(self.tr("Laptop lapangan (mengirim batch)"), self)
        self.office_choice = QPushButton(self.tr("Komputer kantor (menerima batch)"), self)
        srow = QHBoxLayout()
        srow.addWidget(self.laptop_choice)
        srow.addWidget(self.office_choice)
        srow.addStretch(1)
        self.station_box.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Maximum)
        slay = QVBoxLayout(self.station_box)
        slay.addWidget(self.station_text)
        slay.addLayout(srow)

        # -- laptop ---------------------------------------------------------------------
        self.laptop_box = QGroupBox(self.tr("Laptop: kirim ke kantor"), self)
        self.own_key = QLabel(self)
        self.own_key.setWordWrap(True)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.office_key = QLabel(self)
        self.office_key.setWordWrap(True)
        self.office_key_button = QPushButton(self.tr("Pasang kunci kantor…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Ekspor batch ke USB…"), self)
        self.ack_import_button = QPushButton(self.tr("Impor tanda terima dari kantor…"), self)
        lay = QVBoxLayout(self.laptop_box)
        lay.addWidget(self.own_key)
        krow = QHBoxLayout()
        krow.addWidget(self.office_key, 1)
        krow.addWidget(self.office_key_button)
        lay.addLayout(krow)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.ack_import_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addStretch(1)

        # -- office ---------------------------------------------------------------------
        self.office_box = QGroupBox(self.tr("Kantor: terima batch"), self)
        self.office_own_key = QLabel(self)
        self.office_own_key.setWordWrap(True)
        self.office_own_key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_file_button = QPushButton(self.tr("Simpan berkas kunci kantor…"), self)
        self.import_button = QPushButton(self.tr("Impor batch…"), self)
        self.device_combo = QComboBox(self)
        self.ack_button = QPushButton(self.tr("Buat tanda terima…"), self)
        self.outcomes: ListModel[FileOutcome] = ListModel(
            [self.tr("Berkas"), self.tr("Hasil"), self.tr("Yang perlu dilakukan")],
            lambda o: (o.file, o.outcome, o.todo), self)
        self.outcome_table = table_view(self, self.outcomes, (1, 2))
        self.outcome_table.setWordWrap(True)
        self.outcome_table.setMaximumHeight(150)
        self.outcome_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive)
        self.outcome_table.setColumnWidth(0, 260)  # a batch file's whole name
        self.device_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflicts: ListModel[conflicts.ConflictInfo] = ListModel(
            [self.tr("NIK"), self.tr("Data pertama"), self.tr("Data kedua"),
             self.tr("Diterima")],
            lambda c: (mask(c.nik), f"{c.existing.fields['name']} ({c.existing_device})",
                       f"{c.incoming.fields['name']} ({c.incoming_device})",
                       shown(c.created_at)), self)
        self.table = table_view(self, self.conflicts, (1, 2))
        self.table.doubleClicked.connect(lambda _i: self.review_selected())
        self.review_button = QPushButton(self.tr("Tinjau konflik…"), self)
        olay = QVBoxLayout(self.office_box)
        keyrow = QHBoxLayout()
        keyrow.addWidget(self.office_own_key, 1)
        keyrow.addWidget(self.key_file_button)
        olay.addLayout(keyrow)
        orow = QHBoxLayout()
        orow.addWidget(self.import_button)
        orow.addStretch(1)
        orow.addWidget(QLabel(self.tr("Tanda terima untuk"), self))
        orow.addWidget(self.device_combo)
        orow.addWidget(self.ack_button)
        olay.addLayout(orow)
        olay.addWidget(self.outcome_table)
        olay.addWidget(self.result)
        olay.addWidget(QLabel(self.tr("Konflik NIK yang menunggu keputusan"), self))
        olay.addWidget(self.table, 1)
        olay.addWidget(self.review_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.station_box)
        layout.addWidget(self.laptop_box, 1)
        layout.addWidget(self.office_box, 1)
        layout.addStretch(0)
        self.laptop_choice.clicked.connect(lambda: self.choose_station(station.LAPTOP))
        self.office_choice.clicked.connect(lambda: self.choose_station(station.OFFICE))
        self.office_key_button.clicked.connect(self._ask_office_key)
        self.export_button.clicked.connect(self._ask_export)
        self.ack_import_button.clicked.connect(self._ask_ack_import)
        self.key_file_button.clicked.connect(self._ask_key_file)
        self.import_button.clicked.connect(self._ask_import)
        self.ack_button.clicked.connect(self._ask_ack)
        self.review_button.clicked.connect(self.review_selected)
        self.laptop_box.hide()
        self.office_box.hide()
        # names come from key files and batches: shown as text, escaped where marked up
        for label in (self.own_key, self.office_key, self.office_own_key):
            label.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.status, self.result, self.station_text):
            label.setTextFormat(Qt.TextFormat.PlainText)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        ws, actor = self.workspace, self.actor
        with ws.db.session() as s:
            self.station = found = station.station(s, ws.on_server)
            me = station.own_key(s)
            office = station.trusted_office(s)
            may_trust = roles.may(s, actor, "keys.import_office")
            may_ack = roles.may(s, actor, "ack.import")
            may_key_file = roles.may(s, actor, "keys.export")
            devices = keys.other_devices(s) if found.kind == station.OFFICE else []
            open_conflicts = conflicts.open_conflicts(s) if found.kind == station.OFFICE \
                else []
        laptop, at_office = found.kind == station.LAPTOP, found.kind == station.OFFICE
        self.laptop_box.setVisible(laptop)
        self.office_box.setVisible(at_office)
        self._show_station(found)
        # laptop
        self.own_key.setText(self.tr(
            "Sidik jari kunci laptop ini (%s): <b>%s</b> — kantor mencocokkannya saat "
            "mengimpor batch pertama laptop ini.") % (escape(me.name), me.fingerprint))
        if office is None:
            self.office_key.setText(self.tr(
                "Kunci kantor belum dipasang: batch tidak terenkripsi. Minta berkas kunci "
                "kantor (halaman Sinkron di komputer kantor), lalu pasang di sini."))
            self.office_key_button.setText(self.tr("Pasang kunci kantor…"))
        else:
            self.office_key.setText(self.tr(
                "Batch dienkripsi untuk %s (sidik jari kunci kantor: %s).") % (
                escape(office.name), office.fingerprint))
            self.office_key_button.setText(self.tr("Ganti kunci kantor…"))
        self.office_key_button.setVisible(may_trust)
        self.ack_import_button.setVisible(may_ack)
        self.ack_import_button.setEnabled(office is not None)
        self.ack_import_button.setToolTip("" if office is not None else self.tr(
            "Pasang dulu kunci kantor: hanya tanda terima dari kantor itu yang dipercaya."))
        # office
        self.office_own_key.setText(self.tr(
            "Sidik jari kunci kantor ini (%s): <b>%s</b> — laptop mencocokkannya saat "
            "memasang kunci kantor.") % (escape(me.name), me.fingerprint))
        self.key_file_button.setVisible(may_key_file)
        self.device_combo.clear()
        for name, device_id in devices:
            self.device_combo.addItem(name, device_id)
        self.ack_button.setEnabled(bool(devices))
        self.conflicts.set_rows(open_conflicts)
        self.review_button.setEnabled(bool(open_conflicts))

    def _show_station(self, found: station.Station) -> None:
        self.station_box.setVisible(found.changeable)
        if found.kind is None:
            self.station_text.setText(self.tr(
                "Komputer ini belum pernah mengirim atau menerima batch. Apakah ini laptop "
                "lapangan yang mengirim batch ke kantor, atau komputer kantor yang menerima "
                "batch dari laptop?"))
            self.laptop_choice.setVisible(True)
            self.office_choice.setVisible(True)
            return
        laptop = found.kind == station.LAPTOP
        self.station_text.setText(
            self.tr("Komputer ini dipakai sebagai laptop lapangan (dipilih; bisa diubah "
                    "selama belum ada batch).") if laptop else
            self.tr("Komputer ini dipakai sebagai komputer kantor (dipilih; bisa diubah "
                    "selama belum ada batch)."))
        self.laptop_choice.setVisible(not laptop)
        self.office_choice.setVisible(laptop)

    def choose_station(self, kind: str) -> None:
        try:
            with self.workspace.db.session() as s:
                station.choose(s, self.workspace.on_server, kind)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Sinkron"), i18n.message(exc))
        self.reload()

    # -- laptop ---------------------------------------------------------------------------
    def _ask_office_key(self) -> None:
        path = places.ask_open(self, self.tr("Berkas kunci kantor"),
                               self.tr("Kunci Lindungi (*.json)"))
        if path:
            self.install_office_key(path)

    def install_office_key(self, path: Path) -> bool:
        """Show the office key file's name and fingerprint; trust it only on the button."""
        try:
            found = station.read_key_file(path)
            with self.workspace.db.session() as s:
                current = station.trusted_office(s)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Kunci kantor"), _reason(exc))
            return False
        if current is not None and current.fingerprint == found.fingerprint:
            QMessageBox.information(self, self.tr("Kunci kantor"), self.tr(
                "Kunci kantor ini sudah terpasang (sidik jari %s).") % found.fingerprint)
            return False
        dialog = OfficeKeyDialog(found, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            with self.workspace.db.session() as s:
                keys.import_public_key(s, self.actor, found.data, as_office=True,
                                       replace=current is not None)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kunci kantor"), i18n.message(exc))
            return False
        self.reload()
        self.status.setText(self.tr("Kunci kantor %s dipasang (sidik jari %s). Batch "
                                    "berikutnya dienkripsi untuk kantor ini.") % (
            found.name, found.fingerprint))
        return True

    def _ask_export(self) -> None:
        folder = places.ask_folder(self, self.tr("Pilih folder USB"))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        ws, actor = self.workspace, self.actor

        def work(progress: Any, cancelled: Any) -> export.ExportReport | None:
            try:
                return export.export_batch(ws, actor, folder, progress, cancelled)
            except export.ExportCancelled:
                return None  # the person pressed Cancel: nothing written, nothing to say

        def done(report: export.ExportReport | None) -> None:
            if report is None:
                self.status.setText(self.tr("Ekspor dibatalkan; tidak ada yang ditulis."))
                return
            self.last_export = report
            self.status.setText(self.tr(
                "Batch %d ditulis%s: %d peserta, %d kelompok dan %d perubahan lain (acara, "
                "slip, akun petugas), beserta jejak auditnya → %s. Bawa berkas ini ke "
                "kantor.") % (
                report.sequence, self.tr(" (terenkripsi)") if report.encrypted else "",
                report.people, report.groups, report.other, report.file))
            self.reload()

        def failed(message: str) -> None:
            self.status.setText(self.tr("Ekspor gagal: %s") % message)
            QMessageBox.warning(self, self.tr("Ekspor"), message)

        run_task(self, self.tr("Ekspor batch"), work, done, failed)

    def _ask_ack_import(self) -> None:
        path = places.ask_open(self, self.tr("Tanda terima kantor"), "JSON (*.json)")
        if path:
            self.import_ack(path)

    def import_ack(self, path: Path) -> int | None:
        ws, actor = self.workspace, self.actor

        def work(_progress: Any, _cancelled: Any) -> int:
            with ws.db.session() as s:  # a laptop of 100,000 records: off the GUI thread
                return acks.import_ack(s, actor, path)

        kind, count = run_and_wait(self, self.tr("Impor tanda terima"), work)
        if kind != "done":
            if kind == "refused":
                QMessageBox.warning(self, self.tr("Tanda terima"), count)
            return None
        self.status.setText(self.tr("Tanda terima dipasang: yang sudah ditandai diterima "
                                    "kantor tidak dikirim lagi pada ekspor berikutnya."))
        return int(count)

    # -- office ---------------------------------------------------------------------------
    def _ask_key_file(self) -> None:
        path = places.ask_save(self, self.tr("Simpan berkas kunci kantor"),
                               "kunci-kantor.json", "JSON (*.json)")
        if path:
            self.write_key_file(path)

    def write_key_file(self, path: Path) -> bool:
        try:
            with self.workspace.db.session() as s:
                me = station.write_key_file(s, self.actor, path)
        except (OSError, UserError) as exc:
            QMessageBox.warning(self, self.tr("Kunci kantor"), _reason(exc))
            return False
        self.result.setText(self.tr(
            "Berkas kunci kantor ditulis ke %s. Di setiap laptop: halaman Sinkron, "
            "\"Pasang kunci kantor…\", lalu cocokkan sidik jarinya: %s.") % (
            path, me.fingerprint))
        return True

    def _ask_ack(self) -> None:
        device_id = self.device_combo.currentData()
        if device_id is None:
            return
        path = places.ask_save(self, self.tr("Simpan tanda terima"), "tanda-terima.json",
                               "JSON (*.json)")
        if path:
            self.write_ack(device_id, path)

    def write_ack(self, device_id: uuid.UUID, path: Path) -> int | None:
        ws, actor = self.workspace, self.actor

        def work(_progress: Any, _cancelled: Any) -> int:
            with ws.db.session() as s:  # every record the laptop sent: off the GUI thread
                return acks.make_ack(s, actor, device_id, path)

        kind, count = run_and_wait(self, self.tr("Buat tanda terima"), work)
        if kind != "done":
            if kind == "refused":
                QMessageBox.warning(self, self.tr("Tanda terima"), count)
            return None
        self.result.setText(self.tr(
            "Tanda terima untuk semua yang sudah diterima dari laptop itu ditulis ke %s. Bawa "
            "ke laptop itu: halaman Sinkron, \"Impor tanda terima dari kantor…\".") % path)
        return int(count)

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
            QMessageBox.warning(self, self.tr("Konflik"), i18n.message(exc))
        self.reload()


def _reason(exc: BaseException) -> str:
    """A refusal's message: a UserError's own, or what a failed file read means."""
    return i18n.message(explain(exc) if isinstance(exc, OSError) else exc)

