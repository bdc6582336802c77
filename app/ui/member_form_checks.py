"""The member form's problems, each beside its field: the values cleaned by the services'
rules on saving, what the fields themselves know is wrong, a field showing a problem
checked again as it changes, and a phone number judged as it is typed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app import resources
from app.domain import phone
from app.domain.errors import DomainError
from app.services import event_desk
from app.ui import i18n
from app.ui.widgets import ChoiceBox, DateField, FieldBox, FixedList

if TYPE_CHECKING:
    from app.services.member_cleaning import CleanMember

BATCH_KEYS = ("sumber_iuran", "sub_sumber", "periode_bayar", "kelompok")


class FieldChecks(QWidget):
    """The checks of MemberForm (which builds the fields this reads)."""

    chain: list[QWidget]
    boxes: dict[str, FieldBox]
    nik_note: QLabel
    wilayah: ChoiceBox
    pekerjaan: ChoiceBox
    kelompok: ChoiceBox
    tanggal_lahir: DateField
    no_hp: QLineEdit
    sumber_iuran: FixedList
    sub_sumber: QLineEdit
    today: dt.date
    _rules: Any
    values: Callable[[], dict[str, Any]]
    group_id: Callable[[], uuid.UUID | None]

    def cleaned(self, workspace: Any) -> CleanMember | None:
        """The values as the services clean them, or None with every problem shown beside
        its field (the registration page and the member dialog both save through this)."""
        from app.services import member_cleaning, member_rules

        with workspace.db.session() as s:
            rules = member_rules.MemberRules.load(s, resources.regions(), workspace.tariffs(),
                                                  self.today)
        self._rules = rules
        for choice in (self.wilayah, self.pekerjaan, self.kelompok):
            choice.commit()
        clean, problems = member_cleaning.clean_member(self.values(), rules, self.group_id())
        found = {**problem_map(problems), **self.field_problems()}
        if clean is None or found:
            self.show_problems(found)
            return None
        return clean

    def field_problems(self) -> dict[str, str]:
        """What the fields themselves know is wrong before any rule is asked: text that
        is no entry of its list, a date that is not a date, a phone that is no phone."""
        out = {key: w.problem() for key, w in (
            ("kode_wilayah", self.wilayah), ("pekerjaan", self.pekerjaan),
            ("kelompok", self.kelompok), ("tanggal_lahir", self.tanggal_lahir))}
        out["no_hp"] = phone_problem(self.no_hp.text())
        out["sub_sumber"] = event_desk.subsource_problem(
            str(self.sumber_iuran.currentData()), self.sub_sumber.text())
        return {k: v for k, v in out.items() if v}

    def _recheck(self, key: str) -> None:
        """A field showing a problem is checked again as it changes: the message goes the
        moment the field is right."""
        box = self.boxes.get(key)
        if box is None or not box.error.text() or self._rules is None:
            return
        from app.services import member_cleaning

        _clean, problems = member_cleaning.clean_member(self.values(), self._rules, self.group_id())
        found = {**problem_map(problems), **self.field_problems()}
        box.set_error(found.get(key, ""))

    def _phone_changed(self, text: str) -> None:
        """A phone number is judged as it is typed: wrong as soon as no further digits
        could make a number of it (0842… at its fourth digit), with the reason a save
        gives; a number still being typed is not wrong yet (saving it short is)."""
        digits = sum(c.isdigit() for c in text)
        problem = phone_problem(text)
        wrong_already = problem and digits >= PHONE_DIGITS_TO_JUDGE and not any(
            not phone_problem(text + fill * n) for n in range(PHONE_MAX_MISSING + 1)
            for fill in "05")
        self.boxes["no_hp"].set_error(problem if wrong_already else "")

    def show_problems(self, problems: dict[str, str]) -> None:
        """One message beside each field; the first bad field gets the focus."""
        for key, box in self.boxes.items():
            box.set_error(problems.get(key, ""))
        if "nik" in problems:
            self.nik_note.clear()  # the same words stand right under the field
        for w in self.chain:
            key = next(k for k, b in self.boxes.items() if b.field is w)
            if key in problems:
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        for key in BATCH_KEYS:
            if key in problems:
                self.boxes[key].field.setFocus()
                return


#: a typed phone number is judged from its fourth digit (08xx: the operator's prefix)
PHONE_DIGITS_TO_JUDGE = 4
#: the most digits still to come in a number being typed (08xx + up to 10 more)
PHONE_MAX_MISSING = 10


def phone_problem(text: str) -> str:
    """The domain's reason a typed phone number is not one ("" when empty or sound)."""
    if not text.strip():
        return ""
    try:
        phone.normalize(text)
    except DomainError as exc:
        return i18n.message(exc)
    return ""


def problem_map(problems: list[Any]) -> dict[str, str]:
    """Join the service's problems per form field."""
    out: dict[str, str] = {}
    for p in problems:
        key = "program" if p.field == "program" else p.field
        out[key] = (out[key] + " " if key in out else "") + i18n.message(p.reason)
    return out
