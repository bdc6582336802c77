"""What a member's programs pay, as printed on every slip: in figures and in words.

The amounts and the sentences are data (resources/slips/manfaat.json, PP 82/2019); the
one amount that depends on the member, the JKK death benefit, is the multiplier times
the base of the member's row in the income table (the income BPJS registers them on).
Slips for BPJS are Indonesian whatever the desk's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.money import rupiah, terbilang

#: the amounts shown as "Rp … (… rupiah)"; the others are counts
_MONEY = ("jkm_total", "jkm_lump_sum", "jkm_periodic", "jkm_funeral", "scholarship_max",
          "jkk_death")


def figures_and_words(amount: int) -> str:
    """`Rp 42.000.000 (empat puluh dua juta rupiah)`."""
    return f"{rupiah(amount)} ({terbilang(amount)})"


@dataclass(frozen=True)
class Benefit:
    program: str
    title: str
    text: str


def jkk_death(amounts: Mapping[str, int], base: int) -> int:
    return int(amounts["jkk_death_multiplier"]) * base


def benefit_lines(data: Mapping[str, Any], programs: Sequence[str], base: int,
                  words: bool = True) -> list[Benefit]:
    """The benefits of `programs` for a member registered on `base` a month, each
    amount in figures and (with `words`) in words."""
    amounts = {k: int(v) for k, v in data["amounts"].items()}
    values: dict[str, Any] = dict(amounts, base=base, jkk_death=jkk_death(amounts, base))
    shown = {k: (figures_and_words(v) if words else rupiah(v)) if k in _MONEY else str(v)
             for k, v in values.items()}
    shown["base"] = rupiah(base)
    return [Benefit(item["program"], item["title"], item["text"].format(**shown))
            for item in data["items"] if item["program"] in programs]
