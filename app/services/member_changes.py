"""Reading one member whole, correcting it, and voiding it. Nothing is ever deleted:
every change raises the revision and leaves a MemberChange row with the old values."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import DomainError, NotFound, UserError
from app.domain.messages import t
from app.models import Member, MemberChange, utcnow
from app.services.accounts import Approval, require_approval
from app.services.audit import Actor, record
from app.services.members import DuplicateNik, active_member_id

#: Columns a correction may change (the rest are bookkeeping).
EDITABLE = (
    "nik", "name", "birth_place", "birth_date", "gender", "address", "region_code", "phone",
    "email", "sector", "occupation", "business_name", "declared_income", "programs", "payer",
    "payer_subsource", "pay_period", "group_id",
)
MIN_REASON = 5
#: a reason is a sentence, not a letter
MAX_REASON = 300


class StaleRecord(UserError):
    """Somebody changed the member since it was opened."""


@dataclass(frozen=True)
class MemberDetail:
    """Everything about one member, detached from the session."""

    id: uuid.UUID
    revision: int
    status: str
    void_reason: str
    event_id: uuid.UUID
    group_id: uuid.UUID | None
    kpj_number: str
    consent_version: str
    consent_at: dt.datetime
    created_at: dt.datetime
    fields: dict[str, Any]

    def form_values(self) -> dict[str, Any]:
        """The member in the vocabulary of the form and the import columns."""
        f = self.fields
        return {
            "nik": f["nik"], "nama": f["name"], "tempat_lahir": f["birth_place"],
            "tanggal_lahir": f["birth_date"], "jenis_kelamin": f["gender"],
            "alamat": f["address"], "kode_wilayah": f["region_code"], "no_hp": f["phone"],
            "email": f["email"], "sektor": f["sector"], "pekerjaan": f["occupation"],
            "nama_usaha": f["business_name"], "penghasilan": f["declared_income"],
            "program": f["programs"],
            "sumber_iuran": f["payer"] + (f" ({f['payer_subsource']})"
                                          if f["payer_subsource"] else ""),
            "periode_bayar": f["pay_period"], "persetujuan": "ya",
        }


def get_member(session: Session, member_id: uuid.UUID) -> MemberDetail:
    m = session.get(Member, member_id)
    if m is None:
        raise NotFound(t("peserta tidak ditemukan"))
    return MemberDetail(
        id=m.id, revision=m.revision, status=m.status, void_reason=m.void_reason,
        event_id=m.event_id, group_id=m.group_id, kpj_number=m.kpj_number,
        consent_version=m.consent_version, consent_at=m.consent_at, created_at=m.created_at,
        fields={k: getattr(m, k) for k in EDITABLE},
    )


def jsonable(value: Any) -> Any:
    """A value as the change history stores it."""
    if isinstance(value, dt.date | uuid.UUID):
        return str(value)
    return value


def log_change(session: Session, actor: Actor, m: Member, action: str,
               changes: dict[str, list[Any]], reason: str = "",
               approved_by: uuid.UUID | None = None) -> None:
    m.revision += 1
    m.updated_at = utcnow()
    m.changed_by_device = actor.device_id
    session.add(MemberChange(
        member_id=m.id, revision=m.revision, officer_id=actor.officer_id,
        device_id=actor.device_id, action=action,
        changes=json.dumps(changes, ensure_ascii=False, default=jsonable), reason=reason,
    ))
    # The audit log names the fields, never their values.
    record(session, actor, f"member_{action}", "member", m.id, fields=sorted(changes),
           revision=m.revision, approved_by=str(approved_by) if approved_by else None,
           **({"reason_in_history": True} if reason else {}))


def update_member(
    session: Session,
    actor: Actor,
    member_id: uuid.UUID,
    clean: Mapping[str, Any],
    expected_revision: int,
    reason: str | None = None,
) -> int:
    """Apply a correction from `clean_member` output; returns the new revision (the same
    one when nothing changed). `reason` (the desk always asks one; None only for callers
    that have none) is checked like a void's and kept with the change in the member's
    history, which the audit entry points to by its revision: the audit chain cannot be
    erased, so it never holds typed text, which may name a person."""
    m = session.get(Member, member_id)
    if m is None:
        raise NotFound(t("peserta tidak ditemukan"))
    if m.status != "active":
        raise DomainError(t("peserta yang sudah dibatalkan tidak bisa diubah"))
    if m.revision != expected_revision:
        raise StaleRecord(
            t("Data peserta ini baru saja diubah di tempat lain; tutup lalu buka lagi.")
        )
    if clean["nik"] != m.nik:
        other = active_member_id(session, clean["nik"])
        if other is not None and other != m.id:
            raise DuplicateNik(other)
    changes = {
        k: [getattr(m, k), clean[k]] for k in EDITABLE if k in clean and getattr(m, k) != clean[k]
    }
    if not changes:
        return m.revision
    why = written_reason(reason, t("alasan koreksi")) if reason is not None else ""
    for k, (_old, new) in changes.items():
        setattr(m, k, new)
    log_change(session, actor, m, "edit", changes, why)
    return m.revision


def written_reason(text: str, what: str) -> str:
    """A reason typed by a person, spaces tidied; too short is refused."""
    reason = " ".join(text.split())
    if len(reason) < MIN_REASON:
        raise DomainError(t("tulis {what} (paling sedikit {MIN_REASON} huruf)",
                            what=what,
                            MIN_REASON=MIN_REASON))
    if len(reason) > MAX_REASON:
        raise DomainError(t("{what} terlalu panjang (paling banyak {MAX_REASON} huruf)",
                            what=what,
                            MAX_REASON=MAX_REASON))
    return reason


def void_member(session: Session, actor: Actor, member_id: uuid.UUID, reason: str,
                approval: Approval | None = None) -> None:
    """Void with a reason and (where accounts exist) a supervisor's approval: the record
    stays, shown struck through, and frees its NIK."""
    require_approval(session, approval)
    reason = written_reason(reason, t("alasan pembatalan"))
    m = session.get(Member, member_id)
    if m is None:
        raise NotFound(t("peserta tidak ditemukan"))
    if m.status != "active":
        raise DomainError(t("peserta ini sudah dibatalkan"))
    m.status = "voided"
    m.void_reason = reason
    m.voided_at = utcnow()
    log_change(session, actor, m, "void", {"status": ["active", "voided"]}, reason,
               approved_by=approval.officer_id if approval else None)


@dataclass(frozen=True)
class ChangeInfo:
    revision: int
    changed_at: dt.datetime
    action: str
    fields: list[str]
    reason: str


def history(session: Session, member_id: uuid.UUID) -> list[ChangeInfo]:
    rows = session.scalars(
        select(MemberChange).where(MemberChange.member_id == member_id)
        .order_by(MemberChange.revision)
    )
    return [
        ChangeInfo(c.revision, c.changed_at, c.action, sorted(json.loads(c.changes)), c.reason)
        for c in rows
    ]
