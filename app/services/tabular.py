"""Reading spreadsheets people actually send: CSV in UTF-8, UTF-8 with BOM, UTF-16 or
Windows-1252, comma or semicolon separated, and .xlsx workbooks (first sheet)."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import UserError

MAX_CELL = 2_000  # characters; longer cells are refused, never truncated silently


class TableError(UserError):
    """The file as a whole cannot be read; the message says why and what to do."""


@dataclass
class Table:
    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (spreadsheet row number, cells)
    estimated_rows: int


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TableError("Berkas UTF-16 rusak; simpan ulang sebagai CSV UTF-8.") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on Indonesian Windows saves "CSV" as Windows-1252.
        return data.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError("Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx.")
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    if counts[delimiter] == 0:
        delimiter = ","
    def reader() -> Any:
        return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    # First pass: the whole file must parse before a single row is used, so a file
    # broken at line 90,000 is refused without anything written.
    check = reader()
    try:
        header = next(check)
    except StopIteration:
        raise TableError("Berkas kosong: tidak ada baris judul kolom.") from None
    except csv.Error as exc:
        raise TableError(f"Baris judul tidak terbaca sebagai CSV ({exc}).") from None
    count = 0
    try:
        for _ in check:
            count += 1
    except csv.Error as exc:
        raise TableError(
            f"Baris {check.line_num} tidak terbaca sebagai CSV ({exc}); perbaiki lalu ulangi."
        ) from None

    def rows() -> Iterator[tuple[int, list[Any]]]:
        it = reader()
        next(it)
        yield from enumerate(it, start=2)

    return Table(header, rows(), count)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    # A damaged workbook fails inside zipfile, zlib, the XML parser or openpyxl in ways
    # too many to list; all of them mean the same thing to the person holding the file.
    except Exception as exc:
        raise TableError("Berkas .xlsx rusak atau bukan buku kerja Excel.") from exc
    ws = wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    try:
        header_row = next(it)
    except StopIteration:
        wb.close()
        raise TableError("Lembar pertama kosong: tidak ada baris judul kolom.") from None
    header = ["" if v is None else str(v) for v in header_row]
    try:
        # Materialised so that a workbook broken half-way is refused before any write.
        data = [
            (number, ["" if v is None else v for v in values])
            for number, values in enumerate(it, start=2)
        ]
    except Exception as exc:
        raise TableError("Isi buku kerja .xlsx rusak; simpan ulang dari Excel.") from exc
    finally:
        wb.close()
    return Table(header, iter(data), len(data))


def read_table(path: Path) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise TableError("Berkas tidak ditemukan.")
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    raise TableError("Jenis berkas tidak didukung; pakai .csv atau .xlsx.")
