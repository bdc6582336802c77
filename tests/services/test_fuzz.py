"""Fuzzing the file readers with hypothesis: the member importer (CSV and xlsx) and the
batch importer. Whatever arrives — mutated bytes, truncated or reordered archives,
oversized fields, Windows-1252 or UTF-16, formulas, SQL, emoji, right-to-left names — the
answer is a report or a refusal with a reason: never an unhandled exception, never a
partial write."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import uuid
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from app.services import member_columns, member_import
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.sync import merge
from app.services.sync.format import BatchRefused
from app.services.workspace import Workspace
from tests.helpers.people import TODAY
from tests.helpers.sync import Laptop, office_in

NASTY = [
    '=HYPERLINK("http://x","klik")', "+6281234", "-1+2", "@SUM(A1)", "\tTab", "\rCR",
    "'; DROP TABLE members; --", "Robert'); DELETE FROM members;--", "😀 Siti 🙏",
    "عبد الله", "שלום", "\u202eKIRI\u202c", "Ñoño D'Souza", "x" * 3000, "", " ", "\x00",
    "3574011708500001", "٣٥٧٤٠١١٧٠٨٥٠٠٠٠١", "1e309", "NaN", "None", "NULL", "ya", "tidak",
]
cell = st.one_of(st.sampled_from(NASTY), st.text(max_size=40))
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


def snapshot(ws: Workspace, refusals: bool = True) -> tuple[int, int]:
    """Members and audit entries; `refusals=False` leaves out the entries that record
    refused batch imports (a refusal writes that one entry and nothing else)."""
    con = sqlite3.connect(ws.data_dir / "lindungi.sqlite")
    audit = "SELECT count(*) FROM audit_entries" + (
        "" if refusals else " WHERE action != 'batch_refused'")
    try:
        return (con.execute("SELECT count(*) FROM members").fetchone()[0],
                con.execute(audit).fetchone()[0])
    finally:
        con.close()


def run(ws: Workspace, actor: Actor, event_id: uuid.UUID, path: Path) -> None:
    """The property: a consistent report, or a refusal that wrote nothing."""
    before = snapshot(ws)
    try:
        report = member_import.run_import(ws.db, actor, path, event_id, "persetujuan-v1",
                                          ws.tariffs(), on=TODAY, chunk_size=7)
    except member_import.ImportRefused as refused:
        assert str(refused).strip()
        assert snapshot(ws) == before
        return
    assert report.imported + report.rejected + report.duplicates == report.read
    assert snapshot(ws)[0] == before[0] + report.imported
    for r in report.rejects:
        assert r.reasons and all(reason.strip() for reason in r.reasons)


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=18, max_size=18), max_size=12),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       delimiter=st.sampled_from([",", ";", "\t"]),
       keep_good=st.integers(min_value=0, max_value=3))
def test_member_csv(workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
                    rows: list[list[str]], encoding: str, delimiter: str,
                    keep_good: int) -> None:
    good = [list(p.row().values()) for p in PeopleFactory(random.randrange(10**6))
            .people(keep_good)]
    buf = io.StringIO()
    out = csv.writer(buf, delimiter=delimiter)
    out.writerow(member_columns.COLUMNS)
    out.writerows(good + rows)
    path = tmp_path / f"f{random.randrange(10**9)}.csv"
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))
    run(workspace, actor, event_id, path)


@FUZZ
@given(data=st.binary(max_size=3000), header=st.booleans())
def test_member_csv_random_bytes(workspace: Workspace, actor: Actor, event_id: uuid.UUID,
                                 tmp_path: Path, data: bytes, header: bool) -> None:
    prefix = (",".join(member_columns.COLUMNS) + "\n").encode() if header else b""
    path = tmp_path / f"b{random.randrange(10**9)}.csv"
    path.write_bytes(prefix + data)
    run(workspace, actor, event_id, path)


@FUZZ
@given(rows=st.lists(st.lists(st.one_of(cell, st.integers(), st.floats(allow_nan=True),
                                        st.dates(), st.none(), st.booleans()),
                              min_size=18, max_size=18), max_size=8),
       damage=st.sampled_from(["none", "truncate", "flip"]))
def test_member_xlsx(workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
                     rows: list[list[object]], damage: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(member_columns.COLUMNS))
    for row in rows:  # characters a workbook cannot hold at all are not a test of ours
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                   for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        i = len(data) // 3
        data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1:]
    path = tmp_path / f"x{random.randrange(10**9)}.xlsx"
    path.write_bytes(data)
    run(workspace, actor, event_id, path)


class World:
    """An office and a good batch for it (short repr: hypothesis prints examples)."""

    def __init__(self, office: Workspace, actor: Actor, good: bytes) -> None:
        self.office, self.actor, self.good = office, actor, good

    def __repr__(self) -> str:
        return f"World(batch of {len(self.good)} bytes)"


@pytest.fixture(scope="module")
def batch_world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("fuzz-batch")
    office, office_actor, office_key = office_in(root)
    laptop = Laptop(root, "Laptop Fuzz", office_key)
    laptop.register([p.row() for p in PeopleFactory(5).people(6)])
    stick = root / "usb"
    stick.mkdir()
    return World(office, office_actor, laptop.export(stick).file.read_bytes())


def _reorder(data: bytes, seed: int) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        names = zin.namelist()
        random.Random(seed).shuffle(names)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for name in names:
                zout.writestr(name, zin.read(name))
    return out.getvalue()


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(1, 255)),
                      min_size=1, max_size=4),
       cut=st.one_of(st.none(), st.integers(min_value=0)),
       reorder=st.one_of(st.none(), st.integers(0, 1000)),
       tail=st.binary(max_size=64))
def test_batch_importer(batch_world: World, tmp_path: Path,
                        flips: list[tuple[int, int]], cut: int | None, reorder: int | None,
                        tail: bytes) -> None:
    office, office_actor, good = batch_world.office, batch_world.actor, batch_world.good
    data = bytearray(_reorder(good, reorder) if reorder is not None else good)
    for pos, mask in flips:
        data[pos % len(data)] ^= mask
    if cut is not None:
        data = data[: cut % len(data)]
    data += tail
    assume(bytes(data) != good)  # two flips of one byte undo each other
    path = tmp_path / f"b{random.randrange(10**9)}.ldgb"
    path.write_bytes(bytes(data))
    before = snapshot(office, refusals=False)
    with office.db.session() as s:
        verdict = merge.verify_file(s, office_actor, path)
    assert not verdict.valid and verdict.reason.strip()
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, path, trust_new_device=True)
    assert str(refused.value).strip()
    assert snapshot(office, refusals=False) == before
