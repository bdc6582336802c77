"""Sync as laptops without accounts do it: a laptop that registers people and exports a
batch, an office on either database, and an office holding a conflict."""

from __future__ import annotations

import uuid
from pathlib import Path

from app.services import device, events, keys
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.sync.export import ExportReport, export_batch
from app.services.sync.merge import import_file
from app.services.workspace import Workspace
from tests.helpers.dbstate import Snapshot, snapshot
from tests.helpers.office import OfficeDb
from tests.helpers.people import TODAY, register_people

PEOPLE = [p.row() for p in PeopleFactory(77).people(80)]


class Laptop:
    """A laptop set up without accounts, with an event, trusting `office_key` if given."""

    def __init__(self, root: Path, name: str, office_key: dict[str, str] | None) -> None:
        self.ws = Workspace.open(root / name)
        with self.ws.db.session() as s:
            device.initialise(s, name, "35.74")
        self.actor = Actor(self.ws.device_id)
        with self.ws.db.session() as s:
            self.event = events.create_event(s, self.actor, f"Acara {name}", TODAY, "",
                                              "35.74.03").id
            if office_key:
                keys.import_public_key(s, self.actor, office_key, as_office=True)
        self.ids: dict[str, uuid.UUID] = {}

    def register(self, people: list[dict[str, str]]) -> None:
        self.ids.update(register_people(self.ws, self.actor, self.event, people))

    def export(self, stick: Path) -> ExportReport:
        return export_batch(self.ws, self.actor, stick)


def office_in(root: Path, office_db: OfficeDb | None = None
              ) -> tuple[Workspace, Actor, dict[str, str]]:
    """An initialised office: on `office_db`'s kind of database, else on SQLite."""
    ws = office_db.open(root / "kantor") if office_db else Workspace.open(root / "kantor")
    with ws.db.session() as s:
        device.initialise(s, "Kantor Disperinaker", "35.74")
    with ws.db.session() as s:
        key = keys.export_public_key(s)
    return ws, Actor(ws.device_id), key


def dump(ws: Workspace) -> Snapshot:
    """Everything but the office's record of refused attempts (checked on its own)."""
    return snapshot(ws, refusals=False)


def conflicted_office(tmp_path: Path, stick: Path, office_db: OfficeDb | None = None
                      ) -> tuple[Workspace, Actor, Laptop, Laptop]:
    """An office that imported laptop A's two people and laptop B's other version of
    A's second person: one open conflict."""
    office, office_actor, office_key = office_in(tmp_path, office_db)
    a = Laptop(tmp_path, "Laptop A", office_key)
    b = Laptop(tmp_path, "Laptop B", office_key)
    a.register(PEOPLE[0:2])
    other = dict(PEOPLE[1], alamat="Jl. Lain No. 9", no_hp="0813-5555-6666")
    b.register([other])
    for laptop in (a, b):
        import_file(office, office_actor, laptop.export(stick).file,
                                trust_new_device=True)
    return office, office_actor, a, b
