"""Every dialog fits the screen it opens on, with its buttons visible.

One application-wide event filter (`install`) sees each dialog as it is shown, shrinks it
to the screen's free area (a 1366×768 laptop, its task bar taken off) and centres it there,
so no page has to remember. A dialog whose contents cannot shrink that far (its layout's
minimum is larger) needs a scroll area inside it; the tests check each dialog of the desk.
"""

from __future__ import annotations

from functools import cache

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app import resources

#: room for the window manager's frame around a dialog (title bar, borders)
FRAME = QSize(16, 40)


@cache
def app_icon() -> QIcon:
    """The program's icon (a shield holding a person), for the windows and the About;
    made once (the first window alone asks three times)."""
    icon = QIcon()
    for name in ("lindungi.svg", "lindungi.png"):
        path = resources.resource("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon


def available_area(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen the widget is on, or will be."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit(widget: QWidget, area: QRect) -> None:
    """Shrink the widget (never grow it) to fit `area` with its frame, and centre it."""
    room = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
    size = widget.size().boundedTo(room).expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    # a window's position is its frame's top-left corner
    widget.move(area.x() + max((area.width() - size.width() - FRAME.width()) // 2, 0),
                area.y() + max((area.height() - size.height() - FRAME.height()) // 2, 0))


class DialogFitter(QObject):
    """Fits every dialog of the application as it is shown. `area` replaces the screen's
    free area (tests give a 1366×768 laptop's on any screen)."""

    def __init__(self, parent: QObject | None = None, area: QRect | None = None) -> None:
        super().__init__(parent)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) \
                and not event.spontaneous() \
                and not watched.windowFlags() & QtCore.Qt.WindowType.FramelessWindowHint:
            # (a frameless one, the lock's cover, is placed on purpose)
            area = self.area or available_area(watched)
            fit(watched, area)
            # once more after the dialog's own show handling (a message box sizes itself
            # there); dropped if the dialog is gone by then
            QTimer.singleShot(0, watched, lambda: fit(watched, area))
        return False


_fitter: DialogFitter | None = None


def install(area: QRect | None = None) -> DialogFitter:
    """Fit every dialog from now on (once per application; a second call changes the
    area). Called when the desk starts, and by the tests."""
    global _fitter
    app = QApplication.instance()
    assert app is not None
    if _fitter is None:
        _fitter = DialogFitter(app, area)
        app.installEventFilter(_fitter)
    _fitter.area = area
    return _fitter


def uninstall() -> None:
    """Stop fitting dialogs (the tests' clean-up)."""
    global _fitter
    app = QApplication.instance()
    if _fitter is not None and app is not None:
        app.removeEventFilter(_fitter)
        _fitter.deleteLater()
    _fitter = None
