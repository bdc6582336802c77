"""Small files from outside are read no further than their kind may be long: an office's
acknowledgement, a configuration package, a device key. A file made to exhaust memory
(here a sparse 2 GB file, which costs the disk nothing) is refused with what to do,
after reading at most its limit, and nothing is written."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.errors import DomainError
from app.models import AuditEntry
from app.services import config_package
from app.services.audit import Actor
from app.services.sync import acks
from app.services.workspace import Workspace
from tests.helpers.cli import run

HUGE = 2 * 1024**3


def huge_file(path: Path) -> Path:
    with path.open("wb") as fh:
        fh.truncate(HUGE)
    return path


def audit_count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def refused_reading_at_most(limit: int, call: Callable[[], object]) -> str:
    """The refusal's text; the memory Python held at its peak stays near `limit`."""
    tracemalloc.start()
    try:
        with pytest.raises(DomainError) as refused:
            call()
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < limit + 8 * 1024**2, f"peak {peak / 1024**2:.0f} MB"
    return str(refused.value)


def test_an_acknowledgement_too_big_is_refused_before_it_is_read(
        workspace: Workspace, actor: Actor, tmp_path: Path) -> None:
    before = audit_count(workspace)
    path = huge_file(tmp_path / "tanda-terima.json")
    with workspace.db.session() as s:
        message = refused_reading_at_most(acks.ACK_LIMIT,
                                          lambda: acks.import_ack(s, actor, path))
    assert message == ("berkas tanda terima lebih dari 32 MB: itu bukan tanda terima "
                       "Lindungi; minta kantor membuat tanda terima lagi")
    assert audit_count(workspace) == before


def test_a_configuration_package_too_big_is_refused_before_it_is_read(
        workspace: Workspace, actor: Actor, tmp_path: Path) -> None:
    before = audit_count(workspace)
    path = huge_file(tmp_path / "paket.json")
    with workspace.db.session() as s:
        message = refused_reading_at_most(
            config_package.PACKAGE_LIMIT,
            lambda: config_package.import_package(s, actor, path, trust_office=True))
    assert message == ("berkas paket konfigurasi lebih dari 8 MB: itu bukan paket "
                       "Lindungi; minta kantor membuat paket lagi")
    assert audit_count(workspace) == before


def test_the_key_import_command_refuses_a_key_file_too_big(
        workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = audit_count(workspace)
    path = huge_file(tmp_path / "kantor.key.json")
    code, _out, err = run(capsys, monkeypatch, None, "--data-dir", str(workspace.data_dir),
                          "keys", "import", str(path), "--office")
    assert code == 1
    assert "terlalu besar untuk berkas kunci Lindungi" in err
    assert audit_count(workspace) == before


def test_making_a_package_refuses_an_occupation_list_too_big(
        workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = huge_file(tmp_path / "pekerjaan.txt")
    out = tmp_path / "paket.json"
    code, _out, err = run(capsys, monkeypatch, None, "--data-dir", str(workspace.data_dir),
                          "config", "make", "--out", str(out), "--occupations", str(path))
    assert code == 1
    assert "pekerjaan.txt lebih dari 8 MB: terlalu besar untuk paket konfigurasi" in err
    assert not out.exists()


#: Small, but nested deeper than Python's JSON parser goes: before it was caught, the
#: parser's RecursionError reached the person as a program error.
NESTED = "[" * 20_000


def test_an_acknowledgement_or_package_nested_too_deep_is_refused_as_damaged(
        workspace: Workspace, actor: Actor, tmp_path: Path) -> None:
    before = audit_count(workspace)
    path = tmp_path / "bersarang.json"
    path.write_text(NESTED, encoding="ascii")
    with workspace.db.session() as s:
        with pytest.raises(DomainError) as ack:
            acks.import_ack(s, actor, path)
        with pytest.raises(DomainError) as package:
            config_package.import_package(s, actor, path, trust_office=True)
    assert str(ack.value) == "berkas tanda terima rusak atau bukan dari Lindungi"
    assert str(package.value) == "berkas paket konfigurasi rusak atau bukan dari Lindungi"
    assert audit_count(workspace) == before


@pytest.mark.parametrize(("words", "says"), [
    (["keys", "import", "{path}", "--office"], "berkas kunci perangkat bukan JSON yang sah"),
    (["config", "make", "--out", "{out}", "--tariffs", "{path}"],
     "bersarang.json bukan JSON yang terbaca"),
])
def test_the_commands_refuse_a_json_file_nested_too_deep(
        workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, words: list[str], says: str) -> None:
    before = audit_count(workspace)
    path = tmp_path / "bersarang.json"
    path.write_text(NESTED, encoding="ascii")
    out = tmp_path / "paket.json"
    code, _out, err = run(capsys, monkeypatch, None, "--data-dir", str(workspace.data_dir),
                          *(w.format(path=path, out=out) for w in words))
    assert code == 1, err
    assert says in err
    assert "galat program" not in err.lower()
    assert audit_count(workspace) == before and not out.exists()
