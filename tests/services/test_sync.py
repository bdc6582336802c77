"""Batch sync by file: three laptops, one office, a USB stick that loses and copies.

Laptops keep SQLite; every office-side test runs twice, with the office on SQLite and on
PostgreSQL (`office_db`)."""

from __future__ import annotations

import json
import random
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app import resources
from app.models import Conflict, Member
from app.services import (
    bpjs,
    device,
    events,
    member_changes,
    member_cleaning,
    member_rules,
    members,
)
from app.services.audit import Actor
from app.services.sync import acks, export, merge
from app.services.sync.format import BatchRefused
from app.services.workspace import Workspace
from tests.helpers.dbstate import refused_attempts
from tests.helpers.office import OfficeDb
from tests.helpers.people import TODAY
from tests.helpers.sync import PEOPLE, Laptop, conflicted_office, dump, office_in


def member_rows(ws: Workspace) -> list[tuple[str, str]]:
    with ws.db.session() as s:
        return [(m.nik, m.status) for m in s.scalars(select(Member))]


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_three_laptops_shuffled_double_and_withheld(tmp_path: Path, stick: Path,
                                                    office_db: OfficeDb) -> None:
    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = Laptop(tmp_path, "Laptop A", office_key)
    b = Laptop(tmp_path, "Laptop B", office_key)
    c = Laptop(tmp_path, "Laptop C", office_key)
    files: dict[str, Path] = {}
    a.register(PEOPLE[0:15])
    files["a1"] = a.export(stick).file
    a.register(PEOPLE[15:30])
    files["a2"] = a.export(stick).file
    b.register(PEOPLE[25:40])  # 25-29 also registered on A: the same people twice
    files["b1"] = b.export(stick).file
    b.register(PEOPLE[40:50])
    files["b2"] = b.export(stick).file
    with b.ws.db.session() as s:
        member_changes.void_member(s, b.actor, b.ids[PEOPLE[45]["nik"]], "orangnya mundur")
    files["b3"] = b.export(stick).file
    c.register(PEOPLE[50:60])
    files["c1"] = c.export(stick).file
    assert all(f.suffix == ".ldgb" and f.exists() for f in files.values())
    assert not list(stick.glob("*.part"))

    order = ["a2", "c1", "b3", "a1", "b1"]  # b2 withheld
    random.Random(4).shuffle(order)
    reports = {}
    for key in order:
        reports[key] = merge.import_file(office, office_actor, files[key],
                                         trust_new_device=True)
    last = reports[order[-1]]
    assert [(g.device_name, g.missing) for g in last.gaps] == [("Laptop B", [2])]

    before = dump(office)
    again = merge.import_file(office, office_actor, files["a1"])
    assert again.already_imported and (again.new, again.updated) == (0, 0)
    assert dump(office) == before  # the double import changed nothing

    rows = member_rows(office)
    active = [nik for nik, status in rows if status == "active"]
    assert len(active) == len(set(active))  # one row per NIK ...
    with office.db.session() as s:
        conflicts = s.scalars(select(Conflict)).all()
    assert sorted(c_.nik for c_ in conflicts) == sorted(p["nik"] for p in PEOPLE[25:30])
    everyone = {p["nik"] for p in PEOPLE[0:60]}
    held = {nik for nik, _ in rows}
    assert held == everyone  # ... the union of all laptops
    voided = [nik for nik, status in rows if status == "voided"]
    assert voided == [PEOPLE[45]["nik"]]  # the void travelled in batch 3 without batch 2

    late = merge.import_file(office, office_actor, files["b2"])
    assert late.gaps == [] and late.new == 0  # batch 3 already carried everything


def test_an_encrypted_batch_opens_only_at_its_office(tmp_path: Path, stick: Path,
                                                     office_db: OfficeDb) -> None:
    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = Laptop(tmp_path, "Laptop A", office_key)
    a.register(PEOPLE[0:3])
    report = a.export(stick)
    assert report.encrypted
    with zipfile.ZipFile(report.file) as zf:
        names = zf.namelist()
        assert "members.jsonl.enc" in names and "members.jsonl" not in names
        blob = b"".join(zf.read(n) for n in names)
    assert PEOPLE[0]["nik"].encode() not in blob and PEOPLE[0]["nama"].encode() not in blob
    other, other_actor, _ = office_in(tmp_path / "lain", office_db)
    with other.db.session() as s:
        verdict = merge.verify_file(s, other_actor, report.file)
    assert not verdict.valid and "kantor lain" in verdict.reason
    with office.db.session() as s:
        assert merge.verify_file(s, office_actor, report.file).records >= 3


def _entries(source: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(source) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _forge(source: Path, target: Path, signer: Any, change: dict[str, bytes],
           manifest: dict[str, Any] | None = None) -> None:
    """A well-formed archive (layout and whole-file signature by `signer`) with some
    entries replaced; the manifest re-signed by `signer` when one is given."""
    from app.services.sync.format import assemble
    from app.services.sync.signing import b64, canonical

    entries = _entries(source)
    entries.update(change)
    if manifest is not None:
        entries["manifest.json"] = canonical(manifest)
        entries["manifest.sig"] = b64(signer.sign(entries["manifest.json"])).encode()
    target.write_bytes(assemble(list(entries.items()), signer))


@pytest.mark.parametrize("damage", ["byte", "truncated", "other_key", "part_hash",
                                    "bad_record", "new_device_unconfirmed", "swapped_key"])
def test_damaged_batches_are_refused_and_change_nothing(tmp_path: Path, stick: Path,
                                                        office_db: OfficeDb,
                                                        damage: str) -> None:
    office, office_actor, _ = office_in(tmp_path, office_db)
    a = Laptop(tmp_path, "Laptop A", None)  # no office key: plain parts, easier to damage
    a.register(PEOPLE[0:5])
    good = a.export(stick).file
    if damage != "new_device_unconfirmed":
        merge.import_file(office, office_actor, good, trust_new_device=True)
        a.register(PEOPLE[5:8])
        good = a.export(stick).file
    bad = tmp_path / "rusak.ldgb"
    data = good.read_bytes()
    if damage == "byte":
        i = len(data) // 2
        bad.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:])
    elif damage == "truncated":
        bad.write_bytes(data[: len(data) * 2 // 3])
    elif damage == "other_key":
        # the same claims, signed (manifest and file) by someone else's key
        other = Laptop(tmp_path, "Penyusup", None)
        with other.ws.db.session() as s:
            signer = device.signing_key(s)
        _forge(good, bad, signer, {}, json.loads(_entries(good)["manifest.json"]))
    elif damage == "swapped_key":
        # validly signed, but by a new key claiming to be a device the office knows
        other = Laptop(tmp_path, "Penyusup", None)
        with other.ws.db.session() as s:
            signer = device.signing_key(s)
        from app.services.sync.signing import b64, public_raw

        manifest = json.loads(_entries(good)["manifest.json"])
        manifest["device"]["public_key"] = b64(public_raw(signer))
        _forge(good, bad, signer, {}, manifest)
    elif damage == "part_hash":
        # the device's own key on everything, but a part that is not what the manifest says
        part = _entries(good)["members.jsonl"].replace(b'"revision":1', b'"revision":9', 1)
        with a.ws.db.session() as s:
            _forge(good, bad, device.signing_key(s), {"members.jsonl": part})
    elif damage == "bad_record":
        # hashes and signatures all right, one record malformed
        import hashlib

        manifest = json.loads(_entries(good)["manifest.json"])
        part = _entries(good)["members.jsonl"].replace(b'"gender":"', b'"gender":7,"x":"', 1)
        manifest["parts"]["members.jsonl"] = hashlib.sha256(part).hexdigest()
        with a.ws.db.session() as s:
            _forge(good, bad, device.signing_key(s), {"members.jsonl": part}, manifest)
    else:
        bad = good
    before = dump(office)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, bad)
    assert str(refused.value)  # a reason a person can read
    assert refused_attempts(office)[-1]["reason"] == str(refused.value)[:500]
    if damage == "swapped_key":
        assert "kunci lain" in str(refused.value)
    with office.db.session() as s:
        verdict = merge.verify_file(s, office_actor, bad)
    if damage != "new_device_unconfirmed":
        assert not verdict.valid and verdict.reason
    assert dump(office) == before


def test_ack_round_trip_leaves_acknowledged_records_out(tmp_path: Path, stick: Path,
                                                        office_db: OfficeDb) -> None:
    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = Laptop(tmp_path, "Laptop A", office_key)
    a.register(PEOPLE[0:6])
    first = a.export(stick)
    assert first.counts["members"] == 6
    merge.import_file(office, office_actor, first.file, trust_new_device=True)
    ack_file = stick / "tanda-terima.json"
    with office.db.session() as s:
        assert acks.make_ack(s, office_actor, a.ws.device_id, ack_file) >= 7
    with a.ws.db.session() as s:
        assert acks.import_ack(s, a.actor, ack_file) >= 7
        states = {
            export.sync_state(m.revision, m.sync_batch, m.sync_revision, m.acked_revision)
            for m in s.scalars(select(Member))
        }
    assert states == {"diterima kantor"}
    a.register(PEOPLE[6:8])
    with a.ws.db.session() as s:
        changed = s.get(Member, a.ids[PEOPLE[0]["nik"]])
        assert changed is not None
        changed.address, changed.revision = "Jl. Baru No. 1", changed.revision + 1
    second = a.export(stick)
    assert second.counts["members"] == 3  # two new, one corrected; the rest acknowledged
    assert second.counts["audit"] >= 2


def test_ack_from_an_untrusted_office_is_refused(tmp_path: Path, stick: Path,
                                                 office_db: OfficeDb) -> None:
    office, office_actor, _ = office_in(tmp_path, office_db)
    a = Laptop(tmp_path, "Laptop A", None)
    a.register(PEOPLE[0:2])
    merge.import_file(office, office_actor, a.export(stick).file, trust_new_device=True)
    with office.db.session() as s:
        acks.make_ack(s, office_actor, a.ws.device_id, stick / "ack.json")
    with a.ws.db.session() as s, pytest.raises(ValueError, match="belum dipercaya"):
        acks.import_ack(s, a.actor, stick / "ack.json")


@pytest.fixture
def office(tmp_path: Path, office_db: OfficeDb) -> Iterator[tuple[Workspace, Actor, uuid.UUID]]:
    """An office database with one event, for the office's own exports and imports."""
    ws, office_actor, _ = office_in(tmp_path, office_db)
    with ws.db.session() as s:
        event = events.create_event(s, office_actor, "Rekap kantor", TODAY, "", "35.74.03").id
    yield ws, office_actor, event


def test_bpjs_workbook_one_row_per_member_and_formulas_stay_text(
    office: tuple[Workspace, Actor, uuid.UUID], tmp_path: Path
) -> None:
    workspace, actor, event_id = office
    rows = [dict(p) for p in PEOPLE[0:4]]
    rows[1]["nama"] = '=HYPERLINK("x")'
    rows[2]["alamat"] = "+62 jalan"
    with workspace.db.session() as s:
        rules = member_rules.MemberRules.load(s, resources.regions(), workspace.tariffs(), TODAY)
    for values in rows:
        clean, problems = member_cleaning.clean_member(values, rules)
        assert clean is not None, problems
        with workspace.db.session() as s:
            members.register(s, actor, clean, event_id, "persetujuan-v1")
    target = tmp_path / "bpjs.xlsx"
    assert bpjs.export_workbook(workspace, actor, target) == 4
    sheet = load_workbook(target)["Peserta"]
    assert sheet.max_row == 5
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row}
    assert '=HYPERLINK("x")' in cells
    assert cells['=HYPERLINK("x")'].data_type == "s"
    assert cells["+62 jalan"].data_type == "s"
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["nik", "nama", "tempat_lahir"] and "iuran_per_bulan" in header


def test_kpj_numbers_come_back_by_nik(office: tuple[Workspace, Actor, uuid.UUID],
                                      tmp_path: Path) -> None:
    workspace, actor, event_id = office
    with workspace.db.session() as s:
        rules = member_rules.MemberRules.load(s, resources.regions(), workspace.tariffs(), TODAY)
    for values in PEOPLE[0:3]:
        clean, _ = member_cleaning.clean_member(values, rules)
        assert clean is not None
        with workspace.db.session() as s:
            members.register(s, actor, clean, event_id, "persetujuan-v1")
    wb = Workbook()
    ws = wb.active
    ws.append(["No KTP", "Nomor KPJ"])
    ws.append([PEOPLE[0]["nik"], "25012345678"])
    ws.append([PEOPLE[1]["nik"], "25012345679"])
    ws.append(["3574011708500009", "25012345670"])  # nobody
    ws.append(["12345", "25012345671"])
    ws.append([PEOPLE[1]["nik"], "25012345679"])  # the same number again
    ws.append([PEOPLE[2]["nik"], "25012345672"])  # two numbers for one person:
    ws.append([PEOPLE[2]["nik"], "25012345673"])  # which is right is BPJS's to say
    path = tmp_path / "kpj.xlsx"
    wb.save(path)
    report = bpjs.import_kpj(workspace, actor, path)
    assert (report.read, report.updated, report.unchanged) == (7, 2, 1)
    assert [u["row"] for u in report.unmatched] == [4, 5, 7, 8]
    assert "nomor KPJ berbeda" in report.unmatched[2]["reason"]
    with workspace.db.session() as s:
        kpj = s.scalar(select(Member.kpj_number).where(Member.nik == PEOPLE[0]["nik"]))
        assert kpj == "25012345678"
        assert s.scalar(select(func.count()).select_from(Member)
                        .where(Member.kpj_number != "")) == 2
    bad = tmp_path / "tanpa.csv"
    bad.write_text("nama\nBudi\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kolom nik dan kpj"):
        bpjs.import_kpj(workspace, actor, bad)


@pytest.mark.parametrize("resolution", ["keep_existing", "keep_incoming", "merge",
                                        "different_people"])
def test_conflicts_are_resolved_by_a_person_and_recorded(tmp_path: Path, stick: Path,
                                                         office_db: OfficeDb,
                                                         resolution: str) -> None:
    from app.services.sync import conflicts

    office, office_actor, _a, _b = conflicted_office(tmp_path, stick, office_db)
    with office.db.session() as s:
        (c,) = conflicts.open_conflicts(s)
        assert c.existing.fields["nik"] == c.incoming.fields["nik"]
        assert {c.existing_device, c.incoming_device} == {"Laptop A", "Laptop B"}
        conflicts.resolve(s, office_actor, c.id, resolution,
                          {"address": "incoming", "phone": "existing"})
    with office.db.session() as s:
        assert conflicts.open_conflicts(s) == []
        row = s.get(Conflict, c.id)
        assert row is not None and row.status == "resolved" and row.resolved_at is not None
        a_row, b_row = s.get(Member, c.existing.id), s.get(Member, c.incoming.id)
        assert a_row is not None and b_row is not None
        statuses = (a_row.status, b_row.status)
        active = s.scalars(select(Member).where(Member.nik == c.nik,
                                                Member.status == "active")).all()
        assert len(active) == 1  # never two active records for one NIK
    expected = {"keep_existing": ("active", "voided"), "keep_incoming": ("voided", "active"),
                "merge": ("active", "voided"), "different_people": ("active", "nik_review")}
    assert statuses == expected[resolution]
    if resolution == "merge":
        assert a_row.address == "Jl. Lain No. 9" and a_row.phone != "+6281355556666"


def test_every_single_changed_byte_is_refused(tmp_path: Path, stick: Path,
                                              office_db: OfficeDb) -> None:
    """Not just a byte in the middle: each byte of a whole batch file, flipped in turn."""
    office, office_actor, office_key = office_in(tmp_path, office_db)
    laptop = Laptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:3])
    data = laptop.export(stick).file.read_bytes()
    bad = tmp_path / "satu-byte.ldgb"
    accepted = []
    with office.db.session() as s:
        for i in range(len(data)):
            bad.write_bytes(data[:i] + bytes([data[i] ^ 0x20]) + data[i + 1:])
            if merge.verify_file(s, office_actor, bad).valid:
                accepted.append(i)
    assert len(data) > 1000 and accepted == []
