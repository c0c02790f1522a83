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

from ..core.validate import fold

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
            return self.sort_key(record, column)
        if role == Role.FILTER_TEXT:
            return " ".join(fold(self.cell(record, c)) for c in range(len(self.COLUMNS)))
        return None

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
        for record in records:
            row = self._row_of.get(record.id)
            if row is None:
                fresh.append(record)
                continue
            self._records[row] = record
            last = self.index(row, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(row, 0), last)
        if fresh:
            first = len(self._records)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._records.extend(fresh)
            self._reindex()
            self.endInsertRows()

    def remove(self, record_ids: Iterable[int]) -> None:
        """Drop the rows of these records (ids not shown are ignored), last rows first."""
        rows = sorted((self._row_of[i] for i in set(record_ids) if i in self._row_of), reverse=True)
        for row in rows:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._records[row]
            self._reindex()
            self.endRemoveRows()

    def _reindex(self) -> None:
        self._row_of = {record.id: row for row, record in enumerate(self._records)}


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts a record model by :attr:`Role.SORT_KEY`; keeps rows holding every typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Role.SORT_KEY)
        self.setDynamicSortFilter(True)

    def set_filter_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), Role.FILTER_TEXT) or ""
        return all(word in text for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(Role.SORT_KEY)
        b = right.data(Role.SORT_KEY)
        if a is None or b is None:  # blanks sort after values in ascending order
            return a is not None and b is None
        return bool(a < b)
