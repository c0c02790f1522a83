"""Deleting means deleted: taking what the trash held out of the library's backups too.

Emptying the trash erases its quotes and sources from the library file (see
erase.py); every backup taken while they were there still holds them. Before the
trash is emptied :func:`trash_rows` notes each row by id and creation time (an id
alone could be a later row's); :func:`backups_holding` then names the backups
that hold any of them, and :func:`scrub_backups` rewrites each: a copy of the
backup without those rows (their words purged from the full-text index too),
vacuumed, fully checked, and renamed over the backup, so a backup in the folder
is always whole. A backup that cannot be read is left as it was and not counted.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import DB_ERRORS
from ..storage import fts
from ..storage.backup import _copy, _sync_folder, backup_folder, list_backups
from ..storage.connect import connect
from ..storage.safety import immutable, verify_copy
from ..storage.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from .library import Library

_TRASHED_SOURCES = "SELECT id FROM source WHERE deleted_at IS NOT NULL"
_MATCH = "(SELECT value ->> 0 AS id, value ->> 1 AS created_at FROM json_each(?))"


@dataclass(frozen=True, slots=True)
class Erased:
    """Rows by (id, created_at as stored): the trash's quotes and sources."""

    quotes: tuple[tuple[int, str], ...] = ()
    sources: tuple[tuple[int, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.quotes or self.sources)


def trash_rows(library: Library) -> Erased:
    """What emptying the trash now would erase (read before emptying it)."""
    with library.snapshot() as conn:
        quotes = conn.execute(
            "SELECT id, created_at FROM quote WHERE id IN (SELECT id FROM quote_trash) "
            f"OR source_id IN ({_TRASHED_SOURCES}) ORDER BY id"
        ).fetchall()
        sources = conn.execute(
            "SELECT id, created_at FROM source WHERE deleted_at IS NOT NULL ORDER BY id"
        ).fetchall()
    return Erased(tuple(map(tuple, quotes)), tuple(map(tuple, sources)))


def _holds(conn: sqlite3.Connection, erased: Erased) -> bool:
    for table, rows in (("quote", erased.quotes), ("source", erased.sources)):
        found = conn.execute(
            f"SELECT 1 FROM {table} t JOIN {_MATCH} m "
            "ON t.id = m.id AND t.created_at = m.created_at LIMIT 1",
            (json.dumps(rows),),
        ).fetchone()
        if found:
            return True
    return False


def backups_holding(library: Path, erased: Erased) -> list[Path]:
    """The library's backups that still hold any of the ``erased`` rows."""
    holding = []
    for backup in list_backups(library, count=False):
        try:
            conn = immutable(backup.path)
            try:
                if _holds(conn, erased):
                    holding.append(backup.path)
            finally:
                conn.close()
        except DB_ERRORS:
            continue
    return holding


def scrub_backups(library: Path, erased: Erased) -> list[Path]:
    """Rewrite every backup holding ``erased`` rows without them; return those rewritten."""
    done = []
    for path in backups_holding(library, erased):
        _scrub(path, erased)
        done.append(path)
    if done:
        _sync_folder(backup_folder(library))
    return done


def _scrub(backup: Path, erased: Erased) -> None:
    """Copy, erase the rows from the copy, vacuum, check it, and rename it into place."""
    partial = backup.with_name(f".{backup.name}.{os.getpid()}.partial")
    try:
        _copy(backup, partial, None)
        conn = connect(partial)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            _erase(conn, erased)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
        finally:
            conn.close()
        verify_copy(partial, SCHEMA_VERSION)
        os.replace(partial, backup)
    finally:
        partial.unlink(missing_ok=True)


def _erase(conn: sqlite3.Connection, erased: Erased) -> None:
    """Delete the rows (and the quotes of erased sources) and purge their indexed words."""
    quotes = json.dumps(erased.quotes)
    sources = json.dumps(erased.sources)
    conn.execute(
        "CREATE TEMP TABLE gone AS SELECT q.id FROM quote q "
        f"LEFT JOIN {_MATCH} m ON q.id = m.id AND q.created_at = m.created_at "
        f"LEFT JOIN {_MATCH} s ON q.source_id = s.id "
        "AND (SELECT created_at FROM source WHERE id = q.source_id) = s.created_at "
        "WHERE m.id IS NOT NULL OR s.id IS NOT NULL",
        (quotes, sources),
    )
    names = ("id", *fts.COLUMNS)
    rows = conn.execute(
        f"SELECT {', '.join(names)} FROM quote WHERE id IN (SELECT id FROM gone)"
    ).fetchall()
    fts.remove_raw(conn, [dict(zip(names, row, strict=True)) for row in rows])
    conn.execute("INSERT INTO quote_fts(quote_fts) VALUES ('optimize')")
    conn.execute("DELETE FROM quote_tag WHERE quote_id IN (SELECT id FROM gone)")
    conn.execute("DELETE FROM quote WHERE id IN (SELECT id FROM gone)")
    conn.execute(
        f"DELETE FROM source WHERE id IN (SELECT s.id FROM source s JOIN {_MATCH} m "
        "ON s.id = m.id AND s.created_at = m.created_at)",
        (sources,),
    )
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'name_fts'").fetchone():
        conn.execute("INSERT INTO name_fts(name_fts) VALUES ('optimize')")  # erased names
    conn.execute("DROP TABLE temp.gone")
