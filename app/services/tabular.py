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

Files come from outside (officers' spreadsheets on a USB stick), so every read is bounded
before it costs memory, by the figures in `Limits`: a CSV by its size on disk; a workbook
by its ZIP directory (its size, the number of its parts, each part's and all parts'
declared size once unpacked, and how much a big part claims to grow) before anything in
it is unpacked. zipfile never unpacks a part past its declared size, so the declared
sizes bound what is read even when they lie. Within those sizes, XML can still cost the
tree openpyxl builds many times its size (one row of millions of empty cells, one comment
of 200 MB), so each part is first read by a streaming scan that holds nothing and refuses
such shapes (`_scan_xml`). openpyxl then parses through defusedxml, which it uses when it
is installed and which refuses entity declarations ("billion laughs"), as the scan does.
Both kinds are then bounded in rows with content, columns with content and characters in
a cell, and a file past any of them is refused whole, naming the limit.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from pyexpat import ExpatError, ParserCreate
from typing import Any

from app.domain.errors import UserError
from app.domain.messages import t

MAX_CELL = 2_000  # characters; longer cells are refused, never truncated silently
MB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one spreadsheet may hold before it is refused whole, unread.

    The sizes to design for (docs: PRODUCT.md): the largest import is about 100,000 rows,
    what one laptop holds. Measured on 100,000 generated people written into the app's own
    template by openpyxl 3.1 (inline strings, every value text: the largest form a
    workbook of them takes): the .xlsx is 12.1 MB, its sheet 98.5 MB unpacked (about
    985 bytes a row) at a compression ratio of 8.1, every other part under 11 KB; the same
    people as CSV are 16.9 MB. The most a real sheet was seen to compress is 28 times (a
    sheet with every empty row formatted down to Excel's last, row 1,048,576); the
    100,000 rows written Excel's way (shared strings) compress 8.8 times; a part of
    whitespace or zeros compresses about 1,000 times."""

    rows: int = 120_000  # rows with content after the header: 100,000 and a fifth more
    columns: int = 64  # columns with content in a row: the template has 18
    cell_chars: int = 32_767  # Excel's own limit for one cell; see MAX_CELL for a row's
    csv_bytes: int = 64 * MB  # 120,000 rows as CSV are about 20 MB
    xlsx_bytes: int = 40 * MB  # 120,000 rows as .xlsx are about 14.5 MB
    part_bytes: int = 200 * MB  # one part unpacked: the sheet of 120,000 rows is ~118 MB
    total_bytes: int = 300 * MB  # all parts unpacked, room for a few more sheets
    parts: int = 1_000  # the template has 10; each costs memory before any check
    strings: int = 3_000_000  # shared texts (Excel's way): 120,000 rows x 12 text columns
    # is 1,440,000 at most; each costs about 60 bytes once read
    ratio: int = 100  # unpacked / packed for a part of at least `ratio_from` bytes
    ratio_from: int = 1 * MB


LIMITS = Limits()
EXCEL_LAST_ROW = 1_048_576
EXCEL_COLUMNS = 16_384
#: the most bytes one XML token (a tag, a comment…) may take: the parser holds a token
#: whole, and a real workbook's longest is a cell's text, at most 32,767 characters
XML_TOKEN = 1 * MB
#: how many separators one CSV record may have before it is parsed: Excel's most columns
CSV_MOST_SEPARATORS = 16_384


class TableError(UserError):
    """The file as a whole cannot be read; the message says why and what to do."""


def _n(number: int) -> str:
    """A count as Indonesian writes it: 120.000."""
    return f"{number:,}".replace(",", ".")


def _mb(size: int) -> str:
    return f"{_n(-(-size // MB))} MB"


def _split(limits: Limits) -> str:
    return t("bagi menjadi beberapa berkas (paling banyak {rows} baris per berkas) lalu impor "
             "satu per satu", rows=_n(limits.rows))


RESAVE = t("buka di Excel lalu simpan ulang sebagai .xlsx atau CSV UTF-8, lalu ulangi")


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
SAVE_AS_UTF8 = t("simpan ulang berkas sebagai CSV UTF-8 (di Excel: Simpan Sebagai → "
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
    return TableError(t("Baris {row}: {why}; pengodean huruf berkas ini tidak pasti — "
                        "{SAVE_AS_UTF8}",
                        row=row,
                        why=why,
                        SAVE_AS_UTF8=SAVE_AS_UTF8))


def _decode(data: bytes) -> str:
    """The text of a CSV file by the rule in the module's docstring, or TableError."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return str(memoryview(data)[len(codecs.BOM_UTF8):], "utf-8")  # no copy
        except UnicodeDecodeError as exc:
            raise _doubtful(data, len(codecs.BOM_UTF8) + exc.start, "utf-8",
                            t("berkas bertanda UTF-8 tetapi ada huruf yang bukan UTF-8")) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TableError(t("Berkas UTF-16 rusak; simpan ulang sebagai CSV UTF-8.")) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _UTF8_SEQUENCE.search(data):
        raise _doubtful(data, first_bad, "utf-8",
                        t("ada huruf yang bukan UTF-8, padahal bagian lain berkas UTF-8"))
    odd = _CP1252_DOUBTFUL.search(data)
    if odd:
        raise _doubtful(data, odd.start(), "cp1252",
                        t("ada karakter yang tidak lazim untuk CSV Windows-1252"))
    # Excel on Indonesian Windows saves "CSV" as Windows-1252; every byte is defined here.
    return data.decode("cp1252")


class _Lines:
    """The lines of a CSV text for csv.reader, refusing a record with more separators than
    `CSV_MOST_SEPARATORS` before the reader builds it (a line of millions of commas would
    be millions of cells); `record_done` is called after each record."""

    def __init__(self, text: str, delimiter: str) -> None:
        self._lines = io.StringIO(text, newline="")
        self._delimiter = delimiter
        self._separators = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._separators += line.count(self._delimiter)
        if self._separators > CSV_MOST_SEPARATORS:
            raise _TooWide
        return line

    def record_done(self) -> None:
        self._separators = 0


class _TooWide(Exception):
    pass


def _too_wide(row: int) -> TableError:
    return TableError(t("Baris {value}: lebih dari {value2} pemisah kolom; ini bukan daftar "
                        "biasa — periksa pemisahnya lalu ulangi.",
                        value=_n(row),
                        value2=_n(CSV_MOST_SEPARATORS)))


def _too_many_rows(limits: Limits) -> TableError:
    return TableError(t("Berkas berisi lebih dari {value} baris data, batas satu impor; "
                        "{value2}.",
                        value=_n(limits.rows),
                        value2=_split(limits)))


def _check_row(number: int, cells: tuple[Any, ...] | list[Any], limits: Limits) -> int:
    """How many cells of the row hold something (up to its last one), or TableError when
    the row is wider or a cell longer than the limits."""
    width = len(cells)
    while width and (cells[width - 1] is None or cells[width - 1] == ""):
        width -= 1
    if width > limits.columns:
        raise TableError(t("Baris {value}: lebih dari {columns} kolom terisi (batas "
                           "{columns}); hapus kolom yang tidak dipakai lalu ulangi.",
                           value=_n(number),
                           columns=limits.columns))
    for value in cells:
        if isinstance(value, str) and len(value) > limits.cell_chars:
            raise _cell_too_long(number, limits)
    return width


def _cell_too_long(row: int, limits: Limits) -> TableError:
    return TableError(t("Baris {value}: ada sel lebih dari {value2} karakter (batas sel "
                        "Excel); berkas ini bukan daftar biasa — periksa sel itu.",
                        value=_n(row),
                        value2=_n(limits.cell_chars)))


def _blank(cells: tuple[Any, ...] | list[Any]) -> bool:
    """As the import counts rows: a row of empty or blank cells is not a row."""
    return not any(str(c).strip() for c in cells if c is not None)


def _read_csv(path: Path, limits: Limits) -> Table:
    size = path.stat().st_size
    if size > limits.csv_bytes:
        raise TableError(t("Berkas CSV terlalu besar ({value}; batas {value2}); {value3}.",
                           value=_mb(size),
                           value2=_mb(limits.csv_bytes),
                           value3=_split(limits)))
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError(t("Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx."))
    text = _decode(data)
    end = text.find("\n")
    delimiter = _delimiter(text[:end] if end >= 0 else text)
    def reader() -> Any:
        return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    # First pass: the whole file must parse, and keep to the limits, before a single row
    # is used, so a file broken at line 90,000 is refused without anything written.
    lines = _Lines(text, delimiter)
    check = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        header = next(check)
    except StopIteration:
        raise TableError(t("Berkas kosong: tidak ada baris judul kolom.")) from None
    except csv.Error as exc:
        raise TableError(t("Baris judul tidak terbaca sebagai CSV ({exc}).", exc=exc)) from None
    except _TooWide:
        raise _too_wide(1) from None
    lines.record_done()
    _check_row(1, header, limits)
    count = content = 0
    try:
        for row in check:
            lines.record_done()
            count += 1
            # csv.reader's cells are all text: _check_row only for a row that may break
            # a limit, and _blank as one strip (the cells joined hold something besides
            # blanks if and only if one of them does)
            if len(row) > limits.columns or max(map(len, row), default=0) > limits.cell_chars:
                _check_row(count + 1, row, limits)
            if "".join(row).strip():
                content += 1
                if content > limits.rows:
                    raise _too_many_rows(limits)
    except csv.Error as exc:
        raise TableError(
            t("Baris {line_num} tidak terbaca sebagai CSV ({exc}); perbaiki lalu ulangi.",
              line_num=check.line_num,
              exc=exc)
        ) from None
    except _TooWide:
        raise _too_wide(count + 2) from None

    def rows() -> Iterator[tuple[int, list[Any]]]:
        it = reader()
        next(it)
        yield from enumerate(it, start=2)

    return Table(header, rows(), count)


def _check_package(path: Path, limits: Limits) -> None:
    """Refuse a workbook whose ZIP directory promises more than a list of people needs,
    before anything in it is unpacked. The declared sizes are what zipfile holds to: it
    stops unpacking a part at its declared size (and then checks its CRC), so a part that
    lies about its size yields at most what it declared."""
    size = path.stat().st_size
    if size > limits.xlsx_bytes:
        raise TableError(t("Berkas .xlsx terlalu besar ({value}; batas {value2}); {value3}.",
                           value=_mb(size),
                           value2=_mb(limits.xlsx_bytes),
                           value3=_split(limits)))
    # zipfile makes an object for every record of the ZIP directory, each of which starts
    # with these four bytes: count them first (a 40 MB file of empty parts would be
    # 450,000 records and over 250 MB once listed).
    records, tail = 0, b""
    with path.open("rb") as fh:
        while block := fh.read(MB):
            records += (tail + block).count(b"PK\x01\x02")
            tail = block[-3:]
    if records > limits.parts:
        raise TableError(t("Berkas .xlsx berisi lebih dari {value} bagian; bukan buku kerja "
                           "biasa — {RESAVE}.",
                           value=_n(limits.parts),
                           RESAVE=RESAVE))
    damaged = t("Berkas .xlsx rusak atau bukan buku kerja Excel.")
    try:
        package = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise TableError(damaged) from exc
    with package:
        parts = package.infolist()
        total = 0
        for part in parts:
            total += part.file_size
            if part.file_size > limits.part_bytes:
                raise TableError(
                    t("Isi berkas .xlsx terlalu besar setelah dibuka (satu bagian {value}; "
                      "batas {value2}); {value3}, atau {RESAVE}.",
                      value=_mb(part.file_size),
                      value2=_mb(limits.part_bytes),
                      value3=_split(limits),
                      RESAVE=RESAVE))
            if (part.file_size >= limits.ratio_from
                    and part.file_size > limits.ratio * max(part.compress_size, 1)):
                ratio = part.file_size // max(part.compress_size, 1)
                raise TableError(
                    t("Isi berkas .xlsx tidak wajar: satu bagian menjadi {value} kali lebih "
                      "besar setelah dibuka (buku kerja biasa paling banyak {ratio} kali); "
                      "berkas rusak atau sengaja dibuat untuk menghabiskan memori — {RESAVE}.",
                      value=_n(ratio),
                      ratio=limits.ratio,
                      RESAVE=RESAVE))
        if total > limits.total_bytes:
            raise TableError(t("Isi berkas .xlsx terlalu besar setelah dibuka ({value}; batas "
                               "{value2}); {value3}.",
                               value=_mb(total),
                               value2=_mb(limits.total_bytes),
                               value3=_split(limits)))
        for part in parts:
            try:
                with package.open(part) as source:
                    _scan_xml(source, limits)
            # a bad CRC, an unknown compression method, an encrypted part, a broken stream
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, zlib.error,
                    EOFError, ValueError) as exc:
                raise TableError(damaged) from exc


ENTITIES = t("Berkas .xlsx berisi deklarasi entitas XML yang tidak dibuat Excel (cara membuat "
             "berkas yang menghabiskan memori); berkas ditolak — {resave}.", resave=RESAVE)


def _scan_xml(source: Any, limits: Limits) -> None:
    """Read one part as XML, streaming, and refuse what would cost the tree that openpyxl
    builds far more than the part's size: a token the parser must hold whole (past
    `XML_TOKEN`), a run of text longer than a cell may be, a row of more cells or a sheet
    of more rows than Excel has, more shared texts than `limits.strings`, an entity
    declaration. A part that is not XML (a picture) stops the scan at its first bad byte,
    where openpyxl's parser (expat too) would stop as well: whatever openpyxl reads has
    been scanned."""
    parser = ParserCreate()
    rows = row = cells = strings = text = 0
    in_cell_text = False

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal rows, row, cells, strings, text, in_cell_text
        text = 0
        name = tag.rpartition(":")[2]
        in_cell_text = name in ("t", "v", "f") and cells > 0
        if name == "c":
            cells += 1
            if cells > EXCEL_COLUMNS:
                raise TableError(t("Baris {value}: lebih dari {value2} sel, batas Excel; "
                                   "berkas rusak — {RESAVE}.",
                                   value=_n(row),
                                   value2=_n(EXCEL_COLUMNS),
                                   RESAVE=RESAVE))
        elif name == "row":
            number = attrs.get("r", "")
            rows, cells = rows + 1, 0
            row = int(number) if number.isdigit() else row + 1  # as openpyxl numbers them
            if rows > EXCEL_LAST_ROW or row > EXCEL_LAST_ROW:
                raise TableError(t("Lembar kerja menyebut baris lebih dari {value}, batas "
                                   "Excel; berkas rusak — {RESAVE}.",
                                   value=_n(EXCEL_LAST_ROW),
                                   RESAVE=RESAVE))
        elif name == "si":
            strings += 1
            if strings > limits.strings:
                raise TableError(t("Berkas .xlsx berisi lebih dari {value} teks; {value2}.",
                                   value=_n(limits.strings),
                                   value2=_split(limits)))

    def data(chunk: str) -> None:
        nonlocal text
        text += len(chunk)
        if text > limits.cell_chars:
            if in_cell_text:
                raise _cell_too_long(row, limits)
            raise TableError(t("Berkas .xlsx berisi teks lebih dari {value} karakter tanpa "
                               "jeda (batas sel Excel); bukan buku kerja biasa — {RESAVE}.",
                               value=_n(limits.cell_chars),
                               RESAVE=RESAVE))

    def entity(*_: Any) -> None:
        raise TableError(ENTITIES)

    parser.StartElementHandler = start
    parser.CharacterDataHandler = data
    parser.EntityDeclHandler = entity
    fed = 0
    try:
        while chunk := source.read(64 * 1024):
            parser.Parse(chunk, False)
            fed += len(chunk)
            # outside a handler: where the last token the parser finished ends
            if fed - parser.CurrentByteIndex > XML_TOKEN:
                raise TableError(t("Berkas .xlsx berisi satu tanda XML lebih dari {value}; "
                                   "bukan buku kerja biasa — {RESAVE}.",
                                   value=_mb(XML_TOKEN),
                                   RESAVE=RESAVE))
        parser.Parse(b"", True)
    except ExpatError:
        return  # not XML (or cut short): openpyxl's parser stops at the same place


def _unreadable(exc: BaseException, message: str) -> TableError:
    """The refusal for a workbook openpyxl could not read: XML that defusedxml refused
    (entity declarations, external references) is named as such; anything else means
    the file is damaged."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return TableError(ENTITIES)
        cause = cause.__cause__ or cause.__context__
    return TableError(message)


def _read_xlsx(path: Path, limits: Limits) -> Table:
    _check_package(path, limits)
    import openpyxl

    if not openpyxl.DEFUSEDXML:  # the program is installed wrong: a bug, not the file
        raise RuntimeError("openpyxl is not using defusedxml; workbooks are not parsed "
                           "without it (is defusedxml installed, OPENPYXL_DEFUSEDXML unset?)")
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    # A damaged workbook fails inside zipfile, zlib, the XML parser or openpyxl in ways
    # too many to list; all of them mean the same thing to the person holding the file.
    except Exception as exc:
        raise _unreadable(exc, t("Berkas .xlsx rusak atau bukan buku kerja Excel.")) from exc
    try:
        return _first_sheet(wb, limits)
    except TableError:
        raise
    except Exception as exc:
        raise _unreadable(exc, t("Isi buku kerja .xlsx rusak; simpan ulang dari Excel.")) from exc
    finally:
        wb.close()


def _first_sheet(wb: Any, limits: Limits) -> Table:
    """The first sheet's header and its rows with content, all read (and checked against
    the limits) before any is used, so that a workbook broken half-way is refused before
    any write. Rows are kept as openpyxl gives them, without their empty cells at the end."""
    if not wb.worksheets:
        raise TableError(t("Buku kerja tidak berisi lembar kerja."))
    ws = wb.worksheets[0]
    # The sheet's own statement of its size is not trusted: rows are not padded to it.
    ws.reset_dimensions()
    it = enumerate(ws.iter_rows(values_only=True), start=1)
    try:
        _, header_row = next(it)
    except StopIteration:
        raise TableError(t("Lembar pertama kosong: tidak ada baris judul kolom.")) from None
    widest = _check_row(1, header_row, limits)
    header = ["" if v is None else str(v) for v in header_row[:widest]]
    data: list[tuple[int, tuple[Any, ...]]] = []
    for number, values in it:
        if number > EXCEL_LAST_ROW:  # openpyxl yields an empty row for each one skipped
            raise TableError(t("Lembar pertama menyebut baris lebih dari {value}, batas Excel; "
                               "berkas rusak — {RESAVE}.",
                               value=_n(EXCEL_LAST_ROW),
                               RESAVE=RESAVE))
        if not values or _blank(values):
            continue
        width = _check_row(number, values, limits)
        if len(data) >= limits.rows:
            raise _too_many_rows(limits)
        data.append((number, values[:width]))
        widest = max(widest, width)
    # As wide as the widest row, the way a sheet is read: a cell in a column without a
    # title is in an unnamed column, not a cell past the header.
    header += [""] * (widest - len(header))

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for number, values in data:
            yield number, ["" if v is None else v for v in values]

    return Table(header, rows(), len(data))


def read_table(path: Path, limits: Limits | None = None) -> Table:
    """The header and rows of a CSV or .xlsx file (its first sheet), or TableError when the
    file cannot be read or is past `limits` (by default `LIMITS`)."""
    path = Path(path)
    limits = limits or LIMITS
    suffix = path.suffix.lower()
    if not path.is_file():
        raise TableError(t("Berkas tidak ditemukan."))
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, limits)
    if suffix in (".csv", ".txt"):
        return _read_csv(path, limits)
    raise TableError(t("Jenis berkas tidak didukung; pakai .csv atau .xlsx."))
