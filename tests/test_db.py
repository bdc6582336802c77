"""Schema, migrations and connection settings."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import warnings
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.schema import CreateIndex

from app.db import (
    Database,
    backup_sqlite,
    current_revision,
    head_revision,
    sqlite_url,
    upgrade,
)
from app.models import Base, Member
from app.services.workspace import Workspace
from tests.helpers.office import OfficeDb


def test_migrations_create_exactly_the_models(tmp_path: Path) -> None:
    db = Database.open_file(tmp_path / "x.sqlite")
    with db.engine.connect() as conn, warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # the index SQLite cannot reflect, and the partial one whose condition Alembic
        # does not compare: compared below by their SQL instead
        created: dict[str, str] = dict(conn.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE name IN "
            "('uq_members_nik', 'ix_members_group_id')")).all())
    assert diff == []
    assert current_revision(db.engine) == head_revision()
    assert said and all("uq_members_nik" in str(w.message) for w in said)
    models = {i.name: str(CreateIndex(i).compile(db.engine)).strip()
              for i in Member.__table__.indexes}  # type: ignore[attr-defined]
    assert created == {name: models[name] for name in created}
    assert len(created) == 2 and "WHERE group_id IS NOT NULL" in created["ix_members_group_id"]


def test_the_partial_indexes_are_partial_on_both_databases(tmp_path: Path,
                                                           office_db: OfficeDb) -> None:
    """Each index the models declare for some rows only (entities._partial) is, on the
    database opened, the index the migrations made there: partial, on the same
    condition. For PostgreSQL the models learn the condition when a server database is
    opened (entities.for_postgresql), so that a laptop never loads that dialect."""
    from app.models.entities import _PARTIAL

    url = office_db.url() or sqlite_url(tmp_path / "x.sqlite")
    db = Database.open(url)
    try:
        with db.engine.connect() as conn:
            if db.engine.dialect.name == "postgresql":
                made = dict(conn.execute(text(
                    "SELECT c.relname, pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
                    "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indpred IS NOT NULL"
                )).all())
            else:
                made = {name: sql.split(" WHERE ", 1)[1] for name, sql in conn.execute(text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE "
                    "'% WHERE %'")).all()}
        declared = {}
        for index in _PARTIAL:
            ddl = str(CreateIndex(index).compile(db.engine))
            assert " WHERE " in ddl, ddl
            declared[index.name] = ddl.split(" WHERE ", 1)[1].strip()
    finally:
        db.dispose()
    assert set(made) == set(declared) == {
        "uq_officers_signin_username", "ix_members_group_id", "uq_slips_original"}

    def terms(condition: str) -> list[str]:
        """Names, values and operators, as either database writes them (PostgreSQL adds
        parentheses and casts to text, and writes != as <>)."""
        return re.findall(r"\w+|'[^']*'|[<>=!]+", condition.replace("::text", "")
                          .replace("!=", "<>"))

    for name, condition in declared.items():
        assert terms(made[name]) == terms(condition), (name, made[name], condition)


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
        return _member("3574011708500001", status, event_id, workspace.device_id)

    with workspace.db.session() as s:
        s.add(member("voided"))
        s.add(member("voided"))
        s.add(member("active"))
    with pytest.raises(IntegrityError), workspace.db.session() as s:
        s.add(member("active"))


def _member(nik: str, status: str, event_id: object, device_id: object,
            group_id: object = None) -> Member:
    """A member as stored, with only what these schema tests vary."""
    return Member(
        nik=nik, name="Uji", birth_date=dt.date(1950, 8, 17), gender="L",
        region_code="35.74.01", sector="umkm", declared_income=1_000_000,
        programs="jkk+jkm", payer="mandiri", event_id=event_id, consent_version="v1",
        consent_at=dt.datetime.now(dt.UTC), changed_by_device=device_id, status=status,
        group_id=group_id)


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
        con = sqlite3.connect(db_file)
        try:
            slips = con.execute("SELECT count(*) FROM slips").fetchone()[0]
        finally:
            con.close()
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
                assert s.scalar(text("SELECT count(*) FROM slips")) == slips
                assert ws.device_id is not None
        finally:
            ws.close()


def test_head_revision_constant_matches_the_migration_scripts() -> None:
    from app.db import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_the_member_indexes_migration_keeps_voided_records_and_groups(tmp_path: Path) -> None:
    """0006 → 0007 on a laptop whose members include a NIK voided twice and active once,
    and members in a group and in none: every record stays, the NIK of an active member
    stays unique, and one group's list is served by the group's index."""
    import pytest
    from sqlalchemy import create_engine, select
    from sqlalchemy.exc import IntegrityError

    from app.services import device, events, groups
    from app.services.audit import Actor

    target = tmp_path / "lindungi.sqlite"
    engine = create_engine(f"sqlite:///{target}")
    upgrade(engine, target="0006")
    engine.dispose()
    db = Database.open_file(target, migrate=False)
    with db.session() as s:
        dev = device.initialise(s, "Laptop Uji", "35.74").device_id
    with db.session() as s:
        ev = events.create_event(s, Actor(dev), "Acara", dt.date(2026, 11, 1), "Aula",
                                 "35.74.03").id
    with db.session() as s:
        in_group = groups.create_group(s, Actor(dev), groups.GroupFields("Paguyuban Uji",
                                                                         "paguyuban")).id

    def member(nik: str, status: str, group_id: object = None) -> Member:
        return _member(nik, status, ev, dev, group_id)

    with db.session() as s:
        s.add_all([member("3574011708500001", "voided"), member("3574011708500001", "voided"),
                   member("3574011708500001", "active"),
                   member("3574011708500002", "active", in_group)])
        s.execute(text("ANALYZE"))  # statistics, as a large import leaves them
    db.dispose()
    assert upgrade(db.engine) is None  # no backup folder given: none taken
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        kept = s.execute(select(Member.nik, Member.status, Member.group_id)
                         .order_by(Member.nik, Member.status)).all()
        plan = s.execute(text("EXPLAIN QUERY PLAN SELECT id FROM members WHERE group_id = "
                              ":g"), {"g": in_group.hex}).all()
        counted = set(s.scalars(text("SELECT idx FROM sqlite_stat1 WHERE tbl = 'members'")))
    assert kept == [("3574011708500001", "active", None),
                    ("3574011708500001", "voided", None),
                    ("3574011708500001", "voided", None),
                    ("3574011708500002", "active", in_group)]
    assert "USING INDEX ix_members_group_id" in plan[0][-1]
    # the statistics of the indexes made, none left of the indexes dropped
    assert {"uq_members_nik", "ix_members_group_id"} <= counted
    assert not counted & {"uq_members_active_nik", "ix_members_nik"}
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(member("3574011708500001", "active"))
    db.dispose()


def test_the_slip_copies_migration_keeps_slips_and_original_numbers_unique(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """0007 → 0008 with an original and a reprint: both stay; a second copy with one
    number may now be kept (the office's reprint beside the laptop's), a second original
    with one number still may not. On both databases."""
    import pytest
    from sqlalchemy import create_engine, select
    from sqlalchemy.exc import IntegrityError

    from app.models import Slip
    from app.services import device, events
    from app.services.audit import Actor

    url = office_db.empty_url(tmp_path / "kantor")
    engine = create_engine(url)
    upgrade(engine, target="0007")
    engine.dispose()
    db = Database.open(url, migrate=False)
    with db.session() as s:
        dev = device.initialise(s, "Laptop Uji", "35.74").device_id
    with db.session() as s:
        ev = events.create_event(s, Actor(dev), "Acara", dt.date(2026, 11, 1), "Aula",
                                 "35.74.03").id
    with db.session() as s:
        m = _member("3574011708500001", "active", ev, dev)
        s.add(m)
        s.flush()
        member_id = m.id

    def slip(copy_no: int) -> Slip:
        return Slip(member_id=member_id, receipt_no="ABCD1234-000001", format="a4",
                    copy_no=copy_no, changed_by_device=dev)

    with db.session() as s:
        s.add_all([slip(0), slip(1)])
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(slip(1))  # before: one number, one copy
    db.dispose()
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        s.add(slip(1))
    with db.session() as s:
        kept = sorted(s.scalars(select(Slip.copy_no)))
    assert kept == [0, 1, 1]
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(slip(0))
    db.dispose()


def test_the_planned_events_migration_lets_laptops_go_of_the_offices_events(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """0008 → 0009 at an office where a laptop came to hold events the office planned
    (the package's id: uuid5 of the office and "name|day", the day as typed) and one it
    made itself: the first are the office's again, the last stays the laptop's. On both
    databases."""
    import uuid

    from sqlalchemy import create_engine, select

    from app.models import Event, Held
    from app.services import device, events

    url = office_db.empty_url(tmp_path / "kantor")
    engine = create_engine(url)
    upgrade(engine, target="0008")
    engine.dispose()
    db = Database.open(url, migrate=False)
    with db.session() as s:
        office = device.initialise(s, "Kantor", "35.74").device_id
    laptop = uuid.uuid4()
    day = dt.date(2026, 11, 1)
    planned = events.planned_id(office, "Sosialisasi Pasar", day.isoformat())
    typed = events.planned_id(office, "Sosialisasi Desa", "20261101")  # the day typed so
    own = uuid.uuid4()
    with db.session() as s:
        for event_id, name in ((planned, "Sosialisasi Pasar"), (typed, "Sosialisasi Desa"),
                               (own, "Acara Laptop")):
            s.add(Event(id=event_id, name=name, date=day, venue="", region_code="35.74.03",
                        changed_by_device=laptop))
            s.add(Held(record_id=event_id, entity="events", device_id=laptop, revision=2))
    upgrade(db.engine)
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        held = set(s.scalars(select(Held.record_id)))
        kept = set(s.scalars(select(Event.id)))
    assert held == {own}
    assert kept == {planned, typed, own}
    db.dispose()
