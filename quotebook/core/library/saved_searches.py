"""Saved searches: a query kept under a name, in an order the reporter chooses.

They are rows of the library's ``saved_search`` table, so they travel with the
file. Names are unique ignoring case, accents and Unicode form (like tags); a
query is checked when saved, so a saved search always runs. Saving, renaming,
moving and deleting one are each one step of the undo history, as every edit is.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import ConflictError, NotFoundError
from ..search.runner import parse_query
from ..storage.tables import SAVED_SEARCH
from ..storage.tables import SAVED_SEARCH as _S
from .base import LibraryBase, now
from .reader import COUNT_CAP, SavedSearchReads

__all__ = ["COUNT_CAP", "SavedSearchOps"]

_KIND = "saved search"


class SavedSearchOps(SavedSearchReads, LibraryBase):
    def save_search(self, name: str, query: str) -> Changes:
        """Keep ``query`` under ``name``, last in the order; a name taken is refused."""
        name = v.name("name", name)
        query = v.one_line("query", query)
        parse_query(query)  # raises QueryError: only a search that runs is kept
        with self._write("Save search") as tx:
            self._saved_name_free(tx.conn, name)
            last = tx.conn.execute(select(func.max(SAVED_SEARCH.c.position))).scalar()
            values = {
                "name": name,
                "key": v.fold(name),
                "query": query,
                "position": (last or 0) + 1,
                "created_at": now().isoformat(),
            }
            tx.created = tx.insert(SAVED_SEARCH, values)
        return tx.changes

    def rename_saved_search(self, search_id: int, name: str) -> Changes:
        """Give a saved search another name (a name taken by another is refused)."""
        name = v.name("name", name)
        with self._write("Rename saved search") as tx:
            self._saved_exists(tx.conn, search_id)
            self._saved_name_free(tx.conn, name, search_id)
            tx.update(SAVED_SEARCH, [search_id], {"name": name, "key": v.fold(name)})
        return tx.changes

    def move_saved_search(self, search_id: int, position: int) -> Changes:
        """Put a saved search at ``position`` (0 first; past the end is last)."""
        with self._write("Move saved search") as tx:
            self._saved_exists(tx.conn, search_id)
            by_order = select(SAVED_SEARCH.c.id).order_by(
                SAVED_SEARCH.c.position, SAVED_SEARCH.c.id
            )
            order = [int(row[0]) for row in tx.conn.execute(by_order)]
            order.remove(search_id)
            order.insert(max(0, position), search_id)
            tx.assign(
                SAVED_SEARCH,
                ("position",),
                [((place,), [each]) for place, each in enumerate(order)],
            )
        return tx.changes

    def delete_saved_search(self, search_id: int) -> Changes:
        """Forget a saved search (its quotes are not touched)."""
        with self._write("Delete saved search") as tx:
            self._saved_exists(tx.conn, search_id)
            tx.delete(SAVED_SEARCH, [search_id])
        return tx.changes

    # -- helpers -------------------------------------------------------------

    @staticmethod
    def _saved_exists(conn: Connection, search_id: int) -> None:
        found = conn.execute(select(_S.c.id).where(_S.c.id == search_id)).first()
        if found is None:
            raise NotFoundError(_KIND, search_id)

    @staticmethod
    def _saved_name_free(conn: Connection, name: str, own: int | None = None) -> None:
        other = _S.c.id.is_not(own)
        taken = conn.execute(select(_S.c.id).where(_S.c.key == v.fold(name), other)).first()
        if taken is not None:
            raise ConflictError("name", f"a saved search named {name!r} already exists")
