"""`lindungi config import` refuses a package older than the last one applied: the
office switches an officer off in package 2; package 1, imported again, is refused and
the officer's old password still does not sign in."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.cli import run

KEPALA = ("kepala", "sandi kepala kantor")
X = ("wati", "sandi lama wati")


def _dump(folder: Path) -> list[str]:
    """Every row but the audit trail's sign-ins (the refused command signs in first)."""
    con = sqlite3.connect(folder / "lindungi.sqlite")
    try:
        return [line for line in con.iterdump() if "audit_entries" not in line] + [
            repr(row) for row in con.execute(
                "SELECT action, details FROM audit_entries WHERE action != 'login' "
                "ORDER BY seq")]
    finally:
        con.close()


@pytest.fixture
def packages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
             monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Office O with its head and officer X: package 1 with X on, package 2 with X off."""
    office = ("--data-dir", str(tmp_path / "kantor"), "--json")
    assert run(capsys, monkeypatch, KEPALA, *office, "init", "--device-name", "Kantor",
               "--region", "35.74", "--admin", KEPALA[0])[0] == 0
    monkeypatch.setenv("LINDUNGI_NEW_PASSWORD", X[1])
    assert run(capsys, monkeypatch, KEPALA, *office, "accounts", "add", X[0], "--role",
               "officer")[0] == 0
    made = []
    for n in (1, 2):
        if n == 2:
            assert run(capsys, monkeypatch, KEPALA, *office, "accounts", "disable",
                       X[0])[0] == 0
        target = tmp_path / f"paket-{n}.json"
        code, _, err = run(capsys, monkeypatch, KEPALA, *office, "config", "make", "--out",
                           str(target), "--officers")
        assert code == 0, err
        made.append(target)
    laptop = tmp_path / "laptop"
    assert run(capsys, monkeypatch, None, "--data-dir", str(laptop), "init",
               "--device-name", "Laptop 1", "--region", "35.74")[0] == 0
    return {"first": made[0], "second": made[1], "laptop": laptop,
            "L": ("--data-dir", str(laptop), "--json")}


def test_an_older_package_imported_again_is_refused(
        packages: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    L = packages["L"]
    # a laptop without accounts trusts the office with its first package
    code, applied, err = run(capsys, monkeypatch, None, *L, "config", "import",
                             str(packages["first"]), "--trust-office")
    assert code == 0 and applied["officers"] == 2, err
    assert run(capsys, monkeypatch, X, *L, "members", "list")[0] == 0  # X signs in
    code, _, err = run(capsys, monkeypatch, KEPALA, *L, "config", "import",
                       str(packages["second"]))
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, X, *L, "members", "list")
    assert code == 1  # switched off by the office
    before = _dump(packages["laptop"])
    code, refusal, err = run(capsys, monkeypatch, KEPALA, *L, "config", "import",
                             str(packages["first"]))
    assert code == 1
    assert refusal["error"] == "invalid"
    assert "paket konfigurasi nomor 1 lebih lama dari yang sudah dipasang (nomor 2)" in (
        refusal["reason"])
    assert "nomor 1" in err and "nomor 2" in err
    assert _dump(packages["laptop"]) == before
    code, _, err = run(capsys, monkeypatch, X, *L, "members", "list")
    assert code == 1 and X[1] not in err
    con = sqlite3.connect(packages["laptop"] / "lindungi.sqlite")
    active = con.execute("SELECT active FROM officers WHERE username = ?", (X[0],)).fetchone()
    sequence = con.execute("SELECT value FROM settings WHERE key LIKE "
                           "'config_package_applied:%'").fetchall()
    con.close()
    assert active == (0,) and sequence == [("2",)]


def test_the_second_package_twice_and_the_office_numbers_in_order(
        packages: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = [json.loads(packages[k].read_text(encoding="utf-8"))["package"]["sequence"]
               for k in ("first", "second")]
    assert numbers == [1, 2]
    L = packages["L"]
    code, _, err = run(capsys, monkeypatch, None, *L, "config", "import",
                       str(packages["second"]), "--trust-office")
    assert code == 0, err
    code, refusal, _ = run(capsys, monkeypatch, KEPALA, *L, "config", "import",
                           str(packages["second"]))
    assert code == 1 and "nomor 2 sudah dipasang" in refusal["reason"]
    code, refusal, _ = run(capsys, monkeypatch, KEPALA, *L, "config", "import",
                           str(packages["first"]))
    assert code == 1 and "nomor 1 lebih lama" in refusal["reason"]
