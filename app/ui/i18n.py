"""The desk's language: Indonesian by default, English by choice.

The texts in the code are Indonesian; `translations/lindungi_en.ts` holds their English
and `translations/lindungi_id.ts` confirms the Indonesian (both edited with Qt
Linguist, compiled to the committed .qm files under resources/i18n by
scripts/update_translations.py). Qt ships no Indonesian for its own texts (standard
buttons, file dialog, context menus, calendar): translations/qtbase_id.ts holds them.
Messages of the domain and the services (`app.domain.messages.Text`) are shown through
`message`, which puts them in the desk's language. The choice is kept per
data folder in `desk.ini`, read before the window is built, and takes effect at the
next start (the pages are built once, in the chosen language).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from app import resources
from app.domain.errors import UserError
from app.domain.messages import Text
from app.ui import labels

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT = "id"
_KEY = "desk/language"


def qm_dir() -> Path:
    return resources.resource("i18n")


def _settings(folder: Path) -> QSettings:
    return QSettings(str(Path(folder) / "desk.ini"), QSettings.Format.IniFormat)


def saved_language(folder: Path | None) -> str:
    """LINDUNGI_LANG, else the folder's choice, else Indonesian."""
    env = os.environ.get("LINDUNGI_LANG", "").strip().lower()
    if env in LANGUAGES:
        return env
    if folder is None or not (Path(folder) / "desk.ini").exists():
        return DEFAULT
    value = str(_settings(folder).value(_KEY, DEFAULT))
    return value if value in LANGUAGES else DEFAULT


def save_language(folder: Path, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    Path(folder).mkdir(parents=True, exist_ok=True)
    settings = _settings(folder)
    settings.setValue(_KEY, language)
    settings.sync()


_installed: list[QTranslator] = []
_current = [DEFAULT]


def uninstall() -> None:
    """Back to the texts in the code (Indonesian)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _current[0] = DEFAULT
    QLocale.setDefault(QLocale.system())


def install(language: str, folder: Path | None = None) -> bool:
    """Load the program's translation (and Qt's own, for standard buttons, the file
    dialog and context menus) into the running application; False when a compiled file
    is missing."""
    app = QCoreApplication.instance()
    assert app is not None
    uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    where = str(folder or qm_dir())
    ours = QTranslator(app)
    if not ours.load(f"lindungi_{language}", where):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    _current[0] = language
    qt = QTranslator(app)
    # Indonesian for Qt's texts is ours (Qt has none); other languages come from Qt
    qt_where = where if language == "id" else QLibraryInfo.path(
        QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_where):
        app.installTranslator(qt)
        _installed.append(qt)
    elif language == "id":
        return False
    return True


def use_own_dialogs() -> None:
    """Qt's own file dialog, not the system's, so that it speaks the desk's language.
    Called once the first window is on screen: it is the first use of Qt's namespace
    (`Qt.…`), whose hundred enums take about 20 ms to build."""
    QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                  True)


def missing_notice(language: str) -> str:
    """What the desk says when a compiled translation is missing (in both languages:
    the translation that would say it is the one missing)."""
    return (f"Terjemahan untuk {LANGUAGES.get(language, language)} tidak ditemukan di "
            f"{qm_dir()}; program tampil dalam Bahasa Indonesia apa adanya. Pasang ulang "
            "program.\n\n"
            f"The translation for {LANGUAGES.get(language, language)} was not found in "
            f"{qm_dir()}; the program shows its Indonesian texts. Reinstall the program.")


def current() -> str:
    """The language the desk is shown in now."""
    return _current[0]


def amount_words(amount: int) -> str:
    """An amount in words in the desk's language (slips and reports stay Indonesian)."""
    from app.domain.money import terbilang  # num2words: not before the first window

    return terbilang(amount, current())


def message(value: object) -> str:
    """A message of the domain or the services (a refusal, a field error, a note) in the
    desk's language; any other text as it is."""
    text = value.message if isinstance(value, UserError) else value
    if isinstance(text, Text):
        return text.render(_translate)
    return str(text)


def _translate(source: str) -> str:
    """A catalogue template, or a code label (sector, payer, role) quoted in a message."""
    found = QCoreApplication.translate("messages", source)
    return found if found != source else QCoreApplication.translate(labels.CONTEXT, source)
