"""Export and import of a 100,000-member batch, each next to a plain-stdlib baseline in
the same run: JSON lines into a zip (sqlite3 + json + zipfile), and json.loads +
executemany into the same tables.

    python -m benchmarks.bench_sync [--members 100000] [--repeat 3] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from app.services import device
from app.services.audit import Actor
from app.services.demo_seed import seed_demo
from app.services.sync import export, merge
from app.services.workspace import Workspace
from benchmarks.common import Row, median_seconds, print_table


def bare_export(db: Path, target: Path) -> None:
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for table in ("events", "groups", "members", "slips", "audit_entries"):
            rows = con.execute(f"SELECT * FROM {table}").fetchall()
            zf.writestr(f"{table}.jsonl", "".join(
                json.dumps(dict(r), ensure_ascii=False) + "\n" for r in rows))
    con.close()


def bare_import(source: Path, db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    with zipfile.ZipFile(source) as zf, con:
        for table in ("events", "groups", "members", "slips", "audit_entries"):
            rows = [json.loads(line) for line in zf.read(f"{table}.jsonl").splitlines()]
            if not rows:
                continue
            cols = list(rows[0])
            con.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                f"({', '.join('?' * len(cols))})", [tuple(r[c] for c in cols) for r in rows])
    con.close()


def measure(members: int, repeat: int, data_dir: Path | None = None) -> list[Row]:
    args = argparse.Namespace(members=members, repeat=repeat, data_dir=data_dir)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        laptop = Workspace.open(args.data_dir or base / "laptop")
        seed_demo(laptop, args.members)
        actor = Actor(laptop.device_id)
        office_seed = Workspace.open(base / "office-seed")
        with office_seed.db.session() as s:
            device.initialise(s, "Kantor", "35.74")
        office_seed.close()
        stick = base / "usb"
        stick.mkdir()
        runs = iter(range(1000))
        files: list[Path] = []

        def ours_export() -> None:
            # exporting marks records; an unacknowledged laptop exports everything again
            files.append(export.export_batch(laptop, actor, stick).file)

        t_export = median_seconds(ours_export, args.repeat)
        t_bare_export = median_seconds(
            lambda: bare_export(laptop.data_dir / "lindungi.sqlite", base / "bare.zip"),
            args.repeat)
        batch = files[-1]
        state: dict[str, Workspace] = {}

        def fresh_office() -> None:
            folder = base / f"office{next(runs)}"
            shutil.copytree(base / "office-seed", folder)
            state["ws"] = Workspace.open(folder)

        def ours_import() -> None:
            ws = state["ws"]
            report = merge.import_file(ws, Actor(ws.device_id), batch,
                                       trust_new_device=True)
            assert report.new >= args.members
            ws.close()

        t_import = median_seconds(ours_import, args.repeat, fresh_office)
        targets: list[Path] = []

        def bare_target() -> None:
            folder = base / f"bare-office{next(runs)}"
            shutil.copytree(base / "office-seed", folder)
            targets.append(folder / "lindungi.sqlite")

        t_bare_import = median_seconds(lambda: bare_import(base / "bare.zip", targets[-1]),
                                       args.repeat, bare_target)
        size = batch.stat().st_size / 1024 / 1024
    print(f"batch file: {size:.1f} MB for {args.members:,} members")
    return [
        Row(f"batch export, {args.members:,} members (s)", t_export, t_bare_export, "s",
            "≤ 2×", t_export <= 2 * t_bare_export),
        Row(f"batch import, {args.members:,} members (s)", t_import, t_bare_import, "s",
            "≤ 4×", t_import <= 4 * t_bare_import),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, help="reuse a demo folder of that size")
    args = parser.parse_args()
    print_table(measure(args.members, args.repeat, args.data_dir), args.repeat)


if __name__ == "__main__":
    main()
