"""Members: the one place that turns typed or imported values into a clean record.

The registration form and the bulk importer call the same `clean_member`, so a rule
changes in one place. Reasons are Indonesian and never repeat the personal value.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from operator import attrgetter, itemgetter
from typing import Any

from app.domain import codes, nik
from app.domain.dates import parse_date
from app.domain.messages import t
from app.domain.phone import normalize as normalize_phone
from app.domain.regions import normalize_code
from app.services.member_columns import COLUMNS
from app.services.member_rules import (
    MemberRules,
    PersonRules,
    Problem,
    Problems,
    cell_text,
    remember,
    tidy,
)
from app.services.member_terms import TERMS, remembered_terms

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: the cells of the payment terms (member_terms.TERMS) out of a row in COLUMNS order
_terms_of = itemgetter(*(COLUMNS.index(c) for c in TERMS))


@dataclass(slots=True)
class CleanMember(Mapping[str, Any]):
    """One person's values as `clean_member` accepted them: the member's columns, typed,
    and the consent given. It reads as a mapping of column name to value as well, for the
    services and the form that compare a member's columns by name."""

    nik: str
    birth_date: dt.date | None
    gender: str | None
    name: str
    birth_place: str
    address: str
    occupation: str
    business_name: str
    region_code: str
    phone: str
    email: str
    sector: str
    declared_income: int
    programs: str
    payer: str
    payer_subsource: str
    pay_period: int
    group_id: uuid.UUID | None
    consent: bool

    def __getitem__(self, key: str) -> Any:
        if key not in _CLEAN_INDEX:
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(_CLEAN_FIELDS)

    def __len__(self) -> int:
        return len(_CLEAN_FIELDS)

    def columns(self) -> dict[str, Any]:
        """The members table's columns from this record (the consent is stored as its
        version, time and officer instead: new_member_rows)."""
        return dict(zip(_COLUMN_FIELDS, _column_values(self), strict=True))


_CLEAN_FIELDS = tuple(f.name for f in fields(CleanMember))
#: CleanMember from a Person and the terms (Person is a tuple of any length to mypy)
_clean_member: Callable[..., CleanMember] = CleanMember
_CLEAN_INDEX = frozenset(_CLEAN_FIELDS)
_COLUMN_FIELDS = tuple(f for f in _CLEAN_FIELDS if f != "consent")
_column_values = attrgetter(*_COLUMN_FIELDS)


def clean_member(
    values: Mapping[str, Any],
    rules: MemberRules,
    group_id: uuid.UUID | None = None,
) -> tuple[CleanMember | None, list[Problem]]:
    """Check one person's values (by column name); return the record to store, or the
    problems."""
    return clean_cells(tuple(map(values.get, COLUMNS)), rules, group_id)


def clean_cells(
    cells: Sequence[Any],
    rules: MemberRules,
    group_id: uuid.UUID | None = None,
) -> tuple[CleanMember | None, list[Problem]]:
    """clean_member of one row's cells in member_columns.COLUMNS order (None where the
    row has no such column): an import checks its rows so, without making each a dict.
    The person's own values first (check_person), then the payment terms (settle)."""
    person, problems = check_person(cells, rules)
    return settle(person, problems, terms_cells(cells), rules, group_id)


#: a person's own values as check_person accepted them: CleanMember's fields up to the
#: payment terms (nik, birth_date, gender, name, birth_place, address, occupation,
#: business_name, region_code, phone, email), in that order
Person = tuple[Any, ...]


def terms_cells(cells: Sequence[Any]) -> tuple[Any, ...]:
    """The payment terms' cells (member_terms.TERMS) of a row in COLUMNS order."""
    raw: tuple[Any, ...] = _terms_of(cells)
    return raw


def check_person(cells: Sequence[Any], rules: PersonRules) -> tuple[Person | None, Problems]:
    """A row's own values, every one but the payment terms: the person (None when a value
    is refused), and the problems. They rest on no database (PersonRules), so that an
    import's second process can check them (tabular/ahead.py).

    One rule per column (or per columns that decide together), each adding its problems
    in this order, which is the order a rejects file and the form show them."""
    (raw_nik, raw_name, raw_birth_place, raw_birth, raw_gender, raw_address, raw_region,
     raw_phone, raw_email, _, raw_occupation, raw_business, _, _, _, _, _, _) = cells
    problems: Problems = []
    birth = _typed_birth(raw_birth, problems)
    gender = _typed_gender(raw_gender, problems)
    checked = _checked_nik(raw_nik, rules, birth, gender, problems)
    name = _name(raw_name, problems)
    birth_place = _field_text(raw_birth_place, "tempat_lahir", problems, 100)
    address = _field_text(raw_address, "alamat", problems, 500)
    occupation = _field_text(raw_occupation, "pekerjaan", problems, 100)
    business_name = _field_text(raw_business, "nama_usaha", problems)
    region = _region_code(raw_region, checked, rules, problems)
    phone = _phone(raw_phone, problems)
    email = _email(raw_email, problems)
    if problems:
        return None, problems
    return (checked.nik, checked.birth_date, checked.gender, name, birth_place, address,
            occupation, business_name, region, phone, email), problems


def settle(person: Person | None, problems: list[Problem], raw_terms: tuple[Any, ...],
           rules: MemberRules, group_id: uuid.UUID | None = None
           ) -> tuple[CleanMember | None, list[Problem]]:
    """The payment terms checked after the person (check_person's outcome): the record to
    store, or every problem, the person's first (the terms are checked either way, so that
    a refused row names all its problems)."""
    terms, term_problems = remembered_terms(raw_terms, rules, group_id)
    if person is None or term_problems:
        return None, [*problems, *term_problems]
    return _clean_member(*person, *terms), []


def _field_text(raw: Any, column: str, problems: Problems, limit: int = 200) -> str:
    """A free-text column's cell: spaces tidied, at most `limit` characters."""
    if type(raw) is str and raw.isprintable() and "  " not in raw:
        plain = raw.strip()  # what tidy makes of it, without its other cases
        if len(plain) <= limit:
            return plain
    try:
        return tidy(raw, limit)
    except ValueError as exc:
        problems.append(Problem(column, str(exc)))
        return ""


def _typed_birth(raw: Any, problems: Problems) -> dt.date | None:
    """The birth date as typed (empty: taken from the NIK)."""
    if raw in (None, ""):
        return None
    try:
        return parse_date(raw)
    except ValueError as exc:
        problems.append(Problem("tanggal_lahir", str(exc)))
        return None


def _typed_gender(cell: Any, problems: Problems) -> str | None:
    """The gender as typed (empty: taken from the NIK)."""
    raw = cell_text(cell)
    if not raw:
        return None
    try:
        return codes.parse_gender(raw)
    except ValueError as exc:
        problems.append(Problem("jenis_kelamin", str(exc)))
        return None


def _checked_nik(cell: Any, rules: PersonRules, birth: dt.date | None,
                 gender: str | None, problems: Problems) -> nik.NikResult:
    """The NIK, and whether the typed birth date and gender agree with it: a
    disagreement is the typed column's problem."""
    checked = nik.check(cell_text(cell), rules.regions, rules.on, birth, gender)
    if not checked.valid:
        problems.extend(Problem(_nik_problem_field(m), m) for m in checked.errors)
    return checked


def _nik_problem_field(message: str) -> str:
    lowered = message.lower()
    if "tanggal lahir yang diisi" in lowered:
        return "tanggal_lahir"
    if "jenis kelamin yang diisi" in lowered:
        return "jenis_kelamin"
    return "nik"


def _name(raw: Any, problems: Problems) -> str:
    """The name as on the KTP: required."""
    before = len(problems)
    name = _field_text(raw, "nama", problems)
    if not name and len(problems) == before:
        problems.append(Problem("nama", t("nama wajib diisi sesuai KTP")))
    return name


def _region_code(cell: Any, checked: nik.NikResult, rules: PersonRules,
                 problems: Problems) -> str:
    """Where the person lives: the code typed (decided once per distinct code and NIK
    regency), else the NIK's district or regency."""
    raw = cell_text(cell)
    if not raw:
        code = checked.district_code or checked.regency_code or ""
        if checked.valid and not code:
            problems.append(Problem(
                "kode_wilayah", t("isi kode wilayah tempat tinggal (kecamatan atau desa)")))
        return code
    key = ("kode_wilayah", raw, checked.regency_code)
    decided = rules.memo.get(key)
    if decided is None:
        decided = _region(raw, checked.regency_code, rules)
        remember(rules, key, decided)
    region, reason = decided
    if reason is not None:
        problems.append(Problem("kode_wilayah", reason))
    return region or ""


def _phone(cell: Any, problems: Problems) -> str:
    """A mobile number in international form, or empty."""
    raw = cell_text(cell)
    if not raw:
        return ""
    try:
        return normalize_phone(raw)
    except ValueError as exc:
        problems.append(Problem("no_hp", str(exc)))
        return ""


def _email(raw: Any, problems: Problems) -> str:
    email = _field_text(raw, "email", problems)
    if email and not _EMAIL.match(email):
        problems.append(Problem("email", t("alamat surel tidak sah (contoh nama@contoh.id)")))
    return email


def _region(raw: str, nik_regency: str | None, rules: PersonRules
            ) -> tuple[str | None, str | None]:
    """(the region code to store or None, the reason it is refused or None)."""
    try:
        region = normalize_code(raw)
    except ValueError as exc:
        return None, str(exc)
    known = region in rules.regions
    if not known and region.count(".") == 3:
        if rules.village_codes is None:
            from app import resources

            rules.village_codes = resources.regions_with_villages()
        known = region in rules.village_codes
    if not known:
        return region, t("kode wilayah tidak ada dalam data Kemendagri")
    if nik_regency and not region.startswith(nik_regency[:2]):
        return region, t("kode wilayah berada di provinsi lain dari NIK; periksa")
    return region, None
