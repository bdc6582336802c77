"""A half-filled registration kept on disk, so a crash or a closed window loses nothing.

The draft holds what was typed (personal data, like the database beside it) in the data
folder; it is removed as soon as the registration is saved or deliberately cleared.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.services.files import write_atomic

DRAFT_FILE = "draf-pendaftaran.json"


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def save_draft(data_dir: Path, values: dict[str, Any]) -> None:
    body = json.dumps({"saved_at": dt.datetime.now(dt.UTC).isoformat(), "values": values},
                      ensure_ascii=False, default=_default)
    write_atomic(data_dir / DRAFT_FILE, lambda fh: fh.write(body), "w", encoding="utf-8")


def load_draft(data_dir: Path) -> dict[str, Any] | None:
    """The saved values, or None; an unreadable draft is set aside, never fatal."""
    path = data_dir / DRAFT_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        values = data["values"]
        if not isinstance(values, dict):
            raise ValueError("values")
        return values
    except (OSError, ValueError, KeyError, TypeError):
        path.replace(path.with_suffix(".rusak.json"))
        return None


def clear_draft(data_dir: Path) -> None:
    (data_dir / DRAFT_FILE).unlink(missing_ok=True)
