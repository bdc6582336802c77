"""A CSV file's structure checked in a process of its own, started before the command
that imports it has signed in.

Checking that every line of a file parses, and keeps to the limits, is a pass over the
whole file that must end before a single row is saved. On the command line that pass
would come after the database layer has loaded and the officer has signed in, about
half a second in which the second processor core waits. `start` hands the pass to a
second process of the same program (`lindungi --check-csv FILE`) as soon as the command
is known; the command reads the same file meanwhile as it always does, and `checked`
then gives what that process found: the fingerprint of the bytes it checked and the
number of rows. read_csv relies on it only for the very bytes it reads itself (the
fingerprints equal) and the same limits.

The other process only ever saves time. A file it refuses, a process that cannot be
started, gives no answer, or answers something else: the command checks the file
itself, as without it, and so says why a file is refused in its own words. Nothing the
other process writes is kept but one short line on its output; its errors are not
shown (they would be the command's own, found again by that check).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import logs
from app.services.tabular.csv_file import Checked, check_csv
from app.services.tabular.table import LIMITS, TableError

#: the program's hidden option that runs `child` (app.launcher)
FLAG = "--check-csv"
#: the file kinds read_csv reads (read_table)
SUFFIXES = (".csv", ".txt")
#: how long the command waits for the other process before checking the file itself:
#: WAIT_SECONDS, and WAIT_PER_MB for each megabyte of the file (the check reads about
#: 40 MB a second here; a file at the 64 MB limit waits at most 42 s)
WAIT_SECONDS = 10.0
WAIT_PER_MB = 0.5
#: the most the other process's answer may hold: one JSON line
ANSWER_BYTES = 4096
#: what the other process is not given from the command's environment: the program's
#: own settings (passwords, the office database's URL with its password) and libpq's
#: (PGPASSWORD and the like); it needs none of them
WITHHELD = ("LINDUNGI_", "PG")

_log = logs.get("import")


class Ahead:
    """The other process checking one file, or none (`checked` is then None)."""

    def __init__(self, process: subprocess.Popen[bytes] | None = None,
                 wait: float = WAIT_SECONDS) -> None:
        self.process = process
        self.wait = wait

    def checked(self) -> Checked | None:
        """What the other process found, once it has ended: the bytes it checked and the
        rows they hold; None when it refused the file or gave no such answer."""
        process, self.process = self.process, None
        if process is None:
            return None
        try:
            out, _ = process.communicate(timeout=self.wait)
        except subprocess.TimeoutExpired:
            _stop(process)
            _log.warning("pemeriksaan CSV di proses lain tidak selesai dalam %.1f detik; "
                         "diperiksa di sini", self.wait)
            return None
        if process.returncode != 0:
            _log.warning("pemeriksaan CSV di proses lain berakhir dengan kode %s; "
                         "diperiksa di sini", process.returncode)
            return None
        return _answer(out)

    def close(self) -> None:
        """The other process stopped if it still runs (the command ended without it)."""
        process, self.process = self.process, None
        if process is not None:
            _stop(process)


def start(path: Path) -> Ahead:
    """The structure of the CSV file at `path` checked in another process from now on;
    for any other kind of file, or when no process can be started, nothing is."""
    if Path(path).suffix.lower() not in SUFFIXES:
        return Ahead()
    try:
        size = Path(path).stat().st_size
    except OSError:  # the command says why, when it reads the file
        return Ahead()
    try:
        process = subprocess.Popen(
            [*_program(), FLAG, str(path)], stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError as exc:
        _log.warning("proses pemeriksa CSV tidak bisa dimulai (%s); diperiksa di sini",
                     type(exc).__name__)
        return Ahead()
    return Ahead(process, WAIT_SECONDS + WAIT_PER_MB * size / (1 << 20))


def child(argv: list[str]) -> int:
    """`lindungi --check-csv FILE`: one JSON line, the fingerprint and rows of a file
    whose structure holds, or `{"refused": true}`."""
    if len(argv) != 1:
        print(f"pakai: lindungi {FLAG} BERKAS", file=sys.stderr)
        return 2
    try:
        checked = check_csv(Path(argv[0]), LIMITS)
    except (TableError, OSError):
        answer: dict[str, object] = {"refused": True}
    else:
        answer = {"fingerprint": checked.fingerprint, "rows": checked.rows}
    print(json.dumps(answer))
    return 0


def _answer(out: bytes) -> Checked | None:
    if len(out) > ANSWER_BYTES:
        return None
    try:
        answer = json.loads(out)
    except (ValueError, RecursionError):  # RecursionError: thousands of nested brackets
        return None
    if not isinstance(answer, dict):
        return None
    fingerprint, rows = answer.get("fingerprint"), answer.get("rows")
    if not isinstance(fingerprint, str) or type(rows) is not int or rows < 0:
        return None  # refused, or not an answer of this program's
    return Checked(fingerprint, LIMITS, rows)


def _program() -> list[str]:
    """This program: the built one itself, or Python running this program's package
    (-P: not an `app` package in the folder the command was started from)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-P", "-m", "app"]


def _environment() -> dict[str, str]:
    """The command's environment without WITHHELD, able to import this package."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(WITHHELD)}
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.communicate()
