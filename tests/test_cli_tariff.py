"""`lindungi tariff quote --json` as the office and the desk rely on it: the income
table of PP 44/2015 Lampiran II (each row, the ceiling, incomes between printed rows)
and pay periods that straddle the end of the PP 50/2025 discount."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.helpers.fieldday import lindungi

# The table as published (income from, printed upper end, base), written here on its own
# so that an edit to resources/tariffs/bpu.json cannot change what the tests expect.
K = 1_000
Bracket = tuple[int, int | None, int]  # income from, printed upper end (none: open), base
TABLE: list[Bracket] = (
    [(0, 1_099 * K, 1_000 * K)]
    + [(low, low + 199 * K, low + 100 * K) for low in range(1_100 * K, 2_700 * K, 200 * K)]
    + [(low, low + 499 * K, low + 250 * K) for low in range(2_700 * K, 8_200 * K, 500 * K)]
    + [(low, low + 999 * K, low + 500 * K) for low in range(8_200 * K, 20_200 * K, 1_000 * K)]
    + [(20_200 * K, None, 20_700 * K)]
)


def quote(income: int, *args: str) -> dict[str, Any]:
    said = lindungi("tariff", "quote", "--income", str(income), "--payer", "apbd",
                    "--date", "2027-05-01", *args)
    assert said.code == 0, said.err
    data: dict[str, Any] = said.data
    return data


def test_the_table_has_the_published_shape() -> None:
    assert len(TABLE) == 33
    assert TABLE[1] == (1_100_000, 1_299_000, 1_200_000)  # BPJS: JKK Rp 12.000
    assert TABLE[-1][2] // 100 == 207_000  # the most JKK there is


@pytest.mark.parametrize(("row", "low", "high", "base"),
                         [(i + 1, *r) for i, r in enumerate(TABLE)])
def test_each_row_pays_one_percent_of_its_base(row: int, low: int, high: int | None,
                                               base: int) -> None:
    incomes = [max(low, 1_000_000), high if high is not None else 99_000_000]
    for income in incomes:
        data = quote(income, "--programs", "jkk+jkm+jht")
        assert data["bracket"] == {"from": low, "to": high, "base": base}, income
        assert data["monthly"] == {"jkk": base // 100, "jkm": 6_800, "jht": base // 50,
                                   "total": base // 100 + 6_800 + base // 50}


@pytest.mark.parametrize(("below", "above"), list(itertools.pairwise(TABLE)))
def test_an_income_between_the_printed_rows_belongs_to_the_lower(below: Bracket,
                                                                 above: Bracket) -> None:
    assert below[1] is not None  # only the last row is open-ended
    between = below[1] + 500  # e.g. Rp 1.099.500: past the printed end, before the next
    assert between < above[0]
    assert quote(between)["bracket"]["base"] == below[2]
    assert quote(above[0])["bracket"]["base"] == above[2]


def test_jkk_never_exceeds_the_top_row() -> None:
    for income in (20_200_000, 25_000_000, 250_000_000):
        data = quote(income)
        assert data["monthly"]["jkk"] == 207_000
        assert data["bracket"] == {"from": 20_200_000, "to": None, "base": 20_700_000}
    assert quote(1_234_567)["monthly"]["jkk"] == 12_000  # not Rp 12.346


def test_below_the_table_is_refused_naming_the_least() -> None:
    said = lindungi("tariff", "quote", "--income", "999999")
    assert said.code != 0
    assert "Rp 1.000.000" in said.err


def _schedule(data: dict[str, Any]) -> list[tuple[str, int]]:
    return [(m["month"], m["total"]) for m in data["schedule"]]


def test_six_months_from_december_2026_end_the_discount_after_one() -> None:
    said = lindungi("tariff", "quote", "--income", "1000000", "--sector", "umkm",
                    "--months", "6", "--date", "2026-12-05")
    assert said.code == 0, said.err
    assert _schedule(said.data) == [("2026-12", 8_400)] + [
        (f"2027-{m:02d}", 16_800) for m in range(1, 6)]
    assert said.data["total"] == 8_400 + 5 * 16_800


def test_three_transport_months_from_march_2027_end_the_discount_after_one() -> None:
    said = lindungi("tariff", "quote", "--income", "1500000", "--sector", "kurir",
                    "--months", "3", "--date", "2027-03-01")
    assert said.code == 0, said.err
    assert said.data["sector"] == "transportasi"
    # base Rp 1.600.000: JKK 16.000 + JKM 6.800 = 22.800, halved in March
    assert _schedule(said.data) == [("2027-03", 11_400), ("2027-04", 22_800),
                                    ("2027-05", 22_800)]


def test_the_human_answer_names_the_row_and_each_run_of_months(
        capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    assert main(["tariff", "quote", "--income", "1234567", "--months", "6",
                 "--date", "2026-12-05"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Tingkat penghasilan: Rp 1.100.000–Rp 1.299.000, dasar iuran Rp 1.200.000"
    assert out[1] == "Iuran Des 2026: Rp 9.400 (sembilan ribu empat ratus rupiah)"
    assert out[3] == ("Iuran Jan–Mei 2027: Rp 18.800/bulan (delapan belas ribu delapan ratus "
                      "rupiah)")
    assert "per bulan" not in " ".join(out)
