"""The import's second process: a CSV file's structure checked by this program run again
(`--check-csv`), and its answer relied on only for the very bytes it checked. Whatever it
does (refuses, fails, cannot start, answers nonsense), the import reads and refuses a
file exactly as it does without it."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from app.services.demo import write_import_file
from app.services.tabular import ahead, csv_file
from app.services.tabular.read import read_table
from app.services.tabular.table import LIMITS, TableError

GOOD = "nik,nama\n3574035001900001,Uji Satu\n3574035001900002,\"Uji, Dua\"\n\n"


def _no_second_check(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("the structure was checked again")

    monkeypatch.setattr(csv_file, "_structure", refuse)


def test_a_file_checked_by_the_other_process_is_read_without_a_second_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "peserta.csv"
    path.write_text(GOOD, encoding="utf-8")
    checked = ahead.start(path).checked()
    assert checked is not None
    assert (checked.rows, checked.limits) == (3, LIMITS)  # the blank line too
    assert checked.fingerprint == csv_file.fingerprint(path.read_bytes())
    _no_second_check(monkeypatch)
    table = read_table(path, checked=checked)
    assert table.header == ["nik", "nama"] and table.estimated_rows == 3
    assert list(table.rows) == [(2, ["3574035001900001", "Uji Satu"]),
                                (3, ["3574035001900002", "Uji, Dua"]), (4, [])]


def test_a_file_changed_after_its_check_is_checked_again(tmp_path: Path) -> None:
    path = tmp_path / "peserta.csv"
    path.write_text(GOOD, encoding="utf-8")
    checked = ahead.start(path).checked()
    assert checked is not None
    path.write_text(GOOD + '3574035001900003,"Uji Tiga\n', encoding="utf-8")
    with pytest.raises(TableError, match="Baris 5 tidak terbaca sebagai CSV"):
        read_table(path, checked=checked)


def test_other_limits_than_the_ones_checked_are_checked_again(tmp_path: Path) -> None:
    from dataclasses import replace

    path = tmp_path / "peserta.csv"
    path.write_text(GOOD, encoding="utf-8")
    checked = ahead.start(path).checked()
    with pytest.raises(TableError, match="1"):
        read_table(path, replace(LIMITS, rows=1), checked=checked)


@pytest.mark.parametrize("content", [
    'nik,nama\n3574035001900001,"Uji\n',  # a quote never closed
    "nik,nama\n" + "," * 20_000 + "\n",  # past the separators a record may have
])
def test_a_refused_file_gets_no_answer_and_the_import_says_why(
        tmp_path: Path, content: str) -> None:
    path = tmp_path / "rusak.csv"
    path.write_text(content, encoding="utf-8")
    assert ahead.start(path).checked() is None
    with pytest.raises(TableError) as in_process:
        read_table(path)
    assert str(in_process.value).startswith("Baris ")


def test_no_process_for_a_workbook_or_a_missing_file(tmp_path: Path) -> None:
    assert ahead.start(tmp_path / "peserta.xlsx").process is None
    assert ahead.start(tmp_path / "tidak-ada.csv").checked() is None  # refused: not found


@pytest.mark.parametrize(("program", "logged"), [
    ([sys.executable, "-c", "print('bukan jawaban')"], False),
    ([sys.executable, "-c", "print('{\"fingerprint\": \"a\", \"rows\": true}')"], False),
    ([sys.executable, "-c", "import sys; print('x' * 10000)"], False),
    ([sys.executable, "-c", "print('[' * 3000)"], False),  # JSON nested past the stack
    ([sys.executable, "-c", "import sys; sys.exit(3)"], True),
])
def test_an_answer_not_of_this_program_is_no_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        program: list[str], logged: bool) -> None:
    path = tmp_path / "peserta.csv"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(ahead, "_program", lambda: program[:2])
    monkeypatch.setattr(ahead, "FLAG", program[2])
    with caplog.at_level(logging.WARNING):
        assert ahead.start(path).checked() is None
    assert ("berakhir dengan kode 3" in caplog.text) is logged


def test_a_process_that_cannot_start_or_hangs_leaves_the_check_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "peserta.csv"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(ahead, "_program", lambda: [str(tmp_path / "tidak-ada")])
    with caplog.at_level(logging.WARNING):
        assert ahead.start(path).checked() is None
    assert "tidak bisa dimulai (FileNotFoundError)" in caplog.text
    monkeypatch.setattr(ahead, "_program", lambda: [sys.executable, "-c",
                                                    "import time; time.sleep(60)"])
    monkeypatch.setattr(ahead, "WAIT_SECONDS", 0.5)
    slow = ahead.start(path)
    assert slow.checked() is None
    assert "tidak selesai dalam 0.5 detik" in caplog.text
    monkeypatch.setattr(ahead, "WAIT_PER_MB", 1000.0)  # the wait grows with the file
    begun = ahead.start(path)
    assert begun.wait == pytest.approx(0.5 + 1000.0 * len(GOOD) / (1 << 20))
    begun.close()


def test_the_other_process_is_not_given_the_passwords(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither the officer's nor the office database's (its URL carries one, and libpq
    reads PGPASSWORD)."""
    secrets = {"LINDUNGI_PASSWORD": "rahasia-1", "LINDUNGI_NEW_PASSWORD": "rahasia-2",
               "LINDUNGI_DATABASE_URL": "postgresql+psycopg://lindungi:rahasia-3@10.0.0.5/l",
               "PGPASSWORD": "rahasia-4", "PGSERVICEFILE": "/tmp/layanan"}
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    env = ahead._environment()
    assert not set(secrets) & set(env)
    assert env["LANG"] == "id_ID.UTF-8"
    seen = subprocess.run([sys.executable, "-c", "import os; print(dict(os.environ))"],
                          env=env, capture_output=True, text=True, check=True).stdout
    assert not [value for value in secrets.values() if value in seen]


def test_an_app_package_in_the_current_folder_is_not_the_one_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Started from a folder holding a package of the same name, the other process is
    still this program: `python -m app` would have run that folder's `app` first."""
    strange = tmp_path / "lain" / "app"
    strange.mkdir(parents=True)
    (strange / "__init__.py").write_text("", encoding="utf-8")
    (strange / "__main__.py").write_text(
        'print(\'{"fingerprint": "palsu", "rows": 1}\')\n', encoding="utf-8")
    path = tmp_path / "peserta.csv"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(strange.parent)
    checked = ahead.start(path).checked()
    assert checked is not None
    assert (checked.fingerprint, checked.rows) == (csv_file.fingerprint(path.read_bytes()), 3)


def test_the_import_command_relies_on_the_answer_and_stops_a_process_left_running(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`members import` starts the check before signing in and reads the file without
    checking it again; a command that ends first (here: no officer signed in) stops it."""
    folder = str(tmp_path / "data")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kata-sandi-admin-1")
    assert main(["--data-dir", folder, "init", "--device-name", "L", "--region", "35.74",
                 "--admin", "admin"]) == 0
    source = tmp_path / "peserta.csv"
    write_import_file(source, 30, bad_ratio=0.0, seed=3)
    started: list[tuple[ahead.Ahead, subprocess.Popen[bytes] | None]] = []
    start = ahead.start

    def starting(path: Path, on: dt.date | None = None) -> ahead.Ahead:
        begun = start(path, on)
        started.append((begun, begun.process))
        return begun

    monkeypatch.setattr(ahead, "start", starting)
    _no_second_check(monkeypatch)
    monkeypatch.setenv("LINDUNGI_USER", "admin")
    capsys.readouterr()
    assert main(["--data-dir", folder, "--json", "members", "import", str(source)]) == 0
    assert '"imported": 30' in capsys.readouterr().out
    [(first, process)] = started
    assert process is not None and process.returncode == 0
    assert first.process is None  # its answer taken

    monkeypatch.setattr(ahead, "_program", lambda: [sys.executable, "-c",
                                                    "import time; time.sleep(60)"])
    monkeypatch.setenv("LINDUNGI_PASSWORD", "salah")
    assert main(["--data-dir", folder, "members", "import", str(source)]) == 1
    left, process = started[-1]
    assert left.process is None and process is not None
    assert process.returncode is not None and process.returncode < 0  # stopped, not left


def _always(first: int) -> Callable[[int], int]:
    return lambda _rows: first


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_the_rows_from_a_later_row_are_the_ones_a_whole_reading_gives(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newline: str) -> None:
    """The second process reads the rows it checks from a row on, starting where the
    structure check marked a row's beginning: the same rows, numbered the same, as a
    reading from the top, whatever the line ends and with cells spanning lines."""
    monkeypatch.setattr(csv_file, "MARK_EVERY", 3)
    rows = [f'357403500190{n:04d},"Uji {n}{newline}baris dua"' if n % 4 == 0
            else ("" if n % 5 == 0 else f"357403500190{n:04d},Uji {n}") for n in range(40)]
    path = tmp_path / "peserta.csv"
    path.write_bytes(newline.join(["nik,nama", *rows, ""]).encode())
    whole = list(read_table(path).rows)
    assert len(whole) == 40 and whole[-1][0] == 41
    for first in range(1, 45):
        checked, table = csv_file.read_checked(path, LIMITS, _always(first))
        assert checked.rows == 40
        assert list(table.rows) == [row for row in whole if row[0] >= first], first
