"""Bulk member import from CSV or .xlsx.

Good rows are saved in chunks, each chunk one transaction, so a power cut loses at
most the chunk being written and a second run completes the import: rows already
saved come back as duplicates, never as second records. Bad rows go to a rejects
file with row number, column and reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app import resources
from app.db import Database, bulk_insert, lock_for_writing
from app.domain import codes
from app.domain.errors import UserError
from app.domain.messages import t
from app.domain.regions import RegionIndex
from app.domain.tariff import TariffBook
from app.models import Member, utcnow
from app.services import member_cleaning, member_columns, member_rules, members
from app.services.audit import Actor, record
from app.services.files import write_atomic
from app.services.formulas import neutralise
from app.services.tabular.read import read_table
from app.services.tabular.table import MAX_CELL, TableError

#: rows per transaction. Each commit writes every page the chunk touched (the indexes on
#: NIK, name, phone and id are spread over the whole table), so fewer, larger chunks
#: write those pages fewer times: 20,000 rows commit 100,000 in five.
CHUNK = 20000
#: SQLite's page cache while a chunk is written (KiB, negative as PRAGMA cache_size
#: takes it), and SQLite's own default it goes back to after the chunk's commit
IMPORT_CACHE = -65536
SQLITE_CACHE = -2000
MEMBERS: Table = Member.__table__  # type: ignore[assignment]


def _longest(cells: list[Any]) -> int:
    try:
        return max(map(len, cells), default=0)
    except TypeError:  # numbers and dates from a workbook
        return max((len(str(c)) for c in cells), default=0)


def _too_long(cells: list[Any]) -> bool:
    """Whether a cell holds more than MAX_CELL characters. A CSV row no longer than that
    as a whole (nearly every row) needs no cell measured."""
    try:
        if len("".join(cells)) <= MAX_CELL:
            return False
    except TypeError:  # numbers and dates from a workbook
        pass
    return _longest(cells) > MAX_CELL


class ImportRefused(UserError):
    """The file as a whole was refused; nothing was written."""


@dataclass
class Reject:
    row: int
    columns: list[str]
    reasons: list[str]
    cells: list[Any]
    duplicate: bool = False


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    rejected: int = 0
    duplicates: int = 0
    event_id: uuid.UUID | None = None
    cancelled: bool = False
    rejects: list[Reject] = field(default_factory=list)
    rejects_file: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "imported": self.imported,
            "rejected": self.rejected,
            "duplicates": self.duplicates,
            "event_id": str(self.event_id) if self.event_id else None,
            "cancelled": self.cancelled,
            "rejects_file": str(self.rejects_file) if self.rejects_file else None,
        }


Progress = Callable[[int, int], None]  # (rows done, rows expected)


def write_rejects(path: Path, header: list[str], rejects: list[Reject]) -> None:
    def fill(fh: Any) -> None:
        out = csv.writer(fh)
        out.writerow(["baris", "kolom", "alasan", *(neutralise(h) for h in header)])
        for r in rejects:  # the input's header and cells, and reasons that quote them
            out.writerow([neutralise(c) for c in (
                r.row, ", ".join(r.columns), "; ".join(r.reasons), *r.cells)])

    write_atomic(path, fill, "w", encoding="utf-8-sig", newline="")


def _map_header(header: list[str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index, title in enumerate(header):
        column = member_columns.canonical_column(str(title))
        if column is None:
            continue
        if column in seen:
            raise ImportRefused(
                t("Kolom '{column}' muncul dua kali (kolom {value} dan {value2}); hapus salah "
                  "satu.",
                  column=column,
                  value=seen[column] + 1,
                  value2=index + 1)
            )
        seen[column] = index
        mapping[index] = column
    missing = [c for c in member_columns.REQUIRED if c not in seen]
    if missing:
        raise ImportRefused(
            t("Kolom wajib tidak ada: {value}. Pakai templat dari: lindungi members template "
              "FILE",
              value=', '.join(missing))
        )
    return mapping


Numbered = tuple[int, list[Any]]


def _filled(cells: list[Any]) -> bool:
    """Whether any cell holds something besides blanks."""
    try:
        return bool("".join(cells).strip())  # a CSV's cells, all text: one strip
    except TypeError:  # numbers and dates from a workbook
        return any(str(c).strip() for c in cells)


def _chunks(rows: Iterator[Numbered], size: int) -> Iterator[list[Numbered]]:
    batch: list[Numbered] = []
    for number, cells in rows:
        if not _filled(cells):
            continue  # blank lines are not rows
        batch.append((number, cells))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class PreparedFile:
    """A file whose structure has been checked: every line parses, required columns exist."""

    path: Path
    header: list[str]
    mapping: dict[int, str]
    rows: Iterator[tuple[int, list[Any]]]
    estimated_rows: int


def prepare(path: Path) -> PreparedFile:
    """Read and check the whole file; raises ImportRefused before anything is written."""
    try:
        table = read_table(path)
    except TableError as exc:
        raise ImportRefused(str(exc)) from exc
    return PreparedFile(Path(path), table.header, _map_header(table.header), table.rows,
                        table.estimated_rows)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while rows are checked and written: it would walk
    the chunk's rows, cells and cleaned records over and over as they pile up, about a
    tenth of the import's processor time, to free nothing (they hold no cycles). The
    few cycles made meanwhile (a session per chunk) are freed once it is back on. Back
    on afterwards only if it was on: another thread's import may have paused it."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def run_import(
    db: Database,
    actor: Actor,
    source: Path | PreparedFile,
    event_id: uuid.UUID,
    consent_version: str,
    tariffs: TariffBook,
    group_id: uuid.UUID | None = None,
    rejects_path: Path | None = None,
    on: dt.date | None = None,
    regions: RegionIndex | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_size: int = CHUNK,
) -> ImportReport:
    """Import a file into the event (and group). Raises ImportRefused for a whole-file
    problem, before anything is written."""
    on = on or dt.date.today()
    table = source if isinstance(source, PreparedFile) else prepare(source)
    mapping = table.mapping
    report = ImportReport(event_id=event_id)
    with db.session() as s:
        rules = member_rules.MemberRules.load(s, regions or resources.regions(), tariffs, on)
    seen_in_file: dict[str, int] = {}
    ncols = len(table.header)
    with _collector_paused():
        for chunk in _chunks(table.rows, chunk_size):
            if cancelled and cancelled():
                report.cancelled = True
                break
            _import_chunk(db, actor, chunk, mapping, ncols, rules, group_id, event_id,
                          consent_version, seen_in_file, report)
            if progress:
                progress(report.read, max(table.estimated_rows, report.read))
    if rejects_path and report.rejects:
        write_rejects(rejects_path, table.header, report.rejects)
        report.rejects_file = rejects_path
    return report


def _import_chunk(
    db: Database,
    actor: Actor,
    chunk: list[tuple[int, list[Any]]],
    mapping: dict[int, str],
    ncols: int,
    rules: member_rules.MemberRules,
    group_id: uuid.UUID | None,
    event_id: uuid.UUID,
    consent_version: str,
    seen_in_file: dict[str, int],
    report: ImportReport,
) -> None:
    now = utcnow()
    names = list(mapping.values())
    last = max(mapping)
    pick = itemgetter(*mapping)  # the required columns: always more than one
    good: list[tuple[int, list[Any], member_cleaning.CleanMember]] = []
    chunk_rejects: list[Reject] = []
    for number, cells in chunk:
        report.read += 1
        if len(cells) > ncols and any(str(c).strip() for c in cells[ncols:]):
            chunk_rejects.append(Reject(number, ["baris"], [
                t("baris ini punya lebih banyak sel daripada judul kolom; periksa pemisah")
            ], cells))
            continue
        if _too_long(cells):
            long_cell = next(i for i, c in enumerate(cells) if len(str(c)) > MAX_CELL)
            column = mapping.get(long_cell, f"kolom {long_cell + 1}")
            chunk_rejects.append(Reject(number, [column], [
                t("{column}: isi sel terlalu panjang (lebih dari {most} karakter)",
                  column=column, most=MAX_CELL)
            ], cells))
            continue
        if len(cells) > last:
            values = dict(zip(names, pick(cells), strict=True))
        else:  # a short row: the columns it has
            values = {mapping[i]: cells[i] for i in mapping if i < len(cells)}
        clean, problems = member_cleaning.clean_member(values, rules, group_id)
        if clean is None:
            chunk_rejects.append(Reject(
                number, list(dict.fromkeys(p.field for p in problems)),
                [str(p) for p in problems], cells,
            ))
            continue
        first = seen_in_file.get(clean.nik)
        if first is not None:
            chunk_rejects.append(Reject(number, ["nik"], [
                t("nik: NIK sama dengan baris {first} di berkas ini", first=first)
            ], cells, duplicate=True))
            continue
        seen_in_file[clean.nik] = number
        good.append((number, cells, clean))

    with db.sessions() as s:
        with s.begin():
            rows = _write_chunk(s, actor, good, chunk, chunk_rejects, event_id,
                                consent_version, now)
        if s.get_bind().dialect.name == "sqlite":
            s.connection().exec_driver_sql(f"PRAGMA cache_size={SQLITE_CACHE}")
    report.imported += len(rows)
    for r in chunk_rejects:
        if r.duplicate:
            report.duplicates += 1
        else:
            report.rejected += 1
    report.rejects.extend(sorted(chunk_rejects, key=lambda r: r.row))


def _write_chunk(
    s: Session,
    actor: Actor,
    good: list[tuple[int, list[Any], member_cleaning.CleanMember]],
    chunk: list[tuple[int, list[Any]]],
    chunk_rejects: list[Reject],
    event_id: uuid.UUID,
    consent_version: str,
    now: dt.datetime,
) -> list[dict[str, Any]]:
    """One chunk's transaction: the NIKs already saved, the new rows, the audit entry.

    On SQLite the transaction starts with the write lock (lock_for_writing): without it
    the driver begins no transaction before the savepoint, whose release then commits
    the rows on their own and the audit entry in a second commit. Now the rows and the
    entry are one commit, and no other program saves a NIK between the look-up of the
    saved NIKs and the insert."""
    lock_for_writing(s)
    if s.get_bind().dialect.name == "sqlite":
        # The chunk's pages stay in memory until its commit writes them once. With
        # SQLite's default 2 MB, the indexes of a growing members table spill
        # to the log in the middle of the transaction, each page many times over.
        # Back to SQLite's default after the commit (_import_chunk).
        s.connection().exec_driver_sql(f"PRAGMA cache_size={IMPORT_CACHE}")
    niks = [g[2].nik for g in good]
    existing: set[str] = set()
    for start in range(0, len(niks), 500):
        existing.update(s.scalars(
            select(Member.nik).where(
                Member.status == "active", Member.nik.in_(niks[start:start + 500])
            )
        ))
    fresh = []
    for number, cells, clean in good:
        if clean.nik in existing:
            chunk_rejects.append(Reject(number, ["nik"], [
                t("nik: NIK sudah terdaftar sebagai peserta aktif")
            ], cells, duplicate=True))
            continue
        fresh.append(clean)
    rows = members.new_member_rows(fresh, actor, event_id, consent_version, now)
    if rows:
        try:
            with s.begin_nested():
                bulk_insert(s.connection(), MEMBERS, rows)
        except IntegrityError:
            # Another process saved some of these NIKs meanwhile: go row by row.
            rows = _insert_one_by_one(s, rows, chunk, chunk_rejects)
    record(s, actor, "member_import", "event", event_id, rows=len(rows),
           rejected=sum(1 for r in chunk_rejects if not r.duplicate),
           duplicates=sum(1 for r in chunk_rejects if r.duplicate))
    return rows


def _insert_one_by_one(
    s: Session,
    rows: list[dict[str, Any]],
    chunk: list[tuple[int, list[Any]]],
    chunk_rejects: list[Reject],
) -> list[dict[str, Any]]:
    cells_by_nik: dict[str, tuple[int, list[Any]]] = {}
    for number, cells in chunk:
        for c in cells:
            cells_by_nik.setdefault(str(c).strip(), (number, cells))
    saved = []
    for row in rows:
        try:
            with s.begin_nested():
                bulk_insert(s.connection(), MEMBERS, [row])
            saved.append(row)
        except IntegrityError:
            number, cells = cells_by_nik.get(row["nik"], (0, []))
            chunk_rejects.append(Reject(number, ["nik"], [
                "nik: NIK sudah terdaftar sebagai peserta aktif"
            ], cells, duplicate=True))
    return saved


TEMPLATE_HELP = [
    ("nik", "wajib; 16 angka dari KTP"),
    ("nama", "wajib; sesuai KTP"),
    ("tempat_lahir", "boleh kosong"),
    ("tanggal_lahir", "boleh kosong (diambil dari NIK); jika diisi harus sama dengan NIK"),
    ("jenis_kelamin", "L atau P; boleh kosong (diambil dari NIK)"),
    ("alamat", "boleh kosong"),
    ("kode_wilayah", "kode kecamatan/desa Kemendagri, mis. 35.74.01; kosong: dari NIK"),
    ("no_hp", "mis. 0812-3456-7890"),
    ("email", "boleh kosong"),
    ("sektor", "wajib: " + ", ".join(codes.SECTORS.values())),
    ("pekerjaan", "mis. Pedagang"),
    ("nama_usaha", "boleh kosong"),
    ("penghasilan", "rupiah sebulan, minimal 1.000.000; kosong: 1.000.000"),
    ("program", "JKK+JKM atau JKK+JKM+JHT; kosong: JKK+JKM"),
    ("sumber_iuran", ", ".join(codes.PAYERS.values()) + "; sub-sumber " + "/".join(
        codes.PAYERS[p] for p in codes.PAYERS_WITH_SUBSOURCE) + " dalam kurung, mis. "
        "APBD (DBHCHT)"),
    ("periode_bayar", "1, 3, 6 atau 12 bulan; kosong: 1"),
    ("kelompok", "nama kelompok yang sudah terdaftar; boleh kosong"),
    ("persetujuan", "wajib ya: peserta menyetujui pemrosesan data (UU 27/2022)"),
]


def write_template(path: Path) -> None:
    """An empty import template: the header row, and for .xlsx a sheet of instructions."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        write_atomic(path, lambda fh: csv.writer(fh).writerow(member_columns.COLUMNS), "w",
                     encoding="utf-8-sig", newline="")
        return
    if suffix != ".xlsx":
        raise ImportRefused(t("Templat hanya .csv atau .xlsx."))
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Peserta"
    ws.append(list(member_columns.COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for letter_index, _ in enumerate(member_columns.COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, letter_index).column_letter].width = 18
    ws.freeze_panes = "A2"
    info = wb.create_sheet("Petunjuk")
    info.append(["kolom", "keterangan"])
    for row in TEMPLATE_HELP:
        info.append(list(row))
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 80
    from app.services.files import atomic_path

    with atomic_path(path) as tmp:
        wb.save(tmp)
