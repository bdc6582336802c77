"""The import's two writers: the laptop's (SQLite, a thread of its own, the rows through a
temporary table) and the office's (PostgreSQL, executemany), each saving what the other
saves; a failure while a chunk is written comes back to the caller with the chunks before
it saved and nothing of its own."""

from __future__ import annotations

import csv
import json
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app import resources
from app.db import DB_FILENAME
from app.models import AuditEntry, Member
from app.services import (
    device,
    events,
    groups,
    import_writer,
    member_changes,
    member_columns,
    member_import,
    members,
)
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.member_cleaning import clean_member
from app.services.member_rules import MemberRules
from app.services.workspace import Workspace
from tests.helpers.office import OfficeDb
from tests.helpers.people import TODAY


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=list(member_columns.COLUMNS))
        out.writeheader()
        out.writerows(rows)
    return path


def _people(n: int, seed: int) -> list[dict[str, str]]:
    return [p.row() for p in PeopleFactory(seed).people(n)]


def _import(ws: Workspace, actor: Actor, event_id: uuid.UUID, path: Path, **kw: Any
            ) -> member_import.ImportReport:
    return member_import.run_import(ws.db, actor, path, event_id, "persetujuan-v1",
                                    ws.tariffs(), on=TODAY, **kw)


def _saved(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def _office_with_event(office_db: OfficeDb, tmp_path: Path
                       ) -> tuple[Workspace, Actor, uuid.UUID]:
    """A data folder on the office's database (SQLite or PostgreSQL), set up, with an
    event to import into."""
    ws = office_db.open(tmp_path / "data")
    with ws.db.session() as s:
        device.initialise(s, "Kantor Uji", "35.74")
    actor = Actor(ws.device_id)
    with ws.db.session() as s:
        event_id = events.create_event(s, actor, "Impor", TODAY, "Aula", "35.74.03").id
    return ws, actor, event_id


def _import_entries(ws: Workspace) -> list[dict[str, Any]]:
    """The details of the import's audit entries, in the order they were written."""
    with ws.db.session() as s:
        return [json.loads(e.details) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "member_import")
            .order_by(AuditEntry.seq))]


def test_both_writers_save_the_same_and_leave_out_the_same(office_db: OfficeDb,
                                                           tmp_path: Path) -> None:
    ws, actor, event_id = _office_with_event(office_db, tmp_path)
    writer = import_writer.open_writer(ws.db, actor, event_id, "persetujuan-v1")
    writer.close()
    expected = (import_writer.StagedWriter if office_db.kind == "sqlite"
                else import_writer.DirectWriter)
    assert type(writer) is expected

    rows = _people(30, seed=71)
    first = _import(ws, actor, event_id, _csv(tmp_path / "a.csv", rows[:12]), chunk_size=5)
    assert (first.imported, first.duplicates) == (12, 0)
    again = [*rows[8:], rows[20]]  # 8..11 already saved, row 20 twice in the file
    rejects = tmp_path / "tolak.csv"
    report = _import(ws, actor, event_id, _csv(tmp_path / "b.csv", again), chunk_size=5,
                     rejects_path=rejects)
    assert (report.read, report.imported, report.rejected, report.duplicates) == (23, 18, 0, 5)
    assert _saved(ws) == 30
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))[1:]
    assert [line[0] for line in lines] == ["2", "3", "4", "5", "24"]  # in the file's order
    assert [line[2] for line in lines] == (
        ["nik: NIK sudah terdaftar sebagai peserta aktif"] * 4
        + ["nik: NIK sama dengan baris 14 di berkas ini"])
    details = _import_entries(ws)
    # one entry per chunk, in the chunk's transaction: 3 chunks, then 5
    assert [d["rows"] for d in details] == [5, 5, 2, 1, 5, 5, 5, 2]
    assert sum(d["duplicates"] for d in details) == 5


@pytest.mark.parametrize(("rows", "size", "last", "parts"), [
    (20000, 4000, False, [4000] * 5),
    (20000, 4000, True, [4000] * 4 + [2000, 1000, 500, 500]),
    (6500, 4000, True, [2500, 2000, 1000, 500, 500]),
    (12345, 4000, True, [4000, 4000, 345, 2000, 1000, 500, 500]),
    (4001, 4000, True, [1, 2000, 1000, 500, 500]),
    (700, 4000, True, [500, 200]),
    (500, 4000, True, [500]),
    (1, 4000, True, [1]),
    (0, 4000, True, []),
    (10, 4, True, [4, 4, 2]),  # parts below LAST_PART are not cut further
    (10, 4, False, [4, 4, 2]),
])
def test_the_files_last_rows_go_in_smaller_parts(rows: int, size: int, last: bool,
                                                  parts: list[int]) -> None:
    """After its last row is checked an import waits for the writing of LAST_PART rows,
    not a whole part's: the file's last chunk ends in halves; every row in one part."""
    cuts = list(member_import._parts(rows, size, last))
    assert [end - start for start, end in cuts] == parts
    assert [start for start, _ in cuts] == [0, *(end for _, end in cuts[:-1])][:len(cuts)]
    assert (cuts[-1][1] if cuts else 0) == rows


def test_a_chunk_in_parts_is_saved_whole_or_not_at_all(office_db: OfficeDb,
                                                       tmp_path: Path) -> None:
    """A chunk reaches the writer in parts: one transaction and one audit entry all the
    same, and a caller stopped between two parts of a chunk saves none of that chunk."""
    ws, actor, event_id = _office_with_event(office_db, tmp_path)
    path = _csv(tmp_path / "in.csv", _people(25, seed=72))
    check = member_import._settle
    parts: list[int] = []

    def checking(part: list[Any], *args: Any) -> Any:
        parts.append(len(part))
        if len(parts) == 5:
            raise RuntimeError("stopped between two parts of the second chunk")
        return check(part, *args)

    told: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(member_import, "_settle", checking)
        with pytest.raises(RuntimeError, match="between two parts"):
            _import(ws, actor, event_id, path, chunk_size=10, part_size=4,
                    progress=lambda done, _total: told.append(done))
    assert parts == [4, 4, 2, 4, 4]  # chunk one in three parts, then chunk two's first
    assert told == [10]  # said between chunks only
    assert _saved(ws) == 10

    report = _import(ws, actor, event_id, path, chunk_size=10, part_size=4)
    assert (report.imported, report.duplicates) == (15, 10)
    assert _saved(ws) == 25
    details = _import_entries(ws)
    assert [(d["rows"], d["duplicates"]) for d in details] == [(10, 0), (0, 10), (10, 0),
                                                               (5, 0)]


def test_another_writer_gets_the_database_while_the_import_says_its_progress(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    """The writer holds SQLite's write lock from a chunk's first part to its last; the
    progress is said between chunks, so a console paused while it prints (a selection
    in a Windows console, Ctrl-S) keeps no one else from saving."""
    path = _csv(tmp_path / "in.csv", _people(25, seed=73))
    waited: list[float] = []

    def progress(_done: int, _total: int) -> None:
        other = sqlite3.connect(workspace.data_dir / DB_FILENAME, timeout=5,
                                isolation_level=None)
        try:
            start = time.perf_counter()
            other.execute("BEGIN IMMEDIATE")  # the write lock
            waited.append(time.perf_counter() - start)
            other.execute("ROLLBACK")
        finally:
            other.close()

    report = _import(workspace, actor, event_id, path, chunk_size=10, part_size=4,
                     progress=progress)
    assert report.imported == 25 and len(waited) == 3
    assert max(waited) < 5


def test_each_row_keeps_its_own_terms_across_parts_and_chunks(
        office_db: OfficeDb, tmp_path: Path) -> None:
    """The laptop's writer stages a chunk's payment terms once and each row only their
    number: every member still gets the sector, income, programs, payer, period and group
    of its own row, whether its terms were first seen in this part, an earlier part of
    the chunk, or an earlier chunk (each chunk stages its own again)."""
    ws, actor, event_id = _office_with_event(office_db, tmp_path)
    with ws.db.session() as s:
        group_id = groups.create_group(s, actor, groups.GroupFields("Paguyuban Tani Uji",
                                                                     "paguyuban"), on=TODAY).id
    rows = _people(37, seed=73)
    terms = [("UMKM", "1000000", "JKK+JKM", "Mandiri", "1", ""),
             ("Petani", "2500000", "JKK+JKM+JHT", "APBD (DBHCHT)", "3", ""),
             ("Nelayan", "1500000", "JKK+JKM", "Wadah/Kelompok", "6", "Paguyuban Tani Uji"),
             ("UMKM", "1000000", "JKK+JKM", "Mandiri", "12", ""),
             ("Transportasi", "4000000", "JKK+JKM+JHT", "Mandiri", "1", "Paguyuban Tani Uji")]
    for i, row in enumerate(rows):  # the terms in an order that is no pattern of the parts
        (row["sektor"], row["penghasilan"], row["program"], row["sumber_iuran"],
         row["periode_bayar"], row["kelompok"]) = terms[(3 * i + i // 5) % len(terms)]
    report = _import(ws, actor, event_id, _csv(tmp_path / "in.csv", rows), chunk_size=12,
                     part_size=5)
    assert (report.imported, report.rejected, report.duplicates) == (37, 0, 0)
    with ws.db.session() as s:
        stored = {m.nik: (m.sector, m.declared_income, m.programs, m.payer,
                          m.payer_subsource, m.pay_period, m.group_id)
                  for m in s.scalars(select(Member))}
    rules = MemberRules(resources.regions(), TODAY, tariffs=ws.tariffs(),
                        groups_by_name={"paguyubantaniuji": group_id})
    for row in rows:
        clean, problems = clean_member(row, rules)
        assert clean is not None, problems
        assert stored[row["nik"]] == (clean.sector, clean.declared_income, clean.programs,
                                      clean.payer, clean.payer_subsource, clean.pay_period,
                                      group_id if row["kelompok"] else None)
    assert len({v for v in stored.values()}) == len(terms)


def test_an_imported_member_is_stored_as_a_registered_one(workspace: Workspace, actor: Actor,
                                                          event_id: uuid.UUID,
                                                          tmp_path: Path) -> None:
    """The staged rows bypass SQLAlchemy's types: each column must still be stored as the
    form's registration stores it (text of a date, a UUID's 32 digits, the moment)."""
    typed, imported = _people(2, seed=5)
    _import(workspace, actor, event_id, _csv(tmp_path / "in.csv", [imported]))
    with workspace.db.session() as s:
        rules = MemberRules.load(s, resources.regions(), workspace.tariffs(), TODAY)
        clean, problems = clean_member(typed, rules)
        assert clean is not None, problems
        members.register(s, actor, clean, event_id, "persetujuan-v1")
    raw = sqlite3.connect(workspace.data_dir / DB_FILENAME)
    columns = [c[1] for c in raw.execute("PRAGMA table_info(members)")]
    stored = raw.execute(
        f"SELECT {', '.join(f'typeof({c}), length({c})' for c in columns)} FROM members "
        "ORDER BY created_at").fetchall()
    raw.close()
    assert len(stored) == 2
    kinds = {c: (stored[0][2 * i], stored[1][2 * i]) for i, c in enumerate(columns)}
    assert all(a == b for a, b in kinds.values()), kinds
    for i, c in enumerate(columns):
        if c in ("birth_date", "id", "event_id", "consent_at", "created_at", "updated_at",
                 "changed_by_device", "registered_by_id", "consent_officer_id"):
            assert stored[0][2 * i + 1] == stored[1][2 * i + 1], c
    with workspace.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == imported["nik"])).one()
        assert saved.id.version == 7 and saved.id.variant == uuid.RFC_4122
        assert saved.consent_at.tzinfo is not None and saved.event_id == event_id


def test_new_ids_are_version_7_uuids_that_follow_one_another() -> None:
    first, second = import_writer.hex_ids(2000), import_writer.hex_ids(2000)
    assert len(set(first + second)) == 4000
    assert first == sorted(first) and second == sorted(second)
    now = time.time()
    for text in first + second:
        value = uuid.UUID(hex=text)
        assert (value.version, value.variant, value.hex) == (7, uuid.RFC_4122, text)
        assert abs(int(text[:12], 16) / 1000 - now) < 60  # milliseconds since 1970


def test_a_failure_in_the_writer_comes_back_with_the_chunks_before_it_saved(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    audit = import_writer._audit
    calls: list[int] = []

    def failing(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the second chunk's audit entry fails")
        audit(*args)

    monkeypatch.setattr(import_writer, "_audit", failing)
    path = _csv(tmp_path / "in.csv", _people(25, seed=9))
    with pytest.raises(RuntimeError, match="second chunk"):
        _import(workspace, actor, event_id, path, chunk_size=10)
    assert _saved(workspace) == 10  # the first chunk whole, nothing of the second
    monkeypatch.setattr(import_writer, "_audit", audit)

    # the connection went back without its temporary table's rows: the same file again
    # saves the 15 rows left and finds the 10 saved
    report = _import(workspace, actor, event_id, path, chunk_size=10)
    assert (report.imported, report.duplicates) == (15, 10)
    assert _saved(workspace) == 25


def test_only_an_active_nik_is_left_out_any_other_clash_fails_the_chunk(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer leaves out a row whose NIK is active already, and nothing else: a voided
    member's NIK is imported again, and a row that clashes on its id (never expected of
    new ids, but not to be lost without a word) fails its chunk instead of vanishing."""
    rows = _people(4, seed=23)
    path = _csv(tmp_path / "a.csv", rows)
    assert _import(workspace, actor, event_id, path).imported == 4
    with workspace.db.session() as s:
        voided = s.scalars(select(Member).where(Member.nik == rows[0]["nik"])).one()
        member_changes.void_member(s, actor, voided.id, "salah ketik, diulang")
    report = _import(workspace, actor, event_id, path)
    assert (report.imported, report.duplicates) == (1, 3)
    assert [r.row for r in report.rejects] == [3, 4, 5]
    with workspace.db.session() as s:
        statuses = sorted(s.scalars(select(Member.status).where(Member.nik == rows[0]["nik"])))
    assert statuses == ["active", "voided"]

    one_id = import_writer.hex_ids(1)
    monkeypatch.setattr(import_writer, "hex_ids", lambda count: one_id * count)
    with pytest.raises(sqlite3.IntegrityError, match=r"members\.id"):
        _import(workspace, actor, event_id, _csv(tmp_path / "b.csv", _people(3, seed=24)))
    assert _saved(workspace) == 5  # nothing of the chunk


def test_parts_larger_than_a_statement_are_staged_whole(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A part goes into the temporary table in several statements, each within the
    connection's limit of bound values (also a limit as low as SQLite's oldest, 999)."""
    stage = import_writer._stage

    def low_limit(raw: sqlite3.Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
        raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        stage(raw, table, rows)

    monkeypatch.setattr(import_writer, "_stage", low_limit)
    people = _people(1300, seed=31)
    first = _import(workspace, actor, event_id, _csv(tmp_path / "a.csv", people[:2]))
    assert first.imported == 2
    report = _import(workspace, actor, event_id, _csv(tmp_path / "b.csv", people),
                     part_size=1300)
    assert (report.read, report.imported, report.duplicates) == (1300, 1298, 2)
    with workspace.db.session() as s:
        niks = list(s.scalars(select(Member.nik)))
    assert sorted(niks) == sorted(p["nik"] for p in people)


def test_after_a_large_import_one_events_list_pages_by_the_name_index(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    """Without statistics SQLite takes the event's index for the desk's list of one event,
    sorted by name, and sorts the whole event for every page; the import leaves them."""
    from sqlalchemy import event as sa_event

    from app.services import member_search

    rows = _people(import_writer.ANALYZE_AFTER, seed=31)
    report = _import(workspace, actor, event_id, _csv(tmp_path / "in.csv", rows))
    assert report.imported == import_writer.ANALYZE_AFTER
    seen: list[tuple[str, Any]] = []

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "ORDER BY" in statement:
            seen.append((statement, parameters))

    engine = workspace.db.engine
    sa_event.listen(engine, "before_cursor_execute", remember)
    try:
        with workspace.db.session() as s:
            first = member_search.list_members(s, event_id=event_id, limit=200)
            member_search.list_members(s, event_id=event_id, limit=200, after=first[-1])
    finally:
        sa_event.remove(engine, "before_cursor_execute", remember)
    statement, parameters = seen[-1]
    raw = sqlite3.connect(workspace.data_dir / DB_FILENAME)
    plan = " ".join(str(r[3]) for r in raw.execute("EXPLAIN QUERY PLAN " + statement,
                                                   parameters))
    raw.close()
    assert "ix_members_name" in plan and "ix_members_event_id" not in plan, plan


def test_statistics_that_cannot_be_written_leave_the_import_whole(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The rows are saved before the statistics: an ANALYZE refused (here by an
    authoriser, as a busy or full database would) is logged, and the import returns its
    report instead of failing or waiting for ever."""
    import threading

    from sqlalchemy import event as sa_event

    def deny_analyze(action: int, *_: Any) -> int:
        return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_ANALYZE else sqlite3.SQLITE_OK

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_authorizer(deny_analyze)

    workspace.db.engine.dispose()  # connections made from now on carry the authoriser
    sa_event.listen(workspace.db.engine, "connect", on_connect)
    monkeypatch.setattr(import_writer, "ANALYZE_AFTER", 1)
    path = _csv(tmp_path / "in.csv", _people(30, seed=44))
    outcome: list[Any] = []
    worker = threading.Thread(
        target=lambda: outcome.append(_import(workspace, actor, event_id, path, chunk_size=10)),
        daemon=True)
    try:
        worker.start()
        worker.join(timeout=30)
        assert not worker.is_alive(), "the import did not return"
    finally:
        sa_event.remove(workspace.db.engine, "connect", on_connect)
        workspace.db.engine.dispose()
    assert outcome[0].imported == 30 and _saved(workspace) == 30
    assert "statistik tabel peserta tidak diperbarui" in caplog.text
