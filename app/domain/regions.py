"""Kemendagri region codes: province `35`, regency/city `35.74`, district `35.74.01`,
village `35.74.01.1001`. The index is built from rows handed in by the caller."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError
from app.domain.messages import t


def parent_of(code: str) -> str | None:
    head, sep, _ = code.rpartition(".")
    return head if sep else None


def normalize_code(raw: str) -> str:
    """Accept `3574`, `35.74`, `357401`, `35.74.01`, `3574011001` and return the dotted form."""
    text = raw.strip()
    digits = text.replace(".", "").replace(" ", "")
    if not digits.isdigit() or len(digits) not in (2, 4, 6, 10):
        raise DomainError(t("kode wilayah harus 2, 4, 6 atau 10 angka (contoh 35.74.01)"))
    parts = [digits[0:2], digits[2:4], digits[4:6], digits[6:10]]
    return ".".join(p for p in parts if p)


@dataclass
class RegionIndex:
    """Names by code for provinces, regencies, districts (and villages when loaded)."""

    names: dict[str, str]
    _children: dict[str, list[str]] = field(default_factory=dict, repr=False)
    #: nik.check's reading of NIK digits 1–6 against these names, emptied when they change
    nik_places: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> RegionIndex:
        return cls(dict(rows))

    def add(self, rows: Iterable[tuple[str, str]]) -> None:
        self.names.update(rows)
        self._children.clear()
        self.nik_places.clear()

    def __contains__(self, code: object) -> bool:
        return code in self.names

    def name(self, code: str) -> str | None:
        return self.names.get(code)

    def children(self, code: str | None) -> list[str]:
        """Codes one level below `code` (provinces for None), sorted."""
        if not self._children:
            kids: dict[str, list[str]] = {}
            for c in self.names:
                kids.setdefault(parent_of(c) or "", []).append(c)
            for v in kids.values():
                v.sort()
            self._children = kids
        return self._children.get(code or "", [])

    def describe(self, code: str) -> str:
        """`Kademangan, Kota Probolinggo, Jawa Timur` for a district code."""
        parts: list[str] = []
        c: str | None = code
        while c:
            n = self.names.get(c)
            if n:
                parts.append(n)
            c = parent_of(c)
        return ", ".join(parts)
