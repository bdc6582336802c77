"""What the NIK tells the member form as it is typed: the note under it (how many digits,
what it reads, what is wrong), the birth date and gender it proposes unless typed, the
villages of its district, and a typed birth date checked against it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app import resources
from app.domain import nik
from app.domain.nik import NikResult
from app.ui import i18n
from app.ui.widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    ChoiceBox,
    DateField,
    FieldBox,
    FixedList,
    set_items,
)


class NikProposals(QWidget):
    """The NIK's part of MemberForm (which builds the fields this reads)."""

    nik: QLineEdit
    nik_note: QLabel
    tanggal_lahir: DateField
    jenis_kelamin: FixedList
    wilayah: ChoiceBox
    boxes: dict[str, FieldBox]
    today: dt.date
    _auto: dict[str, str]
    _nik_birth: dt.date | None
    nik_checked: SignalInstance

    def _typed(self, key: str) -> None:
        self._auto.pop(key, None)
        self._nik_changed()

    def _nik_changed(self) -> None:
        raw = self.nik.text()
        if not raw.strip():
            self.nik_note.clear()
            return
        typed_birth = None
        if "tanggal_lahir" not in self._auto:
            typed_birth = self.tanggal_lahir.date()
        typed_gender = None
        if "jenis_kelamin" not in self._auto:
            typed_gender = self.jenis_kelamin.currentData()
        result = nik.check(raw, resources.regions(), self.today, typed_birth, typed_gender)
        self._nik_birth = result.birth_date
        self.boxes["nik"].set_error("")  # the live note below the NIK speaks from now on
        self.boxes["tanggal_lahir"].set_error(self._typed_date_problem())
        self.boxes["jenis_kelamin"].set_error("")
        if result.valid:
            self._propose(result)
            place = resources.regions().describe(result.district_code or result.regency_code
                                                 or result.province_code or "")
            self.nik_note.setStyleSheet(NOTE_STYLE)
            self.nik_note.setText(" ".join(i18n.message(e) for e in result.notes + result.warnings)
                                  + f" {place}")
            self.boxes["nik"].set_error("")
        else:
            if len(result.nik) < 16 and result.nik.isdigit():
                self.nik_note.setStyleSheet("color: #555")
                self.nik_note.setText(QCoreApplication.translate("MemberForm", "%d dari 16 angka")
                                      % len(result.nik))
                return
            nik_errors = [e for e in result.errors if "yang diisi" not in e]
            if nik_errors:
                self.nik_note.setStyleSheet(ERROR_STYLE)
                self.nik_note.setText(" ".join(i18n.message(e) for e in nik_errors))
            else:  # the NIK itself is sound; say what it reads, the other field is wrong
                self.nik_note.setStyleSheet(NOTE_STYLE)
                self.nik_note.setText(" ".join(i18n.message(e) for e in result.notes))
            for e in result.errors:
                if "Tanggal lahir yang diisi" in e:
                    self.boxes["tanggal_lahir"].set_error(i18n.message(e))
                elif "Jenis kelamin yang diisi" in e:
                    self.boxes["jenis_kelamin"].set_error(i18n.message(e))
            if result.birth_date and not result.disagreements:
                self._propose(result)
        self.nik_checked.emit(result)

    def _propose(self, result: NikResult) -> None:
        """Fill birth date, gender and the village list from the NIK, unless typed."""
        if result.birth_date and (
            "tanggal_lahir" in self._auto or self.tanggal_lahir.is_empty()
        ):
            text = f"{result.birth_date:%d-%m-%Y}"
            self.tanggal_lahir.blockSignals(True)
            self.tanggal_lahir.setText(text)
            self.tanggal_lahir.blockSignals(False)
            self._auto["tanggal_lahir"] = text
        if result.gender and (
            "jenis_kelamin" in self._auto or self.jenis_kelamin.currentData() is None
        ):
            self.jenis_kelamin.blockSignals(True)
            self.jenis_kelamin.setCurrentIndex(self.jenis_kelamin.findData(result.gender))
            self.jenis_kelamin.blockSignals(False)
            self._auto["jenis_kelamin"] = result.gender
        area = result.district_code or result.regency_code
        if area and self.wilayah.property("area") != area:
            self.load_villages(area)

    def load_villages(self, area: str) -> None:
        """The district itself, then its villages (or a regency's districts)."""
        index = resources.regions_with_villages()
        items: list[tuple[str, object]] = [(QCoreApplication.translate(
            "MemberForm", "%s (kecamatan)") % index.describe(area), area)]
        for code in index.children(area):
            items.append((index.describe(code), code))
        keep = self.wilayah.currentData()
        typed = self.wilayah.currentText() if keep is None else ""
        set_items(self.wilayah, items, keep)
        if self.wilayah.currentIndex() < 0:
            self.wilayah.setCurrentIndex(0)
        if typed.strip():  # what the officer is typing stays, and is checked again
            self.wilayah.setEditText(typed)
            self.wilayah.commit()
        self.wilayah.setProperty("area", area)

    def _date_changed(self) -> None:
        if self.nik.text().strip():
            self._nik_changed()  # says the date's own problem, or how it disagrees
        else:
            self.boxes["tanggal_lahir"].set_error(self._typed_date_problem())

    def _typed_date_problem(self) -> str:
        """A date's problem once all its digits are typed (a half-typed date is no
        error yet; saving it is)."""
        field = self.tanggal_lahir
        return field.problem() if field.hasAcceptableInput() else ""
