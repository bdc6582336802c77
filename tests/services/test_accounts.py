"""Officer accounts: lockout, roles, supervisor approval."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from app.services import accounts, member_changes
from app.services.audit import Actor
from app.services.workspace import Workspace
from tests.services.test_desk_services import _register


@pytest.fixture
def staffed(workspace: Workspace, actor: Actor) -> Workspace:
    with workspace.db.session() as s:
        admin = accounts.create_officer(s, actor, "admin", "sandi-admin", "administrator")
    by_admin = Actor(actor.device_id, admin.id)
    with workspace.db.session() as s:
        accounts.create_officer(s, by_admin, "sri", "sandi-supervisor", "supervisor", "Sri W.")
        accounts.create_officer(s, by_admin, "budi", "sandi-petugas", "officer", "Budi S.")
    return workspace


def test_only_administrators_manage_accounts(staffed: Workspace, actor: Actor) -> None:
    with staffed.db.session() as s:
        rows = {o.username: o for o in accounts.list_officers(s)}
    officer = Actor(actor.device_id, rows["budi"].id)
    with staffed.db.session() as s, pytest.raises(PermissionError, match="Administrator"):
        accounts.create_officer(s, officer, "baru", "sandi-baru-1")
    with staffed.db.session() as s, pytest.raises(PermissionError):
        accounts.update_officer(s, officer, rows["sri"].id, role="administrator")
    admin = Actor(actor.device_id, rows["admin"].id)
    with staffed.db.session() as s:
        accounts.update_officer(s, admin, rows["budi"].id, active=False)
    with staffed.db.session() as s:
        refused = accounts.authenticate(s, actor, "budi", "sandi-petugas")
    assert isinstance(refused, accounts.AuthError)


def test_five_failures_lock_for_five_minutes_then_unlock(staffed: Workspace,
                                                         actor: Actor) -> None:
    now = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC)
    for attempt in range(4):
        with staffed.db.session() as s:
            result = accounts.authenticate(s, actor, "budi", "keliru", now)
        assert isinstance(result, accounts.AuthError) and "salah" in str(result), attempt
    with staffed.db.session() as s:
        fifth = accounts.authenticate(s, actor, "budi", "keliru", now)
    assert isinstance(fifth, accounts.AuthError) and "dikunci 5 menit" in str(fifth)
    with staffed.db.session() as s:  # even the right password waits
        locked = accounts.authenticate(s, actor, "budi", "sandi-petugas",
                                       now + dt.timedelta(minutes=4))
    assert isinstance(locked, accounts.AuthError) and "terkunci" in str(locked)
    with staffed.db.session() as s:
        later = accounts.authenticate(s, actor, "budi", "sandi-petugas",
                                      now + dt.timedelta(minutes=5, seconds=1))
    assert isinstance(later, accounts.OfficerInfo) and later.role == "officer"


def test_void_needs_a_supervisor_at_that_moment(staffed: Workspace, actor: Actor,
                                                event_id: uuid.UUID, tmp_path: Path) -> None:
    mid = _register(staffed, actor, event_id)
    with staffed.db.session() as s, pytest.raises(PermissionError, match="supervisor"):
        member_changes.void_member(s, actor, mid, "alasan yang cukup panjang")
    with staffed.db.session() as s:
        officer = accounts.approve(s, actor, "budi", "sandi-petugas")
    assert isinstance(officer, accounts.AuthError) and "supervisor" in str(officer)
    with staffed.db.session() as s:
        wrong = accounts.approve(s, actor, "sri", "keliru")
    assert isinstance(wrong, accounts.AuthError)
    with staffed.db.session() as s:
        ok = accounts.approve(s, actor, "sri", "sandi-supervisor")
    assert isinstance(ok, accounts.Approval)
    with staffed.db.session() as s:
        member_changes.void_member(s, actor, mid, "alasan yang cukup panjang", ok)
        assert member_changes.get_member(s, mid).status == "voided"


def test_resolving_a_conflict_needs_a_supervisor(tmp_path: Path) -> None:
    from app.services import conflicts
    from tests.services.test_sync import _conflicted_office

    stick = tmp_path / "usb"
    stick.mkdir()
    office, office_actor, _a, _b = _conflicted_office(tmp_path, stick)
    with office.db.session() as s:
        head = accounts.create_officer(s, office_actor, "kepala", "sandi-kepala",
                                       "administrator")
    with office.db.session() as s:
        accounts.create_officer(s, Actor(office.device_id, head.id), "staf", "sandi-staf",
                                "officer")
    with office.db.session() as s:
        (c,) = conflicts.open_conflicts(s)
    with office.db.session() as s, pytest.raises(PermissionError):
        conflicts.resolve(s, office_actor, c.id, "keep_existing")
    with office.db.session() as s:
        staff = accounts.approve(s, office_actor, "staf", "sandi-staf")
        ok = accounts.approve(s, office_actor, "kepala", "sandi-kepala")
    assert isinstance(staff, accounts.AuthError) and isinstance(ok, accounts.Approval)
    with office.db.session() as s:
        conflicts.resolve(s, office_actor, c.id, "keep_existing", approval=ok)
        assert conflicts.open_conflicts(s) == []
