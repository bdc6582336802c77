"""The import as the officer runs it: `lindungi members import` of 100,000 rows timed from
spawning the process to its exit, next to the plainest program that puts the same file
into a table, spawned the same way in the same run.

    python -m benchmarks.bench_import_command [--rows 100000] [--repeat 3]

The command runs on a data folder set up as a real laptop is (`lindungi init` with an
administrator, `lindungi accounts add` for an officer, `lindungi events create`), signed
in as that officer through LINDUNGI_USER / LINDUNGI_PASSWORD, with a rejects file. Each
run gets a fresh copy of that folder, so every run imports into the same empty desk. The
baseline is a fresh `python -c` process: csv.DictReader and one sqlite3 executemany into
a plain table of the file's columns with a unique index on the NIK (a repeated NIK is
ignored, as the unique index makes it). The runs alternate (baseline, command, …) after
one unmeasured warm-up of each, so that a busy moment of a shared machine falls on both.
Both start with their bytecode cached, as an installed program has it (see
benchmarks/start_window.py): PYTHONDONTWRITEBYTECODE is dropped and the cache goes to a
temporary PYTHONPYCACHEPREFIX, written by the warm-up round.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, installed_env, print_table

OFFICER, PASSWORD = "petugas", "kata-sandi-benchmark"
ADMIN = "admin"
CONSOLE_SCRIPT = Path(sys.executable).with_name("lindungi")

BASELINE = """
import csv, sqlite3, sys
source, database = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8", newline="") as fh:
    reader = csv.DictReader(fh)
    columns = list(reader.fieldnames)
    rows = [tuple(r[c] for c in columns) for r in reader]
con = sqlite3.connect(database)
con.execute(f"CREATE TABLE members ({', '.join(c + ' TEXT' for c in columns)})")
con.execute("CREATE UNIQUE INDEX members_nik ON members (nik)")
with con:
    con.executemany(
        f"INSERT OR IGNORE INTO members VALUES ({', '.join('?' * len(columns))})", rows)
con.close()
"""


#: processor seconds (user + system) of each timed child, printed beside the clock times:
#: on a shared machine they show what the clock's waiting for a core hides
CPU: dict[str, list[float]] = {}


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(argv: list[str], env: dict[str, str], label: str = "") -> tuple[float, str]:
    start, cpu = time.perf_counter(), _cpu()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if label:
        CPU.setdefault(label, []).append(_cpu() - cpu)
    if done.returncode != 0:
        raise RuntimeError(f"{argv[:3]} exited {done.returncode}: {done.stderr[-2000:]}")
    return seconds, done.stdout


def set_up(folder: Path, cache: Path, program: Path) -> str:
    """A laptop as an office sets one up: the data folder, an officer, an event."""
    env = installed_env(cache, LINDUNGI_PASSWORD="kata-sandi-admin")
    base = [str(program)]
    _run([*base, "init", "--data-dir", str(folder), "--device-name", "Laptop Bench",
          "--region", "35.74", "--admin", ADMIN], env)
    admin = installed_env(cache, LINDUNGI_USER=ADMIN, LINDUNGI_PASSWORD="kata-sandi-admin",
                 LINDUNGI_NEW_PASSWORD=PASSWORD)
    _run([*base, "accounts", "add", "--data-dir", str(folder), "--role", "officer",
          "--full-name", "Petugas Bench", OFFICER], admin)
    officer = installed_env(cache, LINDUNGI_USER=OFFICER, LINDUNGI_PASSWORD=PASSWORD)
    _, out = _run([*base, "events", "create", "--data-dir", str(folder), "--json",
                   "--name", "Bench", "--date", "21-11-2026", "--region", "35.74.03"], officer)
    return str(json.loads(out)["id"])


def measure(rows: int, repeat: int, program: Path = CONSOLE_SCRIPT) -> list[Row]:
    from app.services.demo import write_import_file

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cache = work / "pycache"
        source = work / "peserta.csv"
        made = write_import_file(source, rows, bad_ratio=0.01, dup_ratio=0.002, seed=42)
        template = work / "laptop"
        event = set_up(template, cache, program)
        officer = installed_env(cache, LINDUNGI_USER=OFFICER, LINDUNGI_PASSWORD=PASSWORD)
        plain = installed_env(cache)

        def command() -> tuple[float, dict[str, object]]:
            folder = work / "run"
            shutil.rmtree(folder, ignore_errors=True)
            shutil.copytree(template, folder)
            rejects = work / "ditolak.csv"
            seconds, out = _run([str(program), "members", "import", "--data-dir", str(folder),
                                 "--json", "--event", event, "--rejects", str(rejects),
                                 str(source)], officer, "command")
            return seconds, json.loads(out)

        def baseline() -> float:
            database = work / "plain.sqlite"
            database.unlink(missing_ok=True)
            seconds, _ = _run([sys.executable, "-c", BASELINE, str(source), str(database)],
                              plain, "baseline")
            return seconds

        baseline()  # warm-up: writes both programs' bytecode cache
        _, report = command()
        assert report["read"] == rows, report
        print(f"rows {rows}: imported {report['imported']}, rejected {report['rejected']} "
              f"(generated bad {made['bad']}), duplicates {report['duplicates']}")
        ours: list[float] = []
        base: list[float] = []
        for _ in range(repeat):
            base.append(baseline())
            ours.append(command()[0])
        for label, times in (("command", ours), ("baseline", base)):
            cpu = CPU[label][1:]  # the warm-up round left out
            print(f"{label:9} clock " + " ".join(f"{s:.2f}" for s in times)
                  + "  processor " + " ".join(f"{s:.2f}" for s in cpu)
                  + f"  (median {statistics.median(cpu):.2f})")
    figure, plain_figure = statistics.median(ours), statistics.median(base)
    return [Row(f"`members import` {rows:,} rows, start to exit (s)", figure, plain_figure,
                "s", "≤ 3×", figure <= 3 * plain_figure)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--program", type=Path, default=CONSOLE_SCRIPT,
                        help="the program to time (default: this venv's lindungi)")
    args = parser.parse_args()
    print_table(measure(args.rows, args.repeat, args.program), args.repeat)


if __name__ == "__main__":
    main()
