"""The provincial office: 1,000,000 members from 40 laptops' batch files merged into
PostgreSQL, next to PostgreSQL's own COPY of the same records in the same run.

    python -m benchmarks.bench_office [--members 1000000] [--devices 40] [--repeat 3]
                                      [--batches DIR]

Each laptop is a real SQLite data folder filled by the demo seeder (its own people,
seeded by its own day) and exported as one signed batch; with --batches the files are
kept in DIR and used again by later runs. A PostgreSQL server with its default settings
(fsync on) is started on loopback for the run (scripts/pgserver.py).

Lindungi: `merge.import_file` for each of the 40 files, in a database made by the
Alembic migrations with an office device: signatures and hashes checked, every record
type-checked, existing records and NIK holders looked up, conflicts opened, held
revisions kept for the acknowledgements, the audit chain appended; one transaction per
batch. On PostgreSQL the import looks ids up as one array per chunk and writes new rows
with COPY (app/services/sync/bulk.py), checking exactly what it checks on SQLite.
Baseline: the same files' records (events, groups, members, slips, audit) read with
zipfile and json.loads and written with COPY into the same tables, one transaction per
batch, nothing checked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text, update

from app.models import Conflict, Device, Member
from app.services import device
from app.services.audit import Actor
from app.services.demo_seed import seed_demo
from app.services.sync import export, merge
from app.services.workspace import Workspace
from benchmarks.common import Row, print_table
from scripts import pgserver

PARTS = {"events": "events", "groups": "groups", "members": "members", "slips": "slips",
         "audit": "audit_entries"}
# the columns a batch leaves out (they say what this machine has sent), as the import sets them
SYNCED_LOCAL = {"sync_batch": None, "sync_revision": 0, "acked_revision": 0}
AUDIT_LOCAL = {"sync_batch": None, "acked": False}


def make_batches(folder: Path, members: int, devices: int) -> list[Path]:
    """One batch file per laptop; reused when `folder` already holds this many."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / "made.json"
    want = {"members": members, "devices": devices}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return sorted(folder.glob("*.ldgb"))
    for old in folder.glob("*.ldgb"):
        old.unlink()
    per = members // devices
    seen: set[str] = set()
    started = time.perf_counter()
    for i in range(devices):
        with tempfile.TemporaryDirectory() as tmp:
            ws = Workspace.open(Path(tmp) / "laptop")
            # the demo seeder sets up its own laptop (it refuses a folder set up otherwise)
            seed_demo(ws, per + (1 if i < members % devices else 0),
                      on=dt.date(2026, 11, 21) - dt.timedelta(days=20 * i))
            with ws.db.session() as s:
                s.execute(update(Device).where(Device.is_local.is_(True))
                          .values(name=f"Laptop {i + 1:02d}"))
                # A person the generator happened to give to an earlier laptop too is voided
                # here, so that both sides load rows that fit one active record per NIK.
                niks = set(s.scalars(select(Member.nik)))
                twice = niks & seen
                if twice:
                    s.execute(update(Member).where(Member.nik.in_(twice))
                              .values(status="voided", void_reason="terdaftar di laptop lain"))
                seen.update(niks)
            report = export.export_batch(ws, Actor(ws.device_id), folder)
            ws.close()
        print(f"  laptop {i + 1}/{devices}: {report.counts['members']:,} members, "
              f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    stamp.write_text(json.dumps(want))
    return sorted(folder.glob("*.ldgb"))


def _database(admin: Any, name: str, template: str | None = None) -> str:
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {name}"
                          + (f" TEMPLATE {template}" if template else "")))
    return str(admin.url.set(database=name).render_as_string(hide_password=False))


def ours(url: str, folder: Path, files: list[Path]) -> tuple[float, int, int]:
    ws = Workspace.open(folder, url)
    actor = Actor(ws.device_id)
    start = time.perf_counter()
    for f in files:
        merge.import_file(ws, actor, f, trust_new_device=True)
    took = time.perf_counter() - start
    with ws.db.session() as s:
        held = s.scalar(select(func.count()).select_from(Member)) or 0
        opened = s.scalar(select(func.count()).select_from(Conflict)) or 0
    ws.close()
    return took, held, opened


def bare_copy(url: str, files: list[Path]) -> tuple[float, int]:
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    rows = 0
    start = time.perf_counter()
    with psycopg.connect(dsn) as conn:
        for f in files:
            with zipfile.ZipFile(f) as zf, conn.transaction(), conn.cursor() as cur:
                for part, table in PARTS.items():
                    lines = zf.read(f"{part}.jsonl").splitlines()
                    if not lines:
                        continue
                    records = [json.loads(line) for line in lines]
                    extra = AUDIT_LOCAL if part == "audit" else SYNCED_LOCAL
                    cols = [*records[0], *extra]
                    with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                        for r in records:
                            copy.write_row([*r.values(), *extra.values()])
                    rows += len(records)
    return time.perf_counter() - start, rows


def measure(members: int, devices: int, repeat: int, batches: Path | None) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
        base = Path(tmp)
        files = make_batches(batches or base / "batches", members, devices)
        size = sum(f.stat().st_size for f in files) / 1024 / 1024
        print(f"{len(files)} batch files, {size:.0f} MB", file=sys.stderr, flush=True)
        with pgserver.running(tuned_for_tests=False) as admin_url:
            admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
            template = _database(admin, "office_template")
            seed = Workspace.open(base / "office-seed", template)  # Alembic makes the schema
            with seed.db.session() as s:
                device.initialise(s, "Kantor Provinsi", "35")
            seed.close()
            times, copies = [], []
            for run in range(repeat):
                took, held, opened = ours(_database(admin, f"ours{run}", "office_template"),
                                          base / "office-seed", files)
                times.append(took)
                print(f"  Lindungi run {run + 1}: {took:.1f} s, {held:,} members, "
                      f"{opened:,} conflicts", file=sys.stderr, flush=True)
                took, rows = bare_copy(_database(admin, f"bare{run}", "office_template"),
                                       files)
                copies.append(took)
                print(f"  COPY run {run + 1}: {took:.1f} s, {rows:,} records",
                      file=sys.stderr, flush=True)
            admin.dispose()
    t_ours, t_copy = statistics.median(times), statistics.median(copies)
    print(f"members: {held:,} from {len(files)} batches ({size:.0f} MB); conflicts opened "
          f"(one NIK on two laptops): {opened:,}; records copied by the baseline: {rows:,}")
    print(f"Lindungi: {held / t_ours:,.0f} members/s; COPY: {held / t_copy:,.0f} members/s")
    return [Row(f"merge {held:,} members, {len(files)} batches (s)", t_ours, t_copy, "s",
                "≤ 2.5×", t_ours <= 2.5 * t_copy)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--devices", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batches", type=Path, help="keep (and reuse) the batch files here")
    args = parser.parse_args()
    rows = measure(args.members, args.devices, args.repeat, args.batches)
    print_table(rows, args.repeat)


if __name__ == "__main__":
    main()
