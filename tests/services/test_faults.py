"""Backups and restore, full disks and read-only sticks."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db import DB_FILENAME
from app.models import Batch, Member
from app.services import backup, slip_codes
from app.services.audit import Actor
from app.services.pdf.slips import render_slips
from app.services.sync import export
from app.services.workspace import Workspace
from tests.helpers.dbstate import corrupt
from tests.helpers.people import register


def members_in(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM members").fetchone()[0])
    finally:
        con.close()


def test_backups_roll_and_go_to_a_second_folder(workspace: Workspace, actor: Actor,
                                                event_id: uuid.UUID, tmp_path: Path) -> None:
    from app.services.device import set_setting

    second = tmp_path / "flashdisk"
    with workspace.db.session() as s:
        set_setting(s, backup.SECOND_SETTING, str(second))
        set_setting(s, backup.KEEP_SETTING, "3")
    for seed in range(5):
        register(workspace, actor, event_id, seed)
        copies = backup.make_backup(workspace.data_dir, "berkala")
        assert [p.parent for p in copies] == [workspace.data_dir / "backups", second]
    listed = backup.list_backups(workspace.data_dir)
    assert len(list((workspace.data_dir / "backups").glob("otomatis-*"))) == 3
    assert len(list(second.glob("otomatis-*"))) == 3
    assert listed[0].members == 5 and all(b.sound for b in listed)
    assert not list((workspace.data_dir / "backups").glob("*.part"))


def test_restore_says_what_was_lost_since(workspace: Workspace, actor: Actor,
                                          event_id: uuid.UUID) -> None:
    for seed in range(3):
        register(workspace, actor, event_id, seed)
    (made,) = backup.make_backup(workspace.data_dir, "mulai")[:1]
    for seed in range(3, 5):
        register(workspace, actor, event_id, seed)
    workspace.close()
    report = backup.restore(workspace.data_dir, made)
    assert report.lost_members == 2 and report.lost_sent == 0
    assert "2 pendaftaran" in report.message()
    assert "2 belum pernah dikirim dan perlu didaftar ulang" in report.message()
    assert members_in(workspace.data_dir / DB_FILENAME) == 3
    assert report.damaged_kept_as is not None and report.damaged_kept_as.exists()


def test_cli_on_a_damaged_database_points_to_the_backups(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    backup.make_backup(workspace.data_dir, "mulai")
    workspace.close()
    corrupt(workspace.data_dir / DB_FILENAME)
    assert not backup.is_sound(workspace.data_dir / DB_FILENAME)
    code = main(["--data-dir", str(workspace.data_dir), "events", "list"])
    assert code == 1 and "backup restore" in capsys.readouterr().err
    assert main(["--data-dir", str(workspace.data_dir), "--json", "backup", "list"]) == 0


def _fail_fsync(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def fsync(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("app.services.files.os.fsync", fsync)


def _fail_mkstemp(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def mkstemp(*_a: object, **_k: object) -> tuple[int, str]:
        raise OSError(code, os.strerror(code), str(_k.get("dir", "")))

    monkeypatch.setattr("app.services.files.tempfile.mkstemp", mkstemp)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_pdf_to_a_full_or_read_only_target_keeps_the_old_file(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    mid = register(workspace, actor, event_id)
    with workspace.db.session() as s:
        issued, _ = slip_codes.issue_slips(s, actor, [mid], "card", workspace.tariffs())
    target = tmp_path / "slip.pdf"
    target.write_bytes(b"%PDF the good old slip")
    if code == errno.ENOSPC:
        _fail_fsync(monkeypatch, code)
    else:
        _fail_mkstemp(monkeypatch, code)
    with pytest.raises(OSError) as err:
        render_slips(issued, "card", target)
    from app.services.files import explain

    assert ("penuh" if code == errno.ENOSPC else "tidak bisa ditulis") in explain(err.value)
    assert target.read_bytes() == b"%PDF the good old slip"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_an_export_to_a_full_or_read_only_stick_changes_nothing(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    register(workspace, actor, event_id)
    stick = tmp_path / "usb"
    stick.mkdir()
    (stick / "lama.ldgb").write_bytes(b"an earlier batch")
    if code == errno.ENOSPC:
        _fail_fsync(monkeypatch, code)
    else:
        _fail_mkstemp(monkeypatch, code)
    with pytest.raises(OSError):
        export.export_batch(workspace, actor, stick)
    assert sorted(p.name for p in stick.iterdir()) == ["lama.ldgb"]
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Batch)) == 0
        assert s.scalar(select(func.count()).select_from(Member)
                        .where(Member.sync_batch.is_not(None))) == 0
    monkeypatch.undo()
    report = export.export_batch(workspace, actor, stick)  # and then it works
    assert report.sequence == 1


def test_a_backup_to_a_full_disk_fails_clearly_and_keeps_earlier_backups(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = backup.make_backup(workspace.data_dir, "mulai")[0]
    good = first.read_bytes()

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.services.backup.backup_sqlite", full)
    with pytest.raises(OSError):
        backup.make_backup(workspace.data_dir, "berkala")
    assert first.read_bytes() == good


def test_cli_reports_a_read_only_stick_in_indonesian(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail_mkstemp(monkeypatch, errno.EROFS)
    stick = Path(tempfile.mkdtemp(dir=tmp_path))
    code = main(["--data-dir", str(workspace.data_dir), "batch", "export", "--out",
                 str(stick)])
    assert code == 1 and "tidak bisa ditulis" in capsys.readouterr().err


def test_deep_damage_is_found_in_the_background_and_offered_at_the_next_start(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID
) -> None:
    for seed in range(40):
        register(workspace, actor, event_id, seed)
    workspace.close()
    db = workspace.data_dir / DB_FILENAME
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    con.close()
    with db.open("r+b") as fh:  # scribble over the members table's first page
        fh.seek((root - 1) * page + 8)
        fh.write(b"\xff" * 64)
    assert backup.is_readable(workspace.data_dir)  # the cheap check cannot see it
    assert not backup.deep_check(workspace.data_dir)
    assert not backup.is_readable(workspace.data_dir)  # marked: offered at the next start
