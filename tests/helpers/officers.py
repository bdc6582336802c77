"""Sync as laptops used in the field do it: accounts exist and an officer signs in and
registers, so batches name officers the office has never seen; an office with its own
administrator; batches taken apart and signed again with the laptop's own key."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

from app.services import accounts, device, events, keys, slip_codes
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.sync.export import export_batch
from app.services.sync.format import assemble, open_batch, write_batch
from app.services.sync.records import parts_of
from app.services.sync.signing import b64, canonical
from app.services.workspace import Workspace
from tests.helpers.office import OfficeDb
from tests.helpers.people import TODAY, register_people

PEOPLE = [p.row() for p in PeopleFactory(1414).people(30)]
ADMIN_PASSWORD = "sandi-admin-1"
OFFICER_PASSWORD = "sandi-budi-1"


class FieldLaptop:
    """A laptop as the first-run set-up leaves it: an administrator; then a second
    account, an officer, who signs in and registers people."""

    def __init__(self, root: Path, name: str, office_key: dict[str, str] | None) -> None:
        self.ws = Workspace.open(root / name)
        with self.ws.db.session() as s:
            device.initialise(s, name, "35.74", "admin", ADMIN_PASSWORD)
        device_actor = Actor(self.ws.device_id)
        with self.ws.db.session() as s:
            admin = accounts.authenticate(s, device_actor, "admin", ADMIN_PASSWORD)
        assert isinstance(admin, accounts.OfficerInfo)
        self.admin = Actor(self.ws.device_id, admin.id)
        with self.ws.db.session() as s:
            accounts.create_officer(s, self.admin, "budi", OFFICER_PASSWORD, "officer",
                                    f"Budi dari {name}")
            if office_key:  # batches encrypted to that office; else plain
                keys.import_public_key(s, self.admin, office_key, as_office=True)
        with self.ws.db.session() as s:
            budi = accounts.authenticate(s, device_actor, "budi", OFFICER_PASSWORD)
        assert isinstance(budi, accounts.OfficerInfo)
        self.budi_id = budi.id
        self.actor = Actor(self.ws.device_id, budi.id)
        with self.ws.db.session() as s:
            self.event = events.create_event(s, self.actor, f"Acara {name}", TODAY, "",
                                              "35.74.03").id
        self.ids: dict[str, uuid.UUID] = {}

    def register(self, people: list[dict[str, str]]) -> None:
        self.ids.update(register_people(self.ws, self.actor, self.event, people))

    def print_slips(self) -> None:
        with self.ws.db.session() as s:
            slip_codes.issue_slips(s, self.actor, list(self.ids.values()), "a4",
                                   self.ws.tariffs())

    def export(self, stick: Path) -> Path:
        return export_batch(self.ws, self.actor, stick).file


def office_in(root: Path, office_db: OfficeDb) -> tuple[Workspace, Actor, dict[str, str]]:
    """An office with its own administrator, signed in."""
    ws = office_db.open(root / "kantor")
    with ws.db.session() as s:
        device.initialise(s, "Kantor Disperinaker", "35.74", "kepala", "sandi-kantor-1")
    with ws.db.session() as s:
        head = accounts.authenticate(s, Actor(ws.device_id), "kepala", "sandi-kantor-1")
        key = keys.export_public_key(s)
    assert isinstance(head, accounts.OfficerInfo)
    return ws, Actor(ws.device_id, head.id), key


def forge(laptop: FieldLaptop, source: Path, target: Path, change: Any) -> Path:
    """The batch `source` rewritten by `change(manifest, parts)` and signed again with the
    laptop's own key: a sound signature over wrong content."""
    batch = open_batch(source)
    parts = {name: batch.part(name) for name in parts_of(batch.version)}
    manifest = {k: v for k, v in batch.manifest.items()
                if k not in ("format", "encryption", "parts")}
    manifest["batch_id"] = str(uuid.uuid4())
    fmt = change(manifest, parts)
    with laptop.ws.db.session() as s:
        key = device.signing_key(s)
    blob, _ = write_batch(manifest, parts, key)
    if fmt:
        blob, _ = _with_format(manifest, parts, key, fmt)
    target.write_bytes(blob)
    return target


def _with_format(manifest: dict[str, Any], parts: dict[str, bytes], key: Any,
                 fmt: str) -> tuple[bytes, bytes]:
    body = dict(manifest, format=fmt, encryption=None,
                parts={f"{n}.jsonl": hashlib.sha256(d).hexdigest() for n, d in parts.items()})
    raw = canonical(body)
    entries = [("manifest.json", raw), ("manifest.sig", b64(key.sign(raw)).encode()),
               *((f"{n}.jsonl", d) for n, d in parts.items())]
    return assemble(entries, key), raw


def new_office(root: Path) -> Workspace:
    """An office set up with its administrator, not signed in."""
    ws = Workspace.open(root / "kantor")
    with ws.db.session() as s:
        device.initialise(s, "Kantor Disperinaker", "35.74", "kepala", "sandi-kantor-1")
    return ws


def signed_in(ws: Workspace, user: str, password: str) -> Actor:
    """`user` signed in on `ws`, as the desk or a command signs in."""
    with ws.db.session() as s:
        who = accounts.authenticate(s, Actor(ws.device_id), user, password)
    assert isinstance(who, accounts.OfficerInfo)
    return Actor(ws.device_id, who.id)
