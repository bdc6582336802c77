"""Saving an import's checked rows, chunk by chunk, each chunk one transaction.

A chunk's transaction takes the write lock, leaves out the NIKs already active in the
database, inserts the rest and appends the audit entry; a kill at any instant leaves
whole chunks only. A chunk comes in parts (`submit` once per part, the last one saying
it ends the chunk), so that the rows checked last wait for one part's writing, not a
whole chunk's. Two writers do that:

- `StagedWriter` (SQLite, the laptop): each part's rows go into a temporary table, and
  one INSERT … SELECT moves them into `members` with the columns every row of the import
  shares. That statement, which updates the members table's indexes and is most of
  SQLite's time, runs on a thread of its own while the next part is checked: SQLite
  lets go of Python's interpreter lock for the whole statement, so the checking and the
  writing use both processor cores. The rows are put into the temporary table while the
  checking waits, hundreds to a statement (the driver binds their values holding the
  interpreter's lock: done beside the checking, the two threads would hand the lock to
  each other for every statement); a row's payment terms, which a list repeats row
  after row, go into a second temporary table once per chunk, the row bringing only
  their number (TERM_COLUMNS). The rows whose NIK is active already are turned
  away by the unique index on active NIKs itself (ON CONFLICT on that index, DO
  NOTHING), and looked up only when there were some. The chunk's transaction stays
  open from its first part to its last, and is rolled back if the chunk never ends. It
  holds SQLite's write lock meanwhile, while the chunk's later parts are checked:
  another writer (the desk on the same data folder) waits up to about 2 s during a
  large import (0.4 s when a chunk was written whole), within the busy timeout. The
  caller says its progress between chunks only, so that a paused console holds no lock.
- `DirectWriter` (other databases): a chunk's parts kept until its last, then the rows
  through the driver's executemany, in the caller's thread.

Both report, per chunk, how many rows were saved and which NIKs were already active.
"""

from __future__ import annotations

import datetime as dt
import queue
import sqlite3
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import Any, Protocol

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import logs
from app.db import Database, bulk_insert, lock_for_writing
from app.models import Member, utcnow
from app.models.entities import ACTIVE_NIK_KEY
from app.services import members
from app.services.audit import Actor, record
from app.services.member_cleaning import CleanMember

MEMBERS: Table = Member.__table__  # type: ignore[assignment]
_log = logs.get("import")
#: SQLite's page cache while a chunk is written (KiB, negative as PRAGMA cache_size
#: takes it), and SQLite's own default it goes back to after the chunk's commit. Each
#: commit writes every page the chunk touched (the indexes on NIK, name, phone and id are
#: spread over the whole table); with SQLite's default 2 MB, those indexes would spill
#: to the log in the middle of the transaction, each page many times over.
IMPORT_CACHE = -65536
SQLITE_CACHE = -2000
#: NIKs per look-up of the ones already saved (DirectWriter)
LOOKUP = 500
#: rows saved from which an import ends by refreshing SQLite's statistics of the members
#: table (StagedWriter). Without them SQLite takes the index on the event for a list of
#: one event's members sorted by name, and sorts the whole event for every page of the
#: desk's list (about 40 ms a page for an event of 100,000); with them it walks the name
#: index. ANALYZE reads the table's indexes once: about 0.06 s for 100,000 members.
ANALYZE_AFTER = 5000


@dataclass
class Saved:
    """One chunk's outcome: rows saved, and the NIKs left out as already active."""

    imported: int
    already_active: list[str]


class ChunkWriter(Protocol):
    def submit(self, fresh: list[CleanMember], rejected: int, duplicates: int,
               ends_chunk: bool = True) -> None:
        """Save one part of a chunk's checked rows (`rejected` and `duplicates`: the
        part's rows refused so far, for the chunk's audit entry); the chunk is committed
        with the part that ends it."""

    def finished(self) -> list[Saved]:
        """The chunks saved since the last call, in the order they were submitted."""

    def close(self) -> list[Saved]:
        """Wait for every submitted chunk; the ones not yet returned by `finished`."""


def open_writer(db: Database, actor: Actor, event_id: uuid.UUID,
                consent_version: str) -> ChunkWriter:
    if db.engine.dialect.name == "sqlite":
        return StagedWriter(db, actor, event_id, consent_version)
    return DirectWriter(db, actor, event_id, consent_version)


def _audit(s: Session, actor: Actor, event_id: uuid.UUID, saved: int, rejected: int,
           duplicates: int) -> None:
    record(s, actor, "member_import", "event", event_id, rows=saved, rejected=rejected,
           duplicates=duplicates)


class DirectWriter:
    def __init__(self, db: Database, actor: Actor, event_id: uuid.UUID,
                 consent_version: str) -> None:
        self.db, self.actor = db, actor
        self.event_id, self.consent_version = event_id, consent_version
        self.done: list[Saved] = []
        self.parts: list[CleanMember] = []  # the open chunk's rows so far
        self.refused = [0, 0]  # the open chunk's rejected and duplicate rows so far

    def submit(self, fresh: list[CleanMember], rejected: int, duplicates: int,
               ends_chunk: bool = True) -> None:
        self.parts.extend(fresh)
        self.refused[0] += rejected
        self.refused[1] += duplicates
        if ends_chunk:
            fresh, self.parts = self.parts, []
            (rejected, duplicates), self.refused = self.refused, [0, 0]
            self._save(fresh, rejected, duplicates)

    def _save(self, fresh: list[CleanMember], rejected: int, duplicates: int) -> None:
        with self.db.sessions() as s, s.begin():
            lock_for_writing(s)
            niks = [clean.nik for clean in fresh]
            active: set[str] = set()
            for start in range(0, len(niks), LOOKUP):
                active.update(s.scalars(select(Member.nik).where(
                    Member.status == "active", Member.nik.in_(niks[start:start + LOOKUP]))))
            rows = members.new_member_rows([c for c in fresh if c.nik not in active],
                                           self.actor, self.event_id, self.consent_version,
                                           utcnow())
            if rows:
                try:
                    with s.begin_nested():
                        bulk_insert(s.connection(), MEMBERS, rows)
                except IntegrityError:
                    # another program saved some of these NIKs meanwhile: row by row
                    rows = self._one_by_one(s, rows, active)
            left_out = [nik for nik in niks if nik in active]
            _audit(s, self.actor, self.event_id, len(rows), rejected,
                   duplicates + len(left_out))
        self.done.append(Saved(len(rows), left_out))

    @staticmethod
    def _one_by_one(s: Session, rows: list[dict[str, Any]], active: set[str]
                    ) -> list[dict[str, Any]]:
        saved = []
        for row in rows:
            try:
                with s.begin_nested():
                    bulk_insert(s.connection(), MEMBERS, [row])
                saved.append(row)
            except IntegrityError:
                active.add(row["nik"])
        return saved

    def finished(self) -> list[Saved]:
        done, self.done = self.done, []
        return done

    def close(self) -> list[Saved]:
        return self.finished()


#: the columns each row brings, in the temporary table's order (the table has one more
#: after them, `terms`: the number of the row's terms in the terms table); the rest are
#: the same for every row of the import (StagedWriter.shared)
ROW_COLUMNS = ("nik", "name", "birth_place", "birth_date", "gender", "address",
               "region_code", "phone", "email", "occupation", "business_name", "id")
#: the payment terms, which a list repeats row after row (a few hundred distinct in
#: 100,000 rows): staged once per chunk in a table of their own, each row staging only
#: their number there, a third fewer values to bind (StagedWriter)
TERM_COLUMNS = ("sector", "declared_income", "programs", "payer", "payer_subsource",
                "pay_period", "group_id")
_terms_of = attrgetter(*TERM_COLUMNS)


def hex_ids(count: int) -> list[str]:
    """members.new_ids as 32 hexadecimal digits, how a Uuid column is stored in SQLite."""
    return [f"{number:032x}" for number in members.new_ids(count)]


class StagedWriter:
    """Chunks written on a thread of its own (see the module's description). The thread
    holds one connection for the whole import; `close` (or an error) ends it, and its
    error, if it had one, is raised in the caller's thread."""

    def __init__(self, db: Database, actor: Actor, event_id: uuid.UUID,
                 consent_version: str) -> None:
        self.db, self.actor = db, actor
        self.event_id, self.consent_version = event_id, consent_version
        self.jobs: queue.Queue[_Part | None] = queue.Queue()
        self.staged = threading.Semaphore(0)  # released when a part's rows are staged
        self.lock = threading.Lock()
        self.done: list[Saved] = []
        self.saved = 0  # rows saved by this import so far
        self.ended = False  # the caller's end (close) has been taken from the queue
        self.error: BaseException | None = None
        self.birth = _remembering(self._bind("birth_date"))
        self.group = self._bind("group_id")
        #: the open chunk's distinct terms (TERM_COLUMNS) and their numbers; the terms
        #: table holds the same, in the chunk's transaction
        self.terms: dict[tuple[Any, ...], int] = {}
        self.thread = threading.Thread(target=self._run, name="import-writer", daemon=True)
        self.thread.start()

    def shared(self, now: dt.datetime) -> dict[str, Any]:
        """The columns every row of a chunk shares, as the driver takes them."""
        values = members.shared_columns(self.actor, self.event_id, self.consent_version, now)
        return {name: value if value is None else self._bind(name)(value)
                for name, value in values.items()}

    def _bind(self, column: str) -> Callable[[Any], Any]:
        """How the dialect turns `column`'s Python values into the driver's."""
        dialect = self.db.engine.dialect
        proc = MEMBERS.c[column].type.dialect_impl(dialect).bind_processor(dialect)
        return proc or _same

    def submit(self, fresh: list[CleanMember], rejected: int, duplicates: int,
               ends_chunk: bool = True) -> None:
        self._raise()
        birth, terms, new_terms = self.birth, self.terms, []
        rows = []
        for c, row_id in zip(fresh, hex_ids(len(fresh)), strict=True):
            number = terms.get(key := _terms_of(c))
            if number is None:
                number = terms[key] = len(terms)
                *same, group_id = key
                new_terms.append((number, *same, self.group(group_id)))
            rows.append((c.nik, c.name, c.birth_place, birth(c.birth_date), c.gender,
                         c.address, c.region_code, c.phone, c.email, c.occupation,
                         c.business_name, row_id, number))
        if ends_chunk:
            self.terms = {}  # the next chunk stages its terms again
        self.jobs.put(_Part(rows, new_terms, rejected, duplicates, ends_chunk))
        self.staged.acquire()  # the checking waits while the rows are staged
        self._raise()

    def finished(self) -> list[Saved]:
        self._raise()
        with self.lock:
            done, self.done = self.done, []
        return done

    def close(self) -> list[Saved]:
        self.jobs.put(None)
        self.thread.join()
        return self.finished()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def _run(self) -> None:
        try:
            # one connection throughout: the temporary table is that connection's
            with self.db.engine.connect() as conn, self.db.sessions(bind=conn) as s:
                raw = conn.connection.driver_connection
                assert raw is not None
                raw.execute("PRAGMA temp_store=MEMORY")
                _drop_staging(raw)
                raw.execute("CREATE TEMP TABLE import_staged (" + ", ".join(ROW_COLUMNS)
                            + ", terms INTEGER)")
                raw.execute("CREATE TEMP TABLE import_terms (number INTEGER PRIMARY KEY, "
                            + ", ".join(TERM_COLUMNS) + ")")
                try:
                    self._work(s, raw)
                    if self.saved >= ANALYZE_AFTER:
                        self._analyze(raw)
                finally:
                    if raw.in_transaction:  # a chunk that failed: not saved
                        raw.rollback()
                    raw.execute(f"PRAGMA cache_size={SQLITE_CACHE}")
                    _drop_staging(raw)
                    raw.execute("PRAGMA temp_store=DEFAULT")
        except BaseException as exc:  # raised again in the caller's thread
            self.error = exc
            self.staged.release()
            while not self.ended and self.jobs.get() is not None:
                self.staged.release()  # the caller's remaining chunks: not saved

    @staticmethod
    def _analyze(raw: Any) -> None:
        """The members table's statistics (ANALYZE_AFTER). Only the desk's lists gain
        from them: the rows are saved already, so a busy or full database leaves the
        statistics as they were and the import reports what it saved."""
        try:
            raw.execute("ANALYZE main.members")
        except sqlite3.Error as exc:  # the code only: a driver's text may quote values
            _log.warning("statistik tabel peserta tidak diperbarui (kode SQLite %s)",
                         getattr(exc, "sqlite_errorcode", "?"))

    def _work(self, s: Session, raw: Any) -> None:
        while (part := self.jobs.get()) is not None:
            saved = self._chunk(s, raw, part)
            if saved is None:
                break  # the caller ended in the middle of a chunk: that chunk not saved
            raw.execute(f"PRAGMA cache_size={SQLITE_CACHE}")
            self.saved += saved.imported
            with self.lock:
                self.done.append(saved)
        self.ended = True  # the caller's end is in: nothing more will come

    def _chunk(self, s: Session, raw: Any, part: _Part | None) -> Saved | None:
        """One chunk, from its first part to the one that ends it: the staged rows, their
        moves and the audit entry, one commit. None, and nothing of the chunk saved,
        when the caller ends before the chunk does."""
        try:
            with s.begin():
                lock_for_writing(s)
                raw.execute(f"PRAGMA cache_size={IMPORT_CACHE}")
                shared = self.shared(utcnow())
                saved, rejected, duplicates = Saved(0, []), 0, 0
                while part is not None:
                    try:
                        _stage(raw, "import_terms", part.terms)
                        _stage(raw, "import_staged", part.rows)
                    finally:
                        self.staged.release()
                    self._move(raw, shared, saved, len(part.rows))
                    rejected += part.rejected
                    duplicates += part.duplicates
                    if part.ends_chunk:
                        _audit(s, self.actor, self.event_id, saved.imported, rejected,
                               duplicates + len(saved.already_active))
                        raw.execute("DELETE FROM temp.import_terms")  # committed with it
                        return saved
                    part = self.jobs.get()
                raise _Unended  # the transaction rolls back
        except _Unended:
            return None

    @staticmethod
    def _move(raw: Any, shared: dict[str, Any], saved: Saved, staged: int) -> None:
        """From the temporary table into members, leaving out the NIKs already active
        (the unique index on active NIKs turns them away, and that index only: any other
        constraint a row breaks fails the chunk); added to the chunk's `saved`. `staged`:
        the rows in the temporary table; when fewer moved, the ones left out are found by
        their new ids."""
        columns = [*ROW_COLUMNS, *TERM_COLUMNS, *shared]
        # LEFT JOIN: the staged rows in the order staged (their ids follow one another in
        # the primary key's index), and a row whose terms were not staged would fail the
        # chunk (terms are NOT NULL) rather than be left out unsaid
        moved = raw.execute(
            f"INSERT INTO main.members ({', '.join(columns)}) SELECT "
            + ", ".join([*(f"s.{c}" for c in ROW_COLUMNS), *(f"t.{c}" for c in TERM_COLUMNS)])
            + ", " + ", ".join("?" * len(shared))
            + " FROM temp.import_staged s LEFT JOIN temp.import_terms t ON t.number = s.terms"
            f" WHERE true ON CONFLICT (nik, {ACTIVE_NIK_KEY}) DO NOTHING",
            tuple(shared.values())).rowcount
        saved.imported += moved
        if moved < staged:
            saved.already_active.extend(nik for (nik,) in raw.execute(
                "SELECT s.nik FROM temp.import_staged s WHERE NOT EXISTS "
                "(SELECT 1 FROM main.members m WHERE m.id = s.id)"))
        raw.execute("DELETE FROM temp.import_staged")


@dataclass(frozen=True, slots=True)
class _Part:
    """One part of a chunk for StagedWriter: its rows as the temporary table takes them,
    the terms they use that the chunk has not staged yet, its rows refused so far, and
    whether it ends the chunk."""

    rows: list[tuple[Any, ...]]
    terms: list[tuple[Any, ...]]  # the chunk's terms first seen in this part, numbered
    rejected: int
    duplicates: int
    ends_chunk: bool


class _Unended(Exception):
    """The caller ended in the middle of a chunk (StagedWriter._chunk)."""


#: rows put into the temporary table by one statement, at most: a statement per row costs
#: SQLite and the driver more (4,000 rows: 18–23 ms against 12–13 ms here)
STAGE_ROWS = 500


def _stage(raw: Any, table: str, rows: list[tuple[Any, ...]]) -> None:
    """The rows into the temporary `table`, many to a statement (STAGE_ROWS, or fewer when
    the connection's limit of bound values is lower), the last statement taking the rest."""
    if not rows:
        return
    width = len(rows[0])
    one = "(" + ", ".join("?" * width) + ")"
    step = max(1, min(STAGE_ROWS, raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    for start in range(0, len(rows), step):
        some = rows[start:start + step]
        raw.execute(f"INSERT INTO temp.{table} VALUES " + ", ".join([one] * len(some)),
                    list(chain.from_iterable(some)))


def _drop_staging(raw: Any) -> None:
    """The temporary tables of StagedWriter gone (left from before, or at its end)."""
    for table in ("import_staged", "import_terms"):
        raw.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _same(value: Any) -> Any:
    return value


def _remembering(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`convert`, each distinct value converted once (birth dates repeat across rows)."""
    known: dict[Any, Any] = {}

    def remembered(value: Any) -> Any:
        try:
            return known[value]
        except KeyError:
            known[value] = out = convert(value)
            return out

    return remembered
