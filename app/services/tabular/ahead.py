"""A CSV file's structure, and its rows' first checks, done in a process of its own,
started before the command that imports it has signed in.

Checking that every line of a file parses, and keeps to the limits, is a pass over the
whole file that must end before a single row is saved; checking each row's person
(import_rows.people: the NIK, the name, the phone…) is most of an import's processor
time. On the command line both would wait until the database layer has loaded and the
officer has signed in, about a second in which the second processor core waits. `start`
hands them to a second process of the same program (`lindungi --check-csv FILE --on
DATE`) as soon as the command is known. It answers first with one JSON line, the
fingerprint of the bytes it checked and the number of rows; then it sends the rows of
those very bytes through the person's checks, in frames (import_rows.encode), while the
command settles and saves them. The command reads the same file meanwhile as it always
does: read_csv relies on the answer only for the very bytes it reads itself (the
fingerprints equal) and the same limits, and member_import takes the rows only then.

The other process only ever saves time. A file it refuses, a process that cannot be
started, gives no answer, or answers something else: the command checks the file
itself, as without it, and so says why a file is refused in its own words. Rows that
stop coming (the process ends, hangs, or sends what is not a frame of rows) are checked
by the command from the row after the last one it had. Its errors are not shown (they
would be the command's own, found again by those checks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import os
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: its pipes keep the size they were made with
    fcntl = None  # type: ignore[assignment]

from app import logs
from app.services.tabular.csv_file import Checked, read_checked
from app.services.tabular.table import LIMITS, TableError

#: the program's hidden option that runs `child`, and the ones that ask for the rows
FLAG = "--check-csv"
ON, SHARE_OF = "--on", "--share"
#: the file kinds read_csv reads (read_table)
SUFFIXES = (".csv", ".txt")
#: how long the command waits for the other process's answer before checking the file
#: itself: WAIT_SECONDS, and WAIT_PER_MB for each megabyte of the file (the check reads
#: about 40 MB a second here; a file at the 64 MB limit waits at most 42 s); and for each
#: frame of rows after it, WAIT_SECONDS
WAIT_SECONDS = 10.0
WAIT_PER_MB = 0.5
#: the most the other process's answer may hold: one JSON line
ANSWER_BYTES = 4096
#: the share of a file's rows the other process checks: the later ones, while the
#: command checks the first ones after signing in. It takes about 28 µs a row (reading,
#: checking and sending it), the command 35 µs to check a row itself and 15 µs to take
#: one checked there (settling and staging it), and the command starts about 0.4 s
#: after the process has checked the file's structure: with 0.8 both end together.
SHARE = 0.8
#: rows per frame; a frame's length goes before it as 8 bytes, a length of 0 ends them
FRAME_ROWS = 500
_LENGTH = struct.Struct(">Q")
#: the most all frames together may hold: FRAMES_PER_BYTE bytes per byte of the file,
#: and 16 MB (they hold the rows' cells and the values checked from them: about twice
#: the file measured); past that the command checks the rows itself
FRAMES_PER_BYTE = 4
#: the pipe's buffer asked for (_widen)
PIPE_BYTES = 1 << 20
#: what the other process is not given from the command's environment: the program's
#: own settings (passwords, the office database's URL with its password) and libpq's
#: (PGPASSWORD and the like); it needs none of them but where the program's resources
#: are (the regions the rows are checked against)
WITHHELD = ("LINDUNGI_", "PG")
GIVEN = ("LINDUNGI_RESOURCES",)

_log = logs.get("import")


class Ahead:
    """The other process checking one file, or none (`checked` is then None)."""

    def __init__(self, process: subprocess.Popen[bytes] | None = None,
                 wait: float = WAIT_SECONDS, size: int = 0, on: dt.date | None = None) -> None:
        self.process = process
        self.wait = wait
        self.on = on  # the day the rows are checked for; None: the structure only
        #: the first row the process checks, the command the ones before it (`checked`
        #: says); None: it checks none
        self.first: int | None = None
        #: what the process said, as the thread reading its output took it in: its answer
        #: (bytes), then frames (bytes), then _END; None when it ended or broke off
        self._said: queue.Queue[bytes | object | None] = queue.Queue()
        if process is not None and process.stdout is not None:
            _widen(process.stdout)
            threading.Thread(target=_listen, args=(process.stdout, self._said, size),
                             name="import-ahead", daemon=True).start()

    def checked(self) -> Checked | None:
        """What the other process found: the bytes it checked and the rows they hold;
        None when it refused the file or gave no such answer (it is then let go, or
        stopped if it does not end)."""
        if self.process is None:
            return None
        try:
            said = self._said.get(timeout=self.wait)
        except queue.Empty:
            self.close()
            _log.warning("pemeriksaan CSV di proses lain tidak selesai dalam %.1f detik; "
                         "diperiksa di sini", self.wait)
            return None
        answer, self.first = _answer(said) if isinstance(said, bytes) else (None, None)
        if answer is None or self.on is None or self.first is None:
            self.first = None
            self._ended()
        return answer

    def rows(self) -> Iterator[Any]:
        """The rows of the bytes it checked from row `first` on, through the person's
        checks (the decoded frames' rows, import_rows.Sent), once `checked` gave its
        answer; RowsLost when they stop coming before their end (the process is then
        stopped)."""
        from app.services import import_rows

        while True:
            if self.process is None:
                raise import_rows.RowsLost("prosesnya tidak ada lagi")
            try:
                said = self._said.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                self.close()
                raise import_rows.RowsLost(
                    f"tidak ada kiriman dalam {WAIT_SECONDS:.0f} detik") from None
            if said is _END:
                self._ended()
                return
            if not isinstance(said, bytes):
                self._ended()
                raise import_rows.RowsLost("berhenti sebelum kiriman terakhir")
            try:
                items = import_rows.decode(said)
            except ValueError as exc:
                self.close()
                raise import_rows.RowsLost(str(exc)) from None
            yield from items

    def _ended(self) -> None:
        """The process has said all it will: waited for (at most `wait`, then stopped)
        and let go, saying so when it failed."""
        process, self.process = self.process, None
        if process is None:
            return
        try:
            code = process.wait(timeout=self.wait)
        except subprocess.TimeoutExpired:
            _stop(process)
            return
        if code != 0:
            _log.warning("pemeriksaan CSV di proses lain berakhir dengan kode %s; "
                         "diperiksa di sini", code)

    def close(self) -> None:
        """The other process stopped if it still runs (the command ended without it)."""
        process, self.process = self.process, None
        if process is not None:
            _stop(process)


def _widen(pipe: IO[bytes]) -> None:
    """The pipe's buffer at PIPE_BYTES where the system allows (Linux): the process
    writes frames on while the listening thread waits for the interpreter's lock, not
    64 KB at a time (measured: 0.4–0.5 s of its writing spent waiting, 0.04 s so)."""
    setting = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl else None
    if setting is not None:
        # past the system's most (/proc/sys/fs/pipe-max-size): as it is
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe.fileno(), setting, PIPE_BYTES)


#: the end of the frames, as the listening thread says it
_END = object()


def _listen(out: IO[bytes], said: queue.Queue[bytes | object | None], size: int) -> None:
    """The other process's output, as it comes: its answer line, then each frame (all
    within FRAMES_PER_BYTE of the file's size), then _END; None when it ends or breaks off
    before that."""
    try:
        said.put(out.readline(ANSWER_BYTES + 1))
        left = FRAMES_PER_BYTE * size + (16 << 20)
        while len(head := out.read(_LENGTH.size)) == _LENGTH.size:
            (length,) = _LENGTH.unpack(head)
            if length == 0:
                said.put(_END)
                return
            if length > left:
                break
            left -= length
            frame = out.read(length)
            if len(frame) != length:
                break
            said.put(frame)
    except (OSError, ValueError):  # the pipe closed under it (the process was stopped)
        pass
    finally:
        out.close()
    said.put(None)


def start(path: Path, on: dt.date | None = None) -> Ahead:
    """The structure of the CSV file at `path` checked in another process from now on,
    and with `on` (the day the rows are checked for), its rows through the person's
    checks; for any other kind of file, or when no process can be started, nothing is."""
    if Path(path).suffix.lower() not in SUFFIXES:
        return Ahead()
    try:
        size = Path(path).stat().st_size
    except OSError:  # the command says why, when it reads the file
        return Ahead()
    try:
        process = subprocess.Popen(
            [*_program(), FLAG, str(path),
             *((ON, on.isoformat(), SHARE_OF, str(SHARE)) if on else ())],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=_environment(), creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except OSError as exc:
        _log.warning("proses pemeriksa CSV tidak bisa dimulai (%s); diperiksa di sini",
                     type(exc).__name__)
        return Ahead()
    return Ahead(process, WAIT_SECONDS + WAIT_PER_MB * size / (1 << 20), size, on)


def child(argv: list[str]) -> int:
    """`lindungi --check-csv FILE [--on DATE --share SHARE]`: one JSON line, the
    fingerprint and rows of a file whose structure holds, or `{"refused": true}`; with a
    date, the file's later rows (that share of them, from the row the line names `first`)
    through the person's checks for that day after it, in frames."""
    try:
        path, on, share = _arguments(argv)
    except ValueError:
        print(f"pakai: lindungi {FLAG} BERKAS [{ON} TTTT-BB-HH {SHARE_OF} 0..1]",
              file=sys.stderr)
        return 2
    out = sys.stdout.buffer
    gc.disable()  # nothing it makes holds a cycle, and the process ends with the rows

    def later(rows: int) -> int:  # the first row checked here: rows are numbered from 2
        return 2 + int(rows * (1 - share))

    try:
        checked, table = read_checked(path, LIMITS, later)
    except (TableError, OSError):
        out.write(json.dumps({"refused": True}).encode() + b"\n")
        return 0
    answer = {"fingerprint": checked.fingerprint, "rows": checked.rows,
              **({"first": later(checked.rows)} if on else {})}
    out.write(json.dumps(answer).encode() + b"\n")
    out.flush()
    if on is None:
        return 0
    from app import resources
    from app.services import import_rows
    from app.services.member_rules import PersonRules

    try:
        mapping = import_rows.map_header(table.header)
    except import_rows.ImportRefused:
        return 0  # the command refuses the file itself
    rows = import_rows.people(table.rows, table.header, mapping,
                              PersonRules(resources.regions(), on), blanks=True)
    try:
        while batch := list(islice(rows, FRAME_ROWS)):
            frame = import_rows.encode(batch)
            out.write(_LENGTH.pack(len(frame)))
            out.write(frame)
            out.flush()
        out.write(_LENGTH.pack(0))
        out.flush()
    except BrokenPipeError:  # the command took what it needed, or stopped listening
        pass
    return 0


def _arguments(argv: list[str]) -> tuple[Path, dt.date | None, float]:
    if len(argv) == 1:
        return Path(argv[0]), None, 0.0
    if len(argv) == 5 and (argv[1], argv[3]) == (ON, SHARE_OF):
        share = float(argv[4])
        if not 0 <= share <= 1:
            raise ValueError("share")
        return Path(argv[0]), dt.date.fromisoformat(argv[2]), share
    raise ValueError("usage")


def _answer(out: bytes) -> tuple[Checked | None, int | None]:
    """What the answer says: the check, and the first row whose checks follow it."""
    if len(out) > ANSWER_BYTES:
        return None, None
    try:
        answer = json.loads(out)
    except (ValueError, RecursionError):  # RecursionError: thousands of nested brackets
        return None, None
    if not isinstance(answer, dict):
        return None, None
    fingerprint, rows, first = answer.get("fingerprint"), answer.get("rows"), answer.get("first")
    if not isinstance(fingerprint, str) or type(rows) is not int or rows < 0:
        return None, None  # refused, or not an answer of this program's
    return Checked(fingerprint, LIMITS, rows), (
        first if type(first) is int and first >= 2 else None)


def _program() -> list[str]:
    """This program: the built one itself, or Python running this program's package
    (-P: not an `app` package in the folder the command was started from)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-P", "-m", "app"]


def _environment() -> dict[str, str]:
    """The command's environment without WITHHELD (but GIVEN), able to import this
    package."""
    env = {k: v for k, v in os.environ.items()
           if k.upper() in GIVEN or not k.upper().startswith(WITHHELD)}
    if not getattr(sys, "frozen", False):
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.kill()
    process.wait()  # its output: the listening thread's, closed once it ends
