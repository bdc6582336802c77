"""Several office staff at once, each in a process of their own, on SQLite and PostgreSQL.

Whatever two people start at the same moment must end as if one had gone after the other:
two imports of different laptops' batches, or an import and a conflict resolution on the
same member (docs/office-database.md says how). Each test clones one office database three
times: one copy takes the two jobs in one order, one in the other, and one at once, in two
processes released together; the copy done at once must equal one of the other two.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import DateTime, select

from app.models import Base, Conflict, Member
from app.services import bpjs, member_changes
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.sync import conflicts, merge
from app.services.workspace import Workspace
from tests.helpers.dbstate import Snapshot, snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.sync import Laptop, office_in

# Office-made values that differ with the moment a job ran, not with what it did.
VOLATILE = {t.name: {c.name for c in t.columns if isinstance(c.type, DateTime)
                     or isinstance(getattr(c.type, "impl", None), DateTime)}
            for t in Base.metadata.sorted_tables}
VOLATILE["audit_entries"] |= {"id", "hash", "prev_hash"}
VOLATILE["member_changes"] |= {"id"}
VOLATILE["conflicts"] |= {"id"}

SIZE = 1200  # members per laptop batch: an import long enough for the other to start
OVERLAP = 40  # people registered on both laptops: conflicts whose side depends on order


@dataclass
class Batches:
    a1: Path
    b1: Path
    a2: Path  # laptop A again: one member of a conflict corrected, a few new ones
    corrected_nik: str
    corrected_phone: str


@pytest.fixture(scope="module")
def batches(tmp_path_factory: pytest.TempPathFactory) -> Batches:
    root = tmp_path_factory.mktemp("laptops")
    stick = root / "usb"
    stick.mkdir()
    people = [p.row() for p in PeopleFactory(913).people(2 * SIZE - OVERLAP + 5)]
    a = Laptop(root, "Laptop A", None)  # plain batches: any office copy can open them
    b = Laptop(root, "Laptop B", None)
    nik = people[SIZE - 1]["nik"]  # on both laptops: a conflict at the office ...
    on_b = people[SIZE - OVERLAP:2 * SIZE - OVERLAP]
    on_b[OVERLAP - 1] = dict(on_b[OVERLAP - 1], alamat="Jl. Tambak Rejo No. 3")  # ... unlike
    assert on_b[OVERLAP - 1]["nik"] == nik
    a.register(people[:SIZE])
    b.register(on_b)
    a1, b1 = a.export(stick).file, b.export(stick).file
    with a.ws.db.session() as s:
        m = s.get(Member, a.ids[nik])
        assert m is not None
        member_changes.log_change(s, a.actor, m, "edit", {"phone": [m.phone, "+6281377770001"]})
        m.phone = "+6281377770001"
    a.register(people[2 * SIZE - OVERLAP:])
    a2 = a.export(stick).file
    for laptop in (a, b):
        laptop.ws.close()
    return Batches(a1, b1, a2, nik, "+6281377770001")


# ---- the jobs, as each office person's process runs them ---------------------------------


def _job(ws: Workspace, job: tuple[Any, ...]) -> None:
    actor = Actor(ws.device_id)
    if job[0] == "import":
        merge.import_file(ws, actor, Path(job[1]), trust_new_device=True)
    elif job[0] == "resolve":
        with ws.db.session() as s:
            conflict_id = s.scalar(select(Conflict.id).where(Conflict.nik == job[1],
                                                             Conflict.status == "open"))
        assert conflict_id is not None
        with ws.db.session() as s:
            conflicts.resolve(s, actor, conflict_id, "merge", {"address": "incoming"})
    else:
        raise ValueError(job[0])


def _worker(folder: str, url: str | None, job: tuple[Any, ...], start: Any, out: Any) -> None:
    """One office person: opens the office database, waits for the other, does the job,
    reports when it began and ended (a clock both processes share)."""
    try:
        ws = Workspace.open(Path(folder), url, create=False)
        _ = ws.device_id
        start.wait(timeout=60)
        began = time.monotonic()
        _job(ws, job)
        out.put((job[0], began, time.monotonic(), ""))
        ws.close()
    except BaseException:  # the test reads it; a process must not die silently
        out.put((job[0], 0.0, 0.0, traceback.format_exc()))


def _at_once(office: Workspace, jobs: list[tuple[Any, ...]]) -> list[tuple[str, float, float]]:
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Barrier(len(jobs)), ctx.Queue()
    url = None if not office.on_server else office.db.engine.url.render_as_string(
        hide_password=False)
    office.db.dispose()
    procs = [ctx.Process(target=_worker, args=(str(office.data_dir), url, job, start, out))
             for job in jobs]
    for p in procs:
        p.start()
    results = [out.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    failed = [r[3] for r in results if r[3]]
    assert failed == [], failed[0] if failed else ""
    assert all(p.exitcode == 0 for p in procs)
    return [(r[0], r[1], r[2]) for r in results]


def _state(ws: Workspace) -> Snapshot:
    return snapshot(ws, VOLATILE)


def _both_orders_and_at_once(office_db: OfficeDb, base: Workspace, root: Path,
                             jobs: list[tuple[Any, ...]]
                             ) -> tuple[list[Snapshot], Snapshot, Workspace]:
    copies = [office_db.clone(base, root / name) for name in ("in-order", "reversed",
                                                               "at-once")]
    sequential = []
    for copy, order in zip(copies, (jobs, jobs[::-1]), strict=False):
        for job in order:
            _job(copy, job)
        sequential.append(_state(copy))
    timeline = _at_once(copies[2], jobs)
    (_, began1, ended1), (_, began2, ended2) = timeline
    assert max(began1, began2) < min(ended1, ended2), "the two jobs never ran at once"
    return sequential, _state(copies[2]), copies[2]


def test_two_imports_at_once_equal_one_after_the_other(tmp_path: Path, office_db: OfficeDb,
                                                       batches: Batches) -> None:
    base, _actor, _key = office_in(tmp_path, office_db)
    sequential, together, office = _both_orders_and_at_once(
        office_db, base, tmp_path, [("import", batches.a1), ("import", batches.b1)])
    assert sequential[0] != sequential[1]  # the order decides which side is the conflict
    assert together in sequential
    with office.db.session() as s:
        members = s.scalars(select(Member)).all()
        open_conflicts = s.scalars(select(Conflict).where(Conflict.status == "open")).all()
    assert len(members) == 2 * SIZE
    assert len(open_conflicts) == OVERLAP
    active = [m.nik for m in members if m.status == "active"]
    assert len(active) == len(set(active)) == 2 * SIZE - OVERLAP


def test_an_import_and_a_resolution_on_one_member_keep_both_changes(
        tmp_path: Path, office_db: OfficeDb, batches: Batches) -> None:
    base, actor, _key = office_in(tmp_path, office_db)
    for f in (batches.a1, batches.b1):
        merge.import_file(base, actor, f, trust_new_device=True)
    nik = batches.corrected_nik
    with base.db.session() as s:
        c = s.scalars(select(Conflict).where(Conflict.nik == nik)).one()
        existing, incoming = s.get(Member, c.existing_id), s.get(Member, c.incoming_id)
        assert existing is not None and incoming is not None
        existing_id, incoming_id, incoming_address = existing.id, incoming.id, incoming.address
        assert existing.address != incoming_address
        assert existing.phone != batches.corrected_phone
    sequential, together, office = _both_orders_and_at_once(
        office_db, base, tmp_path, [("import", batches.a2), ("resolve", nik)])
    assert together in sequential
    assert all(len(state["members"]) == 2 * SIZE + 5 for state in (*sequential, together))
    with office.db.session() as s:
        kept, merged_away = s.get(Member, existing_id), s.get(Member, incoming_id)
        assert kept is not None and merged_away is not None
        # the office's merge (address from the other record) and the laptop's correction
        # (phone) are both on the record that stays
        assert (kept.status, kept.address, kept.phone) == (
            "active", incoming_address, batches.corrected_phone)
        assert merged_away.status == "voided"
        c = s.scalars(select(Conflict).where(Conflict.nik == nik)).one()
        assert (c.status, c.resolution) == ("resolved", "merge")
        assert s.scalar(select(Member.id).where(Member.nik == nik, Member.status == "active")
                        ) == existing_id


def test_a_later_batch_keeps_what_the_office_decided(tmp_path: Path, office_db: OfficeDb,
                                                      batches: Batches) -> None:
    """One after the other, the order that used to lose the laptop's correction: the
    office merges first (its own revision goes up), the laptop's batch comes after."""
    office, actor, _key = office_in(tmp_path, office_db)
    for f in (batches.a1, batches.b1):
        merge.import_file(office, actor, f, trust_new_device=True)
    _job(office, ("resolve", batches.corrected_nik))
    kpj = tmp_path / "kpj.csv"  # and BPJS's membership number, filled in at the office
    kpj.write_text(f"nik,kpj\n{batches.corrected_nik},25012345678\n", encoding="utf-8")
    assert bpjs.import_kpj(office, actor, kpj).updated == 1
    with office.db.session() as s:
        c = s.scalars(select(Conflict).where(Conflict.nik == batches.corrected_nik)).one()
        merged = s.get(Member, c.existing_id)
        assert merged is not None
        address = merged.address
    report = merge.import_file(office, actor, batches.a2)
    assert report.updated >= 1 and report.conflicts == 0
    with office.db.session() as s:
        after = s.get(Member, c.existing_id)
        assert after is not None
        assert (after.status, after.address, after.phone, after.kpj_number) == (
            "active", address, batches.corrected_phone, "25012345678")
