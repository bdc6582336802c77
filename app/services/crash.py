"""What went wrong: a refusal a person can act on (`refusal`, the one place that sorts
errors for the command line and the desk), or a bug, which gets a crash report.

A bug (anything that is not a refusal a person can act on) leaves one text file,
`<data folder>/crash-reports/crash-YYYYmmddTHHMMSSZ-<pid>.txt` (the platform's temporary
folder when the data folder is unknown or cannot be written), and the same text in
`lindungi.log`. It holds the program version, the command and the NAMES of its options,
and the traceback: file, line and the code of each frame.

Never personal data (UU 27/2022): no argument values (they can be NIKs), no local
variables, and the message of an exception only for kinds whose messages describe code
(an AttributeError, a TypeError…). A KeyError, a ValueError or a database error can quote
the values of a row, so only their kind is written (for a database error, its code).
Long runs of digits are masked as a second line of defence, as in the log."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import re
import sys
import tempfile
import traceback
from collections.abc import Iterable
from pathlib import Path

from app import __version__, logs
from app.services.files import write_atomic

CRASH_FOLDER = "crash-reports"
#: exception kinds whose message names code (types, attributes, modules), not data
_MESSAGE_KEPT = (AttributeError, TypeError, NameError, ImportError, NotImplementedError,
                 RecursionError, ZeroDivisionError, IndexError, MemoryError)
_OPTION = re.compile(r"^--?[A-Za-z][\w-]*$")
_log = logs.get("crash")


def option_names(argv: Iterable[str]) -> list[str]:
    """The options given (`--name`, `--json`…), never their values nor the arguments."""
    names = []
    for token in argv:
        name = token.split("=", 1)[0]
        if _OPTION.match(name) and name not in names:
            names.append(name)
    return names


def _safe_message(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    if orig is not None:  # SQLAlchemy's wrapper around the driver's error
        code = (getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None)
                or "")
        return f"({type(orig).__module__}.{type(orig).__name__} {code}) [pesan disembunyikan]"
    if isinstance(exc, _MESSAGE_KEPT) and not isinstance(exc, KeyError):
        return logs.mask_digits(str(exc))
    code = getattr(exc, "sqlite_errorname", None) or getattr(exc, "sqlstate", None)
    if code:
        return f"{code} [pesan disembunyikan]"
    return "[pesan disembunyikan: bisa memuat data pribadi]"


def _one(exc: BaseException) -> str:
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("builtins.")
    stack = "".join(traceback.StackSummary.extract(
        traceback.walk_tb(exc.__traceback__), capture_locals=False).format())
    return f"Traceback (most recent call last):\n{stack}{kind}: {_safe_message(exc)}\n"


def format_traceback(exc: BaseException) -> str:
    """The traceback of `exc` and of the errors it came from, without their values."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, (
                "\nThe above exception was the direct cause of the following exception:\n\n")
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, (
                "\nDuring handling of the above exception, another exception occurred:\n\n")
        else:
            current = None
    parts = []
    for error, follows in reversed(chain):
        parts.append(_one(error))
        if follows:
            parts.append(follows)
    return "".join(parts)


def render(exc: BaseException, where: str, options: Iterable[str] = ()) -> str:
    now = dt.datetime.now(dt.UTC)
    return logs.mask_digits(
        "Laporan kesalahan program Lindungi (tanpa data pribadi)\n"
        f"versi: {__version__}\n"
        f"waktu (UTC): {now:%Y-%m-%d %H:%M:%S}\n"
        f"di: {where}\n"
        f"opsi: {' '.join(options) or '-'}\n"
        f"python: {platform.python_version()} ({sys.platform}, {platform.machine()})\n"
        f"proses: {os.getpid()}\n"
        "\n" + format_traceback(exc)
    )


def _folders(data_dir: Path | None) -> list[Path]:
    folders = []
    if data_dir is not None and Path(data_dir).is_dir():  # never made just for a report
        folders.append(Path(data_dir) / CRASH_FOLDER)
    folders.append(Path(tempfile.gettempdir()) / f"lindungi-{CRASH_FOLDER}")
    return folders


def write_report(exc: BaseException, data_dir: Path | None, where: str,
                 options: Iterable[str] = ()) -> Path | None:
    """Write the crash report of `exc` (and log it); its path, or None when no folder
    at all could be written."""
    text = render(exc, where, list(options))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    written: Path | None = None
    for folder in _folders(data_dir):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"crash-{stamp}-{os.getpid()}.txt"
            n = 1
            while target.exists():  # a second crash in the same second
                n += 1
                target = folder / f"crash-{stamp}-{os.getpid()}-{n}.txt"
            write_atomic(target, lambda fh: fh.write(text), "w", encoding="utf-8")
        except OSError:
            continue
        written = target
        break
    _to_log(text, data_dir, written)
    return written


def _to_log(text: str, data_dir: Path | None, written: Path | None) -> None:
    if data_dir is not None and Path(data_dir).is_dir():
        with contextlib.suppress(OSError):
            logs.setup(Path(data_dir))
    if logs.is_set_up():  # else nowhere: never a second traceback on the terminal
        _log.error("kesalahan program; laporan: %s\n%s", written or "tidak tertulis", text)


def refusal(exc: BaseException, db_file: Path | None = None) -> tuple[str, str] | None:
    """(kind, message) when `exc` is a refusal a person can act on, in Indonesian; None
    when it is a bug. The one place that decides: a UserError (the refusals of the
    domain and the services), a database error sorted by its code (busy, full, read-only,
    damaged, unreachable: app.db.database_problem; `db_file` is the SQLite file when
    known), or an OSError of the system (disk full, read-only stick: files.explain)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from app.db import database_problem
    from app.domain.errors import UserError
    from app.services.files import explain

    if isinstance(exc, UserError):
        return exc.kind, exc.message
    if isinstance(exc, DBAPIError | sqlite3.Error):
        problem = database_problem(exc, db_file)
        if problem is None:
            return None  # a constraint that failed, a wrong statement: the program's fault
        _log.warning("database: %s", problem.kind)
        return problem.kind, problem.message
    if isinstance(exc, OSError) and exc.errno is not None:
        return "file", explain(exc)
    return None
