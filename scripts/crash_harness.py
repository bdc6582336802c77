"""Crash harness: real work in a child process, killed with SIGKILL at random instants.

    python scripts/crash_harness.py --kills 1000 [--seed 1] [--dir DIR]

Each round forks a child that registers members one transaction at a time, imports a
CSV in chunks, exports batches or writes slip PDFs, reporting on a pipe what it has
committed; the parent kills it at a random moment and then checks, on the same data
folder every time:

- `PRAGMA integrity_check` is "ok";
- every registration the child reported as committed is in the database;
- an import left whole chunks only;
- no batch or PDF stands under its final name half-written (every *.ldgb opens and
  verifies, every queued *.pdf parses, every print job's file exists);
- the program starts again (migrations, device) and a new registration saves.

Prints one line of figures at the end; exits non-zero on the first broken promise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import resources  # noqa: E402
from app.services import (  # noqa: E402
    device,
    events,
    member_cleaning,
    member_import,
    member_rules,
    member_search,
    members,
    print_jobs,
)
from app.services.audit import Actor  # noqa: E402
from app.services.demo import PeopleFactory, write_import_file  # noqa: E402
from app.services.sync import export  # noqa: E402
from app.services.sync.format import open_batch  # noqa: E402
from app.services.workspace import Workspace  # noqa: E402

TODAY = dt.date(2026, 11, 21)
CHUNK = 40
PART = 15  # a chunk in three parts: a kill between them leaves no part of the chunk


class Broken(AssertionError):
    pass


def child(folder: Path, kind: str, seed: int, source: Path, write_fd: int) -> None:
    """The work a field laptop does; reports each committed step on the pipe."""

    def say(line: str) -> None:
        os.write(write_fd, (line + "\n").encode())

    ws = Workspace.open(folder)
    actor = Actor(ws.device_id)
    with ws.db.session() as s:
        event_id = events.latest_open_event(s).id  # type: ignore[union-attr]
    if kind == "register":
        factory = PeopleFactory(seed)
        with ws.db.session() as s:
            rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(), TODAY)
        for person in factory.people(10_000):
            clean, _ = member_cleaning.clean_member(person.row(), rules)
            if clean is None:
                continue
            try:
                with ws.db.session() as s:
                    members.register(s, actor, clean, event_id, "persetujuan-v1")
            except members.DuplicateNik:
                continue
            say(f"committed {clean['nik']}")
    elif kind == "import":
        member_import.run_import(
            ws.db, actor, source, event_id, "persetujuan-v1", ws.tariffs(), on=TODAY,
            chunk_size=CHUNK, part_size=PART,
            progress=lambda done, total: say(f"chunk {done}"))
        say("import done")
    elif kind == "export":
        while True:
            report = export.export_batch(ws, actor, folder / "usb")
            say(f"exported {report.file.name}")
    else:
        with ws.db.session() as s:
            ids = [r.id for r in member_search.list_members(s, limit=30)]
        while True:
            job, _ = print_jobs.slips_to_queue(ws, actor, ids, random.choice(
                ["card", "a4", "thermal80"]), "harness")
            say(f"job {job.path.name}")


def check(folder: Path, reports: list[str], kind: str, source_niks: list[str],
          seen: set[str]) -> None:
    db = folder / "lindungi.sqlite"
    con = sqlite3.connect(db)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise Broken("integrity_check failed")
        niks = {r[0] for r in con.execute("SELECT nik FROM members")}
        committed = [line.split()[1] for line in reports if line.startswith("committed ")]
        missing = [n for n in committed if n not in niks]
        if missing:
            raise Broken(f"{len(missing)} reported registrations are missing")
        if kind == "import":
            imported = [n for n in source_niks if n in niks]
            chunks = len(imported) / CHUNK
            if imported and (chunks != int(chunks) and len(imported) != len(source_niks)):
                raise Broken(f"import left a partial chunk ({len(imported)} rows)")
            if imported != source_niks[: len(imported)]:
                raise Broken("import rows are not a prefix of the file")
        jobs = [r[0] for r in con.execute("SELECT file FROM print_jobs")]
    finally:
        con.close()
    for batch in (folder / "usb").glob("*.ldgb"):
        if batch.name not in seen:  # files from earlier rounds were checked then
            open_batch(batch)  # raises if half-written or damaged
            seen.add(batch.name)
    queue = folder / "antrean-cetak"
    if queue.exists():
        from pypdf import PdfReader

        for pdf in queue.glob("*.pdf"):
            if pdf.name not in seen:
                if len(PdfReader(pdf).pages) < 1:
                    raise Broken(f"{pdf.name} has no pages")
                seen.add(pdf.name)
    for rel in jobs:
        if not (folder / rel).exists():
            raise Broken(f"print job without its file: {rel}")


def continues(folder: Path, seed: int) -> None:
    """The program starts again and a registration saves."""
    ws = Workspace.open(folder)
    try:
        actor = Actor(ws.device_id)
        with ws.db.session() as s:
            event_id = events.latest_open_event(s).id  # type: ignore[union-attr]
            rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(), TODAY)
        person = next(PeopleFactory(10_000_000 + seed).people(1))
        clean, problems = member_cleaning.clean_member(person.row(), rules)
        if clean is None:
            raise Broken(f"generated person refused: {problems}")
        with ws.db.session() as s:
            members.register(s, actor, clean, event_id, "persetujuan-v1")
    finally:
        ws.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path)
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("the crash harness needs fork() and SIGKILL (Linux, macOS)")
        return 2
    rng = random.Random(args.seed)
    tmp = tempfile.TemporaryDirectory()
    folder = args.dir or Path(tmp.name) / "laptop"
    ws = Workspace.open(folder)
    with ws.db.session() as s:
        device.initialise(s, "Laptop Uji Mati Listrik", "35.74")
    with ws.db.session() as s:
        events.create_event(s, Actor(ws.device_id), "Uji", TODAY, "", "35.74.03")
    ws.close()
    (folder / "usb").mkdir(exist_ok=True)
    counts = {"register": 0, "import": 0, "export": 0, "slips": 0}
    committed_total = 0
    seen: set[str] = set()
    started = time.perf_counter()
    for round_no in range(args.kills):
        kind = rng.choice(["register", "register", "import", "export", "slips"])
        source = Path(tmp.name) / f"import-{round_no}.csv"
        source_niks: list[str] = []
        if kind == "import":
            write_import_file(source, 200, bad_ratio=0.0, seed=args.seed * 100_000 + round_no)
            import csv

            with source.open(encoding="utf-8", newline="") as fh:
                source_niks = [row["nik"] for row in csv.DictReader(fh)]
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: work until killed
            os.close(read_fd)
            try:
                child(folder, kind, args.seed * 1_000_000 + round_no * 1000, source, write_fd)
            finally:
                os._exit(0)
        os.close(write_fd)
        time.sleep(rng.uniform(0.02, 0.6))  # a random instant to pull the plug
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        chunks = []
        while True:
            data = os.read(read_fd, 65536)
            if not data:
                break
            chunks.append(data)
        os.close(read_fd)
        reports = b"".join(chunks).decode().splitlines()
        committed_total += sum(1 for r in reports if r.startswith("committed "))
        try:
            check(folder, reports, kind, source_niks, seen)
            continues(folder, round_no)
        except Exception as exc:
            print(f"round {round_no} ({kind}): BROKEN: {exc}")
            return 1
        counts[kind] += 1
        source.unlink(missing_ok=True)
    elapsed = time.perf_counter() - started
    con = sqlite3.connect(folder / "lindungi.sqlite")
    total = con.execute("SELECT count(*) FROM members").fetchone()[0]
    con.close()
    batches = len(list((folder / "usb").glob("*.ldgb")))
    print(f"crash harness: {args.kills} kills ({', '.join(f'{k} {v}' for k, v in counts.items())}) "
          f"in {elapsed:.0f} s; {committed_total} registrations reported committed, all "
          f"present; {total} members, {batches} batch files, integrity ok after every kill")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
