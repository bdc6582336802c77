"""Small widgets shared by the pages: counters, field rows with their error line,
type-ahead combo boxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
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

ERROR_STYLE = "color: #b00020"
NOTE_STYLE = "color: #0b5d3b"


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
        self.value.setText(f"{n:,}".replace(",", "."))

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


def searchable_combo(parent: Any, items: list[tuple[str, object]],
                     placeholder: str = "") -> QComboBox:
    """An editable combo whose typed text filters the items anywhere in their label."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    for label, data in items:
        combo.addItem(label, data)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    line = combo.lineEdit()
    if line is not None and placeholder:
        line.setPlaceholderText(placeholder)
    combo.setCurrentIndex(-1)
    return combo


def set_items(combo: QComboBox, items: list[tuple[str, object]], keep: object = None) -> None:
    """Replace a combo's items, keeping `keep` selected when it is among them."""
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(keep) if keep is not None else -1
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


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
