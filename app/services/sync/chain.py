"""The laptops' audit chains at the office: every entry a batch brings is checked against
its own hash and the entry before it, the chain head the batch's signed manifest names is
compared with what the office already holds (a cut or rewritten tail is refused), and a
laptop that starts a new segment of its chain (restored from a backup, or its chain found
cut) is accepted again, with what it lost recorded in the office's audit trail.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.messages import Text, join, t
from app.models import AuditEntry, Batch, Held, Member
from app.services import audit
from app.services.audit import Actor, Head, record
from app.services.sync.format import BatchRefused

#: member ids named in one chain-gap audit entry (the import report lists them all)
LISTED_IN_AUDIT = 50
#: a segment number is the restart's time in seconds: below this for ten thousand years
MAX_SEGMENT = 2**48


def manifest_head(manifest: dict[str, Any]) -> Head | None:
    """The audit chain head a batch's manifest names (None for batches written before
    heads travelled); refused when it is not a well-formed head."""
    raw = manifest.get("chain")
    if raw is None:
        return None
    try:
        segment, seq, digest = raw["segment"], raw["seq"], raw["hash"]
    except (KeyError, TypeError) as exc:
        raise BatchRefused(t("manifest batch rusak: kepala jejak audit tidak lengkap")) from exc
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (segment, seq)) or \
            not 0 <= segment < MAX_SEGMENT or not 0 <= seq < 2**31 or \
            not isinstance(digest, str) or len(digest) != 64:
        raise BatchRefused(t("manifest batch rusak: kepala jejak audit tidak sah"))
    return Head(segment, seq, digest)


def check_head(session: Session, device_id: uuid.UUID, sequence: int,
               head: Head | None) -> None:
    """The laptop's chain must still hold every entry its earlier batches of the same
    segment said it had, unchanged: a head behind an earlier batch's means the chain was
    cut, a different hash at the head that it was rewritten. Either refuses the batch
    before anything is written. (A batch older than one already imported, arriving late,
    names an older head: it is compared with the batches before it only.)"""
    if head is None:
        return
    earlier = session.execute(
        select(func.max(Batch.chain_seq)).where(
            Batch.direction == "in", Batch.device_id == device_id,
            Batch.segment == head.segment, Batch.sequence < sequence)
    ).scalar()
    if earlier is not None and earlier > head.seq:
        raise BatchRefused(
            t("jejak audit laptop ini berakhir di entri {seq}, padahal batch sebelumnya sudah "
              "sampai entri {earlier}: entri yang sudah dikirim dihapus dari laptop. Batch "
              "ditolak utuh, tidak ada yang diubah; periksa laptop itu bersama administrator "
              "(jejak auditnya diubah di luar program)",
              seq=head.seq,
              earlier=earlier))
    if head.seq:
        known = session.scalar(select(AuditEntry.hash).where(
            AuditEntry.device_id == device_id, AuditEntry.segment == head.segment,
            AuditEntry.seq == head.seq))
        if known is not None and known != head.hash:
            raise BatchRefused(
                t("entri audit {seq} laptop ini berbeda dengan yang sudah diterima kantor: "
                  "jejak auditnya ditulis ulang. Batch ditolak utuh, tidak ada yang diubah; "
                  "periksa laptop itu bersama administrator",
                  seq=head.seq))


@dataclass
class Restart:
    """A laptop's new chain segment as the office first sees it, and what the laptop no
    longer has that the office received from it."""

    device_id: uuid.UUID
    segment: int
    reason: str
    continues_segment: int
    continues_seq: int
    continues_hash: str
    batch_sequence: int
    restored_from: str | None
    at: dt.datetime
    head_known: bool = True
    lost_entries: int = 0
    lost_entry_range: tuple[int, int] | None = None
    lost_actions: dict[str, int] = field(default_factory=dict)
    lost_batches: list[int] = field(default_factory=list)
    lost_members: list[uuid.UUID] = field(default_factory=list)
    newer_at_office: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"device_id": str(self.device_id), "segment": self.segment,
                "reason": self.reason, "continues_segment": self.continues_segment,
                "continues_seq": self.continues_seq, "head_known": self.head_known,
                "restored_from": self.restored_from,
                "lost_entries": self.lost_entries,
                "lost_entry_range": list(self.lost_entry_range)
                if self.lost_entry_range else None,
                "lost_actions": self.lost_actions, "lost_batches": self.lost_batches,
                "lost_members": [m.hex for m in self.lost_members],
                "newer_at_office": self.newer_at_office}

    def label(self) -> str:
        """One paragraph for the person importing."""
        return gap_text(self.as_dict())


def gap_text(d: dict[str, Any]) -> Text:
    """What a laptop's new chain segment means, in words: from an import report's restart
    or from the `chain_gap` audit entry the office keeps (ids and counts only)."""
    why = (t("dipulihkan dari cadangan") if d.get("reason") == "restore"
           else t("jejak auditnya terpotong"))
    parts: list[str] = [t("Laptop ini {why} dan memulai rantai jejak audit baru.", why=why)]
    lost_entries = d.get("lost_entries") or 0
    if lost_entries:
        first, last = d.get("lost_entry_range") or (0, 0)
        parts.append(t("{lost_entries} entri audit (nomor {first}–{last}) yang sudah diterima "
                       "kantor tidak ada lagi di laptop.",
                       lost_entries=lost_entries, first=first, last=last))
    if not d.get("head_known", True):
        parts.append(t("Entri tempat rantai baru bersambung berbeda dengan salinan kantor."))
    if d.get("lost_batches"):
        parts.append(t("Batch yang dikirim sesudah cadangan itu: {numbers}.",
                       numbers=", ".join(str(n) for n in d["lost_batches"])))
    members = d.get("lost_members")
    count = len(members) if isinstance(members, list) else int(members or 0)
    if count:
        parts.append(t("Kantor menyimpan {count} pendaftaran dari laptop ini yang tidak ada "
                       "lagi di laptop; datanya tetap di kantor.", count=count))
    if d.get("newer_at_office"):
        parts.append(t("{newer} peserta diubah di laptop sesudah cadangan; kantor menyimpan "
                       "versi yang lebih baru.", newer=d["newer_at_office"]))
    return join(parts)


def describe(action: str, details: str) -> str:
    """The details of an audit entry as the audit view shows them: a chain gap and a
    refused import in words, anything else as recorded."""
    if action not in ("chain_gap", "batch_refused"):
        return details
    try:
        d = json.loads(details)
    except ValueError:
        return details
    if not isinstance(d, dict):
        return details
    if action == "chain_gap":
        return gap_text(d)
    return t("Batch {file} ditolak: {reason}", file=d.get("file", ""),
             reason=d.get("reason", ""))


@dataclass
class Links:
    """The last entry of each segment seen in a batch so far: its chunks are checked one
    after the other, and a chunk's first entry follows the previous chunk's last."""

    last: dict[tuple[uuid.UUID, int, int], str] = field(default_factory=dict)


def check_entries(session: Session, rows: list[dict[str, Any]],
                  links: Links | None = None) -> list[Restart]:
    """Each entry's hash matches its fields and it follows the entry before it (in the
    batch, or already at the office); the first entry of a later segment names the head
    it continues from. Returns the segments starting in these rows that the office has
    not seen yet. Rows come in file order (device, segment, number); `links` carries
    the previous chunk's last entries (an import has written them already; a
    verification has not)."""
    before = links.last if links is not None else {}
    restarts = []
    for r in rows:
        digest = audit.digest_of(r["device_id"], r["segment"], r["seq"], r["at"],
                                 r["officer_id"], r["action"], r["entity_type"],
                                 r["entity_id"], r["details"], r["prev_hash"])
        if digest != r["hash"]:
            raise BatchRefused(t("entri audit {value} tidak cocok dengan hash-nya (diubah); "
                                 "batch ditolak utuh, tidak ada yang diubah",
                                 value=r['seq']))
        key = (r["device_id"], r["segment"], r["seq"])
        if r["seq"] == 1:
            if r["segment"] == 0:
                expected: str | None = audit.GENESIS
            else:
                expected = _start_of_segment(r)
                if _new_segment(session, r["device_id"], r["segment"]):
                    restarts.append(_restart(r))
        else:
            expected = before.get((key[0], key[1], key[2] - 1)) or session.scalar(
                select(AuditEntry.hash).where(AuditEntry.device_id == r["device_id"],
                                              AuditEntry.segment == r["segment"],
                                              AuditEntry.seq == r["seq"] - 1))
        if expected is not None and r["prev_hash"] != expected:
            raise BatchRefused(t("entri audit {value} tidak tersambung ke entri sebelumnya "
                                 "(jejak audit diubah); batch ditolak utuh, tidak ada yang "
                                 "diubah",
                                 value=r['seq']))
        before.pop((key[0], key[1], key[2] - 1), None)  # held: one entry per segment
        before[key] = r["hash"]
    return restarts


def _details(r: dict[str, Any]) -> dict[str, Any]:
    try:
        details = json.loads(r["details"])
    except ValueError:
        details = None
    return details if isinstance(details, dict) else {}


def _start_of_segment(r: dict[str, Any]) -> str:
    d = _details(r)
    if r["action"] != audit.RESTART or not isinstance(d.get("continues_hash"), str) or \
            not isinstance(d.get("continues_seq"), int) or \
            not isinstance(d.get("continues_segment"), int) or \
            not isinstance(d.get("batch_sequence"), int) or \
            not 0 <= d["continues_segment"] < r["segment"]:
        raise BatchRefused(t("entri audit 1 bagian rantai {value} bukan awal rantai baru yang "
                             "sah; batch ditolak utuh, tidak ada yang diubah",
                             value=r['segment']))
    return str(d["continues_hash"])


def _new_segment(session: Session, device_id: uuid.UUID, segment: int) -> bool:
    return session.scalar(select(AuditEntry.id).where(
        AuditEntry.device_id == device_id, AuditEntry.segment == segment).limit(1)) is None


def _restart(r: dict[str, Any]) -> Restart:
    d = _details(r)
    restored = d.get("restored_from")
    return Restart(r["device_id"], r["segment"], str(d.get("reason", "")),
                   d["continues_segment"], d["continues_seq"], d["continues_hash"],
                   d["batch_sequence"],
                   restored if isinstance(restored, str) else None,
                   _when(d.get("restarted_at")) or r["at"])


def record_restarts(session: Session, actor: Actor, restarts: list[Restart]) -> None:
    """What each restarted laptop no longer has, from what the office holds: the audit
    entries after the head the new segment continues from, the batches sent after the
    backup, the registrations made after it and the members changed after it. Written to
    the office's audit trail as one `chain_gap` entry (ids and counts, no personal data).
    Called after the batch's records are merged, before the batch is committed."""
    for rs in restarts:
        lost = session.execute(
            select(AuditEntry.seq, AuditEntry.action).where(
                AuditEntry.device_id == rs.device_id,
                AuditEntry.segment == rs.continues_segment,
                AuditEntry.seq > rs.continues_seq).order_by(AuditEntry.seq)).all()
        if lost:
            rs.lost_entries = len(lost)
            rs.lost_entry_range = (lost[0][0], lost[-1][0])
            rs.lost_actions = dict(Counter(action for _seq, action in lost))
        if rs.continues_seq:
            known = session.scalar(select(AuditEntry.hash).where(
                AuditEntry.device_id == rs.device_id,
                AuditEntry.segment == rs.continues_segment,
                AuditEntry.seq == rs.continues_seq))
            rs.head_known = known is None or known == rs.continues_hash
        rs.lost_batches = list(session.scalars(select(Batch.sequence).where(
            Batch.direction == "in", Batch.device_id == rs.device_id,
            Batch.segment == rs.continues_segment,
            Batch.sequence > rs.batch_sequence).order_by(Batch.sequence)))
        since = _when(rs.restored_from)
        if since is not None:
            # made or changed on the laptop between its backup and its restore (both by
            # the laptop's clock): what the restore took from it
            mine = (select(Member.id).join(Held, Held.record_id == Member.id)
                    .where(Held.device_id == rs.device_id, Held.entity == "members"))
            rs.lost_members = list(session.scalars(mine.where(
                Member.created_at > since, Member.created_at <= rs.at).order_by(Member.id)))
            rs.newer_at_office = session.scalar(
                select(func.count()).select_from(mine.where(
                    Member.created_at <= since, Member.updated_at > since,
                    Member.updated_at <= rs.at).subquery())) or 0
        record(session, actor, "chain_gap", "device", rs.device_id,
               segment=rs.segment, reason=rs.reason,
               continues_segment=rs.continues_segment, continues_seq=rs.continues_seq,
               head_known=rs.head_known, lost_entries=rs.lost_entries,
               lost_entry_range=rs.lost_entry_range, lost_actions=rs.lost_actions,
               lost_batches=rs.lost_batches, lost_members=len(rs.lost_members),
               lost_member_ids=[m.hex for m in rs.lost_members[:LISTED_IN_AUDIT]],
               newer_at_office=rs.newer_at_office)


def _when(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        stamp = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


def segment_starts(session: Session) -> dict[tuple[uuid.UUID, int], int]:
    """For each laptop segment after the first: the last batch number the laptop knew
    when it began (its batches in the segment are numbered on from there)."""
    starts = {}
    for device_id, segment, details in session.execute(
            select(AuditEntry.device_id, AuditEntry.segment, AuditEntry.details)
            .where(AuditEntry.segment > 0, AuditEntry.seq == 1,
                   AuditEntry.action == audit.RESTART)):
        value = json.loads(details).get("batch_sequence", 0)
        starts[(device_id, segment)] = value if isinstance(value, int) else 0
    return starts
