"""Reading the desk's texts: the Linguist files' messages, the words of a text, every
piece of chrome a window shows, and the words that come from the data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from app import resources
from app.models import Device, Event, Group, Officer
from app.services.workspace import Workspace
from app.ui import i18n


def messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            out[(name, m.findtext("source") or "")] = (tr.text or "", tr.get("type"))
    return out


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", " ", text))}


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of chrome a person reads on the window."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__} {w.objectName()}".strip()
        if w.isWindow():
            yield where, w.windowTitle()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield where, w.placeholderText()
        elif isinstance(w, QComboBox) and not w.isEditable():  # choices, not typed data
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
        elif isinstance(w, QChartView):
            yield where, w.chart().title()
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(
                w.model(), QAbstractListModel):  # a list has no header
            model = w.model()
            for c in range(model.columnCount()):
                yield where, str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if w.toolTip():
            yield where, w.toolTip()


def data_words(ws: Workspace) -> set[str]:
    """Words that come from the data (event, group, officer, device and place names)."""
    with ws.db.session() as s:
        texts = [*s.scalars(select(Event.name)), *s.scalars(select(Event.venue)),
                 *s.scalars(select(Event.officers)), *s.scalars(select(Group.name)),
                 *s.scalars(select(Officer.full_name)), *s.scalars(select(Device.name))]
    texts += resources.regions().names.values()
    texts += i18n.LANGUAGES.values()  # each language is named in its own words
    return set().union(*(words(t) for t in texts))
