"""Small widgets shared by the pages: counters, field rows with their error line,
type-ahead lists that hold what they show, and date fields typed as digits."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.tabular.table import count_text

ERROR_STYLE = "color: #b00020"
NOTE_STYLE = "color: #0b5d3b"
#: the two keys a person means by Enter (the main keyboard's and the number pad's)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class Counter(QFrame):
    """A large number with its label underneath."""

    def __init__(self, label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0", self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #0b5d3b")
        caption = QLabel(label, self)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, n: int) -> None:
        self.value.setText(count_text(n))

    def number(self) -> int:
        return int(self.value.text().replace(".", ""))


class FieldBox(QWidget):
    """A field with the line under it where its problem is shown, in Indonesian."""

    def __init__(self, field: QWidget, parent: Any = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text[:1].upper() + text[1:])
        self.error.setVisible(bool(text))


INVALID_STYLE = "QComboBox, QLineEdit { border: 2px solid #b00020; }"


class ChoiceBox(QComboBox):
    """A type-ahead list whose value is always the entry it shows.

    Typed text filters the entries anywhere in their label. Return or Tab takes the
    highlighted suggestion, or else the only or first entry that contains the text; one
    Return accepts a suggestion (and emits `entered`, so a form can move on). Text that
    matches no entry turns the box red, `currentData()` is then None and `problem()`
    says why, so nothing is saved that is not on screen."""

    entered = Signal()
    validity_changed = Signal()

    def __init__(self, parent: Any, items: list[tuple[str, object]],
                 placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        for label, data in items:
            self.addItem(label, data)
        self._invalid = False
        completer = self.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)
        line = self.lineEdit()
        assert line is not None
        if placeholder:
            line.setPlaceholderText(placeholder)
        line.installEventFilter(self)
        line.textEdited.connect(self._edited)
        self.currentIndexChanged.connect(lambda _i: self._set_invalid(False))
        self.setCurrentIndex(-1)

    # -- what it holds --------------------------------------------------------------------
    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:
        """The data of the entry shown; None while the text is not an entry's label."""
        index = self.currentIndex()
        if index < 0 or self.itemText(index) != self.currentText():
            return None
        return super().currentData(role)

    def problem(self) -> str:
        if not self._invalid:
            return ""
        return QCoreApplication.translate(
            "Lindungi", "Tidak ada di daftar: ketik sebagian namanya lalu pilih yang ditawarkan.")

    def matches(self, text: str) -> list[int]:
        """Rows whose label contains the text (any case); an exact label first."""
        wanted = text.strip().casefold()
        rows = [i for i in range(self.count()) if wanted in self.itemText(i).casefold()]
        exact = [i for i in rows if self.itemText(i).casefold() == wanted]
        return exact + [i for i in rows if i not in exact]

    def select_data(self, data: object) -> bool:
        """Show the entry holding `data`; False (and empty) when there is none."""
        index = self.findData(data)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._set_invalid(False)
        return index >= 0

    def commit(self, hide: bool = True) -> bool:
        """Take the suggestion or the first entry matching the text; False (red) when
        the text matches none. Empty text is an empty choice."""
        text = self.currentText()
        popup = self._popup()
        chosen = -1
        if popup is not None and popup.isVisible():
            highlighted = popup.currentIndex()
            completer = self.completer()
            if highlighted.isValid() and completer is not None:
                model = completer.completionModel()
                source = model.mapToSource(highlighted)  # type: ignore[attr-defined]
                chosen = source.row()
            if hide:
                popup.hide()
        if chosen < 0:
            if not text.strip():
                if self.currentIndex() >= 0:
                    self.setCurrentIndex(-1)
                self.setEditText("")
                self._set_invalid(False)
                return True
            current = self.currentIndex()
            if current >= 0 and self.itemText(current) == text:
                self._set_invalid(False)
                return True
            rows = self.matches(text)
            if not rows:
                self._set_invalid(True)
                return False
            chosen = rows[0]
        self.setCurrentIndex(chosen)
        self.setEditText(self.itemText(chosen))
        self._set_invalid(False)
        return True

    # -- keyboard -------------------------------------------------------------------------
    def _popup(self) -> QAbstractItemView | None:
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            popup = self._popup()
            from_popup = watched is popup
            if popup is not None and from_popup and popup.isVisible():
                if key in ENTER_KEYS:
                    if self.commit(hide=False):
                        self.entered.emit()  # the next field first: the closing list
                    popup.hide()             # hands the keyboard to the field now current
                    return True
                if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    self.commit(hide=False)
                    forward = key == Qt.Key.Key_Tab and not (
                        event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.focusNextPrevChild(forward)
                    popup.hide()
                    return True
            elif (watched is self.lineEdit() and key in ENTER_KEYS
                  and not self.commit()):
                return True  # stays, red: a dialog must not take the unmatched text
        elif (event.type() == QEvent.Type.FocusOut and watched is self.lineEdit()
              and isinstance(event, QFocusEvent)
              and event.reason() != Qt.FocusReason.PopupFocusReason):
            self.commit()
        return super().eventFilter(watched, event)

    def _edited(self, text: str) -> None:
        current = self.currentIndex()
        exact = current >= 0 and self.itemText(current) == text
        self._set_invalid(bool(text.strip()) and not exact and not self.matches(text))

    def _set_invalid(self, invalid: bool) -> None:
        if invalid == self._invalid:
            return
        self._invalid = invalid
        self.setStyleSheet(INVALID_STYLE if invalid else "")
        self.validity_changed.emit()


class FixedList(QComboBox):
    """A list of fixed entries chosen by typing the start of one, the same way each time
    the officer arrives: the first letter moves to the next entry starting with it (again
    and again to go on), letters typed in quick succession narrow it ('12' for
    '12 bulan'). Qt's own type-ahead keeps what was typed on the list a moment ago, even
    after leaving it, so 'A', away and back, 'M' searched 'AM' and stayed put."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = 0.0

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed = ""
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        if not plain or not text.strip() or not text.isprintable() or self.count() == 0:
            super().keyPressEvent(event)  # Space opens the list, arrows move, …
            return
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed += text.casefold()
        if self._find(self._typed) is None:  # nothing starts so: the letter starts anew
            self._typed = text.casefold()
        row = self._find(self._typed)
        if row is not None and row != self.currentIndex():
            self.setCurrentIndex(row)
            self.activated.emit(row)
        event.accept()

    def _find(self, typed: str) -> int | None:
        """The entry the typed letters lead to: a new search (or one letter again and
        again) goes on past the entry shown, more letters narrow from it."""
        current = max(self.currentIndex(), 0)
        again = len(set(typed)) == 1
        wanted = typed[0] if again else typed
        first = current + 1 if again else current
        for step in range(self.count()):
            row = (first + step) % self.count()
            if self.itemText(row).casefold().startswith(wanted):
                return row
        return None


def searchable_combo(parent: Any, items: list[tuple[str, object]],
                     placeholder: str = "") -> ChoiceBox:
    """An editable list whose typed text filters the items anywhere in their label."""
    return ChoiceBox(parent, items, placeholder)


def set_items(combo: QComboBox, items: list[tuple[str, object]], keep: object = None) -> None:
    """Replace a combo's items, keeping `keep` selected when it is among them."""
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(index)
    if index < 0 and combo.isEditable():
        combo.setEditText("")
    combo.blockSignals(False)
    if isinstance(combo, ChoiceBox):
        combo._set_invalid(False)


class DateField(QLineEdit):
    """A date typed as digits, `HH-BB-TTTT`, in one stop: the dashes are in place already
    and nothing but digits fits, so what is shown is what is read. F4 or Alt+Down opens a
    calendar at the date shown, or at `start()` (today unless told)."""

    def __init__(self, parent: Any = None,
                 start: Callable[[], dt.date | None] | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("99-99-9999;_")
        self.start = start
        self._calendar: QCalendarWidget | None = None

    def is_empty(self) -> bool:
        return not any(c.isdigit() for c in self.text())

    def value_text(self) -> str:
        """What the officer typed, or "" for an empty field."""
        return "" if self.is_empty() else self.text()

    def date(self) -> dt.date | None:
        """The date shown; None when empty or not a date (see `problem`)."""
        if self.is_empty() or self.problem():
            return None
        day, month, year = (int(p) for p in self.text().split("-"))
        return dt.date(year, month, day)

    def problem(self) -> str:
        """Why the text is not a date ("" when empty or sound)."""
        if self.is_empty():
            return ""
        if not self.hasAcceptableInput():
            return QCoreApplication.translate(
                "Lindungi", "Tanggal belum lengkap: ketik 8 angka, hari-bulan-tahun.")
        day, month, year = (int(p) for p in self.text().split("-"))
        try:
            dt.date(year, month, day)
        except ValueError:
            return QCoreApplication.translate("Lindungi", "Tanggal ini tidak ada di kalender.")
        return ""

    def set_date(self, value: dt.date | None) -> None:
        self.setText(f"{value:%d-%m-%Y}" if value else "")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.is_empty():
            self.setCursorPosition(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                    and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget:
        """The calendar under the field, at the date shown or the start date."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        shown = self.date() or (self.start() if self.start else None) or dt.date.today()
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()
        return self._calendar

    def _picked(self, day: QDate) -> None:
        self.set_date(dt.date(day.year(), day.month(), day.day()))
        if self._calendar is not None:
            self._calendar.hide()
        self.setFocus()
        self.editingFinished.emit()


class ApprovalBox(QGroupBox):
    """A supervisor types name and password here, at the moment of a sensitive action."""

    def __init__(self, workspace: Any, parent: Any = None) -> None:
        super().__init__(parent)
        from app.services import accounts

        self.setTitle(self.tr("Persetujuan supervisor"))
        self.workspace = workspace
        with workspace.db.session() as s:
            self.needed = accounts.has_accounts(s)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Supervisor"), self.user)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow("", self.error)
        self.setVisible(self.needed)

    def approval(self) -> Any:
        """The approval, or None with the reason shown (or when no accounts exist)."""
        from app.services import accounts
        from app.services.audit import Actor

        if not self.needed:
            return None
        with self.workspace.db.session() as s:
            result = accounts.approve(s, Actor(self.workspace.device_id), self.user.text(),
                                      self.password.text())
        if isinstance(result, accounts.AuthError):
            self.error.setText(str(result))
            self.password.clear()
            self.password.setFocus()
            return False
        return result


def dialog_buttons(dialog: Any, ok_text: str | None = None,
                   cancel_text: str | None = None) -> Any:
    """OK and Cancel for a dialog, in Indonesian, wired to accept and reject."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok is not None and cancel is not None
    ok.setText(ok_text or QCoreApplication.translate("Lindungi", "OK"))
    cancel.setText(cancel_text or QCoreApplication.translate("Lindungi", "Batal"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
