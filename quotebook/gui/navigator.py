"""The navigator on the left: All quotes, Trash, and the Tags, Sources and Articles.

Quotes dragged from the table onto a tag get that tag; a tag dropped on another is
merged into it (after a confirmation). The view only shows and accepts drops: the
model announces them and the window acts on them through the library.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from .navigator_model import Kind, NavColumn, NavigatorModel


class NavigatorView(QTreeView):
    """A tree of places to look, with quote counts on the right."""

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Navigator"))
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDropIndicatorShown(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setAnimated(True)
        self.setMinimumWidth(150)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NavColumn.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed, not fitted to contents: fitting reads every one of tens of thousands
        # of entries each time a count changes. fit_counts() sizes it to the largest.
        header.setSectionResizeMode(NavColumn.COUNT, QHeaderView.ResizeMode.Fixed)
        self.fit_counts(0)
        for section in (Kind.TAGS, Kind.SOURCES, Kind.ARTICLES):
            self.expand(model.index(section, 0))
        self._closed: set[int] = set()  # sections the reporter folded
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self.collapsed.connect(lambda index: self._closed.add(index.row()))
        self.expanded.connect(lambda index: self._closed.discard(index.row()))

    def fit_counts(self, largest: int) -> None:
        """Make the count column as wide as the largest count needs."""
        width = self.fontMetrics().horizontalAdvance(f"{max(largest, 100):,}") + 16
        self.header().resizeSection(NavColumn.COUNT, width)

    def _on_model_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        """Open a section when its entries arrive, unless the reporter folded it."""
        if not parent.isValid() or parent.parent().isValid():
            return
        if parent.row() not in self._closed and not self.isExpanded(parent):
            self.expand(parent)
