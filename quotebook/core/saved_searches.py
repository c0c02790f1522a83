"""Saved searches: a query kept under a name, in an order the reporter chooses.

They are rows of the library's ``saved_search`` table, so they travel with the
file. Names are unique ignoring case, accents and Unicode form (like tags); a
query is checked when saved, so a saved search always runs. Saving, renaming,
moving and deleting one are small bookkeeping writes, not edits of the reporter's
material, and are not on the undo history.
"""

from __future__ import annotations

from typing import Any

from . import validate as v
from .base import LibraryBase, now
from .errors import ConflictError, NotFoundError
from .reader import COUNT_CAP, SavedSearchReads
from .search import parse_query
from .values import Changes

__all__ = ["COUNT_CAP", "SavedSearchOps"]

_KIND = "saved search"


class SavedSearchOps(SavedSearchReads, LibraryBase):
    def save_search(self, name: str, query: str) -> Changes:
        """Keep ``query`` under ``name``, last in the order; a name taken is refused."""
        name = v.name("name", name)
        query = v.one_line("query", query)
        parse_query(query)  # raises QueryError: only a search that runs is kept
        with self._write("Save search", undoable=False) as tx:
            self._saved_name_free(tx.conn, name)
            last = tx.conn.exec_driver_sql("SELECT max(position) FROM saved_search").scalar()
            cursor = tx.conn.exec_driver_sql(
                "INSERT INTO saved_search (name, key, query, position, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, v.fold(name), query, (last or 0) + 1, now().isoformat()),
            )
            created = int(cursor.lastrowid or 0)
        return Changes(searches=frozenset({created}), created=created, label="Save search")

    def rename_saved_search(self, search_id: int, name: str) -> Changes:
        """Give a saved search another name (a name taken by another is refused)."""
        name = v.name("name", name)
        with self._write("Rename search", undoable=False) as tx:
            self._saved_exists(tx.conn, search_id)
            self._saved_name_free(tx.conn, name, search_id)
            tx.conn.exec_driver_sql(
                "UPDATE saved_search SET name = ?, key = ? WHERE id = ?",
                (name, v.fold(name), search_id),
            )
        return Changes(searches=frozenset({search_id}), label="Rename search")

    def move_saved_search(self, search_id: int, position: int) -> Changes:
        """Put a saved search at ``position`` (0 first; past the end is last)."""
        with self._write("Move search", undoable=False) as tx:
            self._saved_exists(tx.conn, search_id)
            order = [
                int(row[0])
                for row in tx.conn.exec_driver_sql(
                    "SELECT id FROM saved_search ORDER BY position, id"
                )
            ]
            order.remove(search_id)
            order.insert(max(0, position), search_id)
            tx.conn.exec_driver_sql(
                "UPDATE saved_search SET position = ? WHERE id = ?",
                [(place, each) for place, each in enumerate(order)],
            )
        return Changes(searches=frozenset(order), label="Move search")

    def delete_saved_search(self, search_id: int) -> Changes:
        """Forget a saved search (its quotes are not touched)."""
        with self._write("Delete search", undoable=False) as tx:
            self._saved_exists(tx.conn, search_id)
            tx.conn.exec_driver_sql("DELETE FROM saved_search WHERE id = ?", (search_id,))
        return Changes(searches=frozenset({search_id}), label="Delete search")

    # -- helpers -------------------------------------------------------------

    @staticmethod
    def _saved_exists(conn: Any, search_id: int) -> None:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM saved_search WHERE id = ?", (search_id,)
        ).first()
        if found is None:
            raise NotFoundError(_KIND, search_id)

    @staticmethod
    def _saved_name_free(conn: Any, name: str, own: int | None = None) -> None:
        taken = conn.exec_driver_sql(
            "SELECT id FROM saved_search WHERE key = ? AND id IS NOT ?", (v.fold(name), own)
        ).first()
        if taken is not None:
            raise ConflictError("name", f"a saved search named {name!r} already exists")
