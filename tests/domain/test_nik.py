import datetime as dt

import pytest

from app import resources
from app.domain import nik

ON = dt.date(2026, 11, 21)
REGIONS = resources.regions()


def check(number: str, **kw: object) -> nik.NikResult:
    return nik.check(number, REGIONS, kw.pop("on", ON), **kw)  # type: ignore[arg-type]


def test_valid_man_born_1950_in_kota_probolinggo() -> None:
    r = check("3574011708500001")
    assert r.valid and r.errors == []
    assert r.birth_date == dt.date(1950, 8, 17)
    assert r.gender == "L"
    assert (r.province_code, r.regency_code, r.district_code) == ("35", "35.74", "35.74.01")
    assert REGIONS.name("35.74.01") == "Kademangan"


def test_woman_born_2005_day_plus_forty_is_explained() -> None:
    r = check("3526055703050002")
    assert r.valid
    assert r.birth_date == dt.date(2005, 3, 17)
    assert r.gender == "P"
    assert any("57" in n and "+ 40" in n and "perempuan" in n for n in r.notes)


def test_century_is_chosen_so_the_age_is_between_0_and_100() -> None:
    # '26' on 2026-11-21: 2026-12-01 lies in the future, so 1926.
    assert check("3574010112260001").birth_date == dt.date(1926, 12, 1)
    assert check("3574010111260001").birth_date == dt.date(2026, 11, 1)
    assert check("3574010101010001").birth_date == dt.date(2001, 1, 1)


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("357401170850001", "16 digit; yang diketik 15"),
        ("35740117085000012", "16 digit; yang diketik 17"),
        ("35740117O8500001", "hanya boleh berisi angka"),
        ("", "NIK kosong"),
        ("3574013202500001", "hari 32 tidak mungkin"),
        ("3574011713500001", "bulan 13 tidak ada"),
        ("3574013102500001", "31-02"),
        ("3574017208500001", "hari 72 tidak mungkin"),
        ("9974011708500001", "Kode provinsi 99"),
        ("3599011708500001", "Kode kabupaten/kota 35.99"),
        ("3574011708500000", "tidak boleh 0000"),
    ],
)
def test_each_error_is_explained(number: str, fragment: str) -> None:
    r = check(number)
    assert not r.valid
    assert any(fragment in e for e in r.errors), r.errors


def test_days_33_to_40_mention_the_plus_forty_rule() -> None:
    r = check("3574013508500001")
    assert any("ditambah 40" in e for e in r.errors)


def test_29_february_only_in_leap_years() -> None:
    assert check("3574012902000001").birth_date == dt.date(2000, 2, 29)
    assert not check("3574012902010001").valid


def test_district_mismatch_is_only_a_warning() -> None:
    r = check("3574991708500001")
    assert r.valid
    assert r.district_code is None
    assert any("kecamatan 35.74.99" in w for w in r.warnings)


def test_legacy_papua_regency_is_only_a_warning() -> None:
    # An old Papua card (province 94 before the 2022 split) with a regency the current
    # list does not have under 94.
    r = check("9471011708800001")
    assert r.valid
    assert any("pemekaran 2022" in w for w in r.warnings)
    assert r.province_code == "94"


def test_disagreeing_birth_date_names_the_field() -> None:
    r = check("3574011708500001", birth_date=dt.date(1950, 8, 18))
    assert not r.valid
    assert r.disagreements == ["tanggal_lahir"]
    assert any("18-08-1950" in e and "17-08-1950" in e for e in r.errors)


def test_disagreeing_gender_names_the_field() -> None:
    r = check("3574011708500001", gender="P")
    assert not r.valid
    assert r.disagreements == ["jenis_kelamin"]
    assert any("perempuan" in e and "laki-laki" in e for e in r.errors)


def test_agreeing_birth_date_and_gender_pass() -> None:
    assert check("3574015708500001", birth_date=dt.date(1950, 8, 17), gender="P").valid


def test_separators_are_cleaned() -> None:
    assert check("3574 0117 0850 0001").valid
    assert check("35.74.01.170850.0001").valid


def test_messages_never_contain_the_nik() -> None:
    number = "3574013202509999"
    r = check(number, birth_date=dt.date(1990, 1, 1))
    assert all(number not in m for m in r.errors + r.warnings)


def test_mask_keeps_region_and_serial() -> None:
    assert nik.mask("3574011708500001") == "357401******0001"


def test_when_both_centuries_are_possible_the_typed_date_settles_it() -> None:
    number, on = "3574012111260001", dt.date(2026, 11, 21)
    # a baby born today and a man of exactly 100 carry the same NIK digits
    assert nik.check(number, REGIONS, on).birth_date == dt.date(2026, 11, 21)
    for typed in (dt.date(1926, 11, 21), dt.date(2026, 11, 21)):
        res = nik.check(number, REGIONS, on, birth_date=typed)
        assert res.valid, res.errors
        assert res.birth_date == typed
    other = nik.check(number, REGIONS, on, birth_date=dt.date(1925, 11, 21))
    assert not other.valid and other.disagreements == ["tanggal_lahir"]
    # the day before, 2026 is still to come: only 1926 is possible, typed or not
    assert nik.check(number, REGIONS, dt.date(2026, 11, 20)).birth_date == dt.date(1926, 11, 21)
    # a year later 1926 means 101: the typed date cannot bring it back
    late = nik.check(number, REGIONS, dt.date(2027, 11, 22), birth_date=dt.date(1926, 11, 21))
    assert not late.valid and late.birth_date == dt.date(2026, 11, 21)
