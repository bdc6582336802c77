"""The supervisor's and the administrator's views as they read them (issue 16, item 8):
audit actions in words with readable details, the account dialog that keeps what was
typed, round dashboard axes, slips naming the officer and the village, one way of
showing a time (WIB), an export message counting people, and a failed office import
that says what failed and what to do."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QValueAxis
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import DB_FILENAME
from app.models import AuditEntry, Member
from app.services import accounts, keys, print_jobs
from app.services.audit import Actor
from app.services.workspace import Workspace
from app.ui import audit_words
from app.ui.accounts_page import OfficerDialog
from app.ui.dashboard_page import round_axis
from app.ui.key_dialogs import NewDeviceDialog
from app.ui.when import shown
from tests.helpers.desk import signed_in, sync_page
from tests.helpers.fieldday import Dialogs, button, click, rows
from tests.helpers.officers import OFFICER_PASSWORD, PEOPLE, FieldLaptop, new_office
from tests.helpers.people import register_people

APP = Path(__file__).resolve().parents[2] / "app"


@pytest.fixture
def dialogs() -> Iterator[Dialogs]:
    answering = Dialogs()
    yield answering
    answering.stop()


def supervisor_of(ws: Workspace) -> None:
    """The administrator makes a supervisor account, as the Akun page does."""
    with ws.db.session() as s:
        admin = accounts.authenticate(s, Actor(ws.device_id), "admin", "pasar-pagi-ramai")
        assert isinstance(admin, accounts.OfficerInfo)
        accounts.create_officer(s, Actor(ws.device_id, admin.id), "wati",
                                "teh manis di warung", "supervisor", "Wati Rahayu")


# -- audit ------------------------------------------------------------------------------

def test_every_recorded_action_has_a_label() -> None:
    """Each action the services record (their literal codes) is in the label table."""
    found = set()
    for path in APP.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"\brecord\([^\"()]*(?:\([^()]*\)[^\"()]*)?\"([a-z_]+)\"",
                                text))
    found |= {"member_edit", "member_void", "member_erase", "chain_restart"}  # composed
    assert len(found) > 30, found  # the search reads the services' calls
    assert sorted(found - set(audit_words.ACTIONS)) == []


def test_audit_rows_show_labels_and_readable_details(qtbot: QtBot, demo: Workspace) -> None:
    supervisor_of(demo)
    window = signed_in(qtbot, demo, "wati", "teh manis di warung")
    page = window.audit_page
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs is not None and window.tabs.currentWidget() is page
    actions = rows(page.table, 2)
    assert actions[0] == "Masuk"  # newest first: the supervisor's sign-in
    labels = {str(v) for v in audit_words.ACTIONS.values()}
    assert set(actions) <= labels and not any("_" in a for a in actions), set(actions)
    assert "Peserta diimpor dari berkas" in actions and "Akun dibuat" in actions
    details = rows(page.table, 4)
    imported = details[actions.index("Peserta diimpor dari berkas")]
    assert re.fullmatch(r"baris: \d+; ditolak: \d+; ganda: \d+|ganda: \d+; ditolak: \d+; "
                        r"baris: \d+", imported), imported
    assert not any(str(d).startswith("{") for d in details)  # no JSON in the list
    created = details[actions.index("Akun dibuat")]
    assert created == "peran: Supervisor"
    # the auditor's exact record: the entry selected by keyboard, code and JSON as stored
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    assert page.exact.text().startswith("Catatan asli: #") and " login " in page.exact.text()
    # the filter offers the actions by their labels
    assert page.action.findText("Peserta diimpor dari berkas") > 0
    # no personal data anywhere in the trail, nor in what the page shows
    with demo.db.session() as s:
        people = s.execute(select(Member.nik, Member.name, Member.phone)).all()
        trail = " ".join(d for (d,) in s.execute(select(AuditEntry.details)))
    screen = " ".join(str(v) for c in range(5) for v in rows(page.table, c))
    for nik, name, phone in people[:200]:
        for value in (nik, name, phone):
            if value:
                assert value not in trail and value not in screen


def test_times_are_shown_in_wib_whatever_the_machine_clock(
        qtbot: QtBot, demo: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Sao_Paulo")  # a machine set to another zone
    time.tzset()
    try:
        supervisor_of(demo)
        window = signed_in(qtbot, demo, "wati", "teh manis di warung")
        page = window.audit_page
        window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
        seq = page.entries[0].seq
        con = sqlite3.connect(demo.data_dir / DB_FILENAME)
        with con:  # stored UTC: 21-11-2026 17:30:05 is 00:30:05 on the 22nd in WIB
            con.execute("UPDATE audit_entries SET at = '2026-11-21 17:30:05.000000' "
                        "WHERE seq = ? AND device_id = (SELECT id FROM devices LIMIT 1)",
                        (seq,))
        con.close()
        page.reload()
        row = next(i for i, e in enumerate(page.entries) if e.seq == seq)
        assert page.model.index(row, 0).data() == "22-11-2026 00:30:05 WIB"
        moment = dt.datetime(2026, 11, 21, 17, 30, tzinfo=dt.UTC)
        assert shown(moment) == "22-11-2026 00:30 WIB"
        assert shown(moment.replace(tzinfo=None)) == "22-11-2026 00:30 WIB"  # stored UTC
    finally:
        monkeypatch.undo()
        time.tzset()


# -- accounts ---------------------------------------------------------------------------

def test_account_dialog_keeps_what_was_typed_after_a_refused_password(
        qtbot: QtBot, demo: Workspace, dialogs: Dialogs) -> None:
    window = signed_in(qtbot, demo)  # the administrator
    page = window.accounts_page
    window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
    before = page.model.rowCount()

    def weak_then_good(dialog: OfficerDialog) -> None:
        qtbot.keyClicks(dialog.username, "sri")
        qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Sri Wahyuni")
        dialog.password.setFocus()
        qtbot.keyClicks(dialog.password, "123456")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter saves: refused
        assert dialog.isVisible()
        assert dialog.username.text() == "sri" and dialog.full_name.text() == "Sri Wahyuni"
        assert dialog.password.text() == "123456"
        assert dialog.password_error.isVisible() and dialog.password_error.text()
        assert QApplication.focusWidget() is dialog.password
        qtbot.keyClick(dialog.password, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.password, "kopi pagi di pasar")
        assert not dialog.password_error.isVisible()  # cleared as the field is fixed
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    with dialogs.answer(OfficerDialog, weak_then_good):
        click(qtbot, button(page, "Akun baru… (Ctrl+N)"))
    dialogs.check()
    assert page.model.rowCount() == before + 1
    with demo.db.session() as s:
        sri = accounts.authenticate(s, Actor(demo.device_id), "sri", "kopi pagi di pasar")
    assert isinstance(sri, accounts.OfficerInfo) and sri.full_name == "Sri Wahyuni"

    def taken_then_escape(dialog: OfficerDialog) -> None:
        qtbot.keyClicks(dialog.username, "sri")  # already used
        qtbot.keyClicks(dialog.full_name, "Sri Lain")
        qtbot.keyClicks(dialog.password, "teh manis di warung")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.isVisible() and "sudah dipakai" in dialog.error.text()
        assert dialog.full_name.text() == "Sri Lain"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Esc cancels
        assert not dialog.isVisible()

    with dialogs.answer(OfficerDialog, taken_then_escape):
        click(qtbot, button(page, "Akun baru… (Ctrl+N)"))
    dialogs.check()
    assert page.model.rowCount() == before + 1


# -- dashboard --------------------------------------------------------------------------

def test_a_field_officer_gets_a_sign_in_at_the_office_as_an_officer(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    """The office's administrator opens a field officer whom laptop A made an
    administrator there: the dialog offers Petugas and says what the laptop gave; a
    password typed and Enter, and the officer signs in here as an officer."""
    from app.services.sync import merge
    from tests.helpers.officers import signed_in as actor_of

    office = new_office(tmp_path)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[0:1])
    with laptop.ws.db.session() as s:
        accounts.update_officer(s, laptop.admin, laptop.budi_id, role="administrator")
    stick = tmp_path / "usb"
    stick.mkdir()
    merge.import_file(office, actor_of(office, "kepala", "sandi-kantor-1"),
                      laptop.export(stick), trust_new_device=True)
    window = signed_in(qtbot, office, "kepala", "sandi-kantor-1")
    page = window.accounts_page
    window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
    budi = next(i for i, o in enumerate(page.rows) if o.id == laptop.budi_id)
    assert page.model.index(budi, 2).data() == "Administrator"  # as the laptop sent it
    page.table.setCurrentIndex(page.model.index(budi, 0))

    def give_password(dialog: OfficerDialog) -> None:
        assert dialog.role.currentData() == "officer"
        assert dialog.role_note.isVisibleTo(dialog)
        assert "di sana: Administrator" in dialog.role_note.text()
        dialog.password.setFocus()
        qtbot.keyClicks(dialog.password, "kopi pagi di kantor")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    with dialogs.answer(OfficerDialog, give_password):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialogs.check()
    with office.db.session() as s:
        signed = accounts.authenticate(s, Actor(office.device_id), "budi",
                                       "kopi pagi di kantor")
    assert isinstance(signed, accounts.OfficerInfo) and signed.role == "officer"
    assert page.model.index(budi, 2).data() == "Petugas"


def test_dashboard_axes_read_round_numbers(qtbot: QtBot, demo: Workspace) -> None:
    assert round_axis(1056) == (1250, 6)  # 0/250/500/750/1000/1250, not 0/264/.../1056
    for top in (1, 3, 7, 13, 48, 96, 264, 450, 999, 1056, 12_345, 987_654):
        end, ticks = round_axis(top)
        step = end / (ticks - 1)
        assert end >= top and ticks <= 6
        power = 10 ** len(str(int(step))) / 10
        assert step / power in (1, 2, 2.5, 5), (top, step)
    window = signed_in(qtbot, demo)
    page = window.dashboard
    window.tabs.setCurrentWidget(page)  # type: ignore[union-attr]
    page.scope.setCurrentIndex(page.scope.findData("all"))
    qtbot.waitUntil(lambda: page.recap is not None and page.recap.members == 450,
                    timeout=20_000)
    for chart in (page.by_sector, page.by_payer, page.by_district, page.by_month):
        (axis,) = [a for a in chart.chart().axes() if isinstance(a, QValueAxis)]
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        assert axis.min() == 0 and step == int(step), (chart.chart().title(), step)
        power = 10 ** (len(str(int(step))) - 1)
        assert step / power in (1, 2, 2.5, 5), (chart.chart().title(), step)
        highest = max(v for _l, v in chart.values)
        assert axis.max() * (1_000_000 if chart is page.by_month else 1) >= highest


# -- slips ------------------------------------------------------------------------------

def test_a_printed_slip_names_the_officer_and_the_village(tmp_path: Path) -> None:
    laptop = FieldLaptop(tmp_path, "Laptop A", None)  # officer budi, "Budi dari Laptop A"
    person = dict(PEOPLE[0], kode_wilayah="35.74.01.1001")  # Ketapang, Kademangan
    ids = register_people(laptop.ws, laptop.actor, laptop.event, [person])
    for fmt in ("thermal80", "thermal58", "a4", "card"):
        job, refused = print_jobs.slips_to_queue(laptop.ws, laptop.actor, list(ids.values()),
                                               fmt, "Slip")
        assert not refused
        target = tmp_path / f"slip-{fmt}.pdf"
        print_jobs.hand_over(laptop.ws, laptop.actor, job, target)
        text = " ".join(" ".join(p.extract_text().split())
                        for p in PdfReader(target).pages)
        assert "Budi dari Laptop A" in text, (fmt, text[:300])
        assert "budi ·" not in text and "Petugas: budi" not in text
        assert "Ketapang" in text and "Kademangan" in text, (fmt, text[:300])


# -- sync -------------------------------------------------------------------------------

def test_the_export_message_counts_people(qtbot: QtBot, tmp_path: Path) -> None:
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[0:10])
    _w, page = sync_page(qtbot, laptop.ws, "budi", OFFICER_PASSWORD)  # an officer
    click(qtbot, button(page, "Laptop lapangan (mengirim batch)"))
    stick = tmp_path / "usb"
    stick.mkdir()
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    report = page.last_export
    assert report is not None and report.records > 10  # records: people and much more
    said = page.status.text()
    assert said.startswith("Batch 1 ditulis: 10 peserta, 0 kelompok dan ")
    assert f" {report.records} " not in said and "catatan" not in said
    assert report.summary().startswith("10 peserta, 0 kelompok, ")


def test_a_failed_office_import_says_what_failed_and_what_to_do(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
        capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LINDUNGI_BUSY_TIMEOUT_MS", "300")  # a busy database, soon said
    office = new_office(tmp_path)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[0:3])
    stick = tmp_path / "usb"
    stick.mkdir()
    batch = laptop.export(stick)
    damaged = stick / "lindungi-rusak.ldgb"
    damaged.write_bytes(batch.read_bytes()[: len(batch.read_bytes()) // 3])  # cut short
    window, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    click(qtbot, button(page, "Komputer kantor (menerima batch)"))
    assert page.office_box.isVisible() and not page.laptop_box.isVisible()
    assert not page.export_button.isVisible()  # the office does not see the laptop's panel

    # 1. a damaged file
    assert page.import_batch(damaged) is None
    assert page.outcomes.index(0, 1).data().startswith("Ditolak: ")
    assert "ekspor lagi dari laptop" in page.outcomes.index(0, 2).data()
    assert damaged.name in page.result.text() and "Tidak ada yang diubah" in \
        page.result.text()

    # 2. an unknown laptop the supervisor does not trust: said, with what to do
    with dialogs.answer(NewDeviceDialog, lambda d: click(qtbot, button(d, "Jangan impor"))):
        assert page.import_batch(batch) is None
    assert "belum dipercaya" in page.outcomes.index(0, 1).data()
    assert "Cocokkan sidik jari" in page.outcomes.index(0, 2).data()

    # 3. the laptop known, but another program holds the database
    with laptop.ws.db.session() as s:
        laptop_key = keys.export_public_key(s)
    with office.db.session() as s:
        head = accounts.authenticate(s, Actor(office.device_id), "kepala", "sandi-kantor-1")
        assert isinstance(head, accounts.OfficerInfo)
        keys.import_public_key(s, Actor(office.device_id, head.id), laptop_key)
    QThreadPool.globalInstance().waitForDone()
    other = sqlite3.connect(office.data_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert page.import_batch(batch) is None
    finally:
        other.execute("ROLLBACK")
        other.close()
    dialogs.check()  # said on the page, no box to click away
    outcome = page.outcomes.index(0, 1).data()
    assert outcome.startswith("Ditolak: database sedang dipakai program lain"), outcome
    assert "Tidak ada yang diubah" in page.outcomes.index(0, 2).data()
    assert "database sedang dipakai" in page.result.text()
    with office.db.session() as s:
        assert s.scalars(select(Member.id)).first() is None  # nothing half imported

    # ... and once the database is free, the same file goes in
    report = page.import_batch(batch)
    assert report is not None and report.new >= 3
    assert page.outcomes.index(0, 1).data().startswith("Diterima: baru")
    # what any of it said, on the page or on stderr, names nobody
    out, err = capfd.readouterr()
    told = " ".join([out, err, page.result.text(),
                     *(str(v) for c in range(3) for v in rows(page.outcome_table, c)),
                     *(w.text() for w in page.findChildren(QLabel))])
    for person in PEOPLE[0:3]:
        for value in (person["nik"], person["nama"], person["no_hp"]):
            assert value not in told
    window.close()


def test_members_made_together_are_told_apart_in_the_audit_list() -> None:
    """A member's id starts with the time it was made (version 7): the members of one
    import share their first digits, so the audit list and the retention list show a
    member's last eight, and other records' first eight as before."""
    import uuid

    from app.services import members

    made = [str(uuid.UUID(int=n)) for n in members.new_ids(50)]
    assert len({audit_words.object_text("member", i) for i in made}) == 50
    assert audit_words.object_text("member", made[0]) == f"Peserta {made[0][-8:]}"
    event = str(uuid.uuid4())
    assert audit_words.object_text("event", event).endswith(event[:8])
