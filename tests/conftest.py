"""Shared fixtures: a real SQLite data folder per test, initialised as a laptop; for the
office side, a new database on each of SQLite and PostgreSQL (`office_db`)."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user's data folder or credentials.
for var in ("LINDUNGI_DATA_DIR", "LINDUNGI_USER", "LINDUNGI_PASSWORD", "LINDUNGI_DATABASE_URL"):
    os.environ.pop(var, None)

from app.services import device, events  # noqa: E402
from app.services.audit import Actor  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402
from tests.helpers.office import PG_ADMIN_URL, PG_REQUIRED, PG_TEMPLATE, OfficeDb, pg_admin  # noqa: E402
from tests.helpers.people import TODAY  # noqa: E402

if TYPE_CHECKING:
    from sqlalchemy import URL


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
def event_id(workspace: Workspace, actor: Actor) -> uuid.UUID:
    with workspace.db.session() as s:
        return events.create_event(
            s, actor, "Sosialisasi Uji", TODAY, "Aula Kecamatan", "35.74.03"
        ).id


# ---- the office's database: SQLite, and PostgreSQL --------------------------------------


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[URL]:
    """A database migrated once by the same Alembic scripts; each test copies it."""
    from sqlalchemy import text

    from app.db import Database

    admin = pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {PG_TEMPLATE}"))
    url = admin.url.set(database=PG_TEMPLATE)
    Database.open(url.render_as_string(hide_password=False)).dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {PG_TEMPLATE} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def office_db(request: pytest.FixtureRequest) -> Iterator[OfficeDb]:
    """The office side runs on both databases: every test using this runs twice."""
    template = None
    if request.param == "postgresql":
        if not PG_ADMIN_URL:
            message = ("no PostgreSQL server for the office tests: set LINDUNGI_TEST_POSTGRES "
                       "(python3 dev.py test starts one)")
            if PG_REQUIRED:
                pytest.fail(message)
            pytest.skip(message)
        template = request.getfixturevalue("_pg_template")
    dbs = OfficeDb(request.param, template)
    yield dbs
    dbs.close()


# ---- privacy: no generated person's NIK, name or phone in any log or crash report -----

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
    base = Path(session.config._tmp_path_factory.getbasetemp())  # type: ignore[attr-defined]
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        # A pytest-xdist worker (its temporary folder is popen-<worker> inside the run's):
        # its generated values go to the run's folder, and the controller, which ends
        # after every worker, searches every worker's logs for every worker's values.
        (base.parent / f"generated-{worker}.txt").write_text(
            "\n".join(_PEOPLE), encoding="utf-8")
        return
    people = set(_PEOPLE)
    for handed in base.glob("generated-*.txt"):
        people.update(v for v in handed.read_text(encoding="utf-8").split("\n") if v)
    logs = [p for pattern in ("lindungi.log*", "crash-*.txt")  # logs and crash reports
            for p in base.rglob(pattern) if p.is_file()]
    leaks = []
    # Each value filed under its first word, split once: only values all of whose words
    # occur in a file can occur in it, so a file is searched for the values filed under
    # its own words, not for every generated value (a million values, 600 log files).
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    for v in people:
        parts = re.findall(r"[\w+']+", v)
        if len(v) >= 6 and parts:
            by_first.setdefault(parts[0], []).append((v, parts))
    for path in logs:
        text = path.read_text(encoding="utf-8", errors="replace")
        words = set(re.findall(r"[\w+']+", text))
        candidates = [v for w in words for v, parts in by_first.get(w, ())
                      if all(p in words for p in parts)]
        found = sorted(v for v in candidates if v in text)
        if found:
            leaks.append(f"{path}: {len(found)} personal values, e.g. a {len(found[0])}-char one")
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"privacy scan: {len(logs)} log files, {len(people)} generated "
                            f"personal values, {len(leaks)} leaks")
    if leaks:
        for line in leaks:
            print(line)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
