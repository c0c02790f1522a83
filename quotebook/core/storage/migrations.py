"""Numbered schema migrations: a library of schema ``n`` becomes ``n + 1``, one step at a time.

Each step runs in one transaction and is checked before it commits: SQLite's
``foreign_key_check`` finds no orphan, and every table that existed before holds as
many rows as before (unless the step says it may change that table). A failing
step rolls back and leaves the library at its old version, unchanged. The caller
(opening a library) makes a verified backup, which rotation never removes, before
the first step.

A step that rebuilds a table (create new, copy, drop old, rename) sets
``rebuilds_tables``: foreign keys are then switched off around its transaction,
because dropping a parent table with foreign keys on deletes every child row that
points at it (``ON DELETE CASCADE``), and switched back on after the check.
``PRAGMA foreign_keys`` cannot change inside a transaction, hence outside it.

New libraries are created at the newest version directly: ``storage`` creates
the tables of ``tables.py`` and then runs :func:`create_added_tables`, which holds
the DDL that migrations added, so a migrated library and a new one have one schema.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from ..domain.errors import MigrationError, StoppedError, StorageError
from . import fts, fts_names
from .version import CHECKED_COLUMNS, CHECKS_INDEX, PENDING_KEY
from .version import SCHEMA_VERSION as SCHEMA_VERSION  # where MIGRATIONS lead
from .version import pending as index_pending  # this module's pending() is the migrations'

T = TypeVar("T")

# Schema 2: a key-value table for the library's own bookkeeping: its identity, the
# unclean-shutdown marker (see session.py), the date of each upgrade.
META_DDL = "CREATE TABLE meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"


# Schema 3: sorting by the quote's text walks an index of its first 40 characters
# (about 48 MB for a million quotes) instead of sorting every quote: the first
# page of a million quotes in milliseconds instead of seconds. Ties within the
# first 40 characters are sorted by the whole text, so the order is exact.
TEXT_SORT_DDL = "CREATE INDEX ix_quote_text_sort ON quote (substr(text, 1, 40) COLLATE NOCASE)"
CHECKS_DDL = f"CREATE INDEX {CHECKS_INDEX} ON quote ({', '.join(CHECKED_COLUMNS)})"

# Schema 4: whether the reporter set a quote's ground rule. A quote whose rule is not
# set follows its source's default (see ground_rules.py). An upgraded library counts
# a quote whose rule differs from its source's default as set (someone chose it) and
# one whose rule equals it as following: no quote's rule changes in the upgrade.
RULE_SET_DDL = "ALTER TABLE quote ADD COLUMN ground_rule_set BOOLEAN NOT NULL DEFAULT 1"


# Schema 5: the full-text index gains the stems of each quote's words and the
# bigrams of its CJK runs (see fts_terms.py); it is rebuilt from the quotes: as the
# library opens when it is small, else in steps afterwards (Library.rebuild_step),
# the app's in the background with its progress shown (about 2½ minutes at a
# million quotes), the command line's before its command.
_FTS_TABLES = frozenset(
    {"quote_fts_data", "quote_fts_idx", "quote_fts_docsize", "quote_fts_config"}
)
_REINDEX_CHUNK = 20_000

# Schema 6: searches saved under a name (see saved_searches.py).
SAVED_SEARCH_DDL = (
    "CREATE TABLE saved_search (id INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
    "key TEXT NOT NULL UNIQUE, query TEXT NOT NULL, position INTEGER NOT NULL, "
    "created_at TEXT NOT NULL)"
)

# Schema 7: free words also match sources' printed names, tags and articles'
# headlines and outlets, through a small full-text index of those names that
# triggers keep in step (see fts_names.py); filled from the tables as the library
# opens (120,000 names at a million quotes: about 11 s on a busy two-core machine).

# Schema 8: a quote's trashing moves out of its row into a table of its own (see
# tables.QUOTE_TRASH). Dropping the column rewrites the quotes: about 3 s at a million.
TRASH_DDL = (
    "CREATE TABLE quote_trash (id INTEGER NOT NULL PRIMARY KEY "
    "REFERENCES quote (id) ON DELETE CASCADE, deleted_at DATETIME NOT NULL)"
)


@dataclass(frozen=True)
class Migration:
    """One schema step: ``apply`` turns schema ``version - 1`` into ``version``."""

    version: int
    summary: str
    apply: Callable[[sqlite3.Connection], None]
    rebuilds_tables: bool = False
    may_change: frozenset[str] = field(default_factory=frozenset)


def _to_2(conn: sqlite3.Connection) -> None:
    conn.execute(META_DDL)
    conn.execute("INSERT INTO meta(key, value) VALUES ('library_id', ?)", (_new_id(),))


def _to_3(conn: sqlite3.Connection) -> None:
    conn.execute(TEXT_SORT_DDL)


def _to_4(conn: sqlite3.Connection) -> None:
    conn.execute(RULE_SET_DDL)
    conn.execute(
        "UPDATE quote SET ground_rule_set = 0 WHERE ground_rule = "
        "(SELECT default_ground_rule FROM source WHERE source.id = quote.source_id)"
    )


def _to_6(conn: sqlite3.Connection) -> None:
    conn.execute(SAVED_SEARCH_DDL)


def _to_7(conn: sqlite3.Connection) -> None:
    fts_names.create(conn)


def _to_8(conn: sqlite3.Connection) -> None:
    conn.execute(TRASH_DDL)
    conn.execute(
        "INSERT INTO quote_trash (id, deleted_at) "
        "SELECT id, deleted_at FROM quote WHERE deleted_at IS NOT NULL"
    )
    conn.execute("DROP INDEX ix_quote_deleted_at")
    conn.execute("ALTER TABLE quote DROP COLUMN deleted_at")


def _to_9(conn: sqlite3.Connection) -> None:
    conn.execute(CHECKS_DDL)


def _to_5(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE quote_fts")
    conn.execute(fts.CREATE)
    conn.execute(fts.RANK)
    end = conn.execute("SELECT ifnull(max(id), 0) FROM quote").fetchone()[0]
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (PENDING_KEY, f"0 {end}"))
    if conn.execute("SELECT count(*) FROM quote").fetchone()[0] <= REBUILD_AT_OPEN:
        while rebuild_step(conn, _REINDEX_CHUNK):
            pass


REBUILD_AT_OPEN = 20_000  # quotes a library may have and have its index rebuilt as it opens


def rebuild_step(
    conn: sqlite3.Connection, quotes: int, stop: threading.Event | None = None
) -> bool:
    """Index the next ``quotes`` quotes of a rebuild (in the caller's transaction).

    Returns whether more are left; the last step ends the rebuild. Setting ``stop``
    from another thread ends the step before its next quote with StoppedError: the
    caller rolls its transaction back, and the rebuild carries on from the same
    quote the next time.
    """
    gap = index_pending(conn)
    if gap is None:
        return False
    done, end = gap
    columns = ", ".join(fts.COLUMNS)
    rows = conn.execute(
        f"SELECT id, {columns} FROM quote WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
        (done, end, quotes),
    ).fetchall()
    with fts.merging_while_filled(conn):
        fts.fill(
            conn, _until(stop, (dict(zip(("id", *fts.COLUMNS), row, strict=True)) for row in rows))
        )
    if len(rows) < quotes:
        conn.execute("DELETE FROM meta WHERE key = ?", (PENDING_KEY,))
        return False
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (f"{rows[-1][0]} {end}", PENDING_KEY))
    return True


def _until(stop: threading.Event | None, rows: Iterator[T]) -> Iterator[T]:
    """The rows, until ``stop`` is set: then StoppedError."""
    for row in rows:
        if stop is not None and stop.is_set():
            raise StoppedError("the rebuild of the search index was stopped")
        yield row


MIGRATIONS: tuple[Migration, ...] = (
    Migration(2, "add the meta table (library id, unclean-shutdown marker)", _to_2),
    Migration(3, "index the start of each quote's text for sorting", _to_3),
    Migration(4, "remember whether a quote's ground rule was set or follows its source", _to_4),
    Migration(5, "index word stems and CJK bigrams", _to_5, may_change=_FTS_TABLES | {"meta"}),
    Migration(6, "add the saved_search table", _to_6),
    Migration(7, "index the names free words also match", _to_7),
    Migration(8, "keep the trash apart from the quotes' rows", _to_8),
    Migration(9, "index the columns a search checks in each quote", _to_9),
)


def create_added_tables(conn: sqlite3.Connection) -> None:
    """In a new library, create what migrations added (inside the caller's transaction)."""
    conn.execute(META_DDL)
    conn.execute(TEXT_SORT_DDL)
    conn.execute(CHECKS_DDL)
    conn.execute(RULE_SET_DDL)
    conn.execute(fts.RANK)
    conn.execute(SAVED_SEARCH_DDL)
    fts_names.create(conn)
    conn.execute(TRASH_DDL)
    conn.execute("INSERT INTO meta(key, value) VALUES ('library_id', ?)", (_new_id(),))


def pending(version: int, steps: Sequence[Migration] | None = None) -> list[Migration]:
    """The steps a library of schema ``version`` needs, in order."""
    return [step for step in (MIGRATIONS if steps is None else steps) if step.version > version]


def upgrade(
    conn: sqlite3.Connection, shown: str, version: int, steps: Sequence[Migration] | None = None
) -> int:
    """Run every pending step on an autocommit connection; return the new version."""
    for step in pending(version, steps):
        _run(conn, shown, step)
        version = step.version
    return version


def _run(conn: sqlite3.Connection, shown: str, step: Migration) -> None:
    before = row_counts(conn)
    if step.rebuilds_tables:
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            step.apply(conn)
            _verify(conn, step, before)
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                (f"upgraded_to_{step.version}", stamp),
            )
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
            conn.execute("COMMIT")
        except BaseException as exc:
            conn.execute("ROLLBACK")
            if isinstance(exc, StorageError) or not isinstance(exc, Exception):
                raise
            raise MigrationError(
                shown,
                f"upgrading the library to schema {step.version} ({step.summary}) failed: "
                f"{exc}. The library was left at schema {step.version - 1}, unchanged",
            ) from exc
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _verify(conn: sqlite3.Connection, step: Migration, before: dict[str, int]) -> None:
    orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    if orphans:
        table, rowid, parent, _ = orphans[0]
        raise _Check(
            f"{len(orphans)} rows point at missing parents (first: {table} row {rowid} -> {parent})"
        )
    after = row_counts(conn)
    for table, count in before.items():
        if table in step.may_change:
            continue
        if after.get(table) != count:
            raise _Check(f"table {table} had {count} rows and would have {after.get(table, 0)}")


class _Check(Exception):
    """A migration's result failed its check."""


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows in each ordinary table (the full-text index's own tables included)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _new_id() -> str:
    """A new library's id (``uuid`` is imported here: most openings make none)."""
    import uuid

    return uuid.uuid4().hex
