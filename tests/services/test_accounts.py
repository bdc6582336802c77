"""Officer accounts: lockout, roles, supervisor approval."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import DomainError, NotAllowed
from app.services import accounts, member_changes
from app.services.audit import Actor
from app.services.workspace import Workspace
from tests.helpers.people import register


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
    mid = register(staffed, actor, event_id)
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


def _conflicted_office_with_head(tmp_path: Path) -> tuple[Any, Actor, Any]:
    """An office holding one open conflict, and its administrator 'kepala'."""
    from tests.helpers.sync import conflicted_office

    stick = tmp_path / "usb"
    stick.mkdir()
    office, office_actor, _a, _b = conflicted_office(tmp_path, stick)
    with office.db.session() as s:
        head = accounts.create_officer(s, office_actor, "kepala", "sandi-kepala",
                                       "administrator")
    return office, office_actor, head


def test_resolving_a_conflict_needs_a_supervisor(tmp_path: Path) -> None:
    from app.services.sync import conflicts
    office, office_actor, head = _conflicted_office_with_head(tmp_path)
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


@pytest.mark.parametrize(("password", "why"), [
    ("111111", "minimal 10"),
    ("      ", "hanya spasi"),
    (" " * 12, "hanya spasi"),
    ("1111111111", "diulang"),
    ("abcabcabcabc", "diulang"),
    ("1234567890", "deretan angka"),
    ("0987654321", "deretan angka"),
    ("Password2024!", "terlalu umum"),
    ("BISMILLAH123", "terlalu umum"),
    ("rahasia-rahasia", "terlalu umum"),
    ("indonesia 45", "terlalu umum"),
    ("lindungi99", "terlalu umum"),
    ("baru.saja123", "nama pengguna"),
])
def test_guessable_passwords_are_refused_with_what_to_do(staffed: Workspace, actor: Actor,
                                                         password: str, why: str) -> None:
    with staffed.db.session() as s:
        rows = {o.username: o for o in accounts.list_officers(s)}
    admin = Actor(actor.device_id, rows["admin"].id)
    with staffed.db.session() as s, pytest.raises(DomainError, match=why) as refused:
        accounts.create_officer(s, admin, "baru.saja", password)
    assert "kalimat sandi" in str(refused.value)
    new_password = "BUDI-12345678" if why == "nama pengguna" else password
    with staffed.db.session() as s, pytest.raises(DomainError, match=why):
        accounts.update_officer(s, admin, rows["budi"].id, new_password=new_password)
    with staffed.db.session() as s:  # nothing changed
        assert "baru.saja" not in {o.username for o in accounts.list_officers(s)}
        assert isinstance(accounts.authenticate(s, actor, "budi", "sandi-petugas"),
                          accounts.OfficerInfo)


def test_a_passphrase_and_a_long_password_are_accepted(staffed: Workspace,
                                                       actor: Actor) -> None:
    with staffed.db.session() as s:
        rows = {o.username: o for o in accounts.list_officers(s)}
    admin = Actor(actor.device_id, rows["admin"].id)
    with staffed.db.session() as s:
        accounts.create_officer(s, admin, "tuti", "kopi pagi di pasar")
        accounts.update_officer(s, admin, rows["budi"].id, new_password="Jembatan-Suramadu-7")


def test_the_first_administrator_needs_a_policy_password(tmp_path: Path) -> None:
    from app.services import device

    ws = Workspace.open(tmp_path / "baru")
    with ws.db.session() as s, pytest.raises(DomainError, match="minimal 10"):
        device.initialise(s, "Laptop", "35.74", "admin", "111111")
    with ws.db.session() as s:
        assert not accounts.has_accounts(s)


def test_unknown_usernames_take_as_long_as_known_ones(staffed: Workspace,
                                                     actor: Actor) -> None:
    def timed(username: str) -> float:
        best = float("inf")
        for _ in range(3):
            with staffed.db.session() as s:
                start = time.perf_counter()
                result = accounts.authenticate(s, actor, username, "bukan-sandinya")
                best = min(best, time.perf_counter() - start)
            assert isinstance(result, accounts.AuthError)
        return best

    known, unknown = timed("sri"), timed("tidak.ada")
    assert unknown >= known / 2, (known, unknown)


def _forged(staffed: Workspace, actor: Actor) -> accounts.Approval:
    with staffed.db.session() as s:
        admin = next(o for o in accounts.list_officers(s) if o.username == "admin")
    return accounts.Approval(officer_id=admin.id, username="admin")


def test_an_approval_built_by_hand_is_refused(staffed: Workspace, actor: Actor,
                                              event_id: uuid.UUID) -> None:
    from app.services import privacy

    mid = register(staffed, actor, event_id)
    forged = _forged(staffed, actor)
    with staffed.db.session() as s, pytest.raises(NotAllowed, match="tidak sah"):
        member_changes.void_member(s, actor, mid, "alasan yang cukup panjang", forged)
    with staffed.db.session() as s, pytest.raises(NotAllowed, match="tidak sah"):
        privacy.erase_member(s, actor, mid, "permintaan peserta sendiri", forged)
    with staffed.db.session() as s:
        assert member_changes.get_member(s, mid).status == "active"
    with staffed.db.session() as s:  # a real one works once, and only once
        ok = accounts.approve(s, actor, "sri", "sandi-supervisor")
    assert isinstance(ok, accounts.Approval)
    with staffed.db.session() as s, pytest.raises(NotAllowed, match="tidak sah"):
        member_changes.void_member(s, actor, mid, "alasan yang cukup panjang",
                                   accounts.Approval(ok.officer_id, ok.username))
    with staffed.db.session() as s:
        member_changes.void_member(s, actor, mid, "alasan yang cukup panjang", ok)
    with staffed.db.session() as s, pytest.raises(NotAllowed, match="sudah dipakai"):
        privacy.erase_member(s, actor, mid, "permintaan peserta sendiri", ok)
    with staffed.db.session() as s:
        assert member_changes.get_member(s, mid).status == "voided"


def test_an_approval_expires_after_two_minutes(staffed: Workspace, actor: Actor,
                                               event_id: uuid.UUID,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    mid = register(staffed, actor, event_id)
    with staffed.db.session() as s:
        ok = accounts.approve(s, actor, "sri", "sandi-supervisor")
    assert isinstance(ok, accounts.Approval)
    later = time.monotonic() + accounts.APPROVAL_SECONDS + 1
    monkeypatch.setattr(time, "monotonic", lambda: later)
    with staffed.db.session() as s, pytest.raises(NotAllowed, match="kedaluwarsa"):
        member_changes.void_member(s, actor, mid, "alasan yang cukup panjang", ok)
    with staffed.db.session() as s:
        assert member_changes.get_member(s, mid).status == "active"


def test_resolving_a_conflict_refuses_an_approval_built_by_hand(tmp_path: Path) -> None:
    from app.services.sync import conflicts
    office, office_actor, head = _conflicted_office_with_head(tmp_path)
    with office.db.session() as s:
        (c,) = conflicts.open_conflicts(s)
    forged = accounts.Approval(officer_id=head.id, username="kepala")
    with office.db.session() as s, pytest.raises(NotAllowed, match="tidak sah"):
        conflicts.resolve(s, office_actor, c.id, "keep_existing", approval=forged)
    with office.db.session() as s:
        assert [o.id for o in conflicts.open_conflicts(s)] == [c.id]
