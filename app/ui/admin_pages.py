"""Pages for supervisors and administrators: the audit trail, officer accounts, and
personal-data duties (breach report, retention, configuration from the office)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
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

from app.domain.errors import UserError
from app.services import accounts, audit, config_package, privacy, roles, sync_chain
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import labels
from app.ui.table import ListModel, table_view
from app.ui.widgets import dialog_buttons

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200


class AuditPage(QWidget):
    """Every processing action, newest first, with filters and a check of the chain."""

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
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button)
        self.action.currentIndexChanged.connect(lambda _i: self.reload())
        self.officer.editingFinished.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        self.more_button.clicked.connect(self.load_more)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        with self.workspace.db.session() as s:
            names = audit.actions(s)
        keep = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Semua"), None)
        for name in names:
            self.action.addItem(name, name)
        self.action.setCurrentIndex(max(self.action.findData(keep), 0) if keep else 0)
        self.action.blockSignals(False)
        self.reload()

    def _rows(self, before: audit.EntryRow | None) -> list[audit.EntryRow]:
        with self.workspace.db.session() as s:
            return audit.list_entries(s, self.action.currentData(),
                                      self.officer.text().strip() or None, PAGE, before)

    @staticmethod
    def _show(e: audit.EntryRow) -> tuple[Any, ...]:
        return (f"{e.at.astimezone():%d-%m-%Y %H:%M:%S}", e.officer or "-", e.action,
                f"{e.entity_type} {e.entity_id[:8]}".strip(),
                sync_chain.describe(e.action, e.details))

    def reload(self) -> None:
        self.entries = self._rows(None)
        self.model.set_rows([self._show(e) for e in self.entries])
        self.more_button.setEnabled(len(self.entries) == PAGE)

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
    def __init__(self, parent: Any = None, row: accounts.OfficerRow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Akun petugas"))
        self.username = QLineEdit(row.username if row else "", self)
        self.username.setEnabled(row is None)
        self.full_name = QLineEdit(row.full_name if row else "", self)
        self.role = QComboBox(self)
        for code, label in labels.items(accounts.ROLES):
            self.role.addItem(label, code)
        self.role.setCurrentIndex(max(self.role.findData(row.role if row else "officer"), 0))
        self.active = QCheckBox(self.tr("Akun aktif"), self)
        self.active.setChecked(row.active if row else True)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kosongkan bila tidak diganti") if row else self.tr("minimal 6 karakter"))
        form = QFormLayout()
        form.addRow(self.tr("Nama pengguna"), self.username)
        form.addRow(self.tr("Nama lengkap"), self.full_name)
        form.addRow(self.tr("Peran"), self.role)
        form.addRow("", self.active)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


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
        dialog = OfficerDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.workspace.db.session() as s:
                accounts.create_officer(s, self.actor, dialog.username.text(),
                                        dialog.password.text(), str(dialog.role.currentData()),
                                        dialog.full_name.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Akun"), str(exc))
        self.reload()

    def edit_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.rows[index.row()]
        dialog = OfficerDialog(self, row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with self.workspace.db.session() as s:
                accounts.update_officer(s, self.actor, row.id, str(dialog.role.currentData()),
                                        dialog.active.isChecked(), dialog.password.text() or None,
                                        dialog.full_name.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Akun"), str(exc))
        self.reload()


class PrivacyPage(QWidget):
    """If a laptop or a stick is lost: what it held. Retention. The office's package."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.report: dict[str, Any] = {}
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.batches: ListModel[tuple[Any, ...]] = ListModel(
            [self.tr("Batch"), self.tr("Dibuat"), self.tr("Catatan"), self.tr("Enkripsi"),
             self.tr("Berkas")], parent=self)
        self.batch_table = table_view(self, self.batches, 4)
        save = QPushButton(self.tr("Simpan laporan (JSON)…"), self)
        save.clicked.connect(self._ask_save)
        breach = QGroupBox(self.tr("Laporan kehilangan perangkat atau USB (3×24 jam)"), self)
        blay = QVBoxLayout(breach)
        blay.addWidget(self.summary)
        blay.addWidget(self.batch_table, 1)
        blay.addWidget(save)

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
            self.report = privacy.breach_report(s, self.actor, self.workspace.data_dir)
            old = privacy.past_retention(s)
            years = privacy.retention_years(s)
        r = self.report
        db = r["database"]
        plain = sum(1 for b in r["batches_exported"] if not b["encrypted"])
        self.summary.setText(self.tr(
            "<b>%s</b> menyimpan data pribadi <b>%d</b> peserta (%d dengan nomor HP); "
            "<b>%d</b> belum diterima kantor. %d batch pernah diekspor, <b>%d tanpa "
            "enkripsi</b>. Antrean cetak: %d berkas. Cadangan: %d. Draf terbuka: %s."
            "<br>%s") % (
            r["device"]["name"], db["members_with_personal_data"], db["members_with_phone"],
            r["not_yet_acknowledged_by_office"], len(r["batches_exported"]), plain,
            len(r["print_queue"]), len(r["backups"]),
            self.tr("ya") if r["draft_present"] else self.tr("tidak"),
            # the report file keeps the service's Indonesian notice; the page says it
            # in the desk's language (the same words, in the .ts files)
            self.tr("Laporkan kehilangan dalam 3×24 jam (UU 27/2022 Pasal 46) kepada subjek "
                    "data dan lembaga; batch tanpa enkripsi berarti isinya dapat dibaca.")
            if r["notice"] == privacy.BREACH_NOTICE else r["notice"]))
        self.batches.set_rows([
            (b["sequence"], b["created_at"][:16].replace("T", " "), b["records"],
             self.tr("ya") if b["encrypted"] else self.tr("TIDAK"), b["file"])
            for b in r["batches_exported"]])
        self.retention.setPlainText(
            self.tr("%d catatan melewati masa simpan %d tahun.") % (len(old), years)
            + "".join(f"\n{row['status']}  {row['id']}  {row['updated_at'][:10]}"
                      for row in old[:50]))

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"),
                                              "laporan-kehilangan.json", "JSON (*.json)")
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        from app.services.files import write_atomic

        body = json.dumps(self.report, ensure_ascii=False, indent=2)
        write_atomic(path, lambda fh: fh.write(body), "w", encoding="utf-8")
        with self.workspace.db.session() as s:
            audit.record(s, self.actor, "breach_report", "device", self.report["device"]["id"])

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
            QMessageBox.warning(self, self.tr("Pulihkan dari cadangan"), str(exc))
            return False
        QMessageBox.information(self, self.tr("Dipulihkan"), report.message() + "\n\n" +
                                self.tr("Program ditutup; buka lagi untuk melanjutkan."))
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
                answer = QMessageBox.question(self, self.tr("Kantor baru"), str(exc).replace(
                    "lalu impor dengan --trust-office", "lalu setujui"))
                if answer == QMessageBox.StandardButton.Yes:
                    return self.import_config(path, trust=True)
                return None
            QMessageBox.warning(self, self.tr("Paket ditolak"), str(exc))
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
