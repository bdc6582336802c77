"""A trusted laptop sending what it should not: batches signed with the laptop's own key
(so the signature holds) whose records repeat themselves, take another laptop's slip
numbers or the office's accounts, or carry values the office's tables, reports or
audit view cannot take. Each is refused whole with a reason that names the part and
never a value; nothing is written; the laptop's own batch still goes in after it. On
SQLite and PostgreSQL (a NUL or a number past 32 bits is the server's refusal there,
not SQLite's)."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.services import config_package, events
from app.services.audit import Actor
from app.services.slip_codes import device_code
from app.services.sync import merge
from app.services.sync.format import BatchRefused, open_batch
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.officers import PEOPLE, FieldLaptop, forge, office_in
from tests.helpers.people import TODAY

Parts = dict[str, bytes]


def _lines(parts: Parts, part: str) -> list[dict[str, Any]]:
    return [json.loads(x) for x in parts[part].splitlines()]


def _put(manifest: dict[str, Any], parts: Parts, part: str,
         lines: list[dict[str, Any]]) -> None:
    parts[part] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
    manifest["counts"] = dict(manifest["counts"], **{part: len(lines)})


def _change(part: str, **values: Any) -> Callable[[dict[str, Any], Parts, uuid.UUID], None]:
    """The part's first record given `values`."""
    def change(manifest: dict[str, Any], parts: Parts, _office: uuid.UUID) -> None:
        lines = _lines(parts, part)
        lines[0].update(values)
        _put(manifest, parts, part, lines)
    return change


def _repeat(part: str, **values: Any) -> Callable[[dict[str, Any], Parts, uuid.UUID], None]:
    """The part's first record sent a second time, with `values`."""
    def repeat(manifest: dict[str, Any], parts: Parts, _office: uuid.UUID) -> None:
        lines = _lines(parts, part)
        _put(manifest, parts, part, [*lines, dict(lines[0], **values)])
    return repeat


def _raw_line(part: str, line: bytes) -> Callable[[dict[str, Any], Parts, uuid.UUID], None]:
    def add(manifest: dict[str, Any], parts: Parts, _office: uuid.UUID) -> None:
        parts[part] += line + b"\n"
        manifest["counts"] = dict(manifest["counts"], **{part: manifest["counts"][part] + 1})
    return add


def _foreign_receipt(manifest: dict[str, Any], parts: Parts, _office: uuid.UUID) -> None:
    lines = _lines(parts, "slips")  # the last: new to the office
    other = device_code(uuid.uuid4())
    lines[-1]["receipt_no"] = f"{other}-{lines[-1]['receipt_no'].split('-')[1]}"
    _put(manifest, parts, "slips", lines)


def _many_segments(manifest: dict[str, Any], parts: Parts, _office: uuid.UUID) -> None:
    """An audit entry in each of 150 segments: each segment cost the office a pass over
    its chunk (thousands held the import for minutes)."""
    lines = _lines(parts, "audit")
    extra = [dict(lines[0], id=uuid.uuid4().hex, segment=n, seq=1) for n in range(1, 151)]
    _put(manifest, parts, "audit", [*lines, *extra])


ATTACKS: dict[str, tuple[Callable[[dict[str, Any], Parts, uuid.UUID], None], str]] = {
    # records twice in one batch: the database's unique indexes would refuse the second
    "member_twice": (_repeat("members"), r"bagian members baris \d+: peserta yang sama ada "
                                         "dua kali dalam batch ini"),
    "slip_number_twice": (_repeat("slips", id=uuid.uuid4().hex),
                          r"bagian slips baris \d+: slip yang sama ada dua kali"),
    # a slip number is the printing laptop's code and count: another's would take its next
    "another_laptops_slip_number": (_foreign_receipt, r"bagian slips baris \d+: nomor slip "
                                                      "bukan nomor laptop ini"),
    "deep_json_line": (_raw_line("members", b"[" * 20_000), r"bagian members baris \d+ rusak"),
    "lone_surrogate": (_change("members", name="\udc80"),
                       "bagian members baris 1 rusak [(]kolom name berisi karakter"),
    "nul_in_a_name": (_change("members", name="Siti\u0000"),
                      "bagian members baris 1 rusak [(]kolom name berisi karakter"),
    "officer_revision_past_32_bits": (_change("officers", revision=2**31),
                                      "bagian officers baris 1: nilai kolom revision tidak sah"),
    "blank_username": (_change("officers", username="   "),
                       "bagian officers baris 1: nilai kolom username tidak sah"),
    "audit_details_not_an_object": (_change("audit", details="[1, 2]"),
                                    "bagian audit baris 1: nilai kolom details tidak sah"),
    "member_without_region": (_change("members", region_code=""),
                              "bagian members baris 1: nilai kolom region_code tidak sah"),
    "event_in_year_9999": (_change("events", date="9999-12-31"),
                           "bagian events baris 1: nilai kolom date tidak sah"),
    "time_past_the_last_utc_day": (_change("members", created_at="9999-12-31T23:00:00-12:00"),
                                   "bagian members baris 1 rusak [(]kolom created_at bukan"),
    "audit_in_many_segments": (_many_segments, r"bagian audit baris \d+: jejak audit batch "
                                               "ini terbagi atas lebih dari 100 bagian"),
    "manifest_time": (lambda manifest, _parts, _office: manifest.update(created_at="gestern"),
                      "manifest batch rusak: waktu pembuatan"),
    "manifest_previous_hash": (
        lambda manifest, _parts, _office: manifest.update(previous_hash="f" * 10_000),
        "manifest batch rusak: waktu pembuatan atau sidik batch sebelumnya"),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_trusted_laptop_sending_what_it_should_not_is_refused(
        tmp_path: Path, office_db: OfficeDb, attack: str) -> None:
    change, says = ATTACKS[attack]
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:2])
    laptop.print_slips()
    stick = tmp_path / "usb"
    stick.mkdir()
    first = laptop.export(stick)
    merge.import_file(office, office_actor, first, trust_new_device=True)
    laptop.register(PEOPLE[2:4])
    laptop.print_slips()
    source = laptop.export(stick)
    forged = forge(laptop, source, tmp_path / "palsu.ldgb",
                   lambda manifest, parts: change(manifest, parts, office.device_id))
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged)
    assert re.match(says, str(refused.value)), refused.value
    assert "Siti" not in str(refused.value) and "9999" not in str(refused.value)
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source).new > 0


def _planned(office: Workspace, actor: Actor, package: Path, name: str,
             region: str) -> uuid.UUID:
    """A configuration package planning one event today; the event's id everywhere."""
    with office.db.session() as s:
        config_package.make_package(s, actor, package, {"events": [
            {"name": name, "date": TODAY.isoformat(), "region_code": region}]})
    return uuid.uuid5(office.device_id, f"{name}|{TODAY.isoformat()}")


def test_an_event_the_office_planned_is_closed_by_any_laptop_that_used_it(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """The office plans an event in its configuration package; two laptops register into
    it; the first laptop's batch does not make that laptop its owner, so the second
    laptop's batch closing it goes in (it was refused as 'made by another device')."""
    office, office_actor, office_key = office_in(tmp_path, office_db)
    package = tmp_path / "paket.json"
    event_id = _planned(office, office_actor, package, "Sosialisasi Pasar Besar", "35.74.03")
    with office.db.session() as s:  # the office keeps the event it planned
        assert events.get_event(s, event_id).status == "open"
    laptops = [FieldLaptop(tmp_path, name, office_key) for name in ("Laptop A", "Laptop B")]
    stick = tmp_path / "usb"
    stick.mkdir()
    for laptop, people in zip(laptops, (PEOPLE[:2], PEOPLE[2:4]), strict=True):
        with laptop.ws.db.session() as s:
            applied = config_package.import_package(s, laptop.admin, package,
                                                    trust_office=True)
        assert applied["events"] == 1
        laptop.event = event_id
        laptop.register(people)
    merge.import_file(office, office_actor, laptops[0].export(stick), trust_new_device=True)
    with laptops[1].ws.db.session() as s:
        events.close_event(s, laptops[1].actor, event_id, laptops[1].ws.tariffs())
    merge.import_file(office, office_actor, laptops[1].export(stick), trust_new_device=True)
    with office.db.session() as s:
        assert events.get_event(s, event_id).status == "closed"
        assert events.summarize(s, event_id, office.tariffs()).members == 4


def test_a_planned_event_is_acknowledged_and_sent_again_only_once_closed(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """A laptop sent the office's planned event in every batch: no laptop holds it, so no
    acknowledgement listed it. The office's acknowledgement now lists the events it
    planned; the laptop's next batch leaves the event out, until the laptop closes it."""
    from app.services.sync import acks
    from app.services.sync.export import export_batch

    office, office_actor, office_key = office_in(tmp_path, office_db)
    package = tmp_path / "paket.json"
    event_id = _planned(office, office_actor, package, "Sosialisasi Pasar Dinoyo", "35.74.03")
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    with laptop.ws.db.session() as s:
        config_package.import_package(s, laptop.admin, package, trust_office=True)
    laptop.event = event_id
    laptop.register(PEOPLE[:2])
    stick = tmp_path / "usb"
    stick.mkdir()
    first = export_batch(laptop.ws, laptop.actor, stick)
    assert first.counts["events"] == 2  # the planned one and the laptop's own
    merge.import_file(office, office_actor, first.file, trust_new_device=True)
    ack = tmp_path / "ack.json"
    with office.db.session() as s:
        acks.make_ack(s, office_actor, laptop.ws.device_id, ack)
    with laptop.ws.db.session() as s:
        acks.import_ack(s, laptop.admin, ack)
    laptop.register(PEOPLE[2:3])
    assert export_batch(laptop.ws, laptop.actor, stick).counts["events"] == 0
    with laptop.ws.db.session() as s:
        events.close_event(s, laptop.actor, event_id, laptop.ws.tariffs())
    closing = export_batch(laptop.ws, laptop.actor, stick)
    assert closing.counts["events"] == 1
    merge.import_file(office, office_actor, closing.file)
    with office.db.session() as s:
        assert events.get_event(s, event_id).status == "closed"


@pytest.mark.parametrize("typed", ["2026-12-03", "20261203"])
def test_an_event_an_older_office_planned_stays_the_offices_when_a_laptop_closed_it_first(
        tmp_path: Path, office_db: OfficeDb, typed: str) -> None:
    """A package made by an older program did not keep its planned event at the office,
    so the event first reaches the office in a laptop's batch, here already closed by
    that laptop. It was then that laptop's, and the other laptops' members in it were
    refused as registered into another's event. The office knows the event for one it
    planned by its id (name-based, whatever form the day was typed in), and keeps it."""
    from sqlalchemy import delete

    from app.models import Event

    office, office_actor, office_key = office_in(tmp_path, office_db)
    package = tmp_path / "paket.json"
    with office.db.session() as s:
        config_package.make_package(s, office_actor, package, {"events": [
            {"name": "Sosialisasi Pasar Blimbing", "date": typed, "region_code": "35.74.03"}]})
    event_id = uuid.uuid5(office.device_id, f"Sosialisasi Pasar Blimbing|{typed}")
    with office.db.session() as s:  # what an older program's package left at the office
        s.execute(delete(Event).where(Event.id == event_id))
    laptops = [FieldLaptop(tmp_path, name, office_key) for name in ("Laptop A", "Laptop B")]
    for laptop, people in zip(laptops, (PEOPLE[:2], PEOPLE[2:4]), strict=True):
        with laptop.ws.db.session() as s:
            config_package.import_package(s, laptop.admin, package, trust_office=True)
        laptop.event = event_id
        laptop.register(people)
    with laptops[0].ws.db.session() as s:
        events.close_event(s, laptops[0].actor, event_id, laptops[0].ws.tariffs())
    stick = tmp_path / "usb"
    stick.mkdir()
    for laptop in laptops:
        merge.import_file(office, office_actor, laptop.export(stick), trust_new_device=True)
    with office.db.session() as s:
        assert events.get_event(s, event_id).status == "closed"
        assert events.summarize(s, event_id, office.tariffs()).members == 4


@pytest.mark.parametrize("carried", [False, True], ids=["named", "carried_unchanged"])
@pytest.mark.parametrize("attack", ["member_in_their_event", "slip_for_their_member"])
def test_a_laptop_cannot_add_to_another_laptops_event_or_member(
        tmp_path: Path, office_db: OfficeDb, attack: str, carried: bool) -> None:
    """Laptop B's batch naming laptop A's event (a new member in it: A's closing report
    changed at the office) or A's member (a new slip for them): refused, naming the part;
    B's own batch still goes in. Also when B's batch carries an unchanged copy of A's
    record itself (taken from A's batch): that copy is let through as no change, and
    did let the record naming it through too."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    a, b = FieldLaptop(tmp_path, "Laptop A", None), FieldLaptop(tmp_path, "Laptop B", None)
    a.register(PEOPLE[:2])
    b.register(PEOPLE[2:4])
    b.print_slips()
    stick = tmp_path / "usb"
    stick.mkdir()
    a_batch = a.export(stick)
    merge.import_file(office, office_actor, a_batch, trust_new_device=True)
    b_first = b.export(stick)
    merge.import_file(office, office_actor, b_first, trust_new_device=True)
    b.register(PEOPLE[4:5])
    b.print_slips()
    source = b.export(stick)
    a_member = a.ids[PEOPLE[0]["nik"]]

    def graft(manifest: dict[str, Any], parts: Parts) -> None:
        part = "members" if attack == "member_in_their_event" else "slips"
        if carried:  # A's event or member, as A sent it
            theirs = "events" if attack == "member_in_their_event" else "members"
            copy = next(x for x in map(json.loads, open_batch(a_batch).part(theirs)
                                       .splitlines())
                        if uuid.UUID(x["id"]) in (a.event, a_member))
            if theirs == "members":  # named in an event of B's: the slip is what is wrong
                copy["event_id"] = b.event.hex
            _put(manifest, parts, theirs, [*_lines(parts, theirs), copy])
        lines = _lines(parts, part)
        if attack == "member_in_their_event":
            lines[-1]["event_id"] = a.event.hex
        else:
            lines[-1]["member_id"] = a_member.hex
        _put(manifest, parts, part, lines)

    forged = forge(b, source, tmp_path / "palsu.ldgb", graft)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged)
    column = "event_id" if attack == "member_in_their_event" else "member_id"
    assert re.match(rf"bagian \w+ baris \d+: \w+ yang dirujuk \({column}\) milik perangkat "
                    "lain", str(refused.value)), refused.value
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source).new > 0


@pytest.mark.parametrize("edit", ["office_closes_event", "office_regroups_member"])
def test_a_laptop_cannot_take_over_a_record_the_office_changed(
        tmp_path: Path, office_db: OfficeDb, edit: str) -> None:
    """The office closes laptop A's event (or moves A's member into a group of its own):
    the office's revision is then past what A sent. B's batch carrying a copy numbered
    as the office's was taken for no change, and B came to hold A's record: B's members
    (slips) in it went in, and A's member took B's values. Refused; A still holds it."""
    from sqlalchemy import select

    from app.models import Event, Held, Member
    from app.services import groups

    office, office_actor, _key = office_in(tmp_path, office_db)
    a, b = FieldLaptop(tmp_path, "Laptop A", None), FieldLaptop(tmp_path, "Laptop B", None)
    a.register(PEOPLE[:2])
    b.register(PEOPLE[2:4])
    stick = tmp_path / "usb"
    stick.mkdir()
    a_batch = a.export(stick)
    merge.import_file(office, office_actor, a_batch, trust_new_device=True)
    merge.import_file(office, office_actor, b.export(stick), trust_new_device=True)
    a_member = a.ids[PEOPLE[0]["nik"]]
    part = "events" if edit == "office_closes_event" else "members"
    with office.db.session() as s:
        if part == "events":
            events.close_event(s, office_actor, a.event, office.tariffs())
        else:
            group = groups.create_group(s, office_actor, groups.GroupFields(
                "Paguyuban Kantor", "paguyuban"))
            groups.add_members(s, office_actor, group.id, [a_member])
    with office.db.session() as s:
        edited = s.get(Event, a.event) if part == "events" else s.get(Member, a_member)
        assert edited is not None
        stored = edited.revision
    b.register(PEOPLE[4:5])
    b.print_slips()
    source = b.export(stick)

    def graft(manifest: dict[str, Any], parts: Parts) -> None:
        theirs = next(x for x in map(json.loads, open_batch(a_batch).part(part).splitlines())
                      if uuid.UUID(x["id"]) in (a.event, a_member))
        theirs["revision"] = stored
        if part == "members":
            theirs["name"] = "Diubah Laptop B"
            theirs["event_id"] = b.event.hex
            lines = _lines(parts, "slips")
            lines[-1]["member_id"] = a_member.hex
            _put(manifest, parts, "slips", lines)
        else:
            lines = _lines(parts, "members")
            lines[-1]["event_id"] = a.event.hex
            _put(manifest, parts, "members", lines)
        _put(manifest, parts, part, [*_lines(parts, part), theirs])

    forged = forge(b, source, tmp_path / "palsu.ldgb", graft)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match=rf"bagian {part} baris \d+: \w+ ini dibuat dan "
                                           "dikirim oleh perangkat lain"):
        merge.import_file(office, office_actor, forged)
    assert snapshot(office, refusals=False) == before
    with office.db.session() as s:
        held_by = s.scalar(select(Held.device_id).where(
            Held.record_id == (a.event if part == "events" else a_member)))
    assert held_by == a.ws.device_id
    assert merge.import_file(office, office_actor, source).new > 0


@pytest.mark.parametrize("change", ["reopened_and_renamed", "moved_to_another_day"])
def test_a_laptop_cannot_rewrite_an_event_the_office_planned(
        tmp_path: Path, office_db: OfficeDb, change: str) -> None:
    """Laptop A closes an event the office planned; laptop B's batch carries a copy of it
    reopened and renamed (or moved), numbered past the office's. It was taken: A's
    closing undone, every laptop's registrations under B's name and day. A laptop may
    close the office's event, not change it otherwise."""
    from app.models import Event

    office, office_actor, office_key = office_in(tmp_path, office_db)
    package = tmp_path / "paket.json"
    event_id = _planned(office, office_actor, package, "Sosialisasi Pasar Besar", "35.74.03")
    a = FieldLaptop(tmp_path, "Laptop A", office_key)
    b = FieldLaptop(tmp_path, "Laptop B", None)  # plain batches, to be forged
    with a.ws.db.session() as s:
        config_package.import_package(s, a.admin, package, trust_office=True)
    a.event = event_id
    a.register(PEOPLE[:2])
    b.register(PEOPLE[2:4])
    with a.ws.db.session() as s:
        events.close_event(s, a.actor, event_id, a.ws.tariffs())
    stick = tmp_path / "usb"
    stick.mkdir()
    merge.import_file(office, office_actor, a.export(stick), trust_new_device=True)
    source = b.export(stick)

    def graft(manifest: dict[str, Any], parts: Parts) -> None:
        lines = _lines(parts, "events")
        copy = dict(lines[0], id=event_id.hex, revision=50, name="Sosialisasi Pasar Besar",
                    date=TODAY.isoformat(), region_code="35.74.03", venue="",
                    status="closed")
        if change == "reopened_and_renamed":
            copy.update(name="Acara Lain", status="open", closed_at=None)
        else:
            copy.update(date="2027-01-01")
        _put(manifest, parts, "events", [*lines, copy])

    forged = forge(b, source, tmp_path / "palsu.ldgb", graft)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match=r"bagian events baris \d+: acara ini dibuat di "
                                           "kantor; laptop tidak boleh mengubahnya"):
        merge.import_file(office, office_actor, forged, trust_new_device=True)
    assert snapshot(office, refusals=False) == before
    with office.db.session() as s:
        kept = s.get(Event, event_id)
        assert kept is not None and (kept.name, kept.status) == ("Sosialisasi Pasar Besar",
                                                                "closed")
    assert merge.import_file(office, office_actor, source, trust_new_device=True).new > 0


@pytest.mark.parametrize("attack", ["member_changed", "slip_on_it", "member_in_its_group"])
def test_a_laptop_cannot_change_or_name_what_the_office_registered_at_its_desk(
        tmp_path: Path, office_db: OfficeDb, attack: str) -> None:
    """A member (and a group) the office registered at its own desk: no laptop has them,
    so a batch changing that member, putting a slip on it or a member in that group is
    forged. Each was taken, and the laptop came to hold the office's member."""
    from sqlalchemy import select

    from app.models import Held, Member
    from app.services import groups
    from tests.helpers.people import register_people

    office, office_actor, _key = office_in(tmp_path, office_db)
    with office.db.session() as s:
        desk_event = events.create_event(s, office_actor, "Loket Kantor", TODAY, "",
                                         "35.74.03").id
        desk_group = groups.create_group(s, office_actor, groups.GroupFields(
            "Koperasi Kantor", "koperasi")).id
    office_member = register_people(office, office_actor, desk_event,
                                    PEOPLE[5:6])[PEOPLE[5]["nik"]]
    b = FieldLaptop(tmp_path, "Laptop B", None)
    b.register(PEOPLE[2:4])
    stick = tmp_path / "usb"
    stick.mkdir()
    merge.import_file(office, office_actor, b.export(stick), trust_new_device=True)
    b.register(PEOPLE[4:5])
    b.print_slips()
    source = b.export(stick)

    def graft(manifest: dict[str, Any], parts: Parts) -> None:
        members = _lines(parts, "members")
        if attack == "member_changed":
            copy = dict(members[-1], id=office_member.hex, nik=PEOPLE[5]["nik"],
                        name="Diubah Laptop B", revision=50)
            _put(manifest, parts, "members", [*members, copy])
        elif attack == "slip_on_it":
            slips = _lines(parts, "slips")
            slips[-1]["member_id"] = office_member.hex
            _put(manifest, parts, "slips", slips)
        else:
            members[-1]["group_id"] = desk_group.hex
            _put(manifest, parts, "members", members)

    forged = forge(b, source, tmp_path / "palsu.ldgb", graft)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match=r"bagian (members|slips) baris \d+: "):
        merge.import_file(office, office_actor, forged)
    assert snapshot(office, refusals=False) == before
    with office.db.session() as s:
        member = s.get(Member, office_member)
        assert member is not None and member.name == PEOPLE[5]["nama"]
        assert s.scalar(select(Held.device_id).where(Held.record_id == office_member)) is None
    assert merge.import_file(office, office_actor, source).new > 0


def test_an_account_the_office_does_not_know_is_kept_as_the_laptops_field_officer(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """A new administrator account claiming the office as its home was listed among the
    office's own accounts. It is kept as the sending laptop's field officer: named in
    reports, no password, not one of the office's."""
    from sqlalchemy import select

    from app.models import Officer

    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:2])
    stick = tmp_path / "usb"
    stick.mkdir()
    claimed = uuid.uuid4()

    def claim(manifest: dict[str, Any], parts: Parts) -> None:
        lines = _lines(parts, "officers")
        lines.append(dict(lines[0], id=claimed.hex, username="kepala2",
                          role="administrator", home_device_id=office.device_id.hex))
        _put(manifest, parts, "officers", lines)

    forged = forge(laptop, laptop.export(stick), tmp_path / "palsu.ldgb", claim)
    merge.import_file(office, office_actor, forged, trust_new_device=True)
    with office.db.session() as s:
        kept = s.get(Officer, claimed)
        assert kept is not None
        assert (kept.home_device_id, kept.password_hash) == (laptop.ws.device_id, "")
        mine = s.scalars(select(Officer.username).where(
            Officer.home_device_id == office.device_id)).all()
    assert "kepala2" not in mine


def test_names_pasted_from_a_chat_and_a_region_typed_without_dots_go_in(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """A non-breaking space in an event's name (pasted from WhatsApp) and an officer's,
    and a planned event whose region was typed `3574`: a laptop's ordinary batch, which
    a stricter check had refused for good (a laptop cannot rename an event)."""
    from app.services import accounts

    office, office_actor, office_key = office_in(tmp_path, office_db)
    package = tmp_path / "paket.json"
    planned = _planned(office, office_actor, package, "Sosialisasi\u00a0Pasar", "3574")
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    with laptop.ws.db.session() as s:
        config_package.import_package(s, laptop.admin, package, trust_office=True)
        assert events.get_event(s, planned).region_code == "35.74"
        accounts.create_officer(s, laptop.admin, "siti", "sandi-siti-1", "officer",
                                "Siti\u00a0Aminah")
    with laptop.ws.db.session() as s:
        siti = accounts.authenticate(s, Actor(laptop.ws.device_id), "siti", "sandi-siti-1")
    assert isinstance(siti, accounts.OfficerInfo)
    laptop.actor = Actor(laptop.ws.device_id, siti.id)
    laptop.event = planned
    laptop.register(PEOPLE[:2])
    with laptop.ws.db.session() as s:
        events.create_event(s, laptop.actor, "Acara\u00a0Balai\u200bDesa", TODAY, "",
                            "35.74.03")
    stick = tmp_path / "usb"
    stick.mkdir()
    report = merge.import_file(office, office_actor, laptop.export(stick),
                               trust_new_device=True)
    assert report.new >= 2 + 1 + 1
