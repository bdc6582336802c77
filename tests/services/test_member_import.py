"""Member import: good rows saved, bad rows named, refused files write nothing."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.models import AuditEntry, Member
from app.services import groups, member_columns, member_import
from app.services.audit import Actor
from app.services.demo import PeopleFactory
from app.services.workspace import Workspace
from tests.helpers.people import TODAY

HEADER = list(member_columns.COLUMNS)


def _write_csv(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8",
               delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        out = csv.DictWriter(fh, fieldnames=HEADER, delimiter=delimiter)
        out.writeheader()
        out.writerows(rows)
    return path


def _people(n: int, seed: int = 1) -> list[dict[str, str]]:
    return [p.row() for p in PeopleFactory(seed).people(n)]


def _run(ws: Workspace, actor: Actor, event_id: uuid.UUID, path: Path, **kw: object
         ) -> member_import.ImportReport:
    return member_import.run_import(
        ws.db, actor, path, event_id, "persetujuan-v1", ws.tariffs(), on=TODAY, **kw  # type: ignore[arg-type]
    )


def _count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def test_good_rows_saved_bad_rows_named(workspace: Workspace, actor: Actor, event_id: uuid.UUID,
                                        tmp_path: Path) -> None:
    rows = _people(6)
    rows[1]["nik"] = rows[1]["nik"][:15]
    rows[3]["penghasilan"] = "900.000"
    rows[4]["no_hp"] = "12"
    rows[5]["tanggal_lahir"] = "1901-01-01"
    rejects = tmp_path / "tolak.csv"
    report = _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", rows),
                  rejects_path=rejects)
    assert (report.read, report.imported, report.rejected, report.duplicates) == (6, 2, 4, 0)
    assert _count(workspace) == 2
    with rejects.open(encoding="utf-8-sig") as fh:
        lines = list(csv.DictReader(fh))
    by_row = {int(r["baris"]): r for r in lines}
    assert set(by_row) == {3, 5, 6, 7}  # spreadsheet rows: header is row 1
    assert by_row[3]["kolom"] == "nik" and "16 digit" in by_row[3]["alasan"]
    assert by_row[5]["kolom"] == "penghasilan" and "Rp 1.000.000" in by_row[5]["alasan"]
    assert by_row[6]["kolom"] == "no_hp"
    assert by_row[7]["kolom"] == "tanggal_lahir" and "tidak sama" in by_row[7]["alasan"]
    # the original cells come back so the officer can fix and re-import them
    assert by_row[5]["nama"] == rows[3]["nama"]


def test_saved_member_holds_the_cleaned_values(workspace: Workspace, actor: Actor,
                                               event_id: uuid.UUID, tmp_path: Path) -> None:
    row = _people(1)[0]
    row.update(no_hp="0812-3456-7890", penghasilan="Rp 1.500.000", program="jkk jkm jht",
               sumber_iuran="APBD (DBHCHT)", periode_bayar="3 bulan", tanggal_lahir="",
               jenis_kelamin="", kode_wilayah="")
    _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", [row]))
    with workspace.db.session() as s:
        m = s.scalars(select(Member)).one()
        assert m.phone == "+6281234567890"
        assert m.declared_income == 1_500_000
        assert m.programs == "jkk+jkm+jht"
        assert (m.payer, m.payer_subsource) == ("apbd", "DBHCHT")
        assert m.pay_period == 3
        assert m.birth_date.year > 1900 and m.gender in ("L", "P")
        assert m.region_code == f"{row['nik'][0:2]}.{row['nik'][2:4]}.{row['nik'][4:6]}"
        assert m.consent_version == "persetujuan-v1"
        assert m.consent_at.tzinfo is not None
        assert m.revision == 1 and m.changed_by_device == actor.device_id
        assert m.event_id == event_id


def test_duplicates_in_file_and_in_database_are_never_saved_twice(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    rows = _people(5)
    first = _run(workspace, actor, event_id, _write_csv(tmp_path / "a.csv", rows[:3]))
    assert first.imported == 3
    again = [*rows[1:], rows[4]]  # two already saved, one twice in the file
    report = _run(workspace, actor, event_id, _write_csv(tmp_path / "b.csv", again),
                  rejects_path=tmp_path / "r.csv")
    assert (report.read, report.imported, report.rejected, report.duplicates) == (5, 2, 0, 3)
    assert _count(workspace) == 5
    reasons = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "sudah terdaftar" in reasons and "sama dengan baris 5" in reasons


def test_missing_required_column_refuses_the_file_and_writes_nothing(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text("nik,nama\n3574011708500001,Budi\n", encoding="utf-8")
    with workspace.db.session() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(member_import.ImportRefused, match="sektor, persetujuan"):
        _run(workspace, actor, event_id, path, rejects_path=tmp_path / "r.csv")
    assert _count(workspace) == 0
    assert not (tmp_path / "r.csv").exists()
    with workspace.db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before


def test_broken_csv_line_refuses_before_any_chunk_is_saved(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    path = _write_csv(tmp_path / "in.csv", _people(30))
    with path.open("a", encoding="utf-8") as fh:
        fh.write('3574011708500001,"unterminated\x00,\n')
    with pytest.raises(member_import.ImportRefused):
        _run(workspace, actor, event_id, path, chunk_size=5)
    assert _count(workspace) == 0


@pytest.mark.parametrize(("encoding", "delimiter"),
                         [("utf-8-sig", ";"), ("utf-16", ","), ("cp1252", ";"), ("utf-8", "\t")])
def test_encodings_and_separators_from_excel(workspace: Workspace, actor: Actor,
                                             event_id: uuid.UUID, tmp_path: Path,
                                             encoding: str, delimiter: str) -> None:
    rows = _people(3)
    rows[0]["nama"] = "Siti Rahmawati D'Souza"
    rows[1]["alamat"] = "Jl. Café No. 5"
    path = _write_csv(tmp_path / "in.csv", rows, encoding, delimiter)
    report = _run(workspace, actor, event_id, path)
    assert report.imported == 3, report.rejects
    with workspace.db.session() as s:
        names = set(s.scalars(select(Member.name)))
        addresses = set(s.scalars(select(Member.address)))
    assert "Siti Rahmawati D'Souza" in names
    assert "Jl. Café No. 5" in addresses


def test_xlsx_with_aliases_numbers_and_real_dates(workspace: Workspace, actor: Actor,
                                                  event_id: uuid.UUID, tmp_path: Path) -> None:
    person = next(PeopleFactory(3).people(1))
    wb = Workbook()
    ws = wb.active
    ws.append(["No KTP", "Nama Lengkap", "Tgl Lahir", "No. HP", "Sektor", "Penghasilan",
               "Persetujuan"])
    ws.append([int(person.nik), person.name, dt.datetime.combine(person.birth_date, dt.time()),
               person.phone, "Nelayan", 1_000_000, "Ya"])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    report = _run(workspace, actor, event_id, path)
    assert report.imported == 1, report.rejects
    with workspace.db.session() as s:
        m = s.scalars(select(Member)).one()
    assert (m.nik, m.sector, m.birth_date) == (person.nik, "nelayan", person.birth_date)


def test_group_column_and_wadah_payer(workspace: Workspace, actor: Actor, event_id: uuid.UUID,
                                      tmp_path: Path) -> None:
    with workspace.db.session() as s:
        gid = groups.create_group(
            s, actor, groups.GroupFields("Paguyuban UKM Kuda Terbang", "paguyuban")).id
    rows = _people(3)
    rows[0].update(kelompok="paguyuban ukm KUDA terbang", sumber_iuran="Wadah/Kelompok")
    rows[1].update(kelompok="Kelompok Tak Ada")
    rows[2].update(sumber_iuran="wadah")
    report = _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", rows))
    assert report.imported == 1
    assert [r.columns for r in report.rejects] == [["kelompok"], ["sumber_iuran"]]
    with workspace.db.session() as s:
        assert s.scalars(select(Member.group_id)).one() == gid


def test_consent_is_required(workspace: Workspace, actor: Actor, event_id: uuid.UUID,
                             tmp_path: Path) -> None:
    rows = _people(2)
    rows[0]["persetujuan"] = "tidak"
    rows[1]["persetujuan"] = "mungkin"
    report = _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", rows))
    assert report.imported == 0 and report.rejected == 2
    assert all(r.columns == ["persetujuan"] for r in report.rejects)


def test_formula_cells_are_neutralised_in_the_rejects_file(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    row = _people(1)[0]
    row["nama"] = '=HYPERLINK("http://x","klik")'
    row["nik"] = "123"
    _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", [row]),
         rejects_path=tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as fh:
        line = next(csv.DictReader(fh))
    assert line["nama"].startswith("'=")


@pytest.mark.parametrize("column", ["nama", "alamat", "kelompok", "no_hp"])
@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_in_any_cell_is_neutralised_and_nothing_else_is(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path, column: str,
    start: str,
) -> None:
    """The rejects file decides per row whether any cell needs quoting (one search of the
    row): a formula start in any cell is quoted, a sign inside a cell is left alone."""
    rows = _people(2)
    rows[0][column] = start + "SUM(A1:A2)"
    rows[1]["alamat"] = "Jl. Mawar 1-2 = rumah@pojok"
    for row in rows:
        row["nik"] = "123"  # both refused
    _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", rows),
         rejects_path=tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        first, second = csv.DictReader(fh)
    assert first[column] == "'" + start + "SUM(A1:A2)"
    assert all(not v.startswith("'") for k, v in first.items() if k != column)
    assert second["alamat"] == "Jl. Mawar 1-2 = rumah@pojok"
    assert second["baris"] == "3" and first["baris"] == "2"


def test_oversized_cell_is_refused_not_truncated(workspace: Workspace, actor: Actor,
                                                 event_id: uuid.UUID, tmp_path: Path) -> None:
    row = _people(1)[0]
    row["alamat"] = "x" * 5000
    report = _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", [row]))
    assert report.imported == 0 and report.rejects[0].columns == ["alamat"]


def test_template_round_trip(tmp_path: Path) -> None:
    member_import.write_template(tmp_path / "t.xlsx")
    member_import.write_template(tmp_path / "t.csv")
    wb = load_workbook(tmp_path / "t.xlsx")
    assert [c.value for c in wb["Peserta"][1]] == HEADER
    assert wb["Petunjuk"].max_row == len(HEADER) + 1
    assert (tmp_path / "t.csv").read_text(encoding="utf-8-sig").strip() == ",".join(HEADER)


def test_progress_and_cancel_between_chunks(workspace: Workspace, actor: Actor,
                                            event_id: uuid.UUID, tmp_path: Path) -> None:
    path = _write_csv(tmp_path / "in.csv", _people(25))
    seen: list[tuple[int, int]] = []
    report = _run(workspace, actor, event_id, path, chunk_size=10,
                  progress=lambda d, t: seen.append((d, t)),
                  cancelled=lambda: len(seen) >= 2)
    assert seen == [(10, 25), (20, 25)]
    assert report.cancelled and report.imported == 20
    assert _count(workspace) == 20


def test_a_formula_in_the_header_is_quoted_in_the_rejects_file(
    workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path
) -> None:
    link = '=HYPERLINK("http://x","klik")'
    row = _people(1)[0]
    row["nik"] = "123"
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([*HEADER, link])
        out.writerow([*(row[c] for c in HEADER), link])
    _run(workspace, actor, event_id, path, rejects_path=tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig") as fh:
        header, line = list(csv.reader(fh))[:2]
    assert header[-1] == "'" + link and line[-1] == "'" + link
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in header + line)


def test_the_template_help_names_every_sector_and_payer_the_import_takes(tmp_path: Path) -> None:
    """The help sheet is read from the code tables, so a new payer or sector cannot be
    left out of it."""
    from app.domain import codes

    target = tmp_path / "templat.xlsx"
    member_import.write_template(target)
    book = load_workbook(target, read_only=True)
    cells = {row[0]: row[1] for sheet in book.worksheets for row in sheet.iter_rows(
        values_only=True) if row and row[0] in ("sektor", "sumber_iuran")}
    book.close()
    assert all(label in cells["sektor"] for label in codes.SECTORS.values())
    assert all(label in cells["sumber_iuran"] for label in codes.PAYERS.values())
    for code in codes.PAYERS:  # each label named is one the import accepts
        assert codes.parse_payer(codes.PAYERS[code]) == code


def test_rejected_rows_are_kept_small_until_the_rejects_file(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    """Every reject is kept to the end (for the rejects file and the desk's list): 10,000
    rows of 64 short cells, each wrong in many columns, held about 70 MB as lists of
    cells and a message object per problem (119,000 such rows: 1.9 GB). Packed, the same
    rows come back whole in the rejects file."""
    import tracemalloc

    path = tmp_path / "lebar.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER + [f"x{i}" for i in range(64 - len(HEADER))])
        for r in range(10_000):
            out.writerow([f"{r % 97}{i}" for i in range(64)])
    tracemalloc.start()
    try:
        report = _run(workspace, actor, event_id, path)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (report.imported, report.rejected) == (0, 10_000)
    assert held < 30 * 1024**2, f"{held / 1024**2:.0f} MB held by the report"
    rejects = tmp_path / "tolak.csv"
    member_import.write_rejects(rejects, _header(path), report.rejects)
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert len(lines) == 10_001 and lines[-1][3:] == [f"{9_999 % 97}{i}" for i in range(64)]
    assert "nik" in lines[1][1] and lines[1][2].count(";") >= 3  # several reasons, each said


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def test_a_rejects_reasons_stay_messages_the_desk_translates(
        workspace: Workspace, actor: Actor, event_id: uuid.UUID, tmp_path: Path) -> None:
    """Both kinds: a check's problem, and a reason of the import itself (a NIK twice)."""
    from app.domain.messages import Text

    rows = _people(3)
    rows[1] = dict(rows[0])  # the same person twice
    rows[2]["no_hp"] = "12"
    report = _run(workspace, actor, event_id, _write_csv(tmp_path / "in.csv", rows))
    reasons = [reason for r in report.rejects for reason in r.reasons]
    texts = [x for x in reasons if isinstance(x, Text)]
    assert len(reasons) == len(texts) == 2
    assert "nik: NIK sama dengan baris {first} di berkas ini" in {x.template for x in texts}
