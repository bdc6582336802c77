"""The checks of an incoming batch's records, made before any of them is written: each
chunk of each part type-checked, its values (codes, NIK shape, amounts), the records it
names (in the batch or at the office) and its ownership (a laptop changes only what it
sent), with the reason naming the part, the row and the column, never a value.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from itertools import islice
from operator import attrgetter
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.messages import t
from app.models import Held
from app.services import keys
from app.services.sync import chain, records
from app.services.sync.bulk import among
from app.services.sync.format import BatchRefused, OpenedBatch

CHUNK = 5000
#: UUIDs in their own order (as `<` compares them), without a Python call per comparison
_BY_VALUE = attrgetter("int")


#: Parts other records name (records.REFERENCES): their ids are kept while a batch
#: is read, so that a record naming one earlier in the same batch finds it.
_NAMED = frozenset(target for _part, _column, target in records.REFERENCES)


#: Parts a laptop may change only where it sent the record (ownership), and the columns
#: the merge reads of their records already at the office.
_OWNED: dict[str, tuple[str, ...]] = {"events": (), "groups": (), "members": ("status", "nik"),
                                      "slips": ()}


def checked_chunks(session: Session, batch: OpenedBatch, lock: bool = False
                   ) -> Iterator[tuple[str, list[dict[str, Any]] | None, dict[uuid.UUID, Any]]]:
    """The batch's records, part by part in the order they are applied (parents before
    children), in chunks of CHUNK records read from the file as they are needed: each
    chunk type-checked and checked (values, references, ownership) before it is given
    out with the records of the chunk the office already holds (`_existing`, read once
    for the ownership check and the merge; locked with `lock`), then `(part, None, {})`
    once the part's count matched the manifest. What is held meanwhile: one chunk, and
    the ids of the parts other records name.

    A refusal can come with any chunk: an import merges chunk by chunk in one
    transaction, so the refusal rolls back what the chunks before it wrote."""
    box = keys.box_key(session) if batch.encrypted else None
    counts = batch.manifest.get("counts", {})
    known: dict[str, set[uuid.UUID]] = {}
    for name in records.parts_of(batch.version):
        lines = records.split_lines(name, batch.blocks(name, box))
        rows = records.read_lines(name, lines, batch.version)
        seen = 0
        while chunk := list(islice(rows, CHUNK)):
            _check_values(name, chunk, seen)
            _check_references(session, name, chunk, seen, known)
            existing = {} if name not in _OWNED else _existing(
                session, records.TABLES[name], [r["id"] for r in chunk], _OWNED[name],
                lock)
            _check_ownership(session, batch.device_id, name, chunk, seen, existing)
            if name in _NAMED:
                known.setdefault(name, set()).update(r["id"] for r in chunk)
            seen += len(chunk)
            yield name, chunk, existing
        if not isinstance(counts, dict) or counts.get(name) != seen:
            raise BatchRefused(t("jumlah catatan {name} tidak sama dengan manifest", name=name))
        yield name, None, {}


def _nik_shape(value: str) -> bool:
    return len(value) == 16 and value.isdigit() and value[-4:] != "0000"


#: What a laptop may send, column by column, beyond the types records.py checks: the
#: codes of the domain, the shape of a NIK, sane amounts. A signed batch is a trusted
#: laptop's word, not proof that its values are right.
_MEMBER_RULES: dict[str, Callable[[Any], bool]] = {
    "status": lambda v: v in ("active", "voided", "erased"),
    "gender": lambda v: v in codes.GENDERS,
    "sector": lambda v: v in codes.SECTORS,
    "payer": lambda v: v in codes.PAYERS,
    "programs": lambda v: set(v.split("+")) >= set(codes.MANDATORY_PROGRAMS)
    and set(v.split("+")) <= set(codes.PROGRAMS),
    "pay_period": lambda v: v in (1, 3, 6, 12),
    "declared_income": lambda v: 0 < v <= 10**12,
    "revision": lambda v: 0 < v < 2**31,
}
_VALUE_RULES: dict[str, dict[str, Callable[[Any], bool]]] = {
    "members": _MEMBER_RULES,
    "groups": {"kind": lambda v: v in codes.GROUP_KINDS,
               "status": lambda v: v in ("active", "inactive"),
               "revision": lambda v: 0 < v < 2**31},
    "events": {"status": lambda v: v in ("open", "closed"),
               "revision": lambda v: 0 < v < 2**31},
    "slips": {"copy_no": lambda v: 0 <= v < 10_000, "revision": lambda v: 0 < v < 2**31},
    "audit": {"segment": lambda v: 0 <= v < chain.MAX_SEGMENT,
              "seq": lambda v: 0 < v < 2**31},
}


#: Columns an erasure blanks (privacy.ERASED_FIELDS), so not checked on a tombstone.
_ERASED_BLANK = frozenset({"gender"})


def _check_values(part: str, rows: list[dict[str, Any]], first: int) -> None:
    """Every record passes the domain's checks on its codes and amounts, and a member's
    NIK has the shape of a NIK (blank only when erased); the reason names the part, the
    row and the column, never the value. `rows` follow `first` rows of the part."""
    rules = _VALUE_RULES.get(part)
    if rules is None:
        return
    for number, r in enumerate(rows, start=first + 1):
        tombstone = part == "members" and r["status"] == "erased"
        bad = [column for column, ok in rules.items()
               if not (tombstone and column in _ERASED_BLANK) and not ok(r[column])]
        if part == "members" and not (tombstone or _nik_shape(r["nik"])):
            bad.append("nik")
        if bad:
            raise BatchRefused(t("bagian {part} baris {number}: nilai kolom {value} tidak sah; "
                                 "batch ditolak utuh, tidak ada yang diubah",
                                 part=part,
                                 number=number,
                                 value=', '.join(bad)))


def _check_ownership(session: Session, device_id: uuid.UUID, part: str,
                     rows: list[dict[str, Any]], first: int,
                     existing: dict[uuid.UUID, Any]) -> None:
    """Each laptop owns what it created: a batch may bring audit entries of its own device
    only, and may change a record only if that record came to the office from the same
    device (or was made here, at the office). An unchanged copy of another device's record
    (an event the office planned, sent by every laptop that used it) is no change. Refused
    before the rows are written, naming the part and the row. `rows`: at most CHUNK,
    following `first` rows of the part; `existing`, the ones the office holds."""
    if part == "audit":
        for number, r in enumerate(rows, start=first + 1):
            if r["device_id"] != device_id:
                raise BatchRefused(t("bagian audit baris {number}: entri jejak audit milik "
                                     "perangkat lain; sebuah laptop hanya mengirim jejak "
                                     "auditnya sendiri. Batch ditolak utuh, tidak ada yang "
                                     "diubah",
                                     number=number))
        return
    if part not in ("events", "groups", "members", "slips") or not rows:
        return
    stored: dict[uuid.UUID, int] = {k: row.revision for k, row in existing.items()}
    # a record not at the office changes nothing that anybody holds
    ids = sorted(stored, key=_BY_VALUE)
    owner: dict[uuid.UUID, uuid.UUID] = dict(
        session.execute(select(Held.record_id, Held.device_id)
                        .where(among(session, Held.record_id, ids))).all()) if ids else {}
    for number, r in enumerate(rows, start=first + 1):
        holder = owner.get(r["id"])
        if holder is not None and holder != device_id and \
                r["revision"] > stored.get(r["id"], r["revision"]):
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} ini dibuat dan dikirim oleh perangkat "
                  "lain; sebuah laptop hanya boleh mengubah catatan miliknya sendiri. Batch "
                  "ditolak utuh, tidak ada yang diubah",
                  part=part,
                  number=number,
                  value=PART_LABELS[part]))


PART_LABELS = {"officers": "petugas", "events": "acara", "groups": "kelompok",
               "members": "peserta", "slips": "slip", "audit": "jejak audit"}


def _check_references(session: Session, part: str, rows: list[dict[str, Any]], first: int,
                      known: dict[str, set[uuid.UUID]]) -> None:
    """Every record a batch names is in the batch (`known`: the ids of the parts read
    before this one) or already at the office; otherwise the batch is refused before the
    rows are written, naming the part and the row. `rows`: at most CHUNK, following
    `first` rows of the part."""
    for referring, column, target in records.REFERENCES:
        if referring != part:
            continue
        wanted = {r[column] for r in rows if r[column] is not None} - known.get(target, set())
        if not wanted:
            continue
        table = records.TABLES[target]
        wanted -= set(session.scalars(select(table.columns["id"])
                                      .where(among(session, table.columns["id"],
                                                   sorted(wanted, key=_BY_VALUE)))))
        if wanted:
            number = next(i for i, r in enumerate(rows, start=first + 1)
                          if r[column] in wanted)
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} yang dirujuk ({column}) tidak ada di "
                  "batch ini maupun di kantor; batch ditolak utuh, tidak ada yang diubah. "
                  "Impor dulu batch laptop yang membuatnya, atau ekspor ulang dari laptop ini",
                  part=part,
                  number=number,
                  value=PART_LABELS[target],
                  column=column))



def _existing(session: Session, table: Table, ids: list[uuid.UUID],
              extra: tuple[str, ...] = (), lock: bool = True) -> dict[uuid.UUID, Any]:
    """The rows already here (id, revision, `extra`), with `lock` locked until the import
    commits: a conflict resolution on one of them waits for the import, or the import
    for it (PostgreSQL; on SQLite the import holds the database's write lock)."""
    found: dict[uuid.UUID, Any] = {}
    cols = [table.columns["id"], table.columns["revision"],
            *(table.columns[k] for k in extra)]
    ids = sorted(ids, key=_BY_VALUE)  # one locking order for every transaction
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        stmt = (select(*cols).where(among(session, table.columns["id"], chunk))
                .order_by(table.columns["id"]))
        if lock:
            stmt = stmt.with_for_update()
        for row in session.execute(stmt):
            found[row[0]] = row
    return found

