"""Engine, connection pragmas, sessions and schema migrations, all in one place.

SQLite in the field (WAL, synchronous=FULL because power cuts are common), any
SQLAlchemy URL at the office. Before Alembic changes an existing SQLite schema, a
copy of the database is taken with SQLite's online backup API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import UserError
from app.domain.messages import t

if TYPE_CHECKING:
    from alembic.config import Config

DB_FILENAME = "lindungi.sqlite"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest revision in app/migrations/versions (a test keeps the two in step). Knowing
#: it here lets start-up skip importing Alembic when the schema is already current.
HEAD_REVISION = "0009"
BUSY_TIMEOUT_MS = 10_000
#: how long a write waits for another program's write lock, if not BUSY_TIMEOUT_MS (tests)
BUSY_TIMEOUT_ENV = "LINDUNGI_BUSY_TIMEOUT_MS"


def busy_timeout_ms() -> int:
    """BUSY_TIMEOUT_MS, unless LINDUNGI_BUSY_TIMEOUT_MS names another whole number."""
    raw = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    return int(raw) if raw.isdigit() else BUSY_TIMEOUT_MS


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms()}")
    cur.close()


# ---- database errors sorted by their cause --------------------------------------------


class DatabaseProblem(UserError):
    """The database cannot be used right now for a reason a person can act on, known by
    the driver's error code (never by its text, which can quote the values of a row)."""

    kind = "database"


class DatabaseBusy(DatabaseProblem):
    kind = "database_busy"

    def __init__(self) -> None:
        super().__init__(t("database sedang dipakai program lain: tunggu sebentar atau tutup "
                           "program itu, lalu ulangi"))


class DatabaseFull(DatabaseProblem):
    kind = "database_full"

    def __init__(self) -> None:
        super().__init__(t("ruang penyimpanan database penuh: kosongkan ruang di disk (hapus "
                           "atau pindahkan berkas yang tidak perlu), lalu ulangi; yang sudah "
                           "tersimpan tidak hilang"))


class DatabaseReadOnly(DatabaseProblem):
    kind = "database_read_only"

    def __init__(self) -> None:
        super().__init__(t("database hanya bisa dibaca (berkas, folder atau disk hanya-baca, "
                           "atau server menolak menulis): pindahkan folder data ke tempat yang "
                           "bisa ditulis atau buka kunci tulisnya, lalu ulangi"))


class DatabaseUnopenable(DatabaseProblem):
    kind = "database_cannot_open"

    def __init__(self) -> None:
        super().__init__(t("berkas database tidak bisa dibuka: periksa folder data masih ada "
                           "(flashdisk/disk terpasang) dan boleh ditulis, lalu ulangi"))


class DatabaseIOFailed(DatabaseProblem):
    kind = "database_io"

    def __init__(self) -> None:
        super().__init__(t("gagal membaca atau menulis database di disk: periksa disk atau "
                           "flashdisk masih terpasang, lalu ulangi"))


class DatabaseDamaged(DatabaseProblem):
    kind = "database_damaged"

    def __init__(self, server: bool = False) -> None:
        if server:
            message = t("database server melaporkan data rusak: hubungi pengelola server; "
                       "pemulihan dari cadangan server adalah urusannya")
        else:
            message = t("database rusak: lihat cadangan dengan 'lindungi backup list', lalu "
                       "pulihkan dengan 'lindungi backup restore FILE'; pendaftaran sesudah "
                       "cadangan itu dibuat hilang dan perlu didaftar ulang")
        super().__init__(message)


class DatabaseUnreachable(DatabaseProblem):
    kind = "database_unreachable"

    def __init__(self) -> None:
        super().__init__(t("database server tidak bisa dipakai; periksa --database-url (atau "
                           "LINDUNGI_DATABASE_URL), jaringan, dan hak akses pengguna database"))


class DatabaseDriverMissing(DatabaseProblem):
    kind = "database_driver_missing"

    def __init__(self) -> None:
        super().__init__(t("program ini versi laptop dan tidak membawa driver PostgreSQL: "
                           "untuk database server (--database-url atau LINDUNGI_DATABASE_URL) "
                           "pakai program versi kantor (lindungi-office)"))


# SQLite's primary result codes (the low byte of the extended code), sqlite.org/rescode.html
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_PROTOCOL = 11, 13, 14, 15
_SQLITE_NOTADB = 26
# PostgreSQL SQLSTATEs (postgresql.org/docs/current/errcodes-appendix.html)
_PG_BUSY = {"55P03", "40P01", "40001"}  # lock not available, deadlock, serialization
_PG_UNREACHABLE = {"3D000", "53300", "57P01", "57P02", "57P03"}  # no such database, too
# many connections, server shut down or starting; besides the classes 08 and 28


def _writable(path: Path) -> bool:
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK)


def _sqlite_problem(err: sqlite3.Error, path: Path | None) -> DatabaseProblem | None:
    code = getattr(err, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None  # raised by the sqlite3 module itself (a closed connection…): a bug
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_PROTOCOL):
        return DatabaseBusy()
    if primary == _SQLITE_FULL:
        return DatabaseFull()
    if primary == _SQLITE_READONLY:
        return DatabaseReadOnly()
    if primary == _SQLITE_CANTOPEN:
        if path is not None and not (_writable(path) and _writable(path.parent)):
            return DatabaseReadOnly()
        return DatabaseUnopenable()
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DatabaseDamaged()
    if primary == _SQLITE_IOERR:
        return DatabaseIOFailed()
    return None  # constraints, misuse, errors in SQL: the program's fault


def _server_problem(err: BaseException) -> DatabaseProblem | None:
    state = getattr(err, "sqlstate", None) or getattr(err, "pgcode", None)
    if not state:
        # psycopg's OperationalError without a SQLSTATE: the connection failed or broke
        return DatabaseUnreachable() if type(err).__name__ == "OperationalError" else None
    state = str(state)
    if state in _PG_BUSY:
        return DatabaseBusy()
    if state == "53100":
        return DatabaseFull()
    if state == "25006":
        return DatabaseReadOnly()
    if state in ("XX001", "XX002"):
        return DatabaseDamaged(server=True)
    if state[:2] in ("08", "28") or state in _PG_UNREACHABLE:
        return DatabaseUnreachable()
    return None  # class 23 (constraints), 42 (SQL) and the rest: the program's fault


def database_problem(exc: BaseException, path: Path | None = None) -> DatabaseProblem | None:
    """Sort a database error by its code: busy, full, read-only, cannot open, I/O,
    damaged, server unreachable; None for anything else (a constraint that failed, a
    wrong statement), which is a bug for the crash report, not damage to show a person.

    `exc` is SQLAlchemy's DBAPIError (its `.orig` is the driver's error) or the driver's
    error itself: `sqlite3.Error` (with `sqlite_errorcode`) or psycopg's (with
    `sqlstate`). `path` is the SQLite file, when known, to tell a read-only folder from
    a file that cannot be opened at all."""
    if isinstance(exc, DatabaseProblem):
        return exc
    err: BaseException | None = exc.orig if isinstance(exc, DBAPIError) else exc
    if err is None:
        return None
    if isinstance(err, sqlite3.Error):
        return _sqlite_problem(err, path)
    if type(err).__module__.split(".")[0] in ("psycopg", "psycopg2"):
        return _server_problem(err)
    return None


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)  # imports the URL's driver
    except ModuleNotFoundError as exc:  # the laptop build carries no server driver
        if (exc.name or "").split(".")[0] in ("psycopg", "psycopg2"):
            raise DatabaseDriverMissing() from None
        raise
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        from app.models.entities import for_postgresql

        for_postgresql()  # the partial indexes' conditions, as the migrations made them
    return engine


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _alembic_config(connection: Any) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The head as Alembic computes it from the migration scripts."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None, "migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None for an empty one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database (online backup API), fsynced."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(source)
    try:
        src.execute("PRAGMA cache_size=-1024")  # 1 MB: a backup beside a running desk
        dst = sqlite3.connect(tmp)
        try:
            dst.execute("PRAGMA cache_size=-1024")
            src.backup(dst)
            # one self-contained file (no -wal/-shm beside it), fit to copy to a stick
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(tmp, "rb+") as fh:
        import os

        os.fsync(fh.fileno())
    tmp.replace(target)
    return target


def upgrade(engine: Engine, backup_dir: Path | None = None, target: str = "head") -> Path | None:
    """Bring the schema to `target` (the newest revision); returns the pre-migration
    backup, if one was taken."""
    current = current_revision(engine)
    if target == "head" and current == HEAD_REVISION:
        return None
    from alembic import command

    head = head_revision() if target == "head" else target
    if current == head:
        return None
    backup: Path | None = None
    db_file = engine.url.database
    if engine.dialect.name == "sqlite" and current is not None and db_file and backup_dir:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(
            Path(db_file), backup_dir / f"sebelum-migrasi-{current}-{stamp}.sqlite"
        )
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), head)
    return backup


def lock_for_writing(session: Session, job: str | None = None) -> None:
    """Make what this transaction reads next the state it will write over.

    SQLite has one writer at a time: its write lock is taken now, not at the first write,
    so another process cannot change the database between this transaction's reads and
    its writes (whoever waits, waits up to BUSY_TIMEOUT_MS). PostgreSQL lets many write at
    once: with `job`, an advisory lock on that name makes such jobs (one import, one
    audit chain) run one after the other, the rest of the office going on; without it,
    the caller locks the rows it changes (`with_for_update`). Either lock ends with the
    transaction."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        # a write statement, even one that changes no row, takes the write lock
        conn.exec_driver_sql("UPDATE settings SET key = key WHERE 0")
    elif job is not None and conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(job.encode()).digest()[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows through the driver's executemany, with the dialect's own bind
    processors applied in one tight loop (the generic Core path spends most of its time
    re-deciding per row what this decides once). Works for any paramstyle."""
    if not rows:
        return
    dialect = conn.dialect
    columns = [c for c in table.columns if c.key in rows[0]]
    compiled = table.insert().compile(dialect=dialect, column_keys=[c.key for c in columns])
    procs = {
        c.key: c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns
    }
    order = [compiled.binds[name].key for name in compiled.positiontup or ()]
    keys = order or [c.key for c in columns]
    missing = [k for k in keys if k not in rows[0]]
    if missing:  # columns the compiler added for their scalar Python-side defaults
        fill = {}
        for k in missing:
            default = table.columns[k].default
            if default is None or not getattr(default, "is_scalar", False):
                raise KeyError(f"bulk_insert: no value and no scalar default for {k}")
            fill[k] = getattr(default, "arg", None)
        rows = [{**fill, **row} for row in rows]
    for k in keys:
        procs.setdefault(k, table.columns[k].type.dialect_impl(dialect).bind_processor(dialect))
    getter = itemgetter(*keys)
    converted: list[tuple[int, Callable[[Any], Any]]] = []
    for i, k in enumerate(keys):
        bind = procs[k]
        if bind is not None:
            converted.append((i, bind))
    # Rows of one batch often share a value (the event, the device, the timestamp): a
    # value identical to the previous row's is not converted again.
    last_in: list[Any] = [object()] * len(keys)
    last_out: list[Any] = [None] * len(keys)
    processed: list[Any] = []
    for row in rows:
        values = list(getter(row)) if len(keys) > 1 else [getter(row)]
        for i, convert in converted:
            value = values[i]
            if value is last_in[i]:
                values[i] = last_out[i]
            else:
                last_in[i] = value
                values[i] = last_out[i] = convert(value)
        if compiled.positional:
            processed.append(tuple(values))
        else:
            processed.append(dict(zip(keys, values, strict=True)))
    conn.exec_driver_sql(str(compiled), processed)


@dataclass
class Database:
    """An engine with its session factory; one Session per unit of work."""

    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: str, backup_dir: Path | None = None, migrate: bool = True) -> Database:
        engine = make_engine(url)
        if migrate:
            upgrade(engine, backup_dir)
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    @classmethod
    def open_file(cls, path: Path, migrate: bool = True) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls.open(sqlite_url(path), path.parent / "backups", migrate)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error."""
        with self.sessions() as s, s.begin():
            yield s

    def dispose(self) -> None:
        self.engine.dispose()
