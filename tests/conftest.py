"""Shared fixtures: a real SQLite data folder per test, initialised as a laptop."""

from __future__ import annotations

import datetime as dt
import os
import re
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


# ---- privacy: no generated person's NIK, name or phone in any log file -----------------

_PEOPLE: set[str] = set()


@pytest.fixture(autouse=True, scope="session")
def _remember_generated_people() -> Iterator[None]:
    """Every person the demo factory makes during the run is remembered, so the logs can
    be searched for them at the end."""
    from app.services import demo

    original = demo.PeopleFactory.person

    def person(self: demo.PeopleFactory) -> demo.Person:
        p = original(self)
        _PEOPLE.update({p.nik, p.name, p.phone, p.phone.replace("0", "+62", 1)})
        return p

    demo.PeopleFactory.person = person  # type: ignore[method-assign]
    yield
    demo.PeopleFactory.person = original  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    base = session.config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    logs = [p for p in Path(base).rglob("lindungi.log*") if p.is_file()]
    leaks = []
    values = [v for v in _PEOPLE if len(v) >= 6]
    for path in logs:
        text = path.read_text(encoding="utf-8", errors="replace")
        # Only values all of whose words occur in the file can occur in it: a set test
        # first keeps the scan fast with hundreds of thousands of generated people.
        words = set(re.findall(r"[\w+']+", text))
        candidates = [v for v in values
                      if all(w in words for w in re.findall(r"[\w+']+", v))]
        found = sorted(v for v in candidates if v in text)
        if found:
            leaks.append(f"{path}: {len(found)} personal values, e.g. a {len(found[0])}-char one")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"privacy scan: {len(logs)} log files, {len(_PEOPLE)} generated "
                            f"personal values, {len(leaks)} leaks")
    if leaks:
        for line in leaks:
            print(line)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
