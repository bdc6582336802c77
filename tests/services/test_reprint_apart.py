"""A member's slip reprinted at the office and on the laptop that holds the member, while
the two are apart: each takes the next copy number it knows, so both papers say
"SALINAN ke-1". The laptop's next batch went to the office and was refused, and so was
every batch after it (each carried that slip again): the laptop's registrations never
reached the office again. Both copies are now kept, as are the copies of a laptop
restored from a backup that reprints again; a copy number that names another member, or
an original's number sent again, is still refused. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Slip
from app.services import events, slip_codes
from app.services.audit import Actor
from app.services.sync import merge
from app.services.sync.format import BatchRefused
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.officers import PEOPLE, FieldLaptop, forge, office_in


def _reprint(ws: Workspace, actor: Actor, member: uuid.UUID) -> tuple[str, int]:
    with ws.db.session() as s:
        slips, refused = slip_codes.issue_slips(s, actor, [member], "a4", ws.tariffs())
    assert refused == [] and len(slips) == 1
    return slips[0].receipt_no, slips[0].copy_no


def _apart(tmp_path: Path, office_db: OfficeDb
           ) -> tuple[Workspace, Actor, FieldLaptop, uuid.UUID, Path]:
    """A laptop's first batch at the office (two members, their slips); then the office
    reprints the first member's slip, and so does the laptop, neither knowing of the
    other's."""
    office, office_actor, laptop, stick = _sent(tmp_path, office_db, 2)
    member = next(iter(laptop.ids.values()))
    at_office = _reprint(office, office_actor, member)
    on_laptop = _reprint(laptop.ws, laptop.actor, member)
    assert at_office == on_laptop and at_office[1] == 1  # both "SALINAN ke-1"
    return office, office_actor, laptop, member, stick


def test_a_slip_reprinted_at_the_office_and_on_the_laptop_keeps_both(
        tmp_path: Path, office_db: OfficeDb) -> None:
    office, office_actor, laptop, member, stick = _apart(tmp_path, office_db)
    laptop.register(PEOPLE[2:3])
    report = merge.import_file(office, office_actor, laptop.export(stick))
    assert report.new > 0 and report.conflicts == 0
    with office.db.session() as s:
        copies = s.execute(select(Slip.receipt_no, Slip.copy_no, Slip.changed_by_device)
                           .where(Slip.member_id == member, Slip.copy_no > 0)).all()
        summary = events.summarize(s, laptop.event, office.tariffs())
    assert sorted(d for *_, d in copies) == sorted([office.device_id, laptop.ws.device_id])
    assert {(r, c) for r, c, _ in copies} == {(copies[0][0], 1)}
    assert summary.members == 3 and summary.copies == 2  # two papers, both counted
    # no dead end: the laptop's later batches go in, and the office's next copy is ke-2
    laptop.register(PEOPLE[3:4])
    assert merge.import_file(office, office_actor, laptop.export(stick)).new > 0
    assert _reprint(office, office_actor, member)[1] == 2


def test_a_copy_number_the_office_gave_another_member_is_refused(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """The laptop's reprint of the first member, sent as the second member's: the same
    number then names two people."""
    office, office_actor, laptop, member, stick = _apart(tmp_path, office_db)
    other = next(m for m in laptop.ids.values() if m != member)

    def retarget(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        lines = [json.loads(x) for x in parts["slips"].splitlines()]
        reprint = next(x for x in lines if x["copy_no"] == 1)  # the laptop's, new here
        reprint["member_id"] = str(other)
        parts["slips"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)

    source = laptop.export(stick)
    forged = forge(laptop, source, tmp_path / "palsu.ldgb", retarget)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged)
    assert re.match(r"bagian slips baris \d+: nomor slip dan salinannya sudah dipakai slip "
                    "lain di kantor", str(refused.value)), refused.value
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source).new > 0


def test_a_laptop_restored_from_a_backup_that_reprints_again_is_not_shut_out(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """Backup; a reprint (copy 1) sent to the office; the backup restored; the same slip
    reprinted again, copy 1 again as far as the laptop knows. Both papers are kept, and
    the laptop's batches go in (they were refused, every one after that)."""
    from app.services import backup

    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:2])
    laptop.print_slips()
    member = next(iter(laptop.ids.values()))
    stick = tmp_path / "usb"
    stick.mkdir()
    [copy] = backup.make_backup(laptop.ws.data_dir, "manual")
    assert _reprint(laptop.ws, laptop.actor, member)[1] == 1
    merge.import_file(office, office_actor, laptop.export(stick), trust_new_device=True)
    laptop.ws.close()
    backup.restore(laptop.ws.data_dir, copy, laptop.admin)
    laptop.ws = Workspace.open(laptop.ws.data_dir)
    assert _reprint(laptop.ws, laptop.actor, member)[1] == 1  # its copy 1 was lost
    assert merge.import_file(office, office_actor, laptop.export(stick)).new > 0
    laptop.register(PEOPLE[2:3])
    assert merge.import_file(office, office_actor, laptop.export(stick)).new > 0
    with office.db.session() as s:
        copies = s.scalars(select(Slip.copy_no).where(Slip.member_id == member,
                                                      Slip.copy_no > 0)).all()
    assert copies == [1, 1]


def test_an_originals_number_sent_again_as_a_new_slip_is_refused(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """A new slip carrying an original's receipt number (copy 0) the office holds, even
    for the same member: an original's number is its device's alone."""
    office, office_actor, laptop, member, stick = _apart(tmp_path, office_db)
    laptop.register(PEOPLE[2:3])
    source = laptop.export(stick)
    with laptop.ws.db.session() as s:
        original = s.scalars(select(Slip).where(Slip.member_id == member,
                                                Slip.copy_no == 0)).one()
        receipt = original.receipt_no

    def again(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        lines = [json.loads(x) for x in parts["slips"].splitlines()]
        sent = next(x for x in lines if x["receipt_no"] == receipt and x["copy_no"] == 0)
        lines.remove(sent)  # sent again until acknowledged: left out
        lines.append(dict(sent, id=uuid.uuid4().hex))
        parts["slips"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
        manifest["counts"] = dict(manifest["counts"], slips=len(lines))

    forged = forge(laptop, source, tmp_path / "palsu.ldgb", again)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match="sudah dipakai slip lain di kantor"):
        merge.import_file(office, office_actor, forged)
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source).new > 0


def test_two_desks_reprinting_one_member_at_once_take_two_copy_numbers(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """Two desks of the office on one database reprint the same member's slip at the same
    moment: the second waits for the first and takes the next copy (no index refuses two
    copies with one number any more, so nothing else would keep them apart)."""
    office, office_actor, laptop, _stick = _sent(tmp_path, office_db, 1)
    member = next(iter(laptop.ids.values()))
    second = _second_desk(tmp_path, office_db, office)
    first_holds, go = threading.Event(), threading.Event()
    copies: dict[str, int] = {}

    def desk(name: str, ws: Workspace, wait: threading.Event | None) -> None:
        with ws.db.session() as s:
            slips, _ = slip_codes.issue_slips(s, office_actor, [member], "a4", ws.tariffs())
            if wait is not None:
                first_holds.set()
                assert wait.wait(30)
        copies[name] = slips[0].copy_no

    one = threading.Thread(target=desk, args=("one", office, go))
    one.start()
    assert first_holds.wait(30)
    two = threading.Thread(target=desk, args=("two", second, None))
    two.start()
    two.join(1.0)
    assert two.is_alive()  # waiting for the first desk's numbers
    go.set()
    one.join(30)
    two.join(30)
    assert copies == {"one": 1, "two": 2}


def test_a_slip_the_laptop_printed_of_a_member_the_office_erased_keeps_no_code(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """The office erases laptop A's member at the person's request; A, not knowing yet,
    reprints the slip and sends it. The office keeps the slip's number, not its signed
    code: that names the person."""
    from app.models import Member
    from app.services import accounts, privacy

    office, office_actor, laptop, stick = _sent(tmp_path, office_db, 2)
    member = laptop.ids[PEOPLE[0]["nik"]]
    with office.db.session() as s:
        approval = accounts.approve(s, office_actor, "kepala", "sandi-kantor-1")
        assert isinstance(approval, accounts.Approval)
        privacy.erase_member(s, office_actor, member, "permintaan peserta sendiri", approval)
    assert _reprint(laptop.ws, laptop.actor, member)[1] == 1
    merge.import_file(office, office_actor, laptop.export(stick))
    with office.db.session() as s:
        erased = s.get(Member, member)
        slips = s.execute(select(Slip.copy_no, Slip.payload)
                          .where(Slip.member_id == member)).all()
    assert erased is not None and erased.status == "erased"
    assert sorted(c for c, _ in slips) == [0, 1]  # the laptop's reprint is counted
    assert all(payload == "" for _, payload in slips)


def test_two_desks_confirming_one_reprint_job_store_it_once(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """Two desks say "printed" for the same reprint job at the same moment (or the
    printer's answer and an officer do): one slip is stored, not two; the second desk
    finds the job done."""
    from app.services import print_jobs, print_queue

    office, office_actor, laptop, _stick = _sent(tmp_path, office_db, 1)
    member = next(iter(laptop.ids.values()))
    job, _ = print_jobs.slips_to_queue(office, office_actor, [member], "a4", "ulang")
    with office.db.session() as s:
        print_queue.mark_sending(s, job.id)
    second = _second_desk(tmp_path, office_db, office)
    first_holds, go = threading.Event(), threading.Event()
    issued: dict[str, int] = {}

    def desk(name: str, ws: Workspace, wait: threading.Event | None) -> None:
        with ws.db.session() as s:
            issued[name] = print_queue.mark_printed(s, office_actor, job.id, "meja")
            if wait is not None:
                first_holds.set()
                assert wait.wait(30)

    one = threading.Thread(target=desk, args=("one", office, go))
    one.start()
    assert first_holds.wait(30)
    two = threading.Thread(target=desk, args=("two", second, None))
    two.start()
    two.join(1.0)
    assert two.is_alive()  # waits for the first desk
    go.set()
    one.join(30)
    two.join(30)
    assert issued == {"one": 1, "two": 0}
    with office.db.session() as s:
        copies = s.scalars(select(Slip.copy_no).where(Slip.member_id == member,
                                                      Slip.copy_no > 0)).all()
    assert copies == [1]


def test_a_slip_printed_while_another_desk_changes_the_home_region_both_finish(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """Numbering a slip takes the device row, then the audit chain; changing the home
    region took them the other way round: two desks doing both at once deadlocked on
    PostgreSQL, one of them told the database was busy."""
    from app.services import device

    office, office_actor, laptop, _stick = _sent(tmp_path, office_db, 1)
    member = next(iter(laptop.ids.values()))
    second = _second_desk(tmp_path, office_db, office)
    started = threading.Event()
    failed: list[BaseException] = []

    def change_region() -> None:
        assert started.wait(30)
        try:
            with second.db.session() as s:
                device.set_home_region(s, office_actor, "35.73")
        except BaseException as exc:  # what the desk would show
            failed.append(exc)

    other = threading.Thread(target=change_region)
    other.start()
    with office.db.session() as s:
        device.local_device(s, for_update=True)  # where numbering starts
        started.set()
        other.join(1.0)  # the other desk, meanwhile, as far as it gets
        slips, _ = slip_codes.issue_slips(s, office_actor, [member], "a4", office.tariffs())
    other.join(30)
    assert failed == [] and slips[0].copy_no == 1
    with office.db.session() as s:
        assert device.local_device(s).region_code == "35.73"


def _second_desk(tmp_path: Path, office_db: OfficeDb, office: Workspace) -> Workspace:
    """Another desk of the office on the same database."""
    url = office.db.engine.url
    if url.get_backend_name() == "sqlite":
        return office_db.open(tmp_path / "kantor")
    return office_db.open(tmp_path / "meja-2", url.render_as_string(hide_password=False))


def test_a_laptop_verifies_its_own_batch_with_reprints(tmp_path: Path) -> None:
    """`batch verify` on the laptop that wrote the batch (and the program's self-test):
    its members and slips are at hand and held by no other device, which at an office
    would mark them the office's own; here they are the laptop's."""
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:2])
    laptop.print_slips()
    _reprint(laptop.ws, laptop.actor, next(iter(laptop.ids.values())))
    stick = tmp_path / "usb"
    stick.mkdir()
    batch = laptop.export(stick)
    with laptop.ws.db.session() as s:
        verified = merge.verify_file(s, laptop.actor, batch)
    assert verified.valid, verified.reason


def _sent(tmp_path: Path, office_db: OfficeDb, people: int
          ) -> tuple[Workspace, Actor, FieldLaptop, Path]:
    """An office and a laptop (plain batches, to be forged) whose first `people`
    registrations and their slips the office has imported; the stick it used."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:people])
    laptop.print_slips()
    stick = tmp_path / "usb"
    stick.mkdir()
    merge.import_file(office, office_actor, laptop.export(stick), trust_new_device=True)
    return office, office_actor, laptop, stick
