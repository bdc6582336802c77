"""The laptop's home regency can be corrected afterwards, by an administrator, audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.errors import DomainError, NotAllowed
from app.models import AuditEntry
from app.services import accounts, device
from app.services.audit import Actor
from app.services.workspace import Workspace


def test_an_administrator_corrects_the_home_regency_and_it_is_audited(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "laptop")
    with ws.db.session() as s:
        made = device.initialise(s, "Laptop 1", "35.26", "admin", "kunci admin laptop")
    with ws.db.session() as s:
        admin = Actor(made.device_id, accounts.authenticate(
            s, Actor(made.device_id), "admin", "kunci admin laptop").id)  # type: ignore[union-attr]
        officer = Actor(made.device_id, accounts.create_officer(
            s, admin, "petugas", "kunci petugas laptop", "officer").id)
    with ws.db.session() as s, pytest.raises(NotAllowed):
        device.set_home_region(s, officer, "35.74")
    with ws.db.session() as s, pytest.raises(DomainError):
        device.set_home_region(s, admin, "99.99")
    with ws.db.session() as s:
        assert device.local_device(s).region_code == "35.26"
        assert device.set_home_region(s, admin, "35.74") == "35.74"
    with ws.db.session() as s:
        assert device.local_device(s).region_code == "35.74"
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "device_home_region")).one()
        assert entry.officer_id == admin.officer_id
        assert json.loads(entry.details) == {"old": "35.26", "new": "35.74"}
        device.set_home_region(s, admin, "35.74")  # the same again writes nothing
    with ws.db.session() as s:
        assert len(s.scalars(select(AuditEntry).where(
            AuditEntry.action == "device_home_region")).all()) == 1
    ws.close()
