"""The window first: what the real entry point imports before its first window is on
screen, and what the command line imports before a command runs (issue 19, item 1).

Each check starts a fresh `python -X importtime` and reads the modules it reports: the
desktop path through app.launcher (as `lindungi` with no command runs it) up to the
moment its main window is shown, `import app.cli`, and single commands, so that the
database layer (SQLAlchemy, the ORM models), argon2 and cryptography load only once a
command or the opened window needs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

#: modules that must wait: the database layer and the crypto stack
HEAVY = ("sqlalchemy", "cryptography", "argon2", "app.models", "app.db")
SHOWN = "--- first window shown ---"
NAMESPACE = "Qt namespace built before the window: "

# Runs the launcher as `lindungi [ARGS]` does, offscreen; when the first main
# window receives its Show event it prints SHOWN on stderr and ends the process at once,
# so that -X importtime has reported exactly what was imported before the window. It
# says too whether Qt's namespace (`Qt.…`) was built by then: PySide6 builds that class
# with its hundred enums on first use, about 20 ms that the window need not wait for.
UP_TO_THE_WINDOW = f"""
import os, sys
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstShow(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            sys.stderr.write({NAMESPACE!r} + str("Qt" in vars(QtCore)) + "\\n")
            sys.stderr.write({SHOWN!r} + "\\n")
            sys.stderr.flush()
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
first_show = FirstShow()
app.installEventFilter(first_show)
from app.launcher import main
main(sys.argv[1:])
sys.exit("the window was never shown")
"""

IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|( *)(\S+)$")


def imported(stderr: str, until: str | None = None) -> list[str]:
    """Module names `-X importtime` reported, in order, up to the line `until`."""
    names: list[str] = []
    for line in stderr.splitlines():
        if until is not None and line.strip() == until:
            return names
        match = IMPORT_LINE.match(line)
        if match:
            names.append(match.group(2))
    if until is not None:
        raise AssertionError(f"{until!r} never printed:\n{stderr[-3000:]}")
    return names


def heavy(names: list[str]) -> list[str]:
    return [n for n in names if any(n == h or n.startswith(h + ".") for h in HEAVY)]


def python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True,
                          text=True, env=full_env, timeout=120)


@pytest.fixture(scope="module")
def set_up_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A laptop that has been set up, with an administrator: its start shows sign-in."""
    folder = tmp_path_factory.mktemp("laptop") / "data"
    os.environ["LINDUNGI_PASSWORD"] = "kata-sandi-admin-1"
    try:
        assert main(["--data-dir", str(folder), "init", "--device-name", "Meja 1",
                     "--region", "35.74", "--admin", "admin"]) == 0
    finally:
        del os.environ["LINDUNGI_PASSWORD"]
    return folder


@pytest.mark.parametrize("how", ["lindungi", "lindungi --data-dir DIR"])
def test_the_desktop_window_is_shown_before_the_database_layer_loads(
        set_up_folder: Path, how: str) -> None:
    """`lindungi` alone (the desktop shortcut; the folder from LINDUNGI_DATA_DIR) and
    with its folder named on the command line."""
    if how == "lindungi":
        done = python("-c", UP_TO_THE_WINDOW, env={"LINDUNGI_DATA_DIR": str(set_up_folder)})
    else:
        done = python("-c", UP_TO_THE_WINDOW, "--data-dir", str(set_up_folder))
    before = imported(done.stderr, until=SHOWN)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "app.launcher" in before and "app.ui.main_window" in before
    assert heavy(before) == []
    assert NAMESPACE + "False" in done.stderr


def test_importing_the_command_line_loads_no_database_or_crypto() -> None:
    done = python("-c", "import app.cli, app.launcher")
    assert done.returncode == 0, done.stderr[-3000:]
    names = imported(done.stderr)
    assert "app.cli.table" in names
    assert heavy(names) == []
    assert not [n for n in names if n.startswith("app.cli.") and
                n not in ("app.cli.table", "app.cli.context")], "a command module was loaded"


def test_help_and_a_rules_only_command_load_no_database(tmp_path: Path) -> None:
    for argv in (["--help"], ["nik", "check", "3574015708050001", "--json"]):
        done = python("-m", "app", *argv, env={"LINDUNGI_DATA_DIR": str(tmp_path / "none")})
        assert done.returncode == 0, (argv, done.stderr[-3000:])
        assert heavy(imported(done.stderr)) == [], argv


def test_a_command_that_reads_records_loads_them_when_it_runs(set_up_folder: Path) -> None:
    """The other side of the checks above: the detector sees the database layer as soon
    as a command that needs it runs (here it signs in, so argon2 loads too)."""
    done = python("-m", "app", "--data-dir", str(set_up_folder), "events", "list", "--json",
                  env={"LINDUNGI_USER": "admin", "LINDUNGI_PASSWORD": "kata-sandi-admin-1"})
    assert done.returncode == 0, done.stderr[-3000:]
    names = imported(done.stderr)
    loaded = {n.split(".")[0] for n in heavy(names)}
    assert {"sqlalchemy", "argon2", "app"} <= loaded
    # the models and the laptop's database, but not the office server's dialect (50 ms)
    assert "app.models.entities" in names and "sqlalchemy.dialects.sqlite" in names
    assert not [n for n in names if n.startswith("sqlalchemy.dialects.postgresql")]


def test_an_import_starts_checking_its_file_before_the_database_layer_loads() -> None:
    """The parser imports a command's module to declare its arguments; the members
    module loads its services inside each command, so that `members import` starts its
    second process (tabular/ahead.py) before the database layer and argon2 load."""
    done = python("-c", "import app.cli.members, app.services.tabular.ahead")
    assert done.returncode == 0, done.stderr[-3000:]
    assert heavy(imported(done.stderr)) == []


def test_the_second_process_checks_rows_without_the_database_layer(tmp_path: Path) -> None:
    """`--check-csv FILE --on DATE --share 1`, the import's second process, checks every
    row's person with nothing heavier than the checks: no database layer, no crypto."""
    from app.services.demo import write_import_file

    path = tmp_path / "peserta.csv"
    write_import_file(path, 50, bad_ratio=0.2, seed=5)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--check-csv", str(path), "--on",
         "2026-12-04", "--share", "1"], capture_output=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr[-3000:]
    answer = json.loads(done.stdout.split(b"\n", 1)[0])
    assert answer["first"] == 2 and len(done.stdout) > 10_000  # the rows came after it
    names = imported(stderr)
    assert "app.services.import_rows" in names and "app.domain.nik" in names
    assert heavy(names) == []
