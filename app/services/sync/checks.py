"""The checks of an incoming batch's records, made before any of them is written: each
chunk of each part type-checked, its values (codes, NIK shape, amounts), the records it
names (in the batch or at the office) and its ownership (a laptop changes only what it
sent), with the reason naming the part, the row and the column, never a value.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from itertools import islice
from operator import attrgetter
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.domain import codes
from app.domain.dates import EVENT_YEARS
from app.domain.messages import t
from app.domain.regions import normalize_code
from app.models import Held
from app.services import keys
from app.services.accounts import ROLES
from app.services.device import local_device
from app.services.files import parse_json
from app.services.slip_codes import device_code
from app.services.sync import chain, records
from app.services.sync.bulk import among
from app.services.sync.format import BatchRefused, OpenedBatch

CHUNK = 5000
#: Audit chain segments one batch may bring: a laptop starts one at each restore of a
#: backup. Each costs the office a pass over its chunk: thousands were a way to hold the
#: office's import for minutes.
MAX_SEGMENTS = 100
#: UUIDs in their own order (as `<` compares them), without a Python call per comparison
_BY_VALUE = attrgetter("int")


#: Parts other records name (records.REFERENCES): their ids are kept while a batch
#: is read, so that a record naming one earlier in the same batch finds it.
_NAMED = frozenset(target for _part, _column, target in records.REFERENCES)


#: Parts a laptop may change only where it sent the record (ownership), and the columns
#: the merge reads of their records already at the office.
_OWNED: dict[str, tuple[str, ...]] = {"events": ("status", "name", "date", "venue",
                                                 "region_code"),
                                      "groups": (), "members": ("status", "nik"), "slips": ()}
#: what a laptop may change of an event the office planned (the rest is the office's)
_PLANNED_KEPT = ("name", "date", "venue", "region_code")


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
    # a laptop checking its own batch (`batch verify` there, the self-test): what no
    # other device holds is its own, not an office's
    from_here = batch.device_id == local_device(session).id
    counts = batch.manifest.get("counts", {})
    known: dict[str, set[uuid.UUID]] = {}
    taken: dict[str, set[Any]] = {}
    for name in records.parts_of(batch.version):
        lines = records.split_lines(name, batch.blocks(name, box))
        rows = records.read_lines(name, lines, batch.version)
        seen = 0
        while chunk := list(islice(rows, CHUNK)):
            _check_values(name, chunk, seen)
            _check_once(name, chunk, seen, known if name in _NAMED else taken, taken)
            _check_references(session, batch.device_id, name, chunk, seen, known, from_here)
            existing = {} if name not in _OWNED else _existing(
                session, records.TABLES[name], [r["id"] for r in chunk], _OWNED[name],
                lock)
            _check_ownership(session, batch.device_id, name, chunk, seen, existing, from_here)
            if name == "slips":
                _check_receipts(session, batch.device_id, chunk, seen, existing)
            seen += len(chunk)
            yield name, chunk, existing
        if not isinstance(counts, dict) or counts.get(name) != seen:
            raise BatchRefused(t("jumlah catatan {name} tidak sama dengan manifest", name=name))
        yield name, None, {}


def _nik_shape(value: str) -> bool:
    return len(value) == 16 and value.isdigit() and value[-4:] != "0000"


_REGION = re.compile(r"[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?")


def _region(value: str) -> bool:
    """A region code's shape: province, regency, district or village."""
    return _REGION.fullmatch(value) is not None


def _region_typed(value: str) -> bool:
    """A region code as an event or group may hold it: packages before this program
    stored the code as typed (`3574`), which the desk reads as `35.74`."""
    try:
        return _region(normalize_code(value))
    except ValueError:
        return False


def _title(value: str) -> bool:
    """A name the reports print as a heading: not blank, one line."""
    return value.strip() != "" and codes.one_line(value)


def _years(first: int, last: int) -> Callable[[Any], bool]:
    return lambda v: first <= v.year <= last


def _revision(value: int) -> bool:
    return 0 < value < 2**31


def _details(value: str) -> bool:
    """An audit entry's details as the program writes them: a small JSON object of
    plain values (what the office's audit view, breach report and chain read)."""
    if len(value) > 20_000:
        return False
    try:
        parsed = parse_json(value)
    except ValueError:
        return False
    return isinstance(parsed, dict) and _plain(parsed, 3)


def _plain(value: Any, depth: int) -> bool:
    if value is None or isinstance(value, bool | str | float):
        return True
    if isinstance(value, int):
        return -(2**53) < value < 2**53
    if depth == 0:
        return False
    if isinstance(value, list):
        return all(_plain(v, depth - 1) for v in value)
    if isinstance(value, dict):
        return all(_plain(v, depth - 1) for v in value.values())
    return False


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
    "revision": _revision,
    "region_code": _region,
    "birth_date": _years(1900, 2100),
}
_VALUE_RULES: dict[str, dict[str, Callable[[Any], bool]]] = {
    "members": _MEMBER_RULES,
    "groups": {"kind": lambda v: v in codes.GROUP_KINDS,
               "status": lambda v: v in ("active", "inactive"),
               "name": _title,
               "region_code": lambda v: v == "" or _region_typed(v),
               "revision": _revision},
    "events": {"status": lambda v: v in ("open", "closed"),
               "name": _title,
               "region_code": _region_typed,
               "date": _years(*EVENT_YEARS),
               "revision": _revision},
    "slips": {"copy_no": lambda v: 0 <= v < 10_000, "revision": _revision},
    "audit": {"segment": lambda v: 0 <= v < chain.MAX_SEGMENT,
              "seq": lambda v: 0 < v < 2**31,
              "details": _details},
    "officers": {"role": lambda v: v in ROLES,
                 "username": lambda v: v.strip() != "" and codes.one_line(v),
                 "full_name": codes.one_line,
                 "revision": _revision},
}


#: Columns an erasure blanks (privacy.ERASED_FIELDS), so not checked on a tombstone.
_ERASED_BLANK = frozenset({"gender", "birth_date"})


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
                     existing: dict[uuid.UUID, Any], from_here: bool = False) -> None:
    """Each laptop owns what it created: a batch may bring audit entries of its own device
    only, and may change a record only if that record came to the office from the same
    device (or was made here, at the office). A copy of another device's record no newer
    than what that device sent is no change; one numbered past it is, whatever the office
    itself changed since. (The events an office planned are no laptop's.) Refused
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
    owner: dict[uuid.UUID, tuple[uuid.UUID, int]] = {
        record_id: (holder, received) for record_id, holder, received in session.execute(
            select(Held.record_id, Held.device_id, Held.revision)
            .where(among(session, Held.record_id, ids)))} if ids else {}
    for number, r in enumerate(rows, start=first + 1):
        if r["id"] not in stored:
            continue  # new here
        if r["id"] not in owner:  # the office's own: made at a desk, or planned
            if not from_here and r["revision"] > stored[r["id"]] and not _closes_a_planned_event(
                    part, r, existing[r["id"]]):
                raise BatchRefused(
                    t("bagian {part} baris {number}: {value} ini dibuat di kantor; laptop "
                      "tidak boleh mengubahnya (hanya menutup acara yang direncanakan "
                      "kantor). Batch ditolak utuh, tidak ada yang diubah",
                      part=part, number=number, value=PART_LABELS[part]))
            continue
        holder, received = owner[r["id"]]
        # past what the holder sent is a change, even where the office's own edit of the
        # record numbered it as far (closing a laptop's event, regrouping its member)
        if holder != device_id and r["revision"] > received:
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} ini dibuat dan dikirim oleh perangkat "
                  "lain; sebuah laptop hanya boleh mengubah catatan miliknya sendiri. Batch "
                  "ditolak utuh, tidak ada yang diubah",
                  part=part,
                  number=number,
                  value=PART_LABELS[part]))


def _closes_a_planned_event(part: str, r: dict[str, Any], stored: Any) -> bool:
    """Whether `r` is what a laptop may do to an event of the office's (one it planned
    and sent in a package): use it as it is, or close it (with its officers' names),
    never reopen, rename or move it."""
    return (part == "events"
            and all(r[k] == getattr(stored, k) for k in _PLANNED_KEPT)
            and (r["status"] == stored.status or (stored.status, r["status"]) == ("open",
                                                                                 "closed")))


def _check_once(part: str, rows: list[dict[str, Any]], first: int,
                ids: dict[str, set[Any]], taken: dict[str, set[Any]]) -> None:
    """No record twice in one batch: its id, an audit entry's device, segment and number,
    a slip's receipt and copy number (`ids` and `taken`: what the part's earlier chunks
    brought). The database would refuse the second as a program error."""
    mine = ids.setdefault(part, set())
    unique = {"audit": ("device_id", "segment", "seq"),
              "slips": ("receipt_no", "copy_no")}.get(part, ())
    numbers = taken.setdefault(f"{part}:numbers", set())
    for number, r in enumerate(rows, start=first + 1):
        key = tuple(r[k] for k in unique) if unique else None
        if r["id"] in mine or key in numbers:
            raise BatchRefused(t("bagian {part} baris {number}: {value} yang sama ada dua kali "
                                 "dalam batch ini; batch ditolak utuh, tidak ada yang diubah. "
                                 "Ekspor ulang dari laptop",
                                 part=part,
                                 number=number,
                                 value=PART_LABELS[part]))
        mine.add(r["id"])
        if unique:
            numbers.add(key)
        if part == "audit":
            segments = taken.setdefault("audit:segments", set())
            segments.add(r["segment"])
            if len(segments) > MAX_SEGMENTS:
                raise BatchRefused(t("bagian audit baris {number}: jejak audit batch ini "
                                     "terbagi atas lebih dari {most} bagian rantai (satu "
                                     "bagian baru tiap pemulihan cadangan); batch ditolak "
                                     "utuh, tidak ada yang diubah",
                                     number=number, most=MAX_SEGMENTS))


def _check_receipts(session: Session, device_id: uuid.UUID, rows: list[dict[str, Any]],
                    first: int, existing: dict[uuid.UUID, Any]) -> None:
    """A new slip carries a receipt number of the laptop that sends it (a number is the
    printing device's code and its count: another laptop's would take that laptop's next
    slip), and a slip at the office with the same receipt and copy number is another
    copy of the same member's slip. Copies of one slip may share a number: the office and
    the laptop that holds the member can both reprint it while apart, and a laptop
    restored from a backup reprints with the copy numbers it knows; each took the next
    copy number it knew, and every such paper is real. Refusing would refuse every later
    batch of that laptop too, as each carries the slip again. An original's number is
    the printing device's alone (a unique index keeps it so)."""
    code = device_code(device_id) + "-"
    for number, r in enumerate(rows, start=first + 1):
        if r["id"] not in existing and not r["receipt_no"].startswith(code):
            raise BatchRefused(t("bagian slips baris {number}: nomor slip bukan nomor laptop "
                                 "ini; batch ditolak utuh, tidak ada yang diubah",
                                 number=number))
    table = records.TABLES["slips"]
    wanted = sorted({r["receipt_no"] for r in rows})
    here: dict[tuple[str, int], list[tuple[uuid.UUID, uuid.UUID]]] = {}
    for start in range(0, len(wanted), CHUNK):
        for slip_id, receipt, copy, member_id in session.execute(
                select(table.c.id, table.c.receipt_no, table.c.copy_no, table.c.member_id)
                .where(table.c.receipt_no.in_(wanted[start:start + CHUNK]))):
            here.setdefault((receipt, copy), []).append((slip_id, member_id))
    for number, r in enumerate(rows, start=first + 1):
        for slip_id, member_id in here.get((r["receipt_no"], r["copy_no"]), ()):
            if slip_id != r["id"] and (r["copy_no"] == 0 or member_id != r["member_id"]):
                raise BatchRefused(t("bagian slips baris {number}: nomor slip dan salinannya "
                                     "sudah dipakai slip lain di kantor; batch ditolak utuh, "
                                     "tidak ada yang diubah",
                                     number=number))


PART_LABELS = {"officers": "petugas", "events": "acara", "groups": "kelompok",
               "members": "peserta", "slips": "slip", "audit": "jejak audit"}


def _check_references(session: Session, device_id: uuid.UUID, part: str,
                      rows: list[dict[str, Any]], first: int,
                      known: dict[str, set[uuid.UUID]], from_here: bool = False) -> None:
    """Every record a batch names is in the batch (`known`: the ids of the parts read
    before this one) or already at the office; one it names from the office is not
    another laptop's event, group or member (a laptop has only its own, and the events
    the office planned, which no laptop holds: a record naming another's would change
    that laptop's closing report or slips), nor a group or member the office made (no
    laptop has those). Otherwise the batch is refused before the
    rows are written, naming the part and the row. A record the batch carries itself
    counts as the laptop's only where no other laptop holds it: an unchanged copy of
    another's event or member (`_check_ownership` lets one through) does not make it
    the sender's to register into. `rows`: at most CHUNK, following `first` rows of the
    part."""
    for referring, column, target in records.REFERENCES:
        if referring != part:
            continue
        named = {r[column] for r in rows if r[column] is not None}
        wanted = named - known.get(target, set())
        carried = named - wanted
        if not wanted and (target == "officers" or not carried):
            continue
        table = records.TABLES[target]
        here = set(session.scalars(select(table.columns["id"])
                                   .where(among(session, table.columns["id"],
                                                sorted(wanted, key=_BY_VALUE))))) \
            if wanted else set()
        theirs: set[uuid.UUID] = set()
        if target != "officers" and (here or carried):
            holders = dict(session.execute(select(Held.record_id, Held.device_id).where(
                among(session, Held.record_id, sorted(here | carried, key=_BY_VALUE)))).all())
            theirs = {k for k, holder in holders.items() if holder != device_id}
            if target != "events" and not from_here:  # the office's events: anyone's
                theirs |= _the_offices(session, table, (here | carried) - holders.keys())
        if theirs:
            number = _row_naming(rows, first, column, theirs)
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} yang dirujuk ({column}) milik "
                  "perangkat lain; sebuah laptop hanya mencatat pada catatannya sendiri. "
                  "Batch ditolak utuh, tidak ada yang diubah",
                  part=part,
                  number=number,
                  value=PART_LABELS[target],
                  column=column))
        wanted -= here
        if wanted:
            number = _row_naming(rows, first, column, wanted)
            raise BatchRefused(
                t("bagian {part} baris {number}: {value} yang dirujuk ({column}) tidak ada di "
                  "batch ini maupun di kantor; batch ditolak utuh, tidak ada yang diubah. "
                  "Impor dulu batch laptop yang membuatnya, atau ekspor ulang dari laptop ini",
                  part=part,
                  number=number,
                  value=PART_LABELS[target],
                  column=column))



def _the_offices(session: Session, table: Table, unheld: set[uuid.UUID]) -> set[uuid.UUID]:
    """Of records no laptop holds, the ones at the office (made at its desk): no laptop
    has them, so none may name them; the rest are new in this batch."""
    if not unheld:
        return set()
    return set(session.scalars(select(table.columns["id"]).where(
        among(session, table.columns["id"], sorted(unheld, key=_BY_VALUE)))))


def _row_naming(rows: list[dict[str, Any]], first: int, column: str,
                ids: set[uuid.UUID]) -> int:
    """The part's row number of the first of `rows` whose `column` names one of `ids`."""
    return next(i for i, r in enumerate(rows, start=first + 1) if r[column] in ids)


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

