"""Integer rupiah: rounding, figures and words (terbilang)."""

from __future__ import annotations

from app.domain.errors import DomainError
from app.domain.messages import t


def round_half_up(numerator: int, denominator: int) -> int:
    """Whole rupiah of numerator/denominator, halves rounded up (both non-negative)."""
    return (2 * numerator + denominator) // (2 * denominator)


def rupiah(amount: int) -> str:
    """`Rp 16.800` (Indonesian thousands separator)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def num2words(number: int, lang: str) -> str:
    """num2words' words for `number`, the package loaded the first time words are asked
    for (it loads every language it has: about 25 ms that every command and the desk's
    start paid for, while only slips, bills and the calculator say amounts in words)."""
    from num2words import num2words as words

    return str(words(number, lang=lang))


#: Indonesian names of the groups of three digits, largest first
_GROUPS_ID = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"))


def _words_id(amount: int) -> str:
    """Indonesian words of a whole number, group by group: one thousand is `seribu`
    wherever it stands (num2words says `satu ribu` after a million: 1.001.040 is `satu
    juta seribu empat puluh`), one million `satu juta`."""
    if amount >= 1000 * 10**12:
        return str(num2words(amount, lang="id"))
    parts = []
    rest = amount
    for size, name in _GROUPS_ID:
        count, rest = divmod(rest, size)
        if count == 1 and size == 1000:
            parts.append("seribu")
        elif count:
            parts.append(f"{num2words(count, lang='id')} {name}")
    if rest or not parts:
        parts.append(str(num2words(rest, lang="id")))
    return " ".join(parts)


def terbilang(amount: int, language: str = "id") -> str:
    """`enam belas ribu delapan ratus rupiah`; in English (`language="en"`, for the
    desk in English) `sixteen thousand, eight hundred rupiah`. Slips and reports for
    BPJS are always Indonesian."""
    if amount < 0:
        return "minus " + terbilang(-amount, language)
    if language == "en":
        return f"{num2words(amount, lang='en')} rupiah"
    return f"{_words_id(amount)} rupiah"


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
    if not (digits.isascii() and digits.isdigit()):  # "²" is a digit to str.isdigit
        raise DomainError(t("jumlah harus berupa angka rupiah, contoh 1.000.000"))
    return checked_amount(int(digits))


#: The largest amount a person types (a month's income, a payment): a trillion rupiah.
#: Past it a number is a typing slip, and past 2**63 no database column holds it.
MAX_AMOUNT = 10**12


def checked_amount(amount: int) -> int:
    if amount > MAX_AMOUNT:
        raise DomainError(t("jumlah terlalu besar (lebih dari {most}); periksa angkanya",
                            most=rupiah(MAX_AMOUNT)))
    return amount
