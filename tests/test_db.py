"""Schema, migrations and connection settings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db import Database, backup_sqlite, current_revision, head_revision, upgrade
from app.models import Base, Member
from app.services.workspace import Workspace


def test_migrations_create_exactly_the_models(tmp_path: Path) -> None:
    db = Database.open_file(tmp_path / "x.sqlite")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    assert current_revision(db.engine) == head_revision()


def test_upgrade_at_head_is_a_no_op_without_backup(tmp_path: Path) -> None:
    db = Database.open_file(tmp_path / "x.sqlite")
    assert upgrade(db.engine, tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_pre_migration_backup_is_a_consistent_copy(workspace: Workspace, tmp_path: Path) -> None:
    source = workspace.data_dir / "lindungi.sqlite"
    copy = backup_sqlite(source, tmp_path / "b" / "copy.sqlite")
    con = sqlite3.connect(copy)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM devices").fetchone() == (1,)
    finally:
        con.close()
    assert not list((tmp_path / "b").glob("*.part"))


def test_pragmas_for_power_cuts(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000


def test_timestamps_come_back_as_utc(workspace: Workspace, actor: object,
                                     event_id: object) -> None:
    from app.services.device import local_device

    with workspace.db.session() as s:
        dev = local_device(s)
        assert dev.created_at.tzinfo is dt.UTC


def test_active_nik_is_unique_but_voided_records_are_kept(workspace: Workspace,
                                                          event_id: object) -> None:
    import pytest
    from sqlalchemy.exc import IntegrityError

    def member(status: str) -> Member:
        return Member(
            nik="3574011708500001", name="Uji", birth_date=dt.date(1950, 8, 17), gender="L",
            region_code="35.74.01", sector="umkm", declared_income=1_000_000,
            programs="jkk+jkm", payer="mandiri", event_id=event_id, consent_version="v1",
            consent_at=dt.datetime.now(dt.UTC), changed_by_device=workspace.device_id,
            status=status,
        )

    with workspace.db.session() as s:
        s.add(member("voided"))
        s.add(member("active"))
    with pytest.raises(IntegrityError), workspace.db.session() as s:
        s.add(member("active"))


FIXTURES = Path(__file__).parent / "fixtures"


def test_every_released_schema_upgrades_with_a_backup_first(tmp_path: Path) -> None:
    import shutil

    released = sorted(FIXTURES.glob("schema-*.sqlite"))
    assert released, "no stored databases of released schemas"
    for stored in released:
        rev = stored.stem.removeprefix("schema-")
        db_file = tmp_path / rev / "lindungi.sqlite"
        db_file.parent.mkdir()
        shutil.copy(stored, db_file)
        ws = Workspace.open(db_file.parent)
        try:
            assert current_revision(ws.db.engine) == head_revision()
            backups = list((db_file.parent / "backups").glob(f"sebelum-migrasi-{rev}-*.sqlite"))
            assert len(backups) == 1
            con = sqlite3.connect(backups[0])
            try:
                assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (rev,)
            finally:
                con.close()
            with ws.db.session() as s:
                from app.services import members

                assert members.count_members(s) == 25
                assert ws.device_id is not None
        finally:
            ws.close()


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    from app.db import HEAD_REVISION

    assert head_revision() == HEAD_REVISION
