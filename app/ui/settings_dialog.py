"""Settings (Ctrl+,): the desk's language, the laptop's home regency (an administrator
corrects it), the idle-lock minutes and default slip format (a supervisor or
administrator sets them) and the regency's coverage target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
)

from app.domain.errors import UserError
from app.services import device, reports, roles
from app.services.audit import Actor
from app.services.pdf import formats
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.dialogs import regency_combo
from app.ui.widgets import dialog_buttons


class SettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.setWindowTitle(self.tr("Pengaturan"))
        folder = Path(workspace.data_dir)
        self.initial_language = i18n.saved_language(folder)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self.initial_language))
        language_box = QGroupBox(self.tr("Bahasa tampilan"), self)
        form = QFormLayout(language_box)
        form.addRow(self.tr("&Bahasa:"), self.language)
        note = QLabel(self.tr("Bahasa baru dipakai saat Lindungi dibuka lagi. Slip dan "
                              "laporan untuk kantor tetap berbahasa Indonesia."), self)
        note.setWordWrap(True)
        form.addRow(note)

        with workspace.db.session() as s:
            cover = reports.coverage(s)
            self.initial_home = device.local_device(s).region_code
            self.may_set_home = roles.may(s, actor, "device.home_region")
            may_set_target = roles.may(s, actor, "reports.coverage_target")
        self.home = regency_combo(self)
        if not self.home.select_data(self.initial_home[:5]):
            self.home.setEditText(self.initial_home)
        home_box = QGroupBox(self.tr("Perangkat ini"), self)
        home_form = QFormLayout(home_box)
        home_form.addRow(self.tr("&Kabupaten/kota asal:"), self.home)
        self.home_error = QLabel(self)
        self.home_error.setStyleSheet("color: #b00020")
        self.home_error.setWordWrap(True)
        home_form.addRow(self.home_error)
        self.home.validity_changed.connect(lambda: self.home_error.setText(self.home.problem()))
        if not self.may_set_home:
            self.home.setEnabled(False)
            home_form.addRow(QLabel(self.tr("Hanya administrator yang mengubah kabupaten/kota "
                                            "asal perangkat."), self))
        self.workers = QSpinBox(self)
        self.workers.setRange(0, 50_000_000)
        self.workers.setGroupSeparatorShown(True)
        self.workers.setValue(cover.workers)
        self.percent = QSpinBox(self)
        self.percent.setRange(1, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(cover.percent)
        target_box = QGroupBox(self.tr("Target cakupan kabupaten/kota %s") % cover.region_code,
                               self)
        target = QFormLayout(target_box)
        target.addRow(self.tr("&Pekerja rentan di wilayah:"), self.workers)
        target.addRow(self.tr("&Target cakupan:"), self.percent)
        if not may_set_target:
            self.workers.setEnabled(False)
            self.percent.setEnabled(False)
            target.addRow(QLabel(self.tr("Hanya supervisor atau admin yang mengubah target."),
                                 self))
        self.may_set_target = may_set_target
        self._initial_target = (cover.workers, cover.percent)

        with workspace.db.session() as s:
            self.initial_minutes = device.idle_lock_minutes(s)
            self.initial_format = device.default_slip_format(s)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(*device.IDLE_MINUTES_RANGE)
        self.idle_minutes.setSuffix(self.tr(" menit"))
        self.idle_minutes.setValue(self.initial_minutes)
        self.slip_format = QComboBox(self)
        for code, name in formats.LABELS.items():
            self.slip_format.addItem(labels.label(name), code)
        self.slip_format.setCurrentIndex(max(self.slip_format.findData(self.initial_format), 0))
        desk_box = QGroupBox(self.tr("Meja pendaftaran"), self)
        desk = QFormLayout(desk_box)
        desk.addRow(self.tr("Kunci &otomatis setelah:"), self.idle_minutes)
        desk.addRow(self.tr("&Format slip bawaan:"), self.slip_format)
        with workspace.db.session() as s:
            self.may_set_desk = roles.may(s, actor, "device.desk_settings")
        if not self.may_set_desk:
            self.idle_minutes.setEnabled(False)
            self.slip_format.setEnabled(False)
            desk.addRow(QLabel(self.tr("Hanya supervisor atau admin yang mengubah kunci "
                                       "otomatis dan format slip bawaan."), self))
        self.format_changed = False

        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(home_box)
        layout.addWidget(desk_box)
        layout.addWidget(target_box)
        layout.addWidget(dialog_buttons(self, self.tr("Simpan")))

    def accept(self) -> None:
        language = self.language.currentData()
        if self.may_set_home:
            if not self.home.commit() or not self.home.currentData():
                self.home_error.setText(self.home.problem() or self.tr(
                    "Pilih kabupaten/kota asal dari daftar."))
                self.home.setFocus()
                return
            home = str(self.home.currentData())
            if home != self.initial_home:
                try:
                    with self.workspace.db.session() as s:
                        device.set_home_region(s, self.actor, home)
                except UserError as exc:
                    QMessageBox.warning(self, self.tr("Pengaturan"), i18n.message(exc))
                    return
        minutes, fmt = self.idle_minutes.value(), str(self.slip_format.currentData())
        if self.may_set_desk and (minutes, fmt) != (self.initial_minutes, self.initial_format):
            try:
                with self.workspace.db.session() as s:
                    if minutes != self.initial_minutes:
                        device.set_idle_lock_minutes(s, self.actor, minutes)
                    if fmt != self.initial_format:
                        device.set_default_slip_format(s, self.actor, fmt)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Pengaturan"), i18n.message(exc))
                return
            self.format_changed = fmt != self.initial_format
        target = (self.workers.value(), self.percent.value())
        if self.may_set_target and target != self._initial_target:
            try:
                with self.workspace.db.session() as s:
                    reports.set_target(s, self.actor, *target)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Pengaturan"), i18n.message(exc))
                return
        if language != self.initial_language:
            try:
                i18n.save_language(Path(self.workspace.data_dir), language)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Pengaturan"),
                                    self.tr("Bahasa tidak tersimpan: %s") % exc.strerror)
                return
            QMessageBox.information(self, self.tr("Pengaturan"), self.tr(
                "Bahasa diganti. Tutup lalu buka lagi Lindungi untuk memakainya."))
        super().accept()
