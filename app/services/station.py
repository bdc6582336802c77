"""Which end of the USB sync this machine is: a field laptop that sends batches, or the
office that receives them. The Sinkron page shows each only its own controls.

The machine's own history decides wherever it can, so that nobody has to say it twice:

- a database server (PostgreSQL) is only ever the office's;
- a machine that has received a laptop's batch is an office;
- a machine that trusts an office key, or has sent a batch, is a laptop;
- a machine that has signed a configuration package for laptops is an office.

A new SQLite machine with none of these (a fresh laptop, or a fresh office before its first
import) says nothing about itself: a person chooses once (`choose`), and may change the
choice until the machine's history decides.

Also the key facts the page shows: this machine's fingerprint, the office it trusts, and
what an office key file says before anyone trusts it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError
from app.domain.messages import t
from app.models import Batch, Device
from app.services import keys
from app.services.audit import Actor
from app.services.config_package import MADE_SEQUENCE_SETTING
from app.services.device import get_setting, local_device, set_setting
from app.services.files import read_bounded, write_atomic
from app.services.sync.signing import unb64

LAPTOP = "laptop"
OFFICE = "office"
KINDS = (LAPTOP, OFFICE)
#: the person's choice, while the machine's history does not decide
CHOSEN_SETTING = "station_kind"

#: why the machine is what it is (`Station.because`)
SERVER, RECEIVED, TRUSTS_OFFICE, SENT, MADE_PACKAGE, CHOSEN = (
    "server", "received_batch", "trusts_office", "sent_batch", "made_package", "chosen")


@dataclass(frozen=True)
class Station:
    """`kind`: LAPTOP, OFFICE, or None when nothing decides yet; `because`: one of the
    reasons above (CHOSEN: a person's choice, which they may still change)."""

    kind: str | None
    because: str | None = None

    @property
    def changeable(self) -> bool:
        return self.kind is None or self.because == CHOSEN


def station(session: Session, on_server: bool) -> Station:
    """What this machine is, and why (see the module's docstring for the order)."""
    if on_server:
        return Station(OFFICE, SERVER)
    if _has_batch(session, "in"):
        return Station(OFFICE, RECEIVED)
    if keys.office(session) is not None:
        return Station(LAPTOP, TRUSTS_OFFICE)
    if _has_batch(session, "out"):
        return Station(LAPTOP, SENT)
    if get_setting(session, MADE_SEQUENCE_SETTING):
        return Station(OFFICE, MADE_PACKAGE)
    chosen = get_setting(session, CHOSEN_SETTING)
    return Station(chosen, CHOSEN) if chosen in KINDS else Station(None)


def choose(session: Session, on_server: bool, kind: str) -> Station:
    """Say what a machine is whose history does not decide; refused once it does."""
    if kind not in KINDS:
        raise DomainError(t("pilih laptop atau kantor"))
    if not station(session, on_server).changeable:
        raise DomainError(t("perangkat ini sudah ditentukan oleh riwayat sinkronnya"))
    set_setting(session, CHOSEN_SETTING, kind)
    return station(session, on_server)


def _has_batch(session: Session, direction: str) -> bool:
    return session.scalar(select(Batch.id).where(Batch.direction == direction).limit(1)) \
        is not None


# -- keys as a person compares them ---------------------------------------------------------

@dataclass(frozen=True)
class KeyInfo:
    """A machine's key as the page shows it: its name and the fingerprint read aloud."""

    name: str
    fingerprint: str


def own_key(session: Session) -> KeyInfo:
    """This machine's name and key fingerprint (what the other end compares)."""
    device = local_device(session)
    return KeyInfo(device.name, keys.fingerprint(device.public_key))


def trusted_office(session: Session) -> KeyInfo | None:
    """The office this laptop sends to, or None while no office key is installed."""
    found = keys.office(session)
    device = session.get(Device, found[0]) if found else None
    return KeyInfo(device.name, keys.fingerprint(device.public_key)) if device else None


@dataclass(frozen=True)
class KeyFile:
    """An office key file read but not yet trusted: what it says, and its fingerprint
    computed from the key itself (never the fingerprint the file claims)."""

    data: dict[str, Any]
    name: str
    fingerprint: str


#: a key file is a few hundred bytes; anything much larger is some other file
KEY_FILE_LIMIT = 64 * 1024


def read_key_file(path: Path) -> KeyFile:
    """Read a key file to show before trusting it; refused when it is not one."""
    try:
        text = read_bounded(path, KEY_FILE_LIMIT, t(
            "berkas itu terlalu besar untuk berkas kunci Lindungi")).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DomainError(t("berkas itu bukan berkas kunci Lindungi")) from exc
    data = keys.load_key_file(text)
    try:
        key = unb64(str(data["public_key"]))
        name = str(data["name"])[:120]
    except (KeyError, ValueError) as exc:
        raise DomainError(t("berkas kunci perangkat rusak atau bukan dari Lindungi")) from exc
    if data.get("format") != keys.KEY_FORMAT or len(key) != 32:
        raise DomainError(t("berkas kunci perangkat rusak atau bukan dari Lindungi"))
    return KeyFile(data, name, keys.fingerprint(key))


def write_key_file(session: Session, actor: Actor, target: Path) -> KeyInfo:
    """This machine's public key file (`keys export`), for the laptops to install."""
    data = keys.key_file(session, actor)
    write_atomic(target, lambda fh: json.dump(data, fh, indent=2), "w", encoding="utf-8")
    return own_key(session)
