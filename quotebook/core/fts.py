"""The full-text index over quotes, kept in step by the library on every write.

The index is an FTS5 table without content of its own (``content=''``): it holds
:func:`fold` of each searchable column, so case, Unicode form and accents are
folded in every script (SQLite's own folding covers ASCII and Latin only). Removing
a row from such an index needs the values it was indexed with, which the caller
passes from the quote row as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

from .validate import fold

COLUMNS = ("text", "translation", "original_text", "context", "notes")

CREATE = (
    "CREATE VIRTUAL TABLE quote_fts USING fts5("
    + ", ".join(COLUMNS)
    + ", content='', tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
)

_INSERT = text(
    "INSERT INTO quote_fts(rowid, "
    + ", ".join(COLUMNS)
    + ") VALUES (:id, "
    + ", ".join(f":{c}" for c in COLUMNS)
    + ")"
)
_DELETE = text(
    "INSERT INTO quote_fts(quote_fts, rowid, "
    + ", ".join(COLUMNS)
    + ") VALUES ('delete', :id, "
    + ", ".join(f":{c}" for c in COLUMNS)
    + ")"
)


def _params(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": row["id"], **{c: fold(row[c] or "") for c in COLUMNS}} for row in rows]


def add(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index quote rows (mappings holding ``id`` and the searchable columns)."""
    params = _params(rows)
    if params:
        conn.execute(_INSERT, params)


def remove(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Take quote rows out of the index, given the values they were indexed with."""
    params = _params(rows)
    if params:
        conn.execute(_DELETE, params)


# No merging on save; a merge step merges any level of two segments or more, so
# that a tidied index has at most one segment a level and saves add to none big.
_TIDY_CONFIG = {"automerge": 0, "usermerge": 2}
_FILL_AUTOMERGE = 4  # SQLite's default


def leave_merges_to_tidy(raw: sqlite3.Connection) -> None:
    """Make saves leave merging the index's segments to :func:`merge_step`.

    By default FTS5 merges as it writes: one save in a few dozen then rewrites
    hundreds of pages and takes ten times as long. With automatic merging off,
    each save adds one small segment; the library merges them when the reporter
    pauses (``Library.tidy``), and SQLite still merges at once any level that
    reaches 16 segments (its ``crisismerge``), so searches never wade through many.
    The setting is kept in the file; it is written once.
    """
    config = dict(raw.execute("SELECT k, v FROM quote_fts_config").fetchall())
    for key, value in _TIDY_CONFIG.items():
        if config.get(key) != value:
            raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES (?, ?)", (key, value))


def merge_step(raw: sqlite3.Connection, pages: int) -> bool:
    """Merge about ``pages`` pages of the index's segments; whether any work was done.

    FTS5 says a merge that changed fewer than two rows found nothing to merge.
    """
    before = raw.total_changes
    raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('merge', ?)", (pages,))
    return raw.total_changes - before >= 2


@contextmanager
def merging_while_filled(raw: sqlite3.Connection) -> Iterator[None]:
    """FTS5's own merging for the length of one bulk insert (an import) in a transaction.

    Filled without it, a million quotes' index is flushed in hundreds of segments
    that only SQLite's crisis merges combine, each leaving the pages of the
    segments it replaced free: a quarter of a gigabyte the file (and every backup
    of it) then carries. Merging as it fills reuses them as it goes.
    """
    raw.execute(
        "INSERT INTO quote_fts(quote_fts, rank) VALUES ('automerge', ?)", (_FILL_AUTOMERGE,)
    )
    try:
        yield
    finally:
        raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('automerge', 0)")
