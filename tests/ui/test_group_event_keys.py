"""The group and event pages and their dialogs finish by keyboard (issue 16, items 5 and 8),
signed in as an officer: a group typed and saved with Enter and Ctrl+S, members added
with Down + Enter, a member taken out of a group with Delete (refused in the service when
the officer may not), an event created and closed without the mouse."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain.errors import NotAllowed
from app.models import AuditEntry, Event, Group, Member
from app.services import accounts, events, groups
from app.services.audit import Actor
from app.services.demo_seed import KUDA_TERBANG
from app.services.sync import merge
from app.services.workspace import Workspace
from app.ui.add_members_dialog import AddMembersDialog
from app.ui.event_page import CloseEventDialog, NewEventDialog
from app.ui.main_window import MainWindow
from tests.helpers.desk import press, signed_in, type_into
from tests.helpers.people import NIK_SITI

TAB = Qt.Key.Key_Tab
RETURN = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
D = TypeVar("D", bound=QWidget)


def officer_window(qtbot: QtBot, demo: Workspace, role: str = "officer") -> MainWindow:
    with demo.db.session() as s:
        admin = accounts.authenticate(s, Actor(demo.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
    with demo.db.session() as s:
        accounts.create_officer(s, Actor(demo.device_id, admin.id), "budi", "sandi-budi-1",
                                role, "Budi Setiawan")
    return signed_in(qtbot, demo, "budi", "sandi-budi-1")


def go_to(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    """Ctrl+<n>: the page's own key in the Halaman menu."""
    n = window.tabs.indexOf(page) + 1  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n % 10), CTRL)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is page)  # type: ignore[union-attr]


def has_focus(widget: QWidget) -> bool:
    """The keyboard is on `widget` or on a part of it (a combo box's line edit)."""
    focused = QApplication.focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


def wait_focus(qtbot: QtBot, widget: QWidget) -> None:
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: has_focus(widget))


def refocus(qtbot: QtBot, widget: QWidget) -> None:
    """The offscreen platform leaves the window inactive after a completion list closed
    (a desktop does not): activate it again and give the focus back where it was."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(lambda: has_focus(widget))


def back_in(qtbot: QtBot, window: QWidget) -> None:
    """After a dialog closed, the window has the keyboard again (offscreen: not by
    itself, a desktop gives it back)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window
                    and QApplication.focusWidget() is not None)


def answer_modal(qtbot: QtBot, kind: type[D], handle: Callable[[D], None],
                 seen: list[Any]) -> None:
    """Answer the next modal dialog of `kind` with `handle` once it is up; a failed check
    inside closes it (and is raised by the test afterwards) rather than hang."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        try:
            if QApplication.activeWindow() is not dialog:  # (offscreen: not by itself)
                dialog.activateWindow()
                qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            handle(dialog)
        except BaseException as exc:
            seen.append(exc)
            if dialog.isVisible():
                dialog.close()
        else:
            seen.append(dialog)

    QTimer.singleShot(0, poll)


def raise_failures(seen: list[Any]) -> None:
    assert seen, "the dialog never came up"
    for item in seen:
        if isinstance(item, BaseException):
            raise item


def keyboard_click(qtbot: QtBot, dialog: QWidget, button: QAbstractButton) -> None:
    """Tab to the button, then Space, as a person without a mouse does."""
    for _ in range(12):
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, TAB)
    assert QApplication.focusWidget() is button, button.text()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def answer_boxes(qtbot: QtBot, replies: list[str], seen: list[Any], texts: list[str]
                 ) -> None:
    """Answer the next message boxes in turn: "yes" (Tab to Ja/Yes, Space) or "enter"
    (the default button), keeping each one's text."""
    def answer(box: QMessageBox) -> None:
        texts.append(box.text())
        if replies.pop(0) == "yes":
            keyboard_click(qtbot, box, box.button(QMessageBox.StandardButton.Yes))
        else:
            qtbot.keyClick(box, RETURN)
        qtbot.waitUntil(lambda: not box.isVisible())
        if replies:
            answer_modal(qtbot, QMessageBox, answer, seen)

    answer_modal(qtbot, QMessageBox, answer, seen)


def say_yes(qtbot: QtBot, seen: list[Any], texts: list[str]) -> None:
    answer_boxes(qtbot, ["yes"], seen, texts)


def group_named(ws: Workspace, name: str) -> Group:
    with ws.db.session() as s:
        found = s.scalars(select(Group).where(Group.name == name)).one()
        s.expunge(found)
        return found


# -- the group form -------------------------------------------------------------------------

def test_a_group_typed_and_saved_by_keyboard(qtbot: QtBot, demo: Workspace) -> None:
    window = officer_window(qtbot, demo)
    page = window.groups_page
    go_to(qtbot, window, page)
    wait_focus(qtbot, page.name)  # a new group's form, at its name
    type_into(qtbot, "Paguyuban Nelayan Mayangan")
    press(qtbot, TAB)
    type_into(qtbot, "K")  # Koperasi, the list's own type-ahead
    for text in ("Pak Darmo", "", "081234567890", "Jl. Mayangan 3"):
        press(qtbot, TAB)
        type_into(qtbot, text)
    press(qtbot, TAB)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert page.region.isAncestorOf(focused)
    edit = page.region.lineEdit()
    assert edit is not None
    edit.selectAll()  # the home regency proposed: typed over
    type_into(qtbot, "Kota Atlantis")
    press(qtbot, RETURN)  # matches nothing: red, and nothing is saved
    assert page.region.problem() and page.error.text() == page.region.problem()
    with demo.db.session() as s:
        assert not s.scalars(select(Group).where(
            Group.name == "Paguyuban Nelayan Mayangan")).all()
    refocus(qtbot, page.region)
    edit = page.region.lineEdit()
    assert edit is not None
    edit.selectAll()
    type_into(qtbot, "Kota Prob")
    press(qtbot, TAB)  # the first match is taken, and shown
    assert page.region.currentText() == "Kota Probolinggo (35.74)"
    assert QApplication.focusWidget() is page.agreement_no  # one Tab: taken and left
    refocus(qtbot, page.agreement_no)  # (the offscreen platform's late activation)
    type_into(qtbot, "PKS/007/2026")
    press(qtbot, TAB)
    assert QApplication.focusWidget() is page.agreement_date
    assert page.agreement_date.value_text() == ""  # not set: nothing in the way of typing
    calendar = page.agreement_date.open_calendar()  # F4 would open it: at today's month
    assert calendar.selectedDate().toPython() == dt.date.today()
    calendar.hide()
    refocus(qtbot, page.agreement_date)
    type_into(qtbot, "15112026")
    assert page.agreement_date.text() == "15-11-2026"
    press(qtbot, RETURN)  # Enter in the form saves it
    assert page.error.text() == "", page.error.text()
    assert page.message.text() == "Kelompok tersimpan."
    saved = group_named(demo, "Paguyuban Nelayan Mayangan")
    assert (saved.kind, saved.leader_name, saved.leader_phone, saved.address) == (
        "koperasi", "Pak Darmo", "+6281234567890", "Jl. Mayangan 3")
    assert saved.region_code == "35.74" and saved.agreement_date == dt.date(2026, 11, 15)
    assert page.group_id == saved.id and saved.revision == 1
    assert page.leader_phone.text() == "+62 812-3456-7890"  # as the member list shows it

    # a correction saved with Ctrl+S, from the date field where the focus stayed
    wait_focus(qtbot, page.agreement_date)
    page.agreement_date.selectAll()
    type_into(qtbot, "01-12-2026")
    press(qtbot, Qt.Key.Key_S, CTRL)
    again = group_named(demo, "Paguyuban Nelayan Mayangan")
    assert again.agreement_date == dt.date(2026, 12, 1) and again.revision == 2
    assert again.leader_phone == "+6281234567890"  # the phone shown, saved back the same


def test_opening_a_group_shows_its_leaders_nik_and_says_who_saw_it(
        qtbot: QtBot, demo: Workspace) -> None:
    """The form shows the leader's whole NIK, as the member dialog shows a member's: one
    `nik_reveal` entry with who saw it (never the NIK), and none again for showing it
    back to the same officer after saving or Esc."""
    window = officer_window(qtbot, demo)
    page = window.groups_page
    go_to(qtbot, window, page)
    with demo.db.session() as s:
        gid = groups.create_group(s, window.actor, groups.GroupFields(
            "Paguyuban Nelayan Bersatu", "paguyuban", "Pak Darmo", leader_nik=NIK_SITI)).id
    page.reload()

    def reveals() -> list[AuditEntry]:
        with demo.db.session() as s:
            return list(s.scalars(select(AuditEntry).where(
                AuditEntry.action == "nik_reveal", AuditEntry.entity_type == "group")))

    assert reveals() == []
    row = next(r for r, g in enumerate(page.list_model.rows) if g.id == gid)
    page.list.setFocus()
    page.list.setCurrentIndex(page.list_model.index(row, 0))
    press(qtbot, RETURN)  # Enter on the group opens it
    wait_focus(qtbot, page.name)
    assert page.leader_nik.text() == NIK_SITI
    [seen] = reveals()
    assert seen.entity_id == str(gid) and seen.officer_id == window.actor.officer_id
    assert NIK_SITI not in seen.details
    press(qtbot, Qt.Key.Key_S, CTRL)  # saved: shown again to the one who saved it
    assert page.message.text() == "Kelompok tersimpan."
    assert len(reveals()) == 1


def test_esc_drops_what_was_typed_after_asking(qtbot: QtBot, demo: Workspace) -> None:
    window = officer_window(qtbot, demo)
    page = window.groups_page
    go_to(qtbot, window, page)
    row = next(r for r, g in enumerate(page.list_model.rows) if g.name == KUDA_TERBANG)
    page.list.setFocus()
    page.list.setCurrentIndex(page.list_model.index(row, 0))
    press(qtbot, RETURN)  # Enter on a group opens it, at its name
    wait_focus(qtbot, page.name)
    assert page.name.text() == KUDA_TERBANG
    page.name.selectAll()
    type_into(qtbot, "Nama Salah Ketik")
    seen: list[Any] = []
    texts: list[str] = []
    answer_boxes(qtbot, ["enter"], seen, texts)  # No, the default: what was typed stays
    press(qtbot, Qt.Key.Key_Escape)
    raise_failures(seen)
    back_in(qtbot, window)
    assert page.name.text() == "Nama Salah Ketik"
    assert QApplication.focusWidget() is page.name
    seen.clear()
    say_yes(qtbot, seen, texts)
    press(qtbot, Qt.Key.Key_Escape)
    raise_failures(seen)
    back_in(qtbot, window)
    assert texts == ["Isian kelompok ini belum disimpan. Buang yang sudah diketik?"] * 2
    assert page.name.text() == KUDA_TERBANG and not page.is_changed()
    assert group_named(demo, KUDA_TERBANG).revision == 1  # nothing was saved
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: back to the list, nothing asked
    assert QApplication.focusWidget() is page.list


# -- adding and removing members ------------------------------------------------------------

def _new_group_open(qtbot: QtBot, demo: Workspace, name: str, kind: str
                    ) -> tuple[MainWindow, uuid.UUID]:
    """An officer's desk on the Kelompok page, showing a group made just now (empty)."""
    window = officer_window(qtbot, demo)
    page = window.groups_page
    go_to(qtbot, window, page)
    with demo.db.session() as s:
        gid = groups.create_group(s, window.actor, groups.GroupFields(name, kind)).id
    page.reload()
    page.open_group(gid)
    return window, gid


def test_ctrl_n_starts_a_new_group(qtbot: QtBot, demo: Workspace) -> None:
    window, gid = _new_group_open(qtbot, demo, "Paguyuban Tani Makmur", "paguyuban")
    page = window.groups_page
    assert page.group_id == gid and page.name.text() == "Paguyuban Tani Makmur"
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    assert page.group_id is None and page.name.text() == ""
    wait_focus(qtbot, page.name)
    type_into(qtbot, "Koperasi Nelayan Sejahtera")
    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    assert page.group_id not in (None, gid)
    with demo.db.session() as s:
        assert {"Paguyuban Tani Makmur", "Koperasi Nelayan Sejahtera"} <= {
            g.name for g in groups.list_groups(s)}


def test_members_added_with_down_and_enter(qtbot: QtBot, demo: Workspace) -> None:
    window, gid = _new_group_open(qtbot, demo, "Koperasi Pasar Baru", "koperasi")
    page = window.groups_page
    assert page.roster_model.rowCount() == 0
    page.add_button.setFocus()
    seen: list[Any] = []
    chosen: list[uuid.UUID] = []
    said: list[str] = []

    def add(dialog: AddMembersDialog) -> None:
        wait_focus(qtbot, dialog.search)
        for column in (0, 5):  # the masked NIK and the phone, whole on one line
            shown = str(dialog.model.index(0, column).data())
            room = dialog.table.columnWidth(column)
            assert room > dialog.table.fontMetrics().horizontalAdvance(shown) + 6, shown
        press(qtbot, RETURN)  # nothing chosen: told what to do, the dialog stays
        said.append(dialog.message.text())
        assert dialog.isVisible() and dialog.added == 0
        press(qtbot, Qt.Key.Key_Down)  # into the list, at its first row
        assert QApplication.focusWidget() is dialog.table
        press(qtbot, Qt.Key.Key_Up)  # above the first row: back to the search
        assert QApplication.focusWidget() is dialog.search
        press(qtbot, Qt.Key.Key_Down)
        assert dialog.table.currentIndex().row() == 0
        press(qtbot, Qt.Key.Key_Down)  # the second row highlighted
        chosen.append(dialog.model.member_id(1))  # type: ignore[arg-type]
        press(qtbot, RETURN)  # the highlighted one joins, the dialog says so
        said.append(dialog.message.text())
        assert dialog.isVisible() and dialog.added == 1
        assert QApplication.focusWidget() is dialog.search
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Down)  # the third row (the second one joined already)
        press(qtbot, Qt.Key.Key_Space)  # marked
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
        chosen.extend(dialog.model.member_id(r) for r in (2, 3))  # type: ignore[misc]
        press(qtbot, RETURN)  # the two marked join
        said.append(dialog.message.text())
        press(qtbot, Qt.Key.Key_Escape)  # done

    answer_modal(qtbot, AddMembersDialog, add, seen)
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    raise_failures(seen)
    assert said[0].startswith("Belum ada peserta yang dipilih.")
    assert said[1].startswith("1 peserta ditambahkan ke kelompok.")
    assert said[2].startswith("2 peserta ditambahkan ke kelompok.")
    with demo.db.session() as s:
        inside = set(s.scalars(select(Member.id).where(Member.group_id == gid)))
    assert inside == set(chosen) and len(inside) == 3
    assert page.roster_label.text() == "3 anggota"
    assert page.message.text() == "3 peserta ditambahkan ke kelompok."


def test_adding_a_member_of_another_group_says_it_moves_them(qtbot: QtBot,
                                                            demo: Workspace) -> None:
    """A member already in a group moves to the new one and the dialog says so; once the
    member's event is closed, the officer is told in the dialog that it is a
    supervisor's to do, and the member stays where they were."""
    window, gid = _new_group_open(qtbot, demo, "Paguyuban Pindahan", "paguyuban")
    page = window.groups_page
    with demo.db.session() as s:
        grouped = s.execute(select(Member.nik, Member.group_id, Member.event_id).where(
            Member.group_id.is_not(None), Member.status == "active").limit(2)).all()
    first, second = grouped
    said: list[str] = []

    def add_by_nik(nik: str) -> None:
        seen: list[Any] = []

        def add(dialog: AddMembersDialog) -> None:
            wait_focus(qtbot, dialog.search)
            type_into(qtbot, nik)
            qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
            press(qtbot, Qt.Key.Key_Down)
            press(qtbot, RETURN)
            said.append(dialog.message.text())
            press(qtbot, Qt.Key.Key_Escape)

        answer_modal(qtbot, AddMembersDialog, add, seen)
        page.add_button.setFocus()
        qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
        raise_failures(seen)

    add_by_nik(first.nik)
    assert said[0].startswith("1 peserta ditambahkan ke kelompok. 1 di antaranya pindah "
                              "dari kelompok lain.")
    with demo.db.session() as s:  # the day ends: its closing report stands
        admin = accounts.authenticate(s, Actor(demo.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
        events.close_event(s, Actor(demo.device_id, admin.id), second.event_id,
                           demo.tariffs())
    add_by_nik(second.nik)
    assert said[1] == ("Tidak ada yang ditambahkan: di antara yang dipilih ada anggota "
                       "kelompok lain dari acara yang sudah ditutup. Hanya Supervisor atau "
                       "Administrator yang boleh melakukan ini.")
    with demo.db.session() as s:
        now = {m.nik: m.group_id for m in s.scalars(select(Member).where(
            Member.nik.in_([first.nik, second.nik])))}
    assert now == {first.nik: gid, second.nik: second.group_id}


def _open_kuda(qtbot: QtBot, demo: Workspace, window: MainWindow) -> uuid.UUID:
    page = window.groups_page
    go_to(qtbot, window, page)
    gid = group_named(demo, KUDA_TERBANG).id
    page.open_group(gid)
    page.roster.setFocus()
    wait_focus(qtbot, page.roster)
    return gid


def test_a_member_taken_out_of_a_group_by_keyboard(qtbot: QtBot, demo: Workspace) -> None:
    window = officer_window(qtbot, demo)
    page = window.groups_page
    gid = _open_kuda(qtbot, demo, window)
    before = page.roster_model.rowCount()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # a row down the list, the one selected
    selected = page.roster.selectionModel().selectedRows()
    assert len(selected) == 1 and selected[0].row() > 0
    target = page.roster_model.member_id(selected[0].row())
    assert target is not None and page.remove_button.isEnabled()
    with demo.db.session() as s:
        revision = s.get(Member, target).revision  # type: ignore[union-attr]
    seen: list[Any] = []
    texts: list[str] = []
    say_yes(qtbot, seen, texts)
    press(qtbot, Qt.Key.Key_Delete)
    raise_failures(seen)
    assert texts == ["Keluarkan 1 peserta dari kelompok ini? Mereka tetap terdaftar, "
                     "tanpa kelompok."]
    with demo.db.session() as s:
        m = s.get(Member, target)
        assert m is not None and m.group_id is None and m.status == "active"
        assert m.revision == revision + 1 and m.revision > m.acked_revision  # travels
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "group_remove_members")).one()
    assert entry.entity_id == str(gid) and entry.officer_id == window.actor.officer_id
    assert json.loads(entry.details)["members"] == 1
    assert page.roster_model.rowCount() == before - 1
    assert page.message.text() == "1 peserta dikeluarkan dari kelompok."


def test_an_officer_may_not_after_the_event_closed(qtbot: QtBot, demo: Workspace) -> None:
    window = officer_window(qtbot, demo)
    page = window.groups_page
    with demo.db.session() as s:
        event_id = s.scalars(select(Event.id).where(Event.status == "open")).one()
        events.close_event(s, window.actor, event_id, demo.tariffs())
    gid = _open_kuda(qtbot, demo, window)
    press(qtbot, Qt.Key.Key_Down)
    target = page.roster_model.member_id(page.roster.currentIndex().row())
    seen: list[Any] = []
    texts: list[str] = []
    answer_boxes(qtbot, ["yes", "enter"], seen, texts)  # the confirmation, the refusal
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(seen) == 2)
    raise_failures(seen)
    assert texts[0].startswith("Keluarkan 1 peserta dari kelompok ini?")
    assert "supervisor" in texts[1].lower()
    with demo.db.session() as s:
        assert s.get(Member, target).group_id == gid  # type: ignore[union-attr]
        with pytest.raises(NotAllowed):  # the service itself refuses, not only the desk
            groups.remove_members(s, window.actor, gid, [target])  # type: ignore[list-item]
    with demo.db.session() as s:
        assert s.get(Member, target).group_id == gid  # type: ignore[union-attr]
        assert not s.scalars(select(AuditEntry).where(
            AuditEntry.action == "group_remove_members")).all()
        admin = accounts.authenticate(s, Actor(demo.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
        supervisor = accounts.create_officer(s, Actor(demo.device_id, admin.id), "sari",
                                             "sandi-sari-1", "supervisor")
    with demo.db.session() as s:
        assert groups.remove_members(s, Actor(demo.device_id, supervisor.id), gid,
                                     [target]) == 1  # type: ignore[list-item]
        assert s.get(Member, target).group_id is None  # type: ignore[union-attr]


# -- events ---------------------------------------------------------------------------------

def test_a_new_event_by_keyboard_keeps_the_venue(qtbot: QtBot, demo: Workspace) -> None:
    window = officer_window(qtbot, demo)
    page = window.event_page
    go_to(qtbot, window, page)
    seen: list[Any] = []

    def cancel(dialog: NewEventDialog) -> None:
        wait_focus(qtbot, dialog.name)
        type_into(qtbot, "Acara yang batal")
        press(qtbot, Qt.Key.Key_Escape)

    answer_modal(qtbot, NewEventDialog, cancel, seen)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    raise_failures(seen)
    with demo.db.session() as s:
        assert "Acara yang batal" not in {e.name for e in events.list_events(s)}
    back_in(qtbot, window)

    def create(dialog: NewEventDialog) -> None:
        assert dialog.officers.text() == "Budi Setiawan"  # the one signed in, to start
        wait_focus(qtbot, dialog.name)
        type_into(qtbot, "Sosialisasi Nelayan")
        press(qtbot, TAB)  # the date, in one stop, today selected
        assert QApplication.focusWidget() is dialog.date
        type_into(qtbot, "20122026")
        press(qtbot, TAB)
        assert QApplication.focusWidget() is dialog.venue
        type_into(qtbot, "Balai Desa Ketapang")
        press(qtbot, TAB)
        type_into(qtbot, "Kademangan")
        press(qtbot, TAB)
        assert QApplication.focusWidget() is dialog.officers
        type_into(qtbot, "Budi, Sari")
        press(qtbot, RETURN)  # Enter creates the event

    seen.clear()
    answer_modal(qtbot, NewEventDialog, create, seen)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    raise_failures(seen)
    assert not seen[0].isVisible() and seen[0].created is not None
    with demo.db.session() as s:
        made = events.get_event(s, seen[0].created)
        officers = s.get(Event, made.id).officers  # type: ignore[union-attr]
    assert (made.name, made.venue, made.date, made.region_code) == (
        "Sosialisasi Nelayan", "Balai Desa Ketapang", dt.date(2026, 12, 20), "35.74.01")
    assert officers == "Budi\nSari"
    assert page.current_event() == made.id


def test_closing_an_event_by_keyboard(qtbot: QtBot, demo: Workspace) -> None:
    window = officer_window(qtbot, demo)
    page = window.event_page
    go_to(qtbot, window, page)
    event_id = page.current_event()
    assert event_id is not None
    qtbot.waitUntil(page.close_button.isEnabled)
    seen: list[Any] = []

    def back(dialog: CloseEventDialog) -> None:
        wait_focus(qtbot, dialog)
        press(qtbot, RETURN)  # the default: back, nothing closed

    answer_modal(qtbot, CloseEventDialog, back, seen)
    page.close_button.setFocus()
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    raise_failures(seen)
    with demo.db.session() as s:
        assert events.get_event(s, event_id).status == "open"
    back_in(qtbot, window)

    def close(dialog: CloseEventDialog) -> None:
        wait_focus(qtbot, dialog)
        assert any("Alt+T: tutup acara" in label.text()
                   for label in dialog.findChildren(QLabel))  # the key is told
        press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)

    seen.clear()
    answer_modal(qtbot, CloseEventDialog, close, seen)
    qtbot.keyClick(page.close_button, Qt.Key.Key_Space)
    raise_failures(seen)
    with demo.db.session() as s:
        assert events.get_event(s, event_id).status == "closed"
    qtbot.waitUntil(lambda: not page.close_button.isEnabled())


# -- the removal travels ----------------------------------------------------------------------

def test_a_removal_travels_to_the_office_in_the_next_batch(tmp_path: Path) -> None:
    """No batch format change: the member's record, revision raised, carries no group."""
    from tests.helpers.sync import PEOPLE, Laptop, office_in

    stick = tmp_path / "usb"
    stick.mkdir()
    office, office_actor, office_key = office_in(tmp_path)
    laptop = Laptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:3])
    ids = list(laptop.ids.values())
    with laptop.ws.db.session() as s:
        gid = groups.create_group(s, laptop.actor,
                                  groups.GroupFields("Paguyuban Uji", "paguyuban")).id
        groups.add_members(s, laptop.actor, gid, ids)
    merge.import_file(office, office_actor, laptop.export(stick).file,
                      trust_new_device=True)
    with laptop.ws.db.session() as s:
        assert groups.remove_members(s, laptop.actor, gid, ids[:1]) == 1
    merge.import_file(office, office_actor, laptop.export(stick).file)
    with office.db.session() as s:
        at_office = {m.id: m.group_id for m in s.scalars(select(Member))}
    assert at_office == {ids[0]: None, ids[1]: gid, ids[2]: gid}
    for ws in (office, laptop.ws):
        ws.close()
