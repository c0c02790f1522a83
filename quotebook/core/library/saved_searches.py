"""Saved searches: a query kept under a name, in an order the reporter chooses.

They are rows of the library's ``saved_search`` table, so they travel with the
file. Names are unique ignoring case, accents and Unicode form (like tags); a
query is checked when saved, so a saved search always runs. Saving, renaming,
moving and deleting one are each one step of the undo history, as every edit is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..domain import validate as v
from ..domain.errors import ConflictError, NotFoundError, QueryError
from ..domain.values import Changes, SavedSearch
from ..search.runner import SearchOps, parse_query
from ..storage.tables import SAVED_SEARCH
from .base import now

__all__ = ["COUNT_CAP", "SavedSearchOps"]

COUNT_CAP = 1_000  # a saved search's count stops here, as the app's counts do

_KIND = "saved search"


class SavedSearchOps(SearchOps):
    def saved_searches(self, *, counts: bool = True) -> tuple[SavedSearch, ...]:
        """Every saved search in the reporter's order, with its live count when ``counts``."""
        with self._read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, name, query FROM saved_search ORDER BY position, id"
            ).all()
        found = [SavedSearch(int(i), name, query) for i, name, query in rows]
        if counts:
            found = [self._counted(each) for each in found]
        return tuple(found)

    def saved_search(self, name: str) -> SavedSearch:
        """The saved search called ``name`` (any case or accents), counted."""
        key = v.fold(name.strip())
        with self._read() as conn:
            row = conn.exec_driver_sql(
                "SELECT id, name, query FROM saved_search WHERE key = ?", (key,)
            ).first()
        if row is None:
            raise NotFoundError(_KIND, name)
        return self._counted(SavedSearch(int(row[0]), row[1], row[2]))

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

    def _counted(self, each: SavedSearch) -> SavedSearch:
        try:
            result = self.search(each.query, limit=0, count_cap=COUNT_CAP)
        except QueryError:
            return each  # a query the syntax of an older version allowed
        return each._replace(quote_count=result.total, capped=result.total_capped)

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
