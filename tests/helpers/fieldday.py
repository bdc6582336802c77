"""Helpers for the field-day test (tests/test_field_day.py): the desk started the way the
program starts it, dialogs answered as a person answers them, and the command line run
as a supervisor types it.

Nothing here reaches past the widgets or the command line into the services to make
something happen; the services are only read, to check what a person would check.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pypdf import PdfReader
from PySide6.QtCore import (
    QDeadlineTimer,
    QEventLoop,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from app.cli import main
from app.services.demo import Person
from app.services.member_columns import COLUMNS
from app.ui.main_window import MainWindow
from tests.helpers.desk import next_field, press, type_into

D = TypeVar("D", bound=QWidget)
WAIT_MS = 30_000


# ---- the command line ----------------------------------------------------------------

@dataclass
class Said:
    """What one command answered: exit code, its JSON document, and stderr."""

    code: int
    data: Any
    err: str


def lindungi(*argv: str, user: str | None = None, password: str | None = None) -> Said:
    """`lindungi ARGV --json` as typed at a terminal, with LINDUNGI_USER/PASSWORD set to
    the officer (or unset); run in this process, so it is quick."""
    saved = {k: os.environ.get(k) for k in ("LINDUNGI_USER", "LINDUNGI_PASSWORD")}
    for key, value in (("LINDUNGI_USER", user), ("LINDUNGI_PASSWORD", password)):
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*argv, "--json"])
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    text = out.getvalue()
    try:
        data = json.loads(text) if text.strip() else None
    except json.JSONDecodeError:
        data = text
    return Said(code, data, err.getvalue())


def write_csv(path: Path, people: list[Person], group: str = "") -> Path:
    """A spreadsheet of people in the import columns, as an officer's helper types it."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(COLUMNS))
        out.writeheader()
        out.writerows(p.row(group) for p in people)
    return path


# ---- dialogs, answered as a person answers them --------------------------------------

class Dialogs:
    """Answers modal dialogs while the code under test waits in their `exec()`.

    `answer(kind, handle)` arms a handler for the next modal dialog of that kind; any
    message box nobody expected is written down and closed (so a refusal shows up as a
    failed assertion, never as a test that hangs)."""

    def __init__(self) -> None:
        self.handlers: list[tuple[type[QWidget], Callable[[Any], None], list[Any]]] = []
        self.unexpected: list[str] = []
        self.errors: list[BaseException] = []
        self.answered: list[QWidget] = []
        self.running = True
        self._tick()

    def _tick(self) -> None:
        # A new single-shot timer each time: Qt never fires one timer again while its
        # handler runs, and a handler may wait inside a dialog that opens another.
        if self.running:
            QTimer.singleShot(10, self._tick)
            self._poll()

    def _poll(self) -> None:
        shown = QApplication.activeModalWidget()
        self.answered = [w for w in self.answered if Shiboken.isValid(w) and w.isVisible()]
        if shown is None or not shown.isVisible() or any(w is shown for w in self.answered):
            return
        for i, (kind, handle, seen) in enumerate(self.handlers):
            if isinstance(shown, kind):
                del self.handlers[i]
                self.answered.append(shown)
                seen.append(shown)
                try:
                    activate(shown)
                    handle(shown)
                except BaseException as exc:  # re-raised by answer()
                    self.errors.append(exc)
                if shown.isVisible():  # a handler must leave the dialog answered
                    if not self.errors:
                        self.errors.append(AssertionError(
                            f"{type(shown).__name__} was left open by its handler"))
                    if isinstance(shown, QDialog):
                        shown.reject()
                return
        if isinstance(shown, QMessageBox):
            self.answered.append(shown)
            self.unexpected.append(f"{shown.windowTitle()}: {shown.text()}")
            shown.reject()

    @contextlib.contextmanager
    def answer(self, kind: type[D], handle: Callable[[D], None]) -> Iterator[list[D]]:
        """Within the block, the next modal `kind` is answered by `handle`; at its end the
        dialog must have been shown and answered without error."""
        with self._armed(kind, handle) as seen:
            yield seen
        assert seen, f"no {kind.__name__} was shown"

    @contextlib.contextmanager
    def forbid(self, kind: type[QDialog]) -> Iterator[None]:
        """Within the block, a modal `kind` must not be shown: one that is, is closed and
        fails the test (instead of waiting for an answer that never comes)."""
        def refuse(dialog: QDialog) -> None:
            dialog.reject()
            raise AssertionError(f"{kind.__name__} was shown")

        with self._armed(kind, refuse):
            yield

    @contextlib.contextmanager
    def _armed(self, kind: type[D], handle: Callable[[D], None]) -> Iterator[list[D]]:
        """`handle` answers the next modal `kind` within the block (the dialogs it
        answered are yielded); an error of a handler is raised at the block's end."""
        seen: list[D] = []
        entry = (kind, handle, seen)
        self.handlers.append(entry)
        try:
            yield seen
        finally:
            if entry in self.handlers:
                self.handlers.remove(entry)
        if self.errors:
            error, self.errors = self.errors[0], []
            raise error

    def message(self, handle: Callable[[QMessageBox], None] | None = None
                ) -> contextlib.AbstractContextManager[list[QMessageBox]]:
        """Expect one message box; read it, then press its default (or given) button."""
        def read(box: QMessageBox) -> None:
            if handle is not None:
                handle(box)
            if box.isVisible():
                button = box.defaultButton() or box.buttons()[0]
                button.click()
        return self.answer(QMessageBox, read)

    def check(self) -> None:
        """No message box popped up that the person did not expect."""
        said, self.unexpected = self.unexpected, []
        assert not said, f"unexpected messages: {said}"

    def stop(self) -> None:
        self.running = False


def activate(window: QWidget) -> None:
    """Give the window the keyboard, as a desktop does when it opens (the offscreen
    platform does not always), and wait until it has it."""
    window.activateWindow()
    deadline = QDeadlineTimer(5_000)
    while QApplication.activeWindow() is not window:
        assert not deadline.hasExpired(), f"{type(window).__name__} never became active"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button showing `text` (as a person finds it on screen)."""
    found = [b for b in parent.findChildren(QAbstractButton)
             if b.text().replace("&&", "&") == text and b.isVisible()]
    assert len(found) == 1, f"{len(found)} buttons '{text}' on {type(parent).__name__}"
    return found[0]


def pick(qtbot: QtBot, combo: QComboBox, typed: str) -> None:
    """Type into an editable combo and take the first entry its list offers."""
    line = combo.lineEdit()
    assert line is not None
    combo.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, typed)
    completer = combo.completer()
    assert completer is not None and completer.completionCount() >= 1, typed
    popup = completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def choose(qtbot: QtBot, combo: QComboBox, label: str) -> None:
    """A fixed list: focus it, Home, then the arrow down to the entry."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"'{label}' is not offered: {combo.currentText()}")


def click_row(qtbot: QtBot, table: QTableView, row: int, column: int = 1) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def rows(table: QTableView, column: int) -> list[Any]:
    model = table.model()
    return [model.index(r, column, QModelIndex()).data() for r in range(model.rowCount())]


# ---- the desk -------------------------------------------------------------------------

@dataclass
class Setup:
    """What a person types into the first-run dialog."""

    device_name: str
    regency: str  # typed into the regency field, e.g. "Kota Probo"
    admin: str
    password: str
    full_name: str = "Sri Wahyuni"  # the administrator's, printed on the slips they print


@dataclass
class Desk:
    """One data folder (a laptop's, or the office's on a database server) and, while
    someone works at it, its open window."""

    qtbot: QtBot
    dialogs: Dialogs
    folder: Path
    database_url: str | None = None
    window: MainWindow | None = None
    slip_files: list[Path] = field(default_factory=list)

    @property
    def w(self) -> MainWindow:
        assert self.window is not None, "nobody is signed in at this desk"
        return self.window

    def start(self, user: str, password: str, setup: Setup | None = None) -> MainWindow:
        """The program's own start: window first, then on a new folder the first-run
        dialog, which signs in the administrator it makes (`user`), else the sign-in
        dialog; then the pages."""
        from app.ui.app import interactive_login, open_data
        from app.ui.dialogs import LoginDialog, SetupDialog

        assert self.window is None
        qtbot = self.qtbot
        window = MainWindow()
        window.show()
        qtbot.waitExposed(window)

        def set_up(dialog: SetupDialog) -> None:
            assert setup is not None
            qtbot.keyClicks(dialog.name, setup.device_name)
            pick(qtbot, dialog.region, setup.regency)
            qtbot.keyClicks(dialog.admin, setup.admin)
            qtbot.keyClicks(dialog.full_name, setup.full_name)
            qtbot.keyClicks(dialog.password, setup.password)
            qtbot.keyClicks(dialog.repeat, setup.password)
            qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
            assert dialog.error.text() == "", dialog.error.text()

        def sign_in(dialog: LoginDialog) -> None:
            qtbot.keyClicks(dialog.user, user)
            qtbot.keyClicks(dialog.password, password)
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            assert dialog.error.text() == "", dialog.error.text()

        with contextlib.ExitStack() as stack:
            if setup is not None:
                assert user == setup.admin
                stack.enter_context(self.dialogs.answer(SetupDialog, set_up))
                stack.enter_context(self.dialogs.forbid(LoginDialog))  # typed twice already
            else:
                stack.enter_context(self.dialogs.answer(LoginDialog, sign_in))
            assert open_data(window, self.folder, interactive_login,
                             database_url=self.database_url)
        self.window = window
        self.idle()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert window.statusBar().currentMessage().startswith("Petugas: ")
        return window

    def activate(self) -> None:
        """The window has the keyboard again. (The offscreen platform does not hand
        activation back when a dialog closes; a desktop's window manager does.)"""
        if QApplication.activeWindow() is not self.w:
            activate(self.w)

    def idle(self) -> None:
        """Background work (counters, the start-up check and backup) has finished."""
        pool = QThreadPool.globalInstance()
        self.qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=WAIT_MS)
        QApplication.processEvents()

    def close(self) -> None:
        """Close the program (the window goes before its database)."""
        window = self.w
        self.idle()
        workspace = window.workspace
        window.close()
        Shiboken.delete(window)
        workspace.close()
        self.window = None
        self.dialogs.check()

    def go(self, page: QWidget) -> None:
        """Click the page's tab."""
        self.activate()
        tabs = self.w.tabs
        assert tabs is not None
        index = tabs.indexOf(page)
        assert index >= 0
        bar = tabs.tabBar()
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                              pos=bar.tabRect(index).center())
        assert tabs.currentWidget() is page

    # -- the administrator --------------------------------------------------------------
    def add_account(self, username: str, full_name: str, role: str, password: str) -> None:
        from app.ui.accounts_page import OfficerDialog

        page = self.w.accounts_page
        self.go(page)
        qtbot = self.qtbot

        def fill(dialog: OfficerDialog) -> None:
            qtbot.keyClicks(dialog.username, username)
            qtbot.keyClicks(dialog.full_name, full_name)
            choose(qtbot, dialog.role, {"officer": "Petugas", "supervisor": "Supervisor",
                                        "administrator": "Administrator"}[role])
            assert dialog.role.currentData() == role
            qtbot.keyClicks(dialog.password, password)
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

        with self.dialogs.answer(OfficerDialog, fill):
            click(qtbot, button(page, "Akun baru… (Ctrl+N)"))
        self.dialogs.check()
        assert username in rows(page.table, 0)

    # -- the event ------------------------------------------------------------------------
    def new_event(self, name: str, venue: str, district: str, officers: str) -> None:
        from app.ui.event_page import NewEventDialog

        page = self.w.event_page
        self.go(page)
        qtbot = self.qtbot

        def fill(dialog: NewEventDialog) -> None:
            qtbot.keyClicks(dialog.name, name)
            qtbot.keyClicks(dialog.venue, venue)
            pick(qtbot, dialog.district, district)
            dialog.officers.selectAll()  # the whole team, in place of the one signed in
            qtbot.keyClicks(dialog.officers, officers)
            click(qtbot, button(dialog, "Buat acara"))
            assert dialog.error.text() == "", dialog.error.text()

        with self.dialogs.answer(NewEventDialog, fill):
            qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert page.combo.currentText().startswith(f"{name} — ")
        assert self.w.registration.event_id == page.current_event()

    # -- registration by keyboard -------------------------------------------------------
    def register(self, person: Person, print_slip: bool = False) -> str:
        """One person typed into the form from the NIK to the consent box, as an officer
        types: the batch settings (payer, period) only when the screen shows others, a
        fixed list's entry by its first letters, a type-ahead list's by as few letters
        as make it lead the list (the whole entry is saved), the income in digits, and at
        each stop of the Enter chain what the person gave (Enter alone for what is empty
        or already shown). Birth date and gender come from the NIK and the fields the
        event skips are passed by Enter (what the person has for those is not recorded).
        Enter on the consent box saves (or Ctrl+P saves and prints). Returns the page's
        message."""
        from app.domain import codes

        page = self.w.registration
        form = page.form
        qtbot = self.qtbot
        self.go(page)

        def type_choice(combo: QComboBox, label: str) -> None:
            """A fixed list: its entry's first letter, again until the list shows it
            (each time the next entry so starting: '1' from 3 bulan is 12 bulan, then
            1 bulan)."""
            combo.setFocus()
            for _ in range(combo.count()):
                if combo.currentText() == label:
                    break
                qtbot.keyClick(combo, label[0])
            assert combo.currentText() == label, (label, combo.currentText())

        # the payer and the pay period sit beside the form and stay for the next person
        for combo, label in ((form.sumber_iuran, codes.PAYERS[person.payer]),
                             (form.periode_bayar, f"{person.period} bulan")):
            if combo.currentText() != label:
                type_choice(combo, label)
        form.nik.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.nik)
        type_into(qtbot, person.nik)
        occupations = form.pekerjaan
        occupation = next((person.occupation[:n] for n in range(1, len(person.occupation) + 1)
                           if (found := occupations.matches(person.occupation[:n]))
                           and occupations.itemText(found[0]) == person.occupation),
                          person.occupation)
        income = str(person.income)
        answers: list[tuple[QWidget, str | None]] = [
            # birth date and gender come from the NIK: Enter passes them over
            (form.nama, person.name), (form.tempat_lahir, person.birth_place),
            (form.no_hp, person.phone), (form.email, None), (form.alamat, person.address),
            (form.wilayah, None), (form.sektor, codes.SECTORS[person.sector]),
            (form.pekerjaan, occupation), (form.nama_usaha, person.business_name),
            (form.penghasilan, None if f"{person.income:,}".replace(",", ".")
             == form.penghasilan.text() else income),
            (form.jht, " " if "JHT" in person.programs else None),
            (form.persetujuan, " "),
        ]
        answers = [(w, text) for w, text in answers if form.key_of(w) not in form.skipped]
        next_field(qtbot)
        for expected, text in answers:
            focused = QApplication.focusWidget()
            owner = focused.parent() if focused is not None and \
                focused.parent() is expected else focused
            assert owner is expected, f"focus on {getattr(focused, 'objectName', str)()}"
            if text == " ":
                press(qtbot, Qt.Key.Key_Space)
            elif text and isinstance(expected, QComboBox) and not expected.isEditable():
                type_choice(expected, text)
            elif text:
                type_into(qtbot, text)
            if expected is form.persetujuan:
                break
            next_field(qtbot)
        assert form.tanggal_lahir.text() == f"{person.birth_date:%d-%m-%Y}"
        assert form.jenis_kelamin.currentData() == person.gender
        assert form.wilayah.currentData() == person.region_code
        if print_slip:  # on the roll printer beside the desk
            choose(qtbot, page.slip_format, "Struk 80 mm")
            form.persetujuan.setFocus()
            press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        else:
            press(qtbot, Qt.Key.Key_Return)
        message = page.message.text()
        problems = {k: b.error.text() for k, b in form.boxes.items() if b.error.text()}
        assert message.startswith("Tersimpan"), (message, problems)
        assert form.nik.text() == ""
        return message

    # -- members page ---------------------------------------------------------------------
    def find_member(self, name: str) -> None:
        """Search the members list for a name and select the one row it finds."""
        page = self.w.members_page
        self.go(page)
        page.search.clear()
        self.qtbot.keyClicks(page.search, name)
        self.qtbot.waitUntil(lambda: page.model.filters.search == name)
        assert rows(page.table, 1) == [name]
        click_row(self.qtbot, page.table, 0)

    def approve(self, box: Any, user: str, password: str) -> None:
        assert box.isVisible()
        self.qtbot.keyClicks(box.user, user)
        self.qtbot.keyClicks(box.password, password)

    def void(self, name: str, reason: str, supervisor: tuple[str, str]) -> None:
        from app.ui.void_dialog import VoidDialog

        page = self.w.members_page
        self.find_member(name)
        qtbot = self.qtbot

        def answer(dialog: VoidDialog) -> None:
            assert not dialog.ok.isEnabled()
            qtbot.keyClicks(dialog.reason, reason)
            self.approve(dialog.approval_box, *supervisor)
            click(qtbot, dialog.ok)
            assert dialog.approval_box.error.text() == ""

        with self.dialogs.answer(VoidDialog, answer):
            qtbot.keyClick(page.table, Qt.Key.Key_Delete)
        self.dialogs.check()
        assert page.model.index(0, page.model.COL_STATUS).data() == "Dibatalkan"

    def erase(self, name: str, reason: str, supervisor: tuple[str, str]) -> None:
        from app.ui.edit_member_dialog import EditMemberDialog
        from app.ui.void_dialog import VoidDialog

        page = self.w.members_page
        self.find_member(name)
        qtbot = self.qtbot

        def approve(dialog: VoidDialog) -> None:
            qtbot.keyClicks(dialog.reason, reason)
            self.approve(dialog.approval_box, *supervisor)
            click(qtbot, dialog.ok)

        def open_(dialog: EditMemberDialog) -> None:
            assert dialog.form.nama.text() == name
            with self.dialogs.answer(VoidDialog, approve):
                click(qtbot, dialog.erase_button)
            assert dialog.error.text() == ""

        with self.dialogs.answer(EditMemberDialog, open_):
            qtbot.keyClick(page.table, Qt.Key.Key_Return)
        self.dialogs.check()
        page.search.clear()
        self.qtbot.keyClicks(page.search, name)
        self.qtbot.waitUntil(lambda: page.model.filters.search == name)
        assert page.model.rowCount() == 0  # the name is gone with the rest

    def correct(self, name: str, fields: dict[str, str],
                reason: str = "salah ketik, dibetulkan sesuai KTP") -> None:
        """Open the member, retype some fields, write the reason, save with Ctrl+S."""
        from app.ui.edit_member_dialog import EditMemberDialog

        page = self.w.members_page
        self.find_member(name)
        qtbot = self.qtbot

        def edit(dialog: EditMemberDialog) -> None:
            for key, text in fields.items():
                line = getattr(dialog.form, key)
                line.setFocus()
                line.selectAll()
                qtbot.keyClicks(line, text)
            dialog.reason.setFocus()
            qtbot.keyClicks(dialog.reason, reason)
            qtbot.keyClick(dialog.reason, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
            assert dialog.error.text() == "", dialog.error.text()

        with self.dialogs.answer(EditMemberDialog, edit):
            qtbot.keyClick(page.table, Qt.Key.Key_Return)
        self.dialogs.check()

    # -- groups ---------------------------------------------------------------------------
    def new_group(self, name: str, kind: str, leader: str, agreement: str,
                  roster: Path) -> Any:
        """Create the group on the Kelompok page, then import its roster spreadsheet."""
        from app.ui.import_result_dialog import ImportResultDialog

        page = self.w.groups_page
        self.go(page)
        qtbot = self.qtbot
        click(qtbot, page.new_button)
        qtbot.keyClicks(page.name, name)
        choose(qtbot, page.kind, kind)
        qtbot.keyClicks(page.leader_name, leader)
        qtbot.keyClicks(page.agreement_no, agreement)
        click(qtbot, page.save_button)
        assert page.error.text() == "", page.error.text()
        assert page.group_id is not None
        page.last_report = None
        page.import_roster(roster)  # the file the officer picked in the file dialog
        qtbot.waitUntil(lambda: page.last_report is not None, timeout=WAIT_MS)
        result = page.findChildren(ImportResultDialog)[-1]
        qtbot.waitUntil(result.isVisible)
        click(qtbot, button(result, "Tutup"))
        return page.last_report

    # -- printing -------------------------------------------------------------------------
    def print_event(self, fmt: str = "Struk 80 mm") -> Path:
        """Slips for the event's people still without one, from the Cetak page. There is
        no printer at the event: the officer hands the slips over as a PDF (Ctrl+S in the
        preview), first what waits on the print queue, then the event's. Returns the
        event's PDF."""
        page = self.w.print_page
        self.hand_over_queue()
        choose(self.qtbot, page.format, fmt)
        before = page.last_preview
        click(self.qtbot, page.event_button)
        self.qtbot.waitUntil(lambda: page.last_preview not in (before, None), timeout=WAIT_MS)
        self.idle()
        preview = page.last_preview
        assert preview is not None
        self.qtbot.waitUntil(preview.isVisible)
        target = self.handed_folder() / f"acara-{len(self.slip_files)}.pdf"
        preview.save_copy(target)  # the file the officer picked in the save dialog
        self.slip_files.append(target)
        return target

    def handed_folder(self) -> Path:
        folder = self.folder.parent / f"{self.folder.name}-diserahkan"
        folder.mkdir(exist_ok=True)
        return folder

    def hand_over_queue(self) -> list[Path]:
        """What waits on the print queue (no printer here), saved as PDF from its
        preview on the Cetak page: handed over, so its slips are issued."""
        page = self.w.print_page
        self.go(page)
        saved = []
        for job in page.queued():
            preview = page.show_preview(job)
            self.qtbot.waitUntil(preview.isVisible)
            target = self.handed_folder() / f"antrean-{len(self.slip_files)}.pdf"
            preview.save_copy(target)
            self.slip_files.append(target)
            saved.append(target)
        assert page.queued() == []
        return saved

    # -- sync -----------------------------------------------------------------------------
    def export(self, stick: Path) -> Any:
        page = self.w.sync_page
        self.go(page)
        page.last_export = None
        page.export_to(stick)  # the folder the officer picked
        self.qtbot.waitUntil(lambda: page.last_export is not None, timeout=WAIT_MS)
        self.dialogs.check()
        assert "terenkripsi" in page.status.text()
        return page.last_export


# ---- reading slips back ---------------------------------------------------------------

@dataclass(frozen=True)
class SlipText:
    receipt_no: str
    copy: int
    monthly: int
    period_total: int


_RUPIAH = r"Rp ([\d.]+)"


def read_slips(pdf: Path) -> list[SlipText]:
    """What each roll slip (one a page) says: number, copy stamp, money."""
    out = []
    for page in PdfReader(pdf).pages:
        text = " ".join(page.extract_text().split())
        number = re.search(r"No\. slip: (\S+)", text)
        # "Iuran per bulan: Rp 16.800", or the first month where they differ
        # ("Iuran: Des 2026: Rp 8.400 Jan–Mei 2027: Rp 16.800/bulan")
        monthly = re.search(r"Iuran(?: per bulan)?: (?:[A-Z][a-z]{2}[^:]*: )?" + _RUPIAH,
                            text)
        assert number and monthly, text[:200]
        period = re.search(r"Bayar \d+ bulan: " + _RUPIAH, text)
        copy = re.search(r"SALINAN ke-(\d+)", text)
        m = int(monthly.group(1).replace(".", ""))
        out.append(SlipText(number.group(1), int(copy.group(1)) if copy else 0, m,
                            int(period.group(1).replace(".", "")) if period else m))
    return out
