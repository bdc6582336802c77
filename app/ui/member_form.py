"""The member form: keyboard first, NIK first, every problem beside its field.

Used for a new registration (RegistrationPage) and for a correction (EditMemberDialog).
It only gathers values and shows what the services say: the rules are in
app.services.member_cleaning.clean_member and the domain.

This module builds the fields and reads and fills their values and the batch settings;
the form's other jobs are one module each, joined in MemberForm: the Enter chain
(member_form_keys), what the NIK proposes (member_form_nik), the problems beside the
fields (member_form_checks) and the live contribution (member_form_contribution).
"""

from __future__ import annotations

import datetime as dt
import uuid
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.domain import codes
from app.domain.tariff import TariffBook
from app.services import event_desk
from app.services.tabular.table import count_text
from app.ui import labels
from app.ui.member_form_checks import FieldChecks
from app.ui.member_form_contribution import ContributionPreview
from app.ui.member_form_keys import EnterChain
from app.ui.member_form_nik import NikProposals
from app.ui.widgets import ChoiceBox, DateField, FieldBox, FixedList, searchable_combo

DEFAULT_INCOME = "1.000.000"


class MemberForm(EnterChain, NikProposals, FieldChecks, ContributionPreview):
    """Fields of one member. Emits `changed` on any edit and `submitted` on Enter in the
    last field; `duplicate_found(member_id)` when the NIK belongs to an active member."""

    changed = Signal()
    batch_changed = Signal()
    submitted = Signal()
    nik_checked = Signal(object)  # NikResult

    def __init__(self, tariffs: TariffBook, consent_version: str,
                 groups: list[tuple[str, uuid.UUID]], parent: Any = None,
                 occupations: tuple[str, ...] | None = None,
                 consent_text: str | None = None) -> None:
        super().__init__(parent)
        self.consent_text = consent_text
        self.tariffs = tariffs
        self.consent_version = consent_version
        self.today = dt.date.today()
        self._auto: dict[str, str] = {}  # values proposed from the NIK, not typed
        self._nik_birth: dt.date | None = None  # the birth date the NIK reads
        self._rules: Any = None  # the services' rules of the last save, to recheck fields
        #: villages offered before a NIK says where the person lives (the event's area)
        self.default_area: str | None = None

        # -- widgets (in keyboard order) ------------------------------------------------
        self.nik = QLineEdit(self)
        self.nik.setMaxLength(24)
        self.nik.setPlaceholderText(self.tr("16 angka dari KTP"))
        self.nik_note = QLabel(self)
        self.nik_note.setWordWrap(True)
        self.nama = QLineEdit(self)
        self.tempat_lahir = QLineEdit(self)
        self.tanggal_lahir = DateField(self, lambda: self._nik_birth or self.today)
        self.tanggal_lahir.setToolTip(self.tr("HH-BB-TTTT, diisi dari NIK; F4: kalender"))
        self.jenis_kelamin = FixedList(self)
        self.jenis_kelamin.addItem("", None)
        for code, label in labels.items(codes.GENDERS):
            self.jenis_kelamin.addItem(f"{code} — {label}", code)
        self.no_hp = QLineEdit(self)
        self.no_hp.setPlaceholderText("0812-3456-7890")
        self.email = QLineEdit(self)
        self.alamat = QLineEdit(self)
        self.alamat.setPlaceholderText(self.tr("jalan, nomor, RT/RW"))
        self.wilayah = searchable_combo(self, [], self.tr("ketik nama desa/kelurahan"))
        self.sektor = FixedList(self)
        self.sektor.addItem("", None)
        for code, label in labels.items(codes.SECTORS):
            self.sektor.addItem(label, code)
        self.pekerjaan = searchable_combo(
            self, [(o, o) for o in occupations or resources.occupations()],
            self.tr("ketik nama pekerjaan"))
        self.nama_usaha = QLineEdit(self)
        self.penghasilan = QLineEdit(DEFAULT_INCOME, self)
        self.jht = QCheckBox(self.tr("Ikut JHT (2% penghasilan, tidak wajib)"), self)
        self.persetujuan = QCheckBox(
            self.tr("Peserta menyetujui pemrosesan datanya (F1: baca teks persetujuan)"), self
        )
        # batch settings: kept from one person to the next
        self.sumber_iuran = FixedList(self)
        for code, label in labels.items(codes.PAYERS):
            self.sumber_iuran.addItem(label, code)
        self.sub_sumber = QLineEdit(self)
        self.sub_sumber.setMaxLength(event_desk.SUBSOURCE_MAX)
        self.sub_sumber.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[^()]*"), self.sub_sumber))
        self.sub_sumber.setPlaceholderText(self.tr("mis. DBHCHT"))
        self.sub_sumber.setToolTip(self.tr("Mata anggaran yang membayar (APBD, APBDes, APBN)"))
        self.periode_bayar = FixedList(self)
        for months in tariffs.rate_on(self.today).pay_periods:
            self.periode_bayar.addItem(self.tr("1 bulan") if months == 1
                                       else self.tr("%d bulan") % months, months)
        self.kelompok = searchable_combo(
            self, [(self.tr("(tanpa kelompok)"), None), *groups], self.tr("ketik nama kelompok")
        )
        self.kelompok.setCurrentIndex(0)
        self.iuran = QLabel(self)
        self.iuran.setWordWrap(True)
        self.iuran.setStyleSheet("font-size: 15px; font-weight: 600")

        self.boxes: dict[str, FieldBox] = {}
        self.person_form = QFormLayout()
        self.batch_form = QFormLayout()
        rows = [
            ("nik", self.tr("NIK"), self.nik), ("nama", self.tr("Nama (sesuai KTP)"), self.nama),
            ("tempat_lahir", self.tr("Tempat lahir"), self.tempat_lahir),
            ("tanggal_lahir", self.tr("Tanggal lahir"), self.tanggal_lahir),
            ("jenis_kelamin", self.tr("Jenis kelamin"), self.jenis_kelamin),
            ("no_hp", self.tr("No. HP"), self.no_hp), ("email", self.tr("Surel"), self.email),
            ("alamat", self.tr("Alamat"), self.alamat),
            ("kode_wilayah", self.tr("Desa/kelurahan"), self.wilayah),
            ("sektor", self.tr("Sektor"), self.sektor),
            ("pekerjaan", self.tr("Pekerjaan"), self.pekerjaan),
            ("nama_usaha", self.tr("Nama usaha"), self.nama_usaha),
            ("penghasilan", self.tr("Penghasilan sebulan (Rp)"), self.penghasilan),
            ("program", self.tr("Program"), self.jht),
            ("persetujuan", self.tr("Persetujuan"), self.persetujuan),
        ]
        for key, label, widget in rows:
            box = FieldBox(widget, self)
            self.boxes[key] = box
            self.person_form.addRow(label, box)
            if key == "nik":
                self.person_form.addRow("", self.nik_note)
        for key, label, widget in (
            ("sumber_iuran", self.tr("Sumber iuran"), self.sumber_iuran),
            ("sub_sumber", self.tr("Sub-sumber"), self.sub_sumber),
            ("periode_bayar", self.tr("Periode bayar"), self.periode_bayar),
            ("kelompok", self.tr("Kelompok"), self.kelompok),
        ):
            box = FieldBox(widget, self)
            self.boxes[key] = box
            self.batch_form.addRow(label, box)

        # keyboard order after the NIK: the stops an officer passes for one person
        self.chain: list[QWidget] = [
            self.nik, self.nama, self.tempat_lahir, self.tanggal_lahir, self.jenis_kelamin,
            self.no_hp, self.email, self.alamat, self.wilayah, self.sektor, self.pekerjaan,
            self.nama_usaha, self.penghasilan, self.jht, self.persetujuan,
        ]
        #: optional fields the Enter chain passes over at this event (keys of `boxes`)
        self.skipped: frozenset[str] = frozenset()
        self.labels: dict[str, str] = {key: label for key, label, _w in rows}
        order = [self.sumber_iuran, self.sub_sumber, self.periode_bayar, self.kelompok,
                 *self.chain]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)
        for key, box in self.boxes.items():
            box.field.setObjectName(key)
        for w in self.chain:
            w.installEventFilter(self)
            if isinstance(w, QComboBox) and w.lineEdit() is not None:
                line = w.lineEdit()
                assert line is not None
                line.installEventFilter(self)
            if isinstance(w, ChoiceBox):
                w.entered.connect(lambda w=w: self._focus_next(w))
        for key, choice in (("kode_wilayah", self.wilayah), ("pekerjaan", self.pekerjaan),
                            ("kelompok", self.kelompok)):
            choice.validity_changed.connect(
                lambda key=key, choice=choice: self.boxes[key].set_error(choice.problem()))

        # -- live behaviour -------------------------------------------------------------
        self.nik.textChanged.connect(self._nik_changed)
        self.tanggal_lahir.textEdited.connect(lambda _t: self._typed("tanggal_lahir"))
        self.no_hp.textChanged.connect(self._phone_changed)
        self.tanggal_lahir.textChanged.connect(lambda _t: self._date_changed())
        for key, signal in (
            ("nama", self.nama.textChanged), ("tempat_lahir", self.tempat_lahir.textChanged),
            ("email", self.email.textChanged), ("alamat", self.alamat.textChanged),
            ("jenis_kelamin", self.jenis_kelamin.currentIndexChanged),
            ("kode_wilayah", self.wilayah.currentIndexChanged),
            ("sektor", self.sektor.currentIndexChanged),
            ("pekerjaan", self.pekerjaan.currentIndexChanged),
            ("nama_usaha", self.nama_usaha.textChanged),
            ("penghasilan", self.penghasilan.textChanged), ("program", self.jht.toggled),
            ("persetujuan", self.persetujuan.toggled),
            ("sumber_iuran", self.sumber_iuran.currentIndexChanged),
            ("sub_sumber", self.sub_sumber.textChanged),
            ("periode_bayar", self.periode_bayar.currentIndexChanged),
            ("kelompok", self.kelompok.currentIndexChanged),
        ):
            signal.connect(lambda *_a, key=key: self._recheck(key))
        self.sumber_iuran.currentIndexChanged.connect(lambda _i: self._payer_changed())
        for signal in (self.sumber_iuran.currentIndexChanged, self.sub_sumber.textChanged,
                       self.periode_bayar.currentIndexChanged,
                       self.kelompok.currentIndexChanged):
            signal.connect(self.batch_changed)
        self.jenis_kelamin.activated.connect(lambda _i: self._typed("jenis_kelamin"))
        for signal in (
            self.nama.textChanged, self.tempat_lahir.textChanged, self.tanggal_lahir.textChanged,
            self.no_hp.textChanged, self.email.textChanged, self.alamat.textChanged,
            self.pekerjaan.currentIndexChanged, self.nama_usaha.textChanged,
            self.penghasilan.textChanged, self.jenis_kelamin.currentIndexChanged,
            self.wilayah.currentIndexChanged, self.sektor.currentIndexChanged,
            self.jht.toggled, self.persetujuan.toggled, self.sumber_iuran.currentIndexChanged,
            self.sub_sumber.textChanged,
            self.periode_bayar.currentIndexChanged, self.kelompok.currentIndexChanged,
        ):
            signal.connect(self.changed)
        for signal in (self.penghasilan.textChanged, self.jht.toggled,
                       self.sumber_iuran.currentIndexChanged,
                       self.periode_bayar.currentIndexChanged, self.sektor.currentIndexChanged):
            signal.connect(self.update_contribution)
        self.penghasilan.editingFinished.connect(self._tidy_income)
        self.update_contribution()
        self._payer_changed()

    def _tidy_income(self) -> None:
        """Plain digits typed (2500000) shown grouped as the default is (2.500.000): the
        same number, easier to check against what the person said."""
        text = self.penghasilan.text()
        if text.isascii() and text.isdigit() and not text.startswith("0"):
            self.penghasilan.setText(count_text(int(text)))

    # -- values ---------------------------------------------------------------------------
    def group_id(self) -> uuid.UUID | None:
        data = self.kelompok.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def values(self) -> dict[str, Any]:
        """What the officer sees, in the import-column vocabulary."""
        region = self.wilayah.currentData()
        return {
            "nik": self.nik.text(), "nama": self.nama.text(),
            "tempat_lahir": self.tempat_lahir.text(),
            "tanggal_lahir": self.tanggal_lahir.value_text(),
            "jenis_kelamin": self.jenis_kelamin.currentData() or "",
            "no_hp": self.no_hp.text(), "email": self.email.text(), "alamat": self.alamat.text(),
            "kode_wilayah": region or "", "sektor": self.sektor.currentData() or "",
            "pekerjaan": self.pekerjaan.currentData() or "",
            "nama_usaha": self.nama_usaha.text(),
            "penghasilan": self.penghasilan.text(),
            "program": "jkk+jkm+jht" if self.jht.isChecked() else "jkk+jkm",
            "sumber_iuran": event_desk.payer_text(str(self.sumber_iuran.currentData()),
                                                  self._subsource()),
            "periode_bayar": str(self.periode_bayar.currentData()),
            "persetujuan": "ya" if self.persetujuan.isChecked() else "tidak",
        }

    def draft(self) -> dict[str, Any]:
        values = self.values()
        values["kelompok_id"] = str(self.group_id() or "")
        values["auto"] = dict(self._auto)
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the form (from a stored member or a draft)."""
        self.nik.setText(str(values.get("nik", "")))
        self.nama.setText(str(values.get("nama", "")))
        self.tempat_lahir.setText(str(values.get("tempat_lahir", "")))
        birth = values.get("tanggal_lahir") or ""
        if isinstance(birth, dt.date):
            birth = f"{birth:%d-%m-%Y}"
        self.tanggal_lahir.setText(str(birth))
        self._nik_birth = None
        self.jenis_kelamin.setCurrentIndex(max(self.jenis_kelamin.findData(
            values.get("jenis_kelamin") or None), 0))
        self.no_hp.setText(str(values.get("no_hp", "")))
        self.email.setText(str(values.get("email", "")))
        self.alamat.setText(str(values.get("alamat", "")))
        region = str(values.get("kode_wilayah") or "")
        if region:
            area = region if region.count(".") <= 2 else region.rsplit(".", 1)[0]
            self.load_villages(area)
            if not self.wilayah.select_data(region):
                self.wilayah.setCurrentIndex(0)
        self.sektor.setCurrentIndex(max(self.sektor.findData(values.get("sektor") or None), 0))
        self.set_occupation(str(values.get("pekerjaan") or ""))
        self.nama_usaha.setText(str(values.get("nama_usaha", "")))
        income = values.get("penghasilan")
        if isinstance(income, int):
            income = count_text(income)
        self.penghasilan.setText(str(income or DEFAULT_INCOME))
        self.jht.setChecked("jht" in str(values.get("program", "")))
        self.persetujuan.setChecked(values.get("persetujuan") == "ya")
        self.set_batch(values)
        self._auto = dict(values.get("auto") or {})

    def set_occupation(self, text: str) -> None:
        """Show a stored occupation; one the list no longer holds (an imported
        spreadsheet's, an older list's) is added, so a stored record stays as it was."""
        if text and self.pekerjaan.findData(text) < 0:
            self.pekerjaan.addItem(text, text)
        self.pekerjaan.select_data(text or None)

    def set_batch(self, values: dict[str, Any]) -> None:
        code, subsource = event_desk.split_payer(str(values.get("sumber_iuran") or ""))
        payer = self.sumber_iuran.findData(code)
        if payer >= 0:
            self.sumber_iuran.setCurrentIndex(payer)
        self.sub_sumber.setText(subsource if self.sub_sumber.isEnabled() else "")
        period = self.periode_bayar.findData(int(values.get("periode_bayar") or 1))
        if period >= 0:
            self.periode_bayar.setCurrentIndex(period)
        group = values.get("kelompok_id")
        if group and not self.kelompok.select_data(uuid.UUID(str(group))):
            self.kelompok.setCurrentIndex(0)  # a group since removed: none

    def batch(self) -> event_desk.Batch:
        """The batch settings on screen."""
        return event_desk.Batch(payer=str(self.sumber_iuran.currentData()),
                                subsource=self._subsource(),
                                period=int(self.periode_bayar.currentData()),
                                group_id=str(self.group_id() or ""))

    def show_batch(self, batch: event_desk.Batch) -> None:
        """Put an event's batch settings on screen (the defaults for a new event)."""
        self.set_batch({"sumber_iuran": event_desk.payer_text(batch.payer, batch.subsource),
                        "periode_bayar": batch.period, "kelompok_id": batch.group_id})
        if not batch.group_id:
            self.kelompok.setCurrentIndex(0)

    def batch_text(self) -> str:
        """The batch settings in one line, as the page shows them above the form."""
        payer = self.sumber_iuran.currentText()
        if self._subsource():
            payer += f" ({self._subsource()})"
        group = self.kelompok.currentText() if self.group_id() else self.tr("tanpa kelompok")
        return f"{payer} · {self.periode_bayar.currentText()} · {group}"

    def _subsource(self) -> str:
        return self.sub_sumber.text().strip() if self.sub_sumber.isEnabled() else ""

    def _payer_changed(self) -> None:
        """The sub-source is asked only of the payers that have one."""
        fits = self.sumber_iuran.currentData() in event_desk.PAYERS_WITH_SUBSOURCE
        self.sub_sumber.setEnabled(fits)
        if not fits:
            self.sub_sumber.clear()
        self.boxes["sub_sumber"].set_error("")

    def clear_person(self) -> None:
        """Empty the person's fields; batch settings (payer, period, group) stay."""
        for line in (self.nik, self.nama, self.tempat_lahir, self.tanggal_lahir, self.no_hp,
                     self.email, self.alamat, self.nama_usaha):
            line.clear()
        self.pekerjaan.select_data(None)
        self._nik_birth = None
        self.penghasilan.setText(DEFAULT_INCOME)
        self.jenis_kelamin.setCurrentIndex(0)
        self.sektor.setCurrentIndex(0)
        self.wilayah.clear()
        self.wilayah.setProperty("area", None)
        self.jht.setChecked(False)
        self.persetujuan.setChecked(False)
        self._auto.clear()
        self.nik_note.clear()
        self.show_problems({})
        self.nik.setFocus()

    def has_person_input(self) -> bool:
        return any(w.text().strip() for w in (self.nik, self.nama, self.tempat_lahir,
                                               self.no_hp, self.email, self.alamat,
                                               self.nama_usaha)) or bool(
            self.pekerjaan.currentText().strip())


class FormRow(QWidget):
    """Two columns: the person (left) and the live contribution with batch settings."""

    def __init__(self, form: MemberForm, parent: Any = None) -> None:
        super().__init__(parent)
        left = QWidget(self)
        left.setLayout(form.person_form)
        batch = QGroupBox(self.tr("Rombongan (tetap untuk peserta berikutnya)"), self)
        batch.setLayout(form.batch_form)
        right = QVBoxLayout()
        right.addWidget(batch)
        right.addWidget(form.iuran)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(left, 3)
        layout.addLayout(right, 2)
