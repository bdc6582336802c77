"""The registration desk driven with the keyboard, as an officer at an event would."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Member
from app.services import events, groups, member_columns, member_search
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from app.ui.edit_member_dialog import EditMemberDialog
from app.ui.import_result_dialog import ImportResultDialog
from app.ui.void_dialog import VoidDialog
from tests.helpers.desk import member_count, next_field, open_window, press, type_into

MAX_STOPS_AFTER_NIK = 13


def test_full_registration_by_keyboard_within_13_stops(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    before = member_count(demo)
    person = next(PeopleFactory(77).people(1))
    assert QApplication.focusWidget() is form.nik
    type_into(qtbot, person.nik)
    # What the officer types at each stop after the NIK; None = accept what is proposed.
    answers: list[tuple[QWidget, str | None]] = [
        # birth date and gender come from the NIK: Enter passes them over
        (form.nama, person.name), (form.tempat_lahir, person.birth_place),
        (form.no_hp, person.phone),
        (form.email, None), (form.alamat, person.address), (form.wilayah, None),
        (form.sektor, "Nelayan"), (form.pekerjaan, "Nelayan Tangkap"), (form.nama_usaha, None),
        (form.penghasilan, None), (form.jht, " "), (form.persetujuan, " "),
    ]
    stops = 0
    next_field(qtbot)
    for expected, text in answers:
        focused = QApplication.focusWidget()
        owner = focused.parent() if focused is not None and focused.parent() is expected \
            else focused
        assert owner is expected, f"stop {stops + 1}: focus on {focused and focused.objectName()}"
        stops += 1
        if text == " ":
            press(qtbot, Qt.Key.Key_Space)
        elif text is not None:
            if expected is form.sektor:
                form.sektor.setCurrentIndex(form.sektor.findText(text))
            else:
                type_into(qtbot, text)
        next_field(qtbot)  # on the last field: save
    assert stops <= MAX_STOPS_AFTER_NIK
    assert member_count(demo) == before + 1, window.registration.message.text()
    with demo.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == person.nik)).one()
    assert (saved.name, saved.sector, saved.programs) == (person.name, "nelayan", "jkk+jkm+jht")
    assert saved.birth_date == person.birth_date and saved.gender == person.gender
    assert saved.phone.startswith("+62") and saved.region_code == person.region_code
    # The form is ready for the next person; batch settings stay.
    assert form.nik.text() == "" and form.nama.text() == ""
    assert QApplication.focusWidget() is form.nik
    assert "Tersimpan" in window.registration.message.text()
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.event_page)
    qtbot.waitUntil(lambda: window.event_page.registered.number() == before + 1)


def test_birth_date_disagreeing_with_the_nik_is_flagged_on_that_field(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    qtbot.keyClicks(form.nik, "3574015708050001")
    assert form.tanggal_lahir.text() == "17-08-2005"  # proposed from the NIK
    form.tanggal_lahir.selectAll()
    qtbot.keyClicks(form.tanggal_lahir, "18-08-2005")
    box = form.boxes["tanggal_lahir"]
    assert box.error.isVisibleTo(window)
    assert "18-08-2005" in box.error.text() and "17-08-2005" in box.error.text()
    assert not form.boxes["nik"].error.isVisibleTo(window)
    assert not form.boxes["jenis_kelamin"].error.isVisibleTo(window)
    before = member_count(demo)
    qtbot.keyClick(form.tanggal_lahir, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member_count(demo) == before
    assert "tidak sama" in box.error.text()  # still beside the birth date after saving
    assert "Belum tersimpan" in window.registration.message.text()


def test_gender_disagreeing_with_the_nik_is_flagged_on_that_field(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    qtbot.keyClicks(form.nik, "3574011708500001")
    assert form.jenis_kelamin.currentData() == "L"
    form.jenis_kelamin.setCurrentIndex(form.jenis_kelamin.findData("P"))
    form.jenis_kelamin.activated.emit(form.jenis_kelamin.currentIndex())
    assert "tidak sama" in form.boxes["jenis_kelamin"].error.text()


def test_duplicate_nik_is_blocked_and_the_existing_member_offered(
    qtbot: QtBot, demo: Workspace
) -> None:
    window = open_window(qtbot, demo)
    with demo.db.session() as s:
        existing = member_search.list_members(s, limit=1)[0]
    page = window.registration
    qtbot.keyClicks(page.form.nik, existing.nik)
    assert page.banner.isVisibleTo(window)
    assert existing.name in page.banner_text.text()
    shown: list[str] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EditMemberDialog)
        shown.append(dialog.form.nama.text())
        assert dialog.member_id == existing.id
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    with qtbot.waitSignal(page.open_member) as opened:
        qtbot.mouseClick(page.open_existing, Qt.MouseButton.LeftButton)
    assert opened.args == [existing.id]
    assert shown == [existing.name]  # the existing record was opened, not a new one
    # Filling everything else still cannot save a second record.
    page.form.nama.setText("Orang Lain")
    page.form.sektor.setCurrentIndex(1)
    page.form.persetujuan.setChecked(True)
    before = member_count(demo)
    page.save()
    assert member_count(demo) == before
    assert "sudah terdaftar" in page.form.boxes["nik"].error.text()


def test_draft_survives_closing_the_window(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    form = window.registration.form
    qtbot.keyClicks(form.nik, "3574015708050001")
    qtbot.keyClicks(form.nama, "Siti Setengah Jalan")
    form.sektor.setCurrentIndex(form.sektor.findData("umkm"))
    window.close()

    again = open_window(qtbot, demo)
    form2 = again.registration.form
    assert form2.nik.text() == "3574015708050001"
    assert form2.nama.text() == "Siti Setengah Jalan"
    assert form2.sektor.currentData() == "umkm"
    assert "dipulihkan" in again.registration.message.text()


def test_escape_asks_before_clearing(qtbot: QtBot, demo: Workspace,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, demo)
    form = window.registration.form
    qtbot.keyClicks(form.nama, "Budi")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(form.nama, Qt.Key.Key_Escape)
    assert form.nama.text() == "Budi"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(form.nama, Qt.Key.Key_Escape)
    assert form.nama.text() == ""


def test_voiding_asks_for_a_reason_and_keeps_the_record(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.members_page)
    page = window.members_page
    page.table.selectRow(0)
    target = page.selected_id()
    assert target is not None
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VoidDialog)
        seen.append("asked")
        assert not dialog.ok.isEnabled()  # no reason, no void
        qtbot.keyClicks(dialog.reason, "NIK salah ketik, sudah didaftar ulang")
        assert dialog.ok.isEnabled()
        assert dialog.approval_box.isVisible()  # a supervisor must approve, now
        qtbot.keyClicks(dialog.approval_box.user, "admin")
        qtbot.keyClicks(dialog.approval_box.password, "salah")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "salah" in dialog.approval_box.error.text()
        qtbot.keyClicks(dialog.approval_box.password, "pasar-pagi-ramai")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert seen == ["asked"]
    with demo.db.session() as s:
        m = s.get(Member, target)
        assert m is not None and m.status == "voided"
        assert m.void_reason == "NIK salah ketik, sudah didaftar ulang"
    row = next(r for r in range(page.model.rowCount()) if page.model.member_id(r) == target)
    assert page.model.index(row, page.model.COL_STATUS).data() == "Dibatalkan"
    assert page.model.index(row, 1).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_roster_import_with_bad_rows_shows_them(qtbot: QtBot, demo: Workspace,
                                                tmp_path: Path) -> None:
    window = open_window(qtbot, demo)
    page = window.groups_page
    with demo.db.session() as s:
        gid = groups.list_groups(s)[0].id
    page.open_group(gid)
    before = page.roster_model.rowCount()
    rows = [p.row() for p in PeopleFactory(91).people(5)]
    rows[1]["nik"] = "123"
    rows[3]["penghasilan"] = "500000"
    source = tmp_path / "anggota.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(member_columns.COLUMNS))
        out.writeheader()
        out.writerows(rows)
    page.import_roster(source)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    report = page.last_report
    assert report is not None and report.imported == 3 and report.rejected == 2
    dialog = next(d for d in page.findChildren(ImportResultDialog))
    model = dialog.table.model()
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert shown == [(3, "nik"), (5, "penghasilan")]
    assert "16 digit" in model.index(0, 2).data()
    saved = tmp_path / "tolak.csv"
    dialog.save_rejects(saved)
    assert saved.read_text(encoding="utf-8-sig").count("\n") == 3
    assert page.roster_model.rowCount() == before + 3


def test_group_edit_keeps_what_was_not_touched(qtbot: QtBot, demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(window.groups_page)
    page = window.groups_page
    row = next(r for r, g in enumerate(page.list_model.rows) if "Kuda" in g.name)
    page.list.clicked.emit(page.list_model.index(row, 0))
    assert page.agreement_no.text() == "PKS/015/BPJSTK-BKL/2025"
    assert page.roster_label.text() == "150 anggota"
    page.leader_name.clear()
    qtbot.keyClicks(page.leader_name, "Bu Ketua Baru")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with demo.db.session() as s:
        g = groups.get_group(s, page.list_model.rows[row].id)
    assert g.leader_name == "Bu Ketua Baru"
    assert g.agreement_no == "PKS/015/BPJSTK-BKL/2025" and g.region_code == "35.26"
    assert g.revision == 2


def test_an_event_closed_meanwhile_takes_no_registration(qtbot: QtBot,
                                                          demo: Workspace) -> None:
    """Another desk (or the office's laptop) closes the event while a person is being
    typed in here: Ctrl+S says so and saves nothing; the page then shows the event as
    closed, and the form keeps what was typed for another event."""
    window = open_window(qtbot, demo)
    page = window.registration
    event_id = page.event_id
    assert event_id is not None and page.save_button.isEnabled()
    person = next(PeopleFactory(4343).people(1))
    page.form.set_values(person.row() | {"sektor": "nelayan", "sumber_iuran": "mandiri",
                                         "tanggal_lahir": f"{person.birth_date:%d-%m-%Y}"})
    with demo.db.session() as s:
        events.close_event(s, window.actor, event_id, demo.tariffs())
    before = member_count(demo)
    qtbot.keyClick(page.form.nama, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert member_count(demo) == before
    assert "Belum tersimpan" in page.message.text() and "sudah ditutup" in page.message.text()
    assert not page.save_button.isEnabled()
    assert "acara sudah ditutup" in page.event_label.text()
    assert page.form.nama.text() == person.name
