"""Reading spreadsheets people actually send: CSV in UTF-8, UTF-8 with BOM, UTF-16 or
Windows-1252, comma or semicolon separated, and .xlsx workbooks (first sheet).

Which encoding a CSV is in is decided by a rule, never guessed silently; a file whose
encoding is not certain is refused, naming the row (as a spreadsheet counts them, the
header being row 1) of the first doubtful byte, and asking for the file to be saved
again as CSV UTF-8. The rule, in order:

1. A UTF-8 byte-order mark: UTF-8, and every byte must be UTF-8; otherwise refused.
2. A UTF-16 byte-order mark: UTF-16 (a broken UTF-16 file is refused).
3. No mark, and the whole file is valid UTF-8 (plain ASCII included): UTF-8.
4. No mark, not valid UTF-8, but somewhere a valid UTF-8 multi-byte sequence (a sign that
   the file is UTF-8 with something else pasted in): refused, naming the row of the first
   byte that is not UTF-8. Decoding it all as Windows-1252 would turn every "Ñ" written
   in UTF-8 into "Ã‘" without a word.
5. No mark and no sign of UTF-8 at all: Windows-1252 (what Excel on Windows writes as
   "CSV"), but only when every byte above 0x7F is a letter (À–ÿ without × and ÷, Š Œ Ž Ÿ
   š œ ž) or one of the marks people type in names and addresses (‘ ’ “ ” – — … ´ and
   the no-break space). Any other such byte (a byte Windows-1252 leaves undefined, or a
   symbol such as ¤ ¦ ¬ ½) is refused with its row: the file is then more likely in some
   other encoding than a list of names.

The decoded text then goes through the same checks as any other: strict CSV parsing of
every line, the header, and each row's values. The check works on the bytes already read
(a regular-expression search, no copy); finding the row of a refused byte decodes one
line at a time.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
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


# A valid UTF-8 multi-byte sequence (RFC 3629: no overlong forms, no surrogates).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Bytes above 0x7F that Windows-1252 text of names and addresses holds: letters, and the
# quotes, dashes, ellipsis, acute accent and no-break space that Word and Excel type.
_CP1252_LETTERS = (set(range(0xC0, 0x100)) - {0xD7, 0xF7}) | {0x8A, 0x8C, 0x8E, 0x9A, 0x9C,
                                                              0x9E, 0x9F}
_CP1252_MARKS = {0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xA0, 0xB4}
_CP1252_READABLE = _CP1252_LETTERS | _CP1252_MARKS
_CP1252_DOUBTFUL = re.compile(
    b"[" + b"".join(re.escape(bytes([b])) for b in range(0x80, 0x100)
                    if b not in _CP1252_READABLE) + b"]"
)
_LINE = re.compile(rb"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")
SAVE_AS_UTF8 = ("simpan ulang berkas sebagai CSV UTF-8 (di Excel: Simpan Sebagai → "
                "CSV UTF-8 (Dibatasi koma)), periksa huruf di baris itu, lalu ulangi.")


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d])
    return delimiter if counts[delimiter] else ","


def _row_of(data: bytes, position: int, encoding: str) -> int:
    """The spreadsheet row (header = 1) holding byte `position`: the CSV records before it
    are counted, a quoted cell spanning lines being one row, as in the import itself."""
    first = _LINE.match(data, 0, position)
    if first is None or not first.group().endswith((b"\n", b"\r")):
        return 1
    delimiter = _delimiter(first.group().decode(encoding, errors="replace"))

    def lines() -> Iterator[str]:
        last = ""
        for match in _LINE.finditer(data, 0, position):  # one line at a time, no copy
            if last:
                yield last
            last = match.group().decode(encoding, errors="replace")
        # A mark in place of the doubtful byte, so that its own record is counted too.
        if last.endswith(("\n", "\r")):
            yield last
            yield "x"
        else:
            yield last + "x"

    rows = 0
    try:
        for _ in csv.reader(lines(), delimiter=delimiter, strict=False):
            rows += 1
    except csv.Error:  # too broken to parse as CSV (a huge cell): the line number then
        lines_before = sum(1 for m in _LINE.finditer(data, 0, position)
                           if m.group().endswith((b"\n", b"\r")))
        return lines_before + 1
    return rows


def _doubtful(data: bytes, position: int, encoding: str, why: str) -> TableError:
    row = _row_of(data, position, encoding)
    return TableError(f"Baris {row}: {why}; pengodean huruf berkas ini tidak pasti — "
                      + SAVE_AS_UTF8)


def _decode(data: bytes) -> str:
    """The text of a CSV file by the rule in the module's docstring, or TableError."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return str(memoryview(data)[len(codecs.BOM_UTF8):], "utf-8")  # no copy
        except UnicodeDecodeError as exc:
            raise _doubtful(data, len(codecs.BOM_UTF8) + exc.start, "utf-8",
                            "berkas bertanda UTF-8 tetapi ada huruf yang bukan UTF-8") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TableError("Berkas UTF-16 rusak; simpan ulang sebagai CSV UTF-8.") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _UTF8_SEQUENCE.search(data):
        raise _doubtful(data, first_bad, "utf-8",
                        "ada huruf yang bukan UTF-8, padahal bagian lain berkas UTF-8")
    odd = _CP1252_DOUBTFUL.search(data)
    if odd:
        raise _doubtful(data, odd.start(), "cp1252",
                        "ada karakter yang tidak lazim untuk CSV Windows-1252")
    # Excel on Indonesian Windows saves "CSV" as Windows-1252; every byte is defined here.
    return data.decode("cp1252")


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError("Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx.")
    text = _decode(data)
    end = text.find("\n")
    delimiter = _delimiter(text[:end] if end >= 0 else text)
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
