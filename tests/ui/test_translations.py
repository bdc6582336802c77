"""Two languages: every text of the desk is in both Linguist files, and the desk shown in
English carries no Indonesian text that the code forgot to mark for translation."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
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
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import resources
from app.domain import codes
from app.models import Device, Event, Group, Officer
from app.services import accounts, reports
from app.services.pdf import formats
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.dashboard_page import DashboardPage
from app.ui.event_page import NewEventDialog
from app.ui.settings_dialog import SettingsDialog
from scripts import update_translations as ut
from tests.ui.test_admin import signed_in

PLACEHOLDER = re.compile(r"%[sd%]|&(?!&)")


def _messages(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            out[(name, m.findtext("source") or "")] = (tr.text or "", tr.get("type"))
    return out


def test_every_text_in_the_code_is_translated_in_both_languages(tmp_path: Path) -> None:
    for language in ut.LANGUAGES:
        committed = _messages(ut.ts_file(language))
        fresh = tmp_path / f"fresh_{language}.ts"
        ut.extract(fresh, language)
        extracted = set(_messages(fresh))
        missing = sorted(extracted - set(committed))
        assert not missing, (f"{language}: texts not in {ut.ts_file(language).name} — run "
                             f"scripts/update_translations.py: {missing[:5]}")
        assert not set(committed) - extracted, f"{language}: stale texts kept"
        for (context, source), (text, kind) in committed.items():
            where = f"{language} {context}: {source!r}"
            assert text.strip() and kind is None, f"untranslated {where}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"placeholders or shortcut differ in {where}: {text!r}"
    english = _messages(ut.ts_file("en"))
    assert english[("MainWindow", "Menyiapkan data…")][0] == "Preparing data…"
    assert len(english) > 350


def test_code_labels_cover_the_domain_tables() -> None:
    tables = [codes.SECTORS, codes.PAYERS, codes.GROUP_KINDS, codes.GENDERS,
              codes.MEMBER_STATUSES, accounts.ROLES]
    expected = {text for table in tables for text in table.values()}
    expected |= {reports.NO_GROUP, reports.UNKNOWN_OFFICER}
    expected |= set(formats.LABELS.values())
    assert set(labels.KNOWN) == expected


@pytest.fixture
def english(tmp_path: Path) -> Iterator[None]:
    """The desk in English, from .qm files compiled from the committed .ts now."""
    folder = ut.compile_all(tmp_path / "qm")[0].parent
    assert i18n.install("en", folder)
    yield
    i18n.uninstall()


def test_slip_formats_are_named_in_english_from_the_table(qtbot: QtBot, english: None
                                                          ) -> None:
    """Every format of the table reads in the desk's language where the desk names it:
    the format lists and a job's format (labels.label) and the audit details."""
    from app.ui.admin_pages import details_text

    assert labels.label(formats.LABELS["card"]) == "Card (10 per A4)"
    for code, indonesian in formats.LABELS.items():
        shown = labels.label(indonesian)
        assert shown != indonesian, f"{code}: {indonesian!r} has no English"
        assert details_text("slip_print", json.dumps({"format": code})) == f"format: {shown}"
    assert details_text("desk_setting", json.dumps({"old": "a4", "new": "thermal58"})) == (
        "old: A4 receipt; new: 58 mm receipt")


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", " ", text))}


def _shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
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


def _data_words(ws: Workspace) -> set[str]:
    """Words that come from the data (event, group, officer, device and place names)."""
    with ws.db.session() as s:
        texts = [*s.scalars(select(Event.name)), *s.scalars(select(Event.venue)),
                 *s.scalars(select(Event.officers)), *s.scalars(select(Group.name)),
                 *s.scalars(select(Officer.full_name)), *s.scalars(select(Device.name))]
    texts += resources.regions().names.values()
    texts += i18n.LANGUAGES.values()  # each language is named in its own words
    return set().union(*(_words(t) for t in texts))


def test_the_desk_in_english_shows_no_indonesian(qtbot: QtBot, demo: Workspace,
                                                 english: None) -> None:
    sources = _messages(ut.ts_file("en"))
    indonesian = set().union(*(_words(src) for _ctx, src in sources))
    english_words = set().union(*(_words(text) for text, _kind in sources.values()))
    only_indonesian = indonesian - english_words - _data_words(demo)
    assert {"simpan", "peserta", "batal"} <= only_indonesian  # the check has teeth

    window = signed_in(qtbot, demo)
    assert window.tabs is not None
    dialogs: list[QWidget] = [
        NewEventDialog(demo, window.actor, window),
        SettingsDialog(demo, window.actor, True, window),
    ]
    offenders = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.tabs.widget(i)
        if isinstance(page, DashboardPage):
            qtbot.waitUntil(lambda: window.dashboard.recap is not None)
    for root in (window, *dialogs):
        for where, text in _shown_texts(root):
            found = _words(text) & only_indonesian
            if found:
                offenders.append(f"{where}: {text!r} ({', '.join(sorted(found))})")
    assert not offenders, "Indonesian text in the English desk:\n" + "\n".join(offenders)
    assert window.tabs.tabText(0) == "Event"
    assert window.dashboard.by_sector.chart().title() == "Members by sector"
    assert [label for label, _n in window.dashboard.by_sector.values][:3] == [
        "MSME", "Farmer", "Fisher"]
