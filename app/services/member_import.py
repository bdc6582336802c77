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
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, groupby
from pathlib import Path
from typing import Any, TypeVar

from app import logs, resources
from app.db import Database
from app.domain import codes
from app.domain.messages import t
from app.domain.regions import RegionIndex
from app.domain.tariff import TariffBook
from app.services import (
    events,
    files,
    import_rows,
    import_writer,
    member_cleaning,
    member_columns,
    member_rules,
)
from app.services.audit import Actor
from app.services.formulas import neutralise, neutralise_row
from app.services.import_rows import ImportRefused as ImportRefused
from app.services.import_rows import Item, Numbered
from app.services.import_rows import Reject as Reject
from app.services.tabular.csv_file import Checked
from app.services.tabular.read import read_table
from app.services.tabular.table import TableError

_log = logs.get("import")
#: rows per transaction. Each commit writes every page the chunk touched (the indexes on
#: NIK, name, phone and id are spread over the whole table), so fewer, larger chunks
#: write those pages fewer times: 20,000 rows commit 100,000 in five.
CHUNK = 20000
#: rows checked and handed to the writer at a time: the writer saves one part while the
#: next is checked, so the last rows of a file wait for one part's writing, not a chunk's
PART = 4000
#: the last chunk's last PART rows go in halves down to this many (2,000, 1,000, 500,
#: 500), so that once the file's last row is checked the officer waits for 500 rows'
#: writing, not 4,000 (a last chunk of fewer rows: its last part is as small already)
LAST_PART = 500


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
    rejects_problem: str | None = None  # the rows are saved, the list of rejects is not

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "imported": self.imported,
            "rejected": self.rejected,
            "duplicates": self.duplicates,
            "event_id": str(self.event_id) if self.event_id else None,
            "cancelled": self.cancelled,
            "rejects_file": str(self.rejects_file) if self.rejects_file else None,
            **({"rejects_problem": self.rejects_problem} if self.rejects_problem else {}),
        }


Progress = Callable[[int, int], None]  # (rows done, rows expected)


def write_rejects(path: Path, header: list[str], rejects: list[Reject]) -> None:
    def fill(fh: Any) -> None:
        out = csv.writer(fh)
        out.writerow(["baris", "kolom", "alasan", *(neutralise(h) for h in header)])
        for r in rejects:  # the input's header and cells, and reasons that quote them
            out.writerow(neutralise_row(
                [str(r.row), ", ".join(r.columns), "; ".join(r.reasons), *r.cells]))

    files.write_atomic(path, fill, "w", encoding="utf-8-sig", newline="")


_R = TypeVar("_R")


def _chunks(rows: Iterator[_R], size: int) -> Iterator[tuple[list[_R], bool]]:
    """The rows, `size` at a time, each batch with whether it is the last."""
    batch: list[_R] = []
    for row in rows:
        if len(batch) >= size:
            yield batch, False  # a row follows it
            batch = []
        batch.append(row)
    if batch:
        yield batch, True


def _parts(rows: int, size: int, last: bool) -> Iterator[tuple[int, int]]:
    """Where a chunk of `rows` rows is cut into parts of `size`; in the file's last chunk
    its last `size` rows (all of them when fewer) are cut in halves down to LAST_PART,
    the rows before them in parts of `size`. Parts of LAST_PART rows or fewer are not cut
    further."""
    if size < 1:
        raise ValueError("a part holds one row at least")
    halved = min(rows, size) if last and size > LAST_PART else 0
    for start in range(0, rows - halved, size):
        yield start, min(rows - halved, start + size)
    start = rows - halved
    while start < rows:
        left = rows - start
        step = left if left <= LAST_PART else max(LAST_PART, left // 2)
        yield start, start + step
        start += step


@dataclass
class PreparedFile:
    """A file whose structure has been checked: every line parses, required columns exist."""

    path: Path
    header: list[str]
    mapping: dict[int, str]
    rows: Iterator[tuple[int, list[Any]]]
    estimated_rows: int
    #: read relying on the second process's check of these very bytes (tabular/ahead.py)
    checked_ahead: bool = False


def prepare(path: Path, checked: Checked | None = None) -> PreparedFile:
    """Read and check the whole file; raises ImportRefused before anything is written.
    `checked`: what another process found checking the file's structure (tabular/ahead.py),
    relied on for the same bytes only."""
    try:
        table = read_table(path, checked=checked)
    except TableError as exc:
        raise ImportRefused(str(exc)) from exc
    return PreparedFile(Path(path), table.header, import_rows.map_header(table.header),
                        table.rows, table.estimated_rows, table.checked_ahead)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while rows are checked and written: it would walk
    the chunk's rows, cells and cleaned records over and over as they pile up, about a
    tenth of the import's processor time, to free nothing (they hold no cycles). Back on
    afterwards only if it was on (another thread's import may have paused it), with what
    the import made and still holds (some 150,000 objects after 100,000 rows: the last
    chunk, the memos) counted among the oldest objects: as the newest, the collector's
    first pass would walk them all at once (70 ms) as the import ends. The few cycles
    made meanwhile (a session per chunk) go with the next full collection."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()  # every tracked object into the permanent generation…
            gc.unfreeze()  # …and back into the oldest one
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
    part_size: int = PART,
    elsewhere: import_rows.Elsewhere | None = None,
) -> ImportReport:
    """Import a file into the event (and group). Raises ImportRefused for a whole-file
    problem, and events.EventClosed for an event that is closed, before anything is
    written. `elsewhere`: the file's later rows through the person's checks by the
    import's second process (tabular/ahead.py) for the `on` given, relied on when the file
    was read relying on that process's check of its bytes (PreparedFile.checked_ahead)."""
    if chunk_size < 1 or part_size < 1:
        raise ValueError("chunks and parts hold one row at least")
    on = on or dt.date.today()
    with db.session() as s:
        events.require_open(s, event_id)
    table = source if isinstance(source, PreparedFile) else prepare(source)
    if rejects_path is not None:
        _rejects_writable(Path(rejects_path), table.path)
    report = ImportReport(event_id=event_id)
    with db.session() as s:
        rules = member_rules.MemberRules.load(s, regions or resources.regions(), tariffs, on)
    seen_in_file: dict[str, int] = {}
    #: each submitted chunk's rows checked good (by NIK) and rejects, until it is saved
    waiting: list[tuple[dict[str, Numbered], list[Reject]]] = []
    # rows checked elsewhere: for the very bytes read here, against the program's regions
    rows = _rows(table, rules, elsewhere if table.checked_ahead and regions is None else None)
    writer = import_writer.open_writer(db, actor, event_id, consent_version)
    try:
        with _collector_paused():
            for chunk, last in _chunks(rows, chunk_size):
                if cancelled and cancelled():
                    report.cancelled = True
                    break
                by_nik: dict[str, Numbered] = {}
                chunk_rejects: list[Reject] = []
                waiting.append((by_nik, chunk_rejects))
                for start, end in _parts(len(chunk), part_size, last):
                    items = _through_people(chunk[start:end], table, rules)
                    good, rejects = _settle(items, rules, group_id, seen_in_file, report)
                    by_nik.update((clean.nik, (number, cells)) for number, cells, clean in good)
                    chunk_rejects.extend(rejects)
                    writer.submit([clean for _, _, clean in good],
                                  sum(1 for r in rejects if not r.duplicate),
                                  sum(1 for r in rejects if r.duplicate),
                                  ends_chunk=end >= len(chunk))
                _count(writer.finished(), waiting, report)
                # said between chunks only: the writer holds the write lock from a chunk's
                # first part to its last, and saying can wait (a paused console)
                if progress:
                    progress(report.read, max(table.estimated_rows, report.read))
    finally:
        saved = writer.close()
    _count(saved, waiting, report)
    if rejects_path and report.rejects:
        try:
            write_rejects(rejects_path, table.header, report.rejects)
            report.rejects_file = rejects_path
        except OSError as exc:  # the rows are saved: the report says so, and why no list
            report.rejects_problem = files.explain(exc)
    return report


def _rows(table: PreparedFile, rules: member_rules.PersonRules,
          elsewhere: import_rows.Elsewhere | None) -> Iterator[Numbered | Item]:
    """The file's rows with content, in order: as read, to go through the person's checks
    with their part (_through_people); from the row `elsewhere` checks first on, its rows
    through them already. Should it stop giving them (or give them out of order), the
    rows after the last one it gave, as read."""
    own = import_rows.content(table.rows)
    first = elsewhere.first if elsewhere is not None else None
    if elsewhere is None or first is None:
        yield from own
        return
    after: list[Numbered] = []  # the row read past the ones checked here
    for row in own:
        if row[0] >= first:
            after.append(row)
            break
        yield row
    expected = first  # every row from `first` to the file's last comes, in order
    try:
        for sent in elsewhere.rows():
            if import_rows.number_of(sent) != expected:
                raise import_rows.RowsLost("baris tidak berurutan")
            expected += 1
            if type(sent) is Reject or len(sent) != 1:  # type: ignore[arg-type]
                yield sent
        # the file's last row: its rows after the header, blank lines included, as the
        # structure check of these very bytes counted them (rows are numbered from 2)
        if expected != table.estimated_rows + 2:
            raise import_rows.RowsLost("baris terakhir tidak sampai")
        return
    except import_rows.RowsLost as exc:
        _log.warning("proses kedua berhenti memberi baris (%s); baris %d dan sesudahnya "
                     "diperiksa di sini", exc, expected)
    yield from (row for row in chain(after, own) if row[0] >= expected)


def _as_read(row: Numbered | Item) -> bool:
    return type(row) is tuple and len(row) == 2


def _through_people(part: list[Numbered | Item], table: PreparedFile,
                    rules: member_rules.PersonRules) -> list[Item]:
    """A part's rows through the person's checks: the ones as read checked here, the
    ones checked elsewhere as they came."""
    items: list[Item] = []
    for as_read, rows in groupby(part, key=_as_read):
        if as_read:
            items.extend(import_rows.people(rows, table.header, table.mapping,  # type: ignore[arg-type]
                                            rules))
        else:
            items.extend(rows)  # type: ignore[arg-type]
    return items


def _rejects_writable(target: Path, source: Path) -> None:
    """The rejects file can be written, and is not the file being imported (it would
    replace the officer's spreadsheet): checked before the first row is saved."""
    if target.exists() and os.path.samefile(target, source):
        raise ImportRefused(t("Daftar baris yang ditolak tidak boleh ditulis ke berkas yang "
                              "sedang diimpor; pilih nama lain untuk --rejects."))
    try:
        files.check_writable(target)
    except OSError as exc:
        raise ImportRefused(t("Daftar baris yang ditolak tidak bisa ditulis, jadi belum ada "
                              "yang diimpor. {why}", why=files.explain(exc))) from exc


def _count(saved: list[import_writer.Saved],
           waiting: list[tuple[dict[str, Numbered], list[Reject]]],
           report: ImportReport) -> None:
    """The saved chunks into the report, the NIKs found already active as rejects."""
    for chunk in saved:
        by_nik, rejects = waiting.pop(0)
        report.imported += chunk.imported
        for nik in chunk.already_active:
            number, cells = by_nik[nik]
            rejects.append(Reject(number, ["nik"], [
                t("nik: NIK sudah terdaftar sebagai peserta aktif")
            ], cells, duplicate=True))
        for r in rejects:
            if r.duplicate:
                report.duplicates += 1
            else:
                report.rejected += 1
        report.rejects.extend(sorted(rejects, key=lambda r: r.row))


def _settle(
    items: list[Item],
    rules: member_rules.MemberRules,
    group_id: uuid.UUID | None,
    seen_in_file: dict[str, int],
    report: ImportReport,
) -> tuple[list[tuple[int, list[Any], member_cleaning.CleanMember]], list[Reject]]:
    """A part's rows after the person's checks (import_rows.people), settled: their
    payment terms, and their NIKs against the file's rows before them. The good ones, and
    the rejects."""
    good: list[tuple[int, list[Any], member_cleaning.CleanMember]] = []
    part_rejects: list[Reject] = []
    settle = member_cleaning.settle
    for item in items:
        report.read += 1
        if type(item) is Reject:  # refused before the person's checks
            part_rejects.append(item)
            continue
        number, cells, raw_terms, person, problems = item  # type: ignore[misc]
        clean, problems = settle(person, problems, raw_terms, rules, group_id)
        if clean is None:
            part_rejects.append(Reject(
                number, list(dict.fromkeys(p.field for p in problems)),
                list(problems), cells,
            ))
            continue
        first = seen_in_file.get(clean.nik)
        if first is not None:
            part_rejects.append(Reject(number, ["nik"], [
                t("nik: NIK sama dengan baris {first} di berkas ini", first=first)
            ], cells, duplicate=True))
            continue
        seen_in_file[clean.nik] = number
        good.append((number, cells, clean))
    return good, part_rejects


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
        files.write_atomic(path, lambda fh: csv.writer(fh).writerow(member_columns.COLUMNS), "w",
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

    files.write_workbook(path, wb)
