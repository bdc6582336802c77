"""The schema: devices, officers, events, groups, members, slips, audit entries, settings.

Portable SQL only (SQLite in the field, PostgreSQL at a provincial office). The unique
index on active NIKs (see Member) is an expression both dialects take alike; the partial
indexes (`_partial`) are declared for SQLite, and for PostgreSQL by `for_postgresql`
once a server database is opened.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, UTCDateTime, utcnow

#: the indexes of the rows that meet a condition (`_partial`)
_PARTIAL: list[Index] = []


def _partial(name: str, *columns: Any, where: str, unique: bool = False) -> Index:
    """An index of the rows that meet `where`, a condition SQLite and PostgreSQL write
    alike. Declared for SQLite here; `for_postgresql` gives PostgreSQL the same condition
    when a server database is opened. Said here for PostgreSQL, the condition would load
    SQLAlchemy's PostgreSQL dialect with the models (about 50 ms of every laptop
    command) to check the option's name. A migration that creates such an index gives
    both conditions itself (sqlite_where and postgresql_where, as 0007 does): Alembic's
    autogenerate, run against SQLite, writes only the first, and the test of the partial
    indexes on PostgreSQL fails until the second is there."""
    index = Index(name, *columns, unique=unique, sqlite_where=text(where))
    _PARTIAL.append(index)
    return index


def for_postgresql() -> None:
    """The partial indexes' conditions for PostgreSQL too, as the migrations create them
    there (app.db.make_engine calls it for a server database). Done again, it changes
    nothing."""
    for index in _PARTIAL:
        index.dialect_kwargs["postgresql_where"] = index.dialect_options["sqlite"]["where"]


class Device(Base):
    """A laptop. The local device holds its Ed25519 private key; devices learned from
    batches at the office hold only the public key. The private key is never exported."""

    __tablename__ = "devices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    region_code: Mapped[str] = mapped_column(String(13))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary(32), default=None)
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    key_pinned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    #: next slip / batch sequence numbers handed out by this device
    slip_seq: Mapped[int] = mapped_column(Integer, default=0)
    batch_seq: Mapped[int] = mapped_column(Integer, default=0)


class Officer(Synced, Base):
    """An account. Officers travel with the records that name them: at the office, an
    officer of a laptop is kept as a field officer (no password hash, so no sign-in there
    unless the office gives one). A username is unique among the accounts that can sign in
    on this database; field officers of several laptops may share one."""

    __tablename__ = "officers"
    __table_args__ = (
        _partial("uq_officers_signin_username", "username", unique=True,
                 where="password_hash != ''"),
        Index("ix_officers_username", "username"),
    )

    username: Mapped[str] = mapped_column(String(60))
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))  # officer / supervisor / administrator
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    #: the device the account was created on (a laptop, or the office)
    home_device_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class Event(Synced, Base):
    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[dt.date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(200), default="")
    region_code: Mapped[str] = mapped_column(String(13))
    officers: Mapped[str] = mapped_column(Text, default="")  # names, one per line
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class Group(Synced, Base):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # paguyuban / koperasi / wadah
    leader_name: Mapped[str] = mapped_column(String(120), default="")
    leader_nik: Mapped[str] = mapped_column(String(16), default="")
    leader_phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    region_code: Mapped[str] = mapped_column(String(13), default="")
    agreement_no: Mapped[str] = mapped_column(String(100), default="")
    agreement_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(10), default="active")


#: the second key of the members' NIK index (see Member)
ACTIVE_NIK_KEY = "(CASE WHEN status = 'active' THEN '' ELSE CAST(id AS VARCHAR(36)) END)"


class Member(Synced, Base):
    __tablename__ = "members"
    __table_args__ = (
        # One index on the NIK, for both of its uses: the NIK of an active member is
        # unique (the second key is '' for every active record, the record's own id for
        # a voided or erased one), and its leading NIK serves every NIK search and sort.
        # Two indexes did this before (a partial unique one and a plain one); each
        # member saved updated both. Neither SQLite nor Alembic's batch mode reflects an
        # expression index: a migration that rebuilds this table must create it again.
        Index("uq_members_nik", "nik", text(ACTIVE_NIK_KEY), unique=True),
        Index("ix_members_event_id", "event_id"),
        # members in a group only: most are in none, and every query of the index asks
        # for one group's members
        _partial("ix_members_group_id", "group_id", where="group_id IS NOT NULL"),
        Index("ix_members_phone", "phone"),
        Index("ix_members_name", "name"),
    )

    nik: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(1))
    address: Mapped[str] = mapped_column(Text, default="")
    region_code: Mapped[str] = mapped_column(String(13))
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(20))
    occupation: Mapped[str] = mapped_column(String(100), default="")
    business_name: Mapped[str] = mapped_column(String(200), default="")
    declared_income: Mapped[int] = mapped_column(BigInteger)
    programs: Mapped[str] = mapped_column(String(20))  # "jkk+jkm" or "jkk+jkm+jht"
    payer: Mapped[str] = mapped_column(String(20))
    payer_subsource: Mapped[str] = mapped_column(String(60), default="")
    pay_period: Mapped[int] = mapped_column(Integer, default=1)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("groups.id"), default=None)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id"))
    consent_version: Mapped[str] = mapped_column(String(40))
    consent_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    consent_officer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("officers.id"), default=None
    )
    registered_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("officers.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(10), default="active")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    kpj_number: Mapped[str] = mapped_column(String(20), default="")


class MemberChange(Base):
    """One correction or void of a member: which fields, from what to what, by whom.

    Kept so that a correction never loses the earlier value (UU 27/2022: correction with
    history). Holds personal data like the member row itself; never logged.
    """

    __tablename__ = "member_changes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)  # the member's revision after the change
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(10))  # edit / void
    changes: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}
    reason: Mapped[str] = mapped_column(Text, default="")


class Slip(Synced, Base):
    """One printed slip: the original (copy 0) or a reprint stamped "SALINAN ke-n".

    An original's number is unique: it is the printing device's code and count. A copy's
    number is not: the office and the laptop that holds the member may each reprint the
    same slip while apart, both taking the next copy they know (migration 0008)."""

    __tablename__ = "slips"
    __table_args__ = (
        _partial("uq_slips_original", "receipt_no", unique=True, where="copy_no = 0"),
    )

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"), index=True)
    receipt_no: Mapped[str] = mapped_column(String(40), index=True)
    format: Mapped[str] = mapped_column(String(12))
    copy_no: Mapped[int] = mapped_column(Integer, default=0)  # 0 original, n = "SALINAN ke-n"
    printed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("officers.id"), default=None)
    payload: Mapped[str] = mapped_column(Text, default="")


class PrintJob(Base):
    """A PDF waiting for (or sent to) a printer; kept across restarts. Local only."""

    __tablename__ = "print_jobs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(String(200))
    format: Mapped[str] = mapped_column(String(12))
    file: Mapped[str] = mapped_column(String(300))  # relative to the data folder
    pages: Mapped[int] = mapped_column(Integer)
    slips: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(10), default="queued")  # queued/printed/cancelled
    printer: Mapped[str] = mapped_column(String(200), default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class AuditEntry(Base):
    """One processing action, chained by hash per device (entry n covers entry n-1).

    A device's chain runs in segments: 0 from the start, and a new one each time the
    laptop is restored from a backup or finds its chain cut. A new segment's entry 1
    continues from the old head it names (see audit.restart_chain)."""

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("device_id", "segment", "seq",
                                       name="uq_audit_entries_device_segment_seq"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    segment: Mapped[int] = mapped_column(BigInteger, default=0)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    officer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    action: Mapped[str] = mapped_column(String(30))
    entity_type: Mapped[str] = mapped_column(String(20), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, never personal data
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    sync_batch: Mapped[int | None] = mapped_column(Integer, default=None)  # local only
    acked: Mapped[bool] = mapped_column(Boolean, default=False)  # local only


class Batch(Base):
    """A batch file written here ("out") or imported at the office ("in")."""

    __tablename__ = "batches"
    __table_args__ = (
        UniqueConstraint("direction", "device_id", "segment", "sequence",
                         name="uq_batches_device_segment_seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)  # the batch id
    direction: Mapped[str] = mapped_column(String(3))
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    #: the audit chain segment the device was in (a restored laptop numbers on in a new one)
    segment: Mapped[int] = mapped_column(BigInteger, default=0)
    sequence: Mapped[int] = mapped_column(Integer)
    #: the audit chain head the batch's manifest named (None before heads travelled)
    chain_seq: Mapped[int | None] = mapped_column(Integer, default=None)
    manifest_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    handled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    records: Mapped[int] = mapped_column(Integer, default=0)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    file_name: Mapped[str] = mapped_column(String(200), default="")


class Held(Base):
    """At the office: the highest revision of a record received from a device (what an
    acknowledgement lists)."""

    __tablename__ = "held_records"

    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(12))
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    revision: Mapped[int] = mapped_column(Integer)


class Conflict(Base):
    """The same NIK arriving as two different records (two laptops registered one person,
    or one NIK is mistyped). Resolved by a person; never silently."""

    __tablename__ = "conflicts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    existing_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    incoming_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("members.id"))
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / resolved
    resolution: Mapped[str] = mapped_column(String(20), default="")
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Local key/value settings (consent version in force, idle lock minutes, …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
