"""How many keys one complete registration takes, typed as tests/fieldday.py's officer
types it: payer and period chosen, then NIK to consent, saved with Return.

Measured for the same person (PeopleFactory(77), a long name, address and business name)
before issue 16's items 1 and 2 (commit c164671): 152 presses, 25 of them navigation.
Now the Enter chain passes over the birth date and gender the NIK filled, and one Return
takes a suggestion and moves on."""

from __future__ import annotations

import dataclasses
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Member
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from tests.fieldday import Desk, Dialogs
from tests.ui.test_desk import member_count, open_window

BEFORE = (152, 25)  # presses, of which navigation, at c164671


class KeyCount:
    """Counts every key press the officer's helpers send through `qtbot`."""

    def __init__(self, qtbot: QtBot) -> None:
        self.presses = 0
        self.navigation = 0
        click, clicks = qtbot.keyClick, qtbot.keyClicks

        def key_click(widget: Any, key: Any, *args: Any, **kwargs: Any) -> None:
            self.presses += 1
            if not isinstance(key, str) and key.name in NAVIGATION:
                self.navigation += 1
            click(widget, key, *args, **kwargs)

        def key_clicks(widget: Any, text: str, *args: Any, **kwargs: Any) -> None:
            self.presses += len(text)
            clicks(widget, text, *args, **kwargs)

        qtbot.keyClick = key_click  # type: ignore[method-assign]
        qtbot.keyClicks = key_clicks  # type: ignore[method-assign]


NAVIGATION = {"Key_Return", "Key_Enter", "Key_Tab", "Key_Backtab", "Key_Down", "Key_Up",
              "Key_Home", "Key_End"}


def test_one_registration_takes_fewer_keys_than_before(qtbot: QtBot,
                                                      demo: Workspace) -> None:
    window = open_window(qtbot, demo)
    desk = Desk(qtbot, Dialogs(), demo.data_dir, window=window)
    person = next(PeopleFactory(77).people(1))
    before = member_count(demo)
    count = KeyCount(qtbot)
    try:
        desk.register(person)
    finally:
        desk.dialogs.stop()
    assert member_count(demo) == before + 1
    print(f"\nkeys for one registration: {count.presses} ({count.navigation} navigation)")
    # birth date, gender and the occupation list's second Return are gone
    assert (count.presses, count.navigation) == (BEFORE[0] - 3, BEFORE[1] - 3)


def test_a_listed_occupation_needs_only_as_much_as_picks_it(qtbot: QtBot,
                                                          demo: Workspace) -> None:
    """The occupation list takes the first entry that contains what was typed: the officer
    types until the wanted one leads the list, and the whole name is saved."""
    window = open_window(qtbot, demo)
    desk = Desk(qtbot, Dialogs(), demo.data_dir, window=window)
    person = next(PeopleFactory(77).people(1))
    occupations = window.registration.form.pekerjaan
    prefix = next(person.occupation[:n] for n in range(1, len(person.occupation) + 1)
                  if occupations.itemText(occupations.matches(person.occupation[:n])[0])
                  == person.occupation)
    count = KeyCount(qtbot)
    try:
        desk.register(dataclasses.replace(person, occupation=prefix))
    finally:
        desk.dialogs.stop()
    with demo.db.session() as s:
        saved = s.scalars(select(Member).where(Member.nik == person.nik)).one()
    assert saved.occupation == person.occupation
    print(f"\nkeys with '{prefix}' for '{person.occupation}': {count.presses}")
    saving = len(person.occupation) - len(prefix)
    assert saving > 0
    assert count.presses == BEFORE[0] - 3 - saving
