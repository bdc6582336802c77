"""Preview (QtPdf) and printing through the system printer (QPrinter): the preview
dialog, a PDF's pages sent to a printer, a queued job printed and recorded, and the
slip format chooser of the registration and print pages."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QMarginsF,
    QRectF,
    QSize,
    Signal,
)
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import WIB
from app.domain.errors import UserError
from app.services import device, print_jobs, print_queue
from app.services.audit import Actor
from app.services.pdf import formats
from app.services.print_queue import JobInfo
from app.services.workspace import Workspace
from app.ui import i18n, labels, places

PRINT_DPI = 300  # pages are rasterised at this resolution for the printer


class PrintError(Exception):
    """The printer could not take the job. `partial`: some pages may have come out."""

    def __init__(self, message: str, partial: bool = False) -> None:
        super().__init__(message)
        self.partial = partial


def default_printer() -> QPrinterInfo | None:
    info = QPrinterInfo.defaultPrinter()
    if not info.isNull():
        return info
    printers = QPrinterInfo.availablePrinters()
    return printers[0] if printers else None


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Send every page of a PDF to `printer`, each at its own paper size; returns pages."""
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintError(QCoreApplication.translate(
            "PrintPage", "Berkas cetak tidak terbaca; buat ulang dari menu Cetak."))
    printer.setFullPage(True)
    count = doc.pageCount()  # closing the document below forgets it

    def layout_for(page: int) -> QPageLayout:
        size = QPageSize(doc.pagePointSize(page), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))

    printer.setPageLayout(layout_for(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(QCoreApplication.translate(
            "PrintPage", "Printer menolak pekerjaan ini; periksa kertas dan sambungannya."))
    try:
        for page in range(doc.pageCount()):
            if page:
                printer.setPageLayout(layout_for(page))
                if not printer.newPage():
                    raise PrintError(QCoreApplication.translate(
                        "PrintPage", "Printer berhenti di tengah pekerjaan; periksa "
                        "kertasnya lalu pilih di tab Cetak."), partial=True)
            points = doc.pagePointSize(page)
            pixels = QSize(int(points.width() / 72 * PRINT_DPI),
                           int(points.height() / 72 * PRINT_DPI))
            image = doc.render(page, pixels)
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
        doc.close()
    return count


def print_job(workspace: Workspace, actor: Actor, job: JobInfo,
              printer: QPrinter | None = None) -> bool:
    """Print a queued job on `printer` (or the default one); False when there is none,
    and the job stays in the queue. The job is recorded as sending before the first page
    and as printed (its slips issued) once the printer took every page."""
    if printer is None:
        info = default_printer()
        if info is None:
            return False
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    with workspace.db.session() as s:
        print_queue.mark_sending(s, job.id)
    try:
        print_pdf(job.path, printer)
    except PrintError as exc:
        if not exc.partial:  # nothing came out: back to the queue, same numbers
            with workspace.db.session() as s:
                print_queue.release(s, job.id)
        raise
    with workspace.db.session() as s:
        print_queue.mark_printed(s, actor, job.id, printer.printerName() or "PDF")
    return True


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or the screen's free area, whichever is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    widget.resize(min(width, free.width() - 40), min(height, free.height() - 60))


class PreviewDialog(QDialog):
    """The PDF as it will print; Ctrl+P prints it, Ctrl+S saves it, Esc closes it.

    Given a `Draft` (slips not yet issued) the preview is free: the page says PRATINJAU
    and carries no number, and closing it changes nothing. Numbers are given when the
    officer prints (Ctrl+P) or saves (Ctrl+S), and counted when the paper is out or the
    file written. Given a queued job, it shows that job's PDF as it will print."""

    printed = Signal()  # slips were issued (paper out or PDF handed over)
    queued = Signal()  # put on the print queue, waiting for a printer

    def __init__(self, workspace: Workspace, actor: Actor,
                 job: JobInfo | print_jobs.Draft, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.draft = job if isinstance(job, print_jobs.Draft) else None
        self.job: JobInfo | None = job if isinstance(job, JobInfo) else None
        self.setWindowTitle(self.tr("Pratinjau — %s") % labels.job_title(job.title))
        fit_to_screen(self, 820, 900)
        self.document = QPdfDocument(self)
        self.load_error = self.document.load(str(job.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        fmt = labels.label(formats.LABELS.get(job.format, job.format))
        if self.draft is not None:
            text = self.tr("PRATINJAU: %d halaman · %d slip (%d salinan) · format %s. Belum "
                           "tercetak: nomor slip baru diberikan dan slip dihitung saat "
                           "dicetak atau disimpan.") % (
                self.document.pageCount(), self.draft.slips, self.draft.copies, fmt)
        else:
            text = self.tr("%d halaman · %d slip · format %s") % (
                self.document.pageCount(), job.slips, fmt)
        info = QLabel(text, self)
        info.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Cetak… (Ctrl+P)"), self)
        save = QPushButton(self.tr("Simpan PDF… (Ctrl+S)"), self)
        close = QPushButton(self.tr("Tutup (Esc)"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(info, 1)
        buttons.addWidget(save)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.ask_print)
        save.clicked.connect(self.ask_save)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_print)
        QShortcut(QKeySequence.StandardKey.Save, self, self.ask_save)
        self.finished.connect(lambda _r: self._discard())

    def _discard(self) -> None:
        self.document.close()
        if self.draft is not None:
            print_jobs.discard_draft(self.draft)

    def _to_queue(self) -> JobInfo | None:
        """The draft becomes a queued job with its numbers (once)."""
        if self.job is not None:
            return self.job
        assert self.draft is not None
        try:
            self.job, refused = print_jobs.queue_draft(self.workspace, self.actor, self.draft)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cetak"), i18n.message(exc))
            return None
        if refused:
            QMessageBox.information(self, self.tr("Cetak"), self.tr("Tidak diberi slip: %s")
                                    % "; ".join(refused[:10]))
        return self.job

    def ask_print(self) -> None:
        if default_printer() is None:
            job = self._to_queue()
            if job is None:
                return
            self.queued.emit()
            QMessageBox.information(self, self.tr("Cetak"), self.tr(
                "Tidak ada printer terpasang. Slip ini masuk antrean cetak dan belum "
                "dihitung tercetak; cetak nanti dari tab Cetak."))
            self.accept()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        job = self._to_queue()
        if job is None:
            return
        try:
            print_job(self.workspace, self.actor, job, printer)
        except PrintError as exc:
            QMessageBox.warning(self, self.tr("Cetak"), i18n.message(exc))
            return
        self.printed.emit()
        self.accept()

    def ask_save(self) -> None:
        path = places.ask_save(self, self.tr("Simpan PDF"), self.file_name(), "PDF (*.pdf)")
        if path:
            self.save_copy(path)

    def file_name(self) -> str:
        """The name the save dialog offers: what and when (WIB), never anyone's name
        (personal data stays out of file names), so a second save beside the first does
        not overwrite it: slip-20261203-205512.pdf."""
        shown = self.draft if self.draft is not None else self.job
        kind = "slip" if shown is not None and shown.slips else "cetakan"
        return f"{kind}-{dt.datetime.now(WIB):%Y%m%d-%H%M%S}.pdf"

    def save_copy(self, target: Path) -> None:
        """Save the PDF where the officer chose. For slips this is a hand-over: they are
        numbered and counted as issued, and the job leaves the queue."""
        from app.services.files import explain, write_atomic

        try:
            if self.draft is None and self.job is not None and not self.job.slips:
                data = self.job.path.read_bytes()  # a bill or a test page: a plain copy
                write_atomic(target, lambda fh: fh.write(data), "wb")
                return
            job = self._to_queue()
            if job is None:
                return
            print_jobs.hand_over(self.workspace, self.actor, job, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Simpan"),
                                self.tr("Tidak bisa menyimpan: %s") % i18n.message(explain(exc)))
            return
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Simpan"), i18n.message(exc))
            return
        self.printed.emit()
        self.accept()


def preview_member_slip(parent: QWidget, workspace: Workspace, actor: Actor,
                        member_id: uuid.UUID) -> PreviewDialog | None:
    """"Cetak ulang slip" (Ctrl+R) for one member: the preview of the slip they would get
    (a copy when one was issued, else the original), printed or saved from there."""
    try:
        draft = print_jobs.member_draft(workspace, actor, member_id)
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintPage", "Cetak ulang slip"),
                            i18n.message(exc))
        return None
    dialog = PreviewDialog(workspace, actor, draft, parent)
    dialog.open()
    return dialog


def format_combo(parent: Any, workspace: Workspace) -> QComboBox:
    """The slip format, starting at the default set in Settings (a supervisor's choice);
    a format picked here holds for this session."""
    combo = QComboBox(parent)
    for code, label in formats.LABELS.items():
        combo.addItem(labels.label(label), code)
    with workspace.db.session() as s:
        chosen = device.default_slip_format(s)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo
