"""Batches from laptops used as designed: accounts exist, an officer signs in and does the
work, so every record names officers the office has never seen. The office keeps them as
field officers; a batch naming what neither it nor the office holds is refused whole.

Every office-side test runs on SQLite and on PostgreSQL (`office_db`)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Event, Member, Officer, Slip
from app.services import accounts, events, member_columns, member_import, reports
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.sync import acks, export, merge, records
from app.services.sync.format import FORMAT_VERSION, BatchRefused, open_batch
from tests.helpers.dbstate import refused_attempts, snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.officers import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    PEOPLE,
    FieldLaptop,
    forge,
    office_in,
)
from tests.helpers.people import TODAY


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_officers_travel_with_their_records(tmp_path: Path, stick: Path,
                                           office_db: OfficeDb) -> None:
    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = FieldLaptop(tmp_path, "Laptop A", office_key)
    b = FieldLaptop(tmp_path, "Laptop B", office_key)  # also has an 'admin' and a 'budi'
    a.register(PEOPLE[0:5])
    a.print_slips()
    b.register(PEOPLE[5:8])
    for laptop in (a, b):
        report = merge.import_file(office, office_actor, laptop.export(stick),
                                   trust_new_device=True)
        assert report.already_imported is False

    with office.db.session() as s:
        rows = {m.nik: m for m in s.scalars(select(Member))}
        assert len(rows) == 8
        for nik, laptop in [(p["nik"], a) for p in PEOPLE[0:5]] + \
                [(p["nik"], b) for p in PEOPLE[5:8]]:
            assert rows[nik].registered_by_id == laptop.budi_id  # under the right officer
            assert rows[nik].consent_officer_id == laptop.budi_id
        slips = s.scalars(select(Slip)).all()
        assert len(slips) == 5 and {sl.officer_id for sl in slips} == {a.budi_id}
        budis = {o.home_device_id: o for o in s.scalars(
            select(Officer).where(Officer.username == "budi"))}
        # two field officers named 'budi', one per laptop, neither able to sign in here
        assert set(budis) == {a.ws.device_id, b.ws.device_id}
        assert {o.full_name for o in budis.values()} == {"Budi dari Laptop A",
                                                        "Budi dari Laptop B"}
        assert all(o.password_hash == "" for o in budis.values())
        login = accounts.authenticate(s, Actor(office.device_id), "budi", OFFICER_PASSWORD)
        assert isinstance(login, accounts.AuthError)
        # the office's own administrator is still the only one who signs in here
        assert [o.username for o in accounts.list_officers(s) if o.can_sign_in] == ["kepala"]
        recap = reports.collect(s, office.tariffs(), reports.Scope())
        by_officer = {line.label: line.members for line in recap.by_officer}
        assert by_officer == {"Budi dari Laptop A": 5, "Budi dari Laptop B": 3}

    # renamed on laptop A, with no new registration: the next batch carries the change
    with a.ws.db.session() as s:
        accounts.update_officer(s, a.admin, a.budi_id, full_name="Budi Santoso")
    merge.import_file(office, office_actor, a.export(stick))
    with office.db.session() as s:
        renamed = s.get(Officer, a.budi_id)
        assert renamed is not None and renamed.full_name == "Budi Santoso"
        assert renamed.password_hash == ""  # a batch never gives a password

    # the acknowledgement covers the officers too: the next export leaves them out
    ack = tmp_path / "ack-a.json"
    with office.db.session() as s:
        acks.make_ack(s, office_actor, a.ws.device_id, ack)
    with a.ws.db.session() as s:
        acks.import_ack(s, a.admin, ack)
    quiet = export.export_batch(a.ws, a.admin, stick)
    assert (quiet.counts["members"], quiet.counts["events"], quiet.counts["slips"]) == (0, 0, 0)
    # it still carries the audit entries written since, and the officers they name
    quiet_batch = open_batch(quiet.file)
    assert quiet_batch.manifest["counts"]["officers"] == 2  # 'admin' (ack import), 'budi'
    assert merge.import_file(office, office_actor, quiet.file).new > 0


def _plain_batch(laptop: FieldLaptop, stick: Path) -> Path:
    """A batch of a laptop that trusts no office yet: not encrypted, so the tests can take
    it apart."""
    path = laptop.export(stick)
    assert open_batch(path).encrypted is False
    return path


@pytest.mark.parametrize("cut", ["event", "officer", "member_of_slip"])
def test_a_batch_naming_what_nobody_holds_is_refused_before_anything_is_written(
        tmp_path: Path, stick: Path, office_db: OfficeDb, cut: str) -> None:
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[10:13])
    laptop.print_slips()
    source = _plain_batch(laptop, stick)

    def drop(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        part = {"event": "events", "officer": "officers", "member_of_slip": "members"}[cut]
        parts[part] = b""
        manifest["counts"] = dict(manifest["counts"], **{part: 0})

    forged = forge(laptop, source, tmp_path / "forged.ldgb", drop)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged, trust_new_device=True)
    reason = str(refused.value)
    expected = {"event": "bagian members baris 1: acara yang dirujuk (event_id)",
                "officer": "bagian members baris 1: petugas yang dirujuk (registered_by_id)",
                "member_of_slip": "bagian slips baris 1: peserta yang dirujuk (member_id)",
                }[cut]
    assert reason.startswith(expected), reason
    assert "tidak ada di batch ini maupun di kantor" in reason
    assert "backup" not in reason and "rusak atau tidak terbaca" not in reason
    # nothing written, not even the device's key; the attempt is on record
    assert snapshot(office, refusals=False) == before
    assert refused_attempts(office)[-1]["reason"] == reason
    # the real batch, complete, goes in
    report = merge.import_file(office, office_actor, source, trust_new_device=True)
    assert report.new > 0


def test_batches_of_a_newer_program_or_missing_a_part_say_so(tmp_path: Path,
                                                             stick: Path) -> None:
    from tests.helpers.office import OfficeDb as Db

    office_db = Db("sqlite", None)
    try:
        office, office_actor, _key = office_in(tmp_path, office_db)
        laptop = FieldLaptop(tmp_path, "Laptop A", None)
        laptop.register(PEOPLE[13:15])
        source = _plain_batch(laptop, stick)

        newer = forge(laptop, source, tmp_path / "newer.ldgb",
                      lambda m, p: f"lindungi-batch/{FORMAT_VERSION + 1}")
        with pytest.raises(BatchRefused, match=r"dibuat versi Lindungi yang lebih baru.*"
                           r"perbarui program di kantor"):
            merge.import_file(office, office_actor, newer, trust_new_device=True)

        def extra_column(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
            lines = [json.loads(x) for x in parts["members"].splitlines()]
            parts["members"] = b"".join(
                json.dumps({**x, "kolom_baru": 1}).encode() + b"\n" for x in lines)

        ahead = forge(laptop, source, tmp_path / "ahead.ldgb", extra_column)
        with pytest.raises(BatchRefused, match="lebih baru"):
            merge.import_file(office, office_actor, ahead, trust_new_device=True)

        def no_members(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
            del parts["members"]

        partial = forge(laptop, source, tmp_path / "partial.ldgb", no_members)
        with office.db.session() as s:
            verdict = merge.verify_file(s, office_actor, partial)
        assert verdict.valid is False
        assert verdict.reason.startswith("bagian members tidak ada di batch")
    finally:
        office_db.close()


def test_office_officers_keep_their_ids_on_the_laptop_and_its_batches_merge(
        tmp_path: Path, stick: Path, office_db: OfficeDb) -> None:
    from app.services import config_package

    office, office_actor, office_key = office_in(tmp_path, office_db)
    with office.db.session() as s:
        sari = accounts.create_officer(s, office_actor, "sari", "sandi-sari-1", "officer",
                                       "Sari dari Kantor")
    package = tmp_path / "paket.json"
    with office.db.session() as s:
        config_package.make_package(s, office_actor, package, {
            "officers": config_package.officers_from_session(s),
            "events": [{"name": "Sosialisasi Pilang", "date": "2026-11-21", "venue": "Balai",
                        "region_code": "35.74.02"}]})
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    with laptop.ws.db.session() as s:
        applied = config_package.import_package(s, laptop.admin, package)
    # the laptop's own 'admin' keeps signing in; the office's 'kepala' and 'sari' arrive
    assert applied["officers"] == 2 and applied["officers_without_sign_in"] == 0
    with laptop.ws.db.session() as s:
        login = accounts.authenticate(s, Actor(laptop.ws.device_id), "sari", "sandi-sari-1")
        planned = s.scalar(select(Event).where(Event.name == "Sosialisasi Pilang"))
    assert isinstance(login, accounts.OfficerInfo) and login.id == sari.id
    assert planned is not None
    laptop.actor = Actor(laptop.ws.device_id, sari.id)
    laptop.event = planned.id
    laptop.register(PEOPLE[15:17])
    report = merge.import_file(office, office_actor, laptop.export(stick),
                               trust_new_device=True)
    assert report.new > 0
    with office.db.session() as s:
        got = {m.nik: (m.registered_by_id, m.event_id) for m in s.scalars(select(Member))}
        office_sari = s.get(Officer, sari.id)
    assert got == {p["nik"]: (sari.id, planned.id) for p in PEOPLE[15:17]}
    assert office_sari is not None and office_sari.password_hash != ""  # untouched


def test_an_export_is_one_moment_and_marks_exactly_what_it_holds(tmp_path: Path,
                                                                stick: Path) -> None:
    """Another desk opens a new event and saves someone in it while the export reads:
    after the events were read, before the members are. The file holds neither (one
    moment of the laptop), so the office takes it; neither is marked sent; the next
    export carries both."""
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[17:20])
    real_pending = export._pending
    late = PEOPLE[20:21]

    def pending_then_register(session: Any, name: str) -> list[dict[str, Any]]:
        rows = real_pending(session, name)
        if name == "events":
            with laptop.ws.db.session() as s:
                laptop.event = events.create_event(s, laptop.actor, "Acara sore", TODAY, "",
                                                   "35.74.03").id
            laptop.register(late)
        return rows

    export._pending = pending_then_register
    try:
        first = export.export_batch(laptop.ws, laptop.actor, stick)
    finally:
        export._pending = real_pending
    in_file = _member_revisions(first.file)
    with laptop.ws.db.session() as s:
        marked = {m.id: m.sync_revision for m in s.scalars(
            select(Member).where(Member.sync_batch == first.sequence))}
        late_row = s.get(Member, laptop.ids[late[0]["nik"]])
    assert marked == in_file and len(in_file) == 3
    assert late_row is not None and late_row.sync_batch is None
    office_db = OfficeDb("sqlite", None)
    try:
        office, office_actor, _key = office_in(tmp_path, office_db)
        merge.import_file(office, office_actor, first.file, trust_new_device=True)
        second = export.export_batch(laptop.ws, laptop.actor, stick)
        assert laptop.ids[late[0]["nik"]] in _member_revisions(second.file)
        assert merge.import_file(office, office_actor, second.file).new > 0
    finally:
        office_db.close()


def _member_revisions(path: Path) -> dict[uuid.UUID, int]:
    batch = open_batch(path)
    return {r["id"]: r["revision"] for r in
            records.load_lines("members", batch.part("members"))}


def test_exports_while_another_process_imports_a_spreadsheet(tmp_path: Path,
                                                             stick: Path) -> None:
    """The officer exports again and again while another process (the real command) imports
    two and a half chunks of rows into an event it creates: every file is one moment of the laptop
    (its members' event is in it), the office takes every one, and what the laptop marks
    sent is exactly what each file holds."""
    import csv
    import os
    import subprocess
    import sys

    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    rows = member_import.CHUNK * 5 // 2  # the import commits twice before its last chunk
    people = [p.row() for p in PeopleFactory(515).people(rows)]
    sheet = tmp_path / "peserta.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(member_columns.COLUMNS))
        out.writeheader()
        out.writerows(people)
    with laptop.ws.db.session() as s:  # no open event: the import makes its own
        events.close_event(s, laptop.actor, laptop.event, laptop.ws.tariffs())
    env = {**os.environ, "LINDUNGI_USER": "budi", "LINDUNGI_PASSWORD": OFFICER_PASSWORD}
    importer = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(laptop.ws.data_dir), "members",
         "import", str(sheet)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    office_db = OfficeDb("sqlite", None)
    office, office_actor, _key = office_in(tmp_path, office_db)
    try:
        sizes = []
        while True:
            running = importer.poll() is None
            sent = export.export_batch(laptop.ws, laptop.actor, stick)
            in_file = _member_revisions(sent.file)
            with laptop.ws.db.session() as s:
                marked = {m.id: m.sync_revision for m in s.scalars(
                    select(Member).where(Member.sync_batch == sent.sequence))}
            assert marked == in_file, f"batch {sent.sequence}"
            report = merge.import_file(office, office_actor, sent.file,
                                       trust_new_device=True)
            assert report.already_imported is False
            sizes.append(len(in_file))
            if not running:
                break
        _, err = importer.communicate()
        assert importer.returncode == 0, err
        # some exports saw the import half done: the race was really run
        assert any(0 < size < rows for size in sizes), sizes
        with office.db.session() as s:
            at_office = s.scalar(select(func.count()).select_from(Member))
        assert at_office == rows
    finally:
        if importer.returncode is None:
            importer.kill()
            importer.communicate()
        office_db.close()


def test_the_office_audit_view_names_field_officers(tmp_path: Path, stick: Path,
                                                    office_db: OfficeDb) -> None:
    from app.services import audit

    office, office_actor, office_key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[21:22])
    merge.import_file(office, office_actor, laptop.export(stick), trust_new_device=True)
    with office.db.session() as s:
        rows = audit.list_entries(s, action="member_create")
    assert [(r.device_id, r.officer) for r in rows] == [
        (laptop.ws.device_id, "Budi dari Laptop A (budi)")]


def test_every_foreign_key_of_a_synced_record_is_checked_on_import() -> None:
    """A column added later that names another record is in REFERENCES, or this fails:
    the office checks exactly those before writing, and the export sends the officers
    they name."""
    part_of = {table.name: part for part, table in records.TABLES.items()}
    foreign = {(part, fk.parent.key, part_of[fk.column.table.name])
               for part, table in records.TABLES.items() for fk in table.foreign_keys}
    assert foreign <= set(records.REFERENCES)
    # and the one plain column that names an officer without a foreign key
    assert ("audit", "officer_id", "officers") in records.REFERENCES


@pytest.mark.parametrize("who", ["existing", "incoming"])
def test_an_erasure_closes_the_conflict_it_was_in(tmp_path: Path, stick: Path,
                                                  office_db: OfficeDb, who: str) -> None:
    """One person registered at two desks is a conflict at the office; the person then
    asks one laptop to erase them. The tombstone wins: the conflict closes as erased, the
    erased record is blank at the office too, and the other record is the person's one
    active registration."""
    from app.models import Conflict
    from app.services import privacy

    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = FieldLaptop(tmp_path, "Laptop A", office_key)
    b = FieldLaptop(tmp_path, "Laptop B", office_key)
    person = PEOPLE[25:26]
    a.register(person)
    b.register(person)
    for laptop in (a, b):  # A's record arrives first: B's is the incoming one
        merge.import_file(office, office_actor, laptop.export(stick),
                          trust_new_device=True)
    with office.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Conflict)
                        .where(Conflict.status == "open")) == 1
    eraser, keeper = (a, b) if who == "existing" else (b, a)
    nik = person[0]["nik"]
    with eraser.ws.db.session() as s:
        approval = accounts.approve(s, eraser.actor, "admin", ADMIN_PASSWORD)
        assert isinstance(approval, accounts.Approval)
        privacy.erase_member(s, eraser.actor, eraser.ids[nik], "permintaan peserta", approval)
    merge.import_file(office, office_actor, eraser.export(stick))
    with office.db.session() as s:
        conflict = s.scalars(select(Conflict)).one()
        erased = s.get(Member, eraser.ids[nik])
        kept = s.get(Member, keeper.ids[nik])
        assert (conflict.status, conflict.resolution) == ("resolved", "erased")
        assert erased is not None and (erased.status, erased.nik, erased.name) == \
            ("erased", "", "")
        assert kept is not None and (kept.status, kept.nik) == ("active", nik)


@pytest.mark.parametrize("attack", ["erase_member", "rename_event", "audit_of_a"])
def test_a_laptop_cannot_change_another_laptops_records(
        tmp_path: Path, stick: Path, office_db: OfficeDb, attack: str) -> None:
    """Laptop B, trusted by the office, signs with its own key a batch carrying laptop A's
    member as erased at revision 99, A's event renamed, or audit entries under A's device
    id: refused whole, naming part and row, and the office is as it was."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    a = FieldLaptop(tmp_path, "Laptop A", None)
    b = FieldLaptop(tmp_path, "Laptop B", None)
    a.register(PEOPLE[26:28])
    b.register(PEOPLE[28:29])
    a_batch = _plain_batch(a, stick)
    for path in (a_batch, _plain_batch(b, stick)):
        merge.import_file(office, office_actor, path, trust_new_device=True)
    b.register(PEOPLE[29:30])
    source = _plain_batch(b, stick)
    a_parts = open_batch(a_batch)

    def graft(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        part = {"erase_member": "members", "rename_event": "events",
                "audit_of_a": "audit"}[attack]
        theirs = json.loads(a_parts.part(part).splitlines()[0])
        if attack == "erase_member":
            theirs.update(revision=99, status="erased", nik="", name="")
        elif attack == "rename_event":
            theirs.update(revision=99, name="Acara diganti laptop lain")
        parts[part] = parts[part] + json.dumps(theirs).encode() + b"\n"
        manifest["counts"] = dict(manifest["counts"],
                                  **{part: manifest["counts"][part] + 1})

    forged = forge(b, source, tmp_path / "forged.ldgb", graft)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged)
    expected = {"erase_member": "bagian members baris",
                "rename_event": "bagian events baris",
                "audit_of_a": "bagian audit baris"}[attack]
    assert str(refused.value).startswith(expected), refused.value
    assert "perangkat lain" in str(refused.value)
    assert snapshot(office, refusals=False) == before
    attempt = refused_attempts(office)[-1]  # the office keeps a record of the attempt
    assert attempt["reason"] == str(refused.value)
    assert attempt["device_id"] == str(b.ws.device_id) and attempt["file"] == forged.name
    # B's own batch, unforged, still goes in
    assert merge.import_file(office, office_actor, source).new > 0


@pytest.mark.parametrize(("column", "value"), [
    ("status", "hacked"), ("nik", "12"), ("gender", "X"), ("declared_income", -5),
    ("pay_period", 7), ("sector", "bajak laut"), ("status", "conflict")])
def test_signed_values_are_still_checked(tmp_path: Path, stick: Path, column: str,
                                         value: object) -> None:
    """A trusted laptop's signature says who sent a record, not that its values are
    right: each is checked as the desk checks a registration."""
    office_db = OfficeDb("sqlite", None)
    try:
        office, office_actor, _key = office_in(tmp_path, office_db)
        laptop = FieldLaptop(tmp_path, "Laptop A", None)
        laptop.register(PEOPLE[27:29])
        source = _plain_batch(laptop, stick)

        def spoil(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
            lines = [json.loads(x) for x in parts["members"].splitlines()]
            lines[1][column] = value
            parts["members"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)

        forged = forge(laptop, source, tmp_path / "forged.ldgb", spoil)
        before = snapshot(office, refusals=False)
        with pytest.raises(BatchRefused) as refused:
            merge.import_file(office, office_actor, forged, trust_new_device=True)
        assert str(refused.value).startswith(f"bagian members baris 2: nilai kolom {column} "
                                             "tidak sah")
        assert str(value) not in str(refused.value).split("tidak sah")[0].split(column)[0]
        assert snapshot(office, refusals=False) == before
        assert merge.import_file(office, office_actor, source,
                                 trust_new_device=True).new > 0
    finally:
        office_db.close()


def test_an_erased_member_is_not_brought_back_by_a_later_batch(
        tmp_path: Path, stick: Path, office_db: OfficeDb) -> None:
    """Erased at the person's request and sent; then a batch of the same laptop, signed,
    carrying that member active again at a higher revision: the office keeps the
    tombstone (and holds the revision, so the laptop stops sending it)."""
    from app.services import privacy

    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[20:22])
    alive = _plain_batch(laptop, stick)
    target = laptop.ids[PEOPLE[20]["nik"]]
    with laptop.ws.db.session() as s:
        token = accounts.approve(s, laptop.admin, "admin", ADMIN_PASSWORD)
        assert isinstance(token, accounts.Approval)
        privacy.erase_member(s, laptop.actor, target, "permintaan peserta", token)
    merge.import_file(office, office_actor, alive, trust_new_device=True)
    merge.import_file(office, office_actor, laptop.export(stick))

    before_erasure = [json.loads(x) for x in open_batch(alive).part("members").splitlines()]

    def revive(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        for line in before_erasure:
            line["revision"] += 5
        parts["members"] = b"".join(json.dumps(x).encode() + b"\n" for x in before_erasure)
        manifest["counts"] = dict(manifest["counts"], members=len(before_erasure))

    forged = forge(laptop, laptop.export(stick), tmp_path / "hidup.ldgb", revive)
    report = merge.import_file(office, office_actor, forged)
    assert report.unchanged >= 1
    with office.db.session() as s:
        member = s.get(Member, target)
        assert member is not None and member.status == "erased" and member.nik == ""


def test_one_nik_twice_in_one_batch_is_a_conflict_not_a_crash(
        tmp_path: Path, stick: Path, office_db: OfficeDb) -> None:
    """Two active records with one NIK in the same chunk of a signed batch (a laptop's
    own index forbids it, a forger does not): the second is held as a conflict for a
    person to resolve, as across chunks and across laptops."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[23:25])
    source = _plain_batch(laptop, stick)

    def twin(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        lines = [json.loads(x) for x in parts["members"].splitlines()]
        lines[1]["nik"] = lines[0]["nik"]
        parts["members"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)

    forged = forge(laptop, source, tmp_path / "kembar.ldgb", twin)
    report = merge.import_file(office, office_actor, forged, trust_new_device=True)
    assert report.conflicts == 1
    with office.db.session() as s:
        statuses = sorted(s.scalars(select(Member.status)))
    assert statuses == ["active", "conflict"]


@pytest.mark.parametrize("given", [None, "supervisor"])
def test_a_field_officer_given_a_password_signs_in_with_the_role_the_office_gives(
        tmp_path: Path, stick: Path, office_db: OfficeDb, given: str | None) -> None:
    """Laptop A's administrator makes its officer an administrator there; the batch
    carries that role to the office's field officer. When the office's administrator
    gives that officer a password, the officer signs in here as an officer, or with the
    role given in the same change: never with the role a laptop chose."""
    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = FieldLaptop(tmp_path, "Laptop A", office_key)
    a.register(PEOPLE[0:1])
    with a.ws.db.session() as s:
        accounts.update_officer(s, a.admin, a.budi_id, role="administrator")
    merge.import_file(office, office_actor, a.export(stick), trust_new_device=True)
    with office.db.session() as s:
        kept = s.get(Officer, a.budi_id)
        assert kept is not None and kept.role == "administrator" and not kept.password_hash
        accounts.update_officer(s, office_actor, a.budi_id, role=given,
                                new_password="sandi kantor untuk budi")
    with office.db.session() as s:
        budi = accounts.authenticate(s, Actor(office.device_id), "budi",
                                     "sandi kantor untuk budi")
    assert isinstance(budi, accounts.OfficerInfo)
    assert budi.role == (given or "officer")
