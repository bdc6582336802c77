"""The command table (app/cli/table.py) is what the command line does: every row runs a
handler that exists, signing in is asked for exactly where the table says so, and a
command the table marks read-only leaves the database as it found it (the sign-in's own
audit entry aside)."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

import pytest

from app.cli import EXIT_OK, EXIT_REFUSED, main
from app.cli.table import COMMANDS, GROUPS, Command, SignIn

NIK = "3574015708050001"
ADMIN, PASSWORD = "admin", "kata-sandi-admin-1"
SIGN_IN_REFUSAL = "setel LINDUNGI_USER dan LINDUNGI_PASSWORD"
DEVICE = "7a1f7c52-1b8e-4c61-9d3e-6a8f0c6f2b11"


def sample(words: str, tmp: Path) -> list[str]:
    """Arguments that parse for each command (the files need not exist)."""
    return {
        "init": ["--device-name", "Meja 1", "--region", "35.74"],
        "nik check": [NIK],
        "tariff quote": ["--income", "1500000"],
        "events create": ["--name", "Sosialisasi", "--date", "2026-11-21",
                          "--region", "35.74"],
        "events list": [],
        "groups create": ["--name", "Paguyuban Ojek", "--kind", "paguyuban"],
        "groups list": [],
        "groups bill": ["--group", "Paguyuban Pasar", "--out", str(tmp / "bill.pdf")],
        "members template": [str(tmp / "template.csv")],
        "members import": [str(tmp / "missing.csv")],
        "members kpj": [str(tmp / "kpj.xlsx")],
        "members list": [],
        "slips": ["--member", NIK, "--format", "a4", "--out", str(tmp / "slips.pdf")],
        "slip verify": ["LDG1.bukan-slip"],
        "keys export": ["--out", str(tmp / "key.json")],
        "keys import": [str(tmp / "missing-key.json")],
        "batch export": ["--out", str(tmp)],
        "batch verify": [str(tmp / "missing.batch")],
        "batch import": [str(tmp / "missing.batch")],
        "batch ack": ["--device", DEVICE, "--out", str(tmp / "ack")],
        "ack import": [str(tmp / "missing.ack")],
        "export bpjs": ["--out", str(tmp / "bpjs.xlsx")],
        "config make": ["--out", str(tmp / "config")],
        "config import": [str(tmp / "missing.config")],
        "breach report": [],
        "retention report": [],
        "backup now": [],
        "backup list": [],
        "backup restore": [str(tmp / "missing.sqlite")],
        "report": [],
        "accounts add": ["petugas1", "--role", "officer"],
        "accounts list": [],
        "accounts disable": ["petugas1"],
        "accounts password": ["petugas1"],
        "audit verify": [],
        "demo": ["--members", "3"],
    }[words]


def run(folder: Path, command: Command, tmp: Path) -> int:
    return main(["--data-dir", str(folder), *command.words.split(), *sample(command.words, tmp)])


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A set-up laptop with an administrator, one event and one group."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LINDUNGI_PASSWORD", PASSWORD)
    assert main(["--data-dir", str(folder), "init", "--device-name", "Meja 1",
                 "--region", "35.74", "--admin", ADMIN]) == 0
    monkeypatch.setenv("LINDUNGI_USER", ADMIN)
    assert main(["--data-dir", str(folder), "events", "create", "--name", "Sosialisasi",
                 "--date", "2026-11-21", "--region", "35.74"]) == 0
    assert main(["--data-dir", str(folder), "groups", "create", "--name", "Paguyuban Pasar",
                 "--kind", "paguyuban"]) == 0
    monkeypatch.delenv("LINDUNGI_USER")
    monkeypatch.delenv("LINDUNGI_PASSWORD")
    return folder


def test_every_row_has_its_handler_and_every_group_its_help() -> None:
    assert len({c.words for c in COMMANDS}) == len(COMMANDS)
    for command in COMMANDS:
        module = importlib.import_module(command.module)
        assert callable(getattr(module, command.function)), command.words
        if command.sub:
            assert command.group in GROUPS, command.words
    assert set(GROUPS) == {c.group for c in COMMANDS if c.sub}


def test_every_command_answers_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in COMMANDS:
        with pytest.raises(SystemExit) as done:
            main([*command.words.split(), "--help"])
        assert done.value.code == 0
        assert command.help.split(";")[0][:30] in " ".join(capsys.readouterr().out.split())


def test_only_commands_that_read_no_records_go_without_signing_in() -> None:
    """CLI.md: once accounts exist, every command that reads the laptop's records or
    names anyone needs a signed-in officer."""
    nobody = {c.words for c in COMMANDS if c.sign_in is SignIn.NOBODY}
    assert nobody == {"init", "nik check", "tariff quote", "members template", "demo"}
    readable_only = {c.words for c in COMMANDS if c.sign_in is SignIn.OFFICER_IF_READABLE}
    assert readable_only == {"backup list", "backup restore"}


def test_sign_in_is_asked_for_exactly_where_the_table_says(
        laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No LINDUNGI_USER: a command the table signs in is refused before it does anything;
    a command that needs nobody runs."""
    capsys.readouterr()
    for command in COMMANDS:
        # demo data goes only into a new folder (it refuses a laptop already set up)
        folder = tmp_path / "new" if command.words == "demo" else laptop
        code = run(folder, command, tmp_path)
        err = capsys.readouterr().err
        if command.sign_in is SignIn.NOBODY:
            assert code == EXIT_OK and SIGN_IN_REFUSAL not in err, (command.words, err)
        else:
            assert code == EXIT_REFUSED and SIGN_IN_REFUSAL in err, (command.words, err)


def snapshot(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, the audit entries of signing in left out."""
    con = sqlite3.connect(folder / "lindungi.sqlite")
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        rows = {}
        for table in tables:
            where = " WHERE action != 'login'" if table == "audit_entries" else ""
            rows[table] = sorted(con.execute(f"SELECT * FROM {table}{where}").fetchall(),
                                 key=repr)
        return rows
    finally:
        con.close()


def test_a_command_marked_read_only_changes_nothing(
        laptop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LINDUNGI_USER", ADMIN)
    monkeypatch.setenv("LINDUNGI_PASSWORD", PASSWORD)
    read_only = [c for c in COMMANDS if not c.writes]
    assert len(read_only) >= 10
    before = snapshot(laptop)
    ran = 0
    for command in read_only:
        code = run(laptop, command, tmp_path)
        err = capsys.readouterr().err
        # an invalid slip payload and a missing batch file are answered with exit 1
        expected = EXIT_REFUSED if command.words in ("slip verify", "batch verify") else EXIT_OK
        assert code == expected, (command.words, err)
        ran += 1
        assert snapshot(laptop) == before, command.words
    assert ran == len(read_only)
    assert (tmp_path / "bill.pdf").exists() and (tmp_path / "template.csv").exists()
