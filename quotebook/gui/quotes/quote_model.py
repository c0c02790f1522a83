"""The quote table's model: a list of ids from the core, rows fetched in pages.

Like Anki's browser table, the model holds only the ids a search returned, in
display order. Cells are read from :class:`~quotebook.core.QuoteRow` values fetched
a page at a time with ``Library.quote_rows`` into a bounded cache, so a search
that matches a hundred thousand quotes costs a list of ints, not a hundred
thousand rows. Sorting is the core's job: :meth:`QuoteTableModel.sort` only asks
for a new search through :attr:`QuoteTableModel.sort_requested`.
"""

from __future__ import annotations

import json
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ...core import Library, QuoteRow, StorageError
from ...core.library.ground_rules import more_open
from ...core.search.terms import highlight_spans
from ..records.source_editor import rule_text

PAGE_SIZE = 64  # rows fetched at once: two screens, under a millisecond at a million quotes
CACHE_PAGES = 32
QUOTE_IDS_MIME = "application/x-quotebook-quote-ids"
ELIDE_AT = 300  # characters of a quote shown in its cell; the tooltip has the rest

Index = QModelIndex | QPersistentModelIndex


_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


class Column(IntEnum):
    QUOTE = 0
    SOURCE = 1
    TAGS = 2
    ARTICLE = 3
    SAID_ON = 4
    GROUND_RULE = 5


class Role(IntEnum):
    QUOTE_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2  # the whole QuoteRow
    FULL_TEXT = Qt.ItemDataRole.UserRole + 3
    HIGHLIGHTS = Qt.ItemDataRole.UserRole + 4  # (start, end) of the searched words shown


_COLUMNS = tuple(Column)  # by number: Column(n) costs a lookup in the enum each cell
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
# The roles the cells answer. A repaint asks each cell for seven (font, alignment,
# colours…), most of them none of these: they are turned away first, and cheaply.
_ANSWERED = frozenset(
    {_DISPLAY, _TOOLTIP, _DECORATION, Role.QUOTE_ID, Role.ROW, Role.FULL_TEXT, Role.HIGHLIGHTS}
)


def is_more_open(value: QuoteRow) -> bool:
    """Whether the quote's rule is more open than its source's: set so by hand."""
    return more_open(value.ground_rule, value.source_rule)


def more_open_icon() -> QIcon:
    """The mark of a quote more open than its source (the style's warning sign)."""
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _one_line(text: str) -> str:
    flat = " ".join(text[: ELIDE_AT + 1].split())
    return flat if len(text) <= ELIDE_AT else f"{flat[:ELIDE_AT].rstrip()}…"


class QuoteTableModel(QAbstractTableModel):
    """Quote ids in display order, with their rows fetched lazily in pages."""

    sort_requested = Signal(int, bool)  # column, descending
    fetch_failed = Signal(object)  # the StorageError that stopped fetching rows

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._ids = array("q")
        self._cache: OrderedDict[int, QuoteRow] = OrderedDict()
        # Set when a page could not be read: no more fetches until the next result,
        # so one failure is one report, not one per cell painted (Anki's
        # ``_block_updates``).
        self._blocked = False
        self._terms: tuple[str, ...] = ()
        self._headers = {
            Column.QUOTE: self.tr("Quote"),
            Column.SOURCE: self.tr("Source"),
            Column.TAGS: self.tr("Tags"),
            Column.ARTICLE: self.tr("Article"),
            Column.SAID_ON: self.tr("Said on"),
            Column.GROUND_RULE: self.tr("Ground rule"),
        }

    # -- the list of ids ----------------------------------------------------

    def set_ids(self, ids: Sequence[int], rows: Iterable[QuoteRow] = ()) -> None:
        """Show these quotes, in this order (a new search result); ``rows`` are the
        values of some of them, already read.

        The ids are kept in a compact array (8 bytes a quote: a million-quote result
        costs 8 MB), with no index from id to row: :meth:`rows_of` scans the array
        in C when an edit needs rows.
        """
        new = ids if isinstance(ids, array) else array("q", ids)
        old = self._ids
        if len(new) > len(old) and old and new[: len(old)] == old:
            # The rest of a result whose first page is already shown: append, so
            # the scroll position and the selection stay where they are.
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._ids = new
            self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = new
        self._cache.clear()
        self._cache.update((row.id, row) for row in rows)
        self._blocked = False
        self.endResetModel()

    def set_highlight(self, terms: tuple[str, ...]) -> None:
        """The folded word starts the search looks for, highlighted in the Quote column."""
        if terms != self._terms:
            self._terms = terms
            if self._ids:
                last = self.index(len(self._ids) - 1, Column.QUOTE)
                self.dataChanged.emit(self.index(0, Column.QUOTE), last, [Role.HIGHLIGHTS])

    def ids_equal(self, ids: Sequence[int]) -> bool:
        """Whether the table lists exactly these ids, in this order."""
        return self._ids == (ids if isinstance(ids, array) else array("q", ids))

    def ids(self) -> list[int]:
        return self._ids.tolist()

    def quote_id(self, row: int) -> int:
        return self._ids[row]

    def ids_between(self, first: int, last: int) -> array[int]:
        """The ids listed from row ``first`` to row ``last``, both included."""
        return self._ids[first : last + 1]

    def row_of(self, quote_id: int) -> int | None:
        return self.rows_of([quote_id]).get(quote_id)

    def rows_of(self, quote_ids: Iterable[int]) -> dict[int, int]:
        """The rows where these quotes are listed (those not listed are left out)."""
        wanted = set(quote_ids)
        if len(wanted) <= 16:
            return {i: self._ids.index(i) for i in wanted if i in self._ids}
        return {quote_id: row for row, quote_id in enumerate(self._ids) if quote_id in wanted}

    def invalidate(self, quote_ids: Iterable[int]) -> None:
        """Forget cached rows of these quotes and repaint them (an edit changed them)."""
        quote_ids = list(quote_ids)
        for quote_id in quote_ids:
            self._cache.pop(quote_id, None)
        rows = list(self.rows_of(quote_ids).values())
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def invalidate_all(self) -> None:
        """Forget every cached row (a tag rename or a source edit shows in many rows)."""
        self._cache.clear()
        if self._ids:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, last))

    def row_value(self, row: int) -> QuoteRow | None:
        """The row's values, fetching its page when it is not cached."""
        quote_id = self._ids[row]
        cached = self._cache.get(quote_id)
        if cached is None:
            self._fetch_page(row)
            cached = self._cache.get(quote_id)
        else:
            self._cache.move_to_end(quote_id)
        return cached

    def _fetch_page(self, row: int) -> None:
        """Read the page holding ``row``; a failure is reported once and blocks the rest.

        A storage error (a damaged page, a disk error) goes to :attr:`fetch_failed`;
        anything else is a bug and is raised, once, for the crash dialog.
        """
        if self._blocked:
            return
        start = row - row % PAGE_SIZE
        wanted = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
        try:
            values = self._library.quote_rows(wanted)
        except StorageError as error:
            self._blocked = True
            self.fetch_failed.emit(error)
            return
        except Exception:
            self._blocked = True
            raise
        for value in values:
            self._cache[value.id] = value
        while len(self._cache) > PAGE_SIZE * CACHE_PAGES:
            self._cache.popitem(last=False)

    # -- Qt's model interface -------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[Column(section)]  # the tooltip: whole when elided
        return None

    # Every call from Qt into Python takes Python's lock, and while the worker runs
    # each one can wait for it: a repaint beside a bulk change took 35–55 ms against
    # 10 ms alone. So a cell answers all the roles Qt asks of it in one call, and an
    # index is made without asking rowCount and columnCount: 697 calls a repaint of
    # the table instead of 1,741.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < len(_COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        data = self.data
        for n in range(len(span)):
            asked = span[n]
            asked.setData(data(index, asked.role()))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._ids):
            return None
        if role == Role.QUOTE_ID:
            return self._ids[row]
        value = self.row_value(row)
        if value is None:
            return None
        if role == Role.ROW:
            return value
        if role == Role.FULL_TEXT:
            return value.text
        column = _COLUMNS[index.column()]
        if role == _DISPLAY:
            return self._display(value, column)
        if role == Role.HIGHLIGHTS:
            shown = _one_line(value.text) if column is Column.QUOTE else ""
            return highlight_spans(shown, self._terms) if shown else []
        if role == _DECORATION:
            opened = column is Column.GROUND_RULE and is_more_open(value)
            return more_open_icon() if opened else None
        return self._tooltip(value, column)

    def _display(self, value: QuoteRow, column: Column) -> str:
        if column is Column.QUOTE:
            return _one_line(value.text)
        if column is Column.SOURCE:
            return value.source_name
        if column is Column.TAGS:
            return ", ".join(value.tags)
        if column is Column.ARTICLE:
            return value.article_headline
        if column is Column.SAID_ON:
            return value.said_on.isoformat() if value.said_on else ""
        return rule_text(value.ground_rule)

    def _tooltip(self, value: QuoteRow, column: Column) -> str | None:
        if column is Column.QUOTE:
            return value.text
        if column is Column.GROUND_RULE and is_more_open(value):
            return self.tr(
                "{rule}: more open than the source's ground rule ({default}). "
                "Check it before exporting."
            ).format(
                rule=rule_text(value.ground_rule), default=rule_text(value.source_rule).lower()
            )
        shown = self._display(value, column)
        return shown or None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Qt asks once per selected cell when a selection changes (600,000 times for
        # 100,000 selected quotes): the value is made once, not per call.
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the search to be run again in this order (the core sorts)."""
        if 0 <= column < len(Column):
            self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)

    # -- dragging quotes onto tags ----------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [QUOTE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._ids[i.row()] for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(QUOTE_IDS_MIME, json.dumps(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def quote_ids_from_mime(data: QMimeData) -> list[int]:
    """The quote ids a drag from the table carries (none for any other drag)."""
    if not data.hasFormat(QUOTE_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(QUOTE_IDS_MIME).data()).decode())
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int)]
