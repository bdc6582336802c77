"""NIK (Nomor Induk Kependudukan) checks: `PP RR SS DDMMYY nnnn` (nnnn: serial).

python-stdnum's `stdnum.id.nik` cleans the number and knows the layout; its own
place table predates the 2022 Papua split, so province, regency and district are
checked against Kemendagri data (idn-area-data) here, with the century rule of
DOMAIN.md on top. Messages never repeat the NIK itself (it is personal data).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from app.domain.messages import t
from app.domain.regions import RegionIndex

#: Provinces whose cards may carry regency codes from before the 2022 split. Cards use
#: Kemendagri's codes: 91 Papua and 92 Papua Barat before the split, 93–96 the new
#: provinces (Papua Selatan, Papua Tengah, Papua Pegunungan, Papua Barat Daya).
PAPUA_PROVINCES = frozenset({"91", "92", "93", "94", "95", "96"})
FEMALE_DAY_OFFSET = 40
MAX_AGE = 100
LENGTH = 16
#: digits a masked NIK shows: province, regency and district in front, serial at the end
SHOWN_HEAD = 6
SHOWN_TAIL = 4


@dataclass
class NikResult:
    nik: str
    valid: bool
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    birth_date: dt.date | None = None
    gender: str | None = None  # "L" or "P"
    province_code: str | None = None
    regency_code: str | None = None
    district_code: str | None = None
    #: fields that disagree with the NIK: "tanggal_lahir", "jenis_kelamin"
    disagreements: list[str] = field(default_factory=list)
    day_digits: int = 0  # DD as written in the NIK (women: day + 40)

    @property
    def notes(self) -> list[str]:
        """How the birth date and gender were read, for a person to follow."""
        if self.birth_date is None:
            return []
        born = _fmt(self.birth_date)
        if self.gender == "P":
            return [
                t("Hari lahir {digits:02d} dalam NIK = {day:02d} + 40: perempuan, lahir {born}.",
                  digits=self.day_digits, day=self.birth_date.day, born=born)
            ]
        return [t("Hari lahir {digits:02d} dalam NIK: laki-laki, lahir {born}.",
                  digits=self.day_digits, born=born)]

    def as_dict(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "errors": list(self.errors),
            "warnings": list(self.warnings),
            "notes": list(self.notes),
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "gender": self.gender,
            "province_code": self.province_code,
            "regency_code": self.regency_code,
            "district_code": self.district_code,
            "disagreements": list(self.disagreements),
        }


def compact(raw: str) -> str:
    """Strip spaces, dots and dashes the way stdnum does (skipped when already bare)."""
    if len(raw) == 16 and raw.isdigit():
        return raw
    from stdnum.id import nik as stdnum_nik  # here: stdnum.util loads pydoc and ssl (~50 ms)

    return stdnum_nik.compact(raw)


def mask(nik: str) -> str:
    """`357401******0001`: district (place of issue) and serial visible, the birth date
    (digits 7–12, which also tell the gender) hidden. The one mask of the desk, the
    slips, the reports and the command line; people at one event mostly share the
    district, so the serial is what tells them apart, and both parts can be searched."""
    if len(nik) != LENGTH:
        return "*" * len(nik)
    return nik[:SHOWN_HEAD] + "*" * (LENGTH - SHOWN_HEAD - SHOWN_TAIL) + nik[-SHOWN_TAIL:]


def _fmt(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _read_date(digits: str, on: dt.date, typed: dt.date | None
               ) -> tuple[dt.date | None, str | None, int, str | None]:
    """DDMMYY → (birth date, gender, DD as written, None) or (…, the reason it cannot
    be).

    The NIK holds two digits of the year: the 2000s are taken unless the date is still
    to come, then the 1900s. When both are possible (born on this day and month 100
    years apart, both ages within 0–100), the date the officer typed settles it."""
    born, gender, raw_day, error, older = _read_digits(digits, on)
    if older is not None and typed == older and _age(older, on) <= MAX_AGE:
        return older, gender, raw_day, None
    return born, gender, raw_day, error


#: distinct DDMMYY (and days) _read_digits keeps: about every day of 90 years, both
#: genders (a list of working-age people has about half as many)
DATES_KEPT = 1 << 16


@lru_cache(maxsize=DATES_KEPT)
def _read_digits(digits: str, on: dt.date
                 ) -> tuple[dt.date | None, str | None, int, str | None, dt.date | None]:
    """_read_date without a typed date, and the 1900s date when the 2000s one is taken
    but both are possible (else None): read once per distinct DDMMYY and day, as an
    import repeats them."""
    raw_day = int(digits[0:2])
    month = int(digits[2:4])
    yy = int(digits[4:6])
    if raw_day > FEMALE_DAY_OFFSET:
        day, gender = raw_day - FEMALE_DAY_OFFSET, "P"
    else:
        day, gender = raw_day, "L"
    if not 1 <= day <= 31 or not 1 <= month <= 12:
        if 31 < raw_day <= FEMALE_DAY_OFFSET:
            why = t(
                "hari {raw_day:02d} tidak mungkin (laki-laki 01–31, perempuan 41–71 "
                "karena hari lahir perempuan ditambah 40)", raw_day=raw_day
            )
        elif not 1 <= month <= 12:
            why = t("bulan {month:02d} tidak ada", month=month)
        else:
            why = t("hari {raw_day:02d} tidak mungkin", raw_day=raw_day)
        return None, None, raw_day, t(
            "Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {why}.", why=why), None
    possible: list[dt.date] = []
    for century in (2000, 1900):
        try:
            candidate = dt.date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= on:
            possible.append(candidate)
    if not possible:
        return None, None, raw_day, t(
            "Tanggal lahir dalam NIK (digit 7–12) tidak mungkin: {day:02d}-{month:02d} "
            "tidak ada pada tahun ber-akhiran {yy:02d}.", day=day, month=month, yy=yy), None
    born, older = possible[0], possible[1] if len(possible) > 1 else None
    if _age(born, on) > MAX_AGE:
        return None, None, raw_day, t(
            "Tanggal lahir dalam NIK memberi usia lebih dari 100 tahun."), older
    return born, gender, raw_day, None, older


#: digits 1–6 of the NIKs whose codes check() keeps (RegionIndex.nik_places), at most
PLACES_KEPT = 20000
Place = tuple[str | None, str | None, str | None, tuple[str, ...], tuple[str, ...]]


def _place(digits: str, regions: RegionIndex) -> Place:
    """Digits 1–6: (province, regency, district codes known, errors, warnings)."""
    names = regions.names
    prov = digits[0:2]
    regency = f"{prov}.{digits[2:4]}"
    district = f"{regency}.{digits[4:6]}"
    if prov not in names:
        return None, None, None, (
            t("Kode provinsi {prov} (digit 1–2) tidak dikenal.", prov=prov),), ()
    if regency not in names:
        if prov in PAPUA_PROVINCES:
            return prov, None, None, (), (
                t("Kode kabupaten/kota {regency} tidak dikenal; NIK Papua yang terbit "
                  "sebelum pemekaran 2022 memakai kode lama. Periksa KTP.", regency=regency),)
        return prov, None, None, (
            t("Kode kabupaten/kota {regency} (digit 3–4) tidak ada di provinsi {prov}.",
              regency=regency, prov=prov),), ()
    if district in names:
        return prov, regency, district, (), ()
    return prov, regency, None, (), (
        t("Kode kecamatan {district} (digit 5–6) tidak ada lagi; kecamatan "
          "bisa sudah dimekarkan. Pilih kecamatan tempat tinggal sekarang.",
          district=district),)


def check(
    raw: str,
    regions: RegionIndex,
    on: dt.date,
    birth_date: dt.date | None = None,
    gender: str | None = None,
) -> NikResult:
    """Validate a NIK as of `on` (the registration date) and explain what it says.

    `birth_date` and `gender` are what the officer typed; a disagreement with the
    NIK is an error naming the field, because a typo in the NIK is the most
    common field error.
    """
    number = compact(raw)
    if len(number) != LENGTH or not (number.isascii() and number.isdigit()):
        return _malformed(number)

    place = regions.nik_places.get(number[:6])
    if place is None:
        place = _place(number[:6], regions)
        if len(regions.nik_places) >= PLACES_KEPT:
            regions.nik_places.clear()
        regions.nik_places[number[:6]] = place
    province, regency, district, place_errors, warnings = place
    errors = [*place_errors]
    born, said_gender, raw_day, date_error = _read_date(number[6:12], on, birth_date)
    if date_error is not None:
        errors.append(date_error)
        raw_day = 0
    if number[12:16] == "0000":
        errors.append(t("Nomor urut NIK (digit 13–16) tidak boleh 0000."))

    disagreements: list[str] = []
    if born is not None and birth_date is not None and birth_date != born:
        disagreements.append("tanggal_lahir")
        errors.append(
            t("Tanggal lahir yang diisi ({typed}) tidak sama dengan tanggal lahir dalam NIK "
              "({says}). Periksa NIK atau tanggal lahir.",
              typed=_fmt(birth_date), says=_fmt(born))
        )
    if said_gender is not None and gender is not None and gender != said_gender:
        disagreements.append("jenis_kelamin")
        typed = t("laki-laki") if gender == "L" else t("perempuan")
        says = t("laki-laki") if said_gender == "L" else t("perempuan")
        errors.append(
            t("Jenis kelamin yang diisi ({typed}) tidak sama dengan NIK ({says}; hari lahir "
              "perempuan ditambah 40). Periksa NIK atau jenis kelamin.", typed=typed, says=says)
        )
    return NikResult(number, not errors, errors, [*warnings], born, said_gender, province,
                     regency, district, disagreements, raw_day)


def _malformed(number: str) -> NikResult:
    """check() of a NIK that is not 16 digits: why (empty, not digits, not 16)."""
    res = NikResult(nik=number, valid=False)
    if not number:
        res.errors.append(t("NIK kosong: ketik 16 angka dari KTP."))
    elif not (number.isascii() and number.isdigit()):  # 0–9 only, as check() takes them
        res.errors.append(t("NIK hanya boleh berisi angka; hapus huruf atau tanda lain."))
    else:
        res.errors.append(t("NIK harus 16 digit; yang diketik {n} digit.", n=len(number)))
    return res
