"""A library opened for reading only, without SQLAlchemy: what ``search`` and ``info`` need.

A script that calls ``quotebook search`` pays every import on every call; the
database layer alone (SQLAlchemy) costs more than a search of a million quotes.
:class:`Reader` opens the library the way :class:`~.library.Library` opens it for
reading (the same checks, the same lock, not a byte written) and offers search,
the quote table's rows, saved searches by name and the counts, all on the plain
read connections of :mod:`reading`.
"""

from __future__ import annotations

from ..domain import validate as v
from ..domain.errors import NotFoundError, QueryError
from ..domain.results import SavedSearch
from ..search.runner import SearchOps
from ..storage.reading import PlainReader

__all__ = ["COUNT_CAP", "Reader", "SavedSearchReads"]

COUNT_CAP = 1_000  # a saved search's count stops here, as the app's counts do
_KIND = "saved search"


class SavedSearchReads(SearchOps):
    """Saved searches as the navigator lists them and ``@name`` finds them."""

    def saved_searches(self, *, counts: bool = True) -> tuple[SavedSearch, ...]:
        """Every saved search in the reporter's order, with its live count when ``counts``."""
        with self._plain_read() as conn:
            rows = conn.execute(
                "SELECT id, name, query FROM saved_search ORDER BY position, id"
            ).fetchall()
        found = [SavedSearch(int(i), name, query) for i, name, query in rows]
        if counts:
            found = [self._counted(each) for each in found]
        return tuple(found)

    def saved_search(self, name: str) -> SavedSearch:
        """The saved search called ``name`` (any case or accents), counted."""
        key = v.fold(name.strip())
        with self._plain_read() as conn:
            row = conn.execute(
                "SELECT id, name, query FROM saved_search WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            raise NotFoundError(_KIND, name)
        return self._counted(SavedSearch(int(row[0]), row[1], row[2]))

    def _counted(self, each: SavedSearch) -> SavedSearch:
        try:
            result = self.search(each.query, limit=0, count_cap=COUNT_CAP)
        except QueryError:
            return each  # a query the syntax of an older version allowed
        return each._replace(quote_count=result.total, capped=result.total_capped)


class Reader(SavedSearchReads, PlainReader):
    """An existing library of the current schema, open for reading only, with search."""
