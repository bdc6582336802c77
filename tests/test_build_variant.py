"""The laptop build leaves the PostgreSQL driver out (build_spec/lindungi.spec): a server
URL given to it is refused with a message that names the office build, and the frozen
self-test holds each variant to what it must carry (app.selftest.database_driver)."""

from __future__ import annotations

import sys

import pytest

from app import selftest
from app.db import DatabaseDriverMissing, make_engine
from app.services import crash


@pytest.fixture
def laptop_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in the laptop build: psycopg cannot be imported."""
    for name in [m for m in sys.modules if m.split(".")[0] in ("psycopg", "psycopg_binary")]:
        monkeypatch.delitem(sys.modules, name)
    for name in ("psycopg", "psycopg_binary", "psycopg_c"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails: ModuleNotFoundError


def test_server_url_without_the_driver_is_a_refusal_naming_the_office_build(
        laptop_build: None) -> None:
    with pytest.raises(DatabaseDriverMissing) as caught:
        make_engine(selftest.SERVER_URL)
    kind, message = crash.refusal(caught.value) or ("", "")
    assert kind == "database_driver_missing"
    assert "lindungi-office" in message and "--database-url" in message


def test_sqlite_needs_no_server_driver(laptop_build: None) -> None:
    engine = make_engine("sqlite://")
    assert engine.dialect.name == "sqlite"
    engine.dispose()


def test_laptop_self_test_accepts_the_refusal(laptop_build: None) -> None:
    assert "laptop build" in selftest.database_driver("laptop")


def test_office_self_test_fails_without_the_driver(laptop_build: None) -> None:
    with pytest.raises(selftest.SelfTestFailed, match="office build"):
        selftest.database_driver("office")


def test_laptop_self_test_fails_when_the_driver_came_along() -> None:
    with pytest.raises(selftest.SelfTestFailed, match="laptop build carries"):
        selftest.database_driver("laptop")


def test_office_self_test_loads_the_driver() -> None:
    assert selftest.database_driver("office").startswith("PostgreSQL driver (psycopg ")
