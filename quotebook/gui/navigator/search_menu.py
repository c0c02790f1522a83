"""Saved searches in the app: Ctrl+S in the search box saves, the navigator's menu edits.

A saved search under the navigator's cursor can be renamed, moved up or down and
deleted (after a confirmation); the library keeps them, the navigator shows them
with live counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..dialogs import messages
from .navigator_model import Kind, Role

if TYPE_CHECKING:
    from ..app.session import Session
    from ..quotes.search_bar import SearchBar
    from .navigator import NavigatorView

NAME_LENGTH = 60  # a query longer than this is cut to make the suggested name


class SearchMenu(QObject):
    """Save the current search; rename, move and delete the navigator's saved search."""

    def __init__(
        self, session: Session, navigator: NavigatorView, search_bar: SearchBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.session, self.navigator, self.parent_widget = session, navigator, parent
        tr = self.tr
        self.save = QAction(tr("&Save search…"), parent)
        self.save.setToolTip(tr("Keep the current search under a name (Ctrl+S in the search box)"))
        self.rename = QAction(tr("Re&name saved search…"), parent)
        self.move_up = QAction(tr("Move saved search &up"), parent)
        self.move_down = QAction(tr("Move saved search do&wn"), parent)
        self.delete = QAction(tr("&Delete saved search…"), parent)
        self.save.triggered.connect(lambda: self.ask_to_save(search_bar.text()))
        self.rename.triggered.connect(self._rename)
        self.move_up.triggered.connect(lambda: self._move(-1))
        self.move_down.triggered.connect(lambda: self._move(1))
        self.delete.triggered.connect(self._delete)
        search_bar.save_requested.connect(self.ask_to_save)
        navigator.customContextMenuRequested.connect(self._on_navigator_context_menu_requested)
        navigator.selectionModel().currentChanged.connect(self.update)
        self.update()

    def actions(self) -> list[QAction]:
        return [self.save, self.rename, self.move_up, self.move_down, self.delete]

    def current(self) -> tuple[int, int, str] | None:
        """The saved search under the navigator's cursor: id, row and name."""
        index = self.navigator.currentIndex()
        if not index.isValid() or index.data(Role.KIND) != Kind.SEARCH:
            return None
        return int(index.data(Role.ENTRY_ID)), index.row(), str(index.data())

    def update(self, *_args: object) -> None:
        found = self.current()
        for action in (self.rename, self.move_up, self.move_down, self.delete):
            action.setEnabled(found is not None)

    def ask_to_save(self, query: str) -> None:
        """Ask for a name, then keep ``query`` under it."""
        query = query.strip()
        tr = self.tr
        if not query:
            messages.inform(
                self.parent_widget, tr("Save search"), tr("Type a search first, then save it.")
            )
            return
        library, session = self.session.library, self.session
        messages.ask_text(
            self.parent_widget,
            tr("Save search"),
            tr("Name for the search “{query}”:").format(query=query),
            query[:NAME_LENGTH],
            lambda name: session.apply(lambda: library.save_search(name, query)),
        )

    def _rename(self) -> None:
        found = self.current()
        if found is None:
            return
        search_id, _row, name = found
        library, session, tr = self.session.library, self.session, self.tr
        messages.ask_text(
            self.parent_widget,
            tr("Rename saved search"),
            tr("New name:"),
            name,
            lambda new: session.apply(lambda: library.rename_saved_search(search_id, new)),
        )

    def _move(self, step: int) -> None:
        found = self.current()
        if found is not None:
            search_id, row, _name = found
            library = self.session.library
            self.session.apply(lambda: library.move_saved_search(search_id, max(0, row + step)))

    def _delete(self) -> None:
        found = self.current()
        if found is None:
            return
        search_id, _row, name = found
        library, session, tr = self.session.library, self.session, self.tr
        messages.confirm(
            self.parent_widget,
            tr("Delete saved search"),
            tr("Forget the saved search “{name}”? No quote is changed.").format(name=name),
            tr("Delete"),
            lambda: session.apply(lambda: library.delete_saved_search(search_id)),
        )

    def _on_navigator_context_menu_requested(self, point: QPoint) -> None:
        navigator = self.navigator
        index = navigator.indexAt(point)
        if not index.isValid() or index.data(Role.KIND) != Kind.SEARCH:
            return
        navigator.setCurrentIndex(index)
        menu = QMenu(navigator)
        for action in self.actions()[1:]:
            menu.addAction(action)
        menu.popup(navigator.viewport().mapToGlobal(point))
