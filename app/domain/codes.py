"""Code lists of the domain, with the Indonesian labels a person reads.

Import files and the command line are tolerant: `parse_*` accepts the code, the
label, and common spellings, regardless of case and punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from app.domain.errors import DomainError
from app.domain.messages import Text, join, t

SECTORS: dict[str, str] = {
    "umkm": "UMKM",
    "petani": "Petani",
    "nelayan": "Nelayan",
    "transportasi": "Transportasi",
    "lainnya": "Lainnya",
}

PAYERS: dict[str, str] = {
    "mandiri": "Mandiri",
    "wadah": "Wadah/Kelompok",
    "apbd": "APBD",
    "apbdes": "APBDes",
    "apbn": "APBN",
    "csr": "CSR",
    "penanggung": "Penanggung",
}

#: payers paid from a public budget line, named by its sub-source (APBD's DBHCHT, the
#: tobacco-excise funds; an APBDes or APBN programme)
PAYERS_WITH_SUBSOURCE: tuple[str, ...] = ("apbd", "apbdes", "apbn")
SUBSOURCE_MAX = 60


def subsource_problem(payer: str, subsource: str) -> str:
    """Why a payer's sub-source cannot be kept ("" when it can, or when there is none)."""
    text = subsource.strip()
    if not text:
        return ""
    if payer not in PAYERS_WITH_SUBSOURCE:
        return t("sub-sumber iuran hanya untuk {payers}; kosongkan atau pilih salah satunya",
                 payers=", ".join(PAYERS[p] for p in PAYERS_WITH_SUBSOURCE))
    if len(text) > SUBSOURCE_MAX or any(c in text for c in "()"):
        return t("sub-sumber iuran paling banyak {n} huruf, tanpa tanda kurung",
                 n=SUBSOURCE_MAX)
    return ""


GROUP_KINDS: dict[str, str] = {
    "paguyuban": "Paguyuban",
    "koperasi": "Koperasi",
    "wadah": "Wadah",
}

GENDERS: dict[str, str] = {"L": "Laki-laki", "P": "Perempuan"}

PROGRAMS: dict[str, str] = {
    "jkk": "Jaminan Kecelakaan Kerja (JKK)",
    "jkm": "Jaminan Kematian (JKM)",
    "jht": "Jaminan Hari Tua (JHT)",
}
MANDATORY_PROGRAMS = ("jkk", "jkm")

MEMBER_STATUSES = {
    "active": "Aktif", "voided": "Dibatalkan", "erased": "Dihapus",
    "conflict": "Konflik NIK", "nik_review": "NIK perlu dibetulkan",
}

_ALIASES = {
    "sector": {
        "usaha": "umkm", "ukm": "umkm", "pedagang": "umkm", "tani": "petani",
        "pekebun": "petani", "peternak": "petani", "nelayan": "nelayan",
        "transport": "transportasi", "ojek": "transportasi", "ojol": "transportasi",
        "sopir": "transportasi", "ojekonline": "transportasi", "pengemudi": "transportasi",
        # couriers are transport workers under PP 50/2025, as ojek, ojol and sopir are
        "kurir": "transportasi", "kurirpaket": "transportasi",
        "kurirlogistik": "transportasi", "kurirpaketlogistik": "transportasi",
        "lain": "lainnya", "lainlain": "lainnya",
    },
    "payer": {
        "sendiri": "mandiri", "pribadi": "mandiri", "kelompok": "wadah",
        "wadahkelompok": "wadah", "paguyuban": "wadah", "koperasi": "wadah",
        "pemda": "apbd", "dbhcht": "apbd", "desa": "apbdes", "danadesa": "apbdes",
        "pusat": "apbn", "perusahaan": "csr",
    },
    "gender": {
        "l": "L", "lk": "L", "laki": "L", "lakilaki": "L", "pria": "L", "m": "L",
        "p": "P", "pr": "P", "perempuan": "P", "wanita": "P", "f": "P", "w": "P",
    },
    "kind": {"kop": "koperasi", "kelompok": "wadah", "komunitas": "paguyuban"},
}

_SQUASH = re.compile(r"[^a-z0-9]+")


def squash(text: str) -> str:
    """Lower case, no spaces or punctuation: `Wadah / Kelompok` → `wadahkelompok`."""
    return _SQUASH.sub("", text.lower())


_LOOKUPS: dict[int, dict[str, str]] = {}


def _parse(raw: str, table: dict[str, str], aliases: dict[str, str], what: str) -> str:
    lookup = _LOOKUPS.get(id(table))
    if lookup is None:
        lookup = dict(aliases)
        for code, label in table.items():
            lookup[squash(code)] = code
            lookup[squash(label)] = code
        _LOOKUPS[id(table)] = lookup
    found = lookup.get(squash(raw))
    if found is not None:
        return found
    allowed = join([Text(label) for label in table.values()], ", ")
    raise DomainError(t("{what} tidak dikenal; pilih salah satu: {allowed}",
                        what=what,
                        allowed=allowed))


@lru_cache(maxsize=256)
def parse_sector(raw: str) -> str:
    return _parse(raw, SECTORS, _ALIASES["sector"], t("sektor"))


@lru_cache(maxsize=256)
def parse_payer(raw: str) -> str:
    return _parse(raw, PAYERS, _ALIASES["payer"], t("sumber iuran"))


@lru_cache(maxsize=256)
def parse_group_kind(raw: str) -> str:
    return _parse(raw, GROUP_KINDS, _ALIASES["kind"], t("jenis kelompok"))


@lru_cache(maxsize=256)
def parse_gender(raw: str) -> str:
    key = squash(raw)
    if key in _ALIASES["gender"]:
        return _ALIASES["gender"][key]
    raise DomainError(t("jenis kelamin harus L (laki-laki) atau P (perempuan)"))


@lru_cache(maxsize=256)
def parse_programs(raw: str) -> tuple[str, ...]:
    """`JKK+JKM+JHT`, `jkk, jkm`, `JKK JKM` → ordered codes; JKK and JKM are mandatory."""
    parts = [p for p in re.split(r"[^a-zA-Z]+", raw.lower()) if p]
    unknown = [p for p in parts if p not in PROGRAMS]
    if unknown:
        raise DomainError(t("program hanya boleh JKK, JKM dan JHT (contoh JKK+JKM+JHT)"))
    chosen = set(parts) | set(MANDATORY_PROGRAMS)
    return tuple(p for p in PROGRAMS if p in chosen)


def programs_text(programs: str | Sequence[str]) -> str:
    """`JKK + JKM + JHT` for slips and bills, from the stored `jkk+jkm+jht` or the codes."""
    codes = programs.split("+") if isinstance(programs, str) else programs
    return " + ".join(code.upper() for code in codes)


def one_line(value: str) -> bool:
    """No control character or line break: what a heading or a row of a list can show.
    A non-breaking or zero-width space pasted from a chat is allowed (str.isprintable
    refuses them, and the desk lets them in)."""
    return not any(c in "\u2028\u2029" or unicodedata.category(c) == "Cc" for c in value)
