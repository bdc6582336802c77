"""What the command line says when something goes wrong, run as the real console script:
a refusal is exit 1 with its reason (and one JSON document with --json), a busy, damaged
or read-only database is told apart by its error code, and a bug is exit 70 with a crash
report that holds the traceback and no personal data."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import EXIT_BUG, EXIT_REFUSED, main

LINDUNGI = str(Path(sys.executable).with_name("lindungi"))
NIK = "3574015708050001"
EVENT_NAME = "Sosialisasi Kuda Terbang"
RESTORE_ADVICE = "backup restore"

# Loaded by every Python started with this folder on PYTHONPATH: it breaks one service
# function the way a bug would (LINDUNGI_TEST_BUG says which way).
SITECUSTOMIZE = '''
import os
import uuid

how = os.environ.get("LINDUNGI_TEST_BUG")
if how:
    from sqlalchemy import text

    import app.services.events as events

    def create_event(session, actor, name, *args, **kwargs):
        if how == "keyerror":
            return {}[name + " " + os.environ["TEST_NIK"]]
        session.execute(text(
            "INSERT INTO member_changes (id, member_id, revision, changed_at, device_id, "
            "action, changes, reason) VALUES (:id, :member, 1, '2026-11-21 00:00:00', "
            ":device, 'update', '{}', :reason)"),
            {"id": uuid.uuid4().hex, "member": uuid.uuid4().hex,
             "device": uuid.uuid4().hex, "reason": name})

    events.create_event = create_event
'''


def lindungi(data_dir: Path, *argv: str, bug: str = "",
             env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    patch_dir = data_dir.parent / "patch"
    patch_dir.mkdir(exist_ok=True)
    (patch_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    full_env = {**os.environ, "LINDUNGI_DATA_DIR": str(data_dir),
                "PYTHONPATH": str(patch_dir), "LINDUNGI_TEST_BUG": bug, "TEST_NIK": NIK,
                **(env or {})}
    return subprocess.run([LINDUNGI, *argv], capture_output=True, text=True, env=full_env,
                          timeout=120)


def create_event(data_dir: Path, *extra: str, bug: str = "",
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return lindungi(data_dir, *extra, "events", "create", "--name", EVENT_NAME,
                    "--date", "2026-11-21", "--region", "35.74", bug=bug, env=env)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "init", "--device-name", "L",
                 "--region", "35.74"]) == 0
    return folder


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_a_bug_leaves_a_crash_report_and_exit_70(data_dir: Path) -> None:
    done = create_event(data_dir, bug="keyerror")
    assert done.returncode == EXIT_BUG == 70
    line = one_line(done.stderr)
    assert line.startswith("lindungi: kesalahan program") and "laporan kesalahan" in line
    reports = list((data_dir / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in line
    report = reports[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in report and "KeyError" in report
    handler = f"cli{os.sep}events.py"  # the command's handler, app/cli/events.py
    assert handler in report and "in create_event" in report
    assert "lindungi events create" in report and "--name --date --region" in report
    for secret in (NIK, EVENT_NAME, "Kuda"):
        assert secret not in report
    log = (data_dir / "lindungi.log").read_text(encoding="utf-8")
    assert str(reports[0]) in log and handler in log and NIK not in log


def test_a_bug_with_json_is_one_json_document(data_dir: Path) -> None:
    done = create_event(data_dir, "--json", bug="keyerror")
    assert done.returncode == EXIT_BUG
    answer = json.loads(done.stdout)
    assert answer["error"] == "bug" and "kesalahan program" in answer["reason"]
    assert Path(answer["crash_report"]).is_file()
    assert Path(answer["crash_report"]).parent == data_dir / "crash-reports"


def test_a_violated_foreign_key_is_a_bug_not_damage(data_dir: Path) -> None:
    done = create_event(data_dir, "--json", bug="foreign-key")
    assert done.returncode == EXIT_BUG
    assert json.loads(done.stdout)["error"] == "bug"
    assert RESTORE_ADVICE not in done.stderr and "rusak" not in done.stderr
    report = Path(json.loads(done.stdout)["crash_report"]).read_text(encoding="utf-8")
    assert "IntegrityError" in report and "SQLITE_CONSTRAINT_FOREIGNKEY" in report
    assert EVENT_NAME not in report and "INSERT" not in report


def test_a_write_waits_for_another_program_then_goes_through(data_dir: Path) -> None:
    holder = sqlite3.connect(data_dir / "lindungi.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        done = create_event(data_dir, "--json", env={"LINDUNGI_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert done.returncode == EXIT_REFUSED
    line = one_line(done.stderr)
    assert "database sedang dipakai program lain" in line and RESTORE_ADVICE not in line
    assert json.loads(done.stdout) == {"error": "database_busy",
                                       "reason": line.removeprefix("lindungi: ")}
    assert not (data_dir / "crash-reports").exists()
    again = create_event(data_dir, "--json", env={"LINDUNGI_BUSY_TIMEOUT_MS": "200"})
    assert again.returncode == 0, again.stderr
    listed = json.loads(lindungi(data_dir, "--json", "events", "list").stdout)
    assert [e["name"] for e in listed] == [EVENT_NAME]


def test_a_file_of_random_bytes_points_to_the_backups(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "lindungi.sqlite").write_bytes(os.urandom(20_000))
    done = lindungi(folder, "--json", "events", "list")
    assert done.returncode == EXIT_REFUSED
    line = one_line(done.stderr)
    assert "database rusak" in line and "lindungi backup list" in line
    assert "lindungi backup restore FILE" in line and "hilang" in line
    assert json.loads(done.stdout)["error"] == "database_damaged"


def test_a_read_only_database_says_so(data_dir: Path) -> None:
    url = f"sqlite:///file:{data_dir / 'lindungi.sqlite'}?mode=ro&uri=true"
    done = create_event(data_dir, "--database-url", url)
    assert done.returncode == EXIT_REFUSED
    line = one_line(done.stderr)
    assert "hanya bisa dibaca" in line and RESTORE_ADVICE not in line


def test_every_refusal_with_json_is_one_document(data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    cases = [
        (["events", "create", "--name", "", "--date", "2026-11-21", "--region", "35.74"],
         "invalid"),
        (["groups", "bill", "--group", "tidak ada", "--out", "x.pdf"], "not_found"),
        (["slips", "--member", NIK, "--format", "a4", "--out", "x.pdf"], "refused"),
    ]
    for argv, kind in cases:
        code = main(["--data-dir", str(data_dir), "--json", *argv])
        out, err = capsys.readouterr()
        assert code == EXIT_REFUSED, argv
        answer = json.loads(out)
        assert answer == {"error": kind, "reason": one_line(err).removeprefix("lindungi: ")}
        assert RESTORE_ADVICE not in err
    # a check that ran and said "not valid" printed its own document: not a second one
    code = main(["--data-dir", str(data_dir), "--json", "slip", "verify", "LDG1|rusak"])
    out, _ = capsys.readouterr()
    assert code == EXIT_REFUSED and json.loads(out)["valid"] is False


def test_usage_errors_stay_exit_2(data_dir: Path) -> None:
    done = lindungi(data_dir, "events", "create", "--name", "X")
    assert done.returncode == 2 and "usage:" in done.stderr


def test_a_batch_import_waits_for_another_process_then_goes_through(tmp_path: Path) -> None:
    """The office imports a laptop's batch while another process holds the database's
    write lock: refused as 'in use' (never as damage), and taken once the lock is gone."""
    import shutil

    stored = Path(__file__).parent / "fixtures" / "batches"
    office = tmp_path / "kantor"
    office.mkdir()
    shutil.copyfile(stored / "office.sqlite", office / "lindungi.sqlite")
    assert main(["--data-dir", str(office), "audit", "verify"]) == 0  # migrated, sound
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(office / 'lindungi.sqlite')!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE')\n"
         "print('held', flush=True)\n"
         "sys.stdin.readline()\n"
         "c.execute('ROLLBACK')\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        busy = lindungi(office, "--json", "batch", "import", str(stored / "laptop-plain.ldgb"),
                        "--trust-new-device", env={"LINDUNGI_BUSY_TIMEOUT_MS": "300"})
    finally:
        holder.communicate("\n")
    assert busy.returncode == EXIT_REFUSED
    line = one_line(busy.stderr)
    assert "database sedang dipakai program lain" in line and RESTORE_ADVICE not in line
    assert json.loads(busy.stdout)["error"] == "database_busy"
    done = lindungi(office, "--json", "batch", "import", str(stored / "laptop-plain.ldgb"),
                    "--trust-new-device")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["already_imported"] is False and report["new"] > 0
