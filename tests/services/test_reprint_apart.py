"""A member's slip reprinted at the office and on the laptop that holds the member, while
the two are apart: each takes the next copy number it knows, so both papers say
"SALINAN ke-1". The laptop's next batch went to the office and was refused, and so was
every batch after it (each carried that slip again): the laptop's registrations never
reached the office again. Both copies are now kept; a copy number that names another
member, or that the laptop already used, is still refused. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import Slip
from app.services import events, slip_codes
from app.services.audit import Actor
from app.services.sync import merge
from app.services.sync.format import BatchRefused, open_batch
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.officers import PEOPLE, FieldLaptop, forge, office_in


def _reprint(ws: Workspace, actor: Actor, member: uuid.UUID) -> tuple[str, int]:
    with ws.db.session() as s:
        slips, refused = slip_codes.issue_slips(s, actor, [member], "a4", ws.tariffs())
    assert refused == [] and len(slips) == 1
    return slips[0].receipt_no, slips[0].copy_no


def _apart(tmp_path: Path, office_db: OfficeDb
           ) -> tuple[Workspace, Actor, FieldLaptop, uuid.UUID, Path]:
    """A laptop's first batch at the office (two members, their slips); then the office
    reprints the first member's slip, and so does the laptop, neither knowing of the
    other's."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)  # plain batches, to be forged
    laptop.register(PEOPLE[:2])
    laptop.print_slips()
    stick = tmp_path / "usb"
    stick.mkdir()
    merge.import_file(office, office_actor, laptop.export(stick), trust_new_device=True)
    member = next(iter(laptop.ids.values()))
    at_office = _reprint(office, office_actor, member)
    on_laptop = _reprint(laptop.ws, laptop.actor, member)
    assert at_office == on_laptop and at_office[1] == 1  # both "SALINAN ke-1"
    return office, office_actor, laptop, member, stick


def test_a_slip_reprinted_at_the_office_and_on_the_laptop_keeps_both(
        tmp_path: Path, office_db: OfficeDb) -> None:
    office, office_actor, laptop, member, stick = _apart(tmp_path, office_db)
    laptop.register(PEOPLE[2:3])
    report = merge.import_file(office, office_actor, laptop.export(stick))
    assert report.new > 0 and report.conflicts == 0
    with office.db.session() as s:
        copies = s.execute(select(Slip.receipt_no, Slip.copy_no, Slip.changed_by_device)
                           .where(Slip.member_id == member, Slip.copy_no > 0)).all()
        summary = events.summarize(s, laptop.event, office.tariffs())
    assert sorted(d for *_, d in copies) == sorted([office.device_id, laptop.ws.device_id])
    assert {(r, c) for r, c, _ in copies} == {(copies[0][0], 1)}
    assert summary.members == 3 and summary.copies == 2  # two papers, both counted
    # no dead end: the laptop's later batches go in, and the office's next copy is ke-2
    laptop.register(PEOPLE[3:4])
    assert merge.import_file(office, office_actor, laptop.export(stick)).new > 0
    assert _reprint(office, office_actor, member)[1] == 2


def test_a_copy_number_the_office_gave_another_member_is_refused(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """The laptop's reprint of the first member, sent as the second member's: the same
    number then names two people."""
    office, office_actor, laptop, member, stick = _apart(tmp_path, office_db)
    other = next(m for m in laptop.ids.values() if m != member)

    def retarget(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        lines = [json.loads(x) for x in parts["slips"].splitlines()]
        reprint = next(x for x in lines if x["copy_no"] == 1)  # the laptop's, new here
        reprint["member_id"] = str(other)
        parts["slips"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)

    source = laptop.export(stick)
    forged = forge(laptop, source, tmp_path / "palsu.ldgb", retarget)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused) as refused:
        merge.import_file(office, office_actor, forged)
    assert re.match(r"bagian slips baris \d+: nomor slip dan salinannya sudah dipakai slip "
                    "lain di kantor", str(refused.value)), refused.value
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source).new > 0


def test_a_copy_number_the_laptop_already_sent_is_refused(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """A second slip with the laptop's own receipt and copy, as a new record: the laptop
    numbering two papers alike is refused even where the office reprinted too."""
    office, office_actor, laptop, _member, stick = _apart(tmp_path, office_db)
    carrying = laptop.export(stick)
    merge.import_file(office, office_actor, carrying)
    sent = [x for x in map(json.loads, open_batch(carrying).part("slips").splitlines())
            if x["copy_no"] == 1]
    assert len(sent) == 1  # the laptop's reprint
    laptop.register(PEOPLE[2:3])
    source = laptop.export(stick)

    def again(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        lines = [x for x in map(json.loads, parts["slips"].splitlines())
                 if x["id"] != sent[0]["id"]]  # sent again until acknowledged: left out
        lines.append(dict(sent[0], id=uuid.uuid4().hex))
        parts["slips"] = b"".join(json.dumps(x).encode() + b"\n" for x in lines)
        manifest["counts"] = dict(manifest["counts"], slips=len(lines))

    forged = forge(laptop, source, tmp_path / "palsu.ldgb", again)
    before = snapshot(office, refusals=False)
    with pytest.raises(BatchRefused, match="sudah dipakai slip lain di kantor"):
        merge.import_file(office, office_actor, forged)
    assert snapshot(office, refusals=False) == before
    assert merge.import_file(office, office_actor, source).new > 0


def test_two_desks_reprinting_one_member_at_once_take_two_copy_numbers(
        tmp_path: Path, office_db: OfficeDb) -> None:
    """Two desks of the office on one database reprint the same member's slip at the same
    moment: the second waits for the first and takes the next copy (no index refuses two
    copies with one number any more, so nothing else would keep them apart)."""
    office, office_actor, _key = office_in(tmp_path, office_db)
    laptop = FieldLaptop(tmp_path, "Laptop A", None)
    laptop.register(PEOPLE[:1])
    laptop.print_slips()
    stick = tmp_path / "usb"
    stick.mkdir()
    merge.import_file(office, office_actor, laptop.export(stick), trust_new_device=True)
    member = next(iter(laptop.ids.values()))
    url = office.db.engine.url
    second = office_db.open(tmp_path / "kantor" if url.get_backend_name() == "sqlite"
                            else tmp_path / "meja-2",
                            None if url.get_backend_name() == "sqlite"
                            else url.render_as_string(hide_password=False))
    first_holds, go = threading.Event(), threading.Event()
    copies: dict[str, int] = {}

    def desk(name: str, ws: Workspace, wait: threading.Event | None) -> None:
        with ws.db.session() as s:
            slips, _ = slip_codes.issue_slips(s, office_actor, [member], "a4", ws.tariffs())
            if wait is not None:
                first_holds.set()
                assert wait.wait(30)
        copies[name] = slips[0].copy_no

    one = threading.Thread(target=desk, args=("one", office, go))
    one.start()
    assert first_holds.wait(30)
    two = threading.Thread(target=desk, args=("two", second, None))
    two.start()
    two.join(1.0)
    assert two.is_alive()  # waiting for the first desk's numbers
    go.set()
    one.join(30)
    two.join(30)
    assert copies == {"one": 1, "two": 2}
