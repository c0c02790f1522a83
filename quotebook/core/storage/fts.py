"""The full-text index over quotes, kept in step by the library on every write.

The index is an FTS5 table without content of its own (``content=''``): it holds
:func:`fold` of each searchable column, so case, Unicode form and accents are
folded in every script (SQLite's own folding covers ASCII and Latin only), and
beside them the stems of their words and the bigrams of their CJK runs
(:mod:`fts_terms`). Removing a row from such an index needs the values it was
indexed with, which the caller passes from the quote row as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..domain import schema
from ..domain.validate import fold
from .driver import driver
from .fts_terms import bigrams, stemmed_language, stems, words
from .version import pending

if TYPE_CHECKING:
    from sqlalchemy import Connection  # the library's; this module needs none at run time

# The quote's columns the index is made from (those declared ``indexed``, then the
# language that decides their stemming), and the index's own columns: the folded
# text of each searchable column, then the stems of their words that differ from
# the word, then the bigrams of their CJK runs (see fts_terms.py).
COLUMNS = (*schema.indexed_text(), "language")
TEXT_COLUMNS = COLUMNS[:-1]
INDEX_COLUMNS = (*TEXT_COLUMNS, "stems", "cjk")

CREATE = (
    "CREATE VIRTUAL TABLE quote_fts USING fts5("
    + ", ".join(INDEX_COLUMNS)
    + ", content='', tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
)
# Relevance: a match in the text's own words counts ten times one through a stem,
# so the exact form ranks above its other forms.
RANK = (
    "INSERT INTO quote_fts(quote_fts, rank) VALUES ('rank', 'bm25("
    + ", ".join("1.0" if c == "stems" else "10.0" for c in INDEX_COLUMNS)
    + ")')"
)

_MARKS = ", ".join("?" * (len(INDEX_COLUMNS) + 1))
INSERT = f"INSERT INTO quote_fts(rowid, {', '.join(INDEX_COLUMNS)}) VALUES ({_MARKS})"
_DELETE = (
    f"INSERT INTO quote_fts(quote_fts, rowid, {', '.join(INDEX_COLUMNS)}) "
    f"VALUES ('delete', {_MARKS})"
)


def entry(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """The index's values for a quote row (a mapping holding ``id`` and :data:`COLUMNS`).

    The quote's language decides whether its text is stemmed; the other columns
    (translation, context, notes) are in the reporter's languages and always are.
    """
    folded = {c: fold(row.get(c) or "") for c in TEXT_COLUMNS}
    stemmed = [
        folded[c]
        for c in TEXT_COLUMNS
        if c != "text" or stemmed_language(row.get("language") or "")
    ]
    return (
        row["id"],
        *folded.values(),
        stems(" ".join(stemmed)),
        bigrams(" ".join(folded.values())),
    )


def fill(raw: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index quote rows as they are, none of them indexed yet (a rebuild's step)."""
    raw.executemany(INSERT, (entry(row) for row in rows))


def _indexed(raw: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> list[Any]:
    """The rows the index holds (or will hold once written): not those left to a rebuild."""
    rows = list(rows)
    gap = pending(raw) if rows else None
    if gap is None:
        return rows
    done, end = gap
    return [row for row in rows if not done < row["id"] <= end]


def add_raw(raw: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index quote rows on a plain connection (bulk paths: an import)."""
    fill(raw, _indexed(raw, rows))


def add(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Index quote rows (mappings holding ``id`` and the columns of :data:`COLUMNS`)."""
    add_raw(driver(conn), rows)


def remove_raw(raw: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Take quote rows out of the index on a plain connection (a backup being scrubbed)."""
    raw.executemany(_DELETE, (entry(row) for row in _indexed(raw, rows)))


def remove(conn: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """Take quote rows out of the index, given the values they were indexed with."""
    remove_raw(driver(conn), rows)


def replace(
    conn: Connection, old: Iterable[Mapping[str, Any]], new: Iterable[Mapping[str, Any]]
) -> bool:
    """Re-index quotes: ``old`` rows out, ``new`` in; True when a quote lost a word.

    Taking a row out of an index without content of its own only records the removal
    in a new segment: the row's words stay in the segments that hold them until
    those are merged. A quote whose new values lack a word of the old is taken out
    with FTS5's ``secure-delete`` instead, which removes its entries from those
    segments in the same transaction; it costs more (a save 24 against 76 ms at the
    95th percentile at 1,000,000 quotes, on a busy machine), so edits that only add
    words, or change none, are taken out as before.
    """
    raw = driver(conn)
    new = _indexed(raw, new)
    kept = {row["id"]: set(_words(entry(row))) for row in new}
    lost: list[tuple[Any, ...]] = []
    rest: list[tuple[Any, ...]] = []
    for row in _indexed(raw, old):
        values = entry(row)
        (lost if not set(_words(values)) <= kept.get(row["id"], set()) else rest).append(values)
    raw.executemany(_DELETE, rest)
    if lost:
        with _securely(raw):
            raw.executemany(_DELETE, lost)
    fill(raw, new)
    return bool(lost)


def _words(values: tuple[Any, ...]) -> list[str]:
    """The words of an index entry (its id left out), as the tokenizer sees them."""
    return words(" ".join(values[1:]))


def erases(raw: sqlite3.Connection) -> bool:
    """Whether the connection's SQLite has FTS5's secure-delete (3.42 and later).

    Every library opens through one that has (connect.py); the standard library's
    older SQLite is only measured beside it.
    """
    version = raw.execute("SELECT sqlite_version()").fetchone()[0]
    return tuple(int(part) for part in version.split(".")[:2]) >= (3, 42)


@contextmanager
def _securely(raw: sqlite3.Connection) -> Iterator[None]:
    """FTS5's secure-delete on the quotes' index meanwhile (in the caller's transaction)."""
    if not erases(raw):
        yield
        return
    raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('secure-delete', 1)")
    try:
        yield
    finally:
        raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('secure-delete', 0)")


# FTS5 writes an index in leaves of up to ``pgsz`` bytes, each one row of its data
# table. Its default, 4,050, is the most a 4,096-byte page holds in one piece; an
# encrypted library's pages keep 80 bytes for SQLCipher's IV and HMAC, so such a leaf
# spills onto an overflow page of its own, and every read and write of the index
# costs two pages decrypted or encrypted (at 1,000,000 quotes a save wrote 1.9 times
# the pages it writes in a plain library, and took up to 1.4 times as long). Leaves
# 80 bytes shorter fit either page; a plain library uses them too, so that it can be
# encrypted as it is.
LEAF_BYTES = 4050 - 80

# No merging on save; a merge step merges any level of two segments or more, so
# that a tidied index has at most one segment a level and saves add to none big.
_SETTINGS = {"automerge": 0, "usermerge": 2, "pgsz": LEAF_BYTES}
_FILL_AUTOMERGE = 4  # SQLite's default


def keep_settings(raw: sqlite3.Connection) -> None:
    """Make saves leave merging the index's segments to :func:`merge_step`, and have
    new leaves fit an encrypted page (:data:`LEAF_BYTES`).

    By default FTS5 merges as it writes: one save in a few dozen then rewrites
    hundreds of pages and takes ten times as long. With automatic merging off,
    each save adds one small segment; the library merges them when the reporter
    pauses (``Library.tidy``), and SQLite still merges at once any level that
    reaches 16 segments (its ``crisismerge``), so searches never wade through many.
    The settings are kept in the file; they are written once.
    """
    config = dict(raw.execute("SELECT k, v FROM quote_fts_config").fetchall())
    for key, value in _SETTINGS.items():
        if config.get(key) != value:
            raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES (?, ?)", (key, value))


def fit_leaves(raw: sqlite3.Connection) -> None:
    """Rewrite the quotes' index in leaves of :data:`LEAF_BYTES` (a copy being
    encrypted, whose leaves were written at FTS5's default size).

    FTS5's ``optimize`` merges the segments into one, writing every leaf anew at the
    set size; an index already of one segment it leaves as it is. So an entry no quote
    has (a negative id) is written and taken out first: they make one more segment,
    which the merge drops with the entry. About 6 s at 1,000,000 quotes.
    """
    for key, value in (("pgsz", LEAF_BYTES), ("secure-delete", 0)):
        raw.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES (?, ?)", (key, value))
    raw.execute("INSERT INTO quote_fts(rowid, text) VALUES (-1, 'leaf')")
    raw.execute("INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', -1, 'leaf')")
    raw.execute("INSERT INTO quote_fts(quote_fts) VALUES ('optimize')")


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
