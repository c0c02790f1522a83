"""The main window: navigator, search box, quote table and the selected quote's editor.

The window lays the parts out and connects them; the parts talk through the
:class:`~quotebook.gui.app.session.Session` (what changed) and the
:class:`~quotebook.gui.quotes.browser.Browser` (what is being looked at). Operations on
the selected quotes live in :mod:`quotebook.gui.window.quote_commands`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ...core import Changes, DamagedLibraryError, SearchResult, StorageError
from ...core.search.terms import highlight_terms
from ..app import icons
from ..app.session import Session
from ..app.settings import Settings
from ..navigator.navigator import NavigatorView
from ..navigator.navigator_model import Contents, Kind, NavigatorModel, Role
from ..navigator.search_menu import SearchMenu
from ..navigator.tag_menu import TagMenu
from ..quotes.browser import Browser, View
from ..quotes.quote_editor import QuoteEditor
from ..quotes.quote_list import QuoteList
from ..quotes.quote_model import Column, QuoteTableModel
from ..quotes.search_bar import SearchBar
from ..quotes.search_help import SearchHelp
from ..records.articles_view import ArticlesView
from ..records.source_merge_dialog import open_merge_dialog
from ..records.sources_view import SourcesView
from ..widgets.busy_indicator import BusyIndicator
from .actions import Actions, build_actions
from .bulk_commands import BulkCommands
from .copy_style import CopyStyle
from .empty_state import EmptyState
from .file_commands import FileCommands
from .index_rebuild import IndexRebuild
from .menus import build_menus
from .quote_commands import QuoteCommands
from .sheets import Sheets

# The quote table's columns beside the Quote, at their first run: enough for a name,
# two tags, a date and "Deep background"; the Quote column stretches over the rest.
STARTING_WIDTHS = {
    Column.SOURCE: 105,
    Column.TAGS: 95,
    Column.ARTICLE: 100,
    Column.SAID_ON: 84,
    Column.GROUND_RULE: 116,
}


def library_title(path: Path) -> str:
    """The library's file name and folder, with the home folder as ``~``."""
    folder = path.resolve().parent
    try:
        shown = "~/" + str(folder.relative_to(Path.home()))
    except ValueError:
        shown = str(folder)
    return f"{path.name} ({shown.rstrip('/.') or '~'})"


class MainWindow(QMainWindow):
    """One library's window."""

    open_requested = Signal(Path, bool)  # path, create when missing
    demo_requested = Signal()
    backups_requested = Signal()
    closed = Signal()

    def __init__(self, session: Session, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.contents = Contents(0, 0, (), (), ())
        self._contents_read = False  # the counts above are not yet the library's
        self._syncing = False
        self._changed_by: object | None = None
        self._follow_list = False  # the view changed: the editor follows the next result
        self._search_help: SearchHelp | None = None
        self.setWindowTitle(
            self.tr("{library} — Quotebook").format(library=library_title(session.library.path))
        )
        self.setWindowIcon(icons.app_icon())
        self._build()
        self.commands = QuoteCommands(self)
        self.copy_style = CopyStyle(settings, self)
        self.tag_menu = TagMenu(self.session, self.navigator, self)
        self.search_menu = SearchMenu(self.session, self.navigator, self.search_bar, self)
        self.bulk = BulkCommands(self)
        self.sheets = Sheets(self)
        self.file_commands = FileCommands(self)
        self._connect()
        build_menus(self, self.bulk)
        self._restore_layout()
        self._on_history_changed()
        self._sort_as_header_shows()
        self.browser.show("", trash=False)
        self.refresh_navigator()
        self.sources_view.refresh_when_shown()
        self.articles_view.refresh_when_shown()
        self.index_rebuild = IndexRebuild(self)
        self.index_rebuild.start()
        self.busy = BusyIndicator(self.statusBar(), self.browser, self)

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.acts: Actions = build_actions(self)
        self.search_bar = SearchBar(self)
        self.navigator_model = NavigatorModel(self)
        self.navigator = NavigatorView(self.navigator_model, self)
        self.quote_model = QuoteTableModel(self.session.library, self)
        self.quote_list = QuoteList(self.quote_model, self)
        table = self.quote_list.table
        a = self.acts
        table.addAction(a.delete)  # Del works in the table only; the others are window-wide
        for action in (a.copy_attributed, a.add_tag, a.remove_tag, a.restore, a.export_csv):
            table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.browser = Browser(self.session, self.quote_list, self)
        self.editor = QuoteEditor(self.session, self)
        self.editor.setMinimumWidth(260)
        self.empty_state = EmptyState(self)
        worker = self.session.worker
        self.sources_view = SourcesView(self.session.library, worker, self)
        self.articles_view = ArticlesView(self.session.library, worker, self)
        self.centre = QStackedWidget(self)
        for page in (self.quote_list, self.empty_state, self.sources_view, self.articles_view):
            self.centre.addWidget(page)
        self._page: QWidget = self.quote_list
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 790, 290])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_toolbar()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        self.setTabOrder(self.search_bar.line, self.navigator)
        self.setTabOrder(self.navigator, self.quote_list.table)
        self.setTabOrder(self.quote_list.table, self.editor.text)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        a = self.acts
        for action in (a.new_quote, a.delete, a.undo, a.redo, a.copy_attributed):
            bar.addAction(action)
        bar.addSeparator()
        self.search_bar.setMinimumWidth(360)
        bar.addWidget(self.search_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _on_quote_model_fetch_failed(self, error: StorageError) -> None:
        if isinstance(error, DamagedLibraryError):
            self.session.found_damage(error)
            return
        title = self.tr("Quotes cannot be read")
        self.commands.report_problem(title, error.reason)

    def _connect(self) -> None:
        a = self.acts
        a.hide_protected.toggled.connect(self.sources_view.source_editor.protected_mask.set_on)
        self.search_bar.query_changed.connect(self._on_search_bar_query_changed)
        self.browser.results_shown.connect(self._on_browser_results_shown)
        self.browser.query_failed.connect(self._on_browser_query_failed)
        self.search_bar.help_requested.connect(a.search_help.trigger)
        a.search_help.triggered.connect(self._show_search_help)
        self.browser.view_changed.connect(self._on_browser_view_changed)
        sel = self.navigator.selectionModel()
        sel.selectionChanged.connect(self._on_navigator_selection_changed)
        self.quote_list.current_changed.connect(self._on_quote_list_current_changed)
        self.quote_list.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.session.changed.connect(self._on_session_changed)
        self.session.history_changed.connect(self._on_history_changed)
        self.session.problem_reported.connect(self.commands.report_problem)
        self.quote_model.fetch_failed.connect(self._on_quote_model_fetch_failed)
        self.session.worker.failed.connect(self.commands.report_error)
        self.empty_state.add_requested.connect(a.new_quote.trigger)
        self.empty_state.demo_requested.connect(self.demo_requested)
        a.find.triggered.connect(self.search_bar.focus)
        a.undo.triggered.connect(self._on_undo_triggered)
        a.redo.triggered.connect(self._on_redo_triggered)
        a.show_all.triggered.connect(lambda: self.show_view("", trash=False))
        a.show_trash.triggered.connect(lambda: self.show_view("", trash=True))
        a.focus_navigator.triggered.connect(lambda: self.navigator.setFocus())
        a.focus_list.triggered.connect(lambda: self.quote_list.table.setFocus())
        a.focus_editor.triggered.connect(lambda: self.editor.text.setFocus())
        a.quit.triggered.connect(self.close)
        a.show_sources.triggered.connect(lambda: self._pick_section(Kind.SOURCES))
        a.show_articles.triggered.connect(lambda: self._pick_section(Kind.ARTICLES))
        self.merge_sources = QAction(self.tr("&Merge sources…"), self)
        self.merge_sources.triggered.connect(
            lambda: open_merge_dialog(self.session, self.contents.sources, self)
        )
        self.navigator_model.source_dropped_on_source.connect(
            lambda dropped, target: open_merge_dialog(
                self.session, self.contents.sources, self, (target, dropped)
            )
        )
        for view in (self.sources_view, self.articles_view):
            view.quotes_requested.connect(self._on_view_quotes_requested)
            view.changed.connect(self._on_view_changed)
        self.commands.connect_actions()

    # -- what is shown --------------------------------------------------------------

    def show_view(self, query: str, *, trash: bool) -> None:
        """Show ``query`` (in the Trash when ``trash``), with the search box saying so."""
        self.search_bar.set_text(query, announce=False)
        self.search_bar.clear_error()
        self._page = self.quote_list  # first, so the navigator marks the quotes' entry
        self.browser.show(query, trash)
        self.show_page(self.quote_list)

    @property
    def page(self) -> QWidget:
        """The page shown (or asked for) in the middle: quotes, Sources or Articles."""
        return self._page

    def show_page(self, page: QWidget) -> None:
        """Show the quotes (or the empty state), the Sources view or the Articles view."""
        self._page = page
        self.update_empty_state()

    def reload_all(self) -> None:
        """Read everything again (after an import wrote many rows at once)."""
        self.session.history_changed.emit()
        self.quote_model.invalidate_all()
        self.browser.refresh()
        self.refresh_navigator()
        self.sources_view.refresh_when_shown()
        self.articles_view.refresh_when_shown()

    def refresh_navigator(self) -> None:
        """Read the navigator's lists and counts on the worker, then show them."""
        self.session.worker.submit(
            self.session.library.listing, self._on_navigator_read, key="navigator"
        )

    def recount_navigator(self, changes: Changes) -> None:
        """After an edit: bring the counts shown up to date from what it moved, on the
        worker after the list's search; count everything again only when it says so."""
        shown, library = self.contents, self.session.library
        if not self._contents_read or changes.moves is None:
            self.refresh_navigator()
            return
        self.session.worker.submit(
            lambda: library.recounted(shown, changes), self._on_navigator_recounted, key="navigator"
        )

    def _on_navigator_recounted(self, contents: Contents | None) -> None:
        if contents is None:  # another edit landed meanwhile: count everything
            self.refresh_navigator()
        else:
            self._on_navigator_read(contents, names=False)

    def _on_navigator_read(self, contents: Contents, *, names: bool = True) -> None:
        shown = self._shown_entry()
        self.contents = contents
        self._contents_read = True
        self._syncing = True
        try:
            self.navigator_model.set_contents(contents)
            self.navigator.fit_counts(max(contents.quotes, contents.trashed_quotes))
            self._select_navigator_entry(self.browser.view)
        finally:
            self._syncing = False
        if names:  # the pickers offer names: only a fresh read can change them
            self.editor.set_choices(contents)
        self._update_count()
        self.update_empty_state()
        self._follow_renamed(shown)

    def _shown_entry(self) -> tuple[Kind, int] | None:
        """The tag, source or article whose quotes are listed, if the search is just that."""
        view = self.browser.view
        index = self.navigator_model.find_filter(view.query, view.trash)
        kind = Kind(index.data(Role.KIND)) if index.isValid() else None
        if kind in (Kind.TAG, Kind.SOURCE, Kind.ARTICLE):
            return kind, int(index.data(Role.ENTRY_ID))
        return None

    def _follow_renamed(self, shown: tuple[Kind, int] | None) -> None:
        """A renamed tag (source, article) being shown: search for its new name."""
        if shown is None or self._shown_entry() == shown:
            return
        index = self.navigator_model.entry_index(*shown)
        if index.isValid():
            self.search_bar.set_text(index.data(Role.FILTER), announce=False)
            self.browser.show(index.data(Role.FILTER), trash=False)

    def _select_navigator_entry(self, view: View) -> None:
        page_sections = {self.sources_view: Kind.SOURCES, self.articles_view: Kind.ARTICLES}
        if self._page in page_sections:
            self.navigator.setCurrentIndex(self.navigator_model.index(page_sections[self._page], 0))
            return
        index = self.navigator_model.find_filter(view.query, view.trash)
        selection = self.navigator.selectionModel()
        if index.isValid():
            self.navigator.setCurrentIndex(index)
            self.navigator.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)

    def update_empty_state(self) -> None:
        """Show the page asked for, or the welcome when the library is empty."""
        page = self._page
        if page is self.quote_list:
            contents = self.contents
            empty = self._contents_read and not (
                contents.quotes or contents.trashed_quotes or contents.sources
            )
            if empty and not self.editor.is_draft and not self.browser.view.trash:
                page = self.empty_state
        self.centre.setCurrentWidget(page)
        self.editor.setVisible(page is self.quote_list)
        self.count_label.setVisible(page is self.quote_list)

    def _update_count(self) -> None:
        result, view = self.browser.result, self.browser.view
        shown = f"{result.total:,}{'+' if result.total_capped else ''}"
        if not self.navigator_model.counts_read:
            self.count_label.setText(self.tr("{shown} quotes").format(shown=shown))
            return
        if view.trash:
            text = self.tr("{shown} of {all} quotes in the trash")
            total = self.contents.trashed_quotes
        else:
            text = self.tr("{shown} of {all} quotes")
            total = self.contents.quotes
        self.count_label.setText(text.format(shown=shown, all=f"{total:,}"))

    def _update_actions(self, *_args: object) -> None:
        a, trash = self.acts, self.browser.view.trash
        selected = self.quote_list.has_selection()
        a.delete.setEnabled(selected and not trash)
        a.restore.setEnabled(selected and trash)
        a.empty_trash.setEnabled(bool(self.contents.trashed_quotes) or trash)
        a.copy_attributed.setEnabled(selected)
        a.add_tag.setEnabled(selected and not trash)
        self.bulk.update(selected and not trash)
        a.remove_tag.setEnabled(selected and not trash)

    # -- reacting -------------------------------------------------------------------

    def _on_search_bar_query_changed(self, text: str) -> None:
        self.search_bar.clear_error()
        terms = highlight_terms(text)
        self.quote_model.set_highlight(terms)
        self.editor.set_highlight(terms)
        self._page = self.quote_list
        self.browser.show(text, self.browser.view.trash)
        self.show_page(self.quote_list)

    def _on_browser_view_changed(self, view: View) -> None:
        self._follow_list = True
        self.quote_list.set_trash_mode(view.trash)
        self._syncing = True
        try:
            self._select_navigator_entry(view)
        finally:
            self._syncing = False
        self._update_actions()

    def _on_browser_query_failed(self, reason: str, position: int) -> None:
        """A query that cannot be understood: say why, and grey the list it did not make."""
        self.search_bar.show_error(reason, position)
        self.quote_list.table.setEnabled(False)

    def _show_search_help(self) -> None:
        if self._search_help is None:
            self._search_help = SearchHelp(self)
        self._search_help.show()
        self._search_help.raise_()

    def _on_browser_results_shown(self, _result: SearchResult) -> None:
        self.search_bar.clear_error()
        self.quote_list.table.setEnabled(True)
        if not self.quote_list.table.isSortingEnabled():
            self.quote_list.table.setSortingEnabled(True)
        self._update_count()
        self._update_actions()
        follow, self._follow_list = self._follow_list, False
        if self.editor.is_draft:
            return  # words being typed stay, whatever is listed
        current = self.quote_list.current_id()
        if follow or self.editor.quote_id is None:
            # Another view: the editor shows its current row, or nothing, never a
            # quote the list no longer shows.
            self.editor.show_quote(current)

    def _on_navigator_selection_changed(self, selected: QItemSelection, _old: object) -> None:
        if self._syncing or not selected.indexes():
            return
        index = selected.indexes()[0]
        kind = Kind(index.data(Role.KIND))
        if kind is Kind.SOURCES:
            self.show_page(self.sources_view)
        elif kind is Kind.ARTICLES:
            self.show_page(self.articles_view)
        else:  # the titles Tags and Saved searches are never selected
            self.show_view(index.data(Role.FILTER) or "", trash=kind is Kind.TRASH)

    def _pick_section(self, kind: Kind) -> None:
        self.navigator.setCurrentIndex(self.navigator_model.index(kind, 0))

    def _on_view_quotes_requested(self, query: str) -> None:
        self.show_view(query, trash=False)

    def _on_view_changed(self, changes: Changes) -> None:
        """An edit in the Sources or Articles view: the view has shown it; tell the rest."""
        self._changed_by = self.sender()
        try:
            self.session.announce(changes)
        finally:
            self._changed_by = None

    def _on_quote_list_current_changed(self, quote_id: int | None) -> None:
        if quote_id is not None:
            self.editor.show_quote(quote_id)
        self._update_actions()

    def _on_session_changed(self, changes: Changes) -> None:
        self.browser.apply_changes(changes)  # first: the list's search goes first
        self.recount_navigator(changes)
        for view in (self.sources_view, self.articles_view):
            if view is self._changed_by:
                continue
            if view.isVisible():
                view.apply_changes(changes)
            else:
                view.refresh_when_shown()

    def _on_history_changed(self) -> None:
        library, a = self.session.library, self.acts
        a.undo.setEnabled(library.undo_label is not None)
        a.redo.setEnabled(library.redo_label is not None)
        a.undo.setText(self.tr("&Undo {label}").format(label=library.undo_label or "").strip())
        a.redo.setText(self.tr("&Redo {label}").format(label=library.redo_label or "").strip())

    def _on_undo_triggered(self) -> None:
        self.editor.flush()
        label = self.session.library.undo_label or ""
        self.busy.start(self.tr("Undoing {label}…").format(label=label))
        self.session.undo(
            lambda changes: self._say_replayed(self.tr("Undone: {label}"), changes),
            self.busy.finish,
        )

    def _on_redo_triggered(self) -> None:
        self.editor.flush()
        label = self.session.library.redo_label or ""
        self.busy.start(self.tr("Redoing {label}…").format(label=label))
        self.session.redo(
            lambda changes: self._say_replayed(self.tr("Redone: {label}"), changes),
            self.busy.finish,
        )

    def _say_replayed(self, text: str, changes: Changes) -> None:
        self.busy.done()
        if changes.label:
            self.statusBar().showMessage(text.format(label=changes.label), 4000)

    # -- layout memory --------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.layout("window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self.settings.layout("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.settings.layout("quoteHeader")
        if header is None or not self.quote_list.table.horizontalHeader().restoreState(header):
            self._size_quote_columns()

    def _sort_as_header_shows(self) -> None:
        """The first search in the order the restored header shows: its first rows are
        painted in that order, not re-sorted once sorting is switched on."""
        header = self.quote_list.table.horizontalHeader()
        section = header.sortIndicatorSection()
        if 0 <= section < len(Column):
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            self.browser.set_sort(Column(section), descending)

    def _size_quote_columns(self) -> None:
        """First run: the other columns as narrow as their usual text, the Quote the rest."""
        header = self.quote_list.table.horizontalHeader()
        for column, width in STARTING_WIDTHS.items():
            header.resizeSection(column, width)

    def save_layout(self) -> None:
        self.settings.set_layout("window", self.saveGeometry())
        self.settings.set_layout("splitter", self.splitter.saveState())
        self.quote_list.column_fit.show_wanted()  # the reporter's widths, not the fitted
        self.settings.set_layout(
            "quoteHeader", self.quote_list.table.horizontalHeader().saveState()
        )
        self.quote_list.column_fit.fit()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.flush()
        self.save_layout()
        super().closeEvent(event)
        self.closed.emit()
