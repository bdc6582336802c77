"""The audit chain head a batch carries, checked at the office (SQLite and PostgreSQL):
a tail cut behind what an earlier batch said is refused; entries that do not hash or do
not link are refused; a new segment must start as one."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.services import audit
from app.services.sync import merge
from app.services.sync.format import BatchRefused, open_batch
from tests.helpers.dbstate import refused_attempts, snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.officers import PEOPLE, FieldLaptop, forge, office_in


def _sql(laptop: FieldLaptop, query: str, *params: object) -> list[Any]:
    con = sqlite3.connect(laptop.ws.data_dir / "lindungi.sqlite")
    try:
        rows = con.execute(query, params).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_a_tail_cut_behind_an_earlier_batch_is_refused(tmp_path: Path, stick: Path,
                                                       office_db: OfficeDb) -> None:
    office, office_actor, office_key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:3])
    merge.import_file(office, office_actor, laptop.export(stick),
                      trust_new_device=True)
    sent = json.loads(_sql(laptop, "SELECT value FROM settings WHERE key = ?",
                           audit.SENT_HEAD_SETTING)[0][0])
    # cut the last entries sent, and make the record of what was sent agree
    _sql(laptop, "DELETE FROM audit_entries WHERE seq > ?", sent["seq"] - 3)
    seq, digest = _sql(laptop, "SELECT seq, hash FROM audit_entries ORDER BY seq DESC")[0]
    _sql(laptop, "UPDATE settings SET value = ? WHERE key = ?",
         json.dumps({"segment": 0, "seq": seq, "hash": digest}), audit.SENT_HEAD_SETTING)
    batch = laptop.export(stick)
    assert open_batch(batch).manifest["chain"]["seq"] == sent["seq"] - 3
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match="dihapus dari laptop"):
        merge.import_file(office, office_actor, batch)
    with office.db.session() as s:
        verdict = merge.verify_file(s, office_actor, batch)
    assert not verdict.valid and "dihapus dari laptop" in verdict.reason
    assert snapshot(office, refusals=False) == before
    assert "dihapus dari laptop" in refused_attempts(office)[-1]["reason"]


@pytest.mark.parametrize("spoil", ["hash", "link", "fake_restart"])
def test_audit_entries_that_do_not_chain_are_refused(tmp_path: Path, stick: Path,
                                                     office_db: OfficeDb, spoil: str) -> None:
    """Signed by the laptop's key, yet not a chain: an entry edited (its hash no longer
    matches), one whose link names another predecessor, a 'new segment' that is not a
    restart entry."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[3:6])
    source = laptop.export(stick)

    def damage(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        lines = [json.loads(x) for x in parts["audit"].splitlines()]
        entry = lines[4]
        if spoil == "hash":  # edited, its hash left as it was
            entry["details"] = json.dumps({"diubah": True})
        else:  # changed and hashed again, as one holding the laptop's key could
            if spoil == "link":
                entry["prev_hash"] = lines[2]["hash"]
            else:
                entry.update(segment=7, seq=1)
            entry["hash"] = audit.digest_of(
                uuid.UUID(entry["device_id"]), entry["segment"], entry["seq"],
                dt.datetime.fromisoformat(entry["at"]),
                uuid.UUID(entry["officer_id"]) if entry["officer_id"] else None,
                entry["action"], entry["entity_type"], entry["entity_id"], entry["details"],
                entry["prev_hash"])
        parts["audit"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)

    forged = forge(laptop, source, tmp_path / "forged.ldgb", damage)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged, trust_new_device=True)
    expected = {"hash": "tidak cocok dengan hash-nya", "link": "tidak tersambung",
                "fake_restart": "bukan awal rantai baru"}[spoil]
    assert expected in str(refused.value)
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source,
                             trust_new_device=True).new > 0


def test_two_restores_of_one_backup_with_the_clock_behind_get_two_segments(
        tmp_path: Path, stick: Path, office_db: OfficeDb,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop whose clock runs years behind, restored twice from the same backup: each
    restore's segment is above the one the restore replaced, so the office takes both."""
    from app.services import backup

    office, office_actor, office_key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[6:8])
    merge.import_file(office, office_actor, laptop.export(stick),
                      trust_new_device=True)
    [copy] = backup.make_backup(laptop.ws.data_dir, "manual")
    laptop.ws.close()
    segments = []
    for round_ in range(2):
        if round_ == 1:  # the second time, the laptop's clock was set back years
            monkeypatch.setattr(audit, "utcnow",
                                lambda: dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        backup.restore(laptop.ws.data_dir, copy, laptop.admin)
        laptop = _reopened(laptop)
        laptop.register(PEOPLE[10 + round_:11 + round_])
        report = merge.import_file(office, office_actor, laptop.export(stick))
        [restart] = report.restarts
        segments.append(restart.segment)
        laptop.ws.close()
    assert segments[1] > segments[0] > 0
    with office.db.session() as s:
        assert audit.verify(s).valid


def _reopened(laptop: FieldLaptop) -> FieldLaptop:
    from app.services.workspace import Workspace

    laptop.ws = Workspace.open(laptop.ws.data_dir)
    return laptop


@pytest.mark.parametrize("replaced", ["readable", "damaged"])
def test_a_restored_laptop_never_prints_a_slip_number_again(tmp_path: Path,
                                                            replaced: str) -> None:
    """Slips printed after the backup are in people's hands (and may be at the office):
    the restored laptop's next slips go on from the replaced database's numbers, or,
    when it cannot be read, 10,000 numbers past the backup's. They had started again
    from the backup's, printing a number already handed to another person."""
    from app.services import backup

    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:2])
    laptop.print_slips()
    [copy] = backup.make_backup(laptop.ws.data_dir, "manual")
    laptop.register(PEOPLE[2:4])
    laptop.print_slips()
    handed_out = {r for (r,) in _sql(laptop, "SELECT receipt_no FROM slips")}
    assert len(handed_out) == 4
    laptop.ws.close()
    database = laptop.ws.data_dir / "lindungi.sqlite"
    if replaced == "damaged":
        database.write_bytes(b"\x00" * 8192)
    backup.restore(laptop.ws.data_dir, copy, laptop.admin)
    laptop = _reopened(laptop)
    laptop.ids = {nik: i for nik, i in laptop.ids.items()
                  if nik in {p["nik"] for p in PEOPLE[:2]}}  # what the backup holds
    laptop.register(PEOPLE[4:5])
    laptop.print_slips()
    printed = {int(r.split("-")[1]) for (r,) in _sql(
        laptop, "SELECT receipt_no FROM slips WHERE copy_no = 0")}
    newest = max(printed)
    assert newest == (5 if replaced == "readable" else 2 + 10_000 + 1)
    assert not {f"{next(iter(handed_out)).split('-')[0]}-{n:06d}" for n in printed
                if n > 2} & handed_out
