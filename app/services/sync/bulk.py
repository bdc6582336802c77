"""Many rows at once for the office's merge (checks.py and merge_parts.py): the same
statements on every database, written the way each one takes them fastest.

On PostgreSQL a lookup by thousands of ids is one array parameter (`id = ANY(:ids)`)
instead of thousands of placeholders that SQLAlchemy renders, psycopg parses and the
server plans anew for every chunk; and new rows go in with COPY instead of one INSERT
per row. COPY writes the same rows as the INSERTs: the same columns and values (the
column types' own conversions applied first), the same constraints, indexes and
foreign-key checks, in the same transaction; an error is SQLAlchemy's, as an INSERT's
would be. SQLite keeps `IN (...)` and executemany.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, String, Table, any_, bindparam
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import QueryableAttribute, Session

from app.db import bulk_insert


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def among(session: Session, column: ColumnElement[Any] | QueryableAttribute[Any],
          values: Iterable[Any]) -> ColumnElement[bool]:
    """`column IN (values)`: on PostgreSQL `column = ANY(:values)`, one parameter
    whatever the count (so one statement text, prepared once)."""
    values = list(values)
    if is_postgresql(session):
        item = column.type
        if isinstance(item, String):  # varchar(16)[] would cut a longer value to fit
            item = String()
        return column == any_(bindparam(None, values, type_=ARRAY(item)))
    return column.in_(values)


def insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (every row with the same keys) into `table`: COPY on PostgreSQL,
    executemany elsewhere (app.db.bulk_insert)."""
    if not rows:
        return
    keys = list(rows[0])
    if not is_postgresql(session) or _needs_defaults(table, keys):
        bulk_insert(session.connection(), table, list(rows))
        return
    _copy(session.connection(), table, keys, rows)


def _needs_defaults(table: Table, keys: list[str]) -> bool:
    """A column left out that has a default on the Python side: the INSERT path fills
    it (or refuses), COPY would not; such rows go the INSERT way."""
    given = set(keys)
    return any(c.default is not None for c in table.columns if c.key not in given)


def _copy(conn: Connection, table: Table, keys: list[str],
          rows: Sequence[dict[str, Any]]) -> None:
    import psycopg
    from psycopg import sql

    dialect = conn.dialect
    columns = [table.columns[k] for k in keys]
    procs = [(i, p) for i, c in enumerate(columns)
             if (p := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c.name) for c in columns))
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    try:
        with driver.cursor() as cur, cur.copy(statement) as copy:
            for row in rows:
                values = [row[k] for k in keys]
                for i, convert in procs:
                    values[i] = convert(values[i])
                copy.write_row(values)
    except psycopg.Error as exc:
        raise DBAPIError.instance(f"COPY {table.name}", None, exc, psycopg.Error,
                                  dialect=dialect) from exc
