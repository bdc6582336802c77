"""Batch files written by earlier programs keep importing (tests/fixtures/batches)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import DB_FILENAME
from app.models import Event, Group, Member, Officer, Slip
from app.services import audit
from app.services.audit import Actor
from app.services.sync import merge
from app.services.sync.format import open_batch
from app.services.workspace import Workspace

STORED = Path(__file__).resolve().parents[1] / "fixtures" / "batches"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Workspace]:
    """The office the stored laptops trust, from its stored database (migrated to today's
    schema on opening, as an office's own database would be)."""
    folder = tmp_path / "kantor"
    folder.mkdir()
    shutil.copyfile(STORED / "office.sqlite", folder / DB_FILENAME)
    ws = Workspace.open(folder)
    yield ws
    ws.close()


def _counts(ws: Workspace) -> dict[str, object]:
    with ws.db.session() as s:
        statuses = dict(s.execute(select(Member.status, func.count())
                                  .group_by(Member.status)).all())
        return {
            "events": s.scalar(select(func.count()).select_from(Event)),
            "groups": s.scalar(select(func.count()).select_from(Group)),
            "members": statuses,
            "slips": s.scalar(select(func.count()).select_from(Slip)),
            "reprints": s.scalar(select(func.count()).select_from(Slip)
                                 .where(Slip.copy_no > 0)),
            "field_officers": sorted(s.scalars(select(Officer.full_name)
                                               .where(Officer.password_hash == ""))),
        }


@pytest.mark.parametrize("name", ["laptop-plain.ldgb", "laptop-encrypted.ldgb"])
def test_stored_batches_of_laptops_with_officers_import(office: Workspace, name: str) -> None:
    batch = open_batch(STORED / name)
    assert batch.manifest["format"] == "lindungi-batch/2"
    assert batch.encrypted is (name == "laptop-encrypted.ldgb")
    report = merge.import_file(office, Actor(office.device_id), STORED / name,
                               trust_new_device=True)
    assert report.conflicts == 0 and report.new > 0
    assert _counts(office) == {
        "events": 1, "groups": 1,
        "members": {"active": 4, "voided": 1, "erased": 1},
        "slips": 6, "reprints": 3,
        "field_officers": ["Rina Petugas Lapangan", "admin"],
    }
    with office.db.session() as s:  # every registration under the officer who made it
        registrars = set(s.scalars(select(Officer.username).join(
            Member, Member.registered_by_id == Officer.id)))
    assert registrars == {"rina"}
    again = merge.import_file(office, Actor(office.device_id), STORED / name)
    assert again.already_imported


def test_a_stored_format_1_batch_imports(office: Workspace) -> None:
    assert open_batch(STORED / "laptop-format1.ldgb").manifest["format"] == "lindungi-batch/1"
    report = merge.import_file(office, Actor(office.device_id),
                               STORED / "laptop-format1.ldgb", trust_new_device=True)
    assert (report.new, report.conflicts) == (1 + 4 + 7, 0)
    counts = _counts(office)
    assert counts["members"] == {"active": 3, "voided": 1}
    assert counts["field_officers"] == []


def test_a_stored_format_3_batch_imports(office: Workspace) -> None:
    """Audit entries with their chain segment, and the chain head in the manifest."""
    batch = open_batch(STORED / "laptop-format3.ldgb")
    assert batch.manifest["format"] == "lindungi-batch/3"
    assert batch.manifest["chain"]["segment"] == 0 and batch.manifest["chain"]["seq"] > 0
    report = merge.import_file(office, Actor(office.device_id),
                               STORED / "laptop-format3.ldgb", trust_new_device=True)
    assert report.conflicts == 0 and report.restarts == []
    assert _counts(office)["members"] == {"active": 4, "voided": 1, "erased": 1}
    with office.db.session() as s:
        assert audit.verify(s).valid
