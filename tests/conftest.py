"""Shared fixtures: a real SQLite data folder per test, initialised as a laptop."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user's data folder or credentials.
for var in ("LINDUNGI_DATA_DIR", "LINDUNGI_USER", "LINDUNGI_PASSWORD", "LINDUNGI_DATABASE_URL"):
    os.environ.pop(var, None)

from app.services import device, events  # noqa: E402
from app.services.audit import Actor  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "data")
    with ws.db.session() as s:
        device.initialise(s, "Laptop Uji", "35.74")
    yield ws
    ws.close()


@pytest.fixture
def actor(workspace: Workspace) -> Actor:
    return Actor(workspace.device_id)


@pytest.fixture
def event_id(workspace: Workspace, actor: Actor) -> object:
    with workspace.db.session() as s:
        return events.create_event(
            s, actor, "Sosialisasi Uji", TODAY, "Aula Kecamatan", "35.74.03"
        ).id
