"""First-time set-up of a laptop: its identity, signing key and first administrator."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import resources
from app.domain.errors import DomainError, UserError
from app.domain.messages import t
from app.domain.regions import normalize_code
from app.models import Device, Setting
from app.services import accounts, roles
from app.services.audit import Actor, record
from app.services.pdf import formats

if TYPE_CHECKING:  # loaded where a key is made or used: every command opens this module
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

CONSENT_VERSION_KEY = "consent_version"


class NotInitialised(UserError):
    """The data folder has no device yet."""


@dataclass(frozen=True)
class InitResult:
    device_id: uuid.UUID
    created: bool
    admin_created: bool


def local_device(session: Session, *, for_update: bool = False) -> Device:
    """This machine's device row; `for_update`: locked until the transaction ends and
    read afresh (PostgreSQL's row lock: two desks of an office take slip numbers one
    after the other; on SQLite the caller takes the write lock, db.lock_for_writing)."""
    query = select(Device).where(Device.is_local.is_(True))
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    device = session.scalar(query)
    if device is None:
        raise NotInitialised(
            t("Perangkat belum disiapkan. Jalankan: lindungi init --device-name NAMA --region KODE")
        )
    return device


def signing_key(session: Session) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    device = local_device(session)
    assert device.private_key is not None
    return Ed25519PrivateKey.from_private_bytes(device.private_key)


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


#: minutes without a key press or mouse movement before the desk locks itself
IDLE_LOCK_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_RANGE = (1, 120)
#: the slip format the desk offers first (the print page and the registration page)
SLIP_FORMAT_SETTING = "slip_format"


def idle_lock_minutes(session: Session) -> int:
    """The desk's idle-lock minutes; a stored value out of range or unreadable (written
    by an older version) counts as the default."""
    try:
        minutes = round(float(get_setting(session, IDLE_LOCK_SETTING)))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    low, high = IDLE_MINUTES_RANGE
    return minutes if low <= minutes <= high else DEFAULT_IDLE_MINUTES


def set_idle_lock_minutes(session: Session, actor: Actor, minutes: int) -> int:
    """A supervisor's or administrator's choice, audited with the old and new values."""
    roles.require(session, actor, "device.desk_settings")
    low, high = IDLE_MINUTES_RANGE
    if not low <= minutes <= high:
        raise DomainError(t("kunci otomatis harus antara {low} dan {high} menit",
                            low=low,
                            high=high))
    old = idle_lock_minutes(session)
    if minutes != old or not get_setting(session, IDLE_LOCK_SETTING):
        set_setting(session, IDLE_LOCK_SETTING, str(minutes))
        record(session, actor, "desk_setting", "setting", IDLE_LOCK_SETTING,
               old=old, new=minutes)
    return minutes


def default_slip_format(session: Session) -> str:
    fmt = get_setting(session, SLIP_FORMAT_SETTING, formats.DEFAULT)
    return fmt if fmt in formats.FORMATS else formats.DEFAULT


def set_default_slip_format(session: Session, actor: Actor, fmt: str) -> str:
    """A supervisor's or administrator's choice, audited with the old and new formats."""
    roles.require(session, actor, "device.desk_settings")
    if fmt not in formats.FORMATS:
        raise DomainError(t("format slip tidak dikenal"))
    old = default_slip_format(session)
    if fmt != old or get_setting(session, SLIP_FORMAT_SETTING) != fmt:
        set_setting(session, SLIP_FORMAT_SETTING, fmt)
        record(session, actor, "desk_setting", "setting", SLIP_FORMAT_SETTING, old=old, new=fmt)
    return fmt


def check_region(code: str) -> str:
    """A regency/city or district code that exists (the device's home area)."""
    norm = normalize_code(code)
    if norm not in resources.regions():
        raise DomainError(t("kode wilayah tidak ada dalam data Kemendagri"))
    return norm


def set_home_region(session: Session, actor: Actor, region: str) -> str:
    """Correct the laptop's home regency/city (groups default to it, the coverage target
    is its). An administrator's act, written to the audit trail with the old and new
    codes; returns the code now in force."""
    roles.require(session, actor, "device.home_region")
    code = check_region(region)
    # the device row first, then the audit chain's lock (record): the order a slip's
    # numbering takes them in, so two desks of an office never wait on each other in turn
    device = local_device(session, for_update=True)
    old = device.region_code
    if code != old:
        device.region_code = code
        record(session, actor, "device_home_region", "device", device.id, old=old, new=code)
    return code


def initialise(
    session: Session,
    device_name: str,
    region: str,
    admin: str | None = None,
    admin_password: str | None = None,
    admin_full_name: str = "",
) -> InitResult:
    """Create the local device (once). Running it again changes nothing."""
    existing = session.scalar(select(Device).where(Device.is_local.is_(True)))
    if existing is not None:
        admin_created = False
        if admin and not accounts.has_accounts(session):
            admin_created = _create_admin(session, existing.id, admin, admin_password,
                                          admin_full_name)
        return InitResult(existing.id, False, admin_created)
    name = device_name.strip()
    if not name:
        raise DomainError(t("nama perangkat wajib diisi"))
    region_code = check_region(region)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    device = Device(
        name=name,
        region_code=region_code,
        public_key=key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        ),
        private_key=key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        ),
        is_local=True,
    )
    session.add(device)
    session.flush()
    set_setting(session, CONSENT_VERSION_KEY, resources.consent_versions()[-1])
    record(session, Actor(device.id), "device_init", "device", device.id, region=region_code)
    admin_created = bool(admin) and _create_admin(session, device.id, admin or "", admin_password,
                                                  admin_full_name)
    return InitResult(device.id, True, admin_created)


def _create_admin(
    session: Session, device_id: uuid.UUID, admin: str, password: str | None,
    full_name: str = "",
) -> bool:
    if not password:
        raise DomainError(t("kata sandi administrator wajib (LINDUNGI_PASSWORD)"))
    accounts.create_officer(session, Actor(device_id), admin, password, role="administrator",
                            full_name=full_name)
    return True
