"""People to start from: the day the tests register on, people registered as the form
registers them, a roster imported from a file."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from app import resources
from app.services import member_cleaning, member_import, member_search, members
from app.services.audit import Actor
from app.services.demo import PeopleFactory, write_import_file
from app.services.member_rules import MemberRules
from app.services.workspace import Workspace

TODAY = dt.date(2026, 11, 21)
NIK_SITI = "3574015708050001"  # Kademangan, Kota Probolinggo; a woman born 17-08-2005


def member_rules(ws: Workspace) -> MemberRules:
    with ws.db.session() as s:
        return MemberRules.load(s, resources.regions(), ws.tariffs(), TODAY)


def register(ws: Workspace, actor: Actor, event_id: uuid.UUID, seed: int = 1,
             **override: str) -> uuid.UUID:
    """One generated person (`seed`), with the `override` values, registered as the form
    registers them."""
    values = next(PeopleFactory(seed).people(1)).row()
    values.update(override)
    clean, problems = member_cleaning.clean_member(values, member_rules(ws))
    assert clean is not None, problems
    with ws.db.session() as s:
        return members.register(s, actor, clean, event_id, "persetujuan-v1")


def register_people(ws: Workspace, actor: Actor, event: uuid.UUID,
                    people: list[dict[str, str]]) -> dict[str, uuid.UUID]:
    """Register each person (import-column values) as the form would, one transaction
    each; returns their ids by NIK."""
    rules = member_rules(ws)
    ids = {}
    for values in people:
        clean, problems = member_cleaning.clean_member(values, rules)
        assert clean is not None, problems
        with ws.db.session() as s:
            ids[clean["nik"]] = members.register(s, actor, clean, event, "persetujuan-v1")
    return ids


def fill(ws: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path, n: int,
         group: str = "") -> list[uuid.UUID]:
    """`n` generated people imported at the event from a roster file; all their ids."""
    source = tmp_path / f"p{n}.csv"
    write_import_file(source, n, bad_ratio=0.0, seed=n, group=group)
    member_import.run_import(ws.db, actor, source, event_id, "persetujuan-v1", ws.tariffs(),
                             on=TODAY)
    with ws.db.session() as s:
        return [r.id for r in member_search.list_members(s, event_id=event_id)]
