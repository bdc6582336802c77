"""Amounts in words: Indonesian as a BPJS slip writes them (one thousand is `seribu`
wherever it stands), and English for the desk in English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import terbilang

UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
         "tujuh": 7, "delapan": 8, "sembilan": 9}
SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}


def number_of(words: str) -> int:
    """Read Indonesian number words back (the reader a cashier would be)."""
    total = group = last = 0
    for word in words.split():
        if word in UNITS:
            last = UNITS[word]
            group += last
        elif word == "sepuluh":
            group, last = group + 10, 0
        elif word == "sebelas":
            group, last = group + 11, 0
        elif word == "seratus":
            group, last = group + 100, 0
        elif word == "belas":
            group, last = group + 10, 0
        elif word == "puluh":
            group, last = group + 9 * last, 0
        elif word == "ratus":
            group, last = group + 99 * last, 0
        elif word == "seribu":
            assert group == 0, words
            total, last = total + 1000, 0
        elif word in SCALES:
            assert 0 < group < 1000, words
            total, group, last = total + group * SCALES[word], 0, 0
        else:
            raise AssertionError(f"unknown word {word!r} in {words!r}")
    return total + group


@pytest.mark.parametrize(("amount", "words"), [
    (1_000, "seribu rupiah"),
    (1_001_040, "satu juta seribu empat puluh rupiah"),
    (2_001_000, "dua juta seribu rupiah"),
    (1_000_001_000, "satu miliar seribu rupiah"),
    (11_000, "sebelas ribu rupiah"),
    (101_000, "seratus satu ribu rupiah"),
    (21_000, "dua puluh satu ribu rupiah"),
    (1_000_000, "satu juta rupiah"),
    (16_800, "enam belas ribu delapan ratus rupiah"),
    (907_200_000, "sembilan ratus tujuh juta dua ratus ribu rupiah"),
    (1_001_001_001, "satu miliar satu juta seribu satu rupiah"),
    (0, "nol rupiah"),
])
def test_indonesian_words_of_known_amounts(amount: int, words: str) -> None:
    assert terbilang(amount) == words


#: amounts made of groups of three digits, each often 0 or 1 (where words go wrong)
GROUPS = st.lists(st.one_of(st.just(0), st.just(1), st.integers(0, 999)), min_size=1,
                  max_size=5)


@given(GROUPS)
def test_indonesian_words_read_back_and_say_seribu_for_one_thousand(groups: list[int]) -> None:
    amount = sum(g * 1000**i for i, g in enumerate(groups))
    words = terbilang(amount)
    assert words.endswith(" rupiah")
    body = words.removesuffix(" rupiah")
    assert number_of(body) == amount
    thousands = amount // 1000 % 1000
    assert ("seribu" in body.split()) == (thousands == 1)
    if thousands == 1:
        assert "satu ribu" not in body


def test_english_words_for_the_desk_in_english() -> None:
    assert terbilang(16_800, "en") == "sixteen thousand, eight hundred rupiah"
    assert terbilang(1_001_040, "en") == "one million, one thousand and forty rupiah"
    assert terbilang(-5_000, "en") == "minus five thousand rupiah"
    assert terbilang(16_800) == "enam belas ribu delapan ratus rupiah"  # Indonesian default


_ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _below_thousand(n: int) -> list[str]:
    """An independent speller, written from the grammar: se- for one ten, one eleven,
    one hundred; belas for 11–19; puluh, ratus."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words += [_ONES[hundreds], "ratus"]
    tens, ones = divmod(rest, 10)
    if tens == 1:
        words.append({0: "sepuluh", 1: "sebelas"}.get(ones, f"{_ONES[ones]} belas"))
        return words
    if tens:
        words += [_ONES[tens], "puluh"]
    if ones:
        words.append(_ONES[ones])
    return words


def spelled(amount: int) -> str:
    if amount == 0:
        return "nol rupiah"
    words: list[str] = []
    for scale, name in ((10**9, "miliar"), (10**6, "juta"), (10**3, "ribu"), (1, "")):
        count = amount // scale % 1000
        if not count:
            continue
        if scale == 1000 and count == 1:
            words.append("seribu")  # only the thousands take se-; satu juta, satu miliar
            continue
        words += _below_thousand(count) + ([name] if name else [])
    return " ".join(words) + " rupiah"


@pytest.mark.parametrize(("amount", "words"), [
    (1_001_000, "satu juta seribu rupiah"),
    (11_000_000, "sebelas juta rupiah"),
    (1_100_100, "satu juta seratus ribu seratus rupiah"),
    (100_000_000_000, "seratus miliar rupiah"),
    (10_010_010, "sepuluh juta sepuluh ribu sepuluh rupiah"),
    (111_111_111_111, "seratus sebelas miliar seratus sebelas juta seratus sebelas ribu "
                      "seratus sebelas rupiah"),
    (1_000_000_000, "satu miliar rupiah"),
    (1, "satu rupiah"),
])
def test_the_se_forms_at_every_group(amount: int, words: str) -> None:
    assert terbilang(amount) == spelled(amount) == words


#: every "se-" form and its neighbours in every group of three digits
_EDGES = [0, 1, 2, 9, 10, 11, 12, 19, 20, 99, 100, 101, 110, 111, 199, 200, 999]


@given(st.lists(st.sampled_from(_EDGES) | st.integers(0, 999), min_size=4, max_size=4))
def test_words_agree_with_an_independent_speller_up_to_999_billion(groups: list[int]) -> None:
    amount = sum(g * 1000**i for i, g in enumerate(groups))
    assert terbilang(amount) == spelled(amount)
