"""Reading a CSV file, bounded by its size on disk.

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
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.messages import t
from app.services.tabular.table import (
    Limits,
    Table,
    TableError,
    check_row,
    count_text,
    megabytes,
    split_advice,
    too_many_rows,
)

#: how many separators one CSV record may have before it is parsed: Excel's most columns
CSV_MOST_SEPARATORS = 16_384


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
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16's FF FE
        raise TableError(t("Berkas ini UTF-32, bukan CSV yang dibuat Excel; simpan ulang "
                           "sebagai CSV UTF-8."))
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


_TEXT_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")


def _text_lines(text: str, start: int = 0) -> Iterator[str]:
    """The lines of `text` from character `start` (a line's first) as csv.reader takes
    them (each with its end: \\n, \\r\\n or a lone \\r), one at a time: no copy of the
    whole text. (io.StringIO would keep one, at four bytes a character whatever the text:
    68 MB beside a 17 MB file of 100,000 rows, for the whole import.) Lines ending in \\n
    only, nearly every file, are cut with str.find, faster than StringIO's own reading."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):  # a lone \r ends lines too
        for match in _TEXT_LINE.finditer(text, start):
            yield match.group()
        return
    find, size = text.find, len(text)
    while start < size:
        end = find("\n", start)
        end = size if end < 0 else end + 1
        yield text[start:end]
        start = end


class _Lines:
    """The lines of a CSV text for csv.reader, refusing a record with more separators than
    `CSV_MOST_SEPARATORS` before the reader builds it (a line of millions of commas would
    be millions of cells); `record_done` is called after each record."""

    def __init__(self, text: str, delimiter: str) -> None:
        self._lines = _text_lines(text)
        self._delimiter = delimiter
        self._separators = 0
        self.given = 0  # the text's characters given so far: where the next line begins

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.given += len(line)
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
                        value=count_text(row),
                        value2=count_text(CSV_MOST_SEPARATORS)))



@dataclass(frozen=True)
class Checked:
    """What checking a CSV file's structure found it to be, for a reader of the same
    bytes to rely on without checking them again (ahead.py): the file's fingerprint,
    the limits it was checked within, and its rows after the header, blank lines
    included (numbered 2 to rows + 1)."""

    fingerprint: str
    limits: Limits
    rows: int


def fingerprint(data: bytes) -> str:
    """BLAKE2b of the file's bytes: two readings of a file are the same file only if
    these are equal."""
    return hashlib.blake2b(data, digest_size=32).hexdigest()


def _read_text(path: Path, limits: Limits, fingerprinted: bool = False
               ) -> tuple[str, str | None]:
    """The file's text (and the fingerprint of its bytes, if asked); the bytes go once
    decoded: not held beside the text."""
    size = path.stat().st_size
    if size > limits.csv_bytes:
        raise TableError(t("Berkas CSV terlalu besar ({value}; batas {value2}); {value3}.",
                           value=megabytes(size),
                           value2=megabytes(limits.csv_bytes),
                           value3=split_advice(limits)))
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError(t("Berkas ini bukan CSV teks; simpan ulang sebagai CSV atau .xlsx."))
    return _decode(data), fingerprint(data) if fingerprinted else None


def _delimiter_of(text: str) -> str:
    end = text.find("\n")
    return _delimiter(text[:end] if end >= 0 else text)


#: how many rows apart _structure marks where a row begins
MARK_EVERY = 1024


def _structure(text: str, delimiter: str, limits: Limits,
               marks: list[tuple[int, int]] | None = None) -> tuple[list[str], int]:
    """The header and the number of rows after it (blank lines included), once the whole
    text parses and keeps to the limits, so a file broken at line 90,000 is refused without anything
    written. `marks`: where every MARK_EVERY-th row begins, added to it as (row number,
    character), for a reading that starts there (read_checked)."""
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
    check_row(1, header, limits)
    count = content = 0
    try:
        for row in check:
            lines.record_done()
            count += 1
            if marks is not None and count % MARK_EVERY == 0:
                marks.append((count + 2, lines.given))  # the next row's number, start
            # csv.reader's cells are all text: check_row only for a row that may break
            # a limit, and the blank test as one strip (the cells joined hold something
            # besides blanks if and only if one of them does)
            if len(row) > limits.columns or max(map(len, row), default=0) > limits.cell_chars:
                check_row(count + 1, row, limits)
            if "".join(row).strip():
                content += 1
                if content > limits.rows:
                    raise too_many_rows(limits)
    except csv.Error as exc:
        raise TableError(
            t("Baris {line_num} tidak terbaca sebagai CSV ({exc}); perbaiki lalu ulangi.",
              line_num=check.line_num,
              exc=exc)
        ) from None
    except _TooWide:
        raise _too_wide(count + 2) from None
    return header, count


def read_checked(path: Path, limits: Limits, first_of: Callable[[int], int] = lambda _: 2
                 ) -> tuple[Checked, Table]:
    """The file's structure checked as read_csv checks it (TableError when it does not
    hold): what a later reading may rely on, and the rows of these very bytes from the
    row numbered `first_of(rows)` on (the reading starts at the row marked last before
    it: the rows before that are not parsed again)."""
    text, print_ = _read_text(path, limits, fingerprinted=True)
    delimiter = _delimiter_of(text)
    marks: list[tuple[int, int]] = []
    header, count = _structure(text, delimiter, limits, marks)
    assert print_ is not None
    first = first_of(count)
    start = max((mark for mark in marks if mark[0] <= first), default=None)
    rows = _rows(text, delimiter) if start is None else enumerate(
        csv.reader(_text_lines(text, start[1]), delimiter=delimiter, strict=True), start[0])
    return Checked(print_, limits, count), Table(
        header, (row for row in rows if row[0] >= first), count)


def _reader(text: str, delimiter: str) -> Any:
    return csv.reader(_text_lines(text), delimiter=delimiter, strict=True)


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[Any]]]:
    """The rows after the header, numbered as a spreadsheet numbers them."""
    it = _reader(text, delimiter)
    next(it)
    yield from enumerate(it, start=2)


def read_csv(path: Path, limits: Limits, checked: Checked | None = None) -> Table:
    """The file's header and rows. Its structure is checked first (the whole file,
    before a single row is used), unless `checked` says these very bytes were checked
    within these limits already."""
    text, print_ = _read_text(path, limits, fingerprinted=checked is not None)
    delimiter = _delimiter_of(text)
    relied = checked is not None and (checked.fingerprint, checked.limits) == (print_, limits)
    if relied and checked is not None:
        header, count = next(_reader(text, delimiter)), checked.rows
    else:
        header, count = _structure(text, delimiter, limits)
    return Table(header, _rows(text, delimiter), count, relied)
