"""What checking a member's values rests on: the rules gathered once per form or import
(with the memo of what they decided), a problem beside its column, and one cell read as
text. The person's checks (member_cleaning) and the payment terms' (member_terms) share it.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.domain import codes
from app.domain.errors import DomainError
from app.domain.messages import t
from app.domain.regions import RegionIndex
from app.domain.tariff import TariffBook

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    reason: str

    def __str__(self) -> str:
        """`field: reason`, made once per distinct problem: an import whose rows are all
        refused says the same few problems for each of its rows."""
        key = (self.field, self.reason, getattr(self.reason, "template", None))
        said = _SAID.get(key)
        if said is None:
            if len(_SAID) >= MEMO_LIMIT:
                _SAID.clear()
            said = _SAID[key] = t("{field}: {reason}", field=self.field, reason=self.reason)
        return said


_SAID: dict[tuple[str, str, str | None], str] = {}


@dataclass
class PersonRules:
    """What checking a person's own values (member_cleaning.check_person) rests on: no
    database, so that an import's second process can check its rows (tabular/ahead.py)."""

    regions: RegionIndex
    on: dt.date
    village_codes: RegionIndex | None = None  # loaded only if a village code shows up
    #: what cleaning decided per distinct value (region codes, the payment terms), so an
    #: import of many rows decides each only once; the same decision every time
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(kw_only=True)
class MemberRules(PersonRules):
    """What cleaning needs to know, gathered once per form or import: the person's rules,
    and the payment terms' (the office's tariffs, the groups by name)."""

    tariffs: TariffBook
    groups_by_name: dict[str, uuid.UUID] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, regions: RegionIndex, tariffs: TariffBook,
             on: dt.date) -> MemberRules:
        from sqlalchemy import select  # here: the person's checks need no database

        from app.models import Group

        groups = {
            codes.squash(name): gid
            for gid, name in session.execute(
                select(Group.id, Group.name).where(Group.status == "active")
            )
        }
        return cls(regions, on, tariffs=tariffs, groups_by_name=groups)


#: how many decisions MemberRules.memo keeps before it starts again
MEMO_LIMIT = 65536


Problems = list[Problem]


def remember(rules: PersonRules, key: Any, decided: Any) -> None:
    """Keep what cleaning decided for `key` in the rules' memo (MEMO_LIMIT at most)."""
    if len(rules.memo) >= MEMO_LIMIT:
        rules.memo.clear()
    rules.memo[key] = decided


def tidy(raw: Any, limit: int = 200) -> str:
    """A cell's text, control characters dropped and spaces tidied, at most `limit`."""
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    if not text.isprintable() or "  " in text:
        text = _SPACES.sub(" ", _CONTROL.sub("", text))
    text = text.strip()
    if len(text) > limit:
        raise DomainError(t("terlalu panjang (paling banyak {limit} karakter)", limit=limit))
    return text


def cell_text(value: Any) -> str:
    """Spreadsheet numbers arrive as int/float: 3574011708450001.0 → '3574011708450001'."""
    if type(value) is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()
