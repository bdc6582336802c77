"""Officer accounts: argon2 password hashes, roles, lockout after failed attempts."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError, NotAllowed, NotFound, UserError
from app.domain.messages import Text, t
from app.models import Device, Officer, utcnow
from app.services.audit import Actor, record

ROLES = {"officer": "Petugas", "supervisor": "Supervisor", "administrator": "Administrator"}
MAX_FAILED = 5
LOCK_MINUTES = 5

_hasher = PasswordHasher()
#: verified against when the username is unknown (or cannot sign in), so that a refusal
#: takes as long as a wrong password for a real account: usernames cannot be probed. The
#: hash of a random password nobody kept, made once with the hasher's parameters (not at
#: every start: hashing costs each command a third of a second); made anew should the
#: library's parameters change, so the verification still costs what a real one does
_DUMMY_HASH = ("$argon2id$v=19$m=65536,t=3,p=4$8NLOfZAWy4PoVx1K0+WYQw$"
               "zrmRmsr+Xv90BjnARJfc+KQOL8bH4QiIomg6VJdvcSA")
if _hasher.check_needs_rehash(_DUMMY_HASH):
    _DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def _waste_a_verification(password: str) -> None:
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_DUMMY_HASH, password)


# --- the password policy ----------------------------------------------------------------

#: fewer characters than this (spaces inside counted once) are refused
MIN_PASSWORD = 10

#: what a guess list tries first, lowercase; a password is refused when, lowercased and
#: stripped of digits, spaces and punctuation, it is one of these (or one repeated)
COMMON_PASSWORDS = frozenset({
    "password", "passw0rd", "pass", "sandi", "katasandi", "kata", "rahasia", "rahasiaku",
    "sayang", "sayangku", "cinta", "cintaku", "aku", "kamu", "qwerty", "qwertyuiop", "asdf",
    "asdfgh", "asdfghjkl", "zxcvbnm", "qazwsx", "abc", "abcd", "abcdef", "abcdefgh",
    "abcdefghij", "admin", "administrator", "admins", "root", "user", "pengguna", "login",
    "masuk", "welcome", "selamat", "selamatdatang", "bismillah", "alhamdulillah", "indonesia",
    "jakarta", "merdeka", "garuda", "lindungi", "bpjs", "bpjstk", "bpjsketenagakerjaan",
    "ketenagakerjaan", "disnaker", "disperinaker", "kantor", "petugas", "supervisor",
    "operator", "demo", "test", "testing", "tes", "coba", "iloveyou", "monkey", "dragon",
    "master", "letmein", "football", "sunshine", "princess", "superman", "batman", "shadow",
    "secret", "changeme", "default", "guest", "123456", "12345678", "1234567890", "admin123",
    "password1", "qwerty123", "000000",
})


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalpha())


def _repeats_unit(text: str, longest: int) -> str | None:
    """The short unit `text` is made of by repetition (at least twice), if any."""
    for size in range(1, min(longest, len(text) // 2) + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return None


def _is_run(digits: str) -> bool:
    """Digits counting up or down by one (``1234567890``, ``9876543210``, ``3456789012``)."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})


def password_problem(password: str, username: str = "") -> str | None:
    """Why a new password is refused, in Indonesian and saying what to do; None when fine.

    The policy: at least ten characters; not one character repeated (``111111``, six
    spaces) nor a short pattern repeated; not a run of digits (``1234567890``); not the
    username; not a common password (``Rahasia2024!`` is ``rahasia`` to a guess list:
    case, digits, spaces and punctuation are left out before comparing). A passphrase —
    three words or more of three letters or more, e.g. ``kopi pagi di pasar`` — is what
    the messages suggest; it is always long enough, so it needs no rule of its own.
    """
    advice = t("; pakai kalimat sandi dari tiga kata atau lebih yang hanya Anda ingat")
    collapsed = " ".join(password.split())
    if not collapsed:
        return t("kata sandi tidak boleh kosong atau hanya spasi{advice}", advice=advice)
    if len(collapsed) < MIN_PASSWORD:
        return t("kata sandi minimal {most} karakter{advice}", most=MIN_PASSWORD, advice=advice)
    squeezed = "".join(password.lower().split())
    unit = _repeats_unit(squeezed, 4)
    if unit is not None:
        return t("kata sandi tidak boleh berupa satu huruf atau pola pendek yang diulang{advice}",
                 advice=advice)
    if squeezed.isdigit() and _is_run(squeezed):
        return t("kata sandi tidak boleh berupa deretan angka{advice}", advice=advice)
    letters = _letters(password)
    word = _repeats_unit(letters, len(letters) // 2) or letters
    name = username.strip().lower()
    if name and (squeezed == name or (word and word == _letters(name))):
        return t("kata sandi tidak boleh berupa nama pengguna, juga bila ditambah angka atau "
                 "tanda{advice}", advice=advice)
    guesses = {squeezed, letters, word}
    if guesses & COMMON_PASSWORDS:
        return t("kata sandi ini terlalu umum dan mudah ditebak{advice}", advice=advice)
    return None


def check_password(password: str, username: str = "") -> None:
    """Refuse a new password the policy does not accept (see password_problem)."""
    problem = password_problem(password, username)
    if problem is not None:
        raise DomainError(problem)



class AuthError(UserError):
    """Login refused; the message says what to do, never which part was wrong."""


@dataclass(frozen=True)
class OfficerInfo:
    """A plain, detached view of an officer for callers outside the session."""

    id: uuid.UUID
    username: str
    full_name: str
    role: str


def _info(o: Officer) -> OfficerInfo:
    return OfficerInfo(o.id, o.username, o.full_name, o.role)


#: accounts that can sign in on this database (field officers of laptops, kept at the
#: office by the batches that name them, have no password hash here)
CAN_SIGN_IN = Officer.password_hash != ""


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Officer).where(CAN_SIGN_IN)))


def create_officer(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    role: str = "officer",
    full_name: str = "",
) -> OfficerInfo:
    require_role(session, actor, ("administrator",))  # the very first account excepted
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        raise DomainError(t("nama pengguna hanya huruf, angka, titik atau garis bawah"))
    if role not in ROLES:
        raise DomainError(t("peran harus officer, supervisor atau administrator"))
    check_password(password, username)
    if session.scalar(select(Officer.id).where(Officer.username == username, CAN_SIGN_IN)):
        raise DomainError(t("nama pengguna itu sudah dipakai"))
    officer = Officer(
        username=username,
        full_name=full_name.strip() or username,
        role=role,
        password_hash=_hasher.hash(password),
        changed_by_device=actor.device_id,
        home_device_id=actor.device_id,
    )
    session.add(officer)
    session.flush()
    record(session, actor, "officer_create", "officer", officer.id, role=role)
    return _info(officer)


def authenticate(
    session: Session, device_actor: Actor, username: str, password: str,
    now: dt.datetime | None = None,
) -> OfficerInfo | AuthError:
    """Check a password; five failures lock the account for five minutes.

    Returns the refusal instead of raising it, so that the caller's transaction
    commits the failed-attempt counter and the audit entry before refusing.
    """
    now = now or utcnow()
    officer = session.scalar(select(Officer).where(Officer.username == username.strip().lower(),
                                                   CAN_SIGN_IN))
    if officer is None or not officer.active:
        _waste_a_verification(password)
        record(session, device_actor, "login_failed", "officer", "", reason="unknown")
        return AuthError(t("Nama pengguna atau kata sandi salah."))
    if officer.locked_until and officer.locked_until > now:
        _waste_a_verification(password)
        wait = int((officer.locked_until - now).total_seconds() // 60) + 1
        return AuthError(t("Akun terkunci karena salah kata sandi; coba lagi {wait} menit lagi.",
                           wait=wait))
    try:
        _hasher.verify(officer.password_hash, password)
    except (VerificationError, InvalidHashError):
        officer.failed_attempts += 1
        locked = officer.failed_attempts >= MAX_FAILED
        if locked:
            officer.failed_attempts = 0
            officer.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
        record(session, device_actor, "login_failed", "officer", officer.id, locked=locked)
        if locked:
            return AuthError(
                t("Kata sandi salah {MAX_FAILED} kali; akun dikunci {LOCK_MINUTES} menit.",
                  MAX_FAILED=MAX_FAILED,
                  LOCK_MINUTES=LOCK_MINUTES)
            )
        return AuthError(t("Nama pengguna atau kata sandi salah."))
    officer.failed_attempts = 0
    officer.locked_until = None
    record(session, Actor(device_actor.device_id, officer.id), "login", "officer", officer.id)
    return _info(officer)


def record_lock(session: Session, actor: Actor, reason: str) -> None:
    """The desk hid its pages behind the password prompt ("idle" after the quiet spell,
    "now" when the officer locked it): an audit entry with the officer's id only."""
    record(session, actor, "desk_lock", "officer", actor.officer_id or "", reason=reason)


def record_switch(session: Session, actor: Actor, previous: uuid.UUID | None) -> None:
    """Another officer signed in on the locked desk (after their own `login` entry): the
    window is theirs from now on."""
    record(session, actor, "officer_switch", "officer", actor.officer_id or "",
           previous=str(previous or ""))


SUPERVISORS = ("supervisor", "administrator")


#: how long an approval stays good after the supervisor typed the password
APPROVAL_SECONDS = 120


@dataclass(frozen=True)
class Approval:
    """A supervisor's password given at the moment of a sensitive action.

    Only `approve` makes one that counts: it carries a random token registered here when
    the password was checked, good once and for two minutes. One built by hand (or used
    already) is refused by `require_approval`.
    """

    officer_id: uuid.UUID
    username: str
    token: str = field(default="", repr=False, compare=False)


#: token → (officer, time of issue) of approvals not used yet
_issued: dict[str, tuple[uuid.UUID, float]] = {}
_issued_lock = threading.Lock()


def approve(session: Session, device_actor: Actor, username: str, password: str,
            ) -> Approval | AuthError:
    """Check a supervisor's (or administrator's) password for one action."""
    result = authenticate(session, device_actor, username, password)
    if isinstance(result, AuthError):
        return result
    if result.role not in SUPERVISORS:
        return AuthError(t("Yang menyetujui harus supervisor atau administrator."))
    token = secrets.token_urlsafe(32)
    now = time.monotonic()
    with _issued_lock:
        for old in [t for t, (_, at) in _issued.items() if now - at > APPROVAL_SECONDS]:
            del _issued[old]
        _issued[token] = (result.id, now)
    return Approval(result.id, result.username, token)


def require_approval(session: Session, approval: Approval | None) -> None:
    """Where accounts exist, voiding and resolving conflicts need a supervisor's approval,
    made by `approve` in the last two minutes and not used before."""
    if not has_accounts(session):
        return
    if approval is None:
        raise NotAllowed(t("Perlu persetujuan supervisor: minta supervisor mengetik "
                                "nama pengguna dan kata sandinya."))
    with _issued_lock:
        issued = _issued.pop(approval.token, None) if approval.token else None
    if issued is None or issued[0] != approval.officer_id:
        raise NotAllowed(t("Persetujuan tidak sah atau sudah dipakai: minta supervisor "
                           "mengetik nama pengguna dan kata sandinya lagi."))
    if time.monotonic() - issued[1] > APPROVAL_SECONDS:
        raise NotAllowed(t("Persetujuan sudah kedaluwarsa (lebih dari 2 menit): minta "
                           "supervisor mengetik nama pengguna dan kata sandinya lagi."))
    officer = session.get(Officer, approval.officer_id)
    if officer is None or officer.role not in SUPERVISORS or not officer.active:
        raise NotAllowed(t("Persetujuan tidak sah: bukan supervisor aktif."))


def require_role(session: Session, actor: Actor, roles: tuple[str, ...]) -> None:
    """Where accounts exist, only these roles may do what follows."""
    if not has_accounts(session):
        return
    officer = session.get(Officer, actor.officer_id) if actor.officer_id else None
    if officer is None or officer.role not in roles or not officer.active:
        names = [Text(ROLES[r]) for r in roles]  # role labels, shown in the desk's language
        value = names[0]
        for name in names[1:]:
            value = t("{a} atau {b}", a=value, b=name)
        raise NotAllowed(t("Hanya {value} yang boleh melakukan ini.", value=value))


@dataclass(frozen=True)
class OfficerRow:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    active: bool
    locked: bool
    #: False for a field officer kept from a laptop's batches (no password here)
    can_sign_in: bool = True
    #: the name of the device the account was made on (a laptop, or this office)
    device: str = ""


def list_officers(session: Session) -> list[OfficerRow]:
    now = utcnow()
    return [OfficerRow(o.id, o.username, o.full_name, o.role, o.active,
                       bool(o.locked_until and o.locked_until > now), o.password_hash != "",
                       device or "")
            for o, device in session.execute(
                select(Officer, Device.name).outerjoin(Device, Device.id == Officer.home_device_id)
                .order_by(Officer.username, Device.name))]


def find_officer(session: Session, username: str) -> uuid.UUID:
    """The account a username names here: the one that can sign in, else the one field
    officer of that name (at the office, two laptops' officers may share a username)."""
    username = username.strip().lower()
    found = session.scalar(select(Officer.id).where(Officer.username == username,
                                                    CAN_SIGN_IN))
    if found is not None:
        return found
    field = list(session.scalars(select(Officer.id).where(Officer.username == username)))
    if not field:
        raise NotFound(t("tidak ada akun bernama '{username}'", username=username))
    if len(field) > 1:
        raise DomainError(t("{n_field} petugas lapangan dari laptop berbeda bernama "
                            "'{username}'; pilih yang dimaksud di halaman Akun (Ctrl+0)",
                            n_field=len(field),
                            username=username))
    return field[0]


def update_officer(session: Session, actor: Actor, officer_id: uuid.UUID,
                   role: str | None = None, active: bool | None = None,
                   new_password: str | None = None, full_name: str | None = None) -> None:
    """Administrators change names and roles, switch accounts off, set a new password.

    A field officer kept from a laptop's batches signs in here once given a password,
    with the role given in the same change, else as an officer: the role the laptop
    sent is what that laptop's administrator chose there, not what this office gives."""
    require_role(session, actor, ("administrator",))
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFound(t("akun tidak ditemukan"))
    if new_password and not officer.password_hash and role is None:
        role = "officer"
    changed = []
    if full_name is not None and full_name.strip() and full_name.strip() != officer.full_name:
        officer.full_name = full_name.strip()[:120]
        changed.append("full_name")
    if role is not None and role != officer.role:
        if role not in ROLES:
            raise DomainError(t("peran harus officer, supervisor atau administrator"))
        officer.role = role
        changed.append("role")
    if active is not None and active != officer.active:
        if not active and officer.id == actor.officer_id:
            raise DomainError(t("administrator tidak bisa mematikan akunnya sendiri"))
        officer.active = active
        changed.append("active")
    if new_password:
        check_password(new_password, officer.username)
        if not officer.password_hash and session.scalar(select(Officer.id).where(
                Officer.username == officer.username, CAN_SIGN_IN)):
            # a field officer of a laptop whose username an account here already uses
            raise DomainError(t("nama pengguna '{username}' sudah dipakai akun lain di sini; "
                                "buat akun baru dengan nama lain untuk petugas ini",
                                username=officer.username))
        officer.password_hash = _hasher.hash(new_password)
        officer.failed_attempts = 0
        officer.locked_until = None
        changed.append("password")
    if changed:
        officer.revision += 1
        officer.updated_at = utcnow()
        record(session, actor, "officer_update", "officer", officer.id, fields=changed)


def list_accounts(session: Session, actor: Actor) -> list[OfficerRow]:
    """The accounts, for an administrator (roles.OPERATIONS["accounts.list"])."""
    require_role(session, actor, ("administrator",))
    return list_officers(session)
