"""The full-text index over quotes, kept in step by the library on every write.

The index is an FTS5 table without content of its own (``content=''``): it holds
:func:`fold` of each searchable column, so case, Unicode form and accents are
folded in every script (SQLite's own folding covers ASCII and Latin only). Removing
a row from such an index needs the values it was indexed with, which the caller
passes from the quote row as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


def rebuild(conn: Connection) -> None:
    """Empty the index and index every quote again (after a bulk load or a migration)."""
    conn.execute(text("INSERT INTO quote_fts(quote_fts) VALUES ('delete-all')"))
    conn.connection.driver_connection.create_function(  # type: ignore[union-attr]
        "qb_fold", 1, lambda value: fold(value or ""), deterministic=True
    )
    folded = ", ".join(f"qb_fold({c})" for c in COLUMNS)
    conn.execute(
        text(f"INSERT INTO quote_fts(rowid, {', '.join(COLUMNS)}) SELECT id, {folded} FROM quote")
    )
