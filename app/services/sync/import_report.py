"""What an import reports: the records it added, changed or left, the conflicts it
opened, the laptops that began a new audit chain segment, and the sequence numbers a
device has not sent yet, as ranges (`Gap`), every number listed too while there are at
most LISTED_MISSING.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Batch, Device
from app.services.sync import chain

LISTED_MISSING = 1000


@dataclass
class Gap:
    """A device's batches not received, as ranges of sequence numbers (first, last)."""

    device_id: uuid.UUID
    device_name: str
    ranges: list[tuple[int, int]]

    @property
    def missing(self) -> list[int]:
        """Every missing number (sequence numbers are bounded: format.MAX_SEQUENCE)."""
        return [n for first, last in self.ranges for n in range(first, last + 1)]

    @property
    def label(self) -> str:
        """`2, 5–9` as a person reads it."""
        return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in self.ranges)

    def as_dict(self) -> dict[str, Any]:
        """`ranges` always; `missing`, every number, while there are at most
        LISTED_MISSING of them (a report stays small whatever numbers a batch claims)."""
        data: dict[str, Any] = {"device_id": str(self.device_id),
                                "device_name": self.device_name,
                                "ranges": [list(r) for r in self.ranges]}
        if sum(last - first + 1 for first, last in self.ranges) <= LISTED_MISSING:
            data["missing"] = self.missing
        return data


@dataclass
class ImportReport:
    batch_id: uuid.UUID
    device_id: uuid.UUID
    sequence: int
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    already_imported: bool = False
    gaps: list[Gap] = field(default_factory=list)
    #: laptops that began a new audit chain segment with this batch, and what they lost
    restarts: list[chain.Restart] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"batch_id": str(self.batch_id), "device_id": str(self.device_id),
                "sequence": self.sequence, "new": self.new, "updated": self.updated,
                "unchanged": self.unchanged, "conflicts": self.conflicts,
                "already_imported": self.already_imported,
                "gaps": [g.as_dict() for g in self.gaps],
                "restarts": [r.as_dict() for r in self.restarts]}



def gaps(session: Session) -> list[Gap]:
    """Sequence numbers missing before a device's last imported batch, as ranges: the
    work is the batches received, never the size of the numbers. A device counts its
    batches from 1; in a later segment of its chain (restored from a backup), on from the
    last batch its backup knew."""
    found: dict[tuple[uuid.UUID, int], list[int]] = {}
    for device_id, segment, seq in session.execute(
        select(Batch.device_id, Batch.segment, Batch.sequence).where(Batch.direction == "in")
        .order_by(Batch.device_id, Batch.segment, Batch.sequence)
    ):
        found.setdefault((device_id, segment), []).append(seq)
    starts = chain.segment_starts(session) if any(seg for _d, seg in found) else {}
    out = []
    for (device_id, segment), seqs in sorted(found.items(), key=lambda kv: (str(kv[0][0]),
                                                                            kv[0][1])):
        ranges, previous = [], starts.get((device_id, segment), 0)
        for seq in seqs:
            if seq > previous + 1:
                ranges.append((previous + 1, seq - 1))
            previous = seq
        if ranges:
            device = session.get(Device, device_id)
            out.append(Gap(device_id, device.name if device else "", ranges))
    return out


