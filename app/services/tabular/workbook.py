"""Reading an .xlsx workbook (its first sheet), bounded before it costs memory: by its
ZIP directory (its size, the number of its parts, each part's and all parts' declared
size once unpacked, and how much a big part claims to grow) before anything in it is
unpacked, then by a streaming scan of each part's XML (`_scan_xml`), then by openpyxl
parsing through defusedxml, and by the rows, columns and cell lengths of `Limits`.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from pyexpat import ExpatError, ParserCreate
from typing import Any

from app.domain.messages import t
from app.services.files import ZIP_DAMAGE
from app.services.tabular.table import (
    MB,
    RESAVE,
    Limits,
    Table,
    TableError,
    cell_too_long,
    check_row,
    count_text,
    megabytes,
    split_advice,
    too_many_rows,
)

EXCEL_LAST_ROW = 1_048_576
EXCEL_COLUMNS = 16_384
#: the most bytes one XML token (a tag, a comment…) may take: the parser holds a token
#: whole, and a real workbook's longest is a cell's text, at most 32,767 characters
XML_TOKEN = 1 * MB


def _blank(cells: tuple[Any, ...] | list[Any]) -> bool:
    """As the import counts rows: a row of empty or blank cells is not a row."""
    return not any(str(c).strip() for c in cells if c is not None)


def _check_package(path: Path, limits: Limits) -> None:
    """Refuse a workbook whose ZIP directory promises more than a list of people needs,
    before anything in it is unpacked. The declared sizes are what zipfile holds to: it
    stops unpacking a part at its declared size (and then checks its CRC), so a part that
    lies about its size yields at most what it declared."""
    size = path.stat().st_size
    if size > limits.xlsx_bytes:
        raise TableError(t("Berkas .xlsx terlalu besar ({value}; batas {value2}); {value3}.",
                           value=megabytes(size),
                           value2=megabytes(limits.xlsx_bytes),
                           value3=split_advice(limits)))
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
                           value=count_text(limits.parts),
                           RESAVE=RESAVE))
    damaged = t("Berkas .xlsx rusak atau bukan buku kerja Excel.")
    try:
        package = zipfile.ZipFile(path)
    except ZIP_DAMAGE as exc:  # a bad directory, or a version zipfile does not know
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
                      value=megabytes(part.file_size),
                      value2=megabytes(limits.part_bytes),
                      value3=split_advice(limits),
                      RESAVE=RESAVE))
            if (part.file_size >= limits.ratio_from
                    and part.file_size > limits.ratio * max(part.compress_size, 1)):
                ratio = part.file_size // max(part.compress_size, 1)
                raise TableError(
                    t("Isi berkas .xlsx tidak wajar: satu bagian menjadi {value} kali lebih "
                      "besar setelah dibuka (buku kerja biasa paling banyak {ratio} kali); "
                      "berkas rusak atau sengaja dibuat untuk menghabiskan memori — {RESAVE}.",
                      value=count_text(ratio),
                      ratio=limits.ratio,
                      RESAVE=RESAVE))
        if total > limits.total_bytes:
            raise TableError(t("Isi berkas .xlsx terlalu besar setelah dibuka ({value}; batas "
                               "{value2}); {value3}.",
                               value=megabytes(total),
                               value2=megabytes(limits.total_bytes),
                               value3=split_advice(limits)))
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
                                   value=count_text(row),
                                   value2=count_text(EXCEL_COLUMNS),
                                   RESAVE=RESAVE))
        elif name == "row":
            number = attrs.get("r", "")
            rows, cells = rows + 1, 0
            row = int(number) if number.isdigit() else row + 1  # as openpyxl numbers them
            if rows > EXCEL_LAST_ROW or row > EXCEL_LAST_ROW:
                raise TableError(t("Lembar kerja menyebut baris lebih dari {value}, batas "
                                   "Excel; berkas rusak — {RESAVE}.",
                                   value=count_text(EXCEL_LAST_ROW),
                                   RESAVE=RESAVE))
        elif name == "si":
            strings += 1
            if strings > limits.strings:
                raise TableError(t("Berkas .xlsx berisi lebih dari {value} teks; {value2}.",
                                   value=count_text(limits.strings),
                                   value2=split_advice(limits)))

    def data(chunk: str) -> None:
        nonlocal text
        text += len(chunk)
        if text > limits.cell_chars:
            if in_cell_text:
                raise cell_too_long(row, limits)
            raise TableError(t("Berkas .xlsx berisi teks lebih dari {value} karakter tanpa "
                               "jeda (batas sel Excel); bukan buku kerja biasa — {RESAVE}.",
                               value=count_text(limits.cell_chars),
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
                                   value=megabytes(XML_TOKEN),
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


def read_xlsx(path: Path, limits: Limits) -> Table:
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
        with warnings.catch_warnings():  # "Cell D2 is marked as a date…": the row says it
            warnings.simplefilter("ignore", UserWarning)
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
    widest = check_row(1, header_row, limits)
    header = ["" if v is None else str(v) for v in header_row[:widest]]
    data: list[tuple[int, tuple[Any, ...]]] = []
    for number, values in it:
        if number > EXCEL_LAST_ROW:  # openpyxl yields an empty row for each one skipped
            raise TableError(t("Lembar pertama menyebut baris lebih dari {value}, batas Excel; "
                               "berkas rusak — {RESAVE}.",
                               value=count_text(EXCEL_LAST_ROW),
                               RESAVE=RESAVE))
        if not values or _blank(values):
            continue
        width = check_row(number, values, limits)
        if len(data) >= limits.rows:
            raise too_many_rows(limits)
        data.append((number, values[:width]))
        widest = max(widest, width)
    # As wide as the widest row, the way a sheet is read: a cell in a column without a
    # title is in an unnamed column, not a cell past the header.
    header += [""] * (widest - len(header))

    def rows() -> Iterator[tuple[int, list[Any]]]:
        for number, values in data:
            yield number, ["" if v is None else v for v in values]

    return Table(header, rows(), len(data))

