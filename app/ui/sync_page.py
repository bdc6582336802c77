"""The Sync page: on a laptop, its key fingerprint, the office key, batches to the USB
stick and acknowledgements back; at the office, its key file, batch import (a new
laptop confirmed by its fingerprint, every file's result said), acknowledgements and
conflict review. Each end sees only its own panel (app.services.station)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.errors import UserError
from app.domain.nik import mask
from app.services import keys, roles, station
from app.services.audit import Actor
from app.services.files import explain
from app.services.sync import acks, conflicts, export, import_report, merge
from app.services.sync.format import open_batch
from app.services.workspace import Workspace
from app.ui import crash, i18n, labels
from app.ui.table import ListModel, table_view
from app.ui.when import shown
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


class OfficeKeyDialog(QDialog):
    """The office's key shown before this laptop trusts it: its name and fingerprint (and,
    when it replaces the office trusted so far, both fingerprints). Installing is the
    button; the person first compares the fingerprint with the office's."""

    def __init__(self, found: station.KeyFile, current: station.KeyInfo | None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pasang kunci kantor"))
        layout = QVBoxLayout(self)
        if current is None:
            text = self.tr(
                "<p>Kunci kantor <b>%s</b></p><p>Sidik jari: <b style='font-size:15px'>%s"
                "</b></p><p>Cocokkan sidik jari ini dengan yang tertulis di halaman Sinkron "
                "komputer kantor (atau tanyakan lewat telepon). Pasang hanya jika sama "
                "persis: sesudah itu batch dari laptop ini dienkripsi untuk kantor ini, "
                "dan tanda terimanya dipercaya.</p>") % (escape(found.name), found.fingerprint)
            confirm = self.tr("Sidik jari sama — pasang kunci kantor")
        else:
            text = self.tr(
                "<p><b>Laptop ini sudah mempercayai kantor lain.</b></p>"
                "<p>Kantor sekarang: <b>%s</b>, sidik jari <b>%s</b></p>"
                "<p>Kunci baru: <b>%s</b>, sidik jari <b>%s</b></p>"
                "<p>Ganti hanya dengan sengaja, misalnya kantor memasang komputer baru: "
                "cocokkan sidik jari baru dengan kantor. Sesudah diganti, batch dienkripsi "
                "untuk kunci baru dan kantor lama tidak bisa membacanya.</p>") % (
                escape(current.name), current.fingerprint, escape(found.name),
                found.fingerprint)
            confirm = self.tr("Sidik jari sama — ganti kunci kantor")
        message = QLabel(text, self)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        _cancel_first(self.confirm, cancel, message, layout)  # Enter alone trusts nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class NewDeviceDialog(QDialog):
    """A laptop's first batch: its key fingerprint, to compare with the laptop's own
    Sinkron page before the office trusts it."""

    def __init__(self, name: str, fingerprint: str, file_name: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laptop baru"))
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(
            "<p>Batch <b>%s</b> datang dari laptop yang belum dikenal kantor ini: "
            "<b>%s</b>.</p><p>Sidik jari kunci laptop itu: <b style='font-size:15px'>%s"
            "</b></p><p>Minta petugas laptop membuka halaman Sinkron di laptopnya (atau "
            "bacakan lewat telepon) dan bandingkan sidik jarinya. Percayai hanya jika sama "
            "persis; jika berbeda, jangan impor: batch itu mungkin bukan dari laptop "
            "tersebut.</p>") % (escape(file_name), escape(name), fingerprint), self)
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(self.tr("Sidik jari sama — percayai dan impor"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Jangan impor"),
                                   QDialogButtonBox.ButtonRole.RejectRole)
        _cancel_first(self.confirm, cancel, message, layout)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _cancel_first(confirm: QPushButton, cancel: QPushButton, message: QLabel,
                  layout: QVBoxLayout) -> None:
    """A trust question: Enter (and the focus) on the cancelling button, so only a
    deliberate click or Tab to the confirming one trusts a key; the message wide enough
    to be read whole."""
    confirm.setAutoDefault(False)
    cancel.setDefault(True)
    cancel.setFocus()
    message.setMinimumWidth(560)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)


@dataclass
class FileOutcome:
    """One batch file's import as the office's list shows it."""

    file: str
    outcome: str
    todo: str
    ok: bool


class SyncPage(QWidget):
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

    # -- work off the GUI thread ------------------------------------------------------------
    def _wait(self, title: str, work: Any) -> tuple[str, Any]:
        """Run `work(progress, cancelled)` behind the progress dialog and wait for it with
        the window alive (a local event loop, as a dialog's exec). Returns ("done",
        result), ("refused", message) or ("bug", message) after the crash dialog."""
        loop = QEventLoop(self)
        outcome: list[tuple[str, Any]] = []

        def guarded(progress: Any, cancelled: Any) -> Any:
            try:
                return work(progress, cancelled)
            except Exception as exc:
                if crash.refusal_message(exc) is not None:
                    raise  # run_task hands the refusal's message to `failed`
                return _Bug(crash.report_bug(exc, "halaman Sinkron"))

        def done(result: Any) -> None:
            outcome.append(("bug", result) if isinstance(result, _Bug) else ("done", result))
            loop.quit()

        def failed(message: str) -> None:
            outcome.append(("refused", message))
            loop.quit()

        run_task(self, title, guarded, done, failed)
        if not outcome:
            loop.exec()
        kind, value = outcome[0]
        if isinstance(value, _Bug):
            crash.show_crash_dialog(value.report, self)
            return kind, crash.bug_message(value.report)
        return kind, value

    # -- laptop ---------------------------------------------------------------------------
    def _ask_office_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Berkas kunci kantor"), "",
                                              self.tr("Kunci Lindungi (*.json)"))
        if path:
            self.install_office_key(Path(path))

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
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder USB"))
        if folder:
            self.export_to(Path(folder))

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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Tanda terima kantor"), "",
                                              "JSON (*.json)")
        if path:
            self.import_ack(Path(path))

    def import_ack(self, path: Path) -> int | None:
        ws, actor = self.workspace, self.actor

        def work(_progress: Any, _cancelled: Any) -> int:
            with ws.db.session() as s:  # a laptop of 100,000 records: off the GUI thread
                return acks.import_ack(s, actor, path)

        kind, count = self._wait(self.tr("Impor tanda terima"), work)
        if kind != "done":
            if kind == "refused":
                QMessageBox.warning(self, self.tr("Tanda terima"), count)
            return None
        self.status.setText(self.tr("Tanda terima dipasang: yang sudah ditandai diterima "
                                    "kantor tidak dikirim lagi pada ekspor berikutnya."))
        return int(count)

    # -- office ---------------------------------------------------------------------------
    def _ask_key_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan berkas kunci kantor"),
                                              "kunci-kantor.json", "JSON (*.json)")
        if path:
            self.write_key_file(Path(path))

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

    def _ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Impor batch"), "",
                                                self.tr("Batch Lindungi (*.ldgb)"))
        self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> list[import_report.ImportReport | None]:
        """Import the files one after the other; each gets its line in the list."""
        self.outcomes.set_rows([])
        return [self.import_batch(path, keep=True) for path in paths]

    def import_batch(self, path: Path, keep: bool = False
                     ) -> import_report.ImportReport | None:
        """Import one batch off the GUI thread. A new laptop's key fingerprint is shown
        for confirmation (the button imports it again, trusting the laptop); a refusal
        says why and what to do; nothing is silent."""
        if not keep:
            self.outcomes.set_rows([])
        ws, actor = self.workspace, self.actor
        trust = False
        while True:
            def work(progress: Any, cancelled: Any, trust: bool = trust) -> Any:
                def step(done: int, total: int) -> None:
                    progress(done, total)
                    if cancelled():  # between parts, inside the import's transaction:
                        raise _Cancelled  # leaving it rolls back every part merged so far

                try:
                    return merge.import_file(ws, actor, path, trust, step)
                except merge.NewDevice as unknown:  # a question, not a refusal
                    return unknown, _device_name(path)
                except _Cancelled:
                    return _Cancelled

            kind, value = self._wait(self.tr("Impor batch %s") % path.name, work)
            if kind == "done" and isinstance(value, tuple):
                new, name = value
                dialog = NewDeviceDialog(name, new.fingerprint, path.name, self)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    trust = True
                    continue
                self._outcome(path, self.tr("Tidak diimpor: laptop baru belum dipercaya"),
                              self.tr("Cocokkan sidik jari %s dengan laptopnya, lalu impor "
                                      "lagi.") % new.fingerprint, False)
                self.result.setText(self.tr("%s tidak diimpor; tidak ada yang diubah.")
                                    % path.name)
                return None
            break
        if kind == "done" and value is _Cancelled:
            self._outcome(path, self.tr("Impor dibatalkan; tidak ada yang diubah"),
                          self.tr("Impor lagi bila sempat."), False)
            self.result.setText(self.tr("%s: impor dibatalkan; tidak ada yang diubah.")
                                % path.name)
            return None
        if kind == "refused":
            self._outcome(path, self.tr("Ditolak: %s") % value, self.tr(
                "Tidak ada yang diubah. Betulkan yang disebut alasannya; jika berkasnya "
                "rusak atau hilang, ekspor lagi dari laptop: ekspor berikutnya memuat "
                "semua yang belum diterima kantor."), False)
            self.result.setText(self.tr("%s ditolak: %s. Tidak ada yang diubah.") % (
                path.name, value))
            return None
        if kind == "bug":
            self._outcome(path, self.tr("Kesalahan program"), value, False)
            self.result.setText(value)
            return None
        report: import_report.ImportReport = value
        self.reload()
        self.result.setText(self._describe(path, report))
        if report.already_imported:
            self._outcome(path, self.tr("Sudah pernah diimpor; tidak ada yang berubah"),
                          "-", True)
        else:
            self._outcome(path, self.tr("Diterima: baru %d, diperbarui %d, sama %d, "
                                        "konflik %d") % (report.new, report.updated,
                                                          report.unchanged, report.conflicts),
                          self._todo(report), True)
        return report

    def _todo(self, report: import_report.ImportReport) -> str:
        todo = []
        if report.conflicts:
            todo.append(self.tr("Tinjau konflik di bawah."))
        if report.restarts:
            todo.append(self.tr("Baca catatan laptop dipulihkan di bawah."))
        if report.gaps:
            todo.append(self.tr("Ada batch yang belum diterima: lihat di bawah."))
        return " ".join(todo) or "-"

    def _describe(self, path: Path, report: import_report.ImportReport) -> str:
        if report.already_imported:
            text = self.tr("%s sudah pernah diimpor; tidak ada yang berubah.") % path.name
        else:
            text = self.tr("%s: baru %d, diperbarui %d, sama %d, konflik %d.") % (
                path.name, report.new, report.updated, report.unchanged, report.conflicts)
        names = dict((device_id, name) for name, device_id in
                     ((self.device_combo.itemText(i), self.device_combo.itemData(i))
                      for i in range(self.device_combo.count())))
        for restart in report.restarts:
            text += "\n\n" + self.tr("Laptop %s: %s") % (
                names.get(restart.device_id, str(restart.device_id)),
                i18n.message(restart.label()))
        for gap in report.gaps:
            text += "\n" + self.tr(
                "Belum diterima dari %s: batch %s. Cari berkasnya di flashdisk; jika "
                "hilang, ekspor berikutnya dari laptop itu tetap memuat semua yang belum "
                "diterima kantor.") % (gap.device_name, gap.label)
        return text

    def _outcome(self, path: Path, outcome: str, todo: str, ok: bool) -> None:
        self.outcomes.add_rows([FileOutcome(path.name, outcome, todo, ok)])
        self.outcome_table.resizeRowsToContents()

    def _ask_ack(self) -> None:
        device_id = self.device_combo.currentData()
        if device_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan tanda terima"),
                                              "tanda-terima.json", "JSON (*.json)")
        if path:
            self.write_ack(device_id, Path(path))

    def write_ack(self, device_id: uuid.UUID, path: Path) -> int | None:
        ws, actor = self.workspace, self.actor

        def work(_progress: Any, _cancelled: Any) -> int:
            with ws.db.session() as s:  # every record the laptop sent: off the GUI thread
                return acks.make_ack(s, actor, device_id, path)

        kind, count = self._wait(self.tr("Buat tanda terima"), work)
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


@dataclass
class _Bug:
    """A bug in background work: its crash report (already written), for the dialog."""

    report: Path | None


class _Cancelled(Exception):
    """The person pressed Cancel while a batch was being imported."""


def _reason(exc: BaseException) -> str:
    """A refusal's message: a UserError's own, or what a failed file read means."""
    return i18n.message(explain(exc) if isinstance(exc, OSError) else exc)


def _device_name(path: Path) -> str:
    """The name a batch gives its laptop (read again only for a new laptop's question)."""
    return str(open_batch(path).manifest.get("device", {}).get("name", ""))[:120]
