"""The main window as officers meet it on a 1366×768 laptop, by keyboard: maximised and
remembered, every dialog inside the screen with its buttons, the header (program,
officer, device, event), lock now and switch officer (Ctrl+L), the desk settings, and
closing with print jobs still queued (issue 16, items 4, 5 and 8)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import __version__
from app.domain.errors import DomainError, NotAllowed
from app.models import AuditEntry
from app.services import accounts, device, drafts, events, print_jobs, print_queue
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import main_window as main_window_module
from app.ui import printing as ui_printing
from app.ui import screen
from app.ui.dialogs import AboutDialog, LoginDialog, RestoreDialog, SetupDialog
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.main_window import MainWindow
from app.ui.printing import PreviewDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.workers import run_quietly
from tests.helpers.desk import open_window
from tests.helpers.fieldday import activate
from tests.helpers.people import TODAY, fill

CTRL = Qt.KeyboardModifier.ControlModifier
#: a 1366×768 laptop with a 40-pixel task bar
LAPTOP = QRect(0, 0, 1366, 728)

ACCOUNTS = {  # username → (password, role, full name)
    "kepala": ("kantor-dinas-tujuh", "administrator", "Kepala Seksi Uji"),
    "sri": ("sandi-sri-aman", "supervisor", "Sri Pengawas"),
    "budi": ("sandi-budi", "officer", "Budi Petugas"),
}


@pytest.fixture(autouse=True)
def no_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """No printer at the hall (and a test machine must never print)."""
    monkeypatch.setattr(ui_printing, "default_printer", lambda: None)


@pytest.fixture
def desk(workspace: Workspace, event_id: uuid.UUID) -> Workspace:
    """A laptop with an administrator, a supervisor and an officer, and today's event."""
    actor = Actor(workspace.device_id)
    for username, (password, role, name) in ACCOUNTS.items():  # the administrator first
        with workspace.db.session() as s:
            made = accounts.create_officer(s, actor, username, password, role, full_name=name)
        if role == "administrator":
            actor = Actor(workspace.device_id, made.id)
    return workspace


@pytest.fixture
def laptop_screen() -> Iterator[None]:
    """Dialogs fitted to a 1366×768 laptop's free area, whatever the test screen is."""
    screen.install(LAPTOP)
    yield
    screen.uninstall()


def sign_in(qtbot: QtBot, ws: Workspace, username: str) -> MainWindow:
    with ws.db.session() as s:
        officer = accounts.authenticate(s, Actor(ws.device_id), username,
                                        ACCOUNTS[username][0])
    assert isinstance(officer, accounts.OfficerInfo)
    return open_window(qtbot, ws, officer)


def actions(ws: Workspace, action: str) -> list[AuditEntry]:
    with ws.db.session() as s:
        found = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                               .order_by(AuditEntry.seq)))
        s.expunge_all()
    return found


def in_modal(qtbot: QtBot, kind: type[QWidget], handle: Callable[[Any], None],
             seen: list[Any]) -> None:
    """Answer the next modal dialog of `kind` (opened by the key pressed next) with
    `handle`; a dialog left open by a failed handler is closed so nothing hangs."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, run)
            return
        seen.append(dialog)
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            handle(dialog)
        except BaseException as exc:
            seen.append(exc)
        finally:
            if dialog.isVisible() and isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, run)


def raised(seen: list[Any]) -> None:
    assert seen, "no dialog was shown"
    for item in seen:
        if isinstance(item, BaseException):
            raise item
    window = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()), None)
    if window is not None:  # what the window manager does when a dialog goes
        window.activateWindow()
        activate(window)


def open_about(qtbot: QtBot, window: MainWindow) -> None:
    """Bantuan → Tentang Lindungi by keyboard: Alt+B opens the menu, T the item."""
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    menu = QApplication.activePopupWidget()
    assert menu is not None, "the Bantuan menu did not open"
    qtbot.keyClick(menu, Qt.Key.Key_T)


def switch_by_keyboard(qtbot: QtBot, panel: Any) -> None:
    """From the lock's password field, Tab past "Buka" to "Ganti petugas…" and press it."""
    assert panel.password.hasFocus()
    qtbot.keyClick(panel.password, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert panel.switch_button.hasFocus()
    qtbot.keyClick(panel.switch_button, Qt.Key.Key_Space)


def buttons_inside(dialog: QWidget, area: QRect) -> list[str]:
    """The dialog fits `area` with its window frame, and every button outside a scroll
    area lies inside it; returns the buttons' texts."""
    assert dialog.isVisible()
    geometry = dialog.geometry()
    frame = screen.FRAME
    assert geometry.width() + frame.width() <= area.width(), (type(dialog), geometry)
    assert geometry.height() + frame.height() <= area.height(), (type(dialog), geometry)
    assert area.contains(geometry), (type(dialog), geometry)
    texts = []
    for button in dialog.findChildren(QPushButton):
        if not button.isVisibleTo(dialog) or _in_scroll_area(button, dialog):
            continue
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        assert area.contains(rect), (type(dialog), button.text(), rect)
        texts.append(button.text())
    assert texts
    return texts


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


# -- the window ---------------------------------------------------------------------------
def test_the_window_starts_maximised_and_remembers_a_restored_size(
        qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "budi")
    assert window.isMaximized()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    window.resize(770, 620)
    qtbot.waitUntil(lambda: window.size() == QSize(770, 620))
    window.close()
    assert (Path(desk.data_dir) / "desk.ini").exists()

    again = sign_in(qtbot, desk, "budi")
    assert not again.isMaximized()
    assert again.size() == QSize(770, 620)
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    assert sign_in(qtbot, desk, "budi").isMaximized()


def test_every_tab_and_the_status_bar_fit_1366_pixels(qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "kepala")  # the administrator has all ten pages
    window.showNormal()
    window.resize(1366, LAPTOP.height() - screen.FRAME.height())
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert window.tabs is not None
    bar = window.tabs.tabBar()
    assert bar.count() == 10
    assert not window.tabs.usesScrollButtons()
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed <= bar.width() <= window.width()
    assert bar.tabRect(bar.count() - 1).right() < bar.width()
    assert [bar.tabText(i) for i in range(bar.count())][:3] == ["Acara", "Pendaftaran",
                                                                "Peserta"]
    assert bar.tabToolTip(0) == "Acara (Ctrl+1)" and bar.tabToolTip(9) == "Akun (Ctrl+0)"
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() < window.height()
    smallest = window.minimumSizeHint()  # no page makes the window taller than the screen
    assert smallest.height() + screen.FRAME.height() <= LAPTOP.height()
    assert smallest.width() + screen.FRAME.width() <= LAPTOP.width()
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the shortcut still goes to the page
    assert window.tabs.currentWidget() is window.members_page
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.tabs.currentWidget() is window.accounts_page


# -- every dialog on a 1366×768 screen ------------------------------------------------------
def test_every_dialog_fits_a_1366_by_768_screen_with_its_buttons(
        qtbot: QtBot, desk: Workspace, event_id: uuid.UUID, tmp_path: Path,
        laptop_screen: None) -> None:
    people = fill(desk, Actor(desk.device_id), event_id, tmp_path, 3)
    window = sign_in(qtbot, desk, "kepala")
    shown: dict[str, list[str]] = {}

    # opened as the desk opens them: set-up and restore at the start, the others by key
    for dialog in (SetupDialog(desk, window), RestoreDialog([], window)):
        dialog.open()
        qtbot.waitExposed(dialog)
        shown[type(dialog).__name__] = buttons_inside(dialog, LAPTOP)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    seen: list[Any] = []

    def measure(dialog: QDialog) -> None:
        shown[type(dialog).__name__] = buttons_inside(dialog, LAPTOP)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(qtbot, SettingsDialog, measure, seen)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    raised(seen)
    seen.clear()
    in_modal(qtbot, AboutDialog, measure, seen)
    open_about(qtbot, window)
    raised(seen)

    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # Peserta
    page = window.members_page
    qtbot.waitUntil(lambda: page.model.rowCount() == len(people))
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)  # the print preview (820×900 asked)
    preview = page.last_preview
    assert isinstance(preview, PreviewDialog)
    qtbot.waitExposed(preview)
    shown["PreviewDialog"] = buttons_inside(preview, LAPTOP)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()

    seen.clear()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    in_modal(qtbot, EditMemberDialog, measure, seen)  # the member dialog (980×760 asked)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    raised(seen)

    seen.clear()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.lock_panel is not None
    in_modal(qtbot, LoginDialog, measure, seen)
    switch_by_keyboard(qtbot, window.lock_panel)
    raised(seen)
    assert set(shown) == {"SetupDialog", "RestoreDialog", "SettingsDialog", "AboutDialog",
                          "PreviewDialog", "EditMemberDialog", "LoginDialog"}
    assert any("Simpan koreksi" in t for t in shown["EditMemberDialog"])
    assert any("Cetak" in t for t in shown["PreviewDialog"])


def test_a_large_dialog_is_shrunk_and_centred_on_the_screen(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1400, 900)
    screen.fit(dialog, LAPTOP)
    assert dialog.width() + screen.FRAME.width() <= LAPTOP.width()
    assert dialog.height() + screen.FRAME.height() <= LAPTOP.height()
    small = QDialog()
    qtbot.addWidget(small)
    small.resize(400, 300)
    screen.fit(small, LAPTOP)
    assert small.size() == QSize(400, 300)  # never grown
    left = small.pos().x()
    right = LAPTOP.width() - (left + 400 + screen.FRAME.width())
    assert abs(left - right) <= 1


# -- the header -----------------------------------------------------------------------------
def test_the_header_shows_officer_device_and_the_event_it_follows(
        qtbot: QtBot, desk: Workspace, event_id: uuid.UUID) -> None:
    with desk.db.session() as s:
        later = events.create_event(s, Actor(desk.device_id), "Sosialisasi Pasar Besar",
                                    TODAY, "Pasar Besar", "35.74.01").id
        device_name = device.local_device(s).name
    window = sign_in(qtbot, desk, "budi")
    assert window.officer_label.text() == "Petugas: Budi Petugas (Petugas)"
    assert window.device_label.text() == f"Perangkat: {device_name}"
    first = window.event_page.current_event()
    assert first is not None
    with desk.db.session() as s:
        first_name = events.get_event(s, first).name
    assert window.event_label.text().startswith(f"Acara: {first_name}, ")
    assert not window.windowIcon().isNull()

    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)  # Acara: the officer picks the other event
    combo = window.event_page.combo
    combo.setFocus()
    target = later if first != later else event_id
    other = next(i for i in range(combo.count()) if combo.itemData(i) == target)
    key = Qt.Key.Key_Down if other > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(other - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentIndex() == other
    with desk.db.session() as s:
        other_name = events.get_event(s, combo.currentData()).name
    assert other_name != first_name
    assert window.event_label.text().startswith(f"Acara: {other_name}, ")


def test_about_names_the_program_version_licence_and_data_folder(
        qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "budi")
    seen: list[Any] = []

    def read(about: AboutDialog) -> None:
        assert about.windowTitle() == "Tentang Lindungi"
        assert about.version.text() == f"Lindungi {__version__}"
        assert "MIT" in about.licence.text()
        assert str(desk.data_dir) in about.folder.text()
        qtbot.keyClick(about, Qt.Key.Key_Return)  # Enter closes it
        assert not about.isVisible()

    in_modal(qtbot, AboutDialog, read, seen)
    open_about(qtbot, window)
    raised(seen)


# -- lock now, switch officer ---------------------------------------------------------------
def test_ctrl_l_locks_and_another_officer_takes_the_desk(
        qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "kepala")
    form = window.registration.form
    assert window.tabs is not None and window.tabs.currentWidget() is window.registration
    qtbot.keyClicks(form.nik, "3574015708050001")
    qtbot.keyClicks(form.nama, "Siti Belum Selesai")
    locks = len(actions(desk, "desk_lock"))

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.locked
    assert len(actions(desk, "desk_lock")) == locks + 1
    assert actions(desk, "desk_lock")[-1].details == '{"reason": "now"}'
    panel = window.lock_panel
    assert panel is not None and panel.password.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # the pages stay behind the lock
    assert window.locked
    qtbot.keyClicks(panel.password, "bukan-sandinya")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert window.locked and panel.error.text()

    seen: list[Any] = []

    def budi_signs_in(dialog: LoginDialog) -> None:
        assert dialog.windowTitle() == "Lindungi — ganti petugas"
        qtbot.keyClicks(dialog.user, "budi")
        qtbot.keyClick(dialog.user, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.password, "sandi-budi")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert not dialog.isVisible()

    in_modal(qtbot, LoginDialog, budi_signs_in, seen)
    switch_by_keyboard(qtbot, panel)  # "Ganti petugas…"
    raised(seen)
    assert window.officer is not None and window.officer.username == "budi"
    assert not window.locked
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Acara", "Pendaftaran", "Peserta", "Kelompok", "Cetak", "Sinkron",
                      "Dasbor"]
    assert window.officer_label.text() == "Petugas: Budi Petugas (Petugas)"
    assert window.actor.officer_id == window.officer.id
    # what the administrator typed is theirs, not Budi's
    assert window.registration.form.nik.text() == ""
    assert window.registration.form.nama.text() == ""
    kepala = actions(desk, "login")[0].officer_id
    assert kepala is not None
    assert (Path(desk.data_dir) / f"draf-pendaftaran.{kepala.hex}.json").exists()
    assert drafts.load_draft(Path(desk.data_dir)) is None
    switch = actions(desk, "officer_switch")[-1]
    assert switch.officer_id == window.officer.id and kepala.hex in switch.details.replace(
        "-", "")

    # the administrator comes back: the form holds what they had typed
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.locked
    panel = window.lock_panel
    assert panel is not None
    seen.clear()

    def kepala_signs_in(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.user, "kepala")
        qtbot.keyClick(dialog.user, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.password, "kantor-dinas-tujuh")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    in_modal(qtbot, LoginDialog, kepala_signs_in, seen)
    switch_by_keyboard(qtbot, panel)
    raised(seen)
    assert window.officer is not None and window.officer.username == "kepala"
    assert window.tabs.count() == 10
    assert window.registration.form.nik.text() == "3574015708050001"
    assert window.registration.form.nama.text() == "Siti Belum Selesai"


def test_a_wrong_password_in_the_switch_dialog_keeps_the_desk_locked(
        qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "budi")
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    panel = window.lock_panel
    assert panel is not None and window.locked
    seen: list[Any] = []

    def wrong(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.user, "kepala")
        qtbot.keyClick(dialog.user, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.password, "salah-sandi-nya")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.error.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(qtbot, LoginDialog, wrong, seen)
    switch_by_keyboard(qtbot, panel)
    raised(seen)
    assert window.locked and window.officer is not None and window.officer.username == "budi"
    qtbot.keyClicks(panel.password, "sandi-budi")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not window.locked


# -- settings -------------------------------------------------------------------------------
def test_idle_minutes_and_default_slip_format_are_a_supervisors_settings(
        qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "sri")
    assert window.idle is not None
    assert window.idle.timer.interval() == device.DEFAULT_IDLE_MINUTES * 60_000
    seen: list[Any] = []

    def set_them(dialog: SettingsDialog) -> None:
        assert dialog.idle_minutes.minimum() == 1 and dialog.idle_minutes.maximum() == 120
        dialog.idle_minutes.setFocus()
        qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(dialog.idle_minutes, "3")
        qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Tab)
        assert dialog.slip_format.hasFocus()
        qtbot.keyClicks(dialog.slip_format, "Struk 8")
        assert dialog.slip_format.currentData() == "thermal80"
        qtbot.keyClick(dialog.slip_format, Qt.Key.Key_Return)  # Enter saves
        assert not dialog.isVisible()

    in_modal(qtbot, SettingsDialog, set_them, seen)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    raised(seen)
    with desk.db.session() as s:
        assert device.idle_lock_minutes(s) == 3
        assert device.default_slip_format(s) == "thermal80"
    assert window.idle.timer.interval() == 3 * 60_000  # used at once by the lock
    assert window.print_page.format.currentData() == "thermal80"
    assert window.registration.slip_format.currentData() == "thermal80"
    changed = actions(desk, "desk_setting")
    assert [e.entity_id for e in changed] == ["idle_lock_minutes", "slip_format"]
    assert '"new": 3' in changed[0].details and '"old": 10' in changed[0].details

    later = sign_in(qtbot, desk, "budi")  # the next start, another officer
    assert later.idle is not None and later.idle.timer.interval() == 3 * 60_000
    assert later.print_page.format.currentData() == "thermal80"
    seen.clear()

    def look(dialog: SettingsDialog) -> None:  # an officer sees them, greyed out
        assert not dialog.idle_minutes.isEnabled() and not dialog.slip_format.isEnabled()
        assert dialog.idle_minutes.value() == 3
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(qtbot, SettingsDialog, look, seen)
    qtbot.keyClick(later, Qt.Key.Key_Comma, CTRL)
    raised(seen)


def test_the_service_holds_the_rules_of_the_desk_settings(desk: Workspace) -> None:
    with desk.db.session() as s:
        ids = {o.username: o.id for o in accounts.list_officers(s)}
    officer = Actor(desk.device_id, ids["budi"])
    supervisor = Actor(desk.device_id, ids["sri"])
    with desk.db.session() as s, pytest.raises(NotAllowed):
        device.set_idle_lock_minutes(s, officer, 5)
    with desk.db.session() as s, pytest.raises(NotAllowed):
        device.set_default_slip_format(s, officer, "card")
    for minutes in (0, 121):
        with desk.db.session() as s, pytest.raises(DomainError):
            device.set_idle_lock_minutes(s, supervisor, minutes)
    with desk.db.session() as s, pytest.raises(DomainError):
        device.set_default_slip_format(s, supervisor, "poster")
    with desk.db.session() as s:
        assert device.set_idle_lock_minutes(s, supervisor, 120) == 120
        device.set_setting(s, device.IDLE_LOCK_SETTING, "9000")  # an unreadable old value
        assert device.idle_lock_minutes(s) == device.DEFAULT_IDLE_MINUTES
    assert len(actions(desk, "desk_setting")) == 1


# -- closing --------------------------------------------------------------------------------
def test_closing_with_print_jobs_queued_asks_and_they_stay(
        qtbot: QtBot, desk: Workspace) -> None:
    job = print_jobs.test_page_to_queue(desk, "Printer Uji")
    window = sign_in(qtbot, desk, "budi")
    seen: list[Any] = []
    said: list[str] = []

    def keep_open(box: QMessageBox) -> None:
        said.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    in_modal(qtbot, QMessageBox, keep_open, seen)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    raised(seen)
    assert window.isVisible()
    assert "1 pekerjaan cetak" in said[0] and "tetap tersimpan" in said[0]

    seen.clear()

    def close_anyway(box: QMessageBox) -> None:
        close = next(b for b in box.buttons() if b.text() == "Tutup")
        close.setFocus()
        qtbot.keyClick(close, Qt.Key.Key_Space)

    in_modal(qtbot, QMessageBox, close_anyway, seen)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
    raised(seen)
    assert not window.isVisible()
    with desk.db.session() as s:
        assert [j.id for j in print_queue.waiting(s, desk.data_dir)] == [job.id]


def test_closing_waits_for_background_work(qtbot: QtBot, desk: Workspace,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window_module, "CLOSE_WAIT_MS", 50)
    window = sign_in(qtbot, desk, "budi")
    QThreadPool.globalInstance().waitForDone()
    gate = threading.Event()
    run_quietly(window, lambda: gate.wait(10), lambda _r: None)
    seen: list[Any] = []
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    try:
        in_modal(qtbot, QMessageBox, read, seen)
        qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)
        raised(seen)
    finally:
        gate.set()
    assert window.isVisible() and "Tunggu sebentar" in said[0]
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)  # nothing queued, nothing running
    assert not window.isVisible()


def test_the_idle_lock_is_audited_and_unlocks_only_for_its_officer(
        qtbot: QtBot, desk: Workspace) -> None:
    window = sign_in(qtbot, desk, "budi")
    assert window.idle is not None
    window.idle.set_minutes(0.003)  # ten minutes, shortened for the test
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert actions(desk, "desk_lock")[-1].details == '{"reason": "idle"}'
    panel = window.lock_panel
    assert panel is not None
    qtbot.keyClicks(panel.password, "kantor-dinas-tujuh")  # the administrator's password
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert window.locked  # only Budi unlocks Budi's desk; others use "Ganti petugas"
    qtbot.keyClicks(panel.password, "sandi-budi")
    qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not window.locked


def test_the_restore_dialog_is_answered_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    class Backup:
        def __init__(self, name: str, members: int) -> None:
            self.path = tmp_path / name
            self.made_at = dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC)
            self.reason = "mulai"
            self.members = members
            self.events = 1

    offered = [Backup("b1.sqlite", 450), Backup("b0.sqlite", 400)]
    dialog = RestoreDialog(offered, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == tmp_path / "b0.sqlite"
    again = RestoreDialog(offered, None)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    activate(again)
    qtbot.keyClick(again.list, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected and again.chosen is None


def test_the_lock_covers_a_dialog_left_open(qtbot: QtBot, desk: Workspace,
                                            event_id: uuid.UUID, tmp_path: Path) -> None:
    fill(desk, Actor(desk.device_id), event_id, tmp_path, 2)
    window = sign_in(qtbot, desk, "budi")
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    page = window.members_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.setFocus()
    page.table.selectRow(0)
    seen: list[Any] = []

    def idle_over_the_member(dialog: EditMemberDialog) -> None:
        window.lock("idle")  # what the idle timer does while the member's data is open
        cover = window.lock_cover
        assert cover is not None and cover.isVisible()
        assert QApplication.activeModalWidget() is cover
        assert cover.geometry() == dialog.screen().geometry()  # the whole screen, over it
        assert cover.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
        assert not cover.panel.switch_button.isEnabled()
        activate(cover)
        qtbot.keyClick(cover, Qt.Key.Key_Escape)  # Esc does not lift the lock
        assert cover.isVisible() and window.locked
        qtbot.keyClicks(cover.panel.password, "salah-sandi-nya")
        qtbot.keyClick(cover.panel.password, Qt.Key.Key_Return)
        assert cover.isVisible() and window.locked
        qtbot.keyClicks(cover.panel.password, "sandi-budi")
        qtbot.keyClick(cover.panel.password, Qt.Key.Key_Return)
        assert not cover.isVisible() and not window.locked and window.lock_cover is None
        assert dialog.isVisible()  # the dialog waits as it was
        activate(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(qtbot, EditMemberDialog, idle_over_the_member, seen)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    raised(seen)
    assert actions(desk, "desk_lock")[-1].details == '{"reason": "idle"}'


def test_a_form_left_by_one_officer_is_not_shown_to_the_next_at_start(
        qtbot: QtBot, desk: Workspace) -> None:
    first = sign_in(qtbot, desk, "kepala")
    qtbot.keyClicks(first.registration.form.nik, "3574015708050001")
    qtbot.keyClicks(first.registration.form.nama, "Siti Belum Selesai")
    first.close()  # or a crash, or a power cut after the draft was written
    assert drafts.load_draft(Path(desk.data_dir)) is not None
    assert "Siti" not in Path(desk.data_dir, "desk.ini").read_text()

    second = sign_in(qtbot, desk, "budi")  # the next start, another officer
    assert second.registration.form.nik.text() == ""
    assert second.registration.form.nama.text() == ""
    second.close()
    third = sign_in(qtbot, desk, "kepala")
    assert third.registration.form.nik.text() == "3574015708050001"
    assert third.registration.form.nama.text() == "Siti Belum Selesai"
