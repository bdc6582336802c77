"""The payment terms of a member's values: sector, income, programs, payer, period, group
and consent, then the tariff over them, decided once per distinct set of cells."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, NamedTuple

from app.domain import codes
from app.domain.errors import DomainError
from app.domain.messages import Text, join, t
from app.domain.money import checked_amount, parse_rupiah
from app.services.member_rules import (
    MemberRules,
    Problem,
    Problems,
    cell_text,
    remember,
    tidy,
)

DEFAULT_INCOME = 1_000_000
_YES = {"ya", "y", "yes", "setuju", "1", "true", "benar"}
_NO = {"tidak", "t", "no", "n", "0", "false", "tidaksetuju", ""}

#: the columns whose values decide the payment terms, checked together (_terms)
TERMS = ("sektor", "penghasilan", "program", "sumber_iuran", "periode_bayar", "kelompok",
         "persetujuan")


class Terms(NamedTuple):
    """What the payment columns decided (TERMS): the last fields of a CleanMember."""

    sector: str
    declared_income: int
    programs: str
    payer: str
    payer_subsource: str
    pay_period: int
    group_id: uuid.UUID | None
    consent: bool


def remembered_terms(raw_terms: tuple[Any, ...], rules: MemberRules,
                     group_id: uuid.UUID | None) -> tuple[Terms, tuple[Problem, ...]]:
    """_terms of the cells of TERMS, in that order, decided once per distinct set of a
    CSV's cells."""
    if not _all_text(raw_terms):  # a workbook's typed cells (1, 1.0 and True: one dict key)
        return _terms(dict(zip(TERMS, raw_terms, strict=True)), rules, group_id)
    key = ("terms", group_id, raw_terms)
    decided: tuple[Terms, tuple[Problem, ...]] | None = rules.memo.get(key)
    if decided is None:
        decided = _terms(dict(zip(TERMS, raw_terms, strict=True)), rules, group_id)
        remember(rules, key, decided)
    return decided


def _all_text(cells: tuple[Any, ...]) -> bool:
    """Whether every cell is text or missing (then a dict key tells them apart)."""
    try:
        "".join(cells)
        return True
    except TypeError:
        return all(v is None or isinstance(v, str) for v in cells)


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
    raw = cell_text(values.get("sektor"))
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
        whole = not isinstance(raw, bool) and (isinstance(raw, int) or raw.is_integer())
        if not whole or raw < 0:
            raise DomainError(t("penghasilan harus rupiah bulat"))
        return checked_amount(int(raw))
    except ValueError as exc:
        problems.append(Problem("penghasilan", str(exc)))
        return DEFAULT_INCOME


def _programs(values: Mapping[str, Any], problems: Problems) -> tuple[str, ...]:
    raw = cell_text(values.get("program"))
    if not raw:
        return codes.MANDATORY_PROGRAMS
    try:
        return codes.parse_programs(raw)
    except ValueError as exc:
        problems.append(Problem("program", str(exc)))
        return codes.MANDATORY_PROGRAMS


def _payer(values: Mapping[str, Any], problems: Problems) -> tuple[str, str]:
    """(payer, sub-source): `APBD (DBHCHT)` is the payer and its sub-source in brackets."""
    raw = cell_text(values.get("sumber_iuran"))
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
    raw = cell_text(values.get("periode_bayar"))
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
        raw = tidy(values.get("kelompok"))
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
    consent = codes.squash(cell_text(values.get("persetujuan")))
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
