"""The print page: the queue of jobs waiting for the printer, and what to print for the
event or a group (slips, a group's bill) or the printer (a test page)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.services import events, groups, print_jobs, print_queue
from app.services.audit import Actor
from app.services.pdf import formats
from app.services.print_queue import JobInfo
from app.services.workspace import Workspace
from app.ui import i18n, labels, printing
from app.ui.printing import PreviewDialog, PrintError, format_combo, print_job
from app.ui.table import ListModel, table_view
from app.ui.when import shown
from app.ui.workers import run_task


class PrintPage(QWidget):
    """What waits for the printer, and what to print for the event or a group."""

    def __init__(self, workspace: Workspace, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.event_id: uuid.UUID | None = None
        self.last_preview: PreviewDialog | None = None

        self.printer_label = QLabel(self)
        self.model: ListModel[JobInfo] = ListModel(
            [self.tr("Dibuat"), self.tr("Isi"), self.tr("Format"), self.tr("Halaman"),
             self.tr("Slip"), self.tr("Keadaan")],
            lambda j: (shown(j.created_at), labels.job_title(j.title),
                       labels.label(formats.LABELS.get(j.format, j.format)), j.pages,
                       j.slips,
                       self.tr("terkirim, belum dipastikan: periksa kertasnya")
                       if j.unsettled else self.tr("menunggu printer")),
            self)
        self.table = table_view(self, self.model, 1)
        self.table.doubleClicked.connect(lambda _i: self.preview_selected())
        self.preview_button = QPushButton(self.tr("Pratinjau / cetak"), self)
        self.print_all_button = QPushButton(self.tr("Cetak semua antrean"), self)
        self.cancel_button = QPushButton(self.tr("Hapus dari antrean"), self)
        self.done_button = QPushButton(self.tr("Sudah tercetak…"), self)
        self.done_button.setToolTip(self.tr(
            "Untuk pekerjaan yang kertasnya sudah keluar tetapi belum tercatat (mis. "
            "program terhenti saat mencetak): slipnya dihitung dengan nomor yang tercetak."))
        queue_buttons = QHBoxLayout()
        queue_buttons.addWidget(self.printer_label, 1)
        queue_buttons.addWidget(self.preview_button)
        queue_buttons.addWidget(self.print_all_button)
        queue_buttons.addWidget(self.done_button)
        queue_buttons.addWidget(self.cancel_button)
        queue_box = QGroupBox(self.tr("Antrean cetak"), self)
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.addWidget(self.table)
        queue_layout.addLayout(queue_buttons)

        self.format = format_combo(self, workspace)
        self.group = QComboBox(self)
        self.event_button = QPushButton(self.tr("Slip peserta acara ini yang belum punya…"),
                                        self)
        self.group_button = QPushButton(self.tr("Slip anggota yang belum punya…"), self)
        self.bill_button = QPushButton(self.tr("Daftar && tagihan kelompok…"), self)
        self.test_button = QPushButton(self.tr("Halaman uji printer…"), self)
        make_box = QGroupBox(self.tr("Buat cetakan"), self)
        form = QFormLayout(make_box)
        form.addRow(self.tr("Format slip"), self.format)
        form.addRow(self.tr("Acara"), self.event_button)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group, 1)
        group_row.addWidget(self.group_button)
        group_row.addWidget(self.bill_button)
        form.addRow(self.tr("Kelompok"), group_row)
        form.addRow(self.tr("Printer"), self.test_button)

        layout = QVBoxLayout(self)
        layout.addWidget(make_box)
        layout.addWidget(queue_box, 1)

        self.preview_button.clicked.connect(self.preview_selected)
        self.print_all_button.clicked.connect(self.print_all)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.done_button.clicked.connect(self.confirm_selected)
        self.event_button.clicked.connect(self.print_event)
        self.group_button.clicked.connect(self.print_group)
        self.bill_button.clicked.connect(self.print_bill)
        self.test_button.clicked.connect(self.print_test_page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with self.workspace.db.session() as s:
            self.model.set_rows(print_queue.waiting(s, self.workspace.data_dir))
            choices = groups.group_choices(s)
        keep = self.group.currentData()
        self.group.clear()
        for name, gid in choices:
            self.group.addItem(name, gid)
        self.group.setCurrentIndex(max(self.group.findData(keep), 0) if keep else 0)
        printer = printing.default_printer()  # read where the preview reads it too
        self.printer_label.setText(
            self.tr("Printer: %s") % printer.printerName() if printer else
            self.tr("Tidak ada printer terpasang: cetakan menunggu di sini."))

    def queued(self) -> list[JobInfo]:
        return list(self.model.rows)

    def _selected(self) -> JobInfo | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def show_preview(self, job: JobInfo | print_jobs.Draft) -> PreviewDialog:
        dialog = PreviewDialog(self.workspace, self.actor, job, self)
        dialog.finished.connect(lambda _r: self.reload())
        self.last_preview = dialog
        dialog.open()
        return dialog

    def preview_selected(self) -> None:
        job = self._selected()
        if job:
            self.show_preview(job)

    def print_all(self) -> None:
        for job in self.queued():
            try:
                if not print_job(self.workspace, self.actor, job):
                    QMessageBox.information(self, self.tr("Cetak"), self.tr(
                        "Tidak ada printer terpasang; antrean tetap disimpan."))
                    break
            except PrintError as exc:
                QMessageBox.warning(self, self.tr("Cetak"), i18n.message(exc))
                break
        self.reload()

    def cancel_selected(self) -> None:
        job = self._selected()
        if job is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Hapus dari antrean"),
            self.tr("Hapus \"%s\" dari antrean? Slipnya belum tercetak dan tidak "
                    "dihitung; nomor yang disiapkan untuknya tidak dipakai lagi.")
            % labels.job_title(job.title))
        if answer == QMessageBox.StandardButton.Yes:
            with self.workspace.db.session() as s:
                print_queue.cancel(s, job.id, self.actor)
            self.reload()

    def confirm_selected(self) -> None:
        """The officer holds the paper of a job that was never recorded: count it."""
        job = self._selected()
        if job is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Sudah tercetak"),
            self.tr("Apakah kertas \"%s\" (%d slip) sudah keluar dari printer? Slipnya "
                    "dihitung tercetak dengan nomor yang ada di kertas itu.")
            % (labels.job_title(job.title), job.slips))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                with self.workspace.db.session() as s:
                    print_queue.mark_printed(s, self.actor, job.id,
                                             self.tr("(dipastikan petugas)"))
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Sudah tercetak"), i18n.message(exc))
            self.reload()

    def _make(self, title: str, work: Any) -> None:
        def done(result: Any) -> None:
            if isinstance(result, print_jobs.Draft):
                job: JobInfo | print_jobs.Draft = result
                refused = list(result.refused)
            else:
                job, refused = result if isinstance(result, tuple) else (result, [])
            self.reload()
            if refused:
                QMessageBox.information(self, title, self.tr("Tidak diberi slip: %s")
                                        % "; ".join(refused[:10]))
            self.show_preview(job)

        def failed(message: str) -> None:
            QMessageBox.warning(self, title, message)

        run_task(self, title, lambda _p, _c: work(), done, failed)

    def print_event(self) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        with self.workspace.db.session() as s:
            name = events.get_event(s, event_id).name
        fmt = str(self.format.currentData())
        ws, actor = self.workspace, self.actor
        self._make(self.tr("Slip acara"), lambda: print_jobs.draft_slips(
            ws, actor, print_jobs.event_members(ws, event_id), fmt, f"Slip acara {name}",
            missing_only=True))

    def print_group(self) -> None:
        group_id = self.group.currentData()
        if group_id is None:
            return
        fmt = str(self.format.currentData())
        ws, actor, name = self.workspace, self.actor, self.group.currentText()
        self._make(self.tr("Slip kelompok"), lambda: print_jobs.draft_slips(
            ws, actor, print_jobs.group_members(ws, group_id), fmt, f"Slip {name}",
            missing_only=True))

    def print_bill(self) -> None:
        group_id = self.group.currentData()
        if group_id is None:
            return
        ws = self.workspace
        self._make(self.tr("Tagihan kelompok"),
                   lambda: print_jobs.group_bill_to_queue(ws, group_id, dt.date.today()))

    def print_test_page(self) -> None:
        printer = printing.default_printer()
        name = printer.printerName() if printer else self.tr("(belum ada printer)")
        ws = self.workspace
        self._make(self.tr("Halaman uji"), lambda: print_jobs.test_page_to_queue(ws, name))
