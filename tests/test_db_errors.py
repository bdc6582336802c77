"""Database errors sorted by their error code (app.db.database_problem), each from a real
cause: another connection holding the write lock, a file of random bytes, a read-only
database, a full one, a damaged page, a violated foreign key, a server nobody answers."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app.db import (
    BUSY_TIMEOUT_MS,
    Database,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseDriverMissing,
    DatabaseFull,
    DatabaseIOFailed,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseUnopenable,
    DatabaseUnreachable,
    busy_timeout_ms,
    database_problem,
    lock_for_writing,
)
from app.domain.errors import UserError
from tests.helpers.office import PG_ADMIN_URL, PG_REQUIRED

RESTORE_ADVICE = "backup restore"


def caught(action: object) -> BaseException:
    try:
        action()  # type: ignore[operator]
    except Exception as exc:
        return exc
    raise AssertionError("no error")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open_file(tmp_path / "lindungi.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINDUNGI_BUSY_TIMEOUT_MS", "100")


def test_busy_timeout_is_ten_seconds_unless_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LINDUNGI_BUSY_TIMEOUT_MS", raising=False)
    assert busy_timeout_ms() == BUSY_TIMEOUT_MS == 10_000
    monkeypatch.setenv("LINDUNGI_BUSY_TIMEOUT_MS", "250")
    assert busy_timeout_ms() == 250
    monkeypatch.setenv("LINDUNGI_BUSY_TIMEOUT_MS", "lama")
    assert busy_timeout_ms() == 10_000


def test_another_connection_holding_the_write_lock_is_busy(db: Database, tmp_path: Path,
                                                           short_wait: None) -> None:
    other = sqlite3.connect(tmp_path / "lindungi.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        def write() -> None:
            with db.session() as s:
                lock_for_writing(s)

        exc = caught(write)
    finally:
        other.execute("ROLLBACK")
        other.close()
    problem = database_problem(exc)
    assert isinstance(problem, DatabaseBusy) and isinstance(problem, UserError)
    assert "dipakai program lain" in problem.message
    assert RESTORE_ADVICE not in problem.message
    with db.session() as s:  # released: the same write goes through
        lock_for_writing(s)


def test_a_file_of_random_bytes_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "lindungi.sqlite"
    path.write_bytes(os.urandom(16_384))
    exc = caught(lambda: Database.open_file(path))
    assert isinstance(exc, DBAPIError)
    problem = database_problem(exc)
    assert isinstance(problem, DatabaseDamaged)
    assert "lindungi backup list" in problem.message
    assert "lindungi backup restore FILE" in problem.message
    assert "hilang" in problem.message  # what was registered after the backup is lost


def test_a_damaged_page_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "rusak.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    con.executemany("INSERT INTO t (body) VALUES (?)", [("x" * 500,)] * 400)
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):  # B-tree pages, not the header
        data[start:start + 64] = b"\xff" + os.urandom(63)  # 0xff: no page type at all
    path.write_bytes(bytes(data))
    con = sqlite3.connect(path)
    try:
        exc = caught(lambda: con.execute("SELECT sum(length(body)) FROM t").fetchall())
    finally:
        con.close()
    assert isinstance(exc, sqlite3.DatabaseError)
    assert isinstance(database_problem(exc), DatabaseDamaged)


def test_a_read_only_database_is_read_only(db: Database, tmp_path: Path) -> None:
    uri = f"sqlite:///file:{tmp_path / 'lindungi.sqlite'}?mode=ro&uri=true"
    ro = Database.open(uri, migrate=False)
    try:
        def write() -> None:
            with ro.session() as s:
                s.execute(text("UPDATE settings SET key = key"))

        problem = database_problem(caught(write))
    finally:
        ro.dispose()
    assert isinstance(problem, DatabaseReadOnly)
    assert "hanya bisa dibaca" in problem.message and RESTORE_ADVICE not in problem.message


def test_a_full_database_is_full(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "penuh.sqlite")
    try:
        con.execute("CREATE TABLE t (body BLOB)")
        con.execute("PRAGMA max_page_count=8")  # the disk is this small
        exc = caught(lambda: con.executemany("INSERT INTO t VALUES (?)",
                                             [(os.urandom(4000),)] * 50))
    finally:
        con.close()
    problem = database_problem(exc)
    assert isinstance(problem, DatabaseFull)
    assert "kosongkan" in problem.message and RESTORE_ADVICE not in problem.message


def test_a_violated_foreign_key_is_a_bug_not_damage(db: Database) -> None:
    def insert() -> None:
        with db.session() as s:
            s.execute(text(
                "INSERT INTO member_changes (id, member_id, revision, changed_at, device_id, "
                "action, changes, reason) VALUES (:id, :member, 1, '2026-11-21 00:00:00', "
                ":device, 'update', '{}', 'Budi Santoso 3574015708050001')"),
                {"id": uuid.uuid4().hex, "member": uuid.uuid4().hex,
                 "device": uuid.uuid4().hex})

    exc = caught(insert)
    assert isinstance(exc, DBAPIError)
    assert exc.orig.sqlite_errorname == "SQLITE_CONSTRAINT_FOREIGNKEY"  # type: ignore[union-attr]
    assert database_problem(exc) is None


def test_a_server_nobody_answers_is_unreachable() -> None:
    engine = create_engine("postgresql+psycopg://lindungi@127.0.0.1:1/lindungi")
    try:
        exc = caught(lambda: engine.connect().close())
    finally:
        engine.dispose()
    problem = database_problem(exc)
    assert isinstance(problem, DatabaseUnreachable)
    assert "--database-url" in problem.message


@pytest.mark.parametrize(("state_class", "expected"), [
    ("LockNotAvailable", DatabaseBusy), ("DeadlockDetected", DatabaseBusy),
    ("SerializationFailure", DatabaseBusy), ("DiskFull", DatabaseFull),
    ("ReadOnlySqlTransaction", DatabaseReadOnly), ("InvalidPassword", DatabaseUnreachable),
    ("AdminShutdown", DatabaseUnreachable), ("DataCorrupted", DatabaseDamaged),
    ("UniqueViolation", None), ("ForeignKeyViolation", None), ("UndefinedColumn", None),
])
def test_postgresql_errors_by_sqlstate(state_class: str, expected: type | None) -> None:
    """psycopg's own error classes, each carrying its SQLSTATE (the server's code)."""
    import psycopg.errors

    error = getattr(psycopg.errors, state_class)("the server's text, maybe with a NIK")
    problem = database_problem(DBAPIError("SELECT 1", {}, error))
    if expected is None:
        assert problem is None
    else:
        assert type(problem) is expected and problem is not None
        assert "NIK" not in problem.message and "server's text" not in problem.message


def test_a_row_locked_on_the_server_is_busy() -> None:
    if not PG_ADMIN_URL:  # as the office tests: failed where a server is required (CI)
        message = "no PostgreSQL server (LINDUNGI_TEST_POSTGRES)"
        if PG_REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    url = PG_ADMIN_URL
    holder, waiter = create_engine(url), create_engine(url)
    try:
        with holder.connect() as a:
            a.execute(text("CREATE TEMP TABLE IF NOT EXISTS x (id int)"))
            a.execute(text("SELECT pg_advisory_xact_lock(424242)"))

            def wait() -> None:
                with waiter.connect() as b:
                    b.execute(text("SET lock_timeout = '100ms'"))
                    b.execute(text("SELECT pg_advisory_xact_lock(424242)"))

            problem = database_problem(caught(wait))
            a.rollback()
    finally:
        holder.dispose()
        waiter.dispose()
    assert isinstance(problem, DatabaseBusy)


def test_only_a_damaged_file_points_to_the_backups() -> None:
    messages: dict[type[DatabaseProblem], str] = {
        cls: cls().message for cls in (DatabaseBusy, DatabaseFull, DatabaseReadOnly,
                                       DatabaseUnopenable, DatabaseIOFailed,
                                       DatabaseUnreachable, DatabaseDriverMissing)}
    messages[DatabaseDamaged] = DatabaseDamaged().message
    server_damage = DatabaseDamaged(server=True).message
    assert set(DatabaseProblem.__subclasses__()) == set(messages)
    for cls, message in messages.items():
        assert (RESTORE_ADVICE in message) is (cls is DatabaseDamaged), cls
        assert "backup list" not in message or cls is DatabaseDamaged
    assert RESTORE_ADVICE not in server_damage  # a server's backups are its keeper's
