"""Pages for supervisors and administrators: the audit trail, officer accounts, and
personal-data duties (breach report, retention, configuration from the office)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.domain import codes
from app.domain.errors import UserError
from app.domain.money import rupiah
from app.services import accounts, audit, config_package, privacy, roles
from app.services.audit import Actor
from app.services.pdf import formats
from app.services.sync import chain
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.table import ListModel, table_view
from app.ui.when import shown
from app.ui.widgets import dialog_buttons

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200


# What each audit action is, in words (the trail stores the code; an auditor sees the
# code too, in the entry's exact record below the list). Context "AuditPage".
ACTIONS: dict[str, object] = {
    "login": QT_TRANSLATE_NOOP("AuditPage", "Masuk"),
    "login_failed": QT_TRANSLATE_NOOP("AuditPage", "Gagal masuk"),
    "desk_lock": QT_TRANSLATE_NOOP("AuditPage", "Meja dikunci"),
    "officer_switch": QT_TRANSLATE_NOOP("AuditPage", "Ganti petugas"),
    "officer_create": QT_TRANSLATE_NOOP("AuditPage", "Akun dibuat"),
    "officer_update": QT_TRANSLATE_NOOP("AuditPage", "Akun diubah"),
    "member_create": QT_TRANSLATE_NOOP("AuditPage", "Peserta didaftarkan"),
    "member_edit": QT_TRANSLATE_NOOP("AuditPage", "Data peserta dikoreksi"),
    "member_void": QT_TRANSLATE_NOOP("AuditPage", "Pendaftaran dibatalkan"),
    "member_erase": QT_TRANSLATE_NOOP("AuditPage", "Data pribadi peserta dihapus"),
    "member_import": QT_TRANSLATE_NOOP("AuditPage", "Peserta diimpor dari berkas"),
    "consent_proof": QT_TRANSLATE_NOOP("AuditPage", "Bukti persetujuan dicetak"),
    "nik_reveal": QT_TRANSLATE_NOOP("AuditPage", "NIK lengkap ditampilkan"),
    "export_bpjs": QT_TRANSLATE_NOOP("AuditPage", "Berkas BPJS diekspor"),
    "kpj_import": QT_TRANSLATE_NOOP("AuditPage", "Nomor KPJ diimpor"),
    "slip_print": QT_TRANSLATE_NOOP("AuditPage", "Slip diterbitkan"),
    "print": QT_TRANSLATE_NOOP("AuditPage", "Dicetak"),
    "print_cancel": QT_TRANSLATE_NOOP("AuditPage", "Cetakan dibatalkan"),
    "group_create": QT_TRANSLATE_NOOP("AuditPage", "Kelompok dibuat"),
    "group_edit": QT_TRANSLATE_NOOP("AuditPage", "Kelompok diubah"),
    "group_add_members": QT_TRANSLATE_NOOP("AuditPage", "Anggota masuk kelompok"),
    "group_remove_members": QT_TRANSLATE_NOOP("AuditPage", "Anggota keluar dari kelompok"),
    "event_create": QT_TRANSLATE_NOOP("AuditPage", "Acara dibuat"),
    "event_close": QT_TRANSLATE_NOOP("AuditPage", "Acara ditutup"),
    "coverage_target": QT_TRANSLATE_NOOP("AuditPage", "Target cakupan diubah"),
    "batch_export": QT_TRANSLATE_NOOP("AuditPage", "Batch diekspor"),
    "batch_import": QT_TRANSLATE_NOOP("AuditPage", "Batch diimpor"),
    "batch_refused": QT_TRANSLATE_NOOP("AuditPage", "Batch ditolak"),
    "ack_write": QT_TRANSLATE_NOOP("AuditPage", "Tanda terima dibuat"),
    "ack_import": QT_TRANSLATE_NOOP("AuditPage", "Tanda terima diimpor"),
    "conflict_resolve": QT_TRANSLATE_NOOP("AuditPage", "Konflik NIK diputuskan"),
    "chain_gap": QT_TRANSLATE_NOOP("AuditPage", "Laptop memulai jejak audit baru"),
    "chain_restart": QT_TRANSLATE_NOOP("AuditPage", "Jejak audit bersambung sesudah pemulihan"),
    "device_init": QT_TRANSLATE_NOOP("AuditPage", "Perangkat disiapkan"),
    "device_home_region": QT_TRANSLATE_NOOP("AuditPage", "Kabupaten/kota perangkat diubah"),
    "desk_setting": QT_TRANSLATE_NOOP("AuditPage", "Pengaturan meja diubah"),
    "device_key_pinned": QT_TRANSLATE_NOOP("AuditPage", "Kunci laptop baru dipercaya"),
    "device_key_import": QT_TRANSLATE_NOOP("AuditPage", "Kunci perangkat dipasang"),
    "office_key_set": QT_TRANSLATE_NOOP("AuditPage", "Kunci kantor dipasang"),
    "office_key_replace": QT_TRANSLATE_NOOP("AuditPage", "Kunci kantor diganti"),
    "config_make": QT_TRANSLATE_NOOP("AuditPage", "Paket konfigurasi dibuat"),
    "config_import": QT_TRANSLATE_NOOP("AuditPage", "Paket konfigurasi diterapkan"),
    "backup_now": QT_TRANSLATE_NOOP("AuditPage", "Cadangan dibuat"),
    "backup_restore": QT_TRANSLATE_NOOP("AuditPage", "Dipulihkan dari cadangan"),
    "breach_report": QT_TRANSLATE_NOOP("AuditPage", "Laporan kehilangan disimpan"),
}
# the names of the details an entry records (counts, codes, field names, never values)
DETAILS: dict[str, object] = {
    "role": QT_TRANSLATE_NOOP("AuditPage", "peran"),
    "reason": QT_TRANSLATE_NOOP("AuditPage", "alasan"),
    "locked": QT_TRANSLATE_NOOP("AuditPage", "akun dikunci"),
    "fields": QT_TRANSLATE_NOOP("AuditPage", "kolom"),
    "revision": QT_TRANSLATE_NOOP("AuditPage", "revisi"),
    "approved_by": QT_TRANSLATE_NOOP("AuditPage", "disetujui oleh"),
    "rows": QT_TRANSLATE_NOOP("AuditPage", "baris"),
    "rejected": QT_TRANSLATE_NOOP("AuditPage", "ditolak"),
    "duplicates": QT_TRANSLATE_NOOP("AuditPage", "ganda"),
    "new": QT_TRANSLATE_NOOP("AuditPage", "baru"),
    "updated": QT_TRANSLATE_NOOP("AuditPage", "diperbarui"),
    "unchanged": QT_TRANSLATE_NOOP("AuditPage", "sama"),
    "unmatched": QT_TRANSLATE_NOOP("AuditPage", "tidak cocok"),
    "conflicts": QT_TRANSLATE_NOOP("AuditPage", "konflik"),
    "sequence": QT_TRANSLATE_NOOP("AuditPage", "nomor"),
    "records": QT_TRANSLATE_NOOP("AuditPage", "catatan"),
    "encrypted": QT_TRANSLATE_NOOP("AuditPage", "terenkripsi"),
    "file": QT_TRANSLATE_NOOP("AuditPage", "berkas"),
    "device_id": QT_TRANSLATE_NOOP("AuditPage", "perangkat"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditPage", "sidik jari"),
    "old_device": QT_TRANSLATE_NOOP("AuditPage", "perangkat lama"),
    "old_fingerprint": QT_TRANSLATE_NOOP("AuditPage", "sidik jari lama"),
    "new_fingerprint": QT_TRANSLATE_NOOP("AuditPage", "sidik jari baru"),
    "resolution": QT_TRANSLATE_NOOP("AuditPage", "keputusan"),
    "count": QT_TRANSLATE_NOOP("AuditPage", "jumlah"),
    "channel": QT_TRANSLATE_NOOP("AuditPage", "lewat"),
    "parts": QT_TRANSLATE_NOOP("AuditPage", "bagian"),
    "members": QT_TRANSLATE_NOOP("AuditPage", "peserta"),
    "closed_events": QT_TRANSLATE_NOOP("AuditPage", "acara tertutup"),
    "format": QT_TRANSLATE_NOOP("AuditPage", "format"),
    "slips": QT_TRANSLATE_NOOP("AuditPage", "slip"),
    "copies": QT_TRANSLATE_NOOP("AuditPage", "salinan"),
    "pages": QT_TRANSLATE_NOOP("AuditPage", "halaman"),
    "workers": QT_TRANSLATE_NOOP("AuditPage", "pekerja rentan"),
    "percent": QT_TRANSLATE_NOOP("AuditPage", "persen"),
    "monthly_total": QT_TRANSLATE_NOOP("AuditPage", "iuran per bulan"),
    "region": QT_TRANSLATE_NOOP("AuditPage", "wilayah"),
    "old": QT_TRANSLATE_NOOP("AuditPage", "lama"),
    "previous": QT_TRANSLATE_NOOP("AuditPage", "petugas sebelumnya"),
    "occupations": QT_TRANSLATE_NOOP("AuditPage", "pekerjaan"),
    "officers": QT_TRANSLATE_NOOP("AuditPage", "akun"),
    "officers_without_sign_in": QT_TRANSLATE_NOOP("AuditPage", "akun tanpa masuk"),
    "tariffs": QT_TRANSLATE_NOOP("AuditPage", "aturan iuran"),
    "consent": QT_TRANSLATE_NOOP("AuditPage", "teks persetujuan"),
    "events": QT_TRANSLATE_NOOP("AuditPage", "acara"),
    "segment": QT_TRANSLATE_NOOP("AuditPage", "rantai"),
    "continues_segment": QT_TRANSLATE_NOOP("AuditPage", "menyambung rantai"),
    "continues_seq": QT_TRANSLATE_NOOP("AuditPage", "sesudah entri"),
    "continues_hash": QT_TRANSLATE_NOOP("AuditPage", "hash entri itu"),
    "restarted_at": QT_TRANSLATE_NOOP("AuditPage", "dimulai"),
    "batch_sequence": QT_TRANSLATE_NOOP("AuditPage", "batch terakhir"),
    "head_known": QT_TRANSLATE_NOOP("AuditPage", "sambungan dikenal kantor"),
    "lost_entries": QT_TRANSLATE_NOOP("AuditPage", "entri hilang"),
}
# values recorded as codes
VALUES: dict[str, object] = {
    "unknown": QT_TRANSLATE_NOOP("AuditPage", "nama pengguna tidak dikenal"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "pemulihan dari cadangan"),
    "idle": QT_TRANSLATE_NOOP("AuditPage", "lama tidak dipakai"),
    "now": QT_TRANSLATE_NOOP("AuditPage", "dikunci petugas"),
    "list": QT_TRANSLATE_NOOP("AuditPage", "daftar peserta"),
    "keep_existing": QT_TRANSLATE_NOOP("AuditPage", "pakai data pertama"),
    "keep_incoming": QT_TRANSLATE_NOOP("AuditPage", "pakai data kedua"),
    "merge": QT_TRANSLATE_NOOP("AuditPage", "gabungkan"),
    "different_people": QT_TRANSLATE_NOOP("AuditPage", "orang berbeda"),
    "erased": QT_TRANSLATE_NOOP("AuditPage", "dihapus"),
    # field names in "kolom"
    "name": QT_TRANSLATE_NOOP("AuditPage", "nama"),
    "full_name": QT_TRANSLATE_NOOP("AuditPage", "nama lengkap"),
    "password": QT_TRANSLATE_NOOP("AuditPage", "kata sandi"),
    "active": QT_TRANSLATE_NOOP("AuditPage", "aktif"),
    "status": QT_TRANSLATE_NOOP("AuditPage", "status"),
    "nik": QT_TRANSLATE_NOOP("AuditPage", "NIK"),
    "birth_place": QT_TRANSLATE_NOOP("AuditPage", "tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("AuditPage", "tanggal lahir"),
    "gender": QT_TRANSLATE_NOOP("AuditPage", "jenis kelamin"),
    "address": QT_TRANSLATE_NOOP("AuditPage", "alamat"),
    "region_code": QT_TRANSLATE_NOOP("AuditPage", "wilayah"),
    "phone": QT_TRANSLATE_NOOP("AuditPage", "no. HP"),
    "email": QT_TRANSLATE_NOOP("AuditPage", "surel"),
    "sector": QT_TRANSLATE_NOOP("AuditPage", "sektor"),
    "occupation": QT_TRANSLATE_NOOP("AuditPage", "pekerjaan"),
    "business_name": QT_TRANSLATE_NOOP("AuditPage", "nama usaha"),
    "declared_income": QT_TRANSLATE_NOOP("AuditPage", "penghasilan"),
    "programs": QT_TRANSLATE_NOOP("AuditPage", "program"),
    "payer": QT_TRANSLATE_NOOP("AuditPage", "sumber iuran"),
    "payer_subsource": QT_TRANSLATE_NOOP("AuditPage", "sub-sumber"),
    "pay_period": QT_TRANSLATE_NOOP("AuditPage", "periode bayar"),
    "group_id": QT_TRANSLATE_NOOP("AuditPage", "kelompok"),
    "kind": QT_TRANSLATE_NOOP("AuditPage", "jenis"),
    "leader_name": QT_TRANSLATE_NOOP("AuditPage", "ketua"),
    "agreement_no": QT_TRANSLATE_NOOP("AuditPage", "nomor perjanjian"),
    "agreement_date": QT_TRANSLATE_NOOP("AuditPage", "tanggal perjanjian"),
    "kpj_number": QT_TRANSLATE_NOOP("AuditPage", "nomor KPJ"),
}
SETTINGS: dict[str, object] = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditPage", "menit sampai meja terkunci"),
    "slip_format": QT_TRANSLATE_NOOP("AuditPage", "format slip"),
    "coverage_workers": QT_TRANSLATE_NOOP("AuditPage", "jumlah pekerja rentan"),
}
YES_NO = (QT_TRANSLATE_NOOP("AuditPage", "tidak"), QT_TRANSLATE_NOOP("AuditPage", "ya"))
ENTITIES: dict[str, object] = {
    "member": QT_TRANSLATE_NOOP("AuditPage", "Peserta"),
    "members": QT_TRANSLATE_NOOP("AuditPage", "Peserta"),
    "officer": QT_TRANSLATE_NOOP("AuditPage", "Akun"),
    "group": QT_TRANSLATE_NOOP("AuditPage", "Kelompok"),
    "event": QT_TRANSLATE_NOOP("AuditPage", "Acara"),
    "batch": QT_TRANSLATE_NOOP("AuditPage", "Batch"),
    "device": QT_TRANSLATE_NOOP("AuditPage", "Perangkat"),
    "slip": QT_TRANSLATE_NOOP("AuditPage", "Slip"),
    "print_job": QT_TRANSLATE_NOOP("AuditPage", "Cetakan"),
    "conflict": QT_TRANSLATE_NOOP("AuditPage", "Konflik"),
    "config": QT_TRANSLATE_NOOP("AuditPage", "Konfigurasi"),
    "setting": QT_TRANSLATE_NOOP("AuditPage", "Pengaturan"),
}


def _word(table: dict[str, object], code: str) -> str:
    text = table.get(code)
    return QCoreApplication.translate("AuditPage", str(text)) if text else code


def action_label(code: str) -> str:
    """An audit action in words, in the desk's language (an unknown code as it is)."""
    return _word(ACTIONS, code)


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditPage", str(YES_NO[value]))
    if isinstance(value, list):
        return ", ".join(_value(key, v) for v in value) or "-"
    if isinstance(value, dict):
        return ", ".join(f"{_value(k, k)} {_value(k, v)}" for k, v in value.items())
    if key == "role" and value in accounts.ROLES:
        return labels.label(accounts.ROLES[str(value)])
    if key in ("format", "old", "new") and value in formats.LABELS:  # a slip format
        return labels.label(formats.LABELS[str(value)])
    if key == "monthly_total" and isinstance(value, int):
        return rupiah(value)
    if key in ("region", "old", "new") and isinstance(value, str) and value[:1].isdigit():
        name = resources.regions().name(value)  # a region code: its name too
        return f"{name} ({value})" if name else value
    if key.endswith("_at") and isinstance(value, str):
        try:
            return shown(dt.datetime.fromisoformat(value), seconds=True)
        except ValueError:
            return value
    if key.endswith("_hash") and isinstance(value, str):
        return value[:12]
    if key in ("approved_by", "device_id", "old_device", "previous") and isinstance(value, str):
        return value[:8]  # an id: its start tells it apart, the exact record has it all
    return _word(VALUES, value) if isinstance(value, str) else str(value)


def details_text(action: str, details: str) -> str:
    """An entry's details as "name: value" text (an auditor reads the exact record in
    the panel below the list). A chain gap and a refused batch in the office's words."""
    if action in ("chain_gap", "batch_refused"):
        return i18n.message(chain.describe(action, details))
    try:
        d = json.loads(details) if details else {}
    except ValueError:
        return details
    if not isinstance(d, dict):
        return details
    return "; ".join(f"{_word(DETAILS, key)}: {_value(key, value)}"
                     for key, value in d.items() if value is not None and value != "")


def object_text(entity_type: str, entity_id: str) -> str:
    if not entity_type:
        return "-"
    if entity_type == "setting":  # a setting is named, not numbered
        return f"{_word(ENTITIES, entity_type)}: {_word(SETTINGS, entity_id)}"
    return f"{_word(ENTITIES, entity_type)} {entity_id[:8]}".strip()


class AuditPage(QWidget):
    """Every processing action, newest first, with filters and a check of the chain.
    Actions and details in words; the selected entry's exact record below the list."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.entries: list[audit.EntryRow] = []
        self.action = QComboBox(self)
        self.officer = QLineEdit(self)
        self.officer.setPlaceholderText(self.tr("nama pengguna petugas"))
        self.verify_button = QPushButton(self.tr("Periksa keutuhan jejak audit"), self)
        self.more_button = QPushButton(self.tr("Muat lebih banyak"), self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tindakan"), self))
        top.addWidget(self.action, 1)
        top.addWidget(QLabel(self.tr("Petugas"), self))
        top.addWidget(self.officer, 1)
        top.addWidget(self.verify_button)
        self.model: ListModel[tuple[Any, ...]] = ListModel(
            [self.tr("Waktu"), self.tr("Petugas"), self.tr("Tindakan"), self.tr("Objek"),
             self.tr("Rincian")], parent=self)
        self.table = table_view(self, self.model, 4)
        for column in (0, 1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.exact = QLabel(self)
        self.exact.setWordWrap(True)
        self.exact.setTextFormat(Qt.TextFormat.PlainText)
        self.exact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exact.setStyleSheet("color: #555555; font-family: monospace")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.exact)
        layout.addWidget(self.more_button)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.officer.editingFinished.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.more_button.clicked.connect(self.load_more)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_exact(current.row()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        with self.workspace.db.session() as s:
            names = audit.actions(s)
        keep = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Semua"), None)
        for name in sorted(names, key=action_label):
            self.action.addItem(action_label(name), name)
        self.action.setCurrentIndex(max(self.action.findData(keep), 0) if keep else 0)
        self.action.blockSignals(False)
        self.reload()

    def _rows(self, before: audit.EntryRow | None) -> list[audit.EntryRow]:
        with self.workspace.db.session() as s:
            return audit.list_entries(s, self.action.currentData(),
                                      self.officer.text().strip() or None, PAGE, before)

    @staticmethod
    def _show(e: audit.EntryRow) -> tuple[Any, ...]:
        return (shown(e.at, seconds=True), e.officer or "-", action_label(e.action),
                object_text(e.entity_type, e.entity_id), details_text(e.action, e.details))

    def show_exact(self, row: int) -> None:
        """The entry as recorded: its number, device, code, object and details."""
        if not 0 <= row < len(self.entries):
            self.exact.setText("")
            return
        e = self.entries[row]
        self.exact.setText(self.tr("Catatan asli: #%d · perangkat %s · %s · %s %s · %s") % (
            e.seq, e.device_id, e.action, e.entity_type or "-", e.entity_id or "-",
            e.details or "{}"))

    def reload(self) -> None:
        self.entries = self._rows(None)
        self.model.set_rows([self._show(e) for e in self.entries])
        self.more_button.setEnabled(len(self.entries) == PAGE)
        self.exact.setText("")

    def load_more(self) -> None:
        if not self.entries:
            return
        more = self._rows(self.entries[-1])
        self.entries += more
        self.model.add_rows([self._show(e) for e in more])
        self.more_button.setEnabled(len(more) == PAGE)

    def verify(self) -> audit.ChainReport:
        with self.workspace.db.session() as s:
            report = audit.verify(s)
        if report.valid:
            self.verdict.setStyleSheet("color: #0b5d3b")
            self.verdict.setText(self.tr("Jejak audit utuh: %d entri.") % report.entries)
        else:
            bad = report.first_bad or {}
            self.verdict.setStyleSheet("color: #b00020; font-weight: 600")
            self.verdict.setText(self.tr("Jejak audit RUSAK pada entri nomor %s: %s") % (
                bad.get("seq"), bad.get("reason")))
        return report


class OfficerDialog(QDialog):
    """One account: Enter saves, Esc cancels. A refused save (a weak password, a
    username already taken) keeps the dialog open with what was typed and the reason
    under the field it concerns."""

    def __init__(self, parent: Any = None, row: accounts.OfficerRow | None = None,
                 save: Callable[[OfficerDialog], None] | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Akun petugas"))
        self.username = QLineEdit(row.username if row else "", self)
        self.username.setEnabled(row is None)
        self.full_name = QLineEdit(row.full_name if row else "", self)
        self.full_name.setPlaceholderText(self.tr("dicetak di slip, mis. Sri Wahyuni"))
        self.role = QComboBox(self)
        for code, label in labels.items(accounts.ROLES):
            self.role.addItem(label, code)
        self.role.setCurrentIndex(max(self.role.findData(row.role if row else "officer"), 0))
        self.active = QCheckBox(self.tr("Akun aktif"), self)
        self.active.setChecked(row.active if row else True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kosongkan bila tidak diganti") if row else
            self.tr("minimal 10 karakter, mis. kopi pagi di pasar"))
        self.name_error = self._error_label()
        self.password_error = self._error_label()
        self.error = self._error_label()
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow("", self.active)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow("", self.password_error)
        buttons = dialog_buttons(self, self.tr("Simpan"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for edit, error in ((self.full_name, self.name_error),
                            (self.password, self.password_error)):
            edit.textEdited.connect(lambda _t, error=error: error.hide())
        self.username.textEdited.connect(lambda _t: self.error.hide())
        self.setMinimumWidth(480)  # room for a refusal's reason under its field

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet("color: #b00020")
        label.hide()
        return label

    def _refuse(self, label: QLabel, text: str, field: QWidget) -> None:
        label.setText(text)
        label.show()
        self.adjustSize()  # the reason read whole, the buttons still in view
        field.setFocus()

    def accept(self) -> None:
        for label in (self.name_error, self.password_error, self.error):
            label.hide()
        if not self.full_name.text().strip():
            self._refuse(self.name_error, self.tr(
                "Isi nama lengkap: nama ini dicetak di slip sebagai petugas."), self.full_name)
            return
        password = self.password.text()
        if password or self.username.isEnabled():  # a new account always has one
            problem = accounts.password_problem(password, self.username.text())
            if problem is not None:
                self._refuse(self.password_error, i18n.message(problem), self.password)
                return
        if self.save is not None:
            try:
                self.save(self)
            except UserError as exc:
                self._refuse(self.error, i18n.message(exc),
                             self.username if self.username.isEnabled() else self.full_name)
                return
        super().accept()


class AccountsPage(QWidget):
    """Administrators: officer accounts and their roles."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.rows: list[accounts.OfficerRow] = []
        self.model: ListModel[tuple[Any, ...]] = ListModel(
            [self.tr("Nama pengguna"), self.tr("Nama"), self.tr("Peran"), self.tr("Perangkat"),
             self.tr("Status")], parent=self)
        self.table = table_view(self, self.model, (1, 3))
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Akun baru…"), self)
        edit = QPushButton(self.tr("Ubah…"), self)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with self.workspace.db.session() as s:
            self.rows = accounts.list_officers(s)
        self.model.set_rows([
            (o.username, o.full_name, labels.label(accounts.ROLES[o.role]), o.device,
             self.tr("terkunci sementara") if o.locked else
             self.tr("petugas lapangan (belum bisa masuk di sini)") if not o.can_sign_in else
             (self.tr("aktif") if o.active else self.tr("nonaktif")))
            for o in self.rows])

    def add(self) -> None:
        def save(dialog: OfficerDialog) -> None:
            with self.workspace.db.session() as s:
                accounts.create_officer(s, self.actor, dialog.username.text(),
                                        dialog.password.text(), str(dialog.role.currentData()),
                                        dialog.full_name.text())

        if OfficerDialog(self, save=save).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.rows[index.row()]

        def save(dialog: OfficerDialog) -> None:
            with self.workspace.db.session() as s:
                accounts.update_officer(s, self.actor, row.id, str(dialog.role.currentData()),
                                        dialog.active.isChecked(), dialog.password.text() or None,
                                        dialog.full_name.text())

        if OfficerDialog(self, row, save).exec() == QDialog.DialogCode.Accepted:
            self.reload()


class PrivacyPage(QWidget):
    """If a laptop or a stick is lost: what it held. Retention. The office's package."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.report: privacy.BreachReport | None = None  # read each time the page shows
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.batches: ListModel[tuple[Any, ...]] = ListModel(
            [self.tr("Batch"), self.tr("Dibuat"), self.tr("Catatan"), self.tr("Enkripsi"),
             self.tr("Berkas")], parent=self)
        self.batch_table = table_view(self, self.batches, 4)
        save = QPushButton(self.tr("Simpan laporan (JSON)…"), self)
        save.clicked.connect(self._ask_save)
        # the report exactly as the file holds it, for an auditor: shown on request
        self.exact = QPlainTextEdit(self)
        self.exact.setReadOnly(True)
        self.exact.hide()
        self.exact_button = QPushButton(self.tr("Rincian laporan (isi berkas)"), self)
        self.exact_button.setCheckable(True)
        self.exact_button.toggled.connect(self.exact.setVisible)
        breach = QGroupBox(self.tr("Laporan kehilangan perangkat atau USB (3×24 jam)"), self)
        blay = QVBoxLayout(breach)
        blay.addWidget(self.summary)
        blay.addWidget(self.batch_table, 1)
        blay.addWidget(self.exact, 1)
        brow = QHBoxLayout()
        brow.addWidget(save)
        brow.addWidget(self.exact_button)
        brow.addStretch(1)
        blay.addLayout(brow)

        self.retention = QPlainTextEdit(self)
        self.retention.setReadOnly(True)
        self.retention.setMaximumHeight(90)
        keep = QGroupBox(self.tr("Masa simpan"), self)
        klay = QVBoxLayout(keep)
        klay.addWidget(self.retention)

        self.config_button = QPushButton(self.tr("Impor paket konfigurasi dari kantor…"), self)
        self.config_button.clicked.connect(self._ask_config)
        self.restore_button = QPushButton(self.tr("Pulihkan dari cadangan…"), self)
        self.restore_button.clicked.connect(self.ask_restore)
        # only what this account may do is shown (docs/roles.md)
        with workspace.db.session() as s:
            may_import = roles.may(s, actor, "config.import_package")
            may_restore = roles.may(s, actor, "backup.restore")
        self.config_button.setVisible(may_import)
        # a database server is backed up by whoever runs it, not restored from here
        self.restore_button.setVisible(may_restore and not workspace.on_server)
        row = QHBoxLayout()
        row.addWidget(self.config_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(breach, 1)
        layout.addWidget(keep)
        layout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with self.workspace.db.session() as s:
            r = self.report = privacy.breach_report(s, self.actor, self.workspace.data_dir)
            old = privacy.past_retention(s)
            years = privacy.retention_years(s)
        db = r.database
        plain = sum(1 for b in r.batches_exported if not b.encrypted)
        self.summary.setText(self.tr(
            "<b>%s</b> menyimpan data pribadi <b>%d</b> peserta (%d dengan nomor HP); "
            "<b>%d</b> belum diterima kantor. %d batch pernah diekspor, <b>%d tanpa "
            "enkripsi</b>. Antrean cetak: %d berkas. Cadangan: %d. Draf terbuka: %s."
            "<br>%s") % (
            r.device.name, db.members_with_personal_data, db.members_with_phone,
            r.not_yet_acknowledged_by_office, len(r.batches_exported), plain,
            len(r.print_queue), len(r.backups),
            self.tr("ya") if r.draft_present else self.tr("tidak"),
            # the report file keeps the service's Indonesian notice; the page says it
            # in the desk's language (the same words, in the .ts files)
            self.tr("Laporkan kehilangan dalam 3×24 jam (UU 27/2022 Pasal 46) kepada subjek "
                    "data dan lembaga; batch tanpa enkripsi berarti isinya dapat dibaca.")
            if r.notice == privacy.BREACH_NOTICE else r.notice))
        self.batches.set_rows([
            (b.sequence, shown(b.created_at), b.records,
             self.tr("ya") if b.encrypted else self.tr("TIDAK"), b.file)
            for b in r.batches_exported])
        self.retention.setPlainText(
            self.tr("%d pendaftaran melewati masa simpan %d tahun.") % (len(old), years)
            + "".join("\n" + self.tr("%s · peserta %s · terakhir diubah %s") % (
                labels.label(codes.MEMBER_STATUSES.get(row["status"], row["status"])),
                row["id"][:8], shown(dt.datetime.fromisoformat(row["updated_at"])))
                for row in old[:50]))
        self.exact.setPlainText(json.dumps(r.as_dict(), ensure_ascii=False, indent=2))

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"),
                                              "laporan-kehilangan.json", "JSON (*.json)")
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        from app.services.files import write_atomic

        report = self.report
        assert report is not None, "the page reads the report when it shows"
        body = json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
        write_atomic(path, lambda fh: fh.write(body), "w", encoding="utf-8")
        with self.workspace.db.session() as s:
            audit.record(s, self.actor, "breach_report", "device", str(report.device.id))

    def ask_restore(self, choose: Any = None) -> bool:
        """Pick a backup (seeing what it holds), confirm, restore; the program then closes
        so that it starts again on the restored database."""
        from PySide6.QtWidgets import QApplication

        from app.services import backup
        from app.ui.dialogs import RestoreDialog

        offered = [b for b in backup.list_backups(self.workspace.data_dir) if b.sound]
        if not offered:
            QMessageBox.information(self, self.tr("Cadangan"),
                                    self.tr("Belum ada cadangan yang utuh."))
            return False
        if choose is None:
            dialog = RestoreDialog(offered, self, self.tr(
                "Pilih cadangan. Pendaftaran sesudah waktu cadangan itu akan hilang dari "
                "laptop ini; database sekarang disimpan di sampingnya."))
            dialog.setWindowTitle(self.tr("Pulihkan dari cadangan"))
            chosen = dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        else:
            chosen = choose(offered)
        if chosen is None:
            return False
        try:
            backup.check_restore(self.workspace.data_dir, Path(chosen), self.actor)
            with self.workspace.db.session() as s:
                audit.record(s, self.actor, "backup_restore", "device", "",
                             file=Path(chosen).name)
            self.workspace.close()
            report = backup.restore(self.workspace.data_dir, Path(chosen), self.actor)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Pulihkan dari cadangan"), i18n.message(exc))
            return False
        QMessageBox.information(self, self.tr("Dipulihkan"),
                                i18n.message(report.message()) + "\n\n"
                                + self.tr("Program ditutup; buka lagi untuk melanjutkan."))
        window = self.window()
        window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return True

    def _ask_config(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Paket konfigurasi"), "",
                                              "JSON (*.json)")
        if path:
            self.import_config(Path(path))

    def import_config(self, path: Path, trust: bool = False) -> dict[str, int] | None:
        try:
            with self.workspace.db.session() as s:
                applied = config_package.import_package(s, self.actor, path, trust)
        except UserError as exc:
            if "--trust-office" in str(exc) and not trust:
                answer = QMessageBox.question(self, self.tr("Kantor baru"), i18n.message(
                    exc).replace("lalu impor dengan --trust-office", "lalu setujui"))
                if answer == QMessageBox.StandardButton.Yes:
                    return self.import_config(path, trust=True)
                return None
            QMessageBox.warning(self, self.tr("Paket ditolak"), i18n.message(exc))
            return None
        QMessageBox.information(self, self.tr("Paket diterapkan"),
                                self.applied_text(applied))
        self.reload()
        return applied

    def applied_text(self, applied: dict[str, int]) -> str:
        """What the package changed, in words (the service counts per part)."""
        lines = [self.tr("Akun dari kantor: %d.") % applied.get("officers", 0)]
        blocked = applied.get("officers_without_sign_in", 0)
        if blocked:
            lines.append(self.tr(
                "%d akun kantor tidak bisa masuk di laptop ini: nama penggunanya sudah dipakai "
                "akun laptop ini. Minta kantor memberi nama pengguna lain.") % blocked)
        if applied.get("occupations"):
            lines.append(self.tr("Daftar pekerjaan: %d.") % applied["occupations"])
        if applied.get("tariffs"):
            lines.append(self.tr("Aturan iuran dari kantor dipakai."))
        if applied.get("consent"):
            lines.append(self.tr("Teks persetujuan dari kantor dipakai."))
        if applied.get("events"):
            lines.append(self.tr("Acara baru dari kantor: %d.") % applied["events"])
        return "\n".join(lines)
