"""Batches are read, checked and merged a chunk at a time: a valid batch of 200,000
members is verified and imported by the command line in bounded memory, and a refusal
found many chunks into a part still leaves the office exactly as it was."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.db import DB_FILENAME
from app.services import accounts, keys
from app.services.audit import Actor
from app.services.sync import checks, merge, merge_parts, records
from app.services.sync.format import BLOCK, BatchRefused, open_batch
from app.services.workspace import Workspace
from benchmarks.bench_batch_memory import (
    OFFICE_PASSWORD,
    OFFICE_USER,
    LargeBatches,
    Source,
    laptop_and_office,
    make_batches,
    members_part,
    run_cli,
    write,
)

STORED = Path(__file__).resolve().parents[1] / "fixtures" / "batches"
MEMBERS = 200_000
PEAK_MB = 300
CHUNK = checks.CHUNK


def state(db: Path, besides: tuple[str, ...] = ()) -> dict[str, tuple[int, str]]:
    """Per table: its number of rows and a SHA-256 of all of them, read with sqlite3
    itself. Leaves out only the audit entries of the office's own record of a refused
    attempt (written after the refused transaction rolled back) and of the actions in
    `besides`."""
    out = {}
    actions = ", ".join(f"'{a}'" for a in ("batch_refused", *besides))
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        tables = [t for (t,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            where = f" WHERE action NOT IN ({actions})" if table == "audit_entries" else ""
            rows = sorted(repr(r) for r in con.execute(f"SELECT * FROM {table}{where}"))
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            out[table] = (len(rows), digest)
    con.close()
    return out


@pytest.fixture(scope="session")
def large(tmp_path_factory: pytest.TempPathFactory) -> LargeBatches:
    """One office, and a new laptop's valid batch of 200,000 members (plain and
    encrypted to the office), made once for the session (about 30 s)."""
    return make_batches(tmp_path_factory.mktemp("large-batch"), MEMBERS)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_a_200000_member_batch_is_verified_and_imported_in_bounded_memory(
        large: LargeBatches, kind: str, tmp_path: Path) -> None:
    batch = large.plain if kind == "plain" else large.encrypted
    office = tmp_path / "kantor"
    shutil.copytree(large.office, office)
    before = state(office / "lindungi.sqlite", besides=("login",))

    result, peak = run_cli(office, "batch", "verify", str(batch))
    print(f"\n{kind}: batch verify peak {peak} MB")
    assert result.returncode == 0, result.stderr[-2000:]
    verdict = json.loads(result.stdout)
    assert verdict["valid"] is True and verdict["encrypted"] is (kind == "encrypted")
    assert verdict["records"] > MEMBERS
    assert 0 < peak <= PEAK_MB
    # verifying writes nothing (the command's sign-in is recorded, as every sign-in is)
    assert state(office / "lindungi.sqlite", besides=("login",)) == before

    result, peak = run_cli(office, "batch", "import", str(batch), "--trust-new-device")
    print(f"{kind}: batch import peak {peak} MB")
    assert result.returncode == 0, result.stderr[-2000:]
    imported = json.loads(result.stdout)
    assert imported["new"] == verdict["records"] and imported["conflicts"] == 0
    assert 0 < peak <= PEAK_MB
    with sqlite3.connect(office / "lindungi.sqlite") as con:
        (members,), = con.execute("SELECT count(*) FROM members")
        (held,), = con.execute("SELECT count(*) FROM held_records WHERE entity = 'members'")
        (batches,), = con.execute("SELECT records FROM batches WHERE direction = 'in'")
    con.close()
    assert members == held == MEMBERS
    assert batches == verdict["records"]


@pytest.fixture
def office_with_first_batch(tmp_path: Path) -> Iterator[tuple[Source, Workspace]]:
    """An office that already holds a laptop's first batch of 12,000 members."""
    source = laptop_and_office(tmp_path / "w")
    first = write(source, members_part(source, 12_000), tmp_path / "first.ldgb",
                  encrypted=False)
    office = Workspace.open(source.office)
    report = merge.import_file(office, _administrator(office), first,
                               trust_new_device=True)
    assert report.new > 12_000  # and their event, groups, slips, audit trail
    yield source, office
    office.close()


def _administrator(office: Workspace) -> Actor:
    """The office's administrator, signed in (verifying a batch needs an account)."""
    with office.db.session() as s:
        info = accounts.authenticate(s, Actor(office.device_id), OFFICE_USER,
                                     OFFICE_PASSWORD)
    assert isinstance(info, accounts.OfficerInfo)
    return Actor(office.device_id, info.id)


BAD_LINE = 5 * CHUNK + 3001  # in the sixth chunk of the part, after five were merged


def _later(source: Source) -> Source:
    return dataclasses.replace(source, manifest=dict(
        source.manifest, batch_id=str(uuid.uuid4()), sequence=2))


def _bad_value(number: int, row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row, revision=row["revision"] + 1)  # the office's members change too
    return dict(row, nik=row["nik"][:12] + "0000") if number == BAD_LINE else row


def _bad_reference(number: int, row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row, revision=row["revision"] + 1)
    return dict(row, group_id=uuid.uuid4()) if number == BAD_LINE else row


@pytest.mark.parametrize("fault,change,count,reason", [
    ("value", _bad_value, None,
     f"bagian members baris {BAD_LINE}: nilai kolom nik tidak sah"),
    ("reference", _bad_reference, None,
     f"bagian members baris {BAD_LINE}: kelompok yang dirujuk \\(group_id\\) tidak ada"),
    ("count", None, 30_001, "jumlah catatan members tidak sama dengan manifest"),
])
def test_a_refusal_many_chunks_into_a_part_leaves_the_office_unchanged(
        office_with_first_batch: tuple[Source, Workspace], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, fault: str, change: Any, count: int | None,
        reason: str) -> None:
    """30,000 members: the first 12,000 update what the office holds, the rest are new;
    the fault is found after several chunks were already written in the transaction
    (for a wrong count, after all of them)."""
    source, office = office_with_first_batch
    bump = change or (lambda _n, r: dict(r, revision=r["revision"] + 1))
    batch = write(_later(source), members_part(source, 30_000, bump),
                  tmp_path / f"{fault}.ldgb", encrypted=False, count=count)
    db = source.office / "lindungi.sqlite"
    administrator = _administrator(office)  # signing in is an audit entry of its own
    before = state(db)
    assert before["members"][0] == 12_000

    with office.db.session() as s:
        verdict = merge.verify_file(s, administrator, batch)
    assert not verdict.valid
    assert state(db) == before

    merged: list[int] = []
    real_merge = merge_parts.merge_members

    def counting(session: Any, actor: Any, rows: list[dict[str, Any]], *rest: Any) -> None:
        merged.append(len(rows))
        real_merge(session, actor, rows, *rest)

    monkeypatch.setattr(merge_parts, "merge_members", counting)
    with pytest.raises(BatchRefused, match=reason) as refused:
        merge.import_file(office, Actor(office.device_id), batch)
    assert verdict.reason == str(refused.value)
    assert merged == [CHUNK] * (6 if fault == "count" else 5)  # streamed, then refused
    assert state(db) == before


def test_a_nik_from_an_earlier_chunk_of_the_same_batch_is_a_conflict(
        office_with_first_batch: tuple[Source, Workspace], tmp_path: Path) -> None:
    """Members 12,100 and 17,500 of one batch, both new to the office, carry one NIK:
    the second (fourth chunk) finds the first, written by the third chunk in the same
    transaction, and becomes a conflict."""
    source, office = office_with_first_batch
    nik: dict[str, str] = {}

    def same_nik(number: int, row: dict[str, Any]) -> dict[str, Any]:
        if number == 12_100:
            nik["first"] = row["nik"]
        return dict(row, nik=nik["first"]) if number == 17_500 else row

    batch = write(_later(source), members_part(source, 25_000, same_nik),
                  tmp_path / "twice.ldgb", encrypted=False)
    report = merge.import_file(office, Actor(office.device_id), batch)
    assert report.conflicts == 1 and report.new == 13_000
    with sqlite3.connect(source.office / "lindungi.sqlite") as con:
        statuses = sorted(s for (s,) in con.execute(
            "SELECT status FROM members WHERE nik = ?", (nik["first"],)))
        (opened,), = con.execute("SELECT count(*) FROM conflicts WHERE status = 'open'")
    con.close()
    assert statuses == ["active", "conflict"] and opened == 1


@pytest.mark.parametrize("tail", [b"", b"\n", b"\r\n", b"\r"])
def test_lines_arriving_in_blocks_are_the_lines_of_the_whole(tail: bytes) -> None:
    """A line end (\\r\\n too) may fall across two blocks; blank lines keep their
    numbers."""
    data = b'{"a":1}\r\n\r\n{"b":2}\r{"c":3}\n\n{"d":4}' + tail
    for size in range(1, len(data) + 1):
        blocks = [data[i:i + size] for i in range(0, len(data), size)]
        assert list(records.split_lines("members", blocks)) == data.splitlines()


def test_a_line_longer_than_the_bound_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "MAX_LINE", 10)
    blocks = [b'{"a":1}\n', b"x" * 8, b"y" * 8]
    with pytest.raises(BatchRefused, match="bagian members baris 2 terlalu panjang"):
        list(records.split_lines("members", blocks))


@pytest.mark.parametrize("block", [1, 5, 11, 12, 13, 16, 17, 29, 4096])
def test_an_encrypted_part_reads_the_same_in_any_block_size(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int) -> None:
    """The nonce, the ciphertext's end and the tag may each fall across blocks."""
    (tmp_path / "kantor").mkdir()
    shutil.copyfile(STORED / "office.sqlite", tmp_path / "kantor" / DB_FILENAME)
    office = Workspace.open(tmp_path / "kantor")
    with office.db.session() as s:
        box = keys.box_key(s)
    office.close()
    batch = open_batch(STORED / "laptop-encrypted.ldgb")
    names = records.parts_of(batch.version)
    whole = {name: batch.part(name, box) for name in names}  # each part in one block
    assert all(len(data) < BLOCK for data in whole.values())
    assert len(records.load_lines("members", whole["members"])) == 6
    monkeypatch.setattr("app.services.sync.format.BLOCK", block)
    assert {name: batch.part(name, box) for name in names} == whole
