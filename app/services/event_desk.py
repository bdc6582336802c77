"""What the registration desk keeps for each event, in the local settings table: the
optional fields the officer chose to have Enter pass over, and the batch settings
(payer, its sub-source, pay period, group) that carry from one person to the next
within that event and never into another.

Nothing here is personal data; any signed-in account may set it for its desk.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.errors import DomainError
from app.domain.messages import t
from app.services import device, member_columns

#: the form's fields, in its order, that a registration may leave empty: every field but
#: the required ones and those the NIK fills (birth date and gender)
SKIPPABLE: tuple[str, ...] = tuple(
    key for key in ("tempat_lahir", "no_hp", "email", "alamat", "kode_wilayah", "pekerjaan",
                    "nama_usaha", "penghasilan", "program")
    if key not in member_columns.REQUIRED
)

PAYERS_WITH_SUBSOURCE = codes.PAYERS_WITH_SUBSOURCE
SUBSOURCE_MAX = codes.SUBSOURCE_MAX
subsource_problem = codes.subsource_problem

DEFAULT_PAYER = "mandiri"
DEFAULT_PERIOD = 1


def _key(kind: str, event_id: uuid.UUID) -> str:
    return f"desk.{kind}.{event_id}"


def skipped_fields(session: Session, event_id: uuid.UUID) -> tuple[str, ...]:
    """The optional fields Enter passes over at this event (none until chosen)."""
    raw = device.get_setting(session, _key("skip", event_id))
    return tuple(k for k in SKIPPABLE if k in raw.split(","))


def set_skipped_fields(session: Session, event_id: uuid.UUID,
                       keys: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Keep the choice for the event; a field that may not be skipped is refused."""
    refused = [k for k in keys if k not in SKIPPABLE]
    if refused:
        raise DomainError(t("isian ini tidak bisa dilewati Enter: {fields}",
                            fields=", ".join(refused)))
    chosen = tuple(k for k in SKIPPABLE if k in keys)
    device.set_setting(session, _key("skip", event_id), ",".join(chosen))
    return chosen


@dataclass(frozen=True)
class Batch:
    """The settings that stay from one person to the next within one event."""

    payer: str = DEFAULT_PAYER
    subsource: str = ""
    period: int = DEFAULT_PERIOD
    group_id: str = ""


def batch(session: Session, event_id: uuid.UUID) -> Batch:
    """The event's batch settings as last used, or the defaults for a new event."""
    raw = device.get_setting(session, _key("batch", event_id))
    try:
        data = json.loads(raw) if raw else {}
        kept = Batch(payer=str(data.get("payer", DEFAULT_PAYER)),
                     subsource=str(data.get("subsource", "")),
                     period=int(data.get("period", DEFAULT_PERIOD)),
                     group_id=str(data.get("group_id", "")))
    except (ValueError, TypeError, AttributeError):
        return Batch()
    if kept.payer not in codes.PAYERS or subsource_problem(kept.payer, kept.subsource):
        return Batch()
    return kept


def set_batch(session: Session, event_id: uuid.UUID, value: Batch) -> None:
    problem = subsource_problem(value.payer, value.subsource)
    if value.payer not in codes.PAYERS or problem:
        raise DomainError(problem or t("sumber iuran tidak dikenal"))
    device.set_setting(session, _key("batch", event_id), json.dumps(asdict(value)))


def payer_text(payer: str, subsource: str) -> str:
    """The payer as the form and the import columns write it: `apbd (DBHCHT)`."""
    sub = subsource.strip()
    return f"{payer} ({sub})" if sub else payer


def split_payer(text: str) -> tuple[str, str]:
    """`apbd (DBHCHT)` → ("apbd", "DBHCHT"); the payer part as written."""
    head, _, rest = text.partition("(")
    return head.strip(), rest.rstrip(") ").strip()
