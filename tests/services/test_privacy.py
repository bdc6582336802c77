"""Personal-data protection: audit chain tampering, erasure that syncs, config packages,
reveal, breach and retention reports."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import AuditEntry, Member, MemberChange, Officer
from app.services import accounts, config_package, device, keys, print_jobs, privacy
from app.services.audit import Actor
from app.services.audit import verify as verify_audit
from app.services.sync import merge
from app.services.workspace import Workspace
from tests.helpers.office import OfficeDb
from tests.helpers.people import register
from tests.helpers.sync import PEOPLE, Laptop, dump, office_in


def test_audit_verify_finds_an_entry_changed_in_the_file(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for seed in range(3):
        register(workspace, actor, event_id, seed)
    with workspace.db.session() as s:
        assert verify_audit(s).valid
        count = verify_audit(s).entries
    db = workspace.data_dir / "lindungi.sqlite"
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_entries SET action = 'member_view' WHERE seq = 3")
    con.commit()
    con.close()
    assert main(["--data-dir", str(workspace.data_dir), "--json", "audit", "verify"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is False and report["entries"] <= count
    assert report["first_bad"]["seq"] == 3 and "diubah" in report["first_bad"]["reason"]


@pytest.mark.parametrize("tamper", ["delete", "reorder"])
def test_audit_verify_finds_removed_or_reordered_entries(workspace: Workspace, actor: Actor,
                                                         event_id: uuid.UUID,
                                                         tamper: str) -> None:
    for seed in range(3):
        register(workspace, actor, event_id, seed)
    con = sqlite3.connect(workspace.data_dir / "lindungi.sqlite")
    if tamper == "delete":
        con.execute("DELETE FROM audit_entries WHERE seq = 2")
    else:
        con.execute("UPDATE audit_entries SET seq = 99 WHERE seq = 2")
        con.execute("UPDATE audit_entries SET seq = 2 WHERE seq = 3")
        con.execute("UPDATE audit_entries SET seq = 3 WHERE seq = 99")
    con.commit()
    con.close()
    with workspace.db.session() as s:
        report = verify_audit(s)
    assert not report.valid and report.first_bad is not None
    assert report.first_bad["seq"] in (2, 3)


def test_erasure_leaves_a_tombstone_that_erases_the_office_copy(tmp_path: Path,
                                                               office_db: OfficeDb) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    office, office_actor, office_key = office_in(tmp_path, office_db)
    laptop = Laptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:3])
    merge.import_file(office, office_actor, laptop.export(stick).file,
                      trust_new_device=True)
    target = laptop.ids[PEOPLE[1]["nik"]]
    with laptop.ws.db.session() as s:  # a correction first, so there is history to erase
        m = s.get(Member, target)
        assert m is not None
        from app.services.member_changes import log_change

        log_change(s, laptop.actor, m, "edit", {"phone": [m.phone, "+6281299990000"]})
        m.phone = "+6281299990000"
    with laptop.ws.db.session() as s:
        privacy.erase_member(s, laptop.actor, target, "permintaan penghapusan dari peserta")
    with laptop.ws.db.session() as s:
        m = s.get(Member, target)
        assert m is not None and m.status == "erased"
        assert (m.nik, m.name, m.phone, m.address) == ("", "", "", "")
        history = s.scalars(select(MemberChange).where(MemberChange.member_id == target)).all()
        assert all(PEOPLE[1]["nama"] not in h.changes and "+62812999" not in h.changes
                   for h in history)
    merge.import_file(office, office_actor, laptop.export(stick).file)
    with office.db.session() as s:
        copy = s.get(Member, target)
        assert copy is not None and copy.status == "erased"
        assert (copy.nik, copy.name, copy.phone) == ("", "", "")
    text = repr(dump(office))
    assert PEOPLE[1]["nama"] not in text and PEOPLE[1]["nik"] not in text
    assert PEOPLE[0]["nama"] in text  # the others are untouched


def _package(tmp_path: Path) -> tuple[Workspace, Actor, Path]:
    office, device_actor, _ = office_in(tmp_path)
    with office.db.session() as s:  # signing a package is the office administrator's act
        accounts.create_officer(s, device_actor, "kepala", "sandi-kepala-1", "administrator",
                                "Kepala Kantor")
    with office.db.session() as s:
        head = accounts.authenticate(s, device_actor, "kepala", "sandi-kepala-1")
        assert isinstance(head, accounts.OfficerInfo)
        office_actor = Actor(office.device_id, head.id)
        accounts.create_officer(s, office_actor, "petugas1", "sandi-petugas-1", "officer",
                                "Petugas Satu")
    target = tmp_path / "paket.json"
    tariffs = json.loads((Path(__file__).parents[2] / "resources/tariffs/bpu.json")
                         .read_text(encoding="utf-8"))
    tariffs["version"] = "kantor-2026.12"
    with office.db.session() as s:
        config_package.make_package(s, office_actor, target, {
            "officers": config_package.officers_from_session(s),
            "occupations": ["Pedagang Pasar", "Nelayan Rajungan"],
            "tariffs": tariffs,
            "consent": {"version": "persetujuan-v2", "text": "Teks persetujuan versi 2."},
            "events": [{"name": "Sosialisasi Desa Pilang", "date": "2026-12-05",
                        "venue": "Balai Desa", "region_code": "35.74.02"}],
        })
    return office, office_actor, target


def test_config_package_applies_everything_from_a_trusted_office(workspace: Workspace,
                                                                 actor: Actor,
                                                                 tmp_path: Path) -> None:
    office, _actor, package = _package(tmp_path)
    with workspace.db.session() as s, pytest.raises(ValueError, match="trust-office"):
        config_package.import_package(s, actor, package)
    with workspace.db.session() as s:
        applied = config_package.import_package(s, actor, package, trust_office=True)
    assert applied == {"officers": 2, "occupations": 2, "tariffs": 1, "consent": 1,
                       "events": 1, "officers_without_sign_in": 0}
    # the office's officer and its planned event keep the office's ids on the laptop,
    # so that the laptop's batches name them as the office does
    with office.db.session() as s:
        office_officer = s.scalar(select(Officer).where(Officer.username == "petugas1"))
        assert office_officer is not None
        office_officer_id = office_officer.id
    with workspace.db.session() as s:
        assert s.get(Officer, office_officer_id) is not None
    with workspace.db.session() as s:
        assert keys.office(s) is not None
        assert device.get_setting(s, device.CONSENT_VERSION_KEY) == "persetujuan-v2"
        assert config_package.occupations(s) == ("Pedagang Pasar", "Nelayan Rajungan")
        officer = s.scalar(select(Officer).where(Officer.username == "petugas1"))
        assert officer is not None and officer.role == "officer"
    assert workspace.tariffs().version == "kantor-2026.12"
    with workspace.db.session() as s:
        login = accounts.authenticate(s, actor, "petugas1", "sandi-petugas-1")
    assert isinstance(login, accounts.OfficerInfo)


@pytest.mark.parametrize("tamper", ["content", "signature", "other_office"])
def test_tampered_config_package_is_refused_and_nothing_changes(
    workspace: Workspace, actor: Actor, tmp_path: Path, tamper: str
) -> None:
    _office, _actor, package = _package(tmp_path)
    with workspace.db.session() as s:  # packages are an administrator's to import
        admin = accounts.create_officer(s, actor, "admin", "kunci-admin-laptop",
                                        "administrator")
    actor = Actor(actor.device_id, admin.id)
    with workspace.db.session() as s:  # the laptop already trusts this office
        config_package.import_package(s, actor, package, trust_office=True)
    data = json.loads(package.read_text(encoding="utf-8"))
    if tamper == "content":
        petugas = next(o for o in data["package"]["officers"] if o["role"] == "officer")
        petugas["role"] = "administrator"  # promote oneself
    elif tamper == "signature":
        sig = data["signature"]
        data["signature"] = ("A" if sig[0] != "A" else "B") + sig[1:]
    else:
        _other, _other_actor, other_package = _package(tmp_path / "lain")
        data = json.loads(other_package.read_text(encoding="utf-8"))
    bad = tmp_path / "paket-ubah.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    con = sqlite3.connect(workspace.data_dir / "lindungi.sqlite")
    before = list(con.iterdump())
    con.close()
    with workspace.db.session() as s, pytest.raises(ValueError) as refused:
        config_package.import_package(s, actor, bad)
    assert "tidak ada yang diterapkan" in str(refused.value) or "ditolak" in str(refused.value)
    con = sqlite3.connect(workspace.data_dir / "lindungi.sqlite")
    after = list(con.iterdump())
    con.close()
    assert after == before


def test_reveal_is_audited_and_breach_report_lists_exports(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    _office, _office_actor, office_key = office_in(tmp_path)
    laptop = Laptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:4])
    laptop.export(stick)
    plain = Laptop(tmp_path, "Laptop B", None)
    plain.register(PEOPLE[4:6])
    plain.export(stick)
    with laptop.ws.db.session() as s:
        target = laptop.ids[PEOPLE[0]["nik"]]
        assert privacy.reveal_nik(s, laptop.actor, target) == PEOPLE[0]["nik"]
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "nik_reveal")).all()
        assert [r.entity_id for r in reveals] == [str(target)]
        report = privacy.breach_report(s, laptop.actor, laptop.ws.data_dir)
    assert report.database.members_with_personal_data == 4
    assert report.not_yet_acknowledged_by_office == 4
    assert [(b.sequence, b.records > 4, b.encrypted)
            for b in report.batches_exported] == [(1, True, True)]
    with plain.ws.db.session() as s:
        plain_report = privacy.breach_report(s, plain.actor, plain.ws.data_dir)
    assert plain_report.batches_exported[0].encrypted is False
    text = json.dumps(report.as_dict())
    assert PEOPLE[0]["nama"] not in text and PEOPLE[0]["nik"] not in text
    # a consent proof waiting in the print queue is titled with the member's name; the
    # report lists the job without it
    print_jobs.consent_proof_to_queue(laptop.ws, laptop.actor, target)
    with laptop.ws.db.session() as s:
        report = privacy.breach_report(s, laptop.actor, laptop.ws.data_dir)
    assert [j.title for j in report.print_queue] == ["Bukti persetujuan (1 peserta)"]
    assert PEOPLE[0]["nama"] not in json.dumps(report.as_dict())


def test_retention_lists_old_voided_records(workspace: Workspace, actor: Actor,
                                            event_id: uuid.UUID) -> None:
    import datetime as dt

    old = register(workspace, actor, event_id, 1)
    register(workspace, actor, event_id, 2)
    with workspace.db.session() as s:
        m = s.get(Member, old)
        assert m is not None
        m.status = "voided"
        m.voided_at = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
        m.updated_at = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    with workspace.db.session() as s:
        rows = privacy.past_retention(s, dt.date(2026, 11, 21))
    assert [r["id"] for r in rows] == [str(old)]
