"""Records as JSON lines and back, for every synced table, driven by the table's columns:
a column added to the schema travels without touching this module."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Boolean, Date, Integer, LargeBinary, Table, Uuid
from sqlalchemy.types import TypeEngine

from app.models import LOCAL_COLUMNS, AuditEntry, Event, Group, Member, Slip, UTCDateTime
from app.services.sync_format import BatchRefused

#: Parts of a batch in the order they are applied (parents before children).
TABLES: dict[str, Table] = {
    "events": Event.__table__,  # type: ignore[dict-item]
    "groups": Group.__table__,  # type: ignore[dict-item]
    "members": Member.__table__,  # type: ignore[dict-item]
    "slips": Slip.__table__,  # type: ignore[dict-item]
    "audit": AuditEntry.__table__,  # type: ignore[dict-item]
}
LOCAL_AUDIT = frozenset({"sync_batch", "acked"})


def exported_columns(name: str) -> list[str]:
    local = LOCAL_AUDIT if name == "audit" else LOCAL_COLUMNS
    return [c.key for c in TABLES[name].columns if c.key not in local]


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
    def wrap(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        if nullable:
            return lambda v: None if v is None else fn(v)
        return fn

    if isinstance(col_type, Uuid):
        return wrap(uuid.UUID)
    if isinstance(col_type, UTCDateTime):
        def stamp(v: Any) -> dt.datetime:
            parsed = dt.datetime.fromisoformat(v)
            if parsed.tzinfo is None:
                raise ValueError("timestamp without offset")
            return parsed
        return wrap(stamp)
    if isinstance(col_type, Date):
        return wrap(dt.date.fromisoformat)
    if isinstance(col_type, Boolean):
        def boolean(v: Any) -> bool:
            if not isinstance(v, bool):
                raise ValueError("not a boolean")
            return v
        return wrap(boolean)
    if isinstance(col_type, Integer):
        def integer(v: Any) -> int:
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError("not an integer")
            return v
        return wrap(integer)
    if isinstance(col_type, LargeBinary):
        return wrap(lambda v: base64.b64decode(v, validate=True))

    def text(v: Any) -> str:
        if not isinstance(v, str):
            raise ValueError("not text")
        limit = getattr(col_type, "length", None)
        if limit and len(v) > limit:
            raise ValueError("text too long")
        return v
    return wrap(text)


def load_lines(name: str, data: bytes) -> list[dict[str, Any]]:
    """Parse and type-check every line; a single bad line refuses the whole batch."""
    table = TABLES[name]
    columns = exported_columns(name)
    parsers = {k: _parser(table.columns[k].type, bool(table.columns[k].nullable))
               for k in columns}
    wanted = set(columns)
    rows = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict) or set(raw) != wanted:
                raise ValueError("columns")
            rows.append({k: parsers[k](raw[k]) for k in columns})
        except (ValueError, TypeError, KeyError) as exc:
            raise BatchRefused(f"baris {number} bagian {name} rusak ({exc}); batch ditolak "
                               "utuh") from exc
    return rows
