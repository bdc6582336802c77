"""What a database holds, read the same way on SQLite and PostgreSQL, for comparing
states ("nothing changed", "the same as one after the other")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models import Base
from app.services.workspace import Workspace

Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(ws: Workspace, leave_out: dict[str, set[str]] | None = None,
             tables: set[str] | None = None) -> Snapshot:
    """Every row of every table (or of `tables`), sorted, without the columns in
    `leave_out` (table → column names)."""
    out: Snapshot = {}
    skip = leave_out or {}
    with ws.db.session() as s:
        for table in Base.metadata.sorted_tables:
            if tables is not None and table.name not in tables:
                continue
            cols = [c for c in table.columns if c.name not in skip.get(table.name, set())]
            rows = s.execute(select(*cols)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out
