"""What a database holds, read the same way on SQLite and PostgreSQL, for comparing
states ("nothing changed", "the same as one after the other"); a database file damaged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.models import Base
from app.services.workspace import Workspace

Snapshot = dict[str, list[tuple[Any, ...]]]
REFUSED = "batch_refused"


def refused_attempts(ws: Workspace) -> list[dict[str, Any]]:
    """The refused imports the office's audit trail records, oldest first (details)."""
    import json

    from app.models import AuditEntry

    with ws.db.session() as s:
        return [json.loads(d) for d in s.scalars(
            select(AuditEntry.details).where(AuditEntry.action == REFUSED)
            .order_by(AuditEntry.segment, AuditEntry.seq))]


def snapshot(ws: Workspace, leave_out: dict[str, set[str]] | None = None,
             tables: set[str] | None = None, refusals: bool = True) -> Snapshot:
    """Every row of every table (or of `tables`), sorted, without the columns in
    `leave_out` (table → column names). `refusals=False` leaves out the audit entries
    recording refused batch imports (a refusal changes nothing else; `refused_attempts`
    counts them)."""
    out: Snapshot = {}
    skip = leave_out or {}
    with ws.db.session() as s:
        for table in Base.metadata.sorted_tables:
            if tables is not None and table.name not in tables:
                continue
            cols = [c for c in table.columns if c.name not in skip.get(table.name, set())]
            stmt = select(*cols)
            if not refusals and table.name == "audit_entries":
                stmt = stmt.where(table.columns["action"] != REFUSED)
            rows = s.execute(stmt).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def corrupt(db: Path) -> None:
    """The SQLite file at `db` damaged where SQLite looks first."""
    with db.open("r+b") as fh:
        fh.seek(0)
        fh.write(b"\x00" * 100)  # the header: "file is not a database"
