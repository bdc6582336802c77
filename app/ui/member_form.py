"""The member form: keyboard first, NIK first, every problem beside its field.

Used for a new registration (RegistrationPage) and for a correction (EditMemberDialog).
It only gathers values and shows what the services say: the rules are in
app.services.members.clean_member and the domain.
"""

from __future__ import annotations

import datetime as dt
import uuid
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import resources
from app.domain import codes, nik, phone
from app.domain.errors import DomainError
from app.domain.money import parse_rupiah, rupiah
from app.domain.tariff import TariffBook, span_id
from app.services import event_desk
from app.ui import i18n, labels
from app.ui.widgets import (
    ERROR_STYLE,
    NOTE_STYLE,
    ChoiceBox,
    DateField,
    FieldBox,
    FixedList,
    searchable_combo,
    set_items,
)

if TYPE_CHECKING:
    from app.services.member_cleaning import CleanMember

DEFAULT_INCOME = "1.000.000"
BATCH_KEYS = ("sumber_iuran", "sub_sumber", "periode_bayar", "kelompok")


class ConsentDialog(QDialog):
    def __init__(self, version: str, parent: Any = None, body: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teks persetujuan (%s)") % version)
        self.resize(640, 520)
        text = QTextBrowser(self)
        text.setMarkdown(body or resources.consent_text(version))
        close = QPushButton(self.tr("Tutup (Esc)"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(close)


#: contribution months as the form names them (the slips' abbreviations, in Indonesian)
MONTHS = (
    QT_TRANSLATE_NOOP("MemberForm", "Jan"), QT_TRANSLATE_NOOP("MemberForm", "Feb"),
    QT_TRANSLATE_NOOP("MemberForm", "Mar"), QT_TRANSLATE_NOOP("MemberForm", "Apr"),
    QT_TRANSLATE_NOOP("MemberForm", "Mei"), QT_TRANSLATE_NOOP("MemberForm", "Jun"),
    QT_TRANSLATE_NOOP("MemberForm", "Jul"), QT_TRANSLATE_NOOP("MemberForm", "Agu"),
    QT_TRANSLATE_NOOP("MemberForm", "Sep"), QT_TRANSLATE_NOOP("MemberForm", "Okt"),
    QT_TRANSLATE_NOOP("MemberForm", "Nov"), QT_TRANSLATE_NOOP("MemberForm", "Des"),
)


class MemberForm(QWidget):
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
        self.update_contribution()
        self._payer_changed()

    # -- keyboard -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusIn and watched is self.wilayah
                and self.wilayah.count() == 0 and self.default_area):
            self.load_villages(self.default_area)
            self.wilayah.setCurrentIndex(-1)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_F1:
                self.show_consent()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                owner = self._chain_owner(watched)
                if owner is None:
                    return super().eventFilter(watched, event)
                if self._popup_open(owner):
                    return False  # the list takes its entry and moves on (ChoiceBox)
                if isinstance(owner, ChoiceBox) and not owner.commit():
                    return True  # red, and the focus stays until it is an entry
                if owner is self.chain[-1]:
                    self.submitted.emit()
                else:
                    self._focus_next(owner)
                return True
        return super().eventFilter(watched, event)

    def _chain_owner(self, watched: QObject) -> QWidget | None:
        for w in self.chain:
            if watched is w or (isinstance(w, QComboBox) and watched is w.lineEdit()):
                return w
        return None

    @staticmethod
    def _popup_open(widget: QWidget) -> bool:
        completer = widget.completer() if isinstance(widget, QLineEdit | QComboBox) else None
        popup = completer.popup() if completer is not None else None
        return bool(popup is not None and popup.isVisible())

    def _focus_next(self, current: QWidget) -> None:
        """The next stop of the Enter chain; fields the NIK filled and the optional fields
        skipped at this event are passed over (they stay in the Tab order, one Shift+Tab
        away, and a click away)."""
        index = self.chain.index(current)
        for w in self.chain[index + 1:]:
            if not self._filled_from_nik(w) and self.key_of(w) not in self.skipped:
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def key_of(self, widget: QWidget) -> str:
        return next(k for k, b in self.boxes.items() if b.field is widget)

    def set_skipped(self, keys: tuple[str, ...] | list[str] | frozenset[str]) -> None:
        """The optional fields Enter passes over; their labels say so."""
        self.skipped = frozenset(k for k in keys if k in event_desk.SKIPPABLE)
        for key, box in self.boxes.items():
            label = self.person_form.labelForField(box)
            if not isinstance(label, QLabel) or key not in self.labels:
                continue
            if key in self.skipped:
                label.setText(self.tr("%s (dilewati Enter)") % self.labels[key])
                label.setStyleSheet("color: #777")
            else:
                label.setText(self.labels[key])
                label.setStyleSheet("")

    def _filled_from_nik(self, w: QWidget) -> bool:
        key = {id(self.tanggal_lahir): "tanggal_lahir",
               id(self.jenis_kelamin): "jenis_kelamin"}.get(id(w))
        return key is not None and key in self._auto and not self.boxes[key].error.text()

    def show_consent(self) -> None:
        ConsentDialog(self.consent_version, self, self.consent_text).exec()

    # -- NIK ------------------------------------------------------------------------------
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
                self.nik_note.setText(self.tr("%d dari 16 angka") % len(result.nik))
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

    def _propose(self, result: nik.NikResult) -> None:
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
        items: list[tuple[str, object]] = [(self.tr("%s (kecamatan)") % index.describe(area),
                                            area)]
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
            income = f"{income:,}".replace(",", ".")
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

    def update_contribution(self) -> None:
        try:
            income = parse_rupiah(self.penghasilan.text())
            programs = ("jkk", "jkm", "jht") if self.jht.isChecked() else ("jkk", "jkm")
            quote = self.tariffs.quote(
                income, programs, self.sumber_iuran.currentData() or "mandiri",
                self.sektor.currentData() or "lainnya", int(self.periode_bayar.currentData()),
                self.today,
            )
        except DomainError as exc:
            message = i18n.message(exc)
            self.iuran.setStyleSheet(f"font-size: 15px; {ERROR_STYLE}")
            self.iuran.setText(self.tr("Iuran belum bisa dihitung: %s") % message)
            return
        self.iuran.setStyleSheet("font-size: 15px; font-weight: 600")
        lines = []
        if quote.same_every_month:
            lines.append(self.tr("Iuran per bulan: %s (%s)") % (
                rupiah(quote.first.total), i18n.amount_words(quote.first.total)))
        else:  # the discount ends inside the period: each run of months
            for first, last, amount in quote.runs():
                if first == last:
                    lines.append(self.tr("Iuran %s: %s") % (self.month_span(first, last),
                                                            rupiah(amount)))
                else:
                    lines.append(self.tr("Iuran %s: %s per bulan") % (
                        self.month_span(first, last), rupiah(amount)))
        row = quote.bracket
        if row is not None:
            if row.high is None:
                span = self.tr("%s ke atas") % rupiah(row.low)
            elif not row.low:
                span = self.tr("sampai %s") % rupiah(row.high)
            else:
                span = f"{rupiah(row.low)}–{rupiah(row.high)}"
            lines.append(self.tr("Tingkat penghasilan %s, dasar iuran %s") % (
                span, rupiah(row.base)))
        text = "\n".join(lines)
        if len(quote.months) > 1:
            text += "\n" + self.tr("Bayar %d bulan: %s (%s)") % (
                len(quote.months), rupiah(quote.total), i18n.amount_words(quote.total))
        for name in quote.as_dict()["discounts"]:
            rule = self.tariffs.discount(name)
            text += "\n" + self.tr("Termasuk potongan %d%% %s (%s)") % (
                rule.percent, codes.programs_text(
                    [p for p in codes.PROGRAMS if p in rule.programs]),
                rule.regulation)
        self.iuran.setText(text)


    def month_span(self, first: dt.date, last: dt.date) -> str:
        """`Des 2026`, `Jan–Mei 2027` in the desk's language."""
        return span_id(first, last, [self.tr(str(name)) for name in MONTHS])


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
