"""Two languages: every text of the desk is in both Linguist files, and the desk shown in
English carries no Indonesian text that the code forgot to mark for translation."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain import codes
from app.services import accounts, reports
from app.services.pdf import formats
from app.services.workspace import Workspace
from app.ui import i18n, labels
from app.ui.dashboard_page import DashboardPage
from app.ui.event_page import NewEventDialog
from app.ui.settings_dialog import SettingsDialog
from scripts import update_translations as ut
from tests.helpers.desk import signed_in
from tests.helpers.translations import data_words, messages, shown_texts, words

PLACEHOLDER = re.compile(r"%[sd%]|&(?!&)")


def test_every_text_in_the_code_is_translated_in_both_languages(tmp_path: Path) -> None:
    for language in ut.LANGUAGES:
        committed = messages(ut.ts_file(language))
        fresh = tmp_path / f"fresh_{language}.ts"
        ut.extract(fresh, language)
        extracted = set(messages(fresh))
        missing = sorted(extracted - set(committed))
        assert not missing, (f"{language}: texts not in {ut.ts_file(language).name} — run "
                             f"scripts/update_translations.py: {missing[:5]}")
        assert not set(committed) - extracted, f"{language}: stale texts kept"
        for (context, source), (text, kind) in committed.items():
            where = f"{language} {context}: {source!r}"
            assert text.strip() and kind is None, f"untranslated {where}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"placeholders or shortcut differ in {where}: {text!r}"
    english = messages(ut.ts_file("en"))
    assert english[("MainWindow", "Menyiapkan data…")][0] == "Preparing data…"
    assert len(english) > 350


def test_code_labels_cover_the_domain_tables() -> None:
    tables = [codes.SECTORS, codes.PAYERS, codes.GROUP_KINDS, codes.GENDERS,
              codes.MEMBER_STATUSES, accounts.ROLES]
    expected = {text for table in tables for text in table.values()}
    expected |= {reports.NO_GROUP, reports.UNKNOWN_OFFICER}
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
    from app.ui.audit_words import details_text

    assert labels.label(formats.LABELS["card"]) == "Card (10 per A4)"
    for code, indonesian in formats.LABELS.items():
        shown = labels.label(indonesian)
        assert shown != indonesian, f"{code}: {indonesian!r} has no English"
        assert details_text("slip_print", json.dumps({"format": code})) == f"format: {shown}"
    assert details_text("desk_setting", json.dumps({"old": "a4", "new": "thermal58"})) == (
        "old: A4 receipt; new: 58 mm receipt")


def test_the_desk_in_english_shows_no_indonesian(qtbot: QtBot, demo: Workspace,
                                                 english: None) -> None:
    sources = messages(ut.ts_file("en"))
    indonesian = set().union(*(words(src) for _ctx, src in sources))
    english_words = set().union(*(words(text) for text, _kind in sources.values()))
    only_indonesian = indonesian - english_words - data_words(demo)
    assert {"simpan", "peserta", "batal"} <= only_indonesian  # the check has teeth

    window = signed_in(qtbot, demo)
    assert window.tabs is not None
    dialogs: list[QWidget] = [
        NewEventDialog(demo, window.actor, window),
        SettingsDialog(demo, window.actor, window),
    ]
    offenders = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.tabs.widget(i)
        if isinstance(page, DashboardPage):
            qtbot.waitUntil(lambda: window.dashboard.recap is not None)
    for root in (window, *dialogs):
        for where, text in shown_texts(root):
            found = words(text) & only_indonesian
            if found:
                offenders.append(f"{where}: {text!r} ({', '.join(sorted(found))})")
    assert not offenders, "Indonesian text in the English desk:\n" + "\n".join(offenders)
    assert window.tabs.tabText(0) == "Event"
    assert window.dashboard.by_sector.chart().title() == "Members by sector"
    assert [label for label, _n in window.dashboard.by_sector.values][:3] == [
        "MSME", "Farmer", "Fisher"]
