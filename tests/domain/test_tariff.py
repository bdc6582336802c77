import datetime as dt
import json

import pytest

from app import resources
from app.domain.errors import DomainError
from app.domain.tariff import TariffBook

BOOK = resources.default_tariffs()
BASE = ("jkk", "jkm")
WITH_JHT = ("jkk", "jkm", "jht")


def test_apbd_paid_minimum_income_is_16800_a_month() -> None:
    q = BOOK.quote(1_000_000, BASE, "apbd", "umkm", 12, dt.date(2026, 11, 21))
    assert q.first.as_dict() == {"jkk": 10_000, "jkm": 6_800, "jht": 0, "total": 16_800}
    assert q.total == 201_600
    assert not q.discount_applied


def test_kota_probolinggo_2024_figure() -> None:
    q = BOOK.quote(1_000_000, BASE, "apbd", "umkm", 12, dt.date(2024, 1, 1))
    assert 4_500 * q.total == 907_200_000


def test_with_jht_is_36800_a_month() -> None:
    q = BOOK.quote(1_000_000, WITH_JHT, "apbd", "umkm", 1, dt.date(2026, 11, 21))
    assert q.first.total == 36_800
    assert q.first.jht == 20_000


def test_self_paying_umkm_discount_in_november_2026_not_in_january_2027() -> None:
    nov = BOOK.quote(1_000_000, BASE, "mandiri", "umkm", 1, dt.date(2026, 11, 21))
    jan = BOOK.quote(1_000_000, BASE, "mandiri", "umkm", 1, dt.date(2027, 1, 5))
    assert nov.first.total == 8_400 and nov.discount_applied
    assert jan.first.total == 16_800 and not jan.discount_applied


def test_discount_never_touches_jht() -> None:
    q = BOOK.quote(1_000_000, WITH_JHT, "mandiri", "umkm", 1, dt.date(2026, 11, 1))
    assert (q.first.jkk, q.first.jkm, q.first.jht) == (5_000, 3_400, 20_000)


def test_transport_window_runs_to_march_2027() -> None:
    mar = BOOK.quote(1_000_000, BASE, "mandiri", "transportasi", 1, dt.date(2027, 3, 31))
    apr = BOOK.quote(1_000_000, BASE, "mandiri", "transportasi", 1, dt.date(2027, 4, 1))
    assert mar.first.total == 8_400
    assert apr.first.total == 16_800
    # and other sectors only from April 2026
    march = BOOK.quote(1_000_000, BASE, "mandiri", "umkm", 1, dt.date(2026, 3, 1))
    assert march.first.total == 16_800
    assert BOOK.quote(1_000_000, BASE, "mandiri", "transportasi", 1,
                      dt.date(2026, 1, 1)).first.total == 8_400


@pytest.mark.parametrize("payer", ["apbd", "apbn", "apbdes"])
def test_state_budget_payers_get_no_discount(payer: str) -> None:
    assert BOOK.quote(1_000_000, BASE, payer, "umkm", 1, dt.date(2026, 11, 1)).first.total == 16_800


def test_a_twelve_month_period_follows_each_months_rules() -> None:
    q = BOOK.quote(1_000_000, BASE, "mandiri", "umkm", 12, dt.date(2026, 11, 21))
    assert [m.total for m in q.months] == [8_400, 8_400] + [16_800] * 10
    assert q.total == 184_800
    assert q.as_dict()["schedule"][2]["month"] == "2027-01"


def _without_table() -> TariffBook:
    """The rules as an office package may give them: no income table, so JKK and JHT
    are a percentage of the declared income itself."""
    data = json.loads(resources.resource("tariffs", "bpu.json").read_text(encoding="utf-8"))
    for rate in data["rates"]:
        del rate["income_brackets"]
    return TariffBook.from_dict(data)


def test_percentages_round_half_up_to_whole_rupiah() -> None:
    # 1% of 1,000,050 = 10,000.5 -> 10,001; half of that = 5,000.5 -> 5,001
    book = _without_table()
    apbd = book.quote(1_000_050, BASE, "apbd", "umkm", 1, dt.date(2026, 11, 1))
    assert apbd.first.jkk == 10_001 and apbd.bracket is None
    self_paid = book.quote(1_000_050, BASE, "mandiri", "umkm", 1, dt.date(2026, 11, 1))
    assert self_paid.first.jkk == 5_001


def test_the_table_pays_on_the_row_s_base_not_the_income() -> None:
    q = BOOK.quote(1_000_050, BASE, "apbd", "umkm", 1, dt.date(2026, 11, 1))
    assert q.first.jkk == 10_000
    assert q.bracket is not None and q.bracket.as_dict() == {
        "from": 0, "to": 1_099_000, "base": 1_000_000}


def test_a_table_whose_rows_overlap_or_leave_the_top_open_midway_is_refused() -> None:
    data = json.loads(resources.resource("tariffs", "bpu.json").read_text(encoding="utf-8"))
    rows = data["rates"][0]["income_brackets"]
    rows[3]["to"] = rows[4]["from"]  # reaches into the next row
    with pytest.raises(DomainError, match="1500000"):
        TariffBook.from_dict(data)
    rows[3]["to"] = None  # "and above" before the last row
    with pytest.raises(DomainError, match="1500000"):
        TariffBook.from_dict(data)


def test_a_bounded_top_row_refuses_more_naming_the_most() -> None:
    data = json.loads(resources.resource("tariffs", "bpu.json").read_text(encoding="utf-8"))
    data["rates"][0]["income_brackets"][-1]["to"] = 21_199_000
    book = TariffBook.from_dict(data)
    assert book.quote(21_199_000, BASE, "apbd", "umkm", 1, dt.date(2027, 5, 1)).first.jkk \
        == 207_000
    with pytest.raises(DomainError) as err:
        book.quote(21_199_001, BASE, "apbd", "umkm", 1, dt.date(2027, 5, 1))
    assert err.value.field == "penghasilan"
    assert "Rp 21.199.000" in err.value.message


def test_income_below_minimum_is_refused_with_a_reason() -> None:
    with pytest.raises(DomainError) as err:
        BOOK.quote(999_999, BASE, "mandiri", "umkm", 1, dt.date(2026, 11, 1))
    assert err.value.field == "penghasilan"
    assert "Rp 1.000.000" in err.value.message


def test_pay_period_must_be_1_3_6_or_12() -> None:
    with pytest.raises(DomainError, match="1, 3, 6, 12"):
        BOOK.quote(1_000_000, BASE, "mandiri", "umkm", 2, dt.date(2026, 11, 1))


def test_jkk_and_jkm_are_mandatory() -> None:
    with pytest.raises(DomainError, match="wajib"):
        BOOK.quote(1_000_000, ("jht",), "mandiri", "umkm", 1, dt.date(2026, 11, 1))


def test_official_income_steps_when_an_office_loads_them() -> None:
    data = {
        "version": "steps",
        "rates": [{
            "effective_from": "2015-07-01", "jkk_basis_points": 100, "jkm_flat": 6800,
            "jht_basis_points": 200, "min_income": 1_000_000,
            "income_steps": [1_000_000, 1_500_000, 20_700_000], "pay_periods": [1, 3, 6, 12],
        }],
    }
    book = TariffBook.from_dict(data)
    assert book.quote(20_700_000, BASE, "apbd", "umkm", 1, dt.date(2026, 1, 1)).first.jkk == 207_000
    with pytest.raises(DomainError, match=r"Rp 1\.500\.000"):
        book.quote(1_400_000, BASE, "apbd", "umkm", 1, dt.date(2026, 1, 1))


def test_broken_rules_are_refused() -> None:
    with pytest.raises(DomainError, match="rusak"):
        TariffBook.from_dict({"version": "x", "rates": [{"effective_from": "2020-01-01"}]})
