"""The centre of the window: the quote table, and in the Trash a bar to restore or empty."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..widgets.column_fit import ColumnFit
from .highlight_delegate import HighlightDelegate
from .quote_model import Column, QuoteTableModel

# Starting widths in pixels; the reporter's own widths are remembered.
_WIDTHS = {
    Column.QUOTE: 320,
    Column.SOURCE: 110,
    Column.TAGS: 110,
    Column.ARTICLE: 110,
    Column.SAID_ON: 84,
    Column.GROUND_RULE: 124,
}


class QuoteList(QWidget):
    """The table of quotes a search found, with multi-selection and drag to tags."""

    current_changed = Signal(object)  # the quote id under the cursor, or None
    restore_requested = Signal()
    empty_trash_requested = Signal()

    def __init__(self, model: QuoteTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("quoteTable")
        self.table.setAccessibleName(self.tr("Quotes"))
        self.table.setModel(model)
        self._set_up_table()
        self.banner = self._trash_banner()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)

    def _set_up_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(False)  # enabled by the window once a search has run
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # The header asks the selection, as it repaints, whether each column is wholly
        # selected: questions to the model about every row (Ctrl+A on 100,000 quotes
        # held the window 1.9 s). It shows no selection, so it is given one of its
        # own, always empty.
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.QUOTE, QHeaderView.ResizeMode.Stretch)
        table.setItemDelegateForColumn(Column.QUOTE, HighlightDelegate(table))
        self.column_fit = ColumnFit(table, Column.QUOTE)
        header.setMinimumSectionSize(60)

    def _trash_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("trashBanner")
        banner.setStyleSheet(
            "QFrame#trashBanner { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        label = QLabel(
            self.tr(
                "Quotes in the trash. Restore them, or empty the trash to delete them for good."
            ),
            banner,
        )
        label.setWordWrap(True)
        restore = QPushButton(self.tr("Restore selected"), banner)
        restore.setObjectName("restoreSelected")
        empty = QPushButton(self.tr("Empty trash…"), banner)
        empty.setObjectName("emptyTrash")
        restore.clicked.connect(self.restore_requested)
        empty.clicked.connect(self.empty_trash_requested)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(label, 1)
        row.addWidget(restore)
        row.addWidget(empty)
        banner.hide()
        return banner

    # -- selection ------------------------------------------------------------------

    def selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as runs, first and last row of each, in table order.

        Read from the selection's ranges: ``selectedRows()`` asks the model about every
        cell, ten seconds on the GUI thread for 200,000 selected quotes.
        """
        ranges = self.table.selectionModel().selection()
        spans: list[tuple[int, int]] = []
        for top, bottom in sorted((r.top(), r.bottom()) for r in ranges):
            if spans and top <= spans[-1][1] + 1:  # overlapping or touching: one run
                spans[-1] = (spans[-1][0], max(bottom, spans[-1][1]))
            else:
                spans.append((top, bottom))
        return spans

    def selected_ids(self) -> list[int]:
        """The selected quotes, in table order (a slice of the model's ids per run)."""
        ids = array("q")
        for top, bottom in self.selected_spans():
            ids.extend(self.model.ids_between(top, bottom))
        return ids.tolist()

    def let_go_of_selection(self) -> None:
        """Clear the selection and paint the window without it now, before a bulk
        change of the selected quotes goes to the worker.

        Painted later, the repaint would run beside the worker, and each of its calls
        into Python waits for Python's lock: at a million quotes it held the window
        35–55 ms, against 10 ms alone.
        """
        self.table.clearSelection()
        QCoreApplication.sendEvent(self.window(), QEvent(QEvent.Type.UpdateRequest))

    def has_selection(self) -> bool:
        return self.table.selectionModel().hasSelection()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.quote_id(index.row()) if index.isValid() else None

    def select_ids(self, ids: Iterable[int], current: int | None) -> None:
        """Select these quotes where they are listed, and put the cursor on ``current``."""
        selection = QItemSelection()
        for row in self.model.rows_of(ids).values():
            selection.select(self.model.index(row, 0), self.model.index(row, len(Column) - 1))
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            model.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
            self.table.scrollTo(self.model.index(row, 0))
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def select_row(self, row: int) -> None:
        """Select one row (clamped to the table), as after a deletion."""
        if self.model.rowCount() == 0:
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.select_ids([self.model.quote_id(row)], self.model.quote_id(row))

    def set_trash_mode(self, trash: bool) -> None:
        self.banner.setVisible(trash)

    def _on_table_current_row_changed(self, current: object, _previous: object) -> None:
        self.current_changed.emit(self.current_id())
