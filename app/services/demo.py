"""Generated (never real) people, groups and an event for the demo, tests and benchmarks.

NIKs are consistent with each person's birth date, gender and an East Java district;
names and addresses come from Faker's id_ID locale.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faker import Faker

from app import resources
from app.domain import codes
from app.services.files import write_atomic
from app.services.member_columns import COLUMNS

EAST_JAVA = "35"
MOBILE_PREFIXES = ("811", "812", "813", "821", "822", "823", "851", "852", "853", "855",
                   "856", "857", "858", "877", "878", "895", "896", "897", "898", "899")
SECTOR_WEIGHTS = {"umkm": 45, "petani": 30, "nelayan": 12, "transportasi": 8, "lainnya": 5}
OCCUPATIONS = {
    "umkm": ["Pedagang", "Pemilik Warung", "Penjahit", "Pembuat Kue", "Pengrajin"],
    "petani": ["Petani Padi", "Petani Tembakau", "Pekebun", "Peternak"],
    "nelayan": ["Nelayan Tangkap", "Nelayan Buruh", "Pembudidaya Ikan"],
    "transportasi": ["Pengemudi Ojek", "Sopir Angkutan", "Tukang Becak"],
    "lainnya": ["Buruh Harian Lepas", "Marbot", "Seniman"],
}


@dataclass
class Person:
    nik: str
    name: str
    birth_place: str
    birth_date: dt.date
    gender: str
    address: str
    region_code: str
    phone: str
    sector: str
    occupation: str
    business_name: str
    income: int
    programs: str
    payer: str
    period: int

    def row(self, group: str = "") -> dict[str, Any]:
        return {
            "nik": self.nik, "nama": self.name, "tempat_lahir": self.birth_place,
            "tanggal_lahir": self.birth_date.isoformat(), "jenis_kelamin": self.gender,
            "alamat": self.address, "kode_wilayah": self.region_code, "no_hp": self.phone,
            "email": "", "sektor": codes.SECTORS[self.sector], "pekerjaan": self.occupation,
            "nama_usaha": self.business_name, "penghasilan": str(self.income),
            "program": self.programs, "sumber_iuran": codes.PAYERS[self.payer],
            "periode_bayar": str(self.period), "kelompok": group, "persetujuan": "ya",
        }


class PeopleFactory:
    """Deterministic for a seed; every NIK it hands out is unique."""

    def __init__(self, seed: int = 2026, province: str = EAST_JAVA) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        index = resources.regions()
        self.districts = [
            c for c in index.names if c.startswith(province + ".") and c.count(".") == 2
        ]
        self.cities = [index.name(c[:5]) or "" for c in self.districts]
        self.used: set[str] = set()
        self._last = self.fake.last_name

    def nik_for(self, district: str, born: dt.date, gender: str) -> str:
        day = born.day + (40 if gender == "P" else 0)
        stem = f"{district.replace('.', '')}{day:02d}{born.month:02d}{born.year % 100:02d}"
        while True:
            nik = f"{stem}{self.rng.randint(1, 9999):04d}"
            if nik not in self.used:
                self.used.add(nik)
                return nik

    def person(self) -> Person:
        rng = self.rng
        gender = "P" if rng.random() < 0.48 else "L"
        born = dt.date(1956, 1, 1) + dt.timedelta(days=rng.randrange(0, 50 * 365))
        i = rng.randrange(len(self.districts))
        district = self.districts[i]
        first = self.fake.first_name_female() if gender == "P" else self.fake.first_name_male()
        name = f"{first} {self._last()}"
        sector = rng.choices(list(SECTOR_WEIGHTS), weights=list(SECTOR_WEIGHTS.values()))[0]
        payer = rng.choices(["mandiri", "apbd", "wadah"], weights=[60, 35, 5])[0]
        phone = f"0{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**7, 10**8)}"
        return Person(
            nik=self.nik_for(district, born, gender),
            name=name,
            birth_place=self.cities[i].replace("Kabupaten ", "").replace("Kota ", ""),
            birth_date=born,
            gender=gender,
            address=f"Jl. {self._last()} No. {rng.randint(1, 200)}, RT {rng.randint(1, 12):02d}"
            f"/RW {rng.randint(1, 8):02d}",
            region_code=district,
            phone=phone,
            sector=sector,
            occupation=rng.choice(OCCUPATIONS[sector]),
            business_name=f"Usaha {self._last()}" if sector == "umkm" else "",
            income=rng.choice([1_000_000, 1_000_000, 1_000_000, 1_500_000, 2_000_000]),
            programs=rng.choice(["JKK+JKM", "JKK+JKM", "JKK+JKM+JHT"]),
            payer="mandiri" if payer == "wadah" else payer,
            period=rng.choice([1, 1, 3, 6, 12]),
        )

    def people(self, n: int) -> Iterator[Person]:
        for _ in range(n):
            yield self.person()


def _spoil(row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Make one realistic mistake in a row."""
    kind = rng.randrange(7)
    if kind == 0:
        row["nik"] = row["nik"][:-1]  # a digit lost
    elif kind == 1:
        row["nik"] = row["nik"][:6] + "99" + row["nik"][8:]  # impossible day
    elif kind == 2:
        row["penghasilan"] = "750000"  # below the minimum
    elif kind == 3:
        row["no_hp"] = "12345"
    elif kind == 4:
        row["nama"] = ""
    elif kind == 5:
        row["persetujuan"] = "tidak"
    else:
        row["nik"] = row["nik"][:12] + "0000"  # serial 0000
    return row


def write_import_file(
    path: Path, n: int, bad_ratio: float = 0.01, dup_ratio: float = 0.0, seed: int = 7,
    group: str = "",
) -> dict[str, int]:
    """A CSV of `n` generated rows; about `bad_ratio` spoiled, `dup_ratio` repeated NIKs."""
    factory = PeopleFactory(seed)
    rng = random.Random(seed + 1)
    counts = {"rows": n, "bad": 0, "dup": 0}
    earlier: list[dict[str, Any]] = []

    def fill(fh: Any) -> None:
        out = csv.DictWriter(fh, fieldnames=list(COLUMNS))
        out.writeheader()
        for _ in range(n):
            row = factory.person().row(group)
            roll = rng.random()
            if roll < bad_ratio:
                row = _spoil(row, rng)
                counts["bad"] += 1
            elif roll < bad_ratio + dup_ratio and earlier:
                row = dict(rng.choice(earlier))  # the same person listed twice
                counts["dup"] += 1
            elif len(earlier) < 1000:
                earlier.append(row)
            out.writerow(row)

    write_atomic(path, fill, "w", encoding="utf-8", newline="")
    return counts
