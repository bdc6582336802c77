"""Members: the one place that turns typed or imported values into a clean record.

The registration form and the bulk importer call the same `clean_member`, so a rule
changes in one place. Reasons are Indonesian and never repeat the personal value.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

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


def clean_member(
    values: Mapping[str, Any],
    rules: MemberRules,
    group_id: uuid.UUID | None = None,
) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Check one person's values; return the column values to store, or the problems."""
    problems: list[Problem] = []
    out: dict[str, Any] = {}

    def bad(column: str, reason: str) -> None:
        problems.append(Problem(column, reason))

    def text(column: str, limit: int = 200) -> str:
        raw = values.get(column)
        if type(raw) is str and raw.isprintable() and "  " not in raw:
            plain = raw.strip()  # what _text makes of it, without its other cases
            if len(plain) <= limit:
                return plain
        try:
            return _text(values, column, limit)
        except ValueError as exc:
            bad(column, str(exc))
            return ""

    typed_birth: dt.date | None = None
    raw_birth = values.get("tanggal_lahir")
    if raw_birth not in (None, ""):
        try:
            typed_birth = parse_date(raw_birth)
        except ValueError as exc:
            bad("tanggal_lahir", str(exc))
    typed_gender: str | None = None
    raw_gender = _cell_text(values.get("jenis_kelamin"))
    if raw_gender:
        try:
            typed_gender = codes.parse_gender(raw_gender)
        except ValueError as exc:
            bad("jenis_kelamin", str(exc))

    checked = nik.check(
        _cell_text(values.get("nik")), rules.regions, rules.on, typed_birth, typed_gender
    )
    if not checked.valid:
        for message in checked.errors:
            if "tanggal lahir yang diisi" in message.lower():
                bad("tanggal_lahir", message)
            elif "jenis kelamin yang diisi" in message.lower():
                bad("jenis_kelamin", message)
            else:
                bad("nik", message)
    out["nik"] = checked.nik
    out["birth_date"] = checked.birth_date
    out["gender"] = checked.gender

    name = text("nama")
    if not name and not any(p.field == "nama" for p in problems):
        bad("nama", t("nama wajib diisi sesuai KTP"))
    out["name"] = name
    out["birth_place"] = text("tempat_lahir", 100)
    out["address"] = text("alamat", 500)
    out["occupation"] = text("pekerjaan", 100)
    out["business_name"] = text("nama_usaha")

    raw_region = _cell_text(values.get("kode_wilayah"))
    if raw_region:
        key = ("kode_wilayah", raw_region, checked.regency_code)
        decided = rules.memo.get(key)
        if decided is None:
            decided = _region(raw_region, checked.regency_code, rules)
            _remember(rules, key, decided)
        region, reason = decided
        if reason is not None:
            bad("kode_wilayah", reason)
        if region is not None:
            out["region_code"] = region
    else:
        out["region_code"] = checked.district_code or checked.regency_code or ""
        if checked.valid and not out["region_code"]:
            bad("kode_wilayah", t("isi kode wilayah tempat tinggal (kecamatan atau desa)"))

    phone = _cell_text(values.get("no_hp"))
    out["phone"] = ""
    if phone:
        try:
            out["phone"] = normalize_phone(phone)
        except ValueError as exc:
            bad("no_hp", str(exc))
    email = text("email")
    if email and not _EMAIL.match(email):
        bad("email", t("alamat surel tidak sah (contoh nama@contoh.id)"))
    out["email"] = email

    raw_terms = tuple(map(values.get, _TERMS))
    if _all_text(raw_terms):  # a CSV's cells: remembered
        terms_key = ("terms", group_id, raw_terms)
        terms = rules.memo.get(terms_key)
        if terms is None:
            terms = _terms(values, rules, group_id)
            _remember(rules, terms_key, terms)
    else:  # a workbook's typed cells (1 and 1.0 and True are one key to a dict)
        terms = _terms(values, rules, group_id)
    out.update(terms[0])
    problems.extend(terms[1])

    if problems:
        return None, problems
    return out, []


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
) -> tuple[dict[str, Any], tuple[Problem, ...]]:
    """Sector, income, programs, payer, period, group and consent: the column values and
    the problems, in the order clean_member reports them. Depends on these columns (and
    the rules and the chosen group) only."""
    problems: list[Problem] = []
    out: dict[str, Any] = {}

    def bad(column: str, reason: str) -> None:
        problems.append(Problem(column, reason))

    sector_raw = _cell_text(values.get("sektor"))
    out["sector"] = ""
    if not sector_raw:
        sectors = join([Text(v) for v in codes.SECTORS.values()], ", ")
        bad("sektor", t("sektor wajib diisi: {value}", value=sectors))
    else:
        try:
            out["sector"] = codes.parse_sector(sector_raw)
        except ValueError as exc:
            bad("sektor", str(exc))

    income_raw = values.get("penghasilan")
    income = DEFAULT_INCOME
    if income_raw not in (None, ""):
        try:
            if isinstance(income_raw, int | float):
                if not float(income_raw).is_integer() or income_raw < 0:
                    raise DomainError(t("penghasilan harus rupiah bulat"))
                income = int(income_raw)
            else:
                income = parse_rupiah(str(income_raw))
        except ValueError as exc:
            bad("penghasilan", str(exc))
    out["declared_income"] = income

    programs: tuple[str, ...] = codes.MANDATORY_PROGRAMS
    program_raw = _cell_text(values.get("program"))
    if program_raw:
        try:
            programs = codes.parse_programs(program_raw)
        except ValueError as exc:
            bad("program", str(exc))
    out["programs"] = "+".join(programs)

    payer_raw = _cell_text(values.get("sumber_iuran"))
    payer, subsource = "mandiri", ""
    if payer_raw:
        head, _, rest = payer_raw.partition("(")
        subsource = rest.rstrip(") ").strip()
        try:
            payer = codes.parse_payer(head)
        except ValueError as exc:
            bad("sumber_iuran", str(exc))
        if codes.squash(head) == "dbhcht":
            subsource = subsource or "DBHCHT"
    out["payer"] = payer
    problem = codes.subsource_problem(payer, subsource)
    if problem and not any(p.field == "sumber_iuran" for p in problems):
        bad("sumber_iuran", problem)
    out["payer_subsource"] = subsource

    period_raw = _cell_text(values.get("periode_bayar"))
    period = 1
    if period_raw:
        try:
            period = int(period_raw.lower().replace("bulan", "").strip())
        except ValueError:
            bad("periode_bayar", t("periode bayar harus 1, 3, 6 atau 12 (bulan)"))
    out["pay_period"] = period

    out["group_id"] = group_id
    try:
        group_raw = _text(values, "kelompok")
    except ValueError as exc:
        bad("kelompok", str(exc))
        group_raw = ""
    if group_raw:
        found = rules.groups_by_name.get(codes.squash(group_raw))
        if found is None:
            bad("kelompok", t("kelompok belum terdaftar; buat dulu di menu Kelompok"))
        elif group_id is not None and found != group_id:
            bad("kelompok", t("kelompok di baris ini berbeda dari kelompok yang dipilih"))
        else:
            out["group_id"] = found
    if payer == "wadah" and out["group_id"] is None:
        bad("sumber_iuran", t("iuran lewat Wadah/Kelompok perlu kolom kelompok diisi"))

    consent = codes.squash(_cell_text(values.get("persetujuan")))
    if consent in _YES:
        out["consent"] = True
    elif consent in _NO:
        bad("persetujuan", t("peserta belum menyetujui pemrosesan data; data tidak boleh disimpan"))
    else:
        bad("persetujuan", t("isi ya atau tidak"))

    if out["sector"] and not any(
        p.field in ("penghasilan", "program", "sumber_iuran", "periode_bayar") for p in problems
    ):
        try:
            rules.tariffs.validate(income, programs, payer, out["sector"], period, rules.on)
        except DomainError as exc:
            bad(exc.field or "penghasilan", exc.message)

    return out, tuple(problems)


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
    clean: dict[str, Any],
    actor: Actor,
    event_id: uuid.UUID,
    consent_version: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """Column values for inserting a cleaned member (used by the form and the importer)."""
    return new_member_rows([clean], actor, event_id, consent_version, now)[0]


def new_member_rows(
    cleans: list[dict[str, Any]],
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
    for clean in cleans:
        row = {**clean, **shared}
        row.pop("consent", None)
        row["id"] = uuid.uuid4()
        rows.append(row)
    return rows


def active_member_id(session: Session, nik_value: str) -> uuid.UUID | None:
    return session.scalar(
        select(Member.id).where(Member.nik == nik_value, Member.status == "active")
    )


def register(
    session: Session,
    actor: Actor,
    clean: dict[str, Any],
    event_id: uuid.UUID,
    consent_version: str,
) -> uuid.UUID:
    """Save one cleaned registration; refuses a NIK that is already active."""
    existing = active_member_id(session, clean["nik"])
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
