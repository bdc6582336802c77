"""The Qt half of `lindungi --self-test` (app.selftest): the parts of Qt a build keeps,
each used once the way the desk uses it, so that a plugin or data file cut from the
program by mistake fails the build instead of a desk.

- the slip preview: QtPdf loads and renders the slip, the preview dialog opens on it;
- printing: the print dialog opens and the slip goes through QPrinter (to a PDF file);
- the program's icon from its SVG (Qt's SVG icon engine and image plugin);
- Qt's own translations: qtbase_en from Qt, qtbase_id from the program's folder;
- ICU's data (trimmed to Indonesian and English on Linux): collation with numbers,
  Indonesian time-zone names, a Windows code page.
"""

from __future__ import annotations

import functools
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QElapsedTimer,
    QLibraryInfo,
    QLocale,
    QSize,
    QStringDecoder,
    QTimeZone,
    QTranslator,
)
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from app import resources
from app.services import print_jobs
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.printing import PreviewDialog, print_pdf


def _fail(what: str) -> None:
    raise SystemExit(f"self-test: {what}")


def _dark_pixels(image: QImage) -> int:
    """Pixels darker than mid-grey on a grid of every fourth pixel (QR modules, text)."""
    return sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
               if QColor(image.pixel(x, y)).lightness() < 100)


def preview_and_print(ws: Workspace, actor: Actor, member_id: uuid.UUID,
                      folder: Path) -> list[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    draft = print_jobs.draft_slips(ws, actor, [member_id], "a4", "Uji mandiri")
    doc = QPdfDocument()
    if doc.load(str(draft.path)) != QPdfDocument.Error.None_ or doc.pageCount() < 1:
        _fail("QtPdf cannot open the slip PDF")
    if _dark_pixels(doc.render(0, QSize(600, 848))) < 50:
        _fail("QtPdf renders the slip blank")
    doc.close()
    dialog = PreviewDialog(ws, actor, draft)
    dialog.show()
    timer = QElapsedTimer()
    timer.start()
    shown = 0
    while timer.elapsed() < 10_000 and shown < 50:  # the view renders as events come
        app.processEvents()
        shown = _dark_pixels(dialog.view.grab().toImage())
    if dialog.load_error != QPdfDocument.Error.None_ or shown < 50:
        _fail("the preview dialog shows no slip")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    chooser = QPrintDialog(printer, dialog)  # the print support plugin loads here
    chooser.close()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = folder / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = print_pdf(draft.path, printer)
    if pages < 1 or not printed.read_bytes().startswith(b"%PDF"):
        _fail("printing the slip through QPrinter gave nothing")
    dialog.reject()  # a preview changes nothing: the draft goes
    return ["slip preview (QtPdf)", "printing (QPrinter)"]


def icon_and_translations() -> list[str]:
    svg = QIcon(str(resources.resource("icons", "lindungi.svg")))
    if svg.pixmap(64, 64).isNull():
        _fail("the SVG icon does not load (Qt's SVG plugins missing)")
    theirs = QTranslator()
    if not theirs.load("qtbase_en", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _fail("Qt's qtbase_en translation missing")
    ours = QTranslator()
    if not ours.load("qtbase_id", str(i18n.qm_dir())):
        _fail(f"qtbase_id translation missing in {i18n.qm_dir()}")
    QCoreApplication.installTranslator(ours)
    context, button = "QPlatformTheme", "Cancel"  # Qt's text, not the program's
    cancel = QCoreApplication.translate(context, button)
    QCoreApplication.removeTranslator(ours)
    if cancel == button:
        _fail("qtbase_id does not translate Qt's own buttons")
    return ["icon (SVG)", "Qt translations"]


def icu_data() -> list[str]:
    """What Qt asks ICU for, answered as a desk in Indonesia needs it."""
    collator = QCollator(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    collator.setNumericMode(True)
    names = sorted(["Zaki", "ádi", "budi 10", "Budi 2", "adi"],
                   key=functools.cmp_to_key(collator.compare))
    if names != ["adi", "ádi", "Budi 2", "budi 10", "Zaki"]:
        _fail(f"collation sorts {names!r}")
    zone = QTimeZone(b"Asia/Makassar").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
        QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    if not zone or (sys.platform.startswith("linux") and zone != "Waktu Indonesia Tengah"):
        _fail(f"time zone Asia/Makassar is named {zone!r} in Indonesian")
    if sys.platform.startswith("linux") and not QStringDecoder("windows-1252").isValid():
        _fail("no converter for windows-1252")
    return ["ICU (collation, time zones, code pages)"]


def qt_parts(ws: Workspace, actor: Actor, member_id: uuid.UUID, folder: Path) -> list[str]:
    """Every check above; raises SystemExit with the reason on the first that fails."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    return preview_and_print(ws, actor, member_id, folder) + icon_and_translations() \
        + icu_data()
