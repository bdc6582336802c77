"""The registration page by keyboard, signed in as an officer: the optional fields an
event skips, the batch settings of each event, the APBD sub-source, errors that clear
the moment the field is right (issue 16, items 2 and 8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken
from sqlalchemy import select

from app.domain.errors import DomainError
from app.models import Member
from app.services import accounts, event_desk
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.main_window import MainWindow
from app.ui.registration_page import SkipFieldsDialog
from tests.helpers.desk import focus, press, signed_in, type_into
from tests.helpers.fieldday import Desk, Dialogs
from tests.helpers.people import NIK_SITI

RETURN = Qt.Key.Key_Return
OFFICER = ("rina", "sandi-rina-meja-1")


def officer_desk(qtbot: QtBot, ws: Workspace) -> Desk:
    """The desk as an officer account opens it (made by the administrator)."""
    with ws.db.session() as s:
        made = any(o.username == OFFICER[0] for o in accounts.list_officers(s))
    if not made:
        with ws.db.session() as s:
            admin = accounts.authenticate(s, Actor(ws.device_id), "admin", "pasar-pagi-ramai")
            assert isinstance(admin, accounts.OfficerInfo)
        with ws.db.session() as s:
            accounts.create_officer(s, Actor(ws.device_id, admin.id), *OFFICER, "officer")
    window = signed_in(qtbot, ws, *OFFICER)
    assert window.role == "officer"
    desk = Desk(qtbot, Dialogs(), ws.data_dir, window=window)
    desk.go(window.registration)
    return desk


def close(desk: Desk) -> None:
    window = desk.w
    desk.idle()
    window.close()
    Shiboken.delete(window)
    desk.window = None
    desk.dialogs.stop()


def skip(desk: Desk, keys: tuple[str, ...]) -> None:
    """Ctrl+E, then each field's box ticked with Space (reached by Tab), then Enter."""
    qtbot = desk.qtbot
    page = desk.w.registration

    def tick(dialog: SkipFieldsDialog) -> None:
        first = next(iter(dialog.boxes.values()))
        focus(qtbot, first)
        for key, box in dialog.boxes.items():
            assert QApplication.focusWidget() is box
            if box.isChecked() != (key in keys):
                press(qtbot, Qt.Key.Key_Space)
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, RETURN)

    with desk.dialogs.answer(SkipFieldsDialog, tick):
        qtbot.keyClick(page.form.nik, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    desk.dialogs.check()


def event_of(window: MainWindow) -> uuid.UUID:
    event_id = window.registration.event_id
    assert event_id is not None
    return event_id


def test_skipped_fields_are_passed_by_enter_and_kept_for_the_event_after_a_restart(
    qtbot: QtBot, demo: Workspace
) -> None:
    desk = officer_desk(qtbot, demo)
    form = desk.w.registration.form
    skip(desk, ("email", "nama_usaha"))
    assert form.skipped == {"email", "nama_usaha"}
    label = form.person_form.labelForField(form.boxes["email"])
    assert isinstance(label, QLabel)
    assert label.text() == "Surel (dilewati Enter)"
    event_id = event_of(desk.w)
    close(desk)

    restarted = Workspace.open(demo.data_dir)
    desk = officer_desk(qtbot, restarted)
    assert event_of(desk.w) == event_id
    form = desk.w.registration.form
    assert form.skipped == {"email", "nama_usaha"}
    focus(qtbot, form.nik)
    type_into(qtbot, NIK_SITI)
    stops = []
    for _ in range(6):
        press(qtbot, RETURN)
        stops.append(QApplication.focusWidget())
        if stops[-1] in (form.wilayah, form.wilayah.lineEdit()):
            stops[-1] = form.wilayah
            break
    # name, birth place, phone; e-mail passed over; address; village
    assert stops == [form.nama, form.tempat_lahir, form.no_hp, form.alamat, form.wilayah]
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.alamat
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.email  # still one Shift+Tab away
    type_into(qtbot, "siti@contoh.id")  # and typed there, it is kept
    focus(qtbot, form.pekerjaan)
    press(qtbot, RETURN)
    assert QApplication.focusWidget() is form.penghasilan  # business name passed over

    # a person registered with the event's skips: what Enter passed is not recorded
    person = next(PeopleFactory(41).people(1))
    focus(qtbot, form.nik)
    yes = QMessageBox.StandardButton.Yes
    with desk.dialogs.message(lambda box: box.button(yes).click()):
        press(qtbot, Qt.Key.Key_Escape)  # Kosongkan: the half-typed person goes
    desk.register(person)
    with restarted.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == person.nik)).one()
        assert (saved.business_name, saved.email, saved.address) == ("", "", person.address)

    # a choice for this event only
    with restarted.db.session() as s:
        assert event_desk.skipped_fields(s, event_id) == ("email", "nama_usaha")
        assert event_desk.skipped_fields(s, uuid.uuid4()) == ()
        with pytest.raises(DomainError):
            event_desk.set_skipped_fields(s, event_id, ["nama"])  # a name is never skipped
    close(desk)
    restarted.close()


def test_batch_settings_belong_to_their_event_and_are_shown(qtbot: QtBot,
                                                           demo: Workspace) -> None:
    desk = officer_desk(qtbot, demo)
    page = desk.w.registration
    form = page.form
    first = event_of(desk.w)
    assert page.batch_label.text() == "Rombongan: Mandiri · 1 bulan · tanpa kelompok"
    focus(qtbot, form.sumber_iuran)
    type_into(qtbot, "A")  # APBD
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.sub_sumber
    type_into(qtbot, "DBHCHT")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, "12")
    assert page.batch_label.text() == "Rombongan: APBD (DBHCHT) · 12 bulan · tanpa kelompok"

    desk.new_event("Sosialisasi Ojek Pangkalan", "Balai RW 03", "Mayangan", "Rina")
    second = event_of(desk.w)
    assert second != first
    desk.go(page)
    # a new event starts from the defaults, and says so
    assert (form.sumber_iuran.currentData(), form.sub_sumber.text(),
            form.periode_bayar.currentData()) == ("mandiri", "", 1)
    assert not form.sub_sumber.isEnabled()
    assert page.batch_label.text() == "Rombongan: Mandiri · 1 bulan · tanpa kelompok"
    assert page.message.text().startswith("Acara lain: rombongan sekarang Mandiri")

    # back at the first event: its own batch again
    events = desk.w.event_page
    desk.go(events)
    focus(qtbot, events.combo)
    press(qtbot, Qt.Key.Key_Home)
    while events.current_event() != first:
        press(qtbot, Qt.Key.Key_Down)
    assert event_of(desk.w) == first
    assert (form.sumber_iuran.currentData(), form.sub_sumber.text(),
            form.periode_bayar.currentData()) == ("apbd", "DBHCHT", 12)
    assert page.batch_label.text() == "Rombongan: APBD (DBHCHT) · 12 bulan · tanpa kelompok"
    close(desk)


def test_the_apbd_sub_source_is_typed_saved_and_refused_where_it_does_not_apply(
    qtbot: QtBot, demo: Workspace
) -> None:
    desk = officer_desk(qtbot, demo)
    page = desk.w.registration
    form = page.form
    people = list(PeopleFactory(43).people(2))
    assert not form.sub_sumber.isEnabled()  # Mandiri: no sub-source to give
    focus(qtbot, form.sumber_iuran)
    type_into(qtbot, "A")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(qtbot, "DBHCHT (cukai)")  # brackets cannot be typed: they end the name
    assert form.sub_sumber.text() == "DBHCHT cukai"
    apbd = dataclasses.replace(people[0], payer="apbd", period=1)
    desk.register(apbd)
    with demo.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == apbd.nik)).one()
        assert (saved.payer, saved.payer_subsource) == ("apbd", "DBHCHT cukai")
    assert page.batch_label.text().startswith("Rombongan: APBD (DBHCHT cukai)")

    # the member dialog shows it and a correction keeps it
    from app.services.member_changes import get_member

    with demo.db.session() as s:
        values = get_member(s, saved.id).form_values()
    assert values["sumber_iuran"] == "apbd (DBHCHT cukai)"
    dialog = EditMemberDialog(demo, desk.w.actor, saved.id, desk.w)
    qtbot.addWidget(dialog)
    assert (dialog.form.sumber_iuran.currentData(), dialog.form.sub_sumber.text(),
            dialog.form.sub_sumber.isEnabled()) == ("apbd", "DBHCHT cukai", True)
    dialog.reject()

    # Mandiri: the field goes empty and out of reach, and nothing of it is saved
    own = dataclasses.replace(people[1], payer="mandiri", period=1)
    desk.register(own)
    assert not form.sub_sumber.isEnabled() and form.sub_sumber.text() == ""
    focus(qtbot, form.sumber_iuran)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.periode_bayar  # Tab passes the closed field
    with demo.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == own.nik)).one()
        assert (saved.payer, saved.payer_subsource) == ("mandiri", "")
        # and the service refuses one for a payer without sub-sources
        with pytest.raises(DomainError):
            event_desk.set_batch(s, event_of(desk.w), event_desk.Batch("mandiri", "DBHCHT"))
    assert event_desk.subsource_problem("csr", "DBHCHT") != ""
    assert event_desk.subsource_problem("apbdes", "Dana Desa") == ""
    close(desk)


def test_a_wrong_email_shown_at_saving_clears_the_moment_it_is_an_address(
    qtbot: QtBot, demo: Workspace
) -> None:
    desk = officer_desk(qtbot, demo)
    form = desk.w.registration.form
    focus(qtbot, form.email)
    type_into(qtbot, "siti@contoh")
    qtbot.keyClick(form.email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    box = form.boxes["email"]
    assert box.error.text().startswith("Alamat surel tidak sah")
    focus(qtbot, form.email)
    form.email.end(False)
    type_into(qtbot, ".")
    assert box.error.text() != ""  # 'siti@contoh.' is no address yet
    type_into(qtbot, "i")
    assert box.error.text() == ""  # 'siti@contoh.i' is: the message goes at once
    assert not box.error.isVisibleTo(desk.w)
    close(desk)


def test_the_rules_keep_a_sub_source_only_for_a_budget_payer(demo: Workspace) -> None:
    """The same rule for a spreadsheet row as for the desk: a sub-source belongs to APBD,
    APBDes or APBN; any other payer's is refused, never dropped or kept silently."""
    from app import resources
    from app.services import member_cleaning, member_rules

    with demo.db.session() as s:
        rules = member_rules.MemberRules.load(s, resources.regions(), demo.tariffs(),
                                              dt.date(2026, 11, 20))
    row = {"nik": NIK_SITI, "nama": "Siti Aminah", "sektor": "umkm", "persetujuan": "ya"}
    clean, problems = member_cleaning.clean_member({**row, "sumber_iuran": "APBDes (Dana Desa)"},
                                                   rules)
    assert clean is not None, problems
    assert (clean["payer"], clean["payer_subsource"]) == ("apbdes", "Dana Desa")
    clean, problems = member_cleaning.clean_member({**row, "sumber_iuran": "Mandiri (DBHCHT)"},
                                                   rules)
    assert clean is None
    assert [p.field for p in problems] == ["sumber_iuran"]
    assert problems[0].reason.startswith("sub-sumber iuran hanya untuk APBD, APBDes, APBN")


def test_a_fixed_list_takes_the_letters_typed_on_arrival_afresh(qtbot: QtBot,
                                                               demo: Workspace) -> None:
    """'A' for APBD, away and straight back, 'M' for Mandiri (Qt's own type-ahead read
    'AM' and stayed); the same first letter again goes on to the next entry."""
    desk = officer_desk(qtbot, demo)
    form = desk.w.registration.form
    focus(qtbot, form.sumber_iuran)
    type_into(qtbot, "A")
    assert form.sumber_iuran.currentData() == "apbd"
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.sumber_iuran
    type_into(qtbot, "M")
    assert form.sumber_iuran.currentData() == "mandiri"
    focus(qtbot, form.periode_bayar)
    type_into(qtbot, "1")  # from '1 bulan': the next entry starting with 1
    assert form.periode_bayar.currentData() == 12
    type_into(qtbot, "1")  # and again: round to the first
    assert form.periode_bayar.currentData() == 1
    type_into(qtbot, "6")
    assert form.periode_bayar.currentData() == 6
    assert page_batch(desk).endswith("6 bulan · tanpa kelompok")
    close(desk)


def page_batch(desk: Desk) -> str:
    return desk.w.registration.batch_label.text()
