"""An import's rows through the person's checks: the first of the import's two steps.

Each row with content is checked for what rests on no database (its cells, and the
person's values: member_cleaning.check_person); member_import then settles the payment
terms, the NIKs seen earlier in the file and the saving. This first step is the costly
one, and needs no database, so on the command line the import's second process does it
(tabular/ahead.py) while the command signs in and saves, and sends its rows here as
frames: `encode` there, `decode` here. Both processes run this same code, so the rows
come out the same wherever they were checked. Nothing imports SQLAlchemy here.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from itertools import chain
from operator import is_not, itemgetter
from typing import Any, Protocol

from app.domain.errors import UserError
from app.domain.messages import t
from app.services import member_cleaning, member_columns
from app.services.member_rules import PersonRules, Problem
from app.services.member_terms import TERMS
from app.services.tabular.table import MAX_CELL

Numbered = tuple[int, list[Any]]
#: a row after the person's checks: its number, its cells, the payment terms' cells, the
#: person's values (None: refused) and the problems found
Person = tuple[int, list[Any], tuple[Any, ...], member_cleaning.Person | None, list[Problem]]


class RowsLost(Exception):
    """The second process stopped giving rows (it ended, hung, or gave something else):
    the rows after the last it gave are checked here."""


class Elsewhere(Protocol):
    """A file's later rows checked by another process (tabular/ahead.Ahead): from row
    `first` on (None: none) to the file's last, through the person's checks, in order,
    each blank line as its number alone (`rows`, raising RowsLost when they stop
    coming)."""

    first: int | None

    def rows(self) -> Iterator[Sent]: ...


class ImportRefused(UserError):
    """The file as a whole was refused; nothing was written."""


class Reject:
    """A row not imported: its number, the columns at fault, the reasons, and its cells
    for the rejects file. Kept small, since an import keeps every reject to the end: the
    cells as one JSON text, the reasons as the checks gave them (a Problem becomes its
    message when asked for). As lists of small strings and messages, 119,000 rejected
    rows of 64 cells held 1.9 GB."""

    __slots__ = ("_cells", "_reasons", "columns", "duplicate", "row")

    def __init__(self, row: int, columns: list[str], reasons: list[str | Problem],
                 cells: list[Any], duplicate: bool = False) -> None:
        self.row, self.columns, self._reasons = row, columns, reasons
        self.duplicate = duplicate
        self._cells = json.dumps(cells, ensure_ascii=False, default=str)

    @property
    def reasons(self) -> list[str]:
        """The messages (each a Text the desk translates: str() of one is plain)."""
        return [r if isinstance(r, str) else str(r) for r in self._reasons]

    @property
    def cells(self) -> list[Any]:
        return list(json.loads(self._cells))


#: a row through the first step: checked (Person), or refused before the person's
#: checks (Reject: more cells than the header, a cell too long)
Item = Person | Reject
#: what the second process sends: the rows through the first step, and each blank line
#: as its number alone, so that the command can tell that every row came, in order
Sent = Item | tuple[int]
#: the values of a person (member_cleaning.Person), and the payment terms' cells
PERSON_FIELDS = 11
TERMS_CELLS = len(TERMS)


def map_header(header: list[str]) -> dict[int, str]:
    """Which of the file's columns is which member column (by position)."""
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


def _filled(cells: list[Any]) -> bool:
    """Whether any cell holds something besides blanks."""
    try:
        return bool("".join(cells).strip())  # a CSV's cells, all text: one strip
    except TypeError:  # numbers and dates from a workbook
        return any(str(c).strip() for c in cells)


def content(rows: Iterator[Numbered]) -> Iterator[Numbered]:
    """The rows holding something: blank lines are not rows."""
    return (row for row in rows if _filled(row[1]))


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


def people(rows: Iterator[Numbered], header: list[str], mapping: dict[int, str],
           rules: PersonRules, blanks: bool = False) -> Iterator[Item]:
    """Each row (with content) through the person's checks, in order; with `blanks`, the
    rows may be blank lines too, each given as its number alone (Sent)."""
    ncols = len(header)
    last = max(mapping)
    # each row's cells in member_columns.COLUMNS order, as check_person takes them: the
    # file's cell for each column, or None for a column the file lacks (the -1 then takes
    # the None put after the row's cells)
    index = {column: i for i, column in mapping.items()}
    where = [index.get(column) for column in member_columns.COLUMNS]
    pick = itemgetter(*(-1 if i is None else i for i in where))
    lacks = None in where
    check, terms = member_cleaning.check_person, member_cleaning.terms_cells
    for number, cells in rows:
        if blanks and not _filled(cells):
            yield (number,)  # type: ignore[misc]  # a Sent, asked for by `blanks` only
            continue
        if len(cells) > ncols and any(str(c).strip() for c in cells[ncols:]):
            yield Reject(number, ["baris"], [
                t("baris ini punya lebih banyak sel daripada judul kolom; periksa pemisah")
            ], cells)
            continue
        if _too_long(cells):
            long_cell = next(i for i, c in enumerate(cells) if len(str(c)) > MAX_CELL)
            column = mapping.get(long_cell, f"kolom {long_cell + 1}")
            yield Reject(number, [column], [
                t("{column}: isi sel terlalu panjang (lebih dari {most} karakter)",
                  column=column, most=MAX_CELL)
            ], cells)
            continue
        if len(cells) > last:
            row = pick([*cells, None] if lacks else cells)
        else:  # a short row: the columns it has
            row = tuple(None if i is None or i >= len(cells) else cells[i] for i in where)
        person, problems = check(row, rules)
        yield number, cells, terms(row), person, problems


def number_of(item: Sent) -> int:
    """The row number of a row through the first step (or of a blank line)."""
    return item.row if type(item) is Reject else item[0]  # type: ignore[index]


# Between the two processes, a frame: a list of rows through the first step, pickled in
# plain values only. A row checked: (number, cells, the terms' cells, the person or None,
# its problems as (column, reason) pairs); refused before the checks: (number, columns,
# reasons, cells); a blank line: (number,). Text comes as text (the command line says
# it as such) and a birth date as a date, the one class a frame may name; each value
# is checked for its kind before a row is made of it, so that a frame of anything else,
# even one pickle reads, is refused whole.
_DATE = ("datetime", "date")
_TEXTS = {str}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == _DATE:
            return dt.date
        raise pickle.UnpicklingError("not a row of an import")


def encode(items: Sequence[Sent]) -> bytes:
    """A frame of rows through the first step (`people` with `blanks`)."""
    sent: list[Any] = []
    for item in items:
        row: Any = item
        if type(row) is Reject:
            sent.append((row.row, row.columns, [str(r) for r in row.reasons], row.cells))
        elif len(row) == 5 and row[4]:
            number, cells, terms, person, problems = row
            sent.append((number, cells, terms, person,
                         [(p.field, str(p.reason)) for p in problems]))
        else:  # a row checked good (no problems), or a blank line: as it is
            sent.append(row)
    return pickle.dumps(sent, protocol=pickle.HIGHEST_PROTOCOL)


def decode(frame: bytes) -> list[Sent]:
    """A frame's rows (Sent), or ValueError when it is not a list of such."""
    try:
        sent = _Unpickler(io.BytesIO(frame)).load()
    except Exception as exc:  # whatever bytes not of a frame make pickle raise
        raise ValueError("kiriman bukan baris impor") from exc
    try:
        _check_kinds(sent)
        return [_made(item) if len(item) == 4 or (len(item) == 5 and item[4]) else item
                for item in sent]
    except (TypeError, ValueError):
        raise ValueError("kiriman bukan baris impor") from None


def _check_kinds(sent: Any) -> None:
    """ValueError (TypeError) unless every value of the frame is of its kind: checked a
    column at a time over the frame's rows, in C code (str.join takes text only: a frame
    can hold no other kind of text, its only class being the date), not row by row."""
    if type(sent) is not list or not _kinds(sent) <= {tuple} \
            or not set(map(len, sent)) <= {1, 4, 5} or not _kinds(map(_first, sent)) <= {int}:
        raise ValueError("not rows")
    checked = [item for item in sent if len(item) == 5]
    cells = [item[1] for item in checked]
    terms = [item[2] for item in checked]
    people = [item[3] for item in checked if not item[4]]
    if not (_kinds(cells) <= {list} and _kinds(terms) <= {tuple}
            and set(map(len, terms)) <= {TERMS_CELLS} and _kinds(people) <= {tuple}
            and set(map(len, people)) <= {PERSON_FIELDS}
            and _kinds(item[4] for item in checked) <= {list}):
        raise ValueError("not rows")
    "".join(chain.from_iterable(cells))
    "".join(filter(_given, chain.from_iterable(terms)))
    if people:
        nik, birth, *texts = zip(*people, strict=True)
        "".join(nik)
        "".join(filter(_given, chain.from_iterable(texts)))
        if not _kinds(birth) <= {dt.date, type(None)}:
            raise ValueError("not a date")


def _made(item: tuple[Any, ...]) -> Sent:
    """A refused row of a frame (its kinds checked but for these) as `people` gives it."""
    if len(item) == 5:  # refused by the person's checks: no person, the problems
        number, cells, terms, person, problems = item
        if person is not None:
            raise ValueError("a person refused")
        return number, cells, terms, None, [Problem(*_pair(p)) for p in problems]
    number, columns, reasons, cells = item  # refused before them
    if not (_texts(columns) and _texts(reasons) and _texts(cells)):
        raise ValueError("not a refusal")
    return Reject(number, columns, reasons, cells)


_first = itemgetter(0)
_given = partial(is_not, None)


def _kinds(values: Iterable[Any]) -> set[type]:
    return set(map(type, values))


def _texts(values: Any) -> bool:
    return type(values) is list and _kinds(values) <= _TEXTS


def _pair(problem: Any) -> tuple[str, str]:
    if type(problem) is not tuple or len(problem) != 2 or not _kinds(problem) <= _TEXTS:
        raise ValueError("not a problem")
    field, reason = problem
    return field, reason
