"""The roles on the command line (docs/roles.md): an officer is refused with
`not_allowed`; nobody signed in is refused on a laptop with accounts; the officer-role
takeover of issue 15 fails end to end."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services.demo import write_import_file
from tests.helpers.cli import run

ADMIN = ("andi", "kunci andi administrator")
SUPER = ("sari", "kunci sari supervisor")
OFFICER = ("budi", "kunci budi petugas")


@pytest.fixture
def world(tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Office O; a laptop with an administrator, a supervisor and an officer, trusting O,
    with members sent and acknowledged once; a rogue office R."""
    stick = tmp_path / "usb"
    stick.mkdir()
    office, rogue, laptop = (str(tmp_path / n) for n in ("kantor", "palsu", "laptop"))
    for folder, name in ((office, "Kantor"), (rogue, "Kantor Palsu")):
        assert main(["--data-dir", folder, "init", "--device-name", name,
                     "--region", "35.74"]) == 0
    assert main(["--data-dir", office, "keys", "export", "--out", str(stick / "o.json")]) == 0
    assert main(["--data-dir", rogue, "keys", "export", "--out",
                 str(stick / "rogue.json")]) == 0
    monkeypatch.setenv("LINDUNGI_PASSWORD", ADMIN[1])
    assert main(["--data-dir", laptop, "init", "--device-name", "Laptop 1", "--region",
                 "35.74", "--admin", ADMIN[0]]) == 0
    L = ("--data-dir", laptop, "--json")
    for user, role in ((SUPER, "supervisor"), (OFFICER, "officer")):
        monkeypatch.setenv("LINDUNGI_NEW_PASSWORD", user[1])
        assert run(capsys, monkeypatch, ADMIN, *L, "accounts", "add", user[0],
                   "--role", role)[0] == 0
    assert run(capsys, monkeypatch, ADMIN, *L, "keys", "import", str(stick / "o.json"),
               "--office")[0] == 0
    source = tmp_path / "p.csv"
    write_import_file(source, 5, bad_ratio=0.0, seed=3)
    assert run(capsys, monkeypatch, OFFICER, *L, "members", "import", str(source))[0] == 0
    code, batch, _ = run(capsys, monkeypatch, OFFICER, *L, "batch", "export", "--out",
                         str(stick))
    assert code == 0
    capsys.readouterr()
    assert main(["--data-dir", office, "batch", "import", batch["file"],
                 "--trust-new-device"]) == 0
    code, _, _ = run(capsys, monkeypatch, OFFICER, "--data-dir", laptop, "--json", "keys",
                     "export", "--out", str(stick / "l.json"))
    device_id = json.loads((stick / "l.json").read_text())["device_id"]
    assert main(["--data-dir", office, "batch", "ack", "--device", device_id,
                 "--out", str(stick / "ack.json")]) == 0
    assert main(["--data-dir", office, "config", "make", "--out", str(stick / "paket.json"),
                 "--occupations", str(_occupations(tmp_path))]) == 0
    assert main(["--data-dir", rogue, "config", "make", "--out",
                 str(stick / "paket-palsu.json"), "--occupations",
                 str(_occupations(tmp_path))]) == 0
    # a batch the laptop can read: from a laptop without an office, so not encrypted
    other = str(tmp_path / "laptop2")
    assert main(["--data-dir", other, "init", "--device-name", "Laptop 2", "--region",
                 "35.74"]) == 0
    assert main(["--data-dir", other, "members", "import", str(source)]) == 0
    plain = stick / "polos"
    plain.mkdir()
    assert main(["--data-dir", other, "batch", "export", "--out", str(plain)]) == 0
    assert run(capsys, monkeypatch, SUPER, *L, "backup", "now")[0] == 0
    capsys.readouterr()
    backups = sorted((Path(laptop) / "backups").glob("*.sqlite"))
    return {"L": L, "laptop": Path(laptop), "stick": stick, "backup": backups[-1],
            "tmp": tmp_path, "plain_batch": next(plain.iterdir())}


def _occupations(tmp_path: Path) -> Path:
    path = tmp_path / "pekerjaan.txt"
    path.write_text("Nelayan\n", encoding="utf-8")
    return path


#: command → the least role it needs (docs/roles.md)
def _commands(w: dict[str, Any]) -> dict[tuple[str, ...], tuple[str, str]]:
    s, t = w["stick"], w["tmp"]
    return {  # in this order: the officer budi is switched off part-way
        ("batch", "verify", str(w["plain_batch"])): OFFICER,
        ("keys", "export", "--out", str(t / "kunci.json")): OFFICER,
        ("keys", "import", str(s / "o.json"), "--office"): ADMIN,
        ("config", "import", str(s / "paket.json")): ADMIN,
        ("ack", "import", str(s / "ack.json")): ADMIN,
        ("keys", "import", str(s / "rogue.json")): ADMIN,
        # another laptop's first batch: importing it trusts that laptop's key
        ("batch", "import", str(w["plain_batch"]), "--trust-new-device"): ADMIN,
        ("keys", "import", str(s / "rogue.json"), "--office", "--replace-office"): ADMIN,
        ("backup", "restore", str(w["backup"])): ADMIN,
        ("accounts", "list"): ADMIN,
        ("accounts", "disable", "budi"): ADMIN,
        ("export", "bpjs", "--out", str(t / "bpjs.xlsx")): SUPER,
        ("breach", "report"): SUPER,
        ("members", "list", "--full-nik"): SUPER,
        ("backup", "now"): SUPER,
    }


#: what any signed-in account may read, and nobody unsigned
READING = [("audit", "verify"), ("report",), ("backup", "list"), ("events", "list"),
           ("groups", "list"), ("members", "list"), ("retention", "report")]


def _db_dump(folder: Path) -> list[str]:
    con = sqlite3.connect(folder / "lindungi.sqlite")
    try:
        return [line for line in con.iterdump() if "audit_entries" not in line
                and "failed_attempts" not in line]
    finally:
        con.close()


def test_an_officer_is_refused_every_guarded_command(
    world: dict[str, Any], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for argv, least in _commands(world).items():
        below = [OFFICER, SUPER, ADMIN][:[OFFICER, SUPER, ADMIN].index(least)]
        for who in below:
            before = _db_dump(world["laptop"])
            code, data, err = run(capsys, monkeypatch, who, *world["L"], *argv)
            assert code == 1, (argv, who, err)
            assert data["error"] == "not_allowed" and data["reason"], argv
            assert _db_dump(world["laptop"]) == before, argv
            assert not (world["tmp"] / "bpjs.xlsx").exists()
            assert not (world["tmp"] / "kunci.json").exists()


def test_the_least_role_may_run_each_guarded_command(
    world: dict[str, Any], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for argv, least in _commands(world).items():
        if argv[0] == "backup" and argv[1] == "restore":
            continue  # last: it puts another database in place
        code, _, err = run(capsys, monkeypatch, least, *world["L"], *argv)
        assert code == 0, (argv, err)
    code, _, err = run(capsys, monkeypatch, ADMIN, *world["L"], "backup", "restore",
                       str(world["backup"]))
    assert code == 0, err


def test_full_niks_on_the_command_line(world: dict[str, Any],
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    code, masked, _ = run(capsys, monkeypatch, OFFICER, *world["L"], "members", "list")
    assert code == 0 and all(m["nik"][6:12] == "******" for m in masked)
    code, full, _ = run(capsys, monkeypatch, SUPER, *world["L"], "members", "list",
                        "--full-nik")
    assert code == 0 and not any("*" in m["nik"] for m in full) and len(full) == 5
    con = sqlite3.connect(world["laptop"] / "lindungi.sqlite")
    reveals = con.execute("SELECT details FROM audit_entries WHERE action = 'nik_reveal'"
                          ).fetchall()
    con.close()
    assert len(reveals) == 1 and json.loads(reveals[0][0])["count"] == 5
    assert not any(m["nik"] in reveals[0][0] for m in full)


def test_nobody_signed_in_is_refused(world: dict[str, Any],
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in [*READING, *_commands(world)]:
        code, data, err = run(capsys, monkeypatch, None, *world["L"], *argv)
        assert code == 1 and "LINDUNGI_USER" in err, argv
        assert data["error"] == "refused", argv
    for argv in READING:
        code, _, err = run(capsys, monkeypatch, OFFICER, *world["L"], *argv)
        assert code == 0, (argv, err)


def test_an_officer_cannot_take_the_laptop_over(world: dict[str, Any],
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15: rogue office key, then its package, then a forged ack: all refused."""
    laptop, s = world["laptop"], world["stick"]
    con = sqlite3.connect(laptop / "lindungi.sqlite")
    admin_hash = con.execute("SELECT password_hash FROM officers WHERE username = 'andi'"
                             ).fetchone()[0]
    con.close()
    forged = s / "forged.json"
    ack = json.loads((s / "ack.json").read_text())
    ack["ack"]["audit_upto"] = 10_000
    forged.write_text(json.dumps(ack))
    for argv in (("keys", "import", str(s / "rogue.json"), "--office"),
                 ("keys", "import", str(s / "rogue.json"), "--office", "--replace-office"),
                 ("config", "import", str(s / "paket-palsu.json"), "--trust-office"),
                 ("config", "import", str(s / "paket.json")),
                 ("ack", "import", str(forged)),
                 ("ack", "import", str(s / "ack.json"))):
        code, data, _ = run(capsys, monkeypatch, OFFICER, *world["L"], *argv)
        assert code == 1 and data["error"] == "not_allowed", argv
    con = sqlite3.connect(laptop / "lindungi.sqlite")
    assert con.execute("SELECT password_hash FROM officers WHERE username = 'andi'"
                       ).fetchone()[0] == admin_hash
    assert con.execute("SELECT count(*) FROM members WHERE acked_revision > 0"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM audit_entries WHERE acked").fetchone()[0] == 0
    office = con.execute("SELECT value FROM settings WHERE key = 'office_device_id'"
                         ).fetchone()[0]
    con.close()
    rogue = json.loads((s / "rogue.json").read_text())["device_id"]
    assert office != rogue
    # even the administrator replaces the office only deliberately, seeing both prints
    code, data, _ = run(capsys, monkeypatch, ADMIN, *world["L"], "keys", "import",
                        str(s / "rogue.json"), "--office")
    assert code == 1 and "--replace-office" in data["reason"]
    assert json.loads((s / "rogue.json").read_text())["fingerprint"] in data["reason"]


def test_batch_verify_and_keys_export_need_a_signed_in_account(
    world: dict[str, Any], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key_file = world["tmp"] / "kunci.json"
    verify = ("batch", "verify", str(world["plain_batch"]))
    export = ("keys", "export", "--out", str(key_file))
    for who in (None, (OFFICER[0], "bukan sandinya")):
        for argv in (verify, export):
            code, data, err = run(capsys, monkeypatch, who, *world["L"], *argv)
            assert code == 1 and data["error"] == "refused" and "records" not in data, argv
            assert OFFICER[1] not in err
    assert not key_file.exists()
    code, verdict, err = run(capsys, monkeypatch, OFFICER, *world["L"], *verify)
    assert code == 0 and verdict["valid"] is True and verdict["records"] > 5, err
    assert verdict["device_name"] == "Laptop 2" and verdict["encrypted"] is False
    code, written, err = run(capsys, monkeypatch, OFFICER, *world["L"], *export)
    assert code == 0, err
    key = json.loads(key_file.read_text(encoding="utf-8"))
    assert key["device_id"] == written["device_id"] and "private" not in json.dumps(key)
