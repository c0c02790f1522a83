"""What the window's commands and menus work with, declared without the window.

The commands (quote, bulk, file, sheet commands, the index rebuild, the menus) are
given the window as a :class:`Workbench`: the session and the parts they act on.
Declaring it here, rather than importing the main window, keeps the window's module
the only one that knows how the parts are laid out, and the imports free of cycles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenuBar, QStatusBar, QWidget

    from ..app.session import Session
    from ..app.settings import Settings
    from ..navigator.navigator import NavigatorView
    from ..navigator.navigator_model import Contents, NavigatorModel
    from ..navigator.search_menu import SearchMenu
    from ..navigator.tag_menu import TagMenu
    from ..quotes.browser import Browser
    from ..quotes.quote_editor import QuoteEditor
    from ..quotes.quote_list import QuoteList
    from ..quotes.quote_model import QuoteTableModel
    from ..quotes.search_bar import SearchBar
    from ..records.articles_view import ArticlesView
    from ..records.sources_view import SourcesView
    from .actions import Actions
    from .copy_style import CopyStyle


class Workbench(Protocol):
    """One library's window as its commands see it: a widget with these parts."""

    session: Session
    settings: Settings
    acts: Actions
    contents: Contents  # the navigator's last reading of the library's counts
    search_bar: SearchBar
    navigator: NavigatorView
    navigator_model: NavigatorModel
    quote_list: QuoteList
    quote_model: QuoteTableModel
    browser: Browser
    editor: QuoteEditor
    sources_view: SourcesView
    articles_view: ArticlesView
    copy_style: CopyStyle
    tag_menu: TagMenu
    search_menu: SearchMenu
    merge_sources: QAction
    open_requested: SignalInstance
    backups_requested: SignalInstance

    @property
    def page(self) -> QWidget: ...
    def show_view(self, query: str, *, trash: bool) -> None: ...
    def update_empty_state(self) -> None: ...
    def refresh_navigator(self) -> None: ...
    def reload_all(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def menuBar(self) -> QMenuBar: ...
    def tr(self, text: str) -> str: ...
