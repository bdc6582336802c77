"""Write tests/fixtures/schema-REV.sqlite: a small database at a released schema revision,
filled with generated people, for the test that upgrades every released schema.

    python scripts/make_schema_fixture.py 0001

Run once per release, with the code of that release (later code may need newer tables).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from app import resources
from app.db import Database, upgrade
from app.services import device, events, member_import
from app.services.audit import Actor
from app.services.demo import write_import_file

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    rev = sys.argv[1]
    target = ROOT / "tests" / "fixtures" / f"schema-{rev}.sqlite"
    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    upgrade(engine, target=rev)
    engine.dispose()
    db = Database.open_file(target, migrate=False)
    with db.session() as s:
        dev = device.initialise(s, "Laptop Rilis", "35.74").device_id
    with db.session() as s:
        ev = events.create_event(s, Actor(dev), "Acara Rilis", dt.date(2026, 11, 1), "Aula",
                                 "35.74.03").id
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "p.csv"
        write_import_file(source, 25, bad_ratio=0.0, seed=int(rev))
        member_import.run_import(db, Actor(dev), source, ev, "persetujuan-v1",
                                 resources.default_tariffs(),
                                 on=dt.date(2026, 11, 1))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for extra in ("-wal", "-shm"):
        Path(str(target) + extra).unlink(missing_ok=True)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
