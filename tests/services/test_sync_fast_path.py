"""The office merge's PostgreSQL way (ids looked up as one array, new rows written with
COPY: app/services/sync/bulk.py) leaves exactly the database the portable way leaves
(IN lists and executemany, what SQLite runs): the same batches imported into two copies
of one office, one each way, give the same rows, table by table.

And the quick check of a batch's records (sync/records.py's _QuickCheck) accepts exactly what
the column-by-column parse accepts, with the same values, and a record it doubts is
refused with the column-by-column parse's own reason."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import AuditEntry, Base, Conflict, Member
from app.services import accounts, member_changes, privacy
from app.services.audit import Actor
from app.services.sync import bulk, conflicts, merge, records
from app.services.sync.format import BatchRefused
from app.services.workspace import Workspace
from tests.helpers.dbstate import Snapshot, snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.officers import ADMIN_PASSWORD, PEOPLE, FieldLaptop, office_in

#: Columns the office fills from its own clock or with new random ids, different in any
#: two runs whichever way they are written; everything else is compared. (The laptops'
#: audit entries are compared whole, below.)
OFFICE_MADE = {
    "audit_entries": {"id", "at", "hash", "prev_hash", "entity_id", "details"},
    "conflicts": {"id", "created_at", "resolved_at"},
    "batches": {"handled_at"},
    "member_changes": {"id", "changed_at"},
    "devices": {"created_at", "key_pinned_at"},
    "officers": {"failed_attempts", "locked_until", "updated_at"},
}


def _batches(tmp_path: Path) -> tuple[list[Path], list[Path], str]:
    """Two laptops' batches, before and after: new members (with slips), one person on
    both laptops (a NIK conflict the office resolves between the two rounds), a second
    person on both (a conflict left open, then erased on one laptop), a correction, a
    void and an erasure. Returns the two rounds' files and the first conflict's NIK."""
    stick = tmp_path / "usb"
    stick.mkdir()
    a = FieldLaptop(tmp_path, "Laptop A", None)
    b = FieldLaptop(tmp_path, "Laptop B", None)
    a.register(PEOPLE[0:8])
    a.print_slips()
    b.register(PEOPLE[5:7] + PEOPLE[8:11])  # PEOPLE[5] and [6] also on laptop A
    first = [a.export(stick), b.export(stick)]
    corrected, voided, erased = PEOPLE[1]["nik"], PEOPLE[3]["nik"], PEOPLE[2]["nik"]
    with a.ws.db.session() as s:
        for nik in (corrected, PEOPLE[5]["nik"]):  # [5]: the record the office voids
            m = s.get(Member, a.ids[nik])
            assert m is not None
            member_changes.update_member(s, a.actor, m.id, {"nik": nik, "name": m.name + " Jr"},
                                         m.revision, "salah ketik nama")
    with a.ws.db.session() as s:
        approval = accounts.approve(s, a.actor, "admin", ADMIN_PASSWORD)
        assert isinstance(approval, accounts.Approval)
        member_changes.void_member(s, a.actor, a.ids[voided], "orangnya mundur", approval)
    with a.ws.db.session() as s:
        approval = accounts.approve(s, a.actor, "admin", ADMIN_PASSWORD)
        assert isinstance(approval, accounts.Approval)
        privacy.erase_member(s, a.actor, a.ids[erased], "permintaan peserta", approval)
    a.register(PEOPLE[11:13])
    with b.ws.db.session() as s:
        approval = accounts.approve(s, b.actor, "admin", ADMIN_PASSWORD)
        assert isinstance(approval, accounts.Approval)
        privacy.erase_member(s, b.actor, b.ids[PEOPLE[6]["nik"]], "permintaan peserta",
                             approval)
    second = [a.export(stick), b.export(stick)]
    for laptop in (a, b):
        laptop.ws.close()
    return first, second, PEOPLE[5]["nik"]


def _merge(office: Workspace, actor: Actor, first: list[Path], second: list[Path],
           nik: str) -> list[dict[str, Any]]:
    """Both rounds, the office resolving the first conflict in between (the laptop's
    record it voids then arrives corrected: the office's change is kept)."""
    reports = [merge.import_file(office, actor, f, trust_new_device=True).as_dict()
               for f in first]
    with office.db.session() as s:
        conflict = s.scalars(select(Conflict).where(Conflict.nik == nik)).one()
        approval = accounts.approve(s, actor, "kepala", "sandi-kantor-1")
        assert isinstance(approval, accounts.Approval)
        conflicts.resolve(s, actor, conflict.id, "keep_incoming", approval=approval)
    reports += [merge.import_file(office, actor, f).as_dict() for f in second]
    reports += [merge.import_file(office, actor, first[0]).as_dict()]  # again: no-op
    return reports


def _laptop_entries(ws: Workspace) -> list[tuple[Any, ...]]:
    with ws.db.session() as s:
        return sorted(tuple(r) for r in s.execute(
            select(*AuditEntry.__table__.columns).where(AuditEntry.device_id != ws.device_id)))


def _state(ws: Workspace) -> Snapshot:
    """Everything but OFFICE_MADE. A member the office changed (resolving a conflict)
    has the office's clock in `updated_at`, and one it voided names the random conflict
    id in its reason and the office's clock in `voided_at`: those are masked."""
    state = snapshot(ws, leave_out=OFFICE_MADE)
    names = [c.name for c in Member.__table__.columns]
    reason, at = names.index("void_reason"), names.index("voided_at")
    updated, device = names.index("updated_at"), names.index("changed_by_device")
    masked = []
    for row in state["members"]:
        values = list(row)
        if str(values[reason]).startswith("duplikat NIK (konflik "):
            values[at] = None
        if values[device] == ws.device_id:
            values[updated] = None
        masked.append(tuple(values))
    state["members"] = masked
    conflict_id = re.compile(r"^duplikat NIK \(konflik \w+")
    return {table: sorted((tuple(conflict_id.sub("duplikat NIK (konflik -", v)
                                 if isinstance(v, str) else v for v in row) for row in rows),
                          key=repr)
            for table, rows in state.items()}


def _differing(table: str, a: Snapshot, b: Snapshot) -> list[str]:
    """The columns in which the first differing rows of `table` differ (a failure's
    message)."""
    names = [c.name for c in Base.metadata.tables[table].columns
             if c.name not in OFFICE_MADE.get(table, set())]
    for x, y in zip(a[table], b[table], strict=False):
        if x != y:
            return [n for n, u, v in zip(names, x, y, strict=True) if u != v]
    return ["(row count)"]


@pytest.mark.parametrize("office_db", ["postgresql"], indirect=True)
def test_the_postgresql_way_leaves_what_the_portable_way_leaves(
        tmp_path: Path, office_db: OfficeDb, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, nik = _batches(tmp_path)
    fast, actor, _key = office_in(tmp_path / "cepat", office_db)
    portable = office_db.clone(fast, tmp_path / "portabel")

    copies: list[str] = []
    real_copy = bulk._copy

    def counting_copy(conn: Any, table: Any, keys: list[str], rows: Any) -> None:
        copies.append(table.name)
        real_copy(conn, table, keys, rows)

    monkeypatch.setattr(bulk, "_copy", counting_copy)
    fast_reports = _merge(fast, actor, first, second, nik)
    assert {"members", "held_records", "audit_entries", "slips"} <= set(copies)
    with fast.db.session() as s:  # an array of text is not cut to the column's length
        found = s.scalars(select(Member.nik).where(
            bulk.among(s, Member.nik, [PEOPLE[0]["nik"], PEOPLE[1]["nik"] + "9"])))
        assert list(found) == [PEOPLE[0]["nik"]]

    copies.clear()
    monkeypatch.setattr(bulk, "is_postgresql", lambda session: False)
    portable_reports = _merge(portable, actor, first, second, nik)
    assert copies == []  # the portable way wrote no row with COPY

    assert fast_reports == portable_reports
    assert [r["conflicts"] for r in fast_reports] == [0, 2, 0, 0, 0]
    state, other = _state(fast), _state(portable)
    for table in state:
        assert state[table] == other[table], (table, _differing(table, state, other))
    assert _laptop_entries(fast) == _laptop_entries(portable)
    with fast.db.session() as s:
        statuses = sorted(s.scalars(select(Member.status)))
        closed = {c.nik: (c.status, c.resolution) for c in s.scalars(select(Conflict))}
    # what the merge did, so that the comparison above compares something: A's erasure
    # and B's, A's void and the office's (the conflict kept B's record)
    assert statuses.count("erased") == 2 and statuses.count("voided") == 2
    assert closed == {nik: ("resolved", "keep_incoming"),
                      PEOPLE[6]["nik"]: ("resolved", "erased")}
    assert len(state["members"]) == 15 and len(state["slips"]) == 8


# ---- the quick check of records ---------------------------------------------------------

def _member_line() -> dict[str, Any]:
    """One exported member record, as a batch carries it."""
    values: dict[str, Any] = {}
    table = records.TABLES["members"]
    for k in records.exported_columns("members"):
        col_type = table.columns[k].type
        name = type(col_type).__name__
        if name == "Uuid":
            values[k] = uuid.uuid4().hex
        elif name == "UTCDateTime":
            values[k] = "2026-11-21T08:00:00+00:00"
        elif name == "Date":
            values[k] = "1990-05-17"
        elif name == "Boolean":
            values[k] = True
        elif name in ("Integer", "BigInteger"):
            values[k] = 3
        else:
            values[k] = "x"
    return values


def _column_by_column(name: str, raw: dict[str, Any]) -> dict[str, Any] | str:
    """What the plain parse makes of one record: the row, or its error."""
    table = records.TABLES[name]
    parsers = {k: records._parser(table.columns[k].type, bool(table.columns[k].nullable))
               for k in raw}
    try:
        return records.parse_record(parsers, raw)
    except ValueError as exc:
        return str(exc)


WRONG: list[Any] = [None, "", "x" * 300, 7, -1, True, 1.5, "not-a-uuid", "2026-13-01",
                   "2026-11-21T08:00", "1990-05-17", uuid.uuid4().hex, [], {}, "AAAA"]


def test_the_quick_check_accepts_and_refuses_what_the_column_by_column_parse_does() -> None:
    """Every column of a member record given each wrong (or right) value: the quick check
    gives the same row, or the same refusal, as the parse of one column at a time. The
    refusal names the column and what its value is not, never the value (it is shown,
    logged and kept in the audit trail, and a value may be a person's birth date)."""
    base = _member_line()
    tried = refused = 0
    for column in base:
        for value in WRONG:
            raw = {**base, column: value}
            expected = _column_by_column("members", raw)
            line = json.dumps(raw).encode()
            tried += 1
            if isinstance(expected, str):
                refused += 1
                with pytest.raises(BatchRefused) as caught:
                    list(records.read_lines("members", [line]))
                assert f"rusak (kolom {column} bukan " in str(caught.value)
                assert f"rusak ({expected})" in str(caught.value)
                if isinstance(value, str) and len(value) > 3:
                    assert value not in str(caught.value)
            else:
                assert list(records.read_lines("members", [line])) == [expected]
    assert tried > refused > tried // 2  # both outcomes, many times


def test_a_value_shared_by_records_is_converted_per_record() -> None:
    """The quick check converts a value equal to the previous record's once; a record
    that differs in that column still gets its own value."""
    first, second, third = _member_line(), _member_line(), _member_line()
    second["event_id"] = first["event_id"]
    third["created_at"] = "2026-11-22T09:30:00+07:00"
    lines = [json.dumps(r).encode() for r in (first, second, third)]
    rows = list(records.read_lines("members", lines))
    assert [r["event_id"] for r in rows] == [uuid.UUID(first["event_id"])] * 2 + \
        [uuid.UUID(third["event_id"])]
    assert rows[2]["created_at"].isoformat() == "2026-11-22T09:30:00+07:00"
    assert rows == [_column_by_column("members", r) for r in (first, second, third)]
