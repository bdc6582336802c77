"""The members list as an officer uses it, keyboard only: people told apart by the
masked NIK (`357401******0001`), its birth date and village; the visible digits
searchable; Ctrl+End to the real last member; a correction with its reason that keeps
the corrected person selected; the void dialog and the member dialog finished by keys."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import resources
from app.models import AuditEntry, Member, MemberChange, Officer
from app.services import accounts, member_changes
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.main_window import MainWindow
from app.ui.members_model import PAGE, MembersModel
from app.ui.members_page import MembersPage
from app.ui.void_dialog import VoidDialog
from tests.helpers.desk import signed_in
from tests.helpers.fieldday import Dialogs, activate

OFFICER, OFFICER_PASSWORD = "budi", "sandi-budi-rahasia"
SUPERVISOR, SUPERVISOR_PASSWORD = "admin", "pasar-pagi-ramai"


@pytest.fixture
def dialogs() -> Iterator[Dialogs]:
    answering = Dialogs()
    yield answering
    answering.stop()


def officer_desk(qtbot: QtBot, ws: Workspace) -> tuple[MainWindow, MembersPage]:
    """The desk signed in as an officer (made by the administrator), on the members
    page (Ctrl+3), the list filled."""
    with ws.db.session() as s:
        admin = accounts.authenticate(s, Actor(ws.device_id), SUPERVISOR, SUPERVISOR_PASSWORD)
        assert isinstance(admin, accounts.OfficerInfo)
    with ws.db.session() as s:
        accounts.create_officer(s, Actor(ws.device_id, admin.id), OFFICER, OFFICER_PASSWORD,
                                "officer")
    window = signed_in(qtbot, ws, OFFICER, OFFICER_PASSWORD)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.members_page
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is page)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE)
    return window, page


def everyone(ws: Workspace) -> dict[uuid.UUID, Member]:
    with ws.db.session() as s:
        people = {m.id: m for m in s.scalars(select(Member))}
        s.expunge_all()
    return people


def search(qtbot: QtBot, page: MembersPage, text: str) -> set[uuid.UUID]:
    """Ctrl+F, the old text selected and typed over; the ids listed once it answers."""
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: page.model.filters.search == text)
    model = page.model
    assert not model.canFetchMore(QModelIndex())  # every match is on screen
    return {model.member_id(r) for r in range(model.rowCount())}  # type: ignore[misc]


def shown(model: MembersModel, row: int, column: int) -> str:
    return str(model.index(row, column).data())


def row_of(model: MembersModel, member_id: uuid.UUID) -> int:
    return next(r for r in range(model.rowCount()) if model.member_id(r) == member_id)


def test_masked_nik_tells_people_apart_and_its_visible_digits_are_searched(
        qtbot: QtBot, demo: Workspace) -> None:
    people = everyone(demo)
    _window, page = officer_desk(qtbot, demo)
    model = page.model
    for row in range(model.rowCount()):
        nik = people[model.member_id(row)].nik  # type: ignore[index]
        assert shown(model, row, model.COL_NIK) == nik[:6] + "******" + nik[-4:]

    by_district: dict[str, set[uuid.UUID]] = {}
    for m in people.values():
        by_district.setdefault(m.nik[:6], set()).add(m.id)
    district, crowd = max(by_district.items(), key=lambda item: len(item[1]))
    assert 1 < len(crowd) < len(people)
    assert search(qtbot, page, district) == crowd  # the first six: that district only

    target = next(m for m in people.values() if m.id in crowd)
    serial = target.nik[-4:]
    same_serial = {m.id for m in people.values()
                   if m.nik.endswith(serial) or m.nik.startswith(serial)}
    assert target.id in same_serial and len(same_serial) < len(people)
    assert search(qtbot, page, serial) == same_serial  # the last four (and no one else)

    masked = shown(model, row_of(model, target.id), model.COL_NIK)
    assert masked == target.nik[:6] + "******" + serial
    assert search(qtbot, page, masked) == {
        m.id for m in people.values() if m.nik[:6] == district and m.nik[-4:] == serial}
    qtbot.waitUntil(lambda: page.count_label.text() == f"{model.rowCount()} peserta")
    assert search(qtbot, page, "999999******9999") == set()  # nobody: an empty list


def test_birth_date_and_village_columns_show_the_saved_values(
        qtbot: QtBot, demo: Workspace) -> None:
    people = everyone(demo)
    first = min(people.values(), key=lambda m: (m.name, m.id.hex))
    villages = resources.regions_with_villages()
    district = f"{first.nik[:2]}.{first.nik[2:4]}.{first.nik[4:6]}"
    village = villages.children(district)[0]
    with demo.db.session() as s:  # the member lives in a village now (saved as corrected)
        detail = member_changes.get_member(s, first.id)
        clean = dict(detail.fields, region_code=village)
        member_changes.update_member(s, Actor(demo.device_id), first.id, clean,
                                     detail.revision, "alamat pindah ke desa")
    _window, page = officer_desk(qtbot, demo)
    model = page.model
    row = row_of(model, first.id)
    assert shown(model, row, model.COL_BIRTH) == f"{first.birth_date:%d-%m-%Y}"
    assert shown(model, row, model.COL_VILLAGE) == villages.name(village)
    assert model.headerData(model.COL_BIRTH, Qt.Orientation.Horizontal) == "Tanggal lahir"
    assert model.headerData(model.COL_VILLAGE, Qt.Orientation.Horizontal) == "Desa/kelurahan"
    for r in range(model.rowCount()):
        m = people[model.member_id(r)]  # type: ignore[index]
        assert shown(model, r, model.COL_BIRTH) == f"{m.birth_date:%d-%m-%Y}"
        if m.id != first.id:  # the demo saves districts only: the district is shown
            name = resources.regions().name(m.region_code)
            assert m.region_code.count(".") == 2 and name
            assert shown(model, r, model.COL_VILLAGE) == f"Kec. {name}"


def test_ctrl_end_reaches_the_last_member_and_ctrl_home_the_first(
        qtbot: QtBot, demo: Workspace) -> None:
    people = everyone(demo)
    in_order = sorted(people.values(), key=lambda m: (m.name, m.id.hex))
    assert len(in_order) > PAGE  # a list bigger than one chunk
    _window, page = officer_desk(qtbot, demo)
    table = page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    current = table.currentIndex()
    assert current.row() == len(people) - 1 == page.model.rowCount() - 1
    assert page.model.member_id(current.row()) == in_order[-1].id
    assert table.viewport().rect().intersects(table.visualRect(current))  # in view
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == 0
    assert page.model.member_id(0) == in_order[0].id


def test_a_correction_by_keyboard_keeps_the_member_selected_with_its_reason(
        qtbot: QtBot, demo: Workspace, dialogs: Dialogs) -> None:
    window, page = officer_desk(qtbot, demo)
    table = page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    target = page.model.member_id(table.currentIndex().row())
    assert target is not None and table.currentIndex().row() == 5
    new_name = "Zulaikha Koreksi Terakhir"  # sorts last: far past the first chunk

    def correct(dialog: EditMemberDialog) -> None:
        assert dialog.member_id == target
        form = dialog.form
        form.nama.setFocus()
        qtbot.keyClick(form.nama, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(form.nama, new_name)
        qtbot.keyClick(form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()  # no reason, no save: the keyboard is sent to it
        assert "alasan koreksi" in dialog.error.text()
        assert dialog.reason.hasFocus()
        qtbot.keyClicks(dialog.reason, "nama salah ketik, sesuai KTP")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    with dialogs.answer(EditMemberDialog, correct):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    activate(window)
    with demo.db.session() as s:
        m = s.get(Member, target)
        assert m is not None and m.name == new_name and m.revision == 2
        change = s.scalars(select(MemberChange).where(MemberChange.member_id == target)).one()
        assert change.reason == "nama salah ketik, sesuai KTP"
        assert sorted(json.loads(change.changes)) == ["name"]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member_edit")).one()
        details = json.loads(entry.details)
        assert details["fields"] == ["name"] and details["revision"] == 2
        assert details["reason_in_history"] is True and new_name not in entry.details
        officer = s.scalars(select(Officer).where(Officer.username == OFFICER)).one()
        assert entry.officer_id == change.officer_id == officer.id  # the officer signed in
    # the corrected member stays selected and in view, though it now sorts last
    current = table.currentIndex()
    assert page.model.member_id(current.row()) == target
    in_order = sorted(everyone(demo).values(), key=lambda m: (m.name, m.id.hex))
    assert current.row() == [m.id for m in in_order].index(target) > PAGE
    assert table.viewport().rect().intersects(table.visualRect(current))
    assert table.hasFocus()
    said = page.message.text()
    assert said == "Koreksi tersimpan (revisi 2): Nama."
    assert window.statusBar().currentMessage() == said  # no value, only the field

    def same_person(dialog: EditMemberDialog) -> None:
        assert dialog.member_id == target and dialog.form.nama.text() == new_name
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once

    with dialogs.answer(EditMemberDialog, same_person):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    dialogs.check()


def test_esc_in_the_member_dialog_asks_before_dropping_typed_changes(
        qtbot: QtBot, demo: Workspace, dialogs: Dialogs) -> None:
    window, page = officer_desk(qtbot, demo)
    table = page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    target = page.model.member_id(0)
    with demo.db.session() as s:
        before = s.get(Member, target)
        assert before is not None
        old_name = before.name
    asked: list[str] = []

    def keep_editing(box: QMessageBox) -> None:
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc again: back to the form

    def drop(box: QMessageBox) -> None:
        asked.append(box.text())
        drop_button = next(b for b in box.buttons() if "Buang" in b.text())
        for _ in range(len(box.buttons())):  # Tab to "Buang dan tutup", Space presses it
            if drop_button.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert drop_button.hasFocus()
        qtbot.keyClick(drop_button, Qt.Key.Key_Space)

    def type_then_escape(dialog: EditMemberDialog) -> None:
        dialog.form.nama.setFocus()
        qtbot.keyClicks(dialog.form.nama, " Tambahan")
        with dialogs.answer(QMessageBox, keep_editing):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible() and dialog.form.nama.text() == old_name + " Tambahan"
        with dialogs.answer(QMessageBox, drop):
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    with dialogs.answer(EditMemberDialog, type_then_escape):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(asked) == 2 and "belum disimpan" in asked[0]
    with demo.db.session() as s:
        after = s.get(Member, target)
        assert after is not None and after.name == old_name and after.revision == 1
    assert page.message.text() == ""
    activate(window)
    dialogs.check()


def test_void_dialog_is_finished_by_keyboard_only(
        qtbot: QtBot, demo: Workspace, dialogs: Dialogs) -> None:
    window, page = officer_desk(qtbot, demo)
    table = page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    target = page.model.member_id(3)

    def void(dialog: VoidDialog) -> None:
        reason = dialog.reason
        assert reason.hasFocus()  # focus starts on the reason
        qtbot.keyClicks(reason, "NIK salah ketik,")
        qtbot.keyClick(reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(reason, "sudah didaftar ulang")
        qtbot.keyClick(reason, Qt.Key.Key_Tab)  # Tab leaves the box, inserts nothing
        assert "\t" not in reason.toPlainText()
        user, password = dialog.approval_box.user, dialog.approval_box.password
        assert user.hasFocus()  # the supervisor's name, by Tab
        qtbot.keyClicks(user, SUPERVISOR)
        qtbot.keyClick(user, Qt.Key.Key_Tab)
        assert password.hasFocus()
        qtbot.keyClicks(password, "bukan-sandinya")
        qtbot.keyClick(password, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.approval_box.error.text()  # refused, stays
        assert password.hasFocus() and password.text() == ""
        qtbot.keyClicks(password, SUPERVISOR_PASSWORD)
        qtbot.keyClick(password, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    with dialogs.answer(VoidDialog, void):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    activate(window)
    with demo.db.session() as s:
        m = s.get(Member, target)
        assert m is not None and m.status == "voided"
        assert m.void_reason == "NIK salah ketik, sudah didaftar ulang"
    current = table.currentIndex()
    assert page.model.member_id(current.row()) == target  # still on the voided one
    assert page.model.index(current.row(), page.model.COL_STATUS).data() == "Dibatalkan"

    def back_out(dialog: VoidDialog) -> None:  # Esc cancels, nothing changes
        assert dialog.reason.hasFocus()
        qtbot.keyClicks(dialog.reason, "salah pilih orang")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)

    qtbot.keyClick(table, Qt.Key.Key_Down)
    other = page.model.member_id(table.currentIndex().row())
    with dialogs.answer(VoidDialog, back_out):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    with demo.db.session() as s:
        m = s.get(Member, other)
        assert m is not None and m.status == "active"
    assert QApplication.activeModalWidget() is None
    dialogs.check()


def test_short_digits_still_find_phones_and_long_ones_only_nik_starts(
        qtbot: QtBot, demo: Workspace) -> None:
    """`0812` may be a phone's start or a serial: both are listed; six digits are only a
    NIK's start, so a serial elsewhere in the number does not match."""
    people = everyone(demo)
    _window, page = officer_desk(qtbot, demo)
    someone = next(m for m in people.values() if m.phone)
    local = "0" + someone.phone[3:7]  # +62812… typed as 0812
    assert search(qtbot, page, local) == {
        m.id for m in people.values()
        if m.phone.startswith("+62" + local[1:]) or m.nik.endswith(local)}
    six = someone.nik[-6:]
    assert search(qtbot, page, six) == {m.id for m in people.values()
                                        if m.nik.startswith(six)}
