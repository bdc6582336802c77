"""The consent text an officer shows the person before registering them (F1 on the member
form), in the version the event asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser, QVBoxLayout

from app import resources


class ConsentDialog(QDialog):
    def __init__(self, version: str, parent: Any = None, body: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teks persetujuan (%s)") % version)
        self.resize(640, 520)
        text = QTextBrowser(self)
        text.setMarkdown(body or resources.consent_text(version))
        close = QPushButton(self.tr("Tutup (Esc)"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(close)
