"""A table of library records (sources, articles) with their quote counts.

:class:`RecordTableModel` holds plain values from the core (anything with an
``id``), one per row, and is kept in step by :meth:`~RecordTableModel.sync` (a
whole new list, diffed so unchanged rows and the selection stay put),
:meth:`~RecordTableModel.put` (changed or new records) and
:meth:`~RecordTableModel.remove`. Subclasses say what their columns show.
:class:`RecordFilterProxy` sorts by each column's natural order and filters by
words, ignoring case and accents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...core.domain.validate import fold

Index = QModelIndex | QPersistentModelIndex


class Record(Protocol):
    @property
    def id(self) -> int: ...


class Role(IntEnum):
    RECORD_ID = Qt.ItemDataRole.UserRole + 1
    RECORD = Qt.ItemDataRole.UserRole + 2  # the whole value from the core
    SORT_KEY = Qt.ItemDataRole.UserRole + 3
    FILTER_TEXT = Qt.ItemDataRole.UserRole + 4  # folded text the filter box matches


class RecordTableModel(QAbstractTableModel):
    """Rows of core values; subclasses define ``COLUMNS``, headers and cells."""

    COLUMNS: ClassVar[type[IntEnum]]
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._row_of: dict[int, int] = {}
        self._sort_keys: dict[tuple[int, int], Any] = {}  # (record id, column)
        self._filter_texts: dict[int, str] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None

    # -- what subclasses say ----------------------------------------------

    def header(self, column: int) -> str:
        raise NotImplementedError

    def cell(self, record: Any, column: int) -> str:
        """The text a cell shows."""
        raise NotImplementedError

    def sort_key(self, record: Any, column: int) -> Any:
        """What a column sorts by: numbers as numbers, text folded."""
        return fold(self.cell(record, column))

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    # -- reading ----------------------------------------------------------

    def record(self, record_id: int) -> Any | None:
        row = self._row_of.get(record_id)
        return None if row is None else self._records[row]

    def row_of(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def ids(self) -> list[int]:
        return [record.id for record in self._records]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.RECORD_ID:
            return record.id
        if role == Role.RECORD:
            return record
        if role == Role.SORT_KEY:
            return self.sort_key_of(record, column)
        if role == Role.FILTER_TEXT:
            return self.filter_text_at(index.row())
        return None

    def sort_key_of(self, record: Any, column: int) -> Any:
        """A record's sort key in a column, worked out once per version of the record."""
        slot = (record.id, column)
        if slot not in self._sort_keys:
            self._sort_keys[slot] = self.sort_key(record, column)
        return self._sort_keys[slot]

    def filter_text_at(self, row: int) -> str:
        """The folded text of a row's cells, which the filter box's words must be in."""
        record = self._records[row]
        text = self._filter_texts.get(record.id)
        if text is None:
            text = fold("\n".join(self.cell(record, c) for c in range(len(self.COLUMNS))))
            self._filter_texts[record.id] = text
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (blanks last), keeping persistent indexes on their rows."""
        if not 0 <= column < len(self.COLUMNS):
            self._order = None
            return
        self._order = (column, order)
        self._resort()

    def _resort(self) -> None:
        if self._order is None or not self._records:
            return
        column, order = self._order
        descending = order == Qt.SortOrder.DescendingOrder

        def key(record: Any) -> tuple[bool, Any]:
            value = self.sort_key_of(record, column)
            return (value is None) != descending, value

        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._records[index.row()].id for index in before]
        self._records.sort(key=key, reverse=descending)
        self._reindex()
        after = [
            self.index(self._row_of[i], index.column())
            for i, index in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- changing ---------------------------------------------------------

    def sync(self, records: Sequence[Any]) -> None:
        """Make the rows these records: changed ones updated, gone ones removed, new ones added."""
        wanted = {record.id: record for record in records}
        self.remove([record_id for record_id in self._row_of if record_id not in wanted])
        self.put(record for record in records if self.record(record.id) != record)

    def put(self, records: Iterable[Any]) -> None:
        """Replace the rows of records already shown; append the others."""
        fresh: list[Any] = []
        changed = False
        for record in records:
            row = self._row_of.get(record.id)
            if row is None:
                fresh.append(record)
                continue
            self._records[row] = record
            self._forget(record.id)
            last = self.index(row, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(row, 0), last)
            changed = True
        if fresh:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._records.extend(fresh)
            self._reindex()
            self.endInsertRows()
            changed = True
        if changed:
            self._resort()

    def remove(self, record_ids: Iterable[int]) -> None:
        """Drop the rows of these records (ids not shown are ignored), last rows first."""
        rows = sorted((self._row_of[i] for i in set(record_ids) if i in self._row_of), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._forget(self._records[row].id)
            del self._records[row]
            self._reindex()
            self.endRemoveRows()

    def _forget(self, record_id: int) -> None:
        for column in range(len(self.COLUMNS)):
            self._sort_keys.pop((record_id, column), None)
        self._filter_texts.pop(record_id, None)

    def _reindex(self) -> None:
        self._row_of = {record.id: row for row, record in enumerate(self._records)}


class RecordFilterProxy(QSortFilterProxyModel):
    """Keeps the rows holding every typed word; sorting is passed on to the record model.

    The record model sorts its own list by cached keys (tens of milliseconds for
    20,000 rows), where the proxy would call back into Python for every comparison.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_filter_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):
            text = model.filter_text_at(source_row)
        else:
            text = model.data(model.index(source_row, 0, source_parent), Role.FILTER_TEXT) or ""
        return all(word in text for word in self._words)
