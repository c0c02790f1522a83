"""Runs the searches behind the quote table, off the GUI thread, newest result wins.

The browser keeps what is being looked at (the query, whether it is the Trash, the
column sort), runs ``Library.search`` on the worker, and puts the ids it returns
into the table model, keeping the selection where the quotes are still listed.
After an edit it decides whether the list itself may have changed; only then does
it search again, so editing a quote never makes it jump out from under the cursor.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, replace
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from ...core import Changes, DamagedLibraryError, QueryError, QuoteRow, SearchResult
from ...core.domain.values import SortKey
from ..app.session import Session
from .quote_list import QuoteList
from .quote_model import PAGE_SIZE, Column

FIRST_PAGE = 400  # rows fetched first, before the rest of a large result
FIRST_COUNT_CAP = 1000  # the first count stops here ("1,000+"), the full one follows

SORT_KEYS = {
    Column.QUOTE: SortKey.QUOTE,
    Column.SOURCE: SortKey.SOURCE,
    Column.TAGS: SortKey.TAGS,
    Column.ARTICLE: SortKey.ARTICLE,
    Column.SAID_ON: SortKey.SAID_ON,
    Column.GROUND_RULE: SortKey.GROUND_RULE,
}


MEMBERSHIP_READ_LIMIT = 500  # changed quotes whose rows the GUI thread may read at once


class Found(NamedTuple):
    """A search's result as it comes from the worker: its ids, and the first rows."""

    result: SearchResult  # without its ids
    ids: array[int]
    rows: list[QuoteRow]  # of the first ids, for the first page of a result


@dataclass(frozen=True, slots=True)
class View:
    """What the table shows: a query, in the library or in the Trash, in some order."""

    query: str = ""
    trash: bool = False
    sort: Column | None = None
    descending: bool = False


class Browser(QObject):
    """The search state of the window and the code that runs it."""

    results_shown = Signal(object)  # SearchResult
    query_failed = Signal(str, int)  # reason, position
    view_changed = Signal(object)  # View

    def __init__(self, session: Session, quotes: QuoteList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.quotes = quotes
        self.view = View()
        self.result = SearchResult((), 0)
        self._keep: tuple[list[int], int | None] | None = None
        self._whole_shown = False
        self._next_keep: tuple[list[int], int | None] | None = None
        self._awaited = False  # a search was asked for and its whole result is not shown
        quotes.model.sort_requested.connect(self._on_model_sort_requested)

    def show(self, query: str, trash: bool) -> None:
        """Look at ``query`` in the library (or the Trash), keeping the column sort."""
        self.view = View(query, trash, self.view.sort, self.view.descending)
        self.view_changed.emit(self.view)
        self.refresh()

    def set_sort(self, column: Column | None, descending: bool) -> None:
        """Sort the next search so (the column the header shows sorted at start-up)."""
        self.view = replace(self.view, sort=column, descending=descending)

    def select_after_next_search(self, quote_id: int | None) -> None:
        """Select this quote when the next search result arrives (the neighbour of a deletion)."""
        self._next_keep = ([quote_id], quote_id) if quote_id is not None else ([], None)

    @property
    def awaiting(self) -> bool:
        """Whether a search was asked for and its whole result is not shown yet."""
        return self._awaited

    def cancel_next_selection(self) -> None:
        """Forget :meth:`select_after_next_search` (the edit it was for was refused)."""
        self._next_keep = None

    def refresh(self, keep: tuple[list[int], int | None] | None = None) -> None:
        """Search again; ``keep`` is the selection and cursor to restore afterwards."""
        view = self.view
        library = self.session.library
        sort = SORT_KEYS[view.sort] if view.sort is not None else None
        keep = keep or self._next_keep
        self._next_keep = None
        if keep is None and self._awaited:
            keep = self._keep  # a search still on its way: what it was to select stands
        self._keep = keep or (self.quotes.selected_ids(), self.quotes.current_id())
        self._awaited = True

        def search(limit: int | None) -> Found:
            result = library.search(
                view.query,
                sort=sort,
                descending=view.descending,
                trash=view.trash,
                limit=limit,
                count_cap=FIRST_COUNT_CAP if limit else None,
            )
            # The rows on screen first are read here too, so the window does not read
            # them while the worker goes on (a read beside it takes twice as long).
            rows = library.quote_rows(result.ids[:PAGE_SIZE]) if limit else []
            # The ids travel as a compact array; the tuple is dropped on the worker.
            return Found(result._replace(ids=()), array("q", result.ids), rows)

        # The first page comes first, so rows are on screen at once even when the
        # whole result is a million quotes; the rest follows and is appended.
        self._whole_shown = False
        worker = self.session.worker
        worker.submit(
            lambda: search(FIRST_PAGE), self._on_first_page, self._on_search_failed, key="search"
        )
        worker.submit(
            lambda: search(None), self._on_search_done, self._on_search_failed, key="search-all"
        )

    def _on_first_page(self, found: Found) -> None:
        if not found.result.total_capped and found.result.total <= len(found.ids):
            self._on_search_done(found)  # the first page is the whole result
            return
        self._show(found)

    def _on_search_done(self, found: Found) -> None:
        if self._whole_shown:
            return  # the first page was the whole result, and it is on screen
        self._whole_shown = True
        self._awaited = False
        self._show(found)

    def _show(self, found: Found) -> None:
        result = self.result = found.result
        selected, current = self._keep or ([], None)
        self.quotes.model.set_ids(found.ids, found.rows)
        self.quotes.select_ids(selected, current)
        self.results_shown.emit(result)

    def _on_search_failed(self, error: BaseException, trace: str) -> None:
        self._awaited = False
        if isinstance(error, QueryError):
            self.query_failed.emit(error.reason, error.position)
            return
        if isinstance(error, DamagedLibraryError):
            self.session.found_damage(error)
            return
        raise error

    def _on_model_sort_requested(self, column: int, descending: bool) -> None:
        if (self.view.sort, self.view.descending) == (Column(column), descending):
            return  # the view re-applying the order it shows: nothing to search for
        self.view = View(self.view.query, self.view.trash, Column(column), descending)
        self.refresh()

    # -- after an edit ----------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Repaint what an edit changed; search again if the list itself may differ."""
        model = self.quotes.model
        bulk = len(changes.quotes) > MEMBERSHIP_READ_LIMIT  # finding its rows takes a while
        if changes.tags or changes.sources or changes.articles or bulk:
            model.invalidate_all()
        else:
            model.invalidate(changes.quotes)
        if self._membership_may_change(changes):
            keep = None
            if changes.created is not None and changes.created in changes.quotes:
                keep = ([changes.created], changes.created)
            self.refresh(keep)

    def _membership_may_change(self, changes: Changes) -> bool:
        """Whether a quote entered or left the list, or a renamed name may match differently."""
        if (changes.tags or changes.sources or changes.articles) and self.view.query.strip():
            return True
        if not changes.quotes:
            return False
        if len(changes.quotes) > MEMBERSHIP_READ_LIMIT:
            return True  # a bulk change: search again on the worker, not read its rows here
        rows = self.session.library.quote_rows(sorted(changes.quotes))
        belongs = {row.id for row in rows if row.deleted == self.view.trash}
        listed = {i for i in changes.quotes if self.quotes.model.row_of(i) is not None}
        return belongs != listed
