"""The command line contract of CLI.md, run as a user would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services.demo import write_import_file
from tests.helpers.office import OfficeDb


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    out = captured.out
    try:
        data = json.loads(out) if "--json" in argv else out
    except json.JSONDecodeError:
        data = out
    return code, data, captured.err


def dump(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> str:
    return str(tmp_path / "data")


def test_help_lists_the_commands() -> None:
    result = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True,
                            text=True, check=True)
    for command in ("init", "nik", "tariff", "events", "groups", "members", "audit"):
        assert f"    {command}" in result.stdout


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).with_name("lindungi")
    result = subprocess.run([str(exe), "nik", "check", "3574011708500001", "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["valid"] is True


def test_init_twice_changes_nothing(capsys: pytest.CaptureFixture[str], data_dir: str) -> None:
    code, first, _ = run(capsys, "--data-dir", data_dir, "--json", "init",
                         "--device-name", "Laptop 1", "--region", "35.74")
    assert code == 0 and first["created"] is True
    before = dump(Path(data_dir) / "lindungi.sqlite")
    code, second, _ = run(capsys, "--data-dir", data_dir, "--json", "init",
                          "--device-name", "Laptop 1", "--region", "35.74")
    assert code == 0
    assert second["device_id"] == first["device_id"] and second["created"] is False
    assert dump(Path(data_dir) / "lindungi.sqlite") == before


def test_init_with_admin_then_commands_need_the_officer(
    capsys: pytest.CaptureFixture[str], data_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kunci-andi-123")
    code, _, _ = run(capsys, "--data-dir", data_dir, "init", "--device-name", "L",
                     "--region", "35.74", "--admin", "andi")
    assert code == 0
    monkeypatch.delenv("LINDUNGI_PASSWORD")
    code, _, err = run(capsys, "--data-dir", data_dir, "--json", "members", "list")
    assert code == 1 and "LINDUNGI_USER" in err
    monkeypatch.setenv("LINDUNGI_USER", "andi")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "salah-sandi")
    code, _, err = run(capsys, "--data-dir", data_dir, "--json", "members", "list")
    assert code == 1 and "kata sandi salah" in err
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kunci-andi-123")
    code, data, _ = run(capsys, "--data-dir", data_dir, "--json", "members", "list")
    assert code == 0 and data == []


def test_accounts_are_for_administrators(
    capsys: pytest.CaptureFixture[str], data_dir: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kunci-andi-123")
    assert run(capsys, "--data-dir", data_dir, "init", "--device-name", "L",
               "--region", "35.74", "--admin", "andi")[0] == 0
    monkeypatch.setenv("LINDUNGI_USER", "andi")
    monkeypatch.setenv("LINDUNGI_NEW_PASSWORD", "sandi-budi-1")
    code, made, _ = run(capsys, "--data-dir", data_dir, "--json", "accounts", "add", "budi",
                        "--role", "officer", "--full-name", "Budi Santoso")
    assert code == 0 and made == {"username": "budi", "role": "officer",
                                  "full_name": "Budi Santoso"}
    # the officer signs in and tries what only an administrator may do
    monkeypatch.setenv("LINDUNGI_USER", "budi")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "sandi-budi-1")
    for argv in (["accounts", "list"], ["accounts", "add", "eve", "--role", "administrator"],
                 ["accounts", "password", "andi"], ["accounts", "disable", "andi"]):
        code, refused, _ = run(capsys, "--data-dir", data_dir, "--json", *argv)
        assert code == 1 and refused == {"error": "not_allowed",
                                         "reason": "Hanya Administrator yang boleh "
                                                   "melakukan ini."}, argv
    monkeypatch.setenv("LINDUNGI_USER", "andi")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kunci-andi-123")
    code, listed, _ = run(capsys, "--data-dir", data_dir, "--json", "accounts", "list")
    assert code == 0 and [(o["username"], o["role"], o["can_sign_in"]) for o in listed] == [
        ("andi", "administrator", True), ("budi", "officer", True)]
    code, off, _ = run(capsys, "--data-dir", data_dir, "--json", "accounts", "disable", "budi")
    assert code == 0 and off["active"] is False
    monkeypatch.setenv("LINDUNGI_USER", "budi")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "sandi-budi-1")
    code, _, err = run(capsys, "--data-dir", data_dir, "--json", "members", "list")
    assert code == 1 and "salah" in err  # a switched-off account signs in no more


@pytest.mark.parametrize(
    ("args", "monthly", "total", "discount"),
    [
        (["--payer", "apbd", "--months", "12"], 16_800, 201_600, False),
        (["--payer", "apbd", "--months", "12", "--programs", "JKK,JKM,JHT"], 36_800, 441_600,
         False),
        (["--payer", "mandiri", "--sector", "umkm", "--date", "2026-11-21"], 8_400, 8_400, True),
        (["--payer", "mandiri", "--sector", "umkm", "--date", "2027-01-05"], 16_800, 16_800,
         False),
    ],
)
def test_tariff_quote(capsys: pytest.CaptureFixture[str], args: list[str], monthly: int,
                      total: int, discount: bool) -> None:
    code, data, _ = run(capsys, "--json", "tariff", "quote", "--income", "1000000", *args)
    assert code == 0
    assert data["monthly"]["total"] == monthly
    assert data["total"] == total
    assert data["discount_applied"] is discount
    assert set(data["monthly"]) == {"jkk", "jkm", "jht", "total"}


def test_tariff_quote_refuses_low_income(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--json", "tariff", "quote", "--income", "900000")
    assert code == 1 and out == {"error": "invalid", "reason": err.strip().removeprefix(
        "lindungi: ")}  # with --json, a refusal is one JSON document on stdout too
    assert err.count("\n") == 1 and "minimal Rp 1.000.000" in err


def test_tariff_quote_human_text_has_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tariff", "quote", "--income", "1000000", "--payer", "apbd")
    assert code == 0 and "enam belas ribu delapan ratus rupiah" in out


def test_nik_check_json_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, data, _ = run(capsys, "--json", "nik", "check", "3574015708050001",
                        "--birth-date", "2005-08-18", "--gender", "P", "--on", "2026-11-21")
    assert code == 0
    assert data["valid"] is False
    assert data["birth_date"] == "2005-08-17" and data["gender"] == "P"
    assert (data["province_code"], data["regency_code"], data["district_code"]) == (
        "35", "35.74", "35.74.01")
    assert any("tidak sama" in e for e in data["errors"])
    assert isinstance(data["warnings"], list)


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as err:
        main(["tariff", "quote"])
    assert err.value.code == 2


def test_commands_before_init_are_refused_clearly(capsys: pytest.CaptureFixture[str],
                                                  data_dir: str) -> None:
    code, _, err = run(capsys, "--data-dir", data_dir, "events", "list")
    assert code == 1 and "lindungi init" in err
    assert not Path(data_dir).exists()  # a refused command wrote nothing


def test_events_groups_members_round_trip(capsys: pytest.CaptureFixture[str], data_dir: str,
                                          tmp_path: Path) -> None:
    run(capsys, "--data-dir", data_dir, "init", "--device-name", "L", "--region", "35.74")
    code, ev, _ = run(capsys, "--data-dir", data_dir, "--json", "events", "create", "--name",
                      "Sosialisasi Mayangan", "--date", "2026-11-21", "--venue", "Aula",
                      "--region", "35.74.03")
    assert code == 0 and ev["id"]
    code, listed, _ = run(capsys, "--data-dir", data_dir, "--json", "events", "list")
    assert [(e["id"], e["name"], e["date"], e["status"]) for e in listed] == [
        (ev["id"], "Sosialisasi Mayangan", "2026-11-21", "open")]
    code, grp, _ = run(capsys, "--data-dir", data_dir, "--json", "groups", "create", "--name",
                       "Koperasi Nelayan", "--kind", "koperasi", "--leader-nik",
                       "3574011708800001", "--agreement-no", "PKS/01/2026")
    assert code == 0 and grp["id"]
    code, glist, _ = run(capsys, "--data-dir", data_dir, "--json", "groups", "list")
    assert glist[0]["id"] == grp["id"]

    template = tmp_path / "templat.xlsx"
    assert run(capsys, "--data-dir", data_dir, "members", "template", str(template))[0] == 0
    source = tmp_path / "peserta.csv"
    counts = write_import_file(source, 40, bad_ratio=0.1, seed=11)
    code, rep, _ = run(capsys, "--data-dir", data_dir, "--json", "members", "import",
                       str(source), "--event", ev["id"], "--group", grp["id"],
                       "--rejects", str(tmp_path / "tolak.csv"))
    assert code == 0
    assert rep["read"] == 40 and rep["rejected"] == counts["bad"]
    assert rep["imported"] + rep["rejected"] + rep["duplicates"] == rep["read"]
    code, mlist, _ = run(capsys, "--data-dir", data_dir, "--json", "members", "list",
                         "--group", grp["id"])
    assert len(mlist) == rep["imported"]
    assert set(mlist[0]) >= {"id", "nik", "name", "event_id", "group_id", "status"}
    one = mlist[0]
    code, found, _ = run(capsys, "--data-dir", data_dir, "--json", "members", "list",
                         "--search", one["name"].split()[0].lower())
    assert one["id"] in {m["id"] for m in found}
    code, found, _ = run(capsys, "--data-dir", data_dir, "--json", "members", "list",
                         "--search", one["nik"][:8])
    assert one["id"] in {m["id"] for m in found}
    code, human, _ = run(capsys, "--data-dir", data_dir, "members", "list")
    shown = one["nik"][:6] + "******" + one["nik"][-4:]  # masked on screen
    assert one["nik"] not in human and shown in human
    code, audit, _ = run(capsys, "--data-dir", data_dir, "--json", "audit", "verify")
    assert code == 0 and audit["valid"] is True and audit["entries"] >= 4


def test_refused_import_writes_nothing(capsys: pytest.CaptureFixture[str], data_dir: str,
                                       tmp_path: Path) -> None:
    run(capsys, "--data-dir", data_dir, "init", "--device-name", "L", "--region", "35.74")
    before = dump(Path(data_dir) / "lindungi.sqlite")
    bad = tmp_path / "x.csv"
    bad.write_text("nama;alamat\nBudi;Jl. Mawar\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data_dir, "members", "import", str(bad))
    assert code == 1 and "nik" in err
    assert dump(Path(data_dir) / "lindungi.sqlite") == before


def test_json_stdout_is_one_document_progress_on_stderr(tmp_path: Path) -> None:
    env = {**os.environ, "LINDUNGI_DATA_DIR": str(tmp_path / "d")}
    subprocess.run([sys.executable, "-m", "app", "init", "--device-name", "L", "--region",
                    "35.74"], env=env, check=True, capture_output=True)
    source = tmp_path / "p.csv"
    write_import_file(source, 10, bad_ratio=0.0, seed=5)
    result = subprocess.run([sys.executable, "-m", "app", "--json", "members", "import",
                             str(source)], env=env, capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["imported"] == 10
    assert "10/10" in result.stderr


def test_batch_commands_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                   office_db: OfficeDb) -> None:
    """A laptop on SQLite; the office on SQLite, or on PostgreSQL through --database-url."""
    laptop, office, stick = tmp_path / "laptop", tmp_path / "kantor", tmp_path / "usb"
    stick.mkdir()
    url = office_db.url()
    at_office = ["--data-dir", str(office), *(["--database-url", url] if url else [])]
    assert main(["--data-dir", str(laptop), "init", "--device-name", "Laptop 1",
                 "--region", "35.74"]) == 0
    assert main([*at_office, "init", "--device-name", "Kantor", "--region", "35.74"]) == 0
    capsys.readouterr()
    assert main([*at_office, "keys", "export", "--out",
                 str(stick / "kantor.json")]) == 0
    assert main(["--data-dir", str(laptop), "keys", "import", str(stick / "kantor.json"),
                 "--office"]) == 0
    source = tmp_path / "p.csv"
    write_import_file(source, 12, bad_ratio=0.0, seed=8)
    assert main(["--data-dir", str(laptop), "members", "import", str(source)]) == 0
    capsys.readouterr()
    code, exported, _ = run(capsys, "--data-dir", str(laptop), "--json", "batch", "export",
                            "--out", str(stick))
    assert code == 0 and exported["sequence"] == 1 and exported["records"] >= 13
    assert set(exported) >= {"file", "batch_id", "sequence", "records"}
    code, verdict, _ = run(capsys, *at_office, "--json", "batch", "verify",
                           exported["file"])
    assert code == 0 and verdict["valid"] is True and verdict["records"] == exported["records"]
    code, _, err = run(capsys, *at_office, "--json", "batch", "import",
                       exported["file"])
    assert code == 1 and "--trust-new-device" in err  # a new laptop needs confirming
    code, imported, _ = run(capsys, *at_office, "--json", "batch", "import",
                            exported["file"], "--trust-new-device")
    assert code == 0 and imported["new"] == exported["records"]
    assert set(imported) >= {"batch_id", "new", "updated", "unchanged", "conflicts",
                             "already_imported", "gaps"}
    code, again, _ = run(capsys, *at_office, "--json", "batch", "import",
                         exported["file"])
    assert again["already_imported"] is True and again["new"] == 0
    device_id = imported["device_id"]
    code, acked, _ = run(capsys, *at_office, "--json", "batch", "ack",
                         "--device", device_id, "--out", str(stick / "ack.json"))
    assert code == 0 and acked["acknowledged"] >= 12
    code, took, _ = run(capsys, "--data-dir", str(laptop), "--json", "ack", "import",
                        str(stick / "ack.json"))
    assert code == 0 and took["acknowledged"] >= 12
    code, second, _ = run(capsys, "--data-dir", str(laptop), "--json", "batch", "export",
                          "--out", str(stick))
    assert second["sequence"] == 2 and second["counts"]["members"] == 0
    code, bpjs, _ = run(capsys, *at_office, "--json", "export", "bpjs", "--out",
                        str(tmp_path / "bpjs.xlsx"))
    assert code == 0 and bpjs["rows"] == 12
    code, report, _ = run(capsys, *at_office, "--json", "report")
    assert code == 0 and report["members"] == 12
    code, listed, _ = run(capsys, *at_office, "--json", "members", "list")
    word = listed[0]["name"].split()[-1]
    code, found, _ = run(capsys, *at_office, "--json", "members", "list", "--search",
                         word.lower())  # any case, part of the name
    assert code == 0 and found
    assert {m["id"] for m in found} == {m["id"] for m in listed
                                        if word.lower() in m["name"].lower()}
    assert sum(report["by_sector"].values()) == 12
    code, _, err = run(capsys, *at_office, "--json", "backup", "list")
    if url:  # the server's backups are its keeper's, and no stray SQLite file was made
        assert code == 1 and "pg_dump" in err
        assert not (office / "lindungi.sqlite").exists()
    else:
        assert code == 0


def test_an_unreachable_database_server_is_refused_plainly(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://lindungi@127.0.0.1:1/lindungi"  # nothing listens on port 1
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "kantor"), "--database-url",
                         url, "--json", "events", "list")
    assert code == 1 and out["error"] == "database_unreachable"
    assert err.strip().splitlines() == [
        "lindungi: database server tidak bisa dipakai; periksa --database-url (atau "
        "LINDUNGI_DATABASE_URL), jaringan, dan hak akses pengguna database"]


def test_demo_fills_a_new_folder_and_leaves_a_real_one_alone(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`lindungi demo` is what `dev.py run` opens the desk on: it must work on a new
    folder, voids (each with its own approval) included, and refuse a folder set up
    for real work."""
    demo = str(tmp_path / "demo")
    code, summary, err = run(capsys, "--data-dir", demo, "--json", "demo", "--members", "40")
    assert code == 0, err
    assert summary["seeded"] is True and summary["members"] >= 40
    con = sqlite3.connect(Path(demo) / "lindungi.sqlite")
    try:
        voided = con.execute("SELECT count(*) FROM members WHERE status = 'voided'").fetchone()
    finally:
        con.close()
    assert voided[0] >= 5  # history: a few voids per earlier event
    real = str(tmp_path / "nyata")
    monkeypatch.setenv("LINDUNGI_PASSWORD", "kunci andi administrator")
    assert main(["--data-dir", real, "init", "--device-name", "Laptop 1", "--region",
                 "35.74", "--admin", "andi"]) == 0
    before = dump(Path(real) / "lindungi.sqlite")
    code, _, err = run(capsys, "--data-dir", real, "demo", "--members", "40")
    assert code == 1 and "folder yang baru" in err
    assert dump(Path(real) / "lindungi.sqlite") == before
