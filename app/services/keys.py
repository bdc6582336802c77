"""Device keys: the Ed25519 signing key (slips, batches, acknowledgements) and the
X25519 box key (batches encrypted to the office). Key files carry the public halves."""

from __future__ import annotations

import uuid
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.domain.messages import t
from app.models import Device, utcnow
from app.services import roles
from app.services.audit import Actor, record
from app.services.device import get_setting, local_device, set_setting
from app.services.files import parse_json
from app.services.sync.signing import b64, public_raw, unb64

KEY_FORMAT = "lindungi-device-key/1"
BOX_PRIVATE = "box_private_key"
OFFICE_DEVICE = "office_device_id"
OFFICE_BOX = "office_box_key"


def box_key(session: Session) -> X25519PrivateKey:
    """This machine's X25519 key (made on first use), for batches sent to it."""
    raw = get_setting(session, BOX_PRIVATE)
    if raw:
        return X25519PrivateKey.from_private_bytes(unb64(raw))
    key = X25519PrivateKey.generate()
    set_setting(session, BOX_PRIVATE, b64(key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())))
    return key


def fingerprint(public_key: bytes) -> str:
    """A short form a person can compare by phone: `3F2A-91C0-…` (SHA-256, 16 hex)."""
    import hashlib

    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def export_public_key(session: Session) -> dict[str, str]:
    """What another machine needs to trust this one: id, name, public keys."""
    device = local_device(session)
    box = public_raw(box_key(session))
    return {"format": KEY_FORMAT, "device_id": str(device.id), "name": device.name,
            "region_code": device.region_code, "public_key": b64(device.public_key),
            "box_public_key": b64(box), "fingerprint": fingerprint(device.public_key)}


def key_file(session: Session, actor: Actor) -> dict[str, str]:
    """This machine's public key file for another to trust (`keys export`): a signed-in
    account's act once accounts exist (roles.OPERATIONS["keys.export"])."""
    roles.require(session, actor, "keys.export")
    return export_public_key(session)


def load_key_file(text: str) -> dict[str, Any]:
    try:
        data = parse_json(text)
    except ValueError as exc:
        raise DomainError(t("berkas kunci perangkat bukan JSON yang sah")) from exc
    if not isinstance(data, dict):
        raise DomainError(t("berkas kunci perangkat rusak"))
    return data


def import_public_key(session: Session, actor: Actor, data: dict[str, Any],
                      as_office: bool = False, replace: bool = False) -> uuid.UUID:
    """Pin another machine's key (importing the file is the confirmation). A known
    device arriving with a different key is refused. With `as_office`, batches from
    here are encrypted to it and its acknowledgements are believed; an office already
    trusted is replaced only with `replace` (a deliberate act: both fingerprints are
    said and kept in the audit trail). An administrator's act once accounts exist."""
    roles.require(session, actor, "keys.import_office" if as_office else "keys.import_device")
    try:
        if data.get("format") != KEY_FORMAT:
            raise DomainError(t("format"))
        device_id = uuid.UUID(str(data["device_id"]))
        key = unb64(str(data["public_key"]))
        Ed25519PublicKey.from_public_bytes(key)
        box = unb64(str(data["box_public_key"])) if data.get("box_public_key") else b""
        if box:
            X25519PublicKey.from_public_bytes(box)
        name = str(data["name"])[:120]
        region = str(data.get("region_code", ""))[:13]
    except (KeyError, ValueError, TypeError) as exc:
        raise DomainError(t("berkas kunci perangkat rusak atau bukan dari Lindungi")) from exc
    if device_id == actor.device_id:
        raise DomainError(t("ini kunci perangkat ini sendiri"))
    known = session.get(Device, device_id)
    if known is not None and known.public_key != key:
        raise DomainError(t("perangkat ini sudah dikenal dengan kunci lain; kunci ditolak"))
    if as_office and not box:
        raise DomainError(t("berkas kunci kantor tidak memuat kunci enkripsi"))
    trusted = office(session) if as_office else None
    if trusted is not None and trusted != (device_id, box):
        old = session.get(Device, trusted[0])
        old_print = fingerprint(old.public_key) if old is not None else "-"
        new_print = fingerprint(key)
        if not replace:
            raise DomainError(
                t("laptop ini sudah mempercayai kantor lain (sidik jari {old_print}); kunci "
                  "baru bersidik jari {new_print}. Mengganti kantor hanya dengan sengaja: "
                  "cocokkan sidik jari baru dengan kantor, lalu impor dengan --replace-office",
                  old_print=old_print,
                  new_print=new_print))
        roles.require(session, actor, "keys.replace_office")
        record(session, actor, "office_key_replace", "device", device_id,
               old_device=str(trusted[0]), old_fingerprint=old_print,
               new_fingerprint=new_print)
    if known is None:
        session.add(Device(id=device_id, name=name, region_code=region, public_key=key,
                           is_local=False, key_pinned_at=utcnow()))
        record(session, actor, "device_key_import", "device", device_id)
    if as_office:
        set_setting(session, OFFICE_DEVICE, str(device_id))
        set_setting(session, OFFICE_BOX, b64(box))
        record(session, actor, "office_key_set", "device", device_id,
               fingerprint=fingerprint(key))
    return device_id


def other_devices(session: Session) -> list[tuple[str, uuid.UUID]]:
    """(name, id) of every other machine this one knows, by name."""
    rows = session.execute(select(Device.name, Device.id).where(Device.is_local.is_(False))
                           .order_by(Device.name))
    return [(name, device_id) for name, device_id in rows]


def office(session: Session) -> tuple[uuid.UUID, bytes] | None:
    """The office this laptop reports to (id, box public key), once configured."""
    device_id = get_setting(session, OFFICE_DEVICE)
    box = get_setting(session, OFFICE_BOX)
    return (uuid.UUID(device_id), unb64(box)) if device_id and box else None
