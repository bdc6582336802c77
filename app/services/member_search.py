"""Searching the member list: what a search box means (a name, a NIK's start or serial,
a masked NIK, a phone number), the filters beside it, and the pages of matching members in
any sort order."""

from __future__ import annotations

import re
import uuid
from typing import Any, TypeVar, cast

from sqlalchemy import and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import nik
from app.models import Member
from app.services.members import MemberRow

_NUMBER_JUNK = re.compile(r"[\s.\-()/]")


def _prefix(column: Any, prefix: str) -> Any:
    """`column LIKE 'prefix%'` written as a range, so an index serves it everywhere."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _suffix(column: Any, digits: str) -> Any:
    """`column LIKE '%digits'`: the NIK's serial, its last four digits."""
    return column.endswith(digits, autoescape=True)


#: a NIK as the list shows it (`357401******0001`), or part of it (`******0001`)
_MASKED = re.compile(r"^(\d*)(\*+)(\d*)$")
#: up to this many digits may be the end of a NIK (its serial) as well as its start
SERIAL_DIGITS = 4


def _few(session: Session, condition: Any) -> Any:
    """Tell SQLite that a condition no index serves (a NIK's end) matches few rows, so
    it reads the table once and sorts the matches (50 ms on 100,000 members) instead of
    walking the whole name index to fill a page (700 ms). PostgreSQL keeps statistics."""
    if session.get_bind().dialect.name != "sqlite":
        return condition
    return func.likelihood(condition, literal_column("0.01"))


#: a prefix matching fewer rows than this is "few": reading the table beats the name index
FEW = 1000


def _prefix_is_few(session: Session, column: Any, prefix: str) -> bool:
    """Whether an indexed prefix matches few rows (counted on its index, up to FEW)."""
    if session.get_bind().dialect.name != "sqlite":
        return False  # only SQLite takes the hint (`_few`); nothing to count for
    some = select(column).where(_prefix(column, prefix)).limit(FEW).subquery()
    return int(session.scalar(select(func.count()).select_from(some)) or 0) < FEW


def _masked_nik(head: str, stars: str, tail: str) -> Any:
    """The visible digits of a masked NIK, each at its place."""
    conditions = []
    if head:
        conditions.append(_prefix(Member.nik, head))
    if tail:
        conditions.append(_suffix(Member.nik, tail))
    if len(head) + len(stars) + len(tail) == nik.LENGTH:
        conditions.append(Member.nik.like(head + "_" * len(stars) + tail))
    return and_(*conditions)


def _search_condition(session: Session, term: str) -> Any:
    """What a search box means: `08…`/`+62…` a phone number, other digits the start of
    a NIK, up to four digits also its end (the serial shown in the list), a NIK as the
    list shows it (`357401******0001`) its visible digits, anything else part of a name
    (case-insensitive)."""
    number = _NUMBER_JUNK.sub("", term)
    masked = _MASKED.match(number)
    if masked and (masked.group(1) or masked.group(3)):
        head = masked.group(1)
        condition = _masked_nik(*masked.groups())
        return condition if head else _few(session, condition)
    if number.lstrip("+").isdigit():
        serial = [_suffix(Member.nik, number)] if len(number) <= SERIAL_DIGITS else []
        if number.startswith("+"):
            return _prefix(Member.phone, number)
        if number.startswith("0"):
            if len(number) > SERIAL_DIGITS:
                return _prefix(Member.phone, "+62" + number[1:])
            # 0812 is a phone's start, 0001 a serial: short, it may be either
            if len(number) == 1:
                return _few(session, serial[0])
            phone = _prefix(Member.phone, "+62" + number[1:])
            condition = or_(phone, *serial)
            if _prefix_is_few(session, Member.phone, "+62" + number[1:]):
                return _few(session, condition)
            return condition
        if number.startswith("62") and len(number) > 4:
            return or_(_prefix(Member.phone, "+" + number), _prefix(Member.nik, number))
        if not serial:
            return _prefix(Member.nik, number)
        condition = or_(_prefix(Member.nik, number), *serial)
        if _prefix_is_few(session, Member.nik, number):
            return _few(session, condition)
        return condition
    if session.get_bind().dialect.name == "sqlite":
        # SQLite's LIKE already ignores ASCII case; lower() would cost a call per row.
        return Member.name.contains(term, autoescape=True)
    return Member.name.icontains(term, autoescape=True)


def _filters(
    session: Session,
    search: str | None,
    event_id: uuid.UUID | None,
    group_id: uuid.UUID | None,
    sector: str | None,
    status: str | None,
) -> list[Any]:
    conditions = []
    if search and search.strip():
        conditions.append(_search_condition(session, search.strip()))
    if event_id:
        conditions.append(Member.event_id == event_id)
    if group_id:
        conditions.append(Member.group_id == group_id)
    if sector:
        conditions.append(Member.sector == sector)
    if status:
        conditions.append(Member.status == status)
    return conditions


def count_matching(
    session: Session,
    search: str | None = None,
    event_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    sector: str | None = None,
    status: str | None = None,
) -> int:
    """How many members `list_members` would list with the same search and filters."""
    stmt = select(func.count()).select_from(Member).where(
        *_filters(session, search, event_id, group_id, sector, status))
    return int(session.scalar(stmt) or 0)


def list_members(
    session: Session,
    search: str | None = None,
    event_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    limit: int | None = None,
    after: MemberRow | None = None,
    sector: str | None = None,
    status: str | None = None,
    order: str = "name",
    descending: bool = False,
) -> list[MemberRow]:
    """Members matching a search (name, NIK start or serial, a masked NIK, or phone) and
    filters, sorted by `order` (name, nik, sector, phone, status, birth_date,
    region_code), then by id.

    Pages continue `after` the last row of the previous page (keyset paging), so the
    10,000th page costs what the first does; OFFSET would re-read every earlier row.
    """
    stmt = select(
        Member.id, Member.nik, Member.name, Member.event_id, Member.group_id,
        Member.status, Member.phone, Member.sector, Member.revision, Member.sync_batch,
        Member.sync_revision, Member.acked_revision, Member.birth_date, Member.region_code,
    ).where(*_filters(session, search, event_id, group_id, sector, status))
    column = SORTABLE.get(order, Member.name)
    if after is not None:
        last = (getattr(after, SORT_FIELDS.get(order, "name")), after.id)
        key = tuple_(column, Member.id)
        stmt = stmt.where(key < tuple_(*last) if descending else key > tuple_(*last))
    if descending:
        stmt = stmt.order_by(column.desc(), Member.id.desc())
    else:
        stmt = stmt.order_by(column, Member.id)
    if limit:
        stmt = stmt.limit(limit)
    return [_row(r) for r in session.execute(stmt)]


#: Event and group ids repeat down a list of 100,000 members, and so do the status,
#: sector and village codes: one object each instead of one per row keeps a list with
#: every row fetched tens of MB smaller.
_SHARED: dict[object, object] = {}
_SHARED_MOST = 10_000
_T = TypeVar("_T")


def _shared(value: _T) -> _T:
    if len(_SHARED) > _SHARED_MOST:
        _SHARED.clear()
    return cast(_T, _SHARED.setdefault(value, value))


def _row(r: Any) -> MemberRow:
    return MemberRow(r[0], r[1], r[2], _shared(r[3]), _shared(r[4]), _shared(r[5]), r[6],
                     _shared(r[7]), r[8], r[9], r[10], r[11], r[12], _shared(r[13]))


SORTABLE = {
    "name": Member.name, "nik": Member.nik, "sector": Member.sector, "phone": Member.phone,
    "status": Member.status, "birth_date": Member.birth_date, "region_code": Member.region_code,
}
SORT_FIELDS = {key: key for key in SORTABLE}
