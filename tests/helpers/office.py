"""The office's database for the tests: SQLite, or a new PostgreSQL database copied from a
migrated template for each `OfficeDb.url()` (the `office_db` fixture in tests/conftest.py
hands one out)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

# A PostgreSQL server for the office-side tests: the URL of its `postgres` database, as
# `python3 dev.py test` (and `check`) sets it after starting one (scripts/pgserver.py). Under CI, or
# with LINDUNGI_TEST_POSTGRES_REQUIRED=1, a missing server fails those tests.
PG_ADMIN_URL = os.environ.get("LINDUNGI_TEST_POSTGRES", "")
PG_REQUIRED = bool(os.environ.get("CI")) or bool(os.environ.get("LINDUNGI_TEST_POSTGRES_REQUIRED"))
#: one migrated template per test process: pytest-xdist's workers (gw0, gw1, …) each make
#: their own, since PostgreSQL copies a template only while nobody else is connected to it
PG_TEMPLATE = "lindungi_template_" + os.environ.get("PYTEST_XDIST_WORKER", "main")


def pg_admin() -> Engine:
    from sqlalchemy import create_engine

    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


class OfficeDb:
    """Opens office workspaces on one kind of database: the data folder's SQLite file, or
    a new PostgreSQL database (copied from the migrated template) for each `url()`.
    Everything opened is closed, and every database made dropped, after the test."""

    def __init__(self, kind: str, template: URL | None) -> None:
        self.kind = kind
        self.template = template
        self.made: list[str] = []
        self.opened: list[Workspace] = []

    def url(self) -> str | None:
        return None if self.template is None else self._copy_of(PG_TEMPLATE)

    def empty_url(self, folder: Path) -> str:
        """A database with no tables yet, to be migrated step by step: a new PostgreSQL
        database, or a SQLite file in `folder`."""
        from app.db import sqlite_url

        if self.template is None:
            folder.mkdir(parents=True, exist_ok=True)
            return sqlite_url(folder / "lindungi.sqlite")
        return self._copy_of("template0")

    def _copy_of(self, source: str) -> str:
        """The URL of a new PostgreSQL database made from `source`, dropped after the test."""
        from sqlalchemy import text

        assert self.template is not None
        name = f"office_{uuid.uuid4().hex[:16]}"
        admin = pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {source}"))
        admin.dispose()
        self.made.append(name)
        return self.template.set(database=name).render_as_string(hide_password=False)

    def open(self, folder: Path, url: str | None = None) -> Workspace:
        ws = Workspace.open(folder, url or self.url())
        self.opened.append(ws)
        return ws

    def clone(self, ws: Workspace, folder: Path) -> Workspace:
        """A second office database holding what `ws` holds now (same device, same
        keys): SQLite's online backup of the file, or PostgreSQL's CREATE DATABASE with
        `ws`'s database as the template."""
        from app.db import DB_FILENAME, backup_sqlite

        if self.template is None:
            folder.mkdir(parents=True, exist_ok=True)
            backup_sqlite(ws.data_dir / DB_FILENAME, folder / DB_FILENAME)
            return self.open(folder)
        ws.db.dispose()  # a template database must have no connections
        source = ws.db.engine.url.database
        assert source is not None
        return self.open(folder, self._copy_of(source))

    def close(self) -> None:
        for ws in self.opened:
            ws.close()
        if self.made:
            from sqlalchemy import text

            admin = pg_admin()
            with admin.connect() as conn:
                for name in self.made:
                    conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            admin.dispose()
