"""The import's speed-ups change nothing a person sees: a file full of edge cases gives
the same accepted rows, the same refused rows with the same reasons, the same rejects
file and the same audit entries as the code gave before them (issue 19).

The expected outcome in tests/services/data/import_edge_outcome.json was recorded by
running the import as it was before the speed-ups (`python -m
tests.services.test_import_speed_rules --record`, run once, on that code).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import phonenumbers
from openpyxl import Workbook
from sqlalchemy import select

from app.domain import phone
from app.domain.dates import parse_date
from app.models import AuditEntry, Group, Member
from app.services import device, events, groups, import_rows, member_columns, member_import
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace

TODAY = dt.date(2026, 11, 21)
EXPECTED = Path(__file__).with_name("data") / "import_edge_outcome.json"
HEADER = list(member_columns.COLUMNS)
GROUP = "Paguyuban Ojek Sidoarjo"

PHONES = [
    "0812-3456-7890", "+62 812 3456 7890", "62812345678901", "0811 1234 567", "08123",
    "0812345678901234", "021-5551234", "(031) 8941234", "+1 202 555 0143",
    "+44 20 7946 0958", "abc", "0812-ABCD-7890", "(0812) 3456 7890", "0812.3456.7890",
    "0812/3456/7890", "+6208123456789", "620812345678", "0 812 3456 7890",
    "０８１２３４５６７８９０", "٠٨١٢٣٤٥٦٧٨٩٠", "08123456789012", "0899 9999 9999",
    "0855-1234-5678", "0814 1234 5678", "0881 2345 6789", "0838-1234-567", "+62-812-3456-7890",
    "+62 (0) 812 3456 7890", "0062812345678", "tel:+6281234567890", "0812345678 ext 12",
    "+628123456789#", "+62812345678", "0810 1234 5678", "0800 1234 5678", "0856 123",
    "++6281234567890", "+ 62 812 3456 7890", "62 0812 3456 7890", "8123456789",
    "08 1 2 3 4 5 6 7 8 9", "0812_3456_7890", "0812–3456–7890", "  081234567890  ",
    "0812345678", "081234567", "0821 1234 5678 9", "+6221 5551234", "62215551234",
    "0828 1234 5678", "0859 1234 5678", "0895 1234 5678", "0877 1234 5678",
]
DATES = [
    "1990-08-17", "17-08-1990", "17/08/1990", "17.08.1990", "1990/08/17", "31-02-1990",
    "1990-02-30", "17-8-1990", "7-8-1990", "1990-8-7", "17-08-90", "08/17/1990",
    "1990-08-17 00:00:00", "17 Agustus 1990", "", "  1990-08-17  ", "2027-01-01",
    "1901-01-01", "00-00-0000", "29-02-2000", "29-02-1900", "١٧-٠٨-١٩٩٠",
]
REGIONS = [
    "", "35.74", "3574", "35.74.01", "357401", "35.74.01.1001", "3574011001", "35.74.99",
    "99.99", "31.71", "35", "35.74.01.9999", "3574-01", "35 74 01", "35.74.01.", "abc",
    "35.15.01", "35.15", "3515", "35.74.1", "32.01.01",
]
INCOMES = [
    "", "1000000", "1.000.000", "Rp 1.000.000,00", "1,000,000", "999999", "750000",
    "1000000.50", "1.000.000,5", "-1000000", "satu juta", "Rp1.500.000", "20.000.000",
    "100.000.000", "1000000,00", "1 000 000", "12.000.000", "0",
]
NIK_EDITS: list[Callable[[str], str]] = [
    lambda n: n[:-1], lambda n: n + "1", lambda n: n[:6] + "99" + n[8:],
    lambda n: n[:6] + "35" + n[8:], lambda n: n[:8] + "13" + n[10:], lambda n: "99" + n[2:],
    lambda n: n[:2] + "99" + n[4:], lambda n: n[:4] + "99" + n[6:], lambda n: n[:5] + "x" + n[6:],
    lambda n: f"{n[:6]} {n[6:12]} {n[12:]}", lambda n: f"{n[:4]}.{n[4:8]}.{n[8:]}",
    lambda n: n[:6] + "310225" + n[12:], lambda n: n[:6] + "711125" + n[12:],
    lambda n: n[:6] + "300200" + n[12:], lambda n: n[:6] + "010120" + n[12:],
    lambda n: "", lambda n: "94" + n[2:], lambda n: n[:6] + "211126" + n[12:],
    lambda n: n[:6] + "221126" + n[12:], lambda n: n[:6] + "21112" + n[12:],
]
OTHERS: list[tuple[str, list[str]]] = [
    ("jenis_kelamin", ["", "L", "P", "l", "Perempuan", "laki-laki", "X", "pria", "wanita"]),
    ("sektor", ["", "UMKM", "umkm", "Petani", "Nelayan", "Transportasi", "Lainnya", "Dokter",
                "petani / pekebun"]),
    ("program", ["", "JKK+JKM", "jkk, jkm, jht", "JHT", "JKK JKM JHT", "JKP", "JKK+JKM+JHT"]),
    ("sumber_iuran", ["", "Mandiri", "APBD (DBHCHT)", "DBHCHT", "APBDes", "APBN", "CSR",
                      "Penanggung", "Wadah/Kelompok", "Penanggung (PT Maju)", "Bank",
                      "APBD", "CSR (PT Gudang Garam)"]),
    ("periode_bayar", ["", "1", "3", "6", "12", "2", "12 bulan", "satu", "0", "-1"]),
    ("kelompok", ["", GROUP, GROUP.upper(), "Kelompok Tidak Ada"]),
    ("persetujuan", ["", "ya", "Ya", "Y", "setuju", "tidak", "mungkin", "TRUE", "0"]),
    ("email", ["", "nama@contoh.id", "nama@contoh", "nama contoh@x.id", "a@b.co"]),
    ("nama", ["", "  Siti   Aminah  ", "Budi\x07 Santoso", "A" * 201, "Ni Luh\tPutu",
              "Ahmad\u00a0Dahlan"]),
    ("tempat_lahir", ["", "Sidoarjo", "S" * 101]),
    ("alamat", ["", "Jl. Mawar  No. 1", "A" * 501]),
    ("pekerjaan", ["", "Pedagang", "P" * 101]),
    ("nama_usaha", ["", "Warung Bu Siti", "U" * 201]),
]


def _rows(seed: int = 19) -> list[dict[str, str]]:
    """Generated people, each spoiled (or not) in a known way; duplicates in the file."""
    factory = PeopleFactory(seed)
    rng = random.Random(seed)
    out: list[dict[str, str]] = []

    def person() -> dict[str, str]:
        return {k: str(v) for k, v in factory.person().row().items()}

    for value in PHONES:
        out.append({**person(), "no_hp": value})
    for value in DATES:
        out.append({**person(), "tanggal_lahir": value})
    for value in REGIONS:
        out.append({**person(), "kode_wilayah": value})
    for value in INCOMES:
        for sector in ("UMKM", "Nelayan"):
            out.append({**person(), "penghasilan": value, "sektor": sector})
    for edit in NIK_EDITS:
        row = person()
        out.append({**row, "nik": edit(row["nik"])})
    for column, values in OTHERS:
        for value in values:
            out.append({**person(), column: value})
    for _ in range(150):  # ordinary rows, some with two or three mistakes at once
        row = person()
        for _ in range(rng.choice([0, 0, 0, 1, 2, 3])):
            column, values = rng.choice(OTHERS)
            row[column] = rng.choice(values)
        if rng.random() < 0.2:
            row["no_hp"] = rng.choice(PHONES)
        if rng.random() < 0.2:
            row["tanggal_lahir"] = rng.choice(DATES)
        out.append(row)
    # the same person twice in the file (some in another chunk), and a row that differs
    # only in its NIK's spacing
    for i in (3, 40, 41, 120, 250, 251):
        out.append(dict(out[i]))
    out.append({**out[60], "nik": f"{out[60]['nik'][:6]} {out[60]['nik'][6:]}"})
    return out


def _already_saved() -> list[dict[str, str]]:
    """Rows imported before the edge file: some come back in it as duplicates."""
    return [{k: str(v) for k, v in p.row().items()} for p in PeopleFactory(77).people(30)]


def _write_csv(path: Path, rows: list[dict[str, str]], extra: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for row in rows:
            out.writerow([row.get(c, "") for c in HEADER])
        for cells in extra:
            out.writerow(cells)
    return path


def _write_xlsx(path: Path, rows: list[dict[str, str]]) -> Path:
    """The same kind of rows with the typed cells a spreadsheet gives."""
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    typed: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        cells: dict[str, Any] = dict(row)
        kind = i % 6
        if kind == 0:
            cells["nik"] = float(row["nik"]) if row["nik"].isdigit() else row["nik"]
        elif kind == 1:
            cells["penghasilan"] = [1000000, 1500000.0, 999999, 1500000.5, -5][i % 5]
        elif kind == 2:
            with contextlib.suppress(ValueError):
                cells["tanggal_lahir"] = dt.datetime.fromisoformat(row["tanggal_lahir"])
        elif kind == 3:
            cells["periode_bayar"] = [1, 3.0, 6, 12, 2][i % 5]
        elif kind == 4:
            cells["no_hp"] = int(row["no_hp"]) if row["no_hp"].isdigit() else row["no_hp"]
        else:
            cells["kode_wilayah"] = [3574, 35.74, 357401, ""][i % 4]
        typed.append(cells)
    for cells in typed:
        ws.append([cells.get(c) for c in HEADER])
    wb.save(path)
    return path


def _outcome(tmp: Path) -> dict[str, Any]:
    ws = Workspace.open(tmp / "data")
    try:
        with ws.db.session() as s:
            device.initialise(s, "Laptop Uji", "35.74")
        actor = Actor(ws.device_id)
        with ws.db.session() as s:
            event_id = events.create_event(s, actor, "Uji", TODAY, "Aula", "35.74.03").id
            groups.create_group(s, actor, groups.GroupFields(GROUP, "paguyuban"), on=TODAY)

        def run(path: Path, rejects: Path | None, chunk: int) -> dict[str, Any]:
            report = member_import.run_import(
                ws.db, actor, path, event_id, "persetujuan-v1", ws.tariffs(),
                rejects_path=rejects, on=TODAY, chunk_size=chunk)
            out = report.as_dict()
            out.pop("event_id")
            out.pop("rejects_file")
            out["rejects"] = [[r.row, r.columns, r.reasons, [str(c) for c in r.cells],
                               r.duplicate] for r in report.rejects]
            if rejects is not None:
                out["rejects_file"] = rejects.read_text(encoding="utf-8-sig")
            return out

        first = _write_csv(tmp / "awal.csv", _already_saved(), [])
        rows = _rows()
        saved = _already_saved()
        rows[10:10] = [dict(saved[2]), dict(saved[17])]  # in the database already
        rows.append(dict(saved[25]))
        extra = [
            [*([""] * len(HEADER))],  # a blank line
            [*rows[5].values(), "sel lebih"],  # more cells than columns
            [*rows[6].values(), ""],  # an empty extra cell is no extra cell
            list(rows[7].values())[:10],  # fewer cells
        ]
        result: dict[str, Any] = {
            "first": run(first, None, 7),
            "edge_csv": run(_write_csv(tmp / "tepi.csv", rows, extra), tmp / "tolak.csv", 50),
            "edge_xlsx": run(_write_xlsx(tmp / "tepi.xlsx", _rows(23)[::3]), tmp / "tolak2.csv",
                             40),
        }
        with ws.db.session() as s:
            group_names = {gid: name for gid, name in s.execute(select(Group.id, Group.name))}
            stored = [
                [m.nik, m.name, m.birth_place, m.birth_date.isoformat(), m.gender, m.address,
                 m.region_code, m.phone, m.email, m.sector, m.occupation, m.business_name,
                 m.declared_income, m.programs, m.payer, m.payer_subsource, m.pay_period,
                 group_names.get(m.group_id) if m.group_id else None, m.consent_version,
                 m.status, m.revision, m.event_id == event_id,
                 m.changed_by_device == ws.device_id]
                for m in s.scalars(select(Member))
            ]
            audits = [
                [a.action, a.entity_type, json.loads(a.details)]
                for a in s.scalars(select(AuditEntry).where(AuditEntry.action == "member_import")
                                   .order_by(AuditEntry.seq))
            ]
        result["members"] = sorted(stored, key=lambda m: (m[0], m[1]))
        result["audit"] = audits
        return result
    finally:
        ws.close()


def test_edge_case_files_give_the_outcome_they_gave_before(tmp_path: Path) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(_outcome(tmp_path), default=str))
    for part in ("first", "edge_csv", "edge_xlsx", "audit"):
        assert got[part] == expected[part], part
    assert len(got["members"]) == len(expected["members"])
    for a, b in zip(got["members"], expected["members"], strict=True):
        assert a == b
    # the file really is full of edge cases: refusals of every kind, duplicates both ways
    edge = got["edge_csv"]
    assert edge["rejected"] > 150 and edge["duplicates"] >= 8 and edge["imported"] > 150
    reasons = " ".join(r for rej in edge["rejects"] for r in rej[2])
    for word in ("no_hp:", "tanggal_lahir:", "kode_wilayah:", "penghasilan:", "nik:",
                 "sudah terdaftar", "sama dengan baris", "lebih banyak sel"):
        assert word in reasons, word


def _phonenumbers_only(text: str) -> str | None:
    """What the full libphonenumber parse says, without the fast path."""
    text = text.strip()
    if text.startswith("62") and not text.startswith("+"):
        text = "+" + text
    try:
        parsed = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _normalized(text: str) -> str | None:
    try:
        return phone.normalize(text)
    except ValueError:
        return None


def test_phone_numbers_come_out_as_libphonenumber_says_over_many_numbers() -> None:
    rng = random.Random(1919)
    samples = list(PHONES)
    for _ in range(20000):
        prefix = f"8{rng.randrange(0, 100):02d}"
        rest = "".join(rng.choice("0123456789") for _ in range(rng.randrange(4, 11)))
        national = prefix + rest
        shape = rng.randrange(8)
        sep = rng.choice(["", " ", "-", ".", " - ", "/", "()"])
        body = national if not sep or sep == "()" else sep.join(
            [national[:3], national[3:7], national[7:]])
        if sep == "()":
            body = f"({national[:3]}) {national[3:]}"
        samples.append(["0", "+62", "62", "+62 ", "62 ", "", "0062", "+620"][shape] + body)
    for text in samples:
        assert _normalized(text) == _phonenumbers_only(text), text
        assert _normalized(text) == _normalized(text)  # a second look gives the same


def test_dates_read_the_same_the_second_time() -> None:
    for text in DATES * 2:
        try:
            first: object = parse_date(text)
        except ValueError as exc:
            first = str(exc)
        try:
            again: object = parse_date(text)
        except ValueError as exc:
            again = str(exc)
        assert first == again, text
    assert parse_date("17-08-1990") == dt.date(1990, 8, 17)
    assert parse_date(dt.datetime(1990, 8, 17, 10)) == dt.date(1990, 8, 17)


def _record() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        data = json.loads(json.dumps(_outcome(Path(tmp)), default=str))
    EXPECTED.parent.mkdir(exist_ok=True)
    EXPECTED.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"recorded {EXPECTED}: {len(data['members'])} members")


if __name__ == "__main__" and "--record" in sys.argv:
    _record()


def test_a_file_with_columns_reordered_missing_or_renamed_is_checked_by_their_names(
        tmp_path: Path) -> None:
    """The import hands each row's cells to the checks in the template's order, without
    making a dict of them: a header in another order, without some columns, with other
    names for some and an unknown one, and rows shorter than it, are checked exactly as
    the same values given by name."""
    from app import resources
    from app.services.member_cleaning import clean_member
    from app.services.member_rules import MemberRules

    header = ["Persetujuan", "catatan", "NAMA LENGKAP", "sektor", "No HP", "nik",
              "tgl lahir", "Alamat"]
    columns = [member_columns.canonical_column(h) for h in header]
    rows = [[r.get(c, "") if c else "lain" for c in columns] for r in _rows(5)]
    rows[3] = rows[3][:4]  # a short row: no NIK
    rows[8] = rows[8][:7]  # no address
    path = tmp_path / "acak.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    table = member_import.prepare(path)
    rules = MemberRules(resources.regions(), TODAY, tariffs=resources.default_tariffs())
    items = list(import_rows.people(table.rows, table.header, table.mapping, rules))
    good, rejects = member_import._settle(items, rules, None, {}, member_import.ImportReport())
    by_row = {number: clean for number, _cells, clean in good}
    refused = {r.row: r.reasons for r in rejects if not r.duplicate}
    assert by_row and refused and 4 + 1 in refused
    for number, cells in enumerate(rows, start=2):
        named = {c: v for c, v in zip(columns, cells, strict=False) if c}
        clean, problems = clean_member(named, rules)
        if number in by_row:
            assert clean == by_row[number], number
        elif number in refused:
            assert [str(p) for p in problems] == refused[number], number
