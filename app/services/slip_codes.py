"""Slip numbers and the signed QR payload: issued on the laptop, checked at the office,
both without a network.

A slip number is the device's code and its own sequence (`8D839E7B-000123`), so two
laptops can never hand out the same number. The QR payload carries what the slip shows
and an Ed25519 signature by the device; the office verifies it with the device's public
key, learned from its batches or from a key file.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import lock_for_writing
from app.domain import codes
from app.domain.dates import local_day
from app.domain.errors import UserError
from app.domain.nik import mask
from app.domain.tariff import Quote, TariffBook
from app.models import Device, Event, Group, Member, Officer, Slip, utcnow
from app.services.audit import Actor, record
from app.services.device import local_device, signing_key
from app.services.pdf.formats import FORMATS, unknown_format
from app.services.pricing import Pricer
from app.services.sync.signing import b64, unb64

PREFIX = "LDG1"
SEP = "|"


class SlipRefused(UserError, ValueError):
    """A slip cannot be issued (voided member, unknown member)."""


def device_code(device_id: uuid.UUID) -> str:
    return device_id.hex[:8].upper()


@dataclass(frozen=True)
class SlipData:
    """Everything a slip shows, detached from the database."""

    receipt_no: str
    copy_no: int
    payload: str
    issued_at: dt.datetime
    name: str
    nik_masked: str
    birth_place: str
    birth_date: dt.date
    gender: str
    address: str
    phone: str
    kpj_number: str
    programs: tuple[str, ...]
    sector: str
    occupation: str
    payer: str
    payer_subsource: str
    pay_period: int
    income: int
    group_name: str
    event_name: str
    event_date: dt.date
    consent_version: str
    consent_at: dt.datetime
    officer_name: str
    device_name: str
    quote: Quote
    member_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None
    village: str = ""  # "Ketapang, Kec. Kademangan" (village_text)

    @property
    def copy_label(self) -> str:
        return f"SALINAN ke-{self.copy_no}" if self.copy_no else ""

    @property
    def is_draft(self) -> bool:
        """A preview: no signed code, and no number unless it reprints an issued slip;
        nothing was issued for it."""
        return not self.payload


def village_text(region_code: str) -> str:
    """The member's desa/kelurahan and its kecamatan as a slip prints them
    ("Ketapang, Kec. Kademangan"); only the kecamatan when no village was chosen."""
    from app import resources

    if not region_code:
        return ""
    if region_code.count(".") < 2:  # a regency or a province: its name
        return resources.regions().name(region_code) or region_code
    names = resources.regions_with_villages() if region_code.count(".") >= 3 \
        else resources.regions()
    district = region_code if region_code.count(".") == 2 else region_code[:8]
    parts = [names.name(region_code) or region_code] if region_code != district else []
    district_name = names.name(district)
    if district_name:
        parts.append(f"Kec. {district_name}")
    return ", ".join(parts)


def payload_body(receipt_no: str, copy_no: int, nik_masked: str, name: str, programs: str,
                 issued: dt.date) -> str:
    """What the signature covers. The slip number starts with the device's code, which
    is how the office finds the key; the name is cut to 40 characters to keep the QR
    small enough for a card."""
    clean_name = name.replace(SEP, " ")[:40]
    return SEP.join([receipt_no, str(copy_no), nik_masked, clean_name, programs,
                     issued.strftime("%Y%m%d")])


def sign_payload(session: Session, body: str) -> str:
    signature = signing_key(session).sign(body.encode("utf-8"))
    return f"{PREFIX}.{b64(body.encode('utf-8'))}.{b64(signature)}"


@dataclass
class Verdict:
    valid: bool
    reason: str
    receipt_no: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"valid": self.valid, "receipt_no": self.receipt_no, "reason": self.reason,
                "device_id": self.device_id, "device_name": self.device_name,
                "fields": self.fields}


def verify_payload(session: Session, payload: str) -> Verdict:
    """valid, altered, or unknown device — with a reason a person can read."""
    parts = payload.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return Verdict(False, "bukan kode slip Lindungi (format tidak dikenal)")
    try:
        body_bytes = unb64(parts[1])
        signature = unb64(parts[2])
        items = body_bytes.decode("utf-8").split(SEP)
        receipt_no, copy_no, nik_masked, name, programs, issued = items
        code = receipt_no.split("-")[0].lower()
        if len(code) != 8 or len(signature) != 64:
            raise ValueError("code")
        int(code, 16)
    except (ValueError, UnicodeDecodeError):
        return Verdict(False, "kode slip rusak: isinya tidak bisa dibaca (diubah atau terpotong)")
    # "²" is a digit to str.isdigit, and int() refuses more than 4,300 digits
    whole = copy_no.isascii() and copy_no.isdigit() and len(copy_no) <= 6
    fields = {"copy_no": int(copy_no) if whole else copy_no,
              "nik": nik_masked, "name": name, "programs": programs, "issued": issued}
    candidates = [d for d in session.scalars(select(Device)) if d.id.hex.startswith(code)]
    if not candidates:
        return Verdict(False, "perangkat penerbit tidak dikenal kantor ini; impor kunci "
                       "perangkat itu atau batch-nya dulu", receipt_no, None, None, fields)
    for device in candidates:  # two devices sharing a code: the signature tells them apart
        try:
            Ed25519PublicKey.from_public_bytes(device.public_key).verify(signature, body_bytes)
        except InvalidSignature:
            continue
        return Verdict(True, "sah", receipt_no, str(device.id), device.name, fields)
    return Verdict(False, "tanda tangan tidak cocok: isi slip telah diubah atau dipalsukan",
                   receipt_no, str(candidates[0].id), candidates[0].name, fields)


MODES = ("draft", "reserve", "issue")


def issue_slips(
    session: Session,
    actor: Actor,
    member_ids: list[uuid.UUID],
    fmt: str,
    tariffs: TariffBook,
    *,
    mode: str = "issue",
    missing_only: bool = False,
) -> tuple[list[SlipData], list[str]]:
    """Slips for the members: a new number for a first slip, "SALINAN ke-n" after one
    was really issued.

    `mode` says how far it goes:
    - "draft": what the slips will show, for a preview. No number, no signature, nothing
      written: a preview is free.
    - "reserve": numbers taken from the device's sequence and the code signed, but no slip
      row written; the caller puts them on a print job (print_queue), whose "printed"
      turns them into issued slips. The number on the paper is the number recorded.
    - "issue": numbers taken and slip rows written now: the PDF is handed over at once
      (the command line's file, the demo).

    A member whose slip is still waiting on a print job gets no second one (its number is
    already taken and not yet on paper). With `missing_only`, members who already have a
    slip, or one waiting on the queue, are passed over silently (the event's or a group's
    "slips still missing").
    Returns the slips and, for members who get none, the reasons.
    """
    from app.services.print_queue import pending_members

    if fmt not in FORMATS:
        raise SlipRefused(unknown_format())
    if mode not in MODES:
        raise ValueError(f"unknown slip mode {mode!r}")
    if mode != "draft":  # numbers and copies are taken one desk at a time: the next copy
        # is counted from the slips there are, and no index keeps two copies of one slip
        # from sharing a number (migration 0008)
        lock_for_writing(session)
    device = local_device(session, for_update=mode != "draft")
    officer_name = ""
    if actor.officer_id:
        officer = session.get(Officer, actor.officer_id)
        officer_name = officer.full_name if officer else ""
    now = utcnow()
    slips: list[SlipData] = []
    refused: list[str] = []
    group_names: dict[uuid.UUID, str] = {}
    events: dict[uuid.UUID, Event] = {}
    pricer = Pricer(tariffs)
    waiting = pending_members(session)
    rows = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))}
    for member_id in member_ids:
        m = rows.get(member_id)
        if m is None:
            refused.append(f"peserta {member_id} tidak ditemukan")
            continue
        if m.status != "active":
            refused.append(f"{m.name}: pendaftaran sudah dibatalkan, tidak diberi slip")
            continue
        first = session.execute(
            select(Slip.receipt_no, func.max(Slip.copy_no))
            .where(Slip.member_id == m.id).group_by(Slip.receipt_no)
        ).first()
        if first is not None and missing_only:
            continue
        if m.id in waiting:
            if missing_only:  # already on its way: not missing
                continue
            refused.append(f"{m.name}: slipnya masih menunggu di antrean cetak (cetak atau "
                           "hapus dulu dari antrean di tab Cetak)")
            continue
        if first is None:
            copy_no = 0
            if mode == "draft":
                receipt_no = ""
            else:
                device.slip_seq += 1
                receipt_no = f"{device_code(device.id)}-{device.slip_seq:06d}"
        else:  # a reprint: the issued slip's number, the next copy
            receipt_no, copy_no = first[0], int(first[1]) + 1
        if m.group_id and m.group_id not in group_names:
            group = session.get(Group, m.group_id)
            group_names[m.group_id] = group.name if group else ""
        if m.event_id not in events:
            ev = session.get(Event, m.event_id)
            assert ev is not None
            events[m.event_id] = ev
        event = events[m.event_id]
        masked = mask(m.nik)
        payload = ""
        if mode != "draft":
            # the day printed on the slip: the WIB day, not UTC's (00:00–07:00 WIB differ)
            body = payload_body(receipt_no, copy_no, masked, m.name, m.programs,
                                local_day(now))
            payload = sign_payload(session, body)
        if mode == "issue":
            session.add(Slip(member_id=m.id, receipt_no=receipt_no, format=fmt,
                             copy_no=copy_no, printed_at=now, officer_id=actor.officer_id,
                             payload=payload, changed_by_device=actor.device_id))
        programs = tuple(m.programs.split("+"))
        quote = pricer.member(m, event.date)
        slips.append(SlipData(
            receipt_no=receipt_no, copy_no=copy_no, payload=payload, issued_at=now,
            name=m.name, nik_masked=masked, birth_place=m.birth_place,
            birth_date=m.birth_date, gender=m.gender, address=m.address, phone=m.phone,
            kpj_number=m.kpj_number, programs=programs, sector=m.sector,
            occupation=m.occupation, payer=m.payer, payer_subsource=m.payer_subsource,
            pay_period=m.pay_period, income=m.declared_income,
            group_name=group_names.get(m.group_id, "") if m.group_id else "",
            event_name=event.name, event_date=event.date,
            consent_version=m.consent_version, consent_at=m.consent_at,
            officer_name=officer_name, device_name=device.name, quote=quote,
            member_id=m.id, officer_id=actor.officer_id, village=village_text(m.region_code),
        ))
    if mode == "draft":
        return slips, refused
    session.flush()
    if slips and mode == "issue":
        record(session, actor, "slip_print", "slip", "", format=fmt, slips=len(slips),
               copies=sum(1 for s in slips if s.copy_no))
    return slips, refused


def label(code: str, table: dict[str, str]) -> str:
    return table.get(code, code)


def payer_label(slip: SlipData) -> str:
    text = label(slip.payer, codes.PAYERS)
    return f"{text} ({slip.payer_subsource})" if slip.payer_subsource else text
