"""Both languages complete, from what every install has.

A fresh `pip install -e .` used to run Indonesian in English mode: the compiled
translations were built only by dev.py. Now they are committed; these tests check the
ingredients: the .qm files are tracked, current and load quietly; every refusal of the
domain and the services is a catalogue message with its English; the desk in English
shows no Indonesian outside the data, its refusals included; Qt's own buttons, menus and
file dialog speak Indonesian in the Indonesian desk."""

from __future__ import annotations

import ast
import datetime as dt
import string
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.errors import DomainError
from app.domain.messages import Text, t
from app.models import Member
from app.resources import consent_versions
from app.services import accounts, events, groups
from app.services.workspace import Workspace
from app.ui import i18n
from app.ui.add_members_dialog import AddMembersDialog
from app.ui.consent_dialog import ConsentDialog
from app.ui.dashboard_page import DashboardPage
from app.ui.dialogs import LoginDialog, SetupDialog
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.event_page import CloseEventDialog, NewEventDialog
from app.ui.key_dialogs import NewDeviceDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.void_dialog import VoidDialog
from scripts import update_translations as ut
from tests.helpers.desk import signed_in
from tests.helpers.translations import data_words, messages, shown_texts, words

ROOT = Path(__file__).resolve().parents[2]
#: everyday Indonesian of the desk's chrome: none of it may show in the English desk
INDONESIAN = {
    "dan", "yang", "untuk", "belum", "tidak", "peserta", "simpan", "batal", "cetak",
    "kelompok", "acara", "dari", "atau", "dengan", "sudah", "ini", "itu", "pada", "bisa",
    "harus", "ada", "isi", "ketik", "pilih", "tanggal", "nama", "hapus", "tutup", "sandi",
    "daftar", "laporan", "petugas", "perangkat", "kantor", "berkas", "semua", "lagi",
    "masuk", "ubah", "lihat", "wajib", "iuran", "bulan", "tahun", "halaman", "tambah",
    "kecamatan", "desa", "jenis", "kelamin", "lahir", "alamat", "pekerjaan", "sektor",
    "penghasilan", "rupiah", "ribu", "juta", "baris", "kolom", "ditolak", "diterima",
}


# -- (a) the compiled translations every install has --------------------------------

def test_compiled_translations_are_tracked_and_what_the_ts_files_give(tmp_path: Path) -> None:
    tracked = set(subprocess.run(["git", "ls-files", "resources/i18n"], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout.split())
    names = [f"lindungi_{language}" for language in ut.LANGUAGES] + list(ut.EXTRA)
    assert {f"resources/i18n/{name}.qm" for name in names} <= tracked
    assert "/resources/i18n/" not in (ROOT / ".gitignore").read_text(encoding="utf-8")
    for fresh in ut.compile_all(tmp_path):
        committed = ut.QM_DIR / fresh.name
        assert fresh.read_bytes() == committed.read_bytes(), (
            f"{committed.name} is not what the .ts files give: run "
            "scripts/update_translations.py and commit resources/i18n")


def test_the_installed_translations_load_without_a_word_on_stderr(
        qapp: object, capfd: pytest.CaptureFixture[str]) -> None:
    try:
        assert i18n.install("en")  # from resources/i18n of this tree, as an install runs
        assert QCoreApplication.translate("MainWindow", "Menyiapkan data…") == "Preparing data…"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
        assert i18n.current() == "en"
        assert i18n.install("id")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
        assert i18n.current() == "id"
    finally:
        i18n.uninstall()
    assert capfd.readouterr().err == ""


def test_a_missing_translation_is_reported(qapp: object, tmp_path: Path) -> None:
    try:
        assert not i18n.install("en", tmp_path)  # an empty folder: nothing to load
    finally:
        i18n.uninstall()
    notice = i18n.missing_notice("en")
    assert "English" in notice and "tidak ditemukan" in notice and "not found" in notice


# -- service messages: a catalogue with English ---------------------------------------

CATALOGUE = [ROOT / "app" / "domain", ROOT / "app" / "services", ROOT / "app" / "db.py"]
#: calls whose argument at this position is a message a person reads
MESSAGE_ARGS = {"bad": 1}


def _user_errors(trees: list[ast.Module]) -> set[str]:
    """UserError and every class deriving from it (by name, across the modules)."""
    found = {"UserError"}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found and any(
                        (b.id if isinstance(b, ast.Name) else getattr(b, "attr", ""))
                        in found for b in node.bases):
                    found.add(node.name)
                    grew = True
    return found


def _plain(node: ast.expr) -> bool:
    """A message written as text rather than as a catalogue template."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain(node.left) or _plain(node.right)
    if isinstance(node, ast.BoolOp):
        return any(_plain(v) for v in node.values)
    if isinstance(node, ast.IfExp):
        return _plain(node.body) or _plain(node.orelse)
    return False


def _uncatalogued(trees: dict[str, ast.Module]) -> list[str]:
    errors = _user_errors(list(trees.values()))
    found = []
    for where, tree in trees.items():
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if cls.name not in errors:
                continue
            for node in ast.walk(cls):  # super().__init__("...") inside a user error
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "__init__" and node.args
                        and _plain(node.args[0])):
                    found.append(f"{where}:{node.lineno}")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            index = 0 if name in errors else MESSAGE_ARGS.get(name)
            if name == "append" and isinstance(func, ast.Attribute) and getattr(
                    func.value, "attr", "") in ("errors", "warnings"):
                index = 0  # a NIK check's errors and warnings
            if index is not None and len(node.args) > index and _plain(node.args[index]):
                found.append(f"{where}:{node.lineno}")
    return sorted(found, key=lambda f: (f.rsplit(":", 1)[0], int(f.rsplit(":", 1)[1])))


def _sources() -> dict[str, ast.Module]:
    paths = [p for base in CATALOGUE
             for p in ([base] if base.is_file() else sorted(base.rglob("*.py")))]
    return {str(p.relative_to(ROOT)): ast.parse(p.read_text(encoding="utf-8")) for p in paths}


def test_every_refusal_of_the_domain_and_the_services_is_a_catalogue_message() -> None:
    offenders = _uncatalogued(_sources())
    assert not offenders, ("refusals written as plain text (use app.domain.messages.t, "
                           "then add the English): " + ", ".join(offenders))


def test_the_catalogue_check_has_teeth() -> None:
    snippet = ast.parse(
        "class DomainError(UserError): pass\n"
        "class NotFound(UserError): pass\n"
        "class Refused(DomainError):\n"
        "    def __init__(self):\n"
        "        super().__init__('tidak boleh')\n"
        "raise DomainError('kosong')\n"
        "raise NotFound(f'tidak ada {x}')\n"
        "raise Refused('a ' + b)\n"
        "raise DomainError(problem or 'tidak dikenal')\n"
        "bad('nama', 'nama wajib')\n"
        "res.errors.append('NIK kosong')\n"
        "raise DomainError(t('kosong'))\n"
        "raise DomainError(t('tidak ada {x}', x=x), field='nik')\n"
        "bad('nama', t('nama wajib'))\n")
    assert _uncatalogued({"x.py": snippet}) == [f"x.py:{n}" for n in (5, 6, 7, 8, 9, 10, 11)]


def _fields(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((name, spec, conv) for _lit, name, spec, conv in string.Formatter().parse(text)
                  if name is not None)


def test_every_template_has_its_english_with_the_same_placeholders() -> None:
    english = {source: value for (context, source), value in
               messages(ut.ts_file("en")).items() if context == ut.MESSAGES}
    templates = ut.catalogue()
    assert len(templates) > 250
    for template in templates:
        assert template in english, f"no English for {template!r}: run update_translations"
        text, kind = english[template]
        assert text.strip() and kind is None, f"unfinished English for {template!r}"
        assert _fields(text) == _fields(template), f"placeholders differ: {template!r}"


def test_a_message_is_indonesian_as_text_and_english_in_the_english_desk(
        qapp: object, tmp_path: Path) -> None:
    message = t("NIK harus 16 digit; yang diketik {n} digit.", n=15)
    assert isinstance(message, Text) and message == "NIK harus 16 digit; yang diketik 15 digit."
    with pytest.raises(DomainError) as refused:
        accounts.check_password("kopi")
    assert str(refused.value).startswith("kata sandi minimal 10 karakter; pakai kalimat sandi")
    assert i18n.message(refused.value).startswith("kata sandi minimal")  # no translation yet
    assert i18n.install("en", ut.compile_all(tmp_path)[0].parent)
    try:
        assert i18n.message(message) == "A NIK has 16 digits; 15 were typed."
        assert i18n.message(refused.value) == (
            "the password needs at least 10 characters; use a passphrase of three or more "
            "words that only you remember")
        assert str(refused.value).startswith("kata sandi minimal")  # the CLI's text stays
        nested = t("Jenis kelamin yang diisi ({typed}) tidak sama dengan NIK ({says}; hari "
                   "lahir perempuan ditambah 40). Periksa NIK atau jenis kelamin.",
                   typed=t("laki-laki"), says=t("perempuan"))
        assert i18n.message(nested).startswith("The gender entered (male) differs from the "
                                               "NIK (female;")
        assert i18n.amount_words(1_001_040) == "one million, one thousand and forty rupiah"
    finally:
        i18n.uninstall()
    assert i18n.amount_words(1_001_040) == "satu juta seribu empat puluh rupiah"


# -- (b, c) the desk in English --------------------------------------------------------

@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """The desk in English from the committed .qm files (what an install has)."""
    assert i18n.install("en")
    yield
    i18n.uninstall()


def _dialogs(ws: Workspace, window: QWidget) -> list[QWidget]:
    actor = window.actor  # type: ignore[attr-defined]
    with ws.db.session() as s:
        member_id = s.scalars(select(Member.id).limit(1)).one()
        event = events.latest_open_event(s)
        assert event is not None  # the demo holds an open event
        summary = events.summarize(s, event.id, ws.tariffs())
    shown: list[QWidget] = [
        SetupDialog(ws, window), LoginDialog(ws, window), NewEventDialog(ws, actor, window),
        SettingsDialog(ws, actor, window), ConsentDialog(consent_versions()[-1], window),
        VoidDialog("3574********0001", ws, window), EditMemberDialog(ws, actor, member_id, window),
        AddMembersDialog(ws, lambda ids: groups.Joined(len(ids), 0), window),
        NewDeviceDialog("Laptop 2", "ab12 cd34", "batch.lindungi", window),
        CloseEventDialog(summary, window),
    ]
    return shown


def test_the_english_desk_shows_no_indonesian_outside_the_data(
        qtbot: QtBot, demo: Workspace, english: None) -> None:
    sources = messages(ut.ts_file("en"))
    english_words = set().union(*(words(text) for text, _kind in sources.values()))
    indonesian = set().union(*(words(source) for _context, source in sources))
    # data: names, places, the consent text's version, each language's own name
    data = data_words(demo).union(*(words(v) for v in [*consent_versions(),
                                                           *i18n.LANGUAGES.values()]))
    suspects = (indonesian | INDONESIAN) - english_words - data
    assert {"simpan", "peserta", "batal", "yang", "untuk"} <= suspects  # the check has teeth

    window = signed_in(qtbot, demo)  # the administrator sees every page
    assert window.tabs is not None
    # a transport worker on a day of the transport discount: the form names the discount
    form = window.registration.form
    form.today = dt.date(2026, 6, 1)
    form.sektor.setCurrentIndex(form.sektor.findData("transportasi"))
    form.penghasilan.setText("2.000.000")
    form.update_contribution()
    assert "Includes 50% off JKK + JKM (PP 50/2025)" in form.iuran.text()
    offenders: dict[str, None] = {}
    roots: list[QWidget] = [window]
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = window.tabs.widget(i)
        if isinstance(page, DashboardPage):
            qtbot.waitUntil(lambda: window.dashboard.recap is not None)
    roots += _dialogs(demo, window)
    for root in roots:
        for where, text in shown_texts(root):
            found = words(text) & suspects
            if found:
                offenders[f"{where}: {text!r} ({', '.join(sorted(found))})"] = None
    assert not offenders, "Indonesian text in the English desk:\n" + "\n".join(offenders)


def test_a_refusal_typed_into_the_english_form_is_english(
        qtbot: QtBot, demo: Workspace, english: None) -> None:
    window = signed_in(qtbot, demo)
    form = window.registration.form
    form.nik.setFocus()
    qtbot.keyClicks(form.nik, "9974015708050001")  # province 99 does not exist
    qtbot.waitUntil(lambda: "Province code 99" in form.nik_note.text())
    assert form.nik_note.text() == "Province code 99 (digits 1–2) is not known."
    form.nik.clear()
    qtbot.keyClicks(form.nik, "3574015708050001")  # a woman born 17-08-2005
    qtbot.waitUntil(lambda: "female" in form.nik_note.text())
    assert form.nik_note.text().startswith(
        "Birth day 57 in the NIK = 17 + 40: female, born 17-08-2005.")


# -- (d) Qt's own texts in the Indonesian desk -----------------------------------------

def _qt_texts(qtbot: QtBot) -> dict[str, str]:
    """Qt's own texts as the desk shows them: standard buttons, a question's Yes and No,
    a text box's context menu, the file dialog."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    texts = {str(b.name): box.button(b).text() for b in (
        QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel,
        QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Discard,
        QDialogButtonBox.StandardButton.Apply, QDialogButtonBox.StandardButton.Ok)}
    question = QMessageBox(QMessageBox.Icon.Question, "Lindungi", "?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    texts["Yes"] = question.button(QMessageBox.StandardButton.Yes).text()
    texts["No"] = question.button(QMessageBox.StandardButton.No).text()
    for widget in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(widget)
        menu = widget.createStandardContextMenu()
        assert menu is not None
        for action in menu.actions():
            if action.text():
                texts[f"{type(widget).__name__} {len(texts)}"] = action.text().split("\t")[0]
    dialog = QFileDialog(None, "Lindungi")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    for i, w in enumerate(dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)):
        if w.text():
            texts[f"file dialog {i}"] = w.text()
    return texts


def test_qt_buttons_menus_and_file_dialog_speak_indonesian_in_the_indonesian_desk(
        qtbot: QtBot) -> None:
    try:
        assert i18n.install("id")
        shown = _qt_texts(qtbot)
    finally:
        i18n.uninstall()
    assert shown["Cancel"] == "Batal" and shown["Save"] == "Simpan"
    assert shown["Close"] == "Tutup" and shown["Discard"] == "Buang"
    assert shown["Apply"] == "Terapkan" and shown["Ok"] == "OK"
    assert (shown["Yes"], shown["No"]) == ("&Ya", "&Tidak")
    values = set(shown.values())
    assert {"&Salin", "T&empel", "Po&tong", "&Batalkan", "&Ulangi", "Pilih semua"} <= values
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= values
    english = {"Cancel", "&Copy", "&Paste", "Select All", "&Look in:", "File &name:",
               "&Yes", "&No", "Save", "Close", "Discard", "Apply"}
    assert not values & english, f"Qt's English in the Indonesian desk: {values & english}"

    try:
        assert i18n.install("en")
        english_shown = _qt_texts(qtbot)
    finally:
        i18n.uninstall()
    assert english_shown["Cancel"] == "Cancel" and english_shown["Yes"] == "&Yes"
    assert "&Copy" in english_shown.values()
