"""The Tags menu entries and the navigator's right-click menu for the tag under the cursor.

Renaming, merging, recolouring and deleting are the tag dialogs' work
(:class:`~quotebook.gui.navigator.tag_dialogs.TagActions`); this module offers them on the
tag picked in the navigator and hands what they changed to the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from .navigator_model import Kind, Role
from .tag_dialogs import TagActions

if TYPE_CHECKING:
    from ..app.session import Session
    from .navigator import NavigatorView


class TagMenu(QObject):
    """Rename, merge, colour and delete the navigator's current tag."""

    def __init__(self, session: Session, navigator: NavigatorView, parent: QWidget) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.tag_actions = TagActions(session.library, session.worker, parent)
        self.tag_actions.changed.connect(session.announce)
        tr = self.tr
        self.rename = QAction(tr("Re&name tag…"), parent)
        self.rename.setShortcut("F2")
        self.rename.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.merge = QAction(tr("&Merge tag into…"), parent)
        self.recolor = QAction(tr("Tag &colour…"), parent)
        self.delete = QAction(tr("&Delete tag…"), parent)
        self.rename.triggered.connect(lambda: self._with_tag(self.tag_actions.rename))
        self.merge.triggered.connect(lambda: self._with_tag(lambda t: self.tag_actions.merge([t])))
        self.recolor.triggered.connect(lambda: self._with_tag(self.tag_actions.recolor))
        self.delete.triggered.connect(lambda: self._with_tag(self.tag_actions.delete))
        navigator.addAction(self.rename)
        navigator.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        navigator.customContextMenuRequested.connect(self._on_navigator_context_menu_requested)
        navigator.selectionModel().currentChanged.connect(self.update)
        self.update()

    def actions(self) -> list[QAction]:
        return [self.rename, self.merge, self.recolor, self.delete]

    def current_tag(self) -> int | None:
        """The id of the tag under the navigator's cursor, if it is a tag."""
        index = self.navigator.currentIndex()
        if not index.isValid() or index.data(Role.KIND) != Kind.TAG:
            return None
        tag_id = index.data(Role.ENTRY_ID)
        return tag_id if isinstance(tag_id, int) else None

    def merge_into(self, dropped: int, target: int) -> None:
        """A tag dropped on another: confirm the merge in the merge dialog."""
        self.tag_actions.merge([dropped], into=target)

    def update(self, *_args: object) -> None:
        enabled = self.current_tag() is not None
        for action in self.actions():
            action.setEnabled(enabled)

    def _with_tag(self, act: object) -> None:
        tag_id = self.current_tag()
        if tag_id is not None and callable(act):
            act(tag_id)

    def _on_navigator_context_menu_requested(self, point: QPoint) -> None:
        navigator = self.navigator
        index = navigator.indexAt(point)
        if not index.isValid() or index.data(Role.KIND) != Kind.TAG:
            return
        navigator.setCurrentIndex(index)
        menu = QMenu(navigator)
        for action in self.actions():
            menu.addAction(action)
        menu.popup(navigator.viewport().mapToGlobal(point))
