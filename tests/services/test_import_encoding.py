"""Which encoding a member CSV is read in (issue 14): certain files are read right, a
file whose encoding is doubtful is refused with the row of the first doubtful byte and
nothing written — never decoded into "Ã‘oÃ±o" without a word. Real files, run through
the service and through `lindungi members import`."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Member
from app.services import member_columns, member_import
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from tests.helpers.people import TODAY

NAME = "Ñoño D'Souza"


def _lines(rows: list[dict[str, str]], delimiter: str = ",") -> list[str]:
    """The CSV lines (header first, so list index + 1 is the spreadsheet row)."""
    buf = io.StringIO()
    out = csv.DictWriter(buf, fieldnames=list(member_columns.COLUMNS), delimiter=delimiter,
                         lineterminator="\r\n")
    out.writeheader()
    out.writerows(rows)
    return buf.getvalue().splitlines(keepends=True)


def _people(n: int, seed: int = 3) -> list[dict[str, str]]:
    return [p.row() for p in PeopleFactory(seed).people(n)]


def _mixed_file(path: Path, bad_row: int = 7) -> Path:
    """UTF-8 (a name with é in row 3) with one Windows-1252 byte, the Ñ of row `bad_row`."""
    rows = _people(9)
    rows[1]["nama"] = "José Pradana"
    rows[bad_row - 2]["nama"] = NAME
    lines = _lines(rows)
    data = b"".join(line.encode("cp1252" if number == bad_row else "utf-8")
                    for number, line in enumerate(lines, start=1))
    path.write_bytes(data)
    return path


def _count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def _names(ws: Workspace) -> set[str]:
    with ws.db.session() as s:
        return set(s.scalars(select(Member.name)))


def _run(ws: Workspace, actor: Actor, event_id: uuid.UUID, path: Path
         ) -> member_import.ImportReport:
    return member_import.run_import(ws.db, actor, path, event_id, "persetujuan-v1",
                                    ws.tariffs(), on=TODAY, chunk_size=2)


# ---- the service -------------------------------------------------------------------------

def test_utf8_file_with_one_windows_1252_byte_is_refused_naming_its_row(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    path = _mixed_file(tmp_path / "campur.csv", bad_row=7)
    with pytest.raises(member_import.ImportRefused) as refused:
        _run(workspace, actor, event_id, path)
    message = str(refused.value)
    assert message.startswith("Baris 7:")
    assert "simpan ulang berkas sebagai CSV UTF-8" in message
    assert "Ñ" not in message and "Souza" not in message  # the row, never its text
    assert _count(workspace) == 0


def test_the_row_is_the_spreadsheet_row_when_a_cell_spans_lines(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    rows = _people(6)
    rows[0]["alamat"] = "Jl. Mawar 3\nRT 01 RW 02"  # one spreadsheet row, two lines
    rows[1]["nama"] = "José Pradana"
    rows[3]["nama"] = NAME
    lines = _lines(rows, delimiter=";")
    data = b"".join(line.encode("cp1252" if NAME in line else "utf-8") for line in lines)
    path = tmp_path / "multi.csv"
    path.write_bytes(data)
    with pytest.raises(member_import.ImportRefused, match=r"^Baris 5:"):
        _run(workspace, actor, event_id, path)
    assert _count(workspace) == 0


def test_windows_1252_byte_before_the_first_utf8_letter_is_still_refused(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    rows = _people(5)
    rows[0]["nama"] = NAME
    rows[4]["alamat"] = "Jl. Café 5"
    lines = _lines(rows)
    data = b"".join(line.encode("cp1252" if NAME in line else "utf-8") for line in lines)
    path = tmp_path / "awal.csv"
    path.write_bytes(data)
    with pytest.raises(member_import.ImportRefused, match=r"^Baris 2:"):
        _run(workspace, actor, event_id, path)
    assert _count(workspace) == 0


def test_utf8_with_bom_and_a_foreign_byte_is_refused(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    rows = _people(4)
    rows[2]["nama"] = NAME
    lines = _lines(rows)
    data = b"\xef\xbb\xbf" + b"".join(
        line.encode("cp1252" if NAME in line else "utf-8") for line in lines)
    path = tmp_path / "bom.csv"
    path.write_bytes(data)
    with pytest.raises(member_import.ImportRefused, match=r"^Baris 4:.*CSV UTF-8"):
        _run(workspace, actor, event_id, path)
    assert _count(workspace) == 0


def test_pure_windows_1252_file_is_read_right(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    rows = _people(4)
    rows[1]["nama"] = NAME
    rows[2]["alamat"] = "Jl. Café – Blok “C”"
    path = tmp_path / "excel.csv"
    path.write_bytes("".join(_lines(rows, delimiter=";")).encode("cp1252"))
    report = _run(workspace, actor, event_id, path)
    assert report.imported == 4, report.rejects
    assert NAME in _names(workspace)
    with workspace.db.session() as s:
        assert "Jl. Café – Blok “C”" in set(s.scalars(select(Member.address)))


def test_windows_1252_file_with_a_symbol_no_name_holds_is_refused(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    rows = _people(4)
    rows[1]["nama"] = NAME
    rows[2]["alamat"] = "Jl. Mawar ½"  # ½ in a file without any sign of its encoding
    path = tmp_path / "aneh.csv"
    path.write_bytes("".join(_lines(rows)).encode("cp1252"))
    with pytest.raises(member_import.ImportRefused, match=r"^Baris 4:.*CSV UTF-8"):
        _run(workspace, actor, event_id, path)
    assert _count(workspace) == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom",
                                      "utf-16-be-bom"])
def test_utf8_with_or_without_bom_and_utf16_are_read_right(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
        encoding: str) -> None:
    rows = _people(4)
    rows[0]["nama"] = NAME
    rows[1]["nama"] = "Nguyễn Thị Ánh"
    rows[2]["alamat"] = "Jl. Café 😀 No. 5"
    text = "".join(_lines(rows))
    if encoding.endswith("-bom"):
        codec = encoding.removesuffix("-bom")
        data = "\ufeff".encode(codec) + text.encode(codec)
    else:
        data = text.encode(encoding)
    path = tmp_path / "baik.csv"
    path.write_bytes(data)
    report = _run(workspace, actor, event_id, path)
    assert report.imported == 4, report.rejects
    assert {NAME, "Nguyễn Thị Ánh"} <= _names(workspace)
    with workspace.db.session() as s:
        assert "Jl. Café 😀 No. 5" in set(s.scalars(select(Member.address)))


# ---- the command ---------------------------------------------------------------------------

def _counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT count(*) FROM members").fetchone()[0],
                con.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """An initialised data folder with an administrator; the officer signs in by env."""
    data = tmp_path / "data"
    monkeypatch.setenv("LINDUNGI_DATA_DIR", str(data))
    monkeypatch.setenv("LINDUNGI_USER", "andi")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kunci-andi-123")
    assert main(["init", "--device-name", "L", "--region", "35.74", "--admin", "andi"]) == 0
    return {**os.environ}


def test_command_refuses_the_mixed_file_naming_row_7_and_writes_nothing(
        cli_env: dict[str, str], tmp_path: Path) -> None:
    path = _mixed_file(tmp_path / "campur.csv", bad_row=7)
    db = Path(cli_env["LINDUNGI_DATA_DIR"]) / "lindungi.sqlite"
    before = _counts(db)
    exe = Path(sys.executable).with_name("lindungi")
    result = subprocess.run([str(exe), "members", "import", str(path)], env=cli_env,
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("lindungi: Baris 7:")
    assert "simpan ulang berkas sebagai CSV UTF-8" in result.stderr
    assert "Souza" not in result.stderr and "José" not in result.stderr
    assert _counts(db) == before  # no member, no event (signing in is audited)


def test_command_reads_a_pure_windows_1252_file_right(
        cli_env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _people(3, seed=8)
    rows[0]["nama"] = NAME
    path = tmp_path / "excel.csv"
    path.write_bytes("".join(_lines(rows, delimiter=";")).encode("cp1252"))
    assert main(["--json", "members", "import", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 3
    assert main(["--json", "members", "list"]) == 0
    assert NAME in {m["name"] for m in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_command_reads_utf8_bom_and_utf16_right(
        cli_env: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        encoding: str) -> None:
    rows = _people(3, seed=9)
    rows[0]["nama"] = NAME
    path = tmp_path / "baik.csv"
    path.write_bytes("".join(_lines(rows)).encode(encoding))
    assert main(["--json", "members", "import", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 3
    assert main(["--json", "members", "list"]) == 0
    assert NAME in {m["name"] for m in json.loads(capsys.readouterr().out)}
