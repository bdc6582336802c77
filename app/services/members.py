"""Members: the one place that turns typed or imported values into a clean record.

The registration form and the bulk importer call the same `clean_member`, so a rule
changes in one place. Reasons are Indonesian and never repeat the personal value.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, NamedTuple

from sqlalchemy import and_, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import codes, nik
from app.domain.dates import parse_date
from app.domain.errors import DomainError, UserError
from app.domain.messages import Text, join, t
from app.domain.money import parse_rupiah
from app.domain.phone import normalize as normalize_phone
from app.domain.regions import RegionIndex, normalize_code
from app.domain.tariff import TariffBook
from app.models import Group, Member, utcnow
from app.services.audit import Actor, record

#: Import columns in template order (CLI.md).
COLUMNS = (
    "nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat",
    "kode_wilayah", "no_hp", "email", "sektor", "pekerjaan", "nama_usaha",
    "penghasilan", "program", "sumber_iuran", "periode_bayar", "kelompok", "persetujuan",
)
REQUIRED = ("nik", "nama", "sektor", "persetujuan")

ALIASES = {
    "noktp": "nik", "ktp": "nik", "nomorktp": "nik", "nomorindukkependudukan": "nik",
    "nonik": "nik", "namalengkap": "nama", "name": "nama", "namapeserta": "nama",
    "tempatlahir": "tempat_lahir", "tmplahir": "tempat_lahir", "tgllahir": "tanggal_lahir",
    "tanggallahir": "tanggal_lahir", "jk": "jenis_kelamin", "jeniskelamin": "jenis_kelamin",
    "kelamin": "jenis_kelamin", "gender": "jenis_kelamin", "alamatlengkap": "alamat",
    "kodewilayah": "kode_wilayah", "kodedesa": "kode_wilayah", "kodekecamatan": "kode_wilayah",
    "nohp": "no_hp", "hp": "no_hp", "nomorhp": "no_hp", "telepon": "no_hp", "notelp": "no_hp",
    "nowa": "no_hp", "telp": "no_hp", "surel": "email", "sector": "sektor",
    "jenispekerjaan": "pekerjaan", "profesi": "pekerjaan", "namausaha": "nama_usaha",
    "usaha": "nama_usaha", "penghasilanbulanan": "penghasilan", "upah": "penghasilan",
    "gaji": "penghasilan", "programs": "program", "sumberiuran": "sumber_iuran",
    "pembayar": "sumber_iuran", "periodebayar": "periode_bayar", "periode": "periode_bayar",
    "namakelompok": "kelompok", "group": "kelompok", "paguyuban": "kelompok",
    "koperasi": "kelompok", "consent": "persetujuan", "setuju": "persetujuan",
}
_CANON = {codes.squash(c): c for c in COLUMNS}

DEFAULT_INCOME = 1_000_000
_YES = {"ya", "y", "yes", "setuju", "1", "true", "benar"}
_NO = {"tidak", "t", "no", "n", "0", "false", "tidaksetuju", ""}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def canonical_column(header: str) -> str | None:
    key = codes.squash(header)
    return _CANON.get(key) or ALIASES.get(key)


@dataclass(frozen=True)
class Problem:
    field: str
    reason: str

    def __str__(self) -> str:
        return t("{field}: {reason}", field=self.field, reason=self.reason)


@dataclass
class MemberRules:
    """What cleaning needs to know, gathered once per form or import."""

    regions: RegionIndex
    tariffs: TariffBook
    on: dt.date
    groups_by_name: dict[str, uuid.UUID] = field(default_factory=dict)
    village_codes: RegionIndex | None = None  # loaded only if a village code shows up
    #: what cleaning decided per distinct value (region codes, the payment terms), so an
    #: import of many rows decides each only once; the same decision every time
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, session: Session, regions: RegionIndex, tariffs: TariffBook,
             on: dt.date) -> MemberRules:
        groups = {
            codes.squash(name): gid
            for gid, name in session.execute(
                select(Group.id, Group.name).where(Group.status == "active")
            )
        }
        return cls(regions, tariffs, on, groups)


#: how many decisions MemberRules.memo keeps before it starts again
MEMO_LIMIT = 65536


def _text(values: Mapping[str, Any], key: str, limit: int = 200) -> str:
    raw = values.get(key)
    if raw is None:
        return ""
    text = raw if isinstance(raw, str) else str(raw)
    if not text.isprintable() or "  " in text:
        text = _SPACES.sub(" ", _CONTROL.sub("", text))
    text = text.strip()
    if len(text) > limit:
        raise DomainError(t("terlalu panjang (paling banyak {limit} karakter)", limit=limit))
    return text


def _cell_text(value: Any) -> str:
    """Spreadsheet numbers arrive as int/float: 3574011708450001.0 → '3574011708450001'."""
    if type(value) is str:
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


#: the columns whose values decide the payment terms, checked together (_terms)
_TERMS = ("sektor", "penghasilan", "program", "sumber_iuran", "periode_bayar", "kelompok",
          "persetujuan")


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
_CLEAN_INDEX = frozenset(_CLEAN_FIELDS)
_COLUMN_FIELDS = tuple(f for f in _CLEAN_FIELDS if f != "consent")
_column_values = attrgetter(*_COLUMN_FIELDS)


class Terms(NamedTuple):
    """What the payment columns decided (_TERMS): the last fields of a CleanMember."""

    sector: str
    declared_income: int
    programs: str
    payer: str
    payer_subsource: str
    pay_period: int
    group_id: uuid.UUID | None
    consent: bool


Problems = list[Problem]


def clean_member(
    values: Mapping[str, Any],
    rules: MemberRules,
    group_id: uuid.UUID | None = None,
) -> tuple[CleanMember | None, list[Problem]]:
    """Check one person's values; return the record to store, or the problems.

    One rule per column (or per columns that decide together), each adding its problems
    in this order, which is the order a rejects file and the form show them."""
    problems: Problems = []
    birth = _typed_birth(values, problems)
    gender = _typed_gender(values, problems)
    checked = _checked_nik(values, rules, birth, gender, problems)
    name = _name(values, problems)
    birth_place = _field_text(values, "tempat_lahir", problems, 100)
    address = _field_text(values, "alamat", problems, 500)
    occupation = _field_text(values, "pekerjaan", problems, 100)
    business_name = _field_text(values, "nama_usaha", problems)
    region = _region_code(values, checked, rules, problems)
    phone = _phone(values, problems)
    email = _email(values, problems)
    terms, term_problems = _remembered_terms(values, rules, group_id)
    if problems or term_problems:
        return None, [*problems, *term_problems]
    return CleanMember(checked.nik, checked.birth_date, checked.gender, name, birth_place,
                       address, occupation, business_name, region, phone, email, *terms), []


def _field_text(values: Mapping[str, Any], column: str, problems: Problems,
                limit: int = 200) -> str:
    """A free-text column: spaces tidied, at most `limit` characters."""
    raw = values.get(column)
    if type(raw) is str and raw.isprintable() and "  " not in raw:
        plain = raw.strip()  # what _text makes of it, without its other cases
        if len(plain) <= limit:
            return plain
    try:
        return _text(values, column, limit)
    except ValueError as exc:
        problems.append(Problem(column, str(exc)))
        return ""


def _typed_birth(values: Mapping[str, Any], problems: Problems) -> dt.date | None:
    """The birth date as typed (empty: taken from the NIK)."""
    raw = values.get("tanggal_lahir")
    if raw in (None, ""):
        return None
    try:
        return parse_date(raw)
    except ValueError as exc:
        problems.append(Problem("tanggal_lahir", str(exc)))
        return None


def _typed_gender(values: Mapping[str, Any], problems: Problems) -> str | None:
    """The gender as typed (empty: taken from the NIK)."""
    raw = _cell_text(values.get("jenis_kelamin"))
    if not raw:
        return None
    try:
        return codes.parse_gender(raw)
    except ValueError as exc:
        problems.append(Problem("jenis_kelamin", str(exc)))
        return None


def _checked_nik(values: Mapping[str, Any], rules: MemberRules, birth: dt.date | None,
                 gender: str | None, problems: Problems) -> nik.NikResult:
    """The NIK, and whether the typed birth date and gender agree with it: a
    disagreement is the typed column's problem."""
    checked = nik.check(_cell_text(values.get("nik")), rules.regions, rules.on, birth, gender)
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


def _name(values: Mapping[str, Any], problems: Problems) -> str:
    """The name as on the KTP: required."""
    before = len(problems)
    name = _field_text(values, "nama", problems)
    if not name and len(problems) == before:
        problems.append(Problem("nama", t("nama wajib diisi sesuai KTP")))
    return name


def _region_code(values: Mapping[str, Any], checked: nik.NikResult, rules: MemberRules,
                 problems: Problems) -> str:
    """Where the person lives: the code typed (decided once per distinct code and NIK
    regency), else the NIK's district or regency."""
    raw = _cell_text(values.get("kode_wilayah"))
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
        _remember(rules, key, decided)
    region, reason = decided
    if reason is not None:
        problems.append(Problem("kode_wilayah", reason))
    return region or ""


def _phone(values: Mapping[str, Any], problems: Problems) -> str:
    """A mobile number in international form, or empty."""
    raw = _cell_text(values.get("no_hp"))
    if not raw:
        return ""
    try:
        return normalize_phone(raw)
    except ValueError as exc:
        problems.append(Problem("no_hp", str(exc)))
        return ""


def _email(values: Mapping[str, Any], problems: Problems) -> str:
    email = _field_text(values, "email", problems)
    if email and not _EMAIL.match(email):
        problems.append(Problem("email", t("alamat surel tidak sah (contoh nama@contoh.id)")))
    return email


def _remembered_terms(values: Mapping[str, Any], rules: MemberRules,
                      group_id: uuid.UUID | None) -> tuple[Terms, tuple[Problem, ...]]:
    """_terms, decided once per distinct set of a CSV's cells."""
    raw_terms = tuple(map(values.get, _TERMS))
    if not _all_text(raw_terms):  # a workbook's typed cells (1, 1.0 and True: one dict key)
        return _terms(values, rules, group_id)
    key = ("terms", group_id, raw_terms)
    decided: tuple[Terms, tuple[Problem, ...]] | None = rules.memo.get(key)
    if decided is None:
        decided = _terms(values, rules, group_id)
        _remember(rules, key, decided)
    return decided


def _all_text(cells: tuple[Any, ...]) -> bool:
    """Whether every cell is text or missing (then a dict key tells them apart)."""
    try:
        "".join(cells)
        return True
    except TypeError:
        return all(v is None or isinstance(v, str) for v in cells)


def _remember(rules: MemberRules, key: Any, decided: Any) -> None:
    if len(rules.memo) >= MEMO_LIMIT:
        rules.memo.clear()
    rules.memo[key] = decided


def _region(raw: str, nik_regency: str | None, rules: MemberRules
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


def _terms(
    values: Mapping[str, Any], rules: MemberRules, group_id: uuid.UUID | None
) -> tuple[Terms, tuple[Problem, ...]]:
    """Sector, income, programs, payer, period, group and consent, then the tariff over
    them: the values and the problems, in the order clean_member reports them. Depends
    on these columns (and the rules and the chosen group) only."""
    problems: Problems = []
    sector = _sector(values, problems)
    income = _income(values, problems)
    programs = _programs(values, problems)
    payer, subsource = _payer(values, problems)
    period = _period(values, problems)
    group = _group(values, rules, group_id, problems)
    if payer == "wadah" and group is None:
        problems.append(Problem(
            "sumber_iuran", t("iuran lewat Wadah/Kelompok perlu kolom kelompok diisi")))
    consent = _consent(values, problems)
    _tariff(rules, sector, income, programs, payer, period, problems)
    return Terms(sector, income, "+".join(programs), payer, subsource, period, group,
                 consent), tuple(problems)


def _sector(values: Mapping[str, Any], problems: Problems) -> str:
    raw = _cell_text(values.get("sektor"))
    if not raw:
        sectors = join([Text(v) for v in codes.SECTORS.values()], ", ")
        problems.append(Problem("sektor", t("sektor wajib diisi: {value}", value=sectors)))
        return ""
    try:
        return codes.parse_sector(raw)
    except ValueError as exc:
        problems.append(Problem("sektor", str(exc)))
        return ""


def _income(values: Mapping[str, Any], problems: Problems) -> int:
    """Rupiah a month, whole; empty: DEFAULT_INCOME."""
    raw = values.get("penghasilan")
    if raw in (None, ""):
        return DEFAULT_INCOME
    try:
        if not isinstance(raw, int | float):
            return parse_rupiah(str(raw))
        if not float(raw).is_integer() or raw < 0:
            raise DomainError(t("penghasilan harus rupiah bulat"))
        return int(raw)
    except ValueError as exc:
        problems.append(Problem("penghasilan", str(exc)))
        return DEFAULT_INCOME


def _programs(values: Mapping[str, Any], problems: Problems) -> tuple[str, ...]:
    raw = _cell_text(values.get("program"))
    if not raw:
        return codes.MANDATORY_PROGRAMS
    try:
        return codes.parse_programs(raw)
    except ValueError as exc:
        problems.append(Problem("program", str(exc)))
        return codes.MANDATORY_PROGRAMS


def _payer(values: Mapping[str, Any], problems: Problems) -> tuple[str, str]:
    """(payer, sub-source): `APBD (DBHCHT)` is the payer and its sub-source in brackets."""
    raw = _cell_text(values.get("sumber_iuran"))
    if not raw:
        payer, subsource = "mandiri", ""
    else:
        head, _, rest = raw.partition("(")
        subsource = rest.rstrip(") ").strip()
        if codes.squash(head) == "dbhcht":
            subsource = subsource or "DBHCHT"
        try:
            payer = codes.parse_payer(head)
        except ValueError as exc:
            problems.append(Problem("sumber_iuran", str(exc)))
            return "mandiri", subsource
    problem = codes.subsource_problem(payer, subsource)
    if problem:
        problems.append(Problem("sumber_iuran", problem))
    return payer, subsource


def _period(values: Mapping[str, Any], problems: Problems) -> int:
    """Months paid at once; empty: 1 (the tariff says which counts are allowed)."""
    raw = _cell_text(values.get("periode_bayar"))
    if not raw:
        return 1
    try:
        return int(raw.lower().replace("bulan", "").strip())
    except ValueError:
        problems.append(Problem("periode_bayar", t("periode bayar harus 1, 3, 6 atau 12 (bulan)")))
        return 1


def _group(values: Mapping[str, Any], rules: MemberRules, group_id: uuid.UUID | None,
           problems: Problems) -> uuid.UUID | None:
    """The chosen group, or the registered group the row names (which must be it)."""
    try:
        raw = _text(values, "kelompok")
    except ValueError as exc:
        problems.append(Problem("kelompok", str(exc)))
        return group_id
    if not raw:
        return group_id
    found = rules.groups_by_name.get(codes.squash(raw))
    if found is None:
        problems.append(Problem(
            "kelompok", t("kelompok belum terdaftar; buat dulu di menu Kelompok")))
        return group_id
    if group_id is not None and found != group_id:
        problems.append(Problem(
            "kelompok", t("kelompok di baris ini berbeda dari kelompok yang dipilih")))
        return group_id
    return found


def _consent(values: Mapping[str, Any], problems: Problems) -> bool:
    consent = codes.squash(_cell_text(values.get("persetujuan")))
    if consent in _YES:
        return True
    if consent in _NO:
        problems.append(Problem("persetujuan", t(
            "peserta belum menyetujui pemrosesan data; data tidak boleh disimpan")))
    else:
        problems.append(Problem("persetujuan", t("isi ya atau tidak")))
    return False


#: the columns whose problems leave the tariff unasked (it would only repeat them)
_TARIFF_INPUTS = ("penghasilan", "program", "sumber_iuran", "periode_bayar")


def _tariff(rules: MemberRules, sector: str, income: int, programs: tuple[str, ...],
            payer: str, period: int, problems: Problems) -> None:
    """The tariff's own rules over the terms, once each of them was read."""
    if not sector or any(p.field in _TARIFF_INPUTS for p in problems):
        return
    try:
        rules.tariffs.validate(income, programs, payer, sector, period, rules.on)
    except DomainError as exc:
        problems.append(Problem(exc.field or "penghasilan", exc.message))


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A plain row for lists (no ORM object leaves the session)."""

    id: uuid.UUID
    nik: str
    name: str
    event_id: uuid.UUID
    group_id: uuid.UUID | None
    status: str
    phone: str
    sector: str
    revision: int = 1
    sync_batch: int | None = None
    sync_revision: int = 0
    acked_revision: int = 0
    birth_date: dt.date | None = None
    region_code: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "nik": self.nik,
            "name": self.name,
            "event_id": str(self.event_id),
            "group_id": str(self.group_id) if self.group_id else None,
            "status": self.status,
        }


def new_member_row(
    clean: CleanMember,
    actor: Actor,
    event_id: uuid.UUID,
    consent_version: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """Column values for inserting a cleaned member (used by the form and the importer)."""
    return new_member_rows([clean], actor, event_id, consent_version, now)[0]


def new_member_rows(
    cleans: list[CleanMember],
    actor: Actor,
    event_id: uuid.UUID,
    consent_version: str,
    now: dt.datetime,
) -> list[dict[str, Any]]:
    """new_member_row for many cleaned members at once (what they share made once)."""
    shared = dict(
        created_at=now,
        updated_at=now,
        revision=1,
        changed_by_device=actor.device_id,
        event_id=event_id,
        consent_version=consent_version,
        consent_at=now,
        consent_officer_id=actor.officer_id,
        registered_by_id=actor.officer_id,
        status="active",
        void_reason="",
        voided_at=None,
        kpj_number="",
        sync_batch=None,
        sync_revision=0,
        acked_revision=0,
    )
    rows = []
    random = os.urandom(16 * len(cleans))  # uuid4's bytes, read at once for all rows
    for at, clean in enumerate(cleans):
        row = clean.columns()
        row.update(shared)
        row["id"] = uuid.UUID(bytes=random[16 * at:16 * at + 16], version=4)
        rows.append(row)
    return rows


def active_member_id(session: Session, nik_value: str) -> uuid.UUID | None:
    return session.scalar(
        select(Member.id).where(Member.nik == nik_value, Member.status == "active")
    )


def register(
    session: Session,
    actor: Actor,
    clean: CleanMember,
    event_id: uuid.UUID,
    consent_version: str,
) -> uuid.UUID:
    """Save one cleaned registration; refuses a NIK that is already active."""
    existing = active_member_id(session, clean.nik)
    if existing is not None:
        raise DuplicateNik(existing)
    row = new_member_row(clean, actor, event_id, consent_version, utcnow())
    session.add(Member(**row))
    session.flush()
    record(session, actor, "member_create", "member", row["id"])
    return uuid.UUID(str(row["id"]))


class DuplicateNik(UserError, ValueError):
    """The NIK already belongs to an active member (whose id is carried)."""

    def __init__(self, member_id: uuid.UUID) -> None:
        super().__init__(t("NIK ini sudah terdaftar sebagai peserta aktif."))
        self.member_id = member_id


_NUMBER_JUNK = re.compile(r"[\s.\-()/]")


def _prefix(column: Any, prefix: str) -> Any:
    """`column LIKE 'prefix%'` written as a range, so an index serves it everywhere."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _suffix(column: Any, digits: str) -> Any:
    """`column LIKE '%digits'`: the NIK's serial, its last four digits."""
    return column.endswith(digits, autoescape=True)


#: a NIK as the list shows it (`357401******0001`), or part of it (`******0001`)
_MASKED = re.compile(r"^(\d*)(\*+)(\d*)$")
#: up to this many digits may be the end of a NIK (its serial) as well as its start
SERIAL_DIGITS = 4


def _few(session: Session, condition: Any) -> Any:
    """Tell SQLite that a condition no index serves (a NIK's end) matches few rows, so
    it reads the table once and sorts the matches (50 ms on 100,000 members) instead of
    walking the whole name index to fill a page (700 ms). PostgreSQL keeps statistics."""
    if session.get_bind().dialect.name != "sqlite":
        return condition
    return func.likelihood(condition, literal_column("0.01"))


#: a prefix matching fewer rows than this is "few": reading the table beats the name index
FEW = 1000


def _prefix_is_few(session: Session, column: Any, prefix: str) -> bool:
    """Whether an indexed prefix matches few rows (counted on its index, up to FEW)."""
    if session.get_bind().dialect.name != "sqlite":
        return False  # only SQLite takes the hint (`_few`); nothing to count for
    some = select(column).where(_prefix(column, prefix)).limit(FEW).subquery()
    return int(session.scalar(select(func.count()).select_from(some)) or 0) < FEW


def _masked_nik(head: str, stars: str, tail: str) -> Any:
    """The visible digits of a masked NIK, each at its place."""
    conditions = []
    if head:
        conditions.append(_prefix(Member.nik, head))
    if tail:
        conditions.append(_suffix(Member.nik, tail))
    if len(head) + len(stars) + len(tail) == nik.LENGTH:
        conditions.append(Member.nik.like(head + "_" * len(stars) + tail))
    return and_(*conditions)


def _search_condition(session: Session, term: str) -> Any:
    """What a search box means: `08…`/`+62…` a phone number, other digits the start of
    a NIK, up to four digits also its end (the serial shown in the list), a NIK as the
    list shows it (`357401******0001`) its visible digits, anything else part of a name
    (case-insensitive)."""
    number = _NUMBER_JUNK.sub("", term)
    masked = _MASKED.match(number)
    if masked and (masked.group(1) or masked.group(3)):
        head = masked.group(1)
        condition = _masked_nik(*masked.groups())
        return condition if head else _few(session, condition)
    if number.lstrip("+").isdigit():
        serial = [_suffix(Member.nik, number)] if len(number) <= SERIAL_DIGITS else []
        if number.startswith("+"):
            return _prefix(Member.phone, number)
        if number.startswith("0"):
            if len(number) > SERIAL_DIGITS:
                return _prefix(Member.phone, "+62" + number[1:])
            # 0812 is a phone's start, 0001 a serial: short, it may be either
            if len(number) == 1:
                return _few(session, serial[0])
            phone = _prefix(Member.phone, "+62" + number[1:])
            condition = or_(phone, *serial)
            if _prefix_is_few(session, Member.phone, "+62" + number[1:]):
                return _few(session, condition)
            return condition
        if number.startswith("62") and len(number) > 4:
            return or_(_prefix(Member.phone, "+" + number), _prefix(Member.nik, number))
        if not serial:
            return _prefix(Member.nik, number)
        condition = or_(_prefix(Member.nik, number), *serial)
        if _prefix_is_few(session, Member.nik, number):
            return _few(session, condition)
        return condition
    if session.get_bind().dialect.name == "sqlite":
        # SQLite's LIKE already ignores ASCII case; lower() would cost a call per row.
        return Member.name.contains(term, autoescape=True)
    return Member.name.icontains(term, autoescape=True)


def _filters(
    session: Session,
    search: str | None,
    event_id: uuid.UUID | None,
    group_id: uuid.UUID | None,
    sector: str | None,
    status: str | None,
) -> list[Any]:
    conditions = []
    if search and search.strip():
        conditions.append(_search_condition(session, search.strip()))
    if event_id:
        conditions.append(Member.event_id == event_id)
    if group_id:
        conditions.append(Member.group_id == group_id)
    if sector:
        conditions.append(Member.sector == sector)
    if status:
        conditions.append(Member.status == status)
    return conditions


def count_matching(
    session: Session,
    search: str | None = None,
    event_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    sector: str | None = None,
    status: str | None = None,
) -> int:
    """How many members `list_members` would list with the same search and filters."""
    stmt = select(func.count()).select_from(Member).where(
        *_filters(session, search, event_id, group_id, sector, status))
    return int(session.scalar(stmt) or 0)


def list_members(
    session: Session,
    search: str | None = None,
    event_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    limit: int | None = None,
    after: MemberRow | None = None,
    sector: str | None = None,
    status: str | None = None,
    order: str = "name",
    descending: bool = False,
) -> list[MemberRow]:
    """Members matching a search (name, NIK start or serial, a masked NIK, or phone) and
    filters, sorted by `order` (name, nik, sector, phone, status, birth_date,
    region_code), then by id.

    Pages continue `after` the last row of the previous page (keyset paging), so the
    10,000th page costs what the first does; OFFSET would re-read every earlier row.
    """
    stmt = select(
        Member.id, Member.nik, Member.name, Member.event_id, Member.group_id,
        Member.status, Member.phone, Member.sector, Member.revision, Member.sync_batch,
        Member.sync_revision, Member.acked_revision, Member.birth_date, Member.region_code,
    ).where(*_filters(session, search, event_id, group_id, sector, status))
    column = SORTABLE.get(order, Member.name)
    if after is not None:
        last = (getattr(after, SORT_FIELDS.get(order, "name")), after.id)
        key = tuple_(column, Member.id)
        stmt = stmt.where(key < tuple_(*last) if descending else key > tuple_(*last))
    if descending:
        stmt = stmt.order_by(column.desc(), Member.id.desc())
    else:
        stmt = stmt.order_by(column, Member.id)
    if limit:
        stmt = stmt.limit(limit)
    return [MemberRow(*r) for r in session.execute(stmt)]


SORTABLE = {
    "name": Member.name, "nik": Member.nik, "sector": Member.sector, "phone": Member.phone,
    "status": Member.status, "birth_date": Member.birth_date, "region_code": Member.region_code,
}
SORT_FIELDS = {key: key for key in SORTABLE}


def count_members(session: Session, event_id: uuid.UUID | None = None) -> int:
    stmt = select(func.count()).select_from(Member).where(Member.status == "active")
    if event_id:
        stmt = stmt.where(Member.event_id == event_id)
    return int(session.scalar(stmt) or 0)
