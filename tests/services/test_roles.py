"""Who may do what (app/services/roles.py): for every operation in the table, the role
just below the least one is refused inside the service and nothing changes; the least
role succeeds; docs/roles.md says the same as the table."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import NotAllowed
from app.models import AuditEntry, Member
from app.services import (
    accounts,
    backup,
    bpjs,
    config_package,
    device,
    events,
    groups,
    keys,
    privacy,
    reports,
    roles,
)
from app.services.audit import Actor
from app.services.sync import acks, merge
from app.services.sync.signing import unb64
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot
from tests.helpers.people import TODAY, register_people
from tests.helpers.sync import PEOPLE, Laptop, office_in

PASSWORDS = {"administrator": "kunci admin laptop", "supervisor": "kunci supervisor laptop",
             "officer": "kunci petugas laptop"}


@dataclass
class Desk:
    """A laptop with an administrator, a supervisor and an officer, trusting office O,
    and the files the operations take."""

    ws: Workspace
    who: dict[str, Actor]
    files: dict[str, Any]


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    stick = tmp_path / "usb"
    stick.mkdir()
    office, office_actor, office_key = office_in(tmp_path)
    laptop = Laptop(tmp_path, "Laptop A", office_key)
    laptop.register(PEOPLE[0:3])
    exported = laptop.export(stick)
    merge.import_file(office, office_actor, exported.file, trust_new_device=True)
    ack = stick / "ack.json"
    with office.db.session() as s:
        acks.make_ack(s, office_actor, laptop.ws.device_id, ack)
    package = stick / "paket.json"
    with office.db.session() as s:
        config_package.make_package(s, office_actor, package,
                                    {"occupations": ["Nelayan"]})
    other = Laptop(tmp_path, "Laptop B", None)
    rogue, _, rogue_key = office_in(tmp_path / "palsu")
    with other.ws.db.session() as s:
        other_key = keys.export_public_key(s)
    ws = laptop.ws
    who: dict[str, Actor] = {}
    for role in ("administrator", "supervisor", "officer"):  # the first needs nobody
        with ws.db.session() as s:
            info = accounts.create_officer(s, who.get("administrator", Actor(ws.device_id)),
                                           role[:5], PASSWORDS[role], role)
        who[role] = Actor(ws.device_id, info.id)
    with ws.db.session() as s:  # a group with members of the open event and of a closed one
        group = groups.create_group(s, who["officer"],
                                    groups.GroupFields("Paguyuban Uji", "paguyuban")).id
        closed = events.create_event(s, who["officer"], "Acara selesai", TODAY, "",
                                     "35.74.03").id
    late = register_people(ws, who["officer"], closed, PEOPLE[3:4])
    with ws.db.session() as s:
        groups.add_members(s, who["officer"], group, [*laptop.ids.values(), *late.values()])
        events.close_event(s, who["officer"], closed, ws.tariffs())
    ws.backup("manual")
    made = backup.list_backups(ws.data_dir)[0].path
    for w in (office, other.ws, rogue):
        w.close()
    return Desk(ws, who, {"ack": ack, "package": package, "other_key": other_key,
                          "batch": exported.file,
                          "office_key": office_key, "rogue_key": rogue_key,
                          "backup": made, "out": tmp_path / "keluar", "group": group,
                          "open_member": next(iter(laptop.ids.values())),
                          "closed_member": next(iter(late.values()))})


def _session_op(fn: Callable[[Any, Actor, Desk], Any]) -> Callable[[Desk, Actor], Any]:
    def run(d: Desk, actor: Actor) -> Any:
        with d.ws.db.session() as s:
            return fn(s, actor, d)
    return run


def _restore(d: Desk, actor: Actor) -> Any:
    d.ws.close()
    return backup.restore(d.ws.data_dir, d.files["backup"], actor)


def _fresh_device_key(d: Desk) -> dict[str, str]:
    key: dict[str, str] = d.files["other_key"]
    return key


#: operation → how to do it as `actor`
OPERATIONS: dict[str, Callable[[Desk, Actor], Any]] = {
    "keys.import_device": _session_op(
        lambda s, a, d: keys.import_public_key(s, a, _fresh_device_key(d))),
    "keys.import_office": _session_op(
        lambda s, a, d: keys.import_public_key(s, a, d.files["office_key"], as_office=True)),
    "keys.replace_office": _session_op(
        lambda s, a, d: keys.import_public_key(s, a, d.files["rogue_key"], as_office=True,
                                               replace=True)),
    "config.import_package": _session_op(
        lambda s, a, d: config_package.import_package(s, a, d.files["package"])),
    "config.make_package": _session_op(
        lambda s, a, d: config_package.make_package(s, a, d.files["out"] / "paket.json",
                                                    {"occupations": ["Petani"]})),
    "ack.import": _session_op(lambda s, a, d: acks.import_ack(s, a, d.files["ack"])),
    "backup.restore": _restore,
    "accounts.create": _session_op(
        lambda s, a, d: accounts.create_officer(s, a, "baru", "kunci akun yang baru",
                                                "officer")),
    "accounts.update": _session_op(
        lambda s, a, d: accounts.update_officer(s, a, d.who["officer"].officer_id,  # type: ignore[arg-type]
                                                new_password="kunci petugas berganti")),
    "accounts.list": _session_op(lambda s, a, d: accounts.list_accounts(s, a)),
    "device.home_region": _session_op(
        lambda s, a, d: device.set_home_region(s, a, "35.26")),
    "device.desk_settings": _session_op(
        lambda s, a, d: device.set_idle_lock_minutes(s, a, 5)),
    "reports.coverage_target": _session_op(
        lambda s, a, d: reports.set_target(s, a, 12_000, 60)),
    "export.bpjs": lambda d, a: bpjs.export_workbook(d.ws, a, d.files["out"] / "bpjs.xlsx"),
    "privacy.breach_report": _session_op(
        lambda s, a, d: privacy.breach_report(s, a, d.ws.data_dir)),
    "members.list_full_nik": _session_op(lambda s, a, d: privacy.list_members(s, a, True)),
    "backup.now": lambda d, a: backup.backup_now(d.ws, a),
    "keys.export": _session_op(lambda s, a, d: keys.key_file(s, a)),
    "batch.verify": _session_op(
        lambda s, a, d: merge.verify_file(s, a, d.files["batch"])),
    "groups.remove_members": _session_op(
        lambda s, a, d: groups.remove_members(s, a, d.files["group"],
                                              [d.files["open_member"]])),
    "groups.remove_members_closed": _session_op(
        lambda s, a, d: groups.remove_members(s, a, d.files["group"],
                                              [d.files["closed_member"]])),
}

def test_every_operation_in_the_table_is_tested() -> None:
    assert set(OPERATIONS) == set(roles.OPERATIONS)


def _state(d: Desk) -> tuple[Any, ...]:
    files = sorted(p.relative_to(d.ws.data_dir).as_posix()
                   for p in d.ws.data_dir.rglob("*") if p.is_file() and "-wal" not in p.name
                   and "-shm" not in p.name and p.name != "lindungi.log")
    out = sorted(p.name for p in d.files["out"].rglob("*")) if d.files["out"].exists() else []
    return snapshot(d.ws), files, out


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_the_role_below_is_refused_and_nothing_changes(desk: Desk, operation: str) -> None:
    """Every role below the least one, and nobody signed in (the device alone)."""
    desk.files["out"].mkdir()
    least = roles.OPERATIONS[operation]
    below = [desk.who[r] for r in roles.ORDER[:roles.ORDER.index(least)]]
    for actor in [*below, Actor(desk.ws.device_id)]:
        before = _state(desk)
        with pytest.raises(NotAllowed):
            OPERATIONS[operation](desk, actor)
        assert _state(desk) == before, actor


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_the_least_role_may(desk: Desk, operation: str) -> None:
    desk.files["out"].mkdir()
    OPERATIONS[operation](desk, desk.who[roles.OPERATIONS[operation]])


def test_moving_a_member_into_another_group_takes_them_out_of_theirs(desk: Desk) -> None:
    """Adding a member who is in another group moves them: that is taking them out of
    their group, so the same rule holds (a member of a closed event: a supervisor), and
    both groups' audit trails say so. Without that, adding to a second group was a way
    round `groups.remove_members_closed`."""
    with desk.ws.db.session() as s:
        other = groups.create_group(s, desk.who["officer"],
                                    groups.GroupFields("Koperasi Lain", "koperasi")).id
    before = _state(desk)
    for actor in (desk.who["officer"], Actor(desk.ws.device_id)):
        with desk.ws.db.session() as s, pytest.raises(NotAllowed):
            groups.add_members(s, actor, other, [desk.files["closed_member"]])
        assert _state(desk) == before, actor
    with desk.ws.db.session() as s:  # a member of the open event: the officer may
        assert groups.add_members(s, desk.who["officer"], other,
                                  [desk.files["open_member"]]) == groups.Joined(1, 1)
    with desk.ws.db.session() as s:
        assert groups.add_members(s, desk.who["supervisor"], other,
                                  [desk.files["closed_member"]]) == groups.Joined(1, 1)
        placed = {m.id: m.group_id for m in s.scalars(select(Member).where(Member.id.in_(
            [desk.files["open_member"], desk.files["closed_member"]])))}
        trail = [(e.action, e.entity_id, json.loads(e.details)) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.device_id == desk.ws.device_id,
                                     AuditEntry.action.in_(
                                         ["group_add_members", "group_remove_members"]))
            .order_by(AuditEntry.segment, AuditEntry.seq))][-4:]
    assert set(placed.values()) == {other}
    group, other_id = str(desk.files["group"]), str(other)
    assert [(a, g, d["members"]) for a, g, d in trail] == [
        ("group_remove_members", group, 1), ("group_add_members", other_id, 1),
        ("group_remove_members", group, 1), ("group_add_members", other_id, 1)]
    assert [d.get("closed_events") for _, _, d in trail[::2]] == [0, 1]


def test_no_accounts_no_check(tmp_path: Path) -> None:
    """A laptop before its first account: the device acts alone, as before."""
    stick = tmp_path / "usb"
    stick.mkdir()
    _office, _actor, office_key = office_in(tmp_path)
    laptop = Laptop(tmp_path, "Laptop A", office_key)  # imported the office key
    laptop.register(PEOPLE[0:2])
    with laptop.ws.db.session() as s:
        assert len(privacy.list_members(s, laptop.actor, True)) == 2
        privacy.breach_report(s, laptop.actor, laptop.ws.data_dir)
    assert bpjs.export_workbook(laptop.ws, laptop.actor, tmp_path / "b.xlsx") == 2
    assert backup.backup_now(laptop.ws, laptop.actor)


def test_replacing_the_office_is_deliberate_and_audited(desk: Desk) -> None:
    admin = desk.who["administrator"]
    old = keys.fingerprint(unb64(desk.files["office_key"]["public_key"]))
    new = keys.fingerprint(unb64(desk.files["rogue_key"]["public_key"]))
    before = _state(desk)
    with desk.ws.db.session() as s, pytest.raises(ValueError) as refused:
        keys.import_public_key(s, admin, desk.files["rogue_key"], as_office=True)
    assert old in str(refused.value) and new in str(refused.value)
    assert "--replace-office" in str(refused.value)
    assert _state(desk) == before
    with desk.ws.db.session() as s:  # the same office again changes nothing and asks nothing
        keys.import_public_key(s, admin, desk.files["office_key"], as_office=True)
        keys.import_public_key(s, admin, desk.files["rogue_key"], as_office=True, replace=True)
        assert keys.office(s) is not None
        assert keys.office(s)[0] == uuid.UUID(desk.files["rogue_key"]["device_id"])  # type: ignore[index]
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "office_key_replace")).one()
    details = json.loads(entry.details)
    assert (details["old_fingerprint"], details["new_fingerprint"]) == (old, new)
    assert entry.officer_id == admin.officer_id


def test_a_full_nik_list_is_audited_once_with_the_count_only(desk: Desk) -> None:
    with desk.ws.db.session() as s:
        masked = privacy.list_members(s, desk.who["officer"], False)
        full = privacy.list_members(s, desk.who["supervisor"], True)
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "nik_reveal")).all()
    assert {m.nik for m in full} == {p["nik"] for p in PEOPLE[0:4]}  # 3 + 1 at the closed event
    assert all(m.nik[6:12] == "******" for m in masked)
    assert len(reveals) == 1 and json.loads(reveals[0].details)["count"] == 4
    assert not any(p["nik"] in reveals[0].details for p in PEOPLE)


def test_a_backup_of_another_laptop_is_refused(desk: Desk, tmp_path: Path) -> None:
    other = Laptop(tmp_path / "lain", "Laptop C", None)
    foreign = other.ws.backup("manual")[0]
    other.ws.close()
    desk.ws.close()
    with pytest.raises(ValueError, match="perangkat lain"):
        backup.restore(desk.ws.data_dir, foreign, desk.who["administrator"])


def test_docs_roles_md_is_the_table() -> None:
    import importlib.util

    script = Path(__file__).parents[2] / "scripts" / "roles_doc.py"
    spec = importlib.util.spec_from_file_location("roles_doc", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.DOC.read_text(encoding="utf-8") == module.render(), (
        "docs/roles.md differs from app/services/roles.py: run scripts/roles_doc.py")
