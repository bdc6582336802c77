"""A laptop restored from a backup keeps syncing, and the office records what it lost;
a laptop whose audit chain was cut outside the program is found out. Everything as the
people do it: the command line, signed in, on a laptop set up with accounts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.services.demo import write_import_file

ADMIN = ("andi", "kunci andi administrator")
SUPER = ("sari", "kunci sari supervisor")
OFFICER = ("budi", "kunci budi petugas")


class Desk:
    """One data folder driven through `lindungi … --json` as `who`."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.capsys, self.monkeypatch = folder, capsys, monkeypatch

    def run(self, who: tuple[str, str] | None, *argv: str) -> tuple[int, Any, str]:
        if who:
            self.monkeypatch.setenv("LINDUNGI_USER", who[0])
            self.monkeypatch.setenv("LINDUNGI_PASSWORD", who[1])
        else:
            self.monkeypatch.delenv("LINDUNGI_USER", raising=False)
            self.monkeypatch.delenv("LINDUNGI_PASSWORD", raising=False)
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.folder), "--json", *argv])
        out = self.capsys.readouterr()
        return code, json.loads(out.out) if out.out.strip() else None, out.err

    def ok(self, who: tuple[str, str] | None, *argv: str) -> Any:
        code, data, err = self.run(who, *argv)
        assert code == 0, (argv, err, data)
        return data

    def sql(self, query: str, *params: object) -> list[tuple[Any, ...]]:
        con = sqlite3.connect(self.folder / "lindungi.sqlite")
        try:
            rows = con.execute(query, params).fetchall()
            con.commit()
            return rows
        finally:
            con.close()


@pytest.fixture
def field(tmp_path: Path, capsys: pytest.CaptureFixture[str],
          monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """An office with its administrator; a laptop with an administrator, a supervisor and
    an officer, trusting the office; the officer's first five registrations sent."""
    stick = tmp_path / "usb"
    stick.mkdir()
    office = Desk(tmp_path / "kantor", capsys, monkeypatch)
    laptop = Desk(tmp_path / "laptop", capsys, monkeypatch)
    monkeypatch.setenv("LINDUNGI_PASSWORD", ADMIN[1])
    for desk, name in ((office, "Kantor"), (laptop, "Laptop 1")):
        assert main(["--data-dir", str(desk.folder), "init", "--device-name", name,
                     "--region", "35.74", "--admin", ADMIN[0]]) == 0
    office.ok(ADMIN, "keys", "export", "--out", str(stick / "o.json"))
    for user, role in ((SUPER, "supervisor"), (OFFICER, "officer")):
        monkeypatch.setenv("LINDUNGI_NEW_PASSWORD", user[1])
        laptop.ok(ADMIN, "accounts", "add", user[0], "--role", role)
    laptop.ok(ADMIN, "keys", "import", str(stick / "o.json"), "--office")
    world = {"office": office, "laptop": laptop, "stick": stick, "tmp": tmp_path}
    register(world, 5, seed=1)
    first = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    office.ok(ADMIN, "batch", "import", first["file"], "--trust-new-device")
    return world


def register(world: dict[str, Any], count: int, seed: int) -> None:
    source = world["tmp"] / f"orang-{seed}.csv"
    write_import_file(source, count, bad_ratio=0.0, seed=seed)
    report = world["laptop"].ok(OFFICER, "members", "import", str(source))
    assert report["imported"] == count


def members_at(desk: Desk) -> int:
    return int(desk.sql("SELECT count(*) FROM members")[0][0])


def test_a_restored_laptop_keeps_syncing_and_the_office_records_the_gap(
        field: dict[str, Any]) -> None:
    office, laptop, stick = field["office"], field["laptop"], field["stick"]
    laptop.ok(SUPER, "backup", "now")
    backup = sorted((laptop.folder / "backups").glob("*manual.sqlite"))[-1]
    # after the backup: three more people, a batch the office imports
    register(field, 3, seed=2)
    second = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    office.ok(ADMIN, "batch", "import", second["file"])
    assert members_at(office) == 8

    # the laptop's database is damaged; the administrator restores the backup
    restored = laptop.ok(ADMIN, "backup", "restore", str(backup))
    # the three are not in the backup, but the office has them: nobody registers them again
    assert restored["lost_members"] == 3 and restored["lost_members_sent"] == 3
    assert members_at(laptop) == 5
    register(field, 2, seed=3)
    third = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    assert third["sequence"] == 2  # the backup knew one batch: numbering goes on from it
    # in a file of its own name: the old batch 2 on the stick is not overwritten
    assert third["file"] != second["file"] and Path(second["file"]).exists()

    code, report, err = office.run(ADMIN, "batch", "import", third["file"])
    assert code == 0, err  # before: "perangkat ini sudah mengirim batch lain bernomor 2"
    assert report["new"] >= 2 and report["gaps"] == []
    [restart] = report["restarts"]
    assert restart["reason"] == "restore" and restart["head_known"]
    assert restart["lost_batches"] == [2]
    assert len(restart["lost_members"]) == 3  # the office keeps them; the laptop has not
    assert restart["lost_entries"] >= 1 and restart["lost_actions"]["member_import"] == 1
    assert members_at(office) == 10
    # the office's audit trail shows the gap
    [(details,)] = office.sql("SELECT details FROM audit_entries WHERE action = 'chain_gap'")
    gap = json.loads(details)
    assert gap["lost_members"] == 3 and gap["lost_batches"] == [2]
    assert sorted(gap["lost_member_ids"]) == sorted(restart["lost_members"])
    # the human answer says it too
    code, _, _ = office.run(ADMIN, "batch", "import", third["file"])
    assert code == 0
    assert office.ok(ADMIN, "audit", "verify")["valid"]
    assert laptop.ok(ADMIN, "audit", "verify")["valid"]

    # the round trip goes on: acknowledgement back, another registration, another batch
    device_id = laptop.sql("SELECT id FROM devices WHERE is_local")[0][0]
    device_hex = device_id if isinstance(device_id, str) else device_id.hex()
    ack = stick / "ack.json"
    office.ok(ADMIN, "batch", "ack", "--device", str(_uuid(device_hex)), "--out", str(ack))
    laptop.ok(ADMIN, "ack", "import", str(ack))
    register(field, 1, seed=4)
    fourth = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    assert fourth["counts"]["members"] == 1  # only what the office does not hold
    report = office.ok(ADMIN, "batch", "import", fourth["file"])
    assert report["new"] >= 1 and report["restarts"] == [] and report["gaps"] == []
    assert members_at(office) == 11

    # restored again from the same backup: a new segment again, accepted again
    laptop.ok(ADMIN, "backup", "restore", str(backup))
    register(field, 1, seed=5)
    fifth = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    report = office.ok(ADMIN, "batch", "import", fifth["file"])
    [restart] = report["restarts"]
    assert restart["lost_batches"] == [2]  # segment 0's batch the backup never knew
    assert members_at(office) == 12
    assert office.ok(ADMIN, "audit", "verify")["valid"]


def _uuid(text: str) -> str:
    import uuid

    return str(uuid.UUID(text))


def test_a_cut_audit_tail_starts_a_new_segment_that_the_office_records(
        field: dict[str, Any]) -> None:
    """Entries deleted from the laptop's database outside the program: the next export
    finds the head it last sent missing and goes on in a new segment; the office accepts
    and records what is gone."""
    office, laptop, stick = field["office"], field["laptop"], field["stick"]
    register(field, 2, seed=6)
    laptop.sql("DELETE FROM audit_entries WHERE seq > (SELECT max(seq) - 4 FROM "
               "audit_entries)")
    batch = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    report = office.ok(ADMIN, "batch", "import", batch["file"])
    [restart] = report["restarts"]
    assert restart["reason"] == "cut" and restart["lost_entries"] >= 1
    assert restart["lost_members"] == []  # nothing was restored: no registration lost
    assert members_at(office) == 7


def test_a_cut_the_laptop_hides_is_refused_at_the_office(field: dict[str, Any]) -> None:
    """The tail cut and the record of what was sent rewritten to match: the signed head
    the batch names is behind what the office received, so the batch is refused, the
    attempt recorded, and nothing else changes."""
    office, laptop, stick = field["office"], field["laptop"], field["stick"]
    first_head = laptop.sql("SELECT value FROM settings WHERE key = 'audit_head_sent'")
    head = json.loads(first_head[0][0])
    laptop.sql("DELETE FROM audit_entries WHERE seq > ?", head["seq"] - 3)
    seq, digest = laptop.sql("SELECT seq, hash FROM audit_entries ORDER BY seq DESC "
                             "LIMIT 1")[0]
    laptop.sql("UPDATE settings SET value = ? WHERE key = 'audit_head_sent'",
               json.dumps({"segment": 0, "seq": seq, "hash": digest}))
    register(field, 1, seed=7)
    batch = laptop.ok(OFFICER, "batch", "export", "--out", str(stick))
    before = office.sql("SELECT count(*) FROM members")
    code, _, err = office.run(ADMIN, "batch", "import", batch["file"])
    assert code != 0
    # the entries appended after the cut took the numbers of entries already sent
    assert "entri audit" in err and "ditulis ulang" in err and "ditolak" in err
    assert office.sql("SELECT count(*) FROM members") == before
    attempts = office.sql("SELECT details FROM audit_entries WHERE action = 'batch_refused'")
    assert json.loads(attempts[-1][0])["reason"] in err
