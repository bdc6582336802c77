"""Integer rupiah: rounding, figures and words (terbilang)."""

from __future__ import annotations

from num2words import num2words

from app.domain.errors import DomainError
from app.domain.messages import t


def round_half_up(numerator: int, denominator: int) -> int:
    """Whole rupiah of numerator/denominator, halves rounded up (both non-negative)."""
    return (2 * numerator + denominator) // (2 * denominator)


def rupiah(amount: int) -> str:
    """`Rp 16.800` (Indonesian thousands separator)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def terbilang(amount: int) -> str:
    """`enam belas ribu delapan ratus rupiah`."""
    if amount < 0:
        return "minus " + terbilang(-amount)
    words: str = num2words(amount, lang="id")
    return f"{words} rupiah"


def parse_rupiah(raw: str) -> int:
    """`1000000`, `1.000.000`, `Rp 1.000.000,00`, `1,000,000` → 1000000; whole rupiah only."""
    text = raw.strip().lower().replace("rp", "").replace(" ", "").replace("\u00a0", "")
    if not text:
        raise DomainError(t("jumlah kosong"))
    # A trailing decimal part of zeros ("1.000.000,00" or "1000000.00") is accepted.
    for sep in (",", "."):
        head, found, tail = text.rpartition(sep)
        if found and len(tail) in (1, 2) and head:
            if tail.strip("0"):
                raise DomainError(t("jumlah harus rupiah bulat, tanpa sen"))
            text = head
            break
    digits = text.replace(".", "").replace(",", "")
    if not digits.isdigit():
        raise DomainError(t("jumlah harus berupa angka rupiah, contoh 1.000.000"))
    return int(digits)
