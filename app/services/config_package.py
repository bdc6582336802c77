"""Configuration packages from the office, signed with the office's key and carried on
USB: officer accounts, occupation list, tariff rules, consent text, planned events, and
the office's own keys. A package whose signature does not verify is refused whole.

The office numbers its packages (`sequence`, one more for each package it makes), and a
laptop applies only a package newer than the last one it applied from that office: an
older package, genuinely signed, would otherwise bring back what the office has since
changed (an account switched off, an old password). The number a laptop keeps belongs to
the office's key, so an office replaced (`keys import --office --replace-office`) starts
again from its own first package."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import resources
from app.db import lock_for_writing
from app.domain.codes import one_line
from app.domain.dates import check_event_day
from app.domain.errors import DomainError
from app.domain.messages import t
from app.domain.regions import normalize_code
from app.domain.tariff import TariffBook
from app.models import Event, Officer, utcnow
from app.services import keys, roles
from app.services.accounts import ROLES
from app.services.audit import Actor, record
from app.services.device import (
    CONSENT_VERSION_KEY,
    get_setting,
    local_device,
    set_setting,
    signing_key,
)
from app.services.events import planned_id
from app.services.files import TooBig, parse_json, read_bounded, write_atomic
from app.services.sync.signing import envelope, opened, unb64, verify
from app.services.workspace import TARIFF_SETTING

FORMAT = "lindungi-config/1"
#: Accounts, tariffs, occupations and the consent text of a province: well under 1 MB.
PACKAGE_LIMIT = 8 * 1024**2
OCCUPATIONS_SETTING = "occupations"
CONSENT_TEXT_PREFIX = "consent_text:"
#: at the office: the number of the last package it made
MADE_SEQUENCE_SETTING = "config_package_made"
#: on a laptop, followed by the office key's fingerprint: the number of the last package
#: applied from that office
APPLIED_SEQUENCE_PREFIX = "config_package_applied:"


def make_package(session: Session, actor: Actor, target: Path, content: dict[str, Any]) -> int:
    """Sign `content` (officers, occupations, tariffs, consent, events) as this office,
    numbered one after the office's previous package. An administrator's act: what it
    signs, laptops trust, accounts included."""
    roles.require(session, actor, "config.make_package")
    office = local_device(session).id
    lock_for_writing(session, "config-package")  # two packages made at once: two numbers
    sequence = int(get_setting(session, MADE_SEQUENCE_SETTING) or 0) + 1
    set_setting(session, MADE_SEQUENCE_SETTING, str(sequence))
    body: dict[str, Any] = {"format": FORMAT, "office": keys.export_public_key(session),
                            "created_at": utcnow().isoformat(), "sequence": sequence}
    for part in ("officers", "occupations", "tariffs", "consent", "events"):
        if part in content:
            body[part] = content[part]
    # Planned events keep one id everywhere: every laptop registers into the same event,
    # and the office merges their batches into it. A package made again gives the same id.
    planned = body.get("events", [])
    if not isinstance(planned, list) or not all(isinstance(e, dict) for e in planned):
        raise DomainError(t("isi paket konfigurasi tidak sah (acara harus berupa daftar "
                            "objek JSON)"))
    body["events"] = [{**e, "id": str(e.get("id") or planned_id(office, e.get("name"),
                                                                e.get("date")))}
                      for e in planned]
    if not body["events"]:
        del body["events"]
    _validate(body)
    _plan_here(session, office, body.get("events", []))
    data = envelope(signing_key(session), "package", body)
    text = json.dumps(data, ensure_ascii=False)
    if len(text.encode("utf-8")) > PACKAGE_LIMIT:  # every laptop would refuse it
        raise DomainError(t("paket konfigurasi ini lebih dari {mb} MB, lebih besar dari yang "
                            "diterima laptop; perpendek daftar pekerjaan atau teks "
                            "persetujuan, atau bagi menjadi dua paket",
                            mb=PACKAGE_LIMIT // 1024**2))
    write_atomic(target, lambda fh: fh.write(text), "w", encoding="utf-8")
    record(session, actor, "config_make", "config", "", parts=sorted(content),
           sequence=sequence)
    return sequence


def officers_from_session(session: Session) -> list[dict[str, Any]]:
    """This office's own accounts as package entries (hashes, never passwords), with
    their ids, so that a laptop's records name them as the office does. Field officers
    the office keeps from laptops' batches are not sent back out."""
    office = local_device(session).id
    return [{"id": str(o.id), "username": o.username, "full_name": o.full_name,
             "role": o.role, "password_hash": o.password_hash, "active": o.active}
            for o in session.scalars(select(Officer).where(
                Officer.home_device_id == office, Officer.password_hash != "")
                .order_by(Officer.username))]


def _validate(body: dict[str, Any]) -> None:
    try:
        if "sequence" in body:
            sequence = body["sequence"]
            if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
                raise DomainError(t("nomor paket konfigurasi tidak sah"))
        for o in body.get("officers", []):
            if o["role"] not in ROLES or not o["username"] or \
                    not str(o["password_hash"]).startswith("$argon2"):
                raise DomainError(t("akun petugas tidak sah"))
            if "id" in o:
                uuid.UUID(o["id"])
        if "tariffs" in body:
            TariffBook.from_dict(body["tariffs"])
        for occupation in body.get("occupations", []):
            if not isinstance(occupation, str) or not occupation.strip():
                raise DomainError(t("daftar pekerjaan tidak sah"))
        if "consent" in body:
            consent = body["consent"]
            if not consent["version"] or not consent["text"].strip():
                raise DomainError(t("teks persetujuan kosong"))
        for e in body.get("events", []):
            check_event_day(dt.date.fromisoformat(e["date"]))
            if "id" in e:
                uuid.UUID(e["id"])
            name = e["name"]
            if not isinstance(name, str) or not name.strip() or len(name) > 200 or \
                    not one_line(name):
                raise DomainError(t("nama acara kosong, terlalu panjang atau lebih dari satu "
                                    "baris"))
            if normalize_code(str(e["region_code"])) not in resources.regions():
                raise DomainError(t("kode wilayah acara tidak ada dalam data Kemendagri"))
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        raise DomainError(t("isi paket konfigurasi tidak sah ({exc})", exc=exc)) from exc


def _plan_here(session: Session, office: uuid.UUID, events: list[dict[str, Any]]) -> None:
    """The planned events, kept at the office as events made here: the laptops' batches
    then find them, and none of those batches comes to own them (every laptop that
    registers into one may close it; merge_parts.merge_plain)."""
    for e in events:
        event_id = uuid.UUID(e["id"])
        if session.get(Event, event_id) is None:
            session.add(Event(id=event_id, name=e["name"], date=dt.date.fromisoformat(e["date"]),
                              venue=e.get("venue", ""),
                              region_code=normalize_code(str(e["region_code"])),
                              changed_by_device=office))
    session.flush()


def import_package(session: Session, actor: Actor, path: Path,
                   trust_office: bool = False) -> dict[str, int]:
    """Check the signature (against the office this laptop trusts), then apply everything
    in the caller's transaction; any problem refuses the whole package. An
    administrator's act once accounts exist: a package can replace accounts."""
    roles.require(session, actor, "config.import_package")
    try:
        data = parse_json(read_bounded(path, PACKAGE_LIMIT, t(
            "berkas paket konfigurasi lebih dari {mb} MB: itu bukan paket Lindungi; "
            "minta kantor membuat paket lagi", mb=PACKAGE_LIMIT // 1024 ** 2)))
        body, signature = opened(data, "package")
        if body.get("format") != FORMAT:
            raise DomainError(t("format"))
        office = body["office"]
        office_id = uuid.UUID(office["device_id"])
        office_key = unb64(office["public_key"])
    except TooBig:
        raise  # says what to do, unlike "damaged"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DomainError(t("berkas paket konfigurasi rusak atau bukan dari Lindungi")) from exc
    try:
        verify(office_key, signature, body)
    except (InvalidSignature, ValueError) as exc:
        raise DomainError(t("tanda tangan paket konfigurasi tidak cocok: paket diubah atau "
                         "palsu; tidak ada yang diterapkan")) from exc
    trusted = keys.office(session)
    if trusted is not None:
        if trusted[0] != office_id:
            raise DomainError(t("paket ini dari kantor lain; tidak ada yang diterapkan"))
        from app.models import Device

        pinned = session.get(Device, office_id)
        if pinned is None or pinned.public_key != office_key:
            raise DomainError(t("kunci kantor di paket berbeda dengan yang dipercaya; ditolak"))
    elif not trust_office:
        raise DomainError(t("kantor '{value}' belum dipercaya perangkat ini; sidik jari "
                            "{value2}: cocokkan, lalu impor dengan --trust-office",
                            value=office.get('name'),
                            value2=keys.fingerprint(office_key)))
    _validate(body)
    office_print = keys.fingerprint(office_key)
    sequence = _check_sequence(session, office_print, body.get("sequence"))
    if trusted is None:
        keys.import_public_key(session, actor, office, as_office=True)
    applied = {"officers": 0, "occupations": 0, "tariffs": 0, "consent": 0, "events": 0,
               "officers_without_sign_in": 0}
    for o in body.get("officers", []):
        if not _apply_officer(session, actor, office_id, o):
            applied["officers_without_sign_in"] += 1
        applied["officers"] += 1
    if "occupations" in body:
        set_setting(session, OCCUPATIONS_SETTING, json.dumps(body["occupations"]))
        applied["occupations"] = len(body["occupations"])
    if "tariffs" in body:
        set_setting(session, TARIFF_SETTING, json.dumps(body["tariffs"]))
        applied["tariffs"] = 1
    if "consent" in body:
        version = body["consent"]["version"]
        set_setting(session, CONSENT_TEXT_PREFIX + version, body["consent"]["text"])
        set_setting(session, CONSENT_VERSION_KEY, version)
        applied["consent"] = 1
    for e in body.get("events", []):
        day = dt.date.fromisoformat(e["date"])
        event_id = uuid.UUID(e["id"]) if "id" in e else None
        if event_id is not None and session.get(Event, event_id) is not None:
            continue
        if event_id is None and session.scalar(select(Event.id).where(
                Event.name == e["name"], Event.date == day)) is not None:
            continue
        session.add(Event(id=event_id or uuid.uuid4(), name=e["name"], date=day,
                          venue=e.get("venue", ""),
                          region_code=normalize_code(str(e["region_code"])),
                          changed_by_device=office_id))
        applied["events"] += 1
    if sequence is not None:
        set_setting(session, APPLIED_SEQUENCE_PREFIX + office_print, str(sequence))
    record(session, actor, "config_import", "config", str(office_id), sequence=sequence,
           **applied)
    return applied


def applied_sequence(session: Session, office_fingerprint: str) -> int | None:
    """The number of the last package applied here from the office with this key."""
    raw = get_setting(session, APPLIED_SEQUENCE_PREFIX + office_fingerprint)
    return int(raw) if raw else None


def _check_sequence(session: Session, office_fingerprint: str,
                    sequence: int | None) -> int | None:
    """Refuse a package no newer than the last one applied from the same office. A
    package without a number (made before packages were numbered) is applied only while
    no numbered one has been: after that it can only be older."""
    last = applied_sequence(session, office_fingerprint)
    if last is None:
        return sequence
    if sequence is None:
        raise DomainError(
            t("paket konfigurasi ini tanpa nomor (dari versi program lama), lebih lama dari "
              "yang sudah dipasang (nomor {last}); minta paket terbaru dari kantor. Tidak ada "
              "yang diterapkan",
              last=last))
    if sequence == last:
        raise DomainError(
            t("paket konfigurasi nomor {sequence} sudah dipasang; tidak ada yang diterapkan",
              sequence=sequence))
    if sequence < last:
        raise DomainError(
            t("paket konfigurasi nomor {sequence} lebih lama dari yang sudah dipasang (nomor "
              "{last}); minta paket terbaru dari kantor. Tidak ada yang diterapkan",
              sequence=sequence,
              last=last))
    return sequence


def _apply_officer(session: Session, actor: Actor, office_id: uuid.UUID,
                   o: dict[str, Any]) -> bool:
    """Add or update one of the office's accounts under the office's own id. Returns
    False when the account cannot sign in on this laptop because one of the laptop's own
    accounts already uses that username (it is kept, so records naming it stay sound)."""
    officer_id = uuid.UUID(o["id"]) if "id" in o else uuid.uuid5(office_id, o["username"])
    clash = session.scalar(select(Officer.id).where(
        Officer.username == o["username"], Officer.password_hash != "",
        Officer.id != officer_id))
    password_hash = "" if clash is not None else o["password_hash"]
    existing = session.get(Officer, officer_id)
    if existing is None:
        session.add(Officer(id=officer_id, username=o["username"], full_name=o["full_name"],
                            role=o["role"], password_hash=password_hash,
                            active=bool(o.get("active", True)),
                            changed_by_device=office_id, home_device_id=office_id))
        session.flush()
    elif existing.home_device_id == office_id:
        existing.username, existing.full_name = o["username"], o["full_name"]
        existing.role, existing.password_hash = o["role"], password_hash
        existing.active = bool(o.get("active", True))
    else:
        raise DomainError(t("paket kantor menyebut akun milik laptop ini; tidak ada yang "
                         "diterapkan"))
    return clash is None


def occupations(session: Session) -> tuple[str, ...] | None:
    """The office's occupation list, when a package brought one."""
    raw = get_setting(session, OCCUPATIONS_SETTING)
    return tuple(json.loads(raw)) if raw else None


def consent_text(session: Session, version: str) -> str | None:
    return get_setting(session, CONSENT_TEXT_PREFIX + version) or None
