"""Type-ahead fields hold what they show, and inputs that cannot be wrong (issue 16,
items 1 and 2), driven with the keyboard on the real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import AuditEntry, Member
from app.services import accounts, device, events, groups
from app.services.workspace import Workspace
from app.ui.dialogs import SetupDialog
from app.ui.event_page import NewEventDialog
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.desk import focus, login_as, member_count, open_window, press, type_into
from tests.helpers.people import NIK_SITI

KETAPANG = "35.74.01.1001"
TAB = Qt.Key.Key_Tab
RETURN = Qt.Key.Key_Return


def fill_required(qtbot: QtBot, form: Any) -> None:
    """Name, sector and consent, typed, so that only the field under test decides."""
    focus(qtbot, form.nama)
    type_into(qtbot, "Siti Aminah")
    focus(qtbot, form.sektor)
    type_into(qtbot, "U")  # UMKM, the list's own type-ahead
    focus(qtbot, form.persetujuan)
    press(qtbot, Qt.Key.Key_Space)


def test_typed_village_and_enter_saves_the_village_shown(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    type_into(qtbot, NIK_SITI)
    fill_required(qtbot, form)
    focus(qtbot, form.wilayah)
    edit = form.wilayah.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_into(qtbot, "Ketapang")
    press(qtbot, RETURN)  # one Return: the suggestion is taken and the form moves on
    window.activateWindow()
    assert form.wilayah.currentText().startswith("Ketapang")
    assert form.wilayah.currentData() == KETAPANG
    assert QApplication.focusWidget() is not form.wilayah
    before = member_count(demo)
    qtbot.keyClick(form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member_count(demo) == before + 1, window.registration.message.text()
    with demo.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == NIK_SITI)).one()
    assert saved.region_code == KETAPANG


def test_income_typed_as_digits_is_shown_grouped_and_saved_as_typed(
        qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    type_into(qtbot, NIK_SITI)
    fill_required(qtbot, form)
    focus(qtbot, form.penghasilan)
    form.penghasilan.selectAll()
    type_into(qtbot, "2500000")
    assert form.penghasilan.text() == "2500000"  # as typed, while typing
    press(qtbot, TAB)
    assert form.penghasilan.text() == "2.500.000"  # leaving it: grouped as the default is
    assert "dasar iuran Rp 2.600.000" in form.iuran.text()  # the same number
    qtbot.keyClick(form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with demo.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == NIK_SITI)).one()
    assert saved.declared_income == 2_500_000
    # what is not plain digits stays as typed, for the checks to judge
    focus(qtbot, form.penghasilan)
    form.penghasilan.selectAll()
    type_into(qtbot, "2,5 juta")
    press(qtbot, TAB)
    assert form.penghasilan.text() == "2,5 juta"


def test_tab_takes_the_first_match_and_an_unmatched_village_blocks_saving(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    type_into(qtbot, NIK_SITI)
    fill_required(qtbot, form)
    focus(qtbot, form.wilayah)
    edit = form.wilayah.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_into(qtbot, "triwung")  # Triwung Lor, then Triwung Kidul
    press(qtbot, TAB)
    assert form.wilayah.currentData() == "35.74.01.1002"
    assert form.wilayah.currentText().startswith("Triwung Lor")
    focus(qtbot, form.wilayah)
    edit = form.wilayah.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_into(qtbot, "Kampung Tidak Ada")
    box = form.boxes["kode_wilayah"]
    assert box.error.isVisibleTo(window) and "Tidak ada di daftar" in box.error.text()
    assert "border" in form.wilayah.styleSheet()  # red
    assert form.wilayah.currentData() is None  # nothing is held that is not shown
    press(qtbot, RETURN)
    assert QApplication.focusWidget() in (form.wilayah, form.wilayah.lineEdit())
    before = member_count(demo)
    qtbot.keyClick(form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member_count(demo) == before
    assert "Belum tersimpan" in window.registration.message.text()
    assert "Tidak ada di daftar" in box.error.text()
    # fixed: the red and the message go at once, and the save goes through
    focus(qtbot, form.wilayah)
    edit = form.wilayah.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_into(qtbot, "Pilang")
    assert box.error.text() == "" and form.wilayah.styleSheet() == ""
    qtbot.keyClick(form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member_count(demo) == before + 1, window.registration.message.text()


def test_birth_date_is_digits_in_one_stop_and_refuses_trailing_junk(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    focus(qtbot, form.tempat_lahir)
    press(qtbot, TAB)
    assert QApplication.focusWidget() is form.tanggal_lahir
    type_into(qtbot, "21-07-1978 hello world 123456")
    assert form.tanggal_lahir.text() == "21-07-1978"
    assert form.tanggal_lahir.date() == dt.date(1978, 7, 21)
    form.tanggal_lahir.clear()
    form.tanggal_lahir.setCursorPosition(0)
    type_into(qtbot, "21071978")
    assert form.tanggal_lahir.text() == "21-07-1978"
    press(qtbot, TAB)  # one Tab leaves it
    assert QApplication.focusWidget() is form.jenis_kelamin
    # a date that is not in the calendar says so while it is wrong, and only then
    focus(qtbot, form.tanggal_lahir)
    form.tanggal_lahir.selectAll()
    type_into(qtbot, "31021978")
    box = form.boxes["tanggal_lahir"]
    assert "tidak ada di kalender" in box.error.text()
    form.tanggal_lahir.selectAll()
    type_into(qtbot, "28021978")
    assert box.error.text() == ""


def test_birth_date_calendar_opens_at_the_nik_date(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    type_into(qtbot, NIK_SITI)
    form.tanggal_lahir.clear()  # as if the officer had emptied it
    form.tanggal_lahir.setFocus()
    calendar = form.tanggal_lahir.open_calendar()
    assert calendar.selectedDate().toPython() == dt.date(2005, 8, 17)
    calendar.hide()


def test_a_0842_phone_shows_its_reason_while_typing_and_it_clears_when_fixed(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    focus(qtbot, form.no_hp)
    box = form.boxes["no_hp"]
    type_into(qtbot, "081")
    assert box.error.text() == ""  # the start of a number is no reason to complain
    press(qtbot, Qt.Key.Key_Backspace)
    type_into(qtbot, "42")  # 0842: no digits to come make a mobile number of it
    assert box.error.isVisibleTo(window)
    type_into(qtbot, "12345678")
    assert box.error.isVisibleTo(window)
    while_typing = box.error.text()
    assert "tidak sah" in while_typing
    qtbot.keyClick(form.no_hp, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert box.error.text() == while_typing  # the words a save uses
    focus(qtbot, form.no_hp)
    form.no_hp.end(False)
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Backspace)
    for digit in "081234567890":  # never red on the way to a sound number
        type_into(qtbot, digit)
        assert box.error.text() == "", form.no_hp.text()
    assert not box.error.isVisibleTo(window)
    qtbot.keyClick(form.no_hp, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert box.error.text() == ""  # and saving finds nothing wrong with it either


def test_an_error_shown_at_saving_clears_the_moment_the_field_is_right(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    type_into(qtbot, NIK_SITI)
    qtbot.keyClick(form.nik, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    name_box = form.boxes["nama"]
    assert name_box.error.text() != ""
    focus(qtbot, form.nama)
    type_into(qtbot, "Siti")
    assert name_box.error.text() == ""
    assert form.boxes["persetujuan"].error.text() != ""  # the others still say theirs


def test_enter_passes_over_what_the_nik_filled_and_shift_tab_reaches_it(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    type_into(qtbot, NIK_SITI)
    focus(qtbot, form.tempat_lahir)
    press(qtbot, RETURN)
    assert QApplication.focusWidget() is form.no_hp
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.jenis_kelamin
    assert form.jenis_kelamin.currentData() == "P"


def test_first_run_kota_prob_and_tab_saves_kota_probolinggo(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "baru")
    dialog = SetupDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus(qtbot, dialog.name)
    type_into(qtbot, "Laptop Disperinaker 1")
    press(qtbot, TAB)
    type_into(qtbot, "Kota Prob")
    completer = dialog.region.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    assert popup.isVisible()  # "Kota Probolinggo (35.74)"
    press(qtbot, TAB)
    assert dialog.region.currentText() == "Kota Probolinggo (35.74)"
    assert QApplication.focusWidget() is dialog.admin  # one Tab: taken and left
    focus(qtbot, dialog.admin)  # (the offscreen platform's late activation)
    type_into(qtbot, "admin")
    press(qtbot, TAB)
    type_into(qtbot, "Sri Wahyuni")
    press(qtbot, TAB)
    type_into(qtbot, "kunci admin laptop")
    press(qtbot, TAB)
    type_into(qtbot, "kunci admin laptop")
    press(qtbot, RETURN)
    assert dialog.error.text() == ""
    with ws.db.session() as s:
        assert device.local_device(s).region_code == "35.74"
        # the first administrator's full name, which their slips print
        assert [o.full_name for o in accounts.list_officers(s)] == ["Sri Wahyuni"]
    ws.close()


def test_first_run_refuses_a_regency_that_is_not_on_the_list(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "baru")
    dialog = SetupDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Laptop 2")
    qtbot.keyClicks(dialog.region.lineEdit(), "Atlantis")
    assert "Tidak ada di daftar" in dialog.error.text()
    qtbot.keyClicks(dialog.admin, "admin")
    qtbot.keyClicks(dialog.password, "kunci admin laptop")
    qtbot.keyClicks(dialog.repeat, "kunci admin laptop")
    qtbot.keyClick(dialog.repeat, RETURN)
    assert dialog.isVisible() and "Tidak ada di daftar" in dialog.error.text()
    with ws.db.session() as s:
        assert s.scalar(select(AuditEntry.id)) is None  # no device was made
    ws.close()


def test_group_agreement_date_typed_in_one_stop(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.groups_page)
    page = window.groups_page
    assert page.agreement_date.value_text() == ""  # no agreement yet: empty, typeable
    focus(qtbot, page.name)
    type_into(qtbot, "Paguyuban Nelayan Mayangan")
    focus(qtbot, page.agreement_no)
    type_into(qtbot, "PKS/001/2026")
    press(qtbot, TAB)
    assert QApplication.focusWidget() is page.agreement_date
    type_into(qtbot, "15112026")
    assert page.agreement_date.text() == "15-11-2026"
    press(qtbot, TAB)
    assert QApplication.focusWidget() is not page.agreement_date
    calendar = page.agreement_date.open_calendar()
    assert calendar.selectedDate().toPython() == dt.date(2026, 11, 15)
    calendar.hide()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "", page.error.text()
    with demo.db.session() as s:
        g = groups.get_group(s, page.group_id)  # type: ignore[arg-type]
    assert g.agreement_date == dt.date(2026, 11, 15) and g.region_code == "35.74"


def test_event_date_then_tab_then_venue_keeps_the_venue(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewEventDialog)
        try:
            answer(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave it open, hanging
                dialog.reject()

    def answer(dialog: NewEventDialog) -> None:
        focus(qtbot, dialog.name)
        type_into(qtbot, "Sosialisasi Nelayan")
        press(qtbot, TAB)
        assert QApplication.focusWidget() is dialog.date
        assert dialog.date.date() == dt.date.today()
        dialog.date.selectAll()
        type_into(qtbot, "20122026")
        press(qtbot, TAB)
        assert QApplication.focusWidget() is dialog.venue
        type_into(qtbot, "Balai Desa Ketapang")
        press(qtbot, TAB)
        type_into(qtbot, "Kademangan")
        press(qtbot, TAB)
        seen.append(dialog.venue.text())
        dialog.accept()
        seen.append(dialog.error.text())

    QTimer.singleShot(0, fill)
    window.event_page.new_event()
    assert seen == ["Balai Desa Ketapang", ""]
    with demo.db.session() as s:
        made = next(e for e in events.list_events(s) if e.name == "Sosialisasi Nelayan")
    assert made.venue == "Balai Desa Ketapang" and made.date == dt.date(2026, 12, 20)
    assert made.region_code == "35.74.01"


def test_an_administrator_corrects_the_home_regency_in_settings(
    qtbot: QtBot, demo: Workspace, credentials: tuple[str, str]
) -> None:
    window = open_window(qtbot, demo, login_as(*credentials)(demo, None))
    seen: list[bool] = []

    def change() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.home.isEnabled())
        focus(qtbot, dialog.home)
        edit = dialog.home.lineEdit()
        assert edit is not None
        edit.selectAll()
        type_into(qtbot, "Bangkal")
        press(qtbot, TAB)
        assert dialog.home.currentData() == "35.26"
        dialog.accept()

    QTimer.singleShot(0, change)
    window.open_settings()
    assert seen == [True]
    with demo.db.session() as s:
        assert device.local_device(s).region_code == "35.26"
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "device_home_region")).one()
        assert entry.officer_id is not None


def test_without_an_administrator_signed_in_the_home_regency_is_read_only(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)  # no officer signed in on a laptop with accounts
    seen: list[bool] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        seen.append(dialog.home.isEnabled())
        seen.append(dialog.home.currentData() == "35.74")
        dialog.reject()

    QTimer.singleShot(0, look)
    window.open_settings()
    assert seen == [False, True]
