"""A half-filled registration kept on disk, so a crash or a closed window loses nothing.

The draft holds what was typed (personal data, like the database beside it) in the data
folder; it is removed as soon as the registration is saved or deliberately cleared.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from app.services.files import parse_json, write_atomic

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
        data = parse_json(path.read_text(encoding="utf-8"))
        values = data["values"]
        if not isinstance(values, dict):
            raise ValueError("values")
        return values
    except (OSError, ValueError, KeyError, TypeError):
        path.replace(path.with_suffix(".rusak.json"))
        return None


def clear_draft(data_dir: Path) -> None:
    (data_dir / DRAFT_FILE).unlink(missing_ok=True)


def _officer_draft(data_dir: Path, officer_id: uuid.UUID) -> Path:
    return data_dir / f"draf-pendaftaran.{officer_id.hex}.json"


def set_aside(data_dir: Path, officer_id: uuid.UUID) -> bool:
    """Another officer takes the desk: the half-typed registration becomes the leaving
    officer's own draft, out of the form the next officer sees; True when there was one.
    An earlier draft of theirs set aside and never taken back is replaced."""
    path = data_dir / DRAFT_FILE
    if not path.exists():
        return False
    path.replace(_officer_draft(data_dir, officer_id))
    return True


def take_back(data_dir: Path, officer_id: uuid.UUID) -> bool:
    """The officer signs in again: their draft set aside returns to the form, unless the
    form already holds one (kept by a crash); True when it did."""
    mine = _officer_draft(data_dir, officer_id)
    if not mine.exists() or (data_dir / DRAFT_FILE).exists():
        return False
    mine.replace(data_dir / DRAFT_FILE)
    return True


def drafts_present(data_dir: Path) -> bool:
    """Whether any registration draft (the form's or one set aside) is on disk."""
    return (data_dir / DRAFT_FILE).exists() or any(data_dir.glob("draf-pendaftaran.*.json"))
