"""The registration desk with 100,000 members, each figure next to its baseline:

- keystroke to results for a name search (model reset + first page) vs the bare SQL query
- saving one registration through the form vs a bare one-row INSERT and commit
- process start to main window shown vs a bare PySide6 window
- resident memory with the members list open (first page, and every row fetched)

    python -m benchmarks.bench_desk [--members 100000] [--repeat 5] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.demo import PeopleFactory
from app.services.demo_seed import DEMO_ADMIN, DEMO_PASSWORD, seed_demo
from app.services.workspace import Workspace
from benchmarks.common import Row, installed_env, print_table


def search_terms(db: Path, n: int) -> list[str]:
    con = sqlite3.connect(db)
    names = [r[0] for r in con.execute("SELECT name FROM members ORDER BY random() LIMIT ?",
                                       (n,))]
    con.close()
    rng = random.Random(5)
    terms = []
    for name in names:  # what an officer types: 3 to 6 letters of a first or last name
        word = rng.choice(name.split())
        terms.append(word[: rng.randint(3, 6)].lower())
    return [*terms, "zzq", "xyw"]  # and a miss or two (a full scan)


def bench_search(ws: Workspace, terms: list[str], repeat: int) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from app.services.audit import Actor
    from app.ui.members_page import MembersPage

    app = QApplication.instance() or QApplication([])
    page = MembersPage(ws, Actor(ws.device_id))
    page.show()
    ours, bare = [], []
    con = sqlite3.connect(ws.data_dir / "lindungi.sqlite")
    sql = ("SELECT id, nik, name, event_id, group_id, status, phone, sector FROM members "
           "WHERE name LIKE ? ESCAPE '/' ORDER BY name, id LIMIT 200")
    for _ in range(repeat):
        for term in terms:
            start = time.perf_counter()
            page.search.setText(term)
            page.apply_filters()  # what the 120 ms typing pause triggers
            app.processEvents()
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            con.execute(sql, (f"%{term}%",)).fetchall()
            bare.append(time.perf_counter() - start)
    con.close()
    page.close()
    page.deleteLater()
    app.processEvents()
    return statistics.median(ours), statistics.median(bare)


def bare_fetch_all(db: Path) -> float:
    """Every member's list columns in one plain query, as the baseline for scrolling."""
    con = sqlite3.connect(db)
    start = time.perf_counter()
    con.execute("SELECT id, nik, name, event_id, group_id, status, phone, sector FROM members "
                "ORDER BY name, id").fetchall()
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def bench_save(ws: Workspace, repeat: int) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from app.services.audit import Actor
    from app.ui.registration_page import RegistrationPage

    QApplication.instance() or QApplication([])
    page = RegistrationPage(ws, Actor(ws.device_id))
    with ws.db.session() as s:
        from app.services import events

        page.set_event(events.latest_open_event(s).id)  # type: ignore[union-attr]
    people = PeopleFactory(time.time_ns() % 1_000_000_007)  # new people on a reused folder
    fills = []
    for _ in range(repeat * 3):
        values = people.person().row()
        values["sektor"] = "umkm"
        values["sumber_iuran"] = "mandiri"
        fills.append(values)
    ours = []
    for values in fills:
        page.form.set_values(values)
        start = time.perf_counter()
        page.save()
        ours.append(time.perf_counter() - start)
        assert "Tersimpan" in page.message.text(), page.message.text()
    con = sqlite3.connect(ws.data_dir / "lindungi.sqlite")
    con.execute("PRAGMA synchronous=FULL")
    cols = [r[1] for r in con.execute("PRAGMA table_info(members)")]
    template = dict(zip(cols, con.execute("SELECT * FROM members LIMIT 1").fetchone(),
                        strict=True))
    bare = []
    for i in range(len(fills)):
        row = dict(template, id=uuid.uuid4().hex, nik=f"99{i:014d}", status="voided")
        start = time.perf_counter()
        con.execute(f"INSERT INTO members ({', '.join(row)}) VALUES "
                    f"({', '.join('?' * len(row))})", list(row.values()))
        con.commit()
        bare.append(time.perf_counter() - start)
    con.execute("DELETE FROM members WHERE nik LIKE '99%' AND status = 'voided'")
    con.commit()
    con.close()
    page.deleteLater()
    QApplication.processEvents()
    return statistics.median(ours), statistics.median(bare)


def child(*args: str, cache: Path) -> dict[str, tuple[float, float]]:
    """{"shown"|"ready"|"scrolled": (seconds since interpreter start, RSS MB)}, the child
    started with its bytecode cached in `cache` (written by a warm-up run)."""
    out = subprocess.run([sys.executable, "-m", "benchmarks.start_child", *args],
                         capture_output=True, text=True, check=True,
                         env=installed_env(cache)).stdout
    marks = {}
    for line in out.splitlines():
        what, seconds, rss = line.split()
        marks[what] = (float(seconds), float(rss))
    return marks


def measure(members: int, repeat: int, data_dir: Path | None = None) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = data_dir or Path(tmp) / "demo"
        ws = Workspace.open(folder)
        seeded = seed_demo(ws, members)
        print(f"data folder {folder}: {seeded['members']} members")

        t_search, t_sql = bench_search(ws, search_terms(folder / "lindungi.sqlite", 20),
                                       repeat)
        t_save, t_insert = bench_save(ws, repeat)
        ws.close()
        login = (DEMO_ADMIN, DEMO_PASSWORD)
        cache = Path(tmp) / "pycache"
        child("app", str(folder), *login, cache=cache)  # warm-up: writes the cache
        child("bare", cache=cache)
        starts, bares = [], []
        for _ in range(repeat):  # alternating, so that a busy moment falls on both
            bares.append(child("bare", cache=cache))
            starts.append(child("app", str(folder), *login, cache=cache))
        t_start = statistics.median(s["shown"][0] for s in starts)
        t_ready = statistics.median(s["ready"][0] for s in starts)
        t_bare = statistics.median(b["shown"][0] for b in bares)
        rss_bare = statistics.median(b["ready"][1] for b in bares)
        rss_open = statistics.median(s["ready"][1] for s in starts)
        scrolled = child("app", str(folder), *login, "--scroll", cache=cache)
        rss_all = scrolled["scrolled"][1]
        t_scroll = scrolled["scrolled"][0] - scrolled["ready"][0]
        t_fetch = bare_fetch_all(folder / "lindungi.sqlite")

    return [
        Row("name search, keystroke to results (ms)", t_search * 1000, t_sql * 1000, "ms",
            "≤ 30 ms", t_search <= 0.030),
        Row("save one registration (ms)", t_save * 1000, t_insert * 1000, "ms", "≤ 50 ms",
            t_save <= 0.050),
        Row("start to main window shown (s)", t_start, t_bare, "s", "≤ 1.5×",
            t_start <= 1.5 * t_bare),
        Row("start to pages ready, incl. login (s)", t_ready, t_bare, "s", "(shown)", True),
        Row("scroll the list to its last row (s)", t_scroll, t_fetch, "s", "(shown)", True),
        Row("RSS, 100k list open (MB)", rss_open, rss_bare, "MB", "≤ 250 MB",
            rss_open <= 250),
        Row("RSS, every row fetched (MB)", rss_all, rss_bare, "MB", "≤ 250 MB", rss_all <= 250),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="reuse a demo folder of that size")
    args = parser.parse_args()
    print_table(measure(args.members, args.repeat, args.data_dir), args.repeat)


if __name__ == "__main__":
    main()
