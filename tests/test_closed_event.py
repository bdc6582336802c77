"""A closed event takes no new registrations, whichever way they come: the desk's form,
an import on the command line, a group's roster. Its closing report, which the officer
confirmed, stands. The laptop is set up as an office sets one up (init, an officer, an
event), and the officer who closed the event is the one who then tries."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import resources
from app.services import accounts, events, member_import, members
from app.services.audit import Actor
from app.services.demo import PeopleFactory, write_import_file
from app.services.member_cleaning import clean_member
from app.services.member_rules import MemberRules
from app.services.workspace import Workspace
from tests.helpers.cli import OFFICER, run, set_up_laptop


@pytest.fixture
def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str],
           monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A laptop with an officer's event of 30 members, closed by that officer, and a
    second file of people to register."""
    folder = tmp_path / "laptop"
    event_id = uuid.UUID(set_up_laptop(capsys, monkeypatch, folder))
    first, more = tmp_path / "pagi.csv", tmp_path / "susulan.csv"
    write_import_file(first, 30, bad_ratio=0.0, seed=11)
    write_import_file(more, 20, bad_ratio=0.0, seed=12)
    code, _, err = run(capsys, monkeypatch, OFFICER, "--data-dir", str(folder), "--json",
                       "members", "import", "--event", str(event_id), str(first))
    assert code == 0, err
    ws = Workspace.open(folder)
    with ws.db.session() as s:
        who = accounts.authenticate(s, Actor(ws.device_id), *OFFICER)
    assert isinstance(who, accounts.OfficerInfo)
    officer = Actor(ws.device_id, who.id)
    with ws.db.session() as s:
        events.close_event(s, officer, event_id, ws.tariffs())
    yield {"folder": folder, "ws": ws, "officer": officer, "event": event_id, "more": more}
    ws.close()


def _members(folder: Path) -> int:
    con = sqlite3.connect(folder / "lindungi.sqlite")
    try:
        (n,), = con.execute("SELECT count(*) FROM members")
        return int(n)
    finally:
        con.close()


def test_the_command_line_import_is_refused_and_writes_nothing(
        laptop: dict[str, Any], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    rejects = tmp_path / "ditolak.csv"
    code, data, err = run(capsys, monkeypatch, OFFICER, "--data-dir", str(laptop["folder"]),
                          "--json", "members", "import", "--event", str(laptop["event"]),
                          "--rejects", str(rejects), str(laptop["more"]))
    assert code == 1
    assert data["error"] == "invalid" and "sudah ditutup" in data["reason"], data
    assert "Pilih atau buat acara yang dibuka" in err
    assert _members(laptop["folder"]) == 30 and not rejects.exists()


def test_the_services_refuse_a_registration_and_an_import(laptop: dict[str, Any]) -> None:
    ws, officer, event = laptop["ws"], laptop["officer"], laptop["event"]
    with pytest.raises(events.EventClosed, match="Pasar Pagi"):
        member_import.run_import(ws.db, officer, laptop["more"], event, "persetujuan-v1",
                                 ws.tariffs())
    person = next(PeopleFactory(99).people(1))
    with ws.db.session() as s:
        rules = MemberRules.load(s, resources.regions(), ws.tariffs(), dt.date.today())
        clean, problems = clean_member(person.row(), rules)
        assert clean is not None, problems
        with pytest.raises(events.EventClosed):
            members.register(s, officer, clean, event, "persetujuan-v1")
    assert _members(laptop["folder"]) == 30
    # a new event takes them
    with ws.db.session() as s:
        fresh = events.create_event(s, officer, "Pasar Sore", dt.date.today(), "Pasar",
                                    "35.74.03")
    assert member_import.run_import(ws.db, officer, laptop["more"], fresh.id,
                                    "persetujuan-v1", ws.tariffs()).imported == 20
