import datetime as dt

import pytest

from app.domain import codes
from app.domain.dates import parse_date
from app.domain.money import parse_rupiah, rupiah, terbilang
from app.domain.phone import display, normalize
from app.domain.regions import normalize_code


def test_terbilang_and_figures() -> None:
    assert terbilang(16_800) == "enam belas ribu delapan ratus rupiah"
    assert terbilang(907_200_000) == "sembilan ratus tujuh juta dua ratus ribu rupiah"
    assert rupiah(16_800) == "Rp 16.800"
    assert rupiah(42_000_000) == "Rp 42.000.000"


@pytest.mark.parametrize(
    ("text", "value"),
    [("1000000", 1_000_000), ("1.000.000", 1_000_000), ("Rp 1.500.000,00", 1_500_000),
     ("1,000,000", 1_000_000), ("Rp1.000.000", 1_000_000)],
)
def test_parse_rupiah(text: str, value: int) -> None:
    assert parse_rupiah(text) == value


@pytest.mark.parametrize("text", ["1,5", "satu juta", "", "1.000.000,50"])
def test_parse_rupiah_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_rupiah(text)


@pytest.mark.parametrize(
    "raw", ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456.7890"]
)
def test_phone_numbers_are_stored_as_e164(raw: str) -> None:
    assert normalize(raw) == "+6281234567890"


def test_landline_goes_through_the_full_parser() -> None:
    assert normalize("(0335) 421234") == "+62335421234"
    assert display("+6281234567890") == "+62 812-3456-7890"


@pytest.mark.parametrize("raw", ["12345", "0812", "081234567890123456", "halo"])
def test_bad_phone_numbers_are_refused_without_echoing_them(raw: str) -> None:
    with pytest.raises(ValueError) as err:
        normalize(raw)
    assert raw not in str(err.value)


@pytest.mark.parametrize(
    ("raw", "day"),
    [("2001-08-17", dt.date(2001, 8, 17)), ("17-08-2001", dt.date(2001, 8, 17)),
     ("17/08/2001", dt.date(2001, 8, 17)), (dt.datetime(2001, 8, 17, 0, 0), dt.date(2001, 8, 17)),
     ("2001-08-17 00:00:00", dt.date(2001, 8, 17))],
)
def test_dates(raw: object, day: dt.date) -> None:
    assert parse_date(raw) == day


@pytest.mark.parametrize("raw", ["31-02-2001", "17 Agustus 2001", "2001/13/01"])
def test_bad_dates(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_date(raw)


def test_code_lists_accept_labels_and_aliases() -> None:
    assert codes.parse_payer("Wadah/Kelompok") == "wadah"
    assert codes.parse_payer("APBD") == "apbd"
    assert codes.parse_sector("transport") == "transportasi"
    assert codes.parse_gender("Perempuan") == "P"
    assert codes.parse_programs("JKK+JKM+JHT") == ("jkk", "jkm", "jht")
    assert codes.parse_programs("jht") == ("jkk", "jkm", "jht")  # mandatory ones added
    with pytest.raises(ValueError, match="UMKM, Petani"):
        codes.parse_sector("dokter")


@pytest.mark.parametrize("typed", ["kurir", "Kurir", "kurir paket", "Kurir Paket/Logistik",
                                   "kurir logistik", "ojol", "Ojek Online", "sopir"])
def test_couriers_are_transport_workers(typed: str) -> None:
    """PP 50/2025 counts couriers (kurir paket/logistik) with ojek, ojol and sopir."""
    assert codes.parse_sector(typed) == "transportasi"


def test_region_codes_in_any_spelling() -> None:
    assert normalize_code("3574") == "35.74"
    assert normalize_code("35.74.01") == "35.74.01"
    assert normalize_code("3574011001") == "35.74.01.1001"
    with pytest.raises(ValueError):
        normalize_code("357")


def test_programs_as_text_from_the_stored_value_or_the_codes() -> None:
    assert codes.programs_text("jkk+jkm+jht") == "JKK + JKM + JHT"
    assert codes.programs_text(("jkk", "jkm")) == "JKK + JKM"
