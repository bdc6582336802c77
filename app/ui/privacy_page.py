"""The privacy page: personal-data duties. If a laptop or a stick is lost, what it
held (the breach report); registrations past retention; the configuration package from
the office; restoring from a backup."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import codes
from app.domain.errors import UserError
from app.services import audit, config_package, privacy, roles
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n, labels, places
from app.ui.audit_words import short_id
from app.ui.table import ListModel, table_view
from app.ui.when import shown


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
                short_id("member", row["id"]), shown(dt.datetime.fromisoformat(row["updated_at"])))
                for row in old[:50]))
        self.exact.setPlainText(json.dumps(r.as_dict(), ensure_ascii=False, indent=2))

    def _ask_save(self) -> None:
        path = places.ask_save(self, self.tr("Simpan laporan"), "laporan-kehilangan.json",
                               "JSON (*.json)")
        if path:
            self.save_report(path)

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
        path = places.ask_open(self, self.tr("Paket konfigurasi"), "JSON (*.json)")
        if path:
            self.import_config(path)

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
