"""Which end of the sync a machine is: its history decides, a person only while it does
not; key files read (and their fingerprint computed) before anything is trusted."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.models import Batch, utcnow
from app.services import device, keys, station
from app.services.audit import Actor
from app.services.config_package import MADE_SEQUENCE_SETTING
from app.services.workspace import Workspace


def machine(root: Path, name: str) -> Workspace:
    ws = Workspace.open(root / name)
    with ws.db.session() as s:
        device.initialise(s, name, "35.74")
    return ws


def kind(ws: Workspace, on_server: bool = False) -> station.Station:
    with ws.db.session() as s:
        return station.station(s, on_server)


def test_history_decides_and_a_choice_only_fills_the_silence(tmp_path: Path) -> None:
    ws = machine(tmp_path, "baru")
    assert kind(ws) == station.Station(None) and kind(ws).changeable
    assert kind(ws, on_server=True) == station.Station(station.OFFICE, station.SERVER)
    with ws.db.session() as s:
        assert station.choose(s, False, station.OFFICE).kind == station.OFFICE
    assert kind(ws) == station.Station(station.OFFICE, station.CHOSEN)
    with ws.db.session() as s:  # changed while nothing decides
        assert station.choose(s, False, station.LAPTOP).kind == station.LAPTOP
        with pytest.raises(DomainError):
            station.choose(s, False, "server")
    # a configuration package signed here: an office, whatever was chosen
    with ws.db.session() as s:
        device.set_setting(s, MADE_SEQUENCE_SETTING, "1")
    assert kind(ws) == station.Station(station.OFFICE, station.MADE_PACKAGE)
    with ws.db.session() as s, pytest.raises(DomainError, match="riwayat"):
        station.choose(s, False, station.LAPTOP)


@pytest.mark.parametrize(("direction", "expected"), [
    ("in", station.Station(station.OFFICE, station.RECEIVED)),
    ("out", station.Station(station.LAPTOP, station.SENT)),
])
def test_a_batch_received_or_sent_decides(tmp_path: Path, direction: str,
                                          expected: station.Station) -> None:
    ws = machine(tmp_path, "mesin")
    with ws.db.session() as s:
        station.choose(s, False, station.OFFICE if direction == "out" else station.LAPTOP)
        s.add(Batch(id=uuid.uuid4(), direction=direction, device_id=ws.device_id, sequence=1,
                    manifest_hash="x", previous_hash="", records=0, encrypted=False,
                    file_name="b.ldgb", created_at=utcnow()))
    assert kind(ws) == expected


def test_an_office_key_makes_a_laptop_and_is_read_before_it_is_trusted(
        tmp_path: Path) -> None:
    office, laptop = machine(tmp_path, "Kantor"), machine(tmp_path, "Laptop")
    path = tmp_path / "kunci.json"
    with office.db.session() as s:
        written = station.write_key_file(s, Actor(office.device_id), path)
        assert written == station.own_key(s)
    found = station.read_key_file(path)
    assert (found.name, found.fingerprint) == ("Kantor", written.fingerprint)
    with laptop.db.session() as s:
        assert station.trusted_office(s) is None
        keys.import_public_key(s, Actor(laptop.device_id), found.data, as_office=True)
    with laptop.db.session() as s:
        assert station.trusted_office(s) == written
    assert kind(laptop) == station.Station(station.LAPTOP, station.TRUSTS_OFFICE)
    # the fingerprint is the key's, not the one the file claims
    path.write_text(path.read_text().replace(written.fingerprint, "0000-0000-0000-0000"))
    assert station.read_key_file(path).fingerprint == written.fingerprint
    for junk in ('{"format": "lain"}', "[]", "bukan json", '{"format": '
                 f'"{keys.KEY_FORMAT}", "name": "x", "public_key": "AAAA"}}'):
        path.write_text(junk)
        with pytest.raises(DomainError):
            station.read_key_file(path)
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(DomainError):
        station.read_key_file(path)
    path.write_bytes(b" " * (station.KEY_FILE_LIMIT + 1))
    with pytest.raises(DomainError):
        station.read_key_file(path)
