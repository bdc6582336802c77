"""The member form's keyboard: Enter moves to the next field an officer fills for this
person, passing over what the NIK filled and the optional fields this event skips (their
labels say so); Enter in the last field submits; F1 shows the consent text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.services import event_desk
from app.ui.consent_dialog import ConsentDialog
from app.ui.widgets import ENTER_KEYS, ChoiceBox, DateField, FieldBox, FixedList


class EnterChain(QWidget):
    """The Enter chain of MemberForm (which builds the fields this reads)."""

    chain: list[QWidget]
    skipped: frozenset[str]
    boxes: dict[str, FieldBox]
    labels: dict[str, str]
    person_form: QFormLayout
    wilayah: ChoiceBox
    tanggal_lahir: DateField
    jenis_kelamin: FixedList
    default_area: str | None
    consent_version: str
    consent_text: str | None
    _auto: dict[str, str]
    submitted: SignalInstance
    load_villages: Callable[[str], None]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusIn and watched is self.wilayah
                and self.wilayah.count() == 0 and self.default_area):
            self.load_villages(self.default_area)
            self.wilayah.setCurrentIndex(-1)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_F1:
                self.show_consent()
                return True
            if key in ENTER_KEYS:
                owner = self._chain_owner(watched)
                if owner is None:
                    return super().eventFilter(watched, event)
                if self._popup_open(owner):
                    return False  # the list takes its entry and moves on (ChoiceBox)
                if isinstance(owner, ChoiceBox) and not owner.commit():
                    return True  # red, and the focus stays until it is an entry
                if owner is self.chain[-1]:
                    self.submitted.emit()
                else:
                    self._focus_next(owner)
                return True
        return super().eventFilter(watched, event)

    def _chain_owner(self, watched: QObject) -> QWidget | None:
        for w in self.chain:
            if watched is w or (isinstance(w, QComboBox) and watched is w.lineEdit()):
                return w
        return None

    @staticmethod
    def _popup_open(widget: QWidget) -> bool:
        completer = widget.completer() if isinstance(widget, QLineEdit | QComboBox) else None
        popup = completer.popup() if completer is not None else None
        return bool(popup is not None and popup.isVisible())

    def _focus_next(self, current: QWidget) -> None:
        """The next stop of the Enter chain; fields the NIK filled and the optional fields
        skipped at this event are passed over (they stay in the Tab order, one Shift+Tab
        away, and a click away)."""
        index = self.chain.index(current)
        for w in self.chain[index + 1:]:
            if not self._filled_from_nik(w) and self.key_of(w) not in self.skipped:
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def key_of(self, widget: QWidget) -> str:
        return next(k for k, b in self.boxes.items() if b.field is widget)

    def set_skipped(self, keys: tuple[str, ...] | list[str] | frozenset[str]) -> None:
        """The optional fields Enter passes over; their labels say so."""
        self.skipped = frozenset(k for k in keys if k in event_desk.SKIPPABLE)
        for key, box in self.boxes.items():
            label = self.person_form.labelForField(box)
            if not isinstance(label, QLabel) or key not in self.labels:
                continue
            if key in self.skipped:
                label.setText(QCoreApplication.translate("MemberForm", "%s (dilewati Enter)")
                              % self.labels[key])
                label.setStyleSheet("color: #777")
            else:
                label.setText(self.labels[key])
                label.setStyleSheet("")

    def _filled_from_nik(self, w: QWidget) -> bool:
        key = {id(self.tanggal_lahir): "tanggal_lahir",
               id(self.jenis_kelamin): "jenis_kelamin"}.get(id(w))
        return key is not None and key in self._auto and not self.boxes[key].error.text()

    def show_consent(self) -> None:
        ConsentDialog(self.consent_version, self, self.consent_text).exec()
