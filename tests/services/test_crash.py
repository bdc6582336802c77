"""Crash reports for bugs, and the one place that tells a refusal from a bug."""

from __future__ import annotations

import errno
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from app import __version__
from app.db import DatabaseBusy
from app.domain.errors import DomainError, NotAllowed, NotFound
from app.services import crash
from app.services.members import DuplicateNik
from app.services.workspace import Workspace

NIK = "3574015708050001"
NAME = "Siti Rahayu Kuda Terbang"
PHONE = "0812-3456-7890"


def raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as exc:
        return exc


def nested_bug() -> BaseException:
    """A KeyError naming a NIK, re-raised as a ValueError naming a person."""
    try:
        try:
            dict[str, str]()[NIK]
        except KeyError as exc:
            raise ValueError(f"{NAME} {NIK} {PHONE}") from exc
    except ValueError as exc:
        return exc
    raise AssertionError


def test_option_names_never_carry_values() -> None:
    argv = ["--data-dir", "/tmp/x", "--json", "members", "list", "--search=Siti",
            "--leader-nik", NIK, "-5", "--income", "-900000"]
    assert crash.option_names(argv) == ["--data-dir", "--json", "--search", "--leader-nik",
                                        "--income"]


def test_report_in_the_data_folder_with_traceback_and_no_personal_data(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = crash.write_report(nested_bug(), folder, "lindungi members list",
                              ["--search", "--json"])
    assert path is not None and path.parent == folder / crash.CRASH_FOLDER
    assert path.name.startswith("crash-") and path.suffix == ".txt"
    assert not list(path.parent.glob("*.part"))  # written atomically
    report = path.read_text(encoding="utf-8")
    assert __version__ in report and "lindungi members list" in report
    assert "--search --json" in report
    assert "Traceback (most recent call last)" in report and "in nested_bug" in report
    assert "KeyError" in report and "ValueError" in report and "direct cause" in report
    for secret in (NIK, NAME, "Siti", PHONE, "3456-7890"):
        assert secret not in report
    log = (folder / "lindungi.log").read_text(encoding="utf-8")
    assert str(path) in log and "in nested_bug" in log and NIK not in log


def test_messages_that_describe_code_are_kept() -> None:
    report = crash.render(raised(AttributeError("'NoneType' object has no attribute 'id'")),
                          "desk")
    assert "'NoneType' object has no attribute 'id'" in report


def test_database_errors_keep_their_code_not_their_text(workspace: Workspace) -> None:
    def insert() -> None:
        with workspace.db.session() as s:
            s.execute(text(
                "INSERT INTO member_changes (id, member_id, revision, changed_at, device_id, "
                "action, changes, reason) VALUES (:id, :member, 1, '2026-11-21 00:00:00', "
                ":device, 'update', '{}', :reason)"),
                {"id": uuid.uuid4().hex, "member": uuid.uuid4().hex,
                 "device": uuid.uuid4().hex, "reason": f"{NAME} {NIK}"})

    try:
        insert()
    except Exception as exc:
        error = exc
    report = crash.render(error, "lindungi")
    assert "IntegrityError" in report and "SQLITE_CONSTRAINT_FOREIGNKEY" in report
    assert NIK not in report and NAME not in report and "INSERT" not in report
    assert crash.refusal(error) is None  # a violated constraint is a bug


def test_unknown_or_missing_data_folder_falls_back_to_the_temp_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    for folder in (None, tmp_path / "not-made"):
        path = crash.write_report(raised(KeyError(NIK)), folder, "lindungi")
        assert path is not None and path.is_relative_to(tmp_path / "tmp")
    assert not (tmp_path / "not-made").exists()  # no data folder made for a report
    first, second = sorted((tmp_path / "tmp").rglob("crash-*.txt"))
    assert first != second  # two crashes in one second: two reports


@pytest.mark.parametrize(("error", "kind"), [
    (DomainError("nama acara wajib diisi"), "invalid"),
    (NotFound("acara tidak ditemukan"), "not_found"),
    (NotAllowed("Hanya administrator"), "not_allowed"),
    (DuplicateNik(uuid.uuid4()), "refused"),
    (DatabaseBusy(), "database_busy"),
])
def test_refusals_are_user_errors(error: Exception, kind: str) -> None:
    assert crash.refusal(error) == (kind, error.args[0])


def test_system_errors_are_explained_and_bugs_are_not_refusals() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.ldgb")
    kind, message = crash.refusal(full) or ("", "")
    assert kind == "file" and "penuh" in message
    for bug in (KeyError(NIK), TypeError("x"), AttributeError("y"), ValueError(NIK),
                LookupError("z"), OSError("no errno")):
        assert crash.refusal(bug) is None, bug
