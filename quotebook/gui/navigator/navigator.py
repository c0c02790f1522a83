"""The navigator on the left: All quotes, Trash, and the Tags, Sources and Articles.

Quotes dragged from the table onto a tag get that tag; a tag dropped on another is
merged into it (after a confirmation). The view only shows and accepts drops: the
model announces them and the window acts on them through the library.

The titles Saved searches and Tags show nothing by themselves and cannot be
selected: the arrow keys and typing pass over them (typing through the model's
match), and a click on one leaves the selection, and so the quotes listed, as they
were.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from .navigator_model import NavColumn, NavigatorModel

AUTO_OPEN_LIMIT = 1000  # entries a section may have and still open by itself

Move = QAbstractItemView.CursorAction
# Keys that, landing on a title, go on upwards, or downwards:
_UP = (Move.MoveUp, Move.MovePrevious, Move.MovePageUp, Move.MoveEnd)
_DOWN = (Move.MoveDown, Move.MoveNext, Move.MovePageDown, Move.MoveHome)


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
        self._closed: set[int] = set()  # sections the reporter folded
        model.rowsInserted.connect(self._on_model_rows_inserted)
        self.collapsed.connect(lambda index: self._closed.add(index.row()))
        self.expanded.connect(lambda index: self._closed.discard(index.row()))

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Where a key takes the cursor: past a title, on to the next entry that way."""
        index = super().moveCursor(action, modifiers)
        if action in _UP or action in _DOWN:
            step = self.indexAbove if action in _UP else self.indexBelow
            while index.isValid() and not _selectable(index):
                index = step(index)
        # Left from a tag would go up to Tags: the cursor stays where it is.
        return index if index.isValid() and _selectable(index) else self.currentIndex()

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """A title clicked leaves the selection as it was (Qt would clear it)."""
        if index.isValid() and not _selectable(index):
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def fit_counts(self, largest: int) -> None:
        """Make the count column as wide as the largest count needs."""
        width = self.fontMetrics().horizontalAdvance(f"{max(largest, 100):,}") + 16
        self.header().resizeSection(NavColumn.COUNT, width)

    def _on_model_rows_inserted(self, parent: QModelIndex, _first: int, _last: int) -> None:
        """Open a section when its entries arrive, unless the reporter folded it.

        A section of thousands of entries (a newsroom's sources or articles) stays
        folded until opened: laying out tens of thousands of rows takes the GUI
        thread most of a second, and the search box finds any of them at once.
        """
        if not parent.isValid() or parent.parent().isValid():
            return
        small = self.model().rowCount(parent) <= AUTO_OPEN_LIMIT
        if small and parent.row() not in self._closed and not self.isExpanded(parent):
            # Unanimated: the animation draws every entry of the section first.
            self.setAnimated(False)
            self.expand(parent)
            self.setAnimated(True)


def _selectable(index: QModelIndex | QPersistentModelIndex) -> bool:
    return bool(index.flags() & Qt.ItemFlag.ItemIsSelectable)
