"""A spreadsheet as read (`Table`), what one may hold before it is refused whole
(`Limits`), the refusal (`TableError`), and what the CSV and the workbook reader share:
the checks of a row against the limits, and the words of their refusals.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
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


class TableError(UserError):
    """The file as a whole cannot be read; the message says why and what to do."""


def count_text(number: int) -> str:
    """A count as Indonesian writes it: 120.000."""
    return f"{number:,}".replace(",", ".")


def megabytes(size: int) -> str:
    return f"{count_text(-(-size // MB))} MB"


def split_advice(limits: Limits) -> str:
    return t("bagi menjadi beberapa berkas (paling banyak {rows} baris per berkas) lalu impor "
             "satu per satu", rows=count_text(limits.rows))


RESAVE = t("buka di Excel lalu simpan ulang sebagai .xlsx atau CSV UTF-8, lalu ulangi")


@dataclass
class Table:
    header: list[str]
    rows: Iterator[tuple[int, list[Any]]]  # (spreadsheet row number, cells)
    estimated_rows: int
    #: read relying on another process's check of these very bytes (csv_file.Checked)
    checked_ahead: bool = False


def too_many_rows(limits: Limits) -> TableError:
    return TableError(t("Berkas berisi lebih dari {value} baris data, batas satu impor; "
                        "{value2}.",
                        value=count_text(limits.rows),
                        value2=split_advice(limits)))


def check_row(number: int, cells: tuple[Any, ...] | list[Any], limits: Limits) -> int:
    """How many cells of the row hold something (up to its last one), or TableError when
    the row is wider or a cell longer than the limits."""
    width = len(cells)
    while width and (cells[width - 1] is None or cells[width - 1] == ""):
        width -= 1
    if width > limits.columns:
        raise TableError(t("Baris {value}: lebih dari {columns} kolom terisi (batas "
                           "{columns}); hapus kolom yang tidak dipakai lalu ulangi.",
                           value=count_text(number),
                           columns=limits.columns))
    for value in cells:
        if isinstance(value, str) and len(value) > limits.cell_chars:
            raise cell_too_long(number, limits)
    return width


def cell_too_long(row: int, limits: Limits) -> TableError:
    return TableError(t("Baris {value}: ada sel lebih dari {value2} karakter (batas sel "
                        "Excel); berkas ini bukan daftar biasa — periksa sel itu.",
                        value=count_text(row),
                        value2=count_text(limits.cell_chars)))

