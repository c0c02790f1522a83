"""Saved searches: a query kept under a name, in an order the reporter chooses.

They are rows of the library's ``saved_search`` table, so they travel with the
file. Names are unique ignoring case, accents and Unicode form (like tags); a
query is checked when saved, so a saved search always runs. Saving, renaming,
moving and deleting one are small bookkeeping writes, not edits of the reporter's
material, and are not on the undo history.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from . import validate as v
from .base import LibraryBase, now
from .errors import ConflictError, NotFoundError
from .reader import COUNT_CAP, SavedSearchReads
from .search import parse_query
from .tables import SAVED_SEARCH as _S
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
            last = tx.conn.execute(select(func.max(_S.c.position))).scalar()
            made = tx.conn.execute(
                insert(_S).values(
                    name=name,
                    key=v.fold(name),
                    query=query,
                    position=(last or 0) + 1,
                    created_at=now().isoformat(),
                )
            )
            created = int(made.inserted_primary_key[0])  # type: ignore[index]
        return Changes(searches=frozenset({created}), created=created, label="Save search")

    def rename_saved_search(self, search_id: int, name: str) -> Changes:
        """Give a saved search another name (a name taken by another is refused)."""
        name = v.name("name", name)
        with self._write("Rename search", undoable=False) as tx:
            self._saved_exists(tx.conn, search_id)
            self._saved_name_free(tx.conn, name, search_id)
            renamed = update(_S).where(_S.c.id == search_id)
            tx.conn.execute(renamed.values(name=name, key=v.fold(name)))
        return Changes(searches=frozenset({search_id}), label="Rename search")

    def move_saved_search(self, search_id: int, position: int) -> Changes:
        """Put a saved search at ``position`` (0 first; past the end is last)."""
        with self._write("Move search", undoable=False) as tx:
            self._saved_exists(tx.conn, search_id)
            listed = select(_S.c.id).order_by(_S.c.position, _S.c.id)
            order = [int(each) for each in tx.conn.execute(listed).scalars()]
            order.remove(search_id)
            order.insert(max(0, position), search_id)
            placed = update(_S).where(_S.c.id == bindparam("each"))
            tx.conn.execute(
                placed.values(position=bindparam("place")),
                [{"place": place, "each": each} for place, each in enumerate(order)],
            )
        return Changes(searches=frozenset(order), label="Move search")

    def delete_saved_search(self, search_id: int) -> Changes:
        """Forget a saved search (its quotes are not touched)."""
        with self._write("Delete search", undoable=False) as tx:
            self._saved_exists(tx.conn, search_id)
            tx.conn.execute(delete(_S).where(_S.c.id == search_id))
        return Changes(searches=frozenset({search_id}), label="Delete search")

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
