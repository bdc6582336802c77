"""Groups (paguyuban / koperasi / wadah) that collect contributions for their members."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import resources
from app.domain import codes, nik
from app.domain.errors import DomainError, NotFound
from app.domain.messages import t
from app.domain.phone import normalize as normalize_phone
from app.domain.regions import normalize_code
from app.domain.tariff import TariffBook, schedule_id
from app.models import Event, Group, Member, utcnow
from app.services import roles
from app.services.audit import Actor, record
from app.services.pricing import Pricer


@dataclass(frozen=True)
class GroupInfo:
    id: uuid.UUID
    name: str
    kind: str
    leader_name: str
    agreement_no: str
    region_code: str
    members: int

    def as_dict(self) -> dict[str, object]:
        return {
            "id": str(self.id),
            "name": self.name,
            "kind": self.kind,
            "leader_name": self.leader_name,
            "agreement_no": self.agreement_no,
            "region_code": self.region_code,
            "members": self.members,
        }


@dataclass(frozen=True)
class GroupFields:
    """A group's details as a person gives them (the desk's form, the command line):
    checked and cleaned by `create_group` and `update_group`. `region` is a region code
    as typed; `kind` a code or label of `codes.GROUP_KINDS`."""

    name: str
    kind: str
    leader_name: str = ""
    leader_nik: str = ""
    leader_phone: str = ""
    address: str = ""
    region: str = ""
    agreement_no: str = ""
    agreement_date: dt.date | None = None


def _clean_fields(session: Session, group_id: uuid.UUID | None, fields: GroupFields,
                  on: dt.date | None) -> dict[str, Any]:
    """One group's fields, checked (the same for a new group and a correction), as the
    group's columns."""
    name = " ".join(fields.name.split())
    if not name:
        raise DomainError(t("nama kelompok wajib diisi"))
    kind_code = codes.parse_group_kind(fields.kind)
    same_name = select(Group.id).where(func.lower(Group.name) == name.lower(),
                                       Group.status == "active")
    if group_id is not None:
        same_name = same_name.where(Group.id != group_id)
    if session.scalar(same_name):
        raise DomainError(t("nama kelompok itu sudah terdaftar"))
    leader_nik = fields.leader_nik
    if leader_nik:
        checked = nik.check(leader_nik, resources.regions(), on or dt.date.today())
        if not checked.valid:
            raise DomainError(t("NIK ketua: {value}", value=' '.join(checked.errors)))
        leader_nik = checked.nik
    region_code = ""
    if fields.region.strip():
        region_code = normalize_code(fields.region)
        if region_code not in resources.regions():
            raise DomainError(t("kode wilayah kelompok tidak ada dalam data Kemendagri"))
    phone = fields.leader_phone
    return {
        "name": name, "kind": kind_code, "leader_name": fields.leader_name.strip(),
        "leader_nik": leader_nik,
        "leader_phone": normalize_phone(phone) if phone.strip() else "",
        "address": fields.address.strip(), "region_code": region_code,
        "agreement_no": fields.agreement_no.strip(), "agreement_date": fields.agreement_date,
    }


def create_group(session: Session, actor: Actor, fields: GroupFields,
                 on: dt.date | None = None) -> GroupInfo:
    """A new group from `fields`, checked; `on` is the day a leader's NIK is checked for
    (default today)."""
    values = _clean_fields(session, None, fields, on)
    group = Group(**values, changed_by_device=actor.device_id)
    session.add(group)
    session.flush()
    record(session, actor, "group_create", "group", group.id)
    return GroupInfo(group.id, group.name, group.kind, group.leader_name, group.agreement_no,
                     group.region_code, 0)


def list_groups(session: Session) -> list[GroupInfo]:
    counts = (
        select(Member.group_id, func.count().label("n"))
        .where(Member.status == "active")
        .group_by(Member.group_id)
        .subquery()
    )
    rows = session.execute(
        select(Group, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.group_id == Group.id)
        .where(Group.status == "active")
        .order_by(Group.name)
    )
    return [
        GroupInfo(g.id, g.name, g.kind, g.leader_name, g.agreement_no, g.region_code, int(n))
        for g, n in rows
    ]


def group_choices(session: Session) -> list[tuple[str, uuid.UUID]]:
    """(name, id) of the active groups, for pickers (no member counts: cheap)."""
    rows = session.execute(
        select(Group.name, Group.id).where(Group.status == "active").order_by(Group.name)
    )
    return [(name, gid) for name, gid in rows]


def find_group(session: Session, key: str) -> uuid.UUID:
    """A group by id or by exact name (case-insensitive)."""
    try:
        gid = uuid.UUID(key)
    except ValueError:
        gid = None
    if gid is not None and session.get(Group, gid) is not None:
        return gid
    found = session.scalar(
        select(Group.id).where(func.lower(Group.name) == key.strip().lower())
    )
    if found is None:
        raise NotFound(t("kelompok tidak ditemukan"))
    return found


@dataclass(frozen=True)
class GroupDetail:
    id: uuid.UUID
    name: str
    kind: str
    leader_name: str
    leader_nik: str
    leader_phone: str
    address: str
    region_code: str
    agreement_no: str
    agreement_date: dt.date | None
    revision: int


def get_group(session: Session, group_id: uuid.UUID) -> GroupDetail:
    g = session.get(Group, group_id)
    if g is None:
        raise NotFound(t("kelompok tidak ditemukan"))
    return GroupDetail(g.id, g.name, g.kind, g.leader_name, g.leader_nik, g.leader_phone,
                       g.address, g.region_code, g.agreement_no, g.agreement_date, g.revision)


def update_group(session: Session, actor: Actor, group_id: uuid.UUID, fields: GroupFields,
                 on: dt.date | None = None) -> GroupDetail:
    """Correct a group's details; the same checks as creating one."""
    g = session.get(Group, group_id)
    if g is None:
        raise NotFound(t("kelompok tidak ditemukan"))
    values = _clean_fields(session, group_id, fields, on)
    changed = sorted(k for k, v in values.items() if getattr(g, k) != v)
    if changed:
        for k in changed:
            setattr(g, k, values[k])
        g.revision += 1
        g.updated_at = utcnow()
        g.changed_by_device = actor.device_id
        record(session, actor, "group_edit", "group", g.id, fields=changed)
    return get_group(session, group_id)


@dataclass(frozen=True)
class Joined:
    """What adding members to a group did: how many joined it, and how many of those left
    another group for it."""

    joined: int
    moved: int


def add_members(session: Session, actor: Actor, group_id: uuid.UUID,
                member_ids: list[uuid.UUID]) -> Joined:
    """Put existing active members into the group. A member in another group leaves it
    for this one: that is taking them out of their group, so the rule of
    `remove_members` applies (a member of a closed event: a supervisor), and each group
    left gets its own `group_remove_members` entry in the audit trail."""
    if session.get(Group, group_id) is None:
        raise NotFound(t("kelompok tidak ditemukan"))
    joining = [m for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))
               if m.status == "active" and m.group_id != group_id]
    leaving = [m for m in joining if m.group_id is not None]
    closed = _require_leaving(session, actor, leaving) if leaving else set()
    left: dict[uuid.UUID, list[Member]] = {}
    for m in leaving:
        assert m.group_id is not None
        left.setdefault(m.group_id, []).append(m)
    for m in joining:
        _regroup(m, group_id, actor)
    for old, members in left.items():
        record(session, actor, "group_remove_members", "group", old, members=len(members),
               closed_events=len({m.event_id for m in members} & closed))
    if joining:
        record(session, actor, "group_add_members", "group", group_id, members=len(joining))
    return Joined(len(joining), len(leaving))


def _require_leaving(session: Session, actor: Actor, leaving: list[Member]) -> set[uuid.UUID]:
    """The role for taking these members out of their group (an officer while each one's
    event is open, a supervisor once one is closed); the closed events among theirs."""
    closed = set(session.scalars(
        select(Event.id).where(Event.id.in_({m.event_id for m in leaving}),
                               Event.status != "open")))
    roles.require(session, actor, "groups.remove_members_closed" if closed
                  else "groups.remove_members")
    return closed


def _regroup(member: Member, group_id: uuid.UUID | None, actor: Actor) -> None:
    """The member into `group_id` (None: no group), as a change that travels."""
    member.group_id = group_id
    member.revision += 1
    member.updated_at = utcnow()
    member.changed_by_device = actor.device_id


def remove_members(session: Session, actor: Actor, group_id: uuid.UUID,
                   member_ids: list[uuid.UUID]) -> int:
    """Take members out of the group (they stay registered, in no group); returns how many
    left it. An officer may while each member's event is still open (the day's own
    corrections); once an event is closed its closing report stands, and a supervisor
    decides (roles `groups.remove_members` and `groups.remove_members_closed`). The
    member's revision goes up, so the change travels in the next batch like an addition."""
    if session.get(Group, group_id) is None:
        raise NotFound(t("kelompok tidak ditemukan"))
    leaving = list(session.scalars(
        select(Member).where(Member.id.in_(member_ids), Member.group_id == group_id)))
    closed = _require_leaving(session, actor, leaving)
    for m in leaving:
        _regroup(m, None, actor)
    if leaving:
        record(session, actor, "group_remove_members", "group", group_id,
               members=len(leaving), closed_events=len(closed))
    return len(leaving)


@dataclass(frozen=True)
class BillRow:
    name: str
    nik_masked: str
    programs: str
    pay_period: int
    monthly: int  # the first month's
    period_total: int
    #: each contribution month of the period with its amount, and the same in words
    #: ("Des 2026: Rp 8.400; Jan–Mei 2027: Rp 16.800/bulan" or "Rp 16.800 per bulan")
    months: tuple[tuple[dt.date, int], ...] = ()
    schedule: str = ""


@dataclass(frozen=True)
class GroupBill:
    """What a group collects and pays: each member's contribution and the totals."""

    group: GroupDetail
    on: dt.date
    rows: list[BillRow]

    @property
    def monthly_total(self) -> int:
        return sum(r.monthly for r in self.rows)

    @property
    def period_total(self) -> int:
        return sum(r.period_total for r in self.rows)

    @property
    def periods(self) -> list[int]:
        return sorted({r.pay_period for r in self.rows})

    def month_totals(self) -> list[tuple[dt.date, int]]:
        """What the group's members pay for each calendar month of their periods."""
        totals: dict[dt.date, int] = {}
        for r in self.rows:
            for month, amount in r.months:
                totals[month] = totals.get(month, 0) + amount
        return sorted(totals.items())


def group_bill(session: Session, group_id: uuid.UUID, tariffs: TariffBook,
               on: dt.date) -> GroupBill:
    """Active members of the group with their contribution for a pay period from the
    month of `on`, or from their first contribution month if that is later."""
    from app.domain.nik import mask

    detail = get_group(session, group_id)
    pricer = Pricer(tariffs)
    rows = []
    for m, event_date in session.execute(
        select(Member, Event.date).join(Event, Member.event_id == Event.id)
        .where(Member.group_id == group_id, Member.status == "active")
        .order_by(Member.name, Member.id)
    ):
        quote = pricer.member(m, event_date, billed_from=on)
        rows.append(BillRow(m.name, mask(m.nik), codes.programs_text(m.programs),
                            m.pay_period, quote.first.total, quote.total,
                            tuple((q.month, q.total) for q in quote.months),
                            schedule_id(quote)))
    return GroupBill(detail, on, rows)
