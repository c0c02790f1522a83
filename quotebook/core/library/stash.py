"""Undoing a bulk insert (an import) without holding its rows in memory.

Undo moves the rows the insert made into temporary tables of the writing
connection, which live in a temporary file beside nothing else and vanish when
the library is closed; redo moves them back. Both are a statement per table and
run of ids, and take the quotes out of, or put them back into, the full-text index
a page at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Table, text

from ..storage import fts
from .history import Inserted, pairs_of
from .tx import ARTICLE, QUOTE, QUOTE_TAG, SOURCE, TAG

PAGE = 10_000  # quotes indexed or un-indexed at a time
_PARENTS_FIRST: tuple[Table, ...] = (SOURCE, ARTICLE, TAG, QUOTE, QUOTE_TAG)


def _runs(inserted: Inserted, table: Table) -> list[tuple[int, int]]:
    name = "quote" if table is QUOTE_TAG else table.name
    return [run for n, runs in inserted.spans if n == name for run in pairs_of(runs)]


def _column(table: Table) -> Any:
    return QUOTE_TAG.c.quote_id if table is QUOTE_TAG else table.c.id


def _stash_name(inserted: Inserted, table: Table) -> str:
    return f"temp.{inserted.stash}_{table.name}"


def _pages(conn: Connection, source: str, runs: list[tuple[int, int]]) -> Iterator[list[Any]]:
    """The quotes' ids and searchable text, from ``source`` (a table name), in pages."""
    columns = ", ".join(("id", *fts.COLUMNS))
    for first, last in runs:
        start = first
        while start <= last:
            rows = conn.execute(
                text(
                    f"SELECT {columns} FROM {source} WHERE id BETWEEN :a AND :b "
                    "ORDER BY id LIMIT :n"
                ),
                {"a": start, "b": last, "n": PAGE},
            ).mappings()
            page = [dict(row) for row in rows]
            if not page:
                break
            yield page
            start = page[-1]["id"] + 1


def take_away(conn: Connection, inserted: Inserted) -> None:
    """Undo: move the inserted rows into the stash (children first), out of the index."""
    for page in _pages(conn, "main.quote", _runs(inserted, QUOTE)):
        fts.remove(conn, page)
    for table in reversed(_PARENTS_FIRST):
        stash = _stash_name(inserted, table)
        conn.execute(
            text(f"CREATE TABLE IF NOT EXISTS {stash} AS SELECT * FROM main.{table.name} WHERE 0")
        )
        column = _column(table).name
        for first, last in _runs(inserted, table):
            where = f"WHERE {column} BETWEEN :a AND :b"
            conn.execute(
                text(f"INSERT INTO {stash} SELECT * FROM main.{table.name} {where}"),
                {"a": first, "b": last},
            )
            conn.execute(text(f"DELETE FROM main.{table.name} {where}"), {"a": first, "b": last})


def give_back(conn: Connection, inserted: Inserted) -> None:
    """Redo: move the stashed rows back (parents first), into the index; drop the stash."""
    for table in _PARENTS_FIRST:
        stash = _stash_name(inserted, table)
        conn.execute(text(f"INSERT INTO main.{table.name} SELECT * FROM {stash}"))
    for page in _pages(conn, "main.quote", _runs(inserted, QUOTE)):
        fts.add(conn, page)
    drop(conn, inserted)


def drop(conn: Connection, inserted: Inserted) -> None:
    """Let go of the stash (the step left the history)."""
    for table in _PARENTS_FIRST:
        conn.execute(text(f"DROP TABLE IF EXISTS {_stash_name(inserted, table)}"))
