"""Write the stored batch files of tests/fixtures/batches with this checkout's program.

    python scripts/make_batch_fixtures.py OUT_DIR [--plain-only]

Made once per batch format and committed, so that every later program is tested against
files an earlier one really wrote (tests/services/test_stored_batches.py). A laptop set up
as officers set one up, with an administrator and an officer who does the work: members
(one in a group), slips with a reprint, a void and an erasure approved by the
administrator. Two batches: `laptop-plain.ldgb` from a laptop that trusts no office, and
`laptop-encrypted.ldgb` encrypted to the office whose database is written as
`office.sqlite` (it holds the office's private keys, so the test can open the batch).
People come from the demo factory: generated, never real. `--plain-only` writes the plain
batch alone (for an older program, which may not know every service used here).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import resources
from app.db import DB_FILENAME, backup_sqlite
from app.services import accounts, device, events, keys, member_cleaning, member_rules, members
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.sync import export
from app.services.workspace import Workspace

DAY = dt.date(2026, 11, 21)
ADMIN, ADMIN_PASSWORD = "admin", "sandi-admin-1"
OFFICER, OFFICER_PASSWORD = "rina", "sandi-rina-1"


def laptop(folder: Path, name: str, office_key: dict[str, str] | None, seed: int) -> Path:
    ws = Workspace.open(folder)
    try:
        with ws.db.session() as s:
            device.initialise(s, name, "35.74", ADMIN, ADMIN_PASSWORD)
        bare = Actor(ws.device_id)
        with ws.db.session() as s:
            admin = accounts.authenticate(s, bare, ADMIN, ADMIN_PASSWORD)
        assert isinstance(admin, accounts.OfficerInfo)
        admin_actor = Actor(ws.device_id, admin.id)
        with ws.db.session() as s:
            accounts.create_officer(s, admin_actor, OFFICER, OFFICER_PASSWORD, "officer",
                                    "Rina Petugas Lapangan")
            if office_key:
                keys.import_public_key(s, admin_actor, office_key, as_office=True)
        with ws.db.session() as s:
            rina = accounts.authenticate(s, bare, OFFICER, OFFICER_PASSWORD)
        assert isinstance(rina, accounts.OfficerInfo)
        actor = Actor(ws.device_id, rina.id)
        with ws.db.session() as s:
            event = events.create_event(s, actor, "Sosialisasi BPU Kelurahan Jrebeng", DAY,
                                        "Balai RW 3", "35.74.03").id
            rules = member_rules.MemberRules.load(s, resources.regions(), ws.tariffs(), DAY)
        ids = []
        for person in PeopleFactory(seed).people(6):
            clean, problems = member_cleaning.clean_member(person.row(), rules)
            assert clean is not None, problems
            with ws.db.session() as s:
                ids.append(members.register(s, actor, clean, event, "persetujuan-v1"))
        _group_slips_void_erase(ws, actor, ids, admin)
        stick = folder.parent / f"{folder.name}-stick"
        stick.mkdir()
        return export.export_batch(ws, actor, stick).file
    finally:
        ws.close()


def _group_slips_void_erase(ws: Workspace, actor: Actor, ids: list[uuid.UUID],
                            admin: accounts.OfficerInfo) -> None:
    from app.services import groups, member_changes, privacy, slip_codes

    with ws.db.session() as s:
        group = groups.create_group(s, actor, groups.GroupFields(
            "Paguyuban Nelayan Mayangan", "paguyuban", region="35.74.04"), on=DAY)
        groups.add_members(s, actor, group.id, ids[:2])
    for _copy in range(2):  # the original, then a reprint ("SALINAN ke-1")
        with ws.db.session() as s:
            slip_codes.issue_slips(s, actor, ids[:3], "a4", ws.tariffs())
    with ws.db.session() as s:
        approval = accounts.approve(s, actor, ADMIN, ADMIN_PASSWORD)
        assert isinstance(approval, accounts.Approval)
        member_changes.void_member(s, actor, ids[3], "mendaftar dua kali",
                                   approval)
    with ws.db.session() as s:
        approval = accounts.approve(s, actor, ADMIN, ADMIN_PASSWORD)
        assert isinstance(approval, accounts.Approval)
        privacy.erase_member(s, actor, ids[4], "permintaan peserta",
                             approval)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--plain-only", action="store_true")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lindungi-fixtures-") as tmp:
        root = Path(tmp)
        plain = laptop(root / "laptop-plain", "Laptop Contoh Polos", None, seed=9001)
        shutil.copyfile(plain, args.out / "laptop-plain.ldgb")
        if args.plain_only:
            return 0
        office = Workspace.open(root / "office")
        with office.db.session() as s:
            device.initialise(s, "Kantor Contoh", "35.74")
        with office.db.session() as s:
            office_key = keys.export_public_key(s)
        office.close()
        backup_sqlite(root / "office" / DB_FILENAME, args.out / "office.sqlite")
        sealed = laptop(root / "laptop-sealed", "Laptop Contoh Sandi", office_key, seed=9002)
        shutil.copyfile(sealed, args.out / "laptop-encrypted.ldgb")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
