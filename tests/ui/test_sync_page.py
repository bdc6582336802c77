"""The Sinkron page, the whole round by the desk with no command line: the laptop shows
its key fingerprint and installs the office key after seeing its fingerprint; the office
saves its key file, imports a new laptop's batch by the confirmation button, says why a
batch was refused (and changes nothing), shows a restored laptop's new audit chain, and
writes the acknowledgement; each end sees only its own panel."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from app.db import DB_FILENAME
from app.domain.errors import NotAllowed
from app.services import accounts, backup, device, keys, member_search, station
from app.services.audit import Actor
from app.services.member_changes import get_member
from app.services.sync import export, merge
from app.services.sync.format import open_batch
from app.services.workspace import Workspace
from app.ui.conflict_dialog import ConflictDialog
from app.ui.key_dialogs import NewDeviceDialog, OfficeKeyDialog
from app.ui.sync_page import SyncPage
from tests.helpers.dbstate import refused_attempts, snapshot
from tests.helpers.desk import member_count, sync_page
from tests.helpers.fieldday import Dialogs, button, click
from tests.helpers.officers import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    PEOPLE,
    FieldLaptop,
    new_office,
    signed_in,
)
from tests.helpers.sync import Laptop


@pytest.fixture
def dialogs() -> Iterator[Dialogs]:
    answering = Dialogs()
    yield answering
    answering.stop()


def fingerprint_of(ws: Workspace) -> str:
    with ws.db.session() as s:
        return station.own_key(s).fingerprint


def first_batch(tmp_path: Path, office: Workspace, people: list[dict[str, Any]]
                ) -> tuple[FieldLaptop, Path, Path, str]:
    """Laptop A, trusting `office`, with `people` registered and sent: the laptop, the
    stick, its first batch on it, and the laptop key's fingerprint."""
    with office.db.session() as s:
        office_key = keys.export_public_key(s)
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    laptop.register(people)
    stick = tmp_path / "usb"
    stick.mkdir()
    return laptop, stick, laptop.export(stick), fingerprint_of(laptop.ws)


def labels_text(page: SyncPage) -> str:
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisible())


def test_a_fresh_machine_is_asked_once_then_each_end_sees_its_own_panel(
        qtbot: QtBot, tmp_path: Path) -> None:
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    _w, page = sync_page(qtbot, laptop.ws, "admin", ADMIN_PASSWORD)
    assert page.station_box.isVisible()
    assert not page.laptop_box.isVisible() and not page.office_box.isVisible()
    click(qtbot, button(page, "Laptop lapangan (mengirim batch)"))
    assert page.laptop_box.isVisible() and not page.office_box.isVisible()
    for text in ("Ekspor batch ke USB…", "Pasang kunci kantor…",
                 "Impor tanda terima dari kantor…"):
        button(page, text)  # offered, once each
    for text in ("Impor batch…", "Buat tanda terima…", "Tinjau konflik…",
                 "Simpan berkas kunci kantor…"):
        assert not any(b.isVisible() for b in page.findChildren(QPushButton)
                       if b.text() == text), text
    assert fingerprint_of(laptop.ws) in labels_text(page)  # the laptop's own key
    # chosen, not yet decided by a batch: the choice can still be changed
    click(qtbot, button(page, "Komputer kantor (menerima batch)"))
    assert page.office_box.isVisible() and not page.laptop_box.isVisible()
    click(qtbot, button(page, "Laptop lapangan (mengirim batch)"))
    stick = tmp_path / "usb"
    stick.mkdir()
    page.export_to(stick)  # the folder the officer picked
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    # a laptop that sent a batch is a laptop: nothing left to choose
    assert not page.station_box.isVisible() and page.laptop_box.isVisible()
    assert "Batch 1 ditulis" in page.status.text()


def test_laptop_installs_the_office_key_after_seeing_its_fingerprint(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    office = new_office(tmp_path)
    window, office_page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    click(qtbot, button(office_page, "Komputer kantor (menerima batch)"))
    key_file = tmp_path / "usb-kunci-kantor.json"
    assert office_page.write_key_file(key_file)  # the file the supervisor saved
    office_print = fingerprint_of(office)
    assert office_print in office_page.office_own_key.text()
    window.close()

    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    # an officer sees the laptop's panel but may not change whom it trusts
    window, page = sync_page(qtbot, laptop.ws, "budi", OFFICER_PASSWORD)
    click(qtbot, button(page, "Laptop lapangan (mengirim batch)"))
    assert not page.office_key_button.isVisible()
    assert not page.ack_import_button.isVisible()
    window.close()

    window, page = sync_page(qtbot, laptop.ws, "admin", ADMIN_PASSWORD)
    assert "belum dipasang" in page.office_key.text()
    shown: list[str] = []

    def compare(dialog: OfficeKeyDialog) -> None:
        shown.append(" ".join(w.text() for w in dialog.findChildren(QLabel)))
        click(qtbot, dialog.confirm)

    with dialogs.answer(OfficeKeyDialog, compare):
        assert page.install_office_key(key_file)  # the file the administrator picked
    dialogs.check()
    assert office_print in shown[0] and "Kantor Disperinaker" in shown[0]
    with laptop.ws.db.session() as s:
        trusted = keys.office(s)
        assert trusted is not None and trusted[0] == office.device_id
    assert office_print in page.office_key.text()
    assert page.office_key_button.text() == "Ganti kunci kantor…"
    assert not page.station_box.isVisible()  # a laptop that trusts an office is a laptop

    # another office's key: a deliberate act that shows both fingerprints; Batal first
    other = Workspace.open(tmp_path / "kantor-baru")
    with other.db.session() as s:
        device.initialise(s, "Kantor Provinsi", "35.74")
        (tmp_path / "kunci-baru.json").write_text(json.dumps(keys.export_public_key(s)))
    other_print = fingerprint_of(other)

    def decline(dialog: OfficeKeyDialog) -> None:
        shown.append(" ".join(w.text() for w in dialog.findChildren(QLabel)))
        click(qtbot, button(dialog, "Batal"))

    with dialogs.answer(OfficeKeyDialog, decline):
        assert not page.install_office_key(tmp_path / "kunci-baru.json")
    assert office_print in shown[1] and other_print in shown[1]
    with laptop.ws.db.session() as s:
        assert station.trusted_office(s) == station.KeyInfo("Kantor Disperinaker",
                                                            office_print)
    with dialogs.answer(OfficeKeyDialog, compare):
        assert page.install_office_key(tmp_path / "kunci-baru.json")
    with laptop.ws.db.session() as s:
        assert station.trusted_office(s) == station.KeyInfo("Kantor Provinsi", other_print)
    assert other_print in page.office_key.text()
    # a file that is no key file: the reason, and nothing trusted
    junk = tmp_path / "bukan-kunci.json"
    junk.write_text('{"format": "lain"}')
    told: list[str] = []
    with dialogs.message(lambda box: told.append(box.text())):
        assert not page.install_office_key(junk)
    assert "bukan dari Lindungi" in told[0]
    window.close()


def test_office_imports_a_new_laptop_by_the_confirmation_button(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    office = new_office(tmp_path)
    laptop, stick, batch, laptop_print = first_batch(tmp_path, office, PEOPLE[0:4])

    _w, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    click(qtbot, button(page, "Komputer kantor (menerima batch)"))
    assert not page.laptop_box.isVisible() and not page.export_button.isVisible()
    before = snapshot(office, refusals=False)  # (the attempt is in the office's trail)
    shown: list[str] = []

    def refuse(dialog: NewDeviceDialog) -> None:
        shown.append(" ".join(w.text() for w in dialog.findChildren(QLabel)))
        click(qtbot, button(dialog, "Jangan impor"))

    with dialogs.answer(NewDeviceDialog, refuse):
        assert page.import_batch(batch) is None
    assert laptop_print in shown[0] and "Laptop A" in shown[0]
    assert "--trust" not in shown[0]  # no command line for the supervisor
    assert snapshot(office, refusals=False) == before
    assert page.outcomes.rowCount() == 1
    assert "belum dipercaya" in page.outcomes.index(0, 1).data()
    assert laptop_print in page.outcomes.index(0, 2).data()

    def trust(dialog: NewDeviceDialog) -> None:
        click(qtbot, dialog.confirm)

    with dialogs.answer(NewDeviceDialog, trust):
        report = page.import_batch(batch)
    dialogs.check()
    assert report is not None and report.new > 4
    assert page.result.text().startswith(f"{batch.name}: baru {report.new},")
    assert page.outcomes.index(0, 1).data().startswith("Diterima: baru")
    assert member_count(office) == 4
    with office.db.session() as s:
        assert [name for name, _id in keys.other_devices(s)] == ["Laptop A"]
    # the same file again: known now, nothing asked, nothing changed
    again = page.import_batch(batch)
    dialogs.check()
    assert again is not None and again.already_imported
    assert "Sudah pernah diimpor" in page.outcomes.index(0, 1).data()
    # batch 3 before batch 2: the missing number is said, with what to do
    laptop.export(stick)
    laptop.register(PEOPLE[4:5])
    third = laptop.export(stick)
    assert page.import_batch(third) is not None
    assert "Belum diterima dari Laptop A: batch 2. Cari berkasnya" in page.result.text()
    assert "belum diterima" in page.outcomes.index(0, 2).data()
    # the acknowledgement for that laptop, from the same page
    assert page.device_combo.currentText() == "Laptop A"
    assert (page.write_ack(page.device_combo.currentData(), stick / "tt.json") or 0) >= 5
    assert "Impor tanda terima dari kantor" in page.result.text()
    # ... and on the laptop, its administrator imports it from the laptop's page
    window, laptop_page = sync_page(qtbot, laptop.ws, "admin", ADMIN_PASSWORD)
    assert laptop_page.ack_import_button.isVisible() and \
        laptop_page.ack_import_button.isEnabled()
    assert (laptop_page.import_ack(stick / "tt.json") or 0) >= 5
    dialogs.check()
    assert "ditandai diterima kantor" in laptop_page.status.text()
    window.close()


def test_only_an_administrator_trusts_a_new_laptop(qtbot: QtBot, tmp_path: Path,
                                                 dialogs: Dialogs) -> None:
    """The office's supervisor imports batches, but a laptop's first batch trusts the
    laptop's key: the page tells the supervisor to ask an administrator (no question to
    answer), the service refuses the trust itself, and the refusal is in the trail."""
    office = new_office(tmp_path)
    head = signed_in(office, "kepala", "sandi-kantor-1")
    with office.db.session() as s:
        for user, role in (("dewi", "supervisor"), ("yanto", "officer")):
            accounts.create_officer(s, head, user, "teh-manis-sore-hari", role, user.title())
    _laptop, _stick, batch, laptop_print = first_batch(tmp_path, office, PEOPLE[0:2])
    with office.db.session() as s:
        station.choose(s, False, station.OFFICE)
    records = set(snapshot(office)) - {"audit_entries"}  # (each sign-in is audited)
    before = snapshot(office, tables=records)

    window, page = sync_page(qtbot, office, "dewi", "teh-manis-sore-hari")
    asked: list[NewDeviceDialog] = []  # (answered, so that a wrong question cannot hang)
    dialogs.handlers.append((NewDeviceDialog, lambda d: d.reject(), asked))
    assert page.import_batch(batch) is None
    assert not asked  # nothing to confirm: the supervisor may not trust a laptop
    dialogs.handlers.clear()
    dialogs.check()
    assert "belum dipercaya" in page.outcomes.index(0, 1).data()
    todo = page.outcomes.index(0, 2).data()
    assert "Hanya Administrator" in todo and laptop_print in todo
    window.close()
    for user in ("dewi", "yanto"):  # asked to trust anyway, the service says no
        with pytest.raises(NotAllowed, match="Hanya Administrator yang boleh mempercayai laptop"):
            merge.import_file(office, signed_in(office, user, "teh-manis-sore-hari"), batch,
                              trust_new_device=True)
    assert snapshot(office, tables=records) == before
    assert [a["reason"].startswith("Hanya Administrator")
            for a in refused_attempts(office)] == [False, True, True]

    window, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    with dialogs.answer(NewDeviceDialog, lambda d: click(qtbot, d.confirm)):
        report = page.import_batch(batch)
    dialogs.check()
    assert report is not None and member_count(office) == 2
    window.close()


def test_a_refused_batch_shows_its_reason_and_changes_nothing(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    office = new_office(tmp_path)
    with office.db.session() as s:
        office_key = keys.export_public_key(s)
    stick = tmp_path / "usb"
    stick.mkdir()
    good = FieldLaptop(tmp_path, "Laptop A", office_key)
    good.register(PEOPLE[0:2])
    merge.import_file(office, signed_in(office, "kepala", "sandi-kantor-1"),
                      good.export(stick), trust_new_device=True)  # the office has received a batch
    good.register(PEOPLE[2:4])
    sound = good.export(stick)
    tampered = stick / f"diubah-{sound.name}"
    data = bytearray(sound.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed on the stick
    tampered.write_bytes(bytes(data))
    # a laptop of another office: new here, and its batch is encrypted for that office
    elsewhere = Laptop(tmp_path, "Laptop Kabupaten", None)
    other_office = Workspace.open(tmp_path / "kantor-lain")
    with other_office.db.session() as s:
        device.initialise(s, "Kantor Lain", "35.74")
        other_key = keys.export_public_key(s)
    with elsewhere.ws.db.session() as s:
        keys.import_public_key(s, elsewhere.actor, other_key, as_office=True)
    elsewhere.register(PEOPLE[5:7])
    foreign = elsewhere.export(stick).file

    _w, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    assert page.office_box.isVisible() and not page.station_box.isVisible()
    before = snapshot(office, refusals=False)
    refusals = len(refused_attempts(office))
    with dialogs.answer(NewDeviceDialog, lambda d: click(qtbot, d.confirm)):
        results = page.import_files([tampered, foreign])
    dialogs.check()  # said in the list, not in a box to click away
    assert results == [None, None]
    assert snapshot(office, refusals=False) == before
    # each refusal is in the office's trail (and the question about the new laptop)
    assert len(refused_attempts(office)) == refusals + 3
    rows = [(page.outcomes.index(r, 0).data(), page.outcomes.index(r, 1).data(),
             page.outcomes.index(r, 2).data()) for r in range(page.outcomes.rowCount())]
    assert [r[0] for r in rows] == [tampered.name, foreign.name]
    assert rows[0][1].startswith("Ditolak: ")
    assert rows[1][1].startswith("Ditolak: ") and "kantor lain" in rows[1][1]
    assert all("Tidak ada yang diubah" in r[2] for r in rows)
    assert "ditolak" in page.result.text() and foreign.name in page.result.text()
    with office.db.session() as s:  # the foreign laptop was not pinned either
        assert [name for name, _id in keys.other_devices(s)] == ["Laptop A"]
    for person in PEOPLE[2:7]:  # no personal data in what the page says
        assert person["nama"] not in labels_text(page) and person["nik"] not in str(rows)


def test_a_restored_laptop_shows_its_new_audit_chain(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    office = new_office(tmp_path)
    with office.db.session() as s:
        office_key = keys.export_public_key(s)
    stick = tmp_path / "usb"
    stick.mkdir()
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:2])
    first = laptop.export(stick)
    [copy] = backup.make_backup(laptop.ws.data_dir, "manual")
    laptop.register(PEOPLE[2:4])
    second = laptop.export(stick)
    office_actor = signed_in(office, "kepala", "sandi-kantor-1")
    for batch in (first, second):
        merge.import_file(office, office_actor, batch, trust_new_device=True)
    laptop.ws.close()
    backup.restore(laptop.ws.data_dir, copy, laptop.admin)
    laptop.ws = Workspace.open(laptop.ws.data_dir)
    laptop.register(PEOPLE[4:5])
    third = laptop.export(stick)

    _w, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    report = page.import_batch(third)
    dialogs.check()
    assert report is not None and len(report.restarts) == 1
    paragraph = report.restarts[0].label()
    assert "dipulihkan dari cadangan" in paragraph
    assert f"Laptop Laptop A: {paragraph}" in page.result.text()
    assert "catatan laptop dipulihkan" in page.outcomes.index(0, 2).data()


def test_export_import_and_conflict_review(qtbot: QtBot, demo: Workspace,
                                           tmp_path: Path, dialogs: Dialogs) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    laptop, page = sync_page(qtbot, demo)
    click(qtbot, button(page, "Laptop lapangan (mengirim batch)"))
    assert "belum dipasang" in page.office_key.text()
    page.export_to(stick)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    report = page.last_export
    assert report is not None and report.counts["members"] == 450 and report.file.exists()
    assert "450 peserta" in page.status.text()
    assert laptop.tabs is not None
    laptop.tabs.setCurrentWidget(laptop.members_page)
    assert laptop.members_page.model.index(0, 7).data() == "dikirim (batch 1)"
    with demo.db.session() as s:
        first = member_search.list_members(s, limit=1)[0]
    laptop.close()

    office = Workspace.open(tmp_path / "kantor")
    with office.db.session() as s:
        device.initialise(s, "Kantor", "35.74")
    # a second laptop registered one of the same people
    second = Laptop(tmp_path, "Laptop Lain", None)
    with demo.db.session() as s:
        values = get_member(s, first.id).form_values()
    values.update(sektor="umkm", tanggal_lahir="")
    second.register([values])
    other_file = second.export(stick).file

    _window, page = sync_page(qtbot, office)
    click(qtbot, button(page, "Komputer kantor (menerima batch)"))
    with dialogs.answer(NewDeviceDialog, lambda d: click(qtbot, d.confirm)):
        imported = page.import_batch(report.file)
    assert imported is not None and imported.new >= 450 + 3  # members, event, groups, audit
    assert f"baru {imported.new}," in page.result.text()
    with dialogs.answer(NewDeviceDialog, lambda d: click(qtbot, d.confirm)):
        page.import_batch(other_file)
    assert "konflik 1" in page.result.text()
    assert page.conflicts.rowCount() == 1
    info = page.conflicts.rows[0]
    dialog = ConflictDialog(info, office, page)
    qtbot.addWidget(dialog)
    merge = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Gabungkan pilihan")
    merge.click()
    assert dialog.resolution == "merge"
    page.resolve(info, dialog.resolution, dialog.choices(), "dicek lewat telepon")
    assert page.conflicts.rowCount() == 0
    with office.db.session() as s:
        assert keys.other_devices(s)[0][0] in ("Laptop Demo Kota Probolinggo", "Laptop Lain")
    path = tmp_path / "ack.json"
    assert (page.write_ack(open_batch(report.file).device_id, path) or 0) >= 450
    dialogs.check()


def test_cancelling_a_long_import_changes_nothing(qtbot: QtBot, demo: Workspace,
                                                  tmp_path: Path, dialogs: Dialogs) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    batch = export.export_batch(demo, Actor(demo.device_id), stick).file  # 450 people
    office = new_office(tmp_path)
    with demo.db.session() as s:
        laptop_key = keys.export_public_key(s)
    with office.db.session() as s:  # the laptop is known: no question before the import
        head = accounts.authenticate(s, Actor(office.device_id), "kepala", "sandi-kantor-1")
        assert isinstance(head, accounts.OfficerInfo)
        keys.import_public_key(s, Actor(office.device_id, head.id), laptop_key)
    _w, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    # the page's own background work (counters, lists) done first: the progress dialog
    # answered below is the import's and no other
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    before = snapshot(office)
    # Another program writes to the office's database meanwhile (up to its busy timeout
    # the import waits for the write lock): so the person surely presses Cancel while
    # the import is under way, however fast this machine imports 450 people.
    other = sqlite3.connect(office.data_dir / DB_FILENAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    def cancel(progress: QProgressDialog) -> None:
        assert progress.windowTitle().startswith("Impor batch"), progress.windowTitle()
        click(qtbot, button(progress, "Batal"))
        other.execute("ROLLBACK")  # the other program is done; the import goes on

    try:
        with dialogs.answer(QProgressDialog, cancel):
            assert page.import_batch(batch) is None
    finally:
        other.close()
    dialogs.check()
    assert snapshot(office) == before
    assert page.outcomes.index(0, 1).data() == "Impor dibatalkan; tidak ada yang diubah"
    assert "impor dibatalkan" in page.result.text()


def test_a_bug_during_an_import_is_a_crash_report_not_a_refusal(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    office = new_office(tmp_path)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[0:1])
    stick = tmp_path / "usb"
    stick.mkdir()
    batch = laptop.export(stick)
    _w, page = sync_page(qtbot, office, "kepala", "sandi-kantor-1")
    click(qtbot, button(page, "Komputer kantor (menerima batch)"))
    secret = f"{PEOPLE[0]['nama']} {PEOPLE[0]['nik']}"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError(secret)  # a bug whose message would carry personal data

    monkeypatch.setattr(merge, "import_file", broken)
    told: list[str] = []
    with dialogs.message(lambda box: told.append(box.text())):
        assert page.import_batch(batch) is None
    assert told[0].startswith("Terjadi kesalahan program (bukan kesalahan Anda)")
    assert page.outcomes.index(0, 1).data() == "Kesalahan program"
    assert not page.outcomes.index(0, 1).data().startswith("Ditolak")
    shown = " ".join([*told, labels_text(page), page.outcomes.index(0, 2).data()])
    assert PEOPLE[0]["nama"] not in shown and PEOPLE[0]["nik"] not in shown
