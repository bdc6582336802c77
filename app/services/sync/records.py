"""Records as JSON lines and back, for every synced table, driven by the table's columns.

Every exported column of a table is on every line, no more and no fewer, and the reader
holds every line to exactly its own columns. A column added to the schema is exported by
the new program without touching this module, but nothing raises the format number for
it (format.FORMAT_VERSION is a constant), and the two ends then refuse each other:
- an older office refuses the new program's batches whole as made by a newer program
  (NewerProgram): by their format number if it was raised, else at the first line that
  carries the column it does not know;
- the new program refuses every batch of a laptop still on the older program, whose lines
  lack the column, whole as damaged ("kolom tidak lengkap"), unless COLUMNS_ADDED_IN
  names the column with the format that added it and what older rows mean.
So a new column takes two edits: FORMAT_VERSION one higher, and the column in
COLUMNS_ADDED_IN with that number."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, Table, Uuid
from sqlalchemy.types import TypeEngine

from app.domain.messages import t
from app.models import (
    LOCAL_COLUMNS,
    AuditEntry,
    Event,
    Group,
    Member,
    Officer,
    Slip,
    UTCDateTime,
)
from app.services.files import parse_json
from app.services.sync.format import FORMAT_VERSION, BatchRefused, NewerProgram

#: Parts of a batch in the order they are applied (parents before children).
TABLES: dict[str, Table] = {
    "officers": Officer.__table__,  # type: ignore[dict-item]
    "events": Event.__table__,  # type: ignore[dict-item]
    "groups": Group.__table__,  # type: ignore[dict-item]
    "members": Member.__table__,  # type: ignore[dict-item]
    "slips": Slip.__table__,  # type: ignore[dict-item]
    "audit": AuditEntry.__table__,  # type: ignore[dict-item]
}
#: Every reference a synced record holds: (part, column, the part it names). The office
#: checks each before writing; the export sends the officers named by the last three.
REFERENCES = (
    ("members", "event_id", "events"),
    ("members", "group_id", "groups"),
    ("members", "registered_by_id", "officers"),
    ("members", "consent_officer_id", "officers"),
    ("slips", "member_id", "members"),
    ("slips", "officer_id", "officers"),
    ("audit", "officer_id", "officers"),
)
LOCAL_AUDIT = frozenset({"sync_batch", "acked"})
#: An account's secrets and sign-in state never leave the device it is on.
LOCAL_OFFICER = LOCAL_COLUMNS | {"password_hash", "failed_attempts", "locked_until"}
#: Parts a batch of format 1 (before officers travelled) does not have.
ADDED_IN = {"officers": 2}
#: Columns a part gained in a later format: (format, what an older batch's rows mean).
COLUMNS_ADDED_IN: dict[tuple[str, str], tuple[int, Any]] = {("audit", "segment"): (3, 0)}


def exported_columns(name: str) -> list[str]:
    local = {"audit": LOCAL_AUDIT, "officers": LOCAL_OFFICER}.get(name, LOCAL_COLUMNS)
    return [c.key for c in TABLES[name].columns if c.key not in local]


def parts_of(version: int) -> list[str]:
    """The parts a batch of this format version holds, in the order they are applied."""
    return [name for name in TABLES if ADDED_IN.get(name, 1) <= version]


def _to_json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def dump_lines(rows: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(
        json.dumps({k: _to_json(v) for k, v in row.items()}, ensure_ascii=False,
                   separators=(",", ":")).encode("utf-8") + b"\n"
        for row in rows
    )


def _parser(col_type: TypeEngine[Any], nullable: bool) -> Callable[[Any], Any]:
    """The check and conversion of one column's value. Its error says what the value is
    not, never what it is: a refusal is shown, logged and kept in the audit trail, and a
    value may be a person's."""
    def wrap(fn: Callable[[Any], Any], reason: str) -> Callable[[Any], Any]:
        def checked(v: Any) -> Any:
            if v is None and nullable:
                return None
            try:
                return fn(v)
            except (ValueError, TypeError, AttributeError):
                raise ValueError(reason) from None
        return checked

    if isinstance(col_type, Uuid):
        def ident(v: Any) -> uuid.UUID:
            if not isinstance(v, str):  # uuid.UUID(7) fails with AttributeError
                raise ValueError
            return uuid.UUID(v)
        return wrap(ident, "bukan UUID")
    if isinstance(col_type, UTCDateTime):
        def stamp(v: Any) -> dt.datetime:
            parsed = dt.datetime.fromisoformat(v)
            if parsed.tzinfo is None:
                raise ValueError
            try:  # as it is stored: year 9999 at -12:00 is past the last UTC day
                parsed.astimezone(dt.UTC)
            except OverflowError:
                raise ValueError from None
            return parsed
        return wrap(stamp, "bukan waktu ISO 8601 dengan zona waktu")
    if isinstance(col_type, Date):
        return wrap(dt.date.fromisoformat, "bukan tanggal ISO 8601")
    if isinstance(col_type, Boolean):
        def boolean(v: Any) -> bool:
            if not isinstance(v, bool):
                raise ValueError
            return v
        return wrap(boolean, "bukan true/false")
    if isinstance(col_type, Integer):
        def integer(v: Any) -> int:
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError
            return v
        return wrap(integer, "bukan bilangan bulat")
    if isinstance(col_type, LargeBinary):
        return wrap(lambda v: base64.b64decode(v, validate=True), "bukan Base64")
    limit = getattr(col_type, "length", None)

    def text(v: Any) -> str:
        if not isinstance(v, str) or (limit and len(v) > limit):
            raise ValueError
        return v
    return wrap(text, f"bukan teks sampai {limit} huruf" if limit else "bukan teks")


def _storable(raw: dict[str, Any]) -> None:
    """Every text of a record can be stored: a NUL (which PostgreSQL's text refuses)
    or a lone half of a UTF-16 surrogate pair (which UTF-8 cannot hold) only arrives
    as a JSON escape, so lines without one need not be looked at."""
    for k, v in raw.items():
        if isinstance(v, str) and ("\x00" in v or not _utf8(v)):
            raise ValueError(f"kolom {k} berisi karakter yang tidak bisa disimpan")


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_record(parsers: dict[str, Callable[[Any], Any]], raw: dict[str, Any]
                 ) -> dict[str, Any]:
    """Every column of a record checked and converted one at a time; the first wrong one
    is named with what it is not."""
    row = {}
    for k, parse in parsers.items():
        try:
            row[k] = parse(raw[k])
        except ValueError as exc:
            raise ValueError(f"kolom {k} {exc}") from None
    return row


class _QuickCheck:
    """The checks of `_parser`, column by column, for a whole record in one loop: plain
    values (text, integers, booleans) are checked where they are, the others converted
    (a value equal to the previous record's, as the event or the device a batch's
    records share, is converted once). `row` gives None for a record that fails any
    check; the column-by-column parse then refuses it with its reason."""

    def __init__(self, table: Table, columns: list[str]) -> None:
        self.columns = columns
        self.texts: list[tuple[str, int, bool]] = []
        self.integers: list[tuple[str, bool]] = []
        self.booleans: list[tuple[str, bool]] = []
        self.others: list[tuple[str, Callable[[Any], Any]]] = []
        for k in columns:
            column = table.columns[k]
            col_type, nullable = column.type, bool(column.nullable)
            if isinstance(col_type, Uuid | UTCDateTime | Date | LargeBinary):
                self.others.append((k, _parser(col_type, nullable)))
            elif isinstance(col_type, Boolean):
                self.booleans.append((k, nullable))
            elif isinstance(col_type, Integer):
                self.integers.append((k, nullable))
            else:
                limit = getattr(col_type, "length", None)
                self.texts.append((k, limit or MAX_LINE, nullable))
        self.last: list[tuple[Any, Any]] = [(object(), None)] * len(self.others)

    def row(self, raw: dict[str, Any], older: dict[str, Any]) -> dict[str, Any] | None:
        for k, limit, nullable in self.texts:
            v = raw[k]
            if not isinstance(v, str) or len(v) > limit:
                if v is None and nullable:
                    continue
                return None
        for k, nullable in self.integers:
            v = raw[k]
            if not isinstance(v, int) or isinstance(v, bool):
                if v is None and nullable:
                    continue
                return None
        for k, nullable in self.booleans:
            v = raw[k]
            if not isinstance(v, bool) and not (v is None and nullable):
                return None
        row = {**older, **{k: raw[k] for k in self.columns}}
        last = self.last
        try:
            for i, (k, parse) in enumerate(self.others):
                v = raw[k]
                seen, out = last[i]
                if v is seen or (type(v) is str and v == seen):
                    row[k] = out
                else:
                    row[k] = out = parse(v)
                    last[i] = (v, out)
        except (ValueError, TypeError, KeyError):
            return None
        return row


#: The longest line a part may hold: a record is a few kilobytes; this bounds what one
#: line can make the office hold in memory.
MAX_LINE = 16 * 1024**2


def load_lines(name: str, data: bytes) -> list[dict[str, Any]]:
    """Parse and type-check every line; a single bad line refuses the whole batch."""
    return list(read_lines(name, data.splitlines()))


def split_lines(name: str, blocks: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a part that arrives in blocks, split as `bytes.splitlines` splits
    them (a line may end in \\n, \\r\\n or \\r), without their ends."""
    rest = b""
    number = 0
    for block in blocks:
        lines = (rest + block).splitlines(keepends=True)
        # the last piece may go on in the next block (a \\r may be half of a \\r\\n)
        rest = lines.pop() if lines and not lines[-1].endswith(b"\n") else b""
        for line in lines:
            yield line.rstrip(b"\r\n")
        number += len(lines)
        if len(rest) > MAX_LINE:
            raise BatchRefused(t("bagian {name} baris {value} terlalu panjang (lebih dari "
                                 "{value2} MB); batch ditolak utuh",
                                 name=name,
                                 value=number + 1,
                                 value2=MAX_LINE // 1024 ** 2))
    for line in rest.splitlines():
        yield line


def read_lines(name: str, lines: Iterable[bytes], version: int = FORMAT_VERSION
               ) -> Iterator[dict[str, Any]]:
    """Parse and type-check lines one at a time, as they come; a single bad line refuses
    the whole batch. A batch of an older `version` lacks the columns added since; its
    rows get the value those columns mean for it."""
    table = TABLES[name]
    older = {column: value for (part, column), (added, value) in COLUMNS_ADDED_IN.items()
             if part == name and version < added}
    columns = [k for k in exported_columns(name) if k not in older]
    parsers = {k: _parser(table.columns[k].type, bool(table.columns[k].nullable))
               for k in columns}
    quick = _QuickCheck(table, columns)
    wanted = set(columns)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = parse_json(line)
            if not isinstance(raw, dict):
                raise ValueError("bukan catatan")
            if b"\\u" in line:  # an escape: a NUL or half of a surrogate pair can hide there
                _storable(raw)
            if raw.keys() != wanted:
                if set(raw) - wanted:
                    raise NewerProgram(t("bagian {name} baris {number} punya kolom yang "
                                         "tidak dikenal program ini",
                                         name=name,
                                         number=number))
                raise ValueError("kolom tidak lengkap")
            row = quick.row(raw, older)
            if row is None:  # something is wrong: the column-by-column parse says what
                row = {**older, **parse_record(parsers, raw)}
        except BatchRefused:
            raise
        except (ValueError, TypeError, KeyError) as exc:
            raise BatchRefused(t("bagian {name} baris {number} rusak ({exc}); batch ditolak "
                                 "utuh",
                                 name=name,
                                 number=number,
                                 exc=exc)) from exc
        yield row
