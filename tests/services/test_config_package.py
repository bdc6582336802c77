"""Configuration packages are numbered by the office; a laptop applies only a package
newer than the last one it applied from that office, so an older package, genuinely
signed, cannot bring back an account the office has since switched off."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import DomainError
from app.services import accounts, config_package, device, keys
from app.services.audit import Actor
from app.services.sync.signing import b64, canonical, unb64
from app.services.workspace import Workspace
from tests.helpers.dbstate import snapshot
from tests.helpers.sync import office_in

KEPALA = ("kepala", "sandi kepala kantor")
X = ("wati", "sandi lama wati")


class Office:
    """An office with its head (an administrator) and officer X, making packages of its
    accounts."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.ws, device_actor, self.key = office_in(root)
        with self.ws.db.session() as s:
            kepala = accounts.create_officer(s, device_actor, *KEPALA, "administrator")
        self.kepala_id = kepala.id
        self.actor = Actor(self.ws.device_id, kepala.id)
        with self.ws.db.session() as s:
            self.x_id = accounts.create_officer(s, self.actor, *X, "officer").id
        self.made = 0

    def package(self, content: dict[str, Any] | None = None) -> Path:
        self.made += 1
        target = self.path_of(self.made)
        with self.ws.db.session() as s:
            config_package.make_package(s, self.actor, target, content or {
                "officers": config_package.officers_from_session(s)})
        return target

    def path_of(self, number: int) -> Path:
        return self.root / f"paket-{number}.json"

    def switch_x_off(self) -> None:
        with self.ws.db.session() as s:
            accounts.update_officer(s, self.actor, self.x_id, active=False)

    def unnumbered(self, source: Path) -> Path:
        """`source` as the previous program version made it: no `sequence`, signed."""
        return self.resigned(source, lambda body: body.pop("sequence"))

    def resigned(self, source: Path, change: Any) -> Path:
        body = json.loads(source.read_text(encoding="utf-8"))["package"]
        change(body)
        with self.ws.db.session() as s:
            signature = device.signing_key(s).sign(canonical(body))
        target = source.with_name(source.stem + "-ubah.json")
        target.write_text(json.dumps({"package": body, "signature": b64(signature)}),
                          encoding="utf-8")
        return target


class FieldLaptop:
    """A laptop without accounts of its own; after the first package the office's head
    signs in on it."""

    def __init__(self, root: Path, office: Office) -> None:
        self.ws = Workspace.open(root / "laptop")
        with self.ws.db.session() as s:
            device.initialise(s, "Laptop Lapangan", "35.74")
        self.admin = Actor(self.ws.device_id, office.kepala_id)

    def apply(self, package: Path, trust: bool = False) -> dict[str, int]:
        with self.ws.db.session() as s:
            return config_package.import_package(s, self.admin, package, trust)

    def refused(self, package: Path) -> str:
        """Apply `package`, expecting a refusal that changes nothing; its reason."""
        before = snapshot(self.ws)
        with pytest.raises(DomainError) as refusal:
            self.apply(package)
        assert snapshot(self.ws) == before
        return str(refusal.value)

    def x_signs_in(self) -> bool:
        with self.ws.db.session() as s:
            return isinstance(accounts.authenticate(s, Actor(self.ws.device_id), *X),
                              accounts.OfficerInfo)


@pytest.fixture
def office(tmp_path: Path) -> Office:
    return Office(tmp_path / "o")


@pytest.fixture
def laptop(tmp_path: Path, office: Office) -> FieldLaptop:
    return FieldLaptop(tmp_path, office)


def _sequence(package: Path) -> int:
    return int(json.loads(package.read_text(encoding="utf-8"))["package"]["sequence"])


def test_the_office_numbers_its_packages_inside_the_signed_body(office: Office) -> None:
    made = [office.package({"occupations": ["Nelayan"]}) for _ in range(3)]
    assert [_sequence(p) for p in made] == [1, 2, 3]
    body = json.loads(made[0].read_text(encoding="utf-8"))["package"]
    assert body["created_at"]
    with office.ws.db.session() as s:
        assert device.get_setting(s, config_package.MADE_SEQUENCE_SETTING) == "3"


def test_an_older_package_replayed_does_not_switch_an_officer_back_on(
        office: Office, laptop: FieldLaptop) -> None:
    first = office.package()
    office.switch_x_off()
    second = office.package()
    laptop.apply(first, trust=True)
    assert laptop.x_signs_in()
    laptop.apply(second)
    assert not laptop.x_signs_in()
    reason = laptop.refused(first)
    assert "nomor 1" in reason and "nomor 2" in reason and "terbaru" in reason
    assert not laptop.x_signs_in()
    with laptop.ws.db.session() as s:
        assert config_package.applied_sequence(
            s, keys.fingerprint(unb64(office.key["public_key"]))) == 2


def test_the_same_package_twice_is_refused(office: Office, laptop: FieldLaptop) -> None:
    package = office.package()
    laptop.apply(package, trust=True)
    assert "nomor 1 sudah dipasang" in laptop.refused(package)


def test_a_package_may_skip_numbers(office: Office, laptop: FieldLaptop) -> None:
    """Packages the laptop never saw (made for other laptops) leave gaps: newer is enough."""
    office.package()
    office.package()
    third = office.package()
    assert laptop.apply(third, trust=True)["officers"] == 2


def test_an_unnumbered_package_is_applied_only_before_a_numbered_one(
        office: Office, laptop: FieldLaptop) -> None:
    old = office.unnumbered(office.package())
    assert "sequence" not in json.loads(old.read_text(encoding="utf-8"))["package"]
    office.switch_x_off()
    laptop.apply(old, trust=True)  # the previous version's package: nothing to compare
    assert laptop.x_signs_in()
    laptop.apply(old)  # nor the second time: a package without a number cannot be placed
    laptop.apply(office.package())
    assert not laptop.x_signs_in()
    reason = laptop.refused(old)
    assert "tanpa nomor" in reason and "nomor 2" in reason
    assert not laptop.x_signs_in()


@pytest.mark.parametrize("sequence", [0, -4, "7", True, 1.5, None])
def test_a_number_that_is_not_a_whole_count_is_refused(office: Office, laptop: FieldLaptop,
                                                        sequence: Any) -> None:
    def number(body: dict[str, Any]) -> None:
        body["sequence"] = sequence

    package = office.resigned(office.package(), number)
    with laptop.ws.db.session() as s:  # trusting the office first
        keys.import_public_key(s, Actor(laptop.ws.device_id), office.key, as_office=True)
    assert "nomor paket konfigurasi tidak sah" in laptop.refused(package)


def test_the_number_belongs_to_the_office_key(tmp_path: Path, office: Office,
                                              laptop: FieldLaptop) -> None:
    """A new office starts from its own first package; the old office's number is kept
    for it, should it be trusted again."""
    office.package()
    office.package()
    laptop.apply(office.package(), trust=True)  # number 3
    other = Office(tmp_path / "baru")
    with laptop.ws.db.session() as s:
        keys.import_public_key(s, laptop.admin, other.key, as_office=True, replace=True)
    first_of_other = other.package({"occupations": ["Nelayan"]})
    laptop.apply(first_of_other)
    assert "nomor 1 sudah dipasang" in laptop.refused(first_of_other)
    assert "dari kantor lain" in laptop.refused(office.package())  # number 4, not trusted
    with laptop.ws.db.session() as s:
        keys.import_public_key(s, laptop.admin, office.key, as_office=True, replace=True)
    assert "nomor 2 lebih lama" in laptop.refused(office.path_of(2))
    laptop.apply(office.package())  # number 5

