"""100,000-row member import next to the plainest way of putting the same rows in the
same table (csv.reader + sqlite3 executemany, one transaction, no checks).

    python -m benchmarks.bench_import [--rows 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from app.services import device, events, member_import
from app.services.audit import Actor
from app.services.demo import write_import_file
from app.services.workspace import Workspace
from benchmarks.common import Row, median_seconds, print_table

TODAY = dt.date(2026, 11, 21)
COLUMNS = (
    "id, created_at, updated_at, revision, changed_by_device, nik, name, birth_place, "
    "birth_date, gender, address, region_code, phone, email, sector, occupation, "
    "business_name, declared_income, programs, payer, payer_subsource, pay_period, group_id, "
    "event_id, consent_version, consent_at, consent_officer_id, registered_by_id, status, "
    "void_reason, voided_at, kpj_number"
)


def fresh(folder: Path) -> tuple[Workspace, uuid.UUID]:
    shutil.rmtree(folder, ignore_errors=True)
    ws = Workspace.open(folder)
    with ws.db.session() as s:
        device.initialise(s, "Laptop Bench", "35.74")
    with ws.db.session() as s:
        event = events.create_event(s, Actor(ws.device_id), "Bench", TODAY, "", "35.74.03")
    return ws, event.id


def baseline(folder: Path, source: Path) -> None:
    ws, event_id = fresh(folder)
    ws.close()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
    con = sqlite3.connect(folder / "lindungi.sqlite")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    dev = con.execute("SELECT id FROM devices").fetchone()[0]
    ev = event_id.hex
    seen: set[str] = set()
    rows = []
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for c in reader:
            if c[0] in seen:  # the unique index would refuse it
                continue
            seen.add(c[0])
            rows.append((
                uuid.uuid4().hex, now, now, 1, dev, c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                c[7], c[8], c[9], c[10], c[11], c[12], c[13], c[14], "", c[15], None, ev,
                "persetujuan-v1", now, None, None, "active", "", None, "",
            ))
    with con:
        con.executemany(
            f"INSERT INTO members ({COLUMNS}) VALUES ({', '.join('?' * 32)})", rows
        )
    con.close()


def lindungi(folder: Path, source: Path) -> member_import.ImportReport:
    ws, event_id = fresh(folder)
    try:
        return member_import.run_import(
            ws.db, Actor(ws.device_id), source, event_id, "persetujuan-v1", ws.tariffs(),
            on=TODAY,
        )
    finally:
        ws.close()


def measure(rows: int, repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "peserta.csv"
        made = write_import_file(source, rows, bad_ratio=0.01, dup_ratio=0.002, seed=42)
        report = lindungi(work / "check", source)
        assert report.imported + report.rejected + report.duplicates == report.read == rows
        print(f"rows {rows}: imported {report.imported}, rejected {report.rejected} "
              f"(generated bad {made['bad']}), duplicates {report.duplicates}")
        base = median_seconds(lambda: baseline(work / "b", source), repeat)
        ours = median_seconds(lambda: lindungi(work / "l", source), repeat)
    return [Row(f"import {rows:,} rows, CSV → SQLite (s)", ours, base, "s", "≤ 3×",
                ours <= 3 * base)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print_table(measure(args.rows, args.repeat), args.repeat)


if __name__ == "__main__":
    main()
