"""Text a spreadsheet could run as a formula (CSV/Excel injection), kept as text.

One place for every file Lindungi writes that a spreadsheet opens: the rejects CSV gets a
leading apostrophe, workbook cells are stored as text with the quote prefix set (what a
person typing an apostrophe in Excel gets), so the text stays text even when edited.
"""

from __future__ import annotations

import re
from typing import Any

#: what a spreadsheet reads as the start of a formula (tab and CR too: some strip them)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A value for a CSV cell: formula-looking text with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


_AT_A_CELL_START = re.compile("\x00[" + re.escape("".join(FORMULA_START)) + "]")


def neutralise_row(values: list[Any]) -> list[Any]:
    """`neutralise` for each value of a CSV row; a row of text none of whose values looks
    like a formula (nearly every row) is given back as it is, decided by one search of
    the row joined instead of a call per value."""
    try:
        joined = "\x00" + "\x00".join(values)
    except TypeError:  # not all text
        return [neutralise(v) for v in values]
    if _AT_A_CELL_START.search(joined) is None:
        return values
    return [neutralise(v) for v in values]


def protect_cell(cell: Any) -> None:
    """An openpyxl cell holding text: stored as text, never a formula, and quote-prefixed
    when it looks like one."""
    if isinstance(cell.value, str):
        cell.data_type = "s"  # never a formula
        if cell.value.startswith(FORMULA_START):
            cell.quotePrefix = True  # and stays text if someone edits it
