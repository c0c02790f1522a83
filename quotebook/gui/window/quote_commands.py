"""What the window's actions do to quotes: new, delete, restore, tag, drop, merge, about.

Each handler reads the selection, runs one library mutation through the session
(so it is announced and undoable) and says in the status bar what happened.
Questions go through :mod:`quotebook.gui.dialogs.questions`, which tests replace.
"""

from __future__ import annotations

import html
import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion

from ... import __version__
from ...core import Changes
from ...core.domain.validate import fold
from ...core.library.scrub import Erased, trash_rows
from ..app import crash
from ..dialogs import messages
from ..dialogs import questions as dialogs
from ..quotes.quote_model import Role
from ..records.article_editor import NewArticleDialog
from ..records.source_editor import NewSourceDialog
from ..widgets import tag_choice
from .attributed_copy import Copied, read_copy
from .copied import put as put_on_clipboard
from .scrub_offer import ScrubOffer

if TYPE_CHECKING:
    from .workbench import Workbench


class QuoteCommands(QObject):
    """The handlers of the main window's actions on quotes, tags and libraries."""

    def __init__(self, window: Workbench) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session

    def connect_actions(self) -> None:
        w, a = self.window, self.window.acts
        a.new_quote.triggered.connect(self.new_quote)
        a.new_source.triggered.connect(lambda: self.new_source("", for_editor=False))
        a.new_article.triggered.connect(lambda: self.new_article("", for_editor=False))
        a.copy_attributed.triggered.connect(self.copy_attributed)
        a.delete.triggered.connect(self.delete_selected)
        a.restore.triggered.connect(self.restore_selected)
        a.empty_trash.triggered.connect(self.empty_trash)
        a.add_tag.triggered.connect(self.ask_tag_to_add)
        a.remove_tag.triggered.connect(self.ask_tag_to_remove)
        a.about.triggered.connect(self.about)
        a.new_library.triggered.connect(
            lambda: dialogs.choose_new_library(w, lambda p: w.open_requested.emit(p, True))
        )
        a.open_library.triggered.connect(
            lambda: dialogs.choose_library_to_open(w, lambda p: w.open_requested.emit(p, False))
        )
        w.quote_list.restore_requested.connect(self.restore_selected)
        w.quote_list.empty_trash_requested.connect(self.empty_trash)
        w.navigator_model.quotes_dropped_on_tag.connect(self.tag_dropped_quotes)
        w.navigator_model.tag_dropped_on_tag.connect(self.merge_dropped_tag)
        w.editor.new_source_requested.connect(self.new_source)
        w.editor.new_article_requested.connect(self.new_article)
        w.editor.filed_under.connect(self._on_editor_filed_under)

    # -- reporting --------------------------------------------------------------------

    def report_problem(self, title: str, message: str) -> None:
        messages.inform(self.window, title, message, warning=True)

    def report_error(self, error: BaseException, trace: str) -> None:
        crash.report_error(self.window, error, trace)

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    # -- new things -------------------------------------------------------------------

    def new_quote(self) -> None:
        """Start a quote under the last used source and article, the cursor in its text.

        From the Sources or Articles view the quote is filed under the source or
        article selected there, and the window shows that record's quotes; from the
        Trash, all quotes.
        """
        w = self.window
        sources = {entry.id for entry in w.contents.sources}
        articles = {entry.id for entry in w.contents.articles}
        if not sources:
            self.new_source("", then_new_quote=True)
            return
        source, article = w.settings.last_used(self.session.library.path)
        if source not in sources:
            source = w.contents.sources[0].id if len(sources) == 1 else None
        if article not in articles:
            article = None
        source, article = self._filed_from_page(source, article)
        w.quote_list.table.clearSelection()
        w.editor.start_new(source, article)
        w.update_empty_state()

    def _filed_from_page(
        self, source: int | None, article: int | None
    ) -> tuple[int | None, int | None]:
        """The source and article a new quote takes from the page shown, and the quotes
        page shown in its place."""
        w = self.window
        page = w.page
        if page is w.sources_view or page is w.articles_view:
            chosen = page.selected_id()
            if chosen is not None:
                page.request_quotes()  # the record's quotes, where the new one will be
                if page is w.sources_view:
                    return chosen, article
                return source, chosen
            w.show_view("", trash=False)
        elif w.browser.view.trash:
            w.show_view("", trash=False)
        return source, article

    def new_source(
        self, name: str, *, then_new_quote: bool = False, for_editor: bool = True
    ) -> NewSourceDialog:
        """Open the new-source form (its name pre-filled with what was typed).

        ``for_editor``: asked from the editor's source picker, so the quote being
        edited is filed under the new source; Edit → New source… files nothing.
        """
        dialog = NewSourceDialog(self.session.library, self.window)
        dialog.form.worker = self.session.worker
        dialog.for_editor = for_editor
        if name:
            dialog.form.set_values({"name": name})
        dialog.changed.connect(self.session.announce)
        dialog.created.connect(
            lambda source_id: self._on_source_created(source_id, then_new_quote, for_editor)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_article(self, headline: str, *, for_editor: bool = True) -> NewArticleDialog:
        """Open the new-article form (its headline pre-filled with what was typed);
        ``for_editor`` as for :meth:`new_source`."""
        dialog = NewArticleDialog(self.session.library, self.window)
        dialog.form.worker = self.session.worker
        dialog.for_editor = for_editor
        if headline:
            dialog.form.set_values({"headline": headline})
        dialog.changed.connect(self.session.announce)
        dialog.created.connect(lambda article_id: self._on_article_created(article_id, for_editor))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_source_created(self, source_id: int, then_new_quote: bool, for_editor: bool) -> None:
        w = self.window
        w.refresh_navigator()
        if then_new_quote:
            w.quote_list.table.clearSelection()
            w.editor.start_new(source_id, None)
            w.update_empty_state()
        elif for_editor and (w.editor.is_draft or w.editor.quote_id is not None):
            w.editor.choose_source(source_id)

    def _on_article_created(self, article_id: int, for_editor: bool) -> None:
        w = self.window
        w.refresh_navigator()
        if for_editor and (w.editor.is_draft or w.editor.quote_id is not None):
            w.editor.choose_article(article_id)

    def _on_editor_filed_under(self, source_id: int | None, article_id: int | None) -> None:
        self.window.settings.set_last_used(self.session.library.path, source_id, article_id)

    # -- copy -------------------------------------------------------------------------

    def copy_attributed(self) -> None:
        """Copy the selected quotes with their attribution; off the record is refused.

        The quotes are read on the worker (see attributed_copy.py)."""
        ids = self.window.quote_list.selected_ids()
        if not ids:
            return
        library, options = self.session.library, self.window.copy_style.options()
        self.session.read(
            lambda: read_copy(library, ids, options), self._on_copy_read, self.tr("Not copied")
        )

    def _on_copy_read(self, copied: Copied) -> None:
        if copied.copied:
            put_on_clipboard(copied.text)  # taken off the clipboard again at a lock
            self._say(
                self.tr("Copied {n} quote(s) with attribution.", "", copied.copied).format(
                    n=copied.copied
                )
            )
            self._warn_if_linkable(copied.linkable)
        if copied.refused:
            messages.inform(
                self.window,
                self.tr("Off the record"),
                self.tr(
                    "{n} of the selected quote(s) were given off the record and may not be "
                    "used, so they were not copied.",
                    "",
                    copied.refused,
                ).format(n=copied.refused),
                warning=True,
            )

    def _warn_if_linkable(self, linkable: tuple[str, ...]) -> None:
        """Copied quotes of one source, on the record and protected: a reader could link them."""
        if linkable:
            messages.inform(
                self.window,
                self.tr("A reader could link these quotes"),
                self.tr(
                    "You copied quotes on the record and protected quotes of the same "
                    "source: {names}. Printed together, a reader could link the protected "
                    "words to the name."
                ).format(names=", ".join(linkable)),
                warning=True,
            )

    # -- trash ------------------------------------------------------------------------

    def delete_selected(self) -> None:
        w = self.window
        ids = w.quote_list.selected_ids()
        if not ids or w.browser.view.trash:
            return
        w.browser.select_after_next_search(self._neighbour())
        # Let go of the selection first: Qt updating a large selection as its rows
        # leave the list held the window for seconds (100,000 selected quotes).
        w.quote_list.let_go_of_selection()
        n = len(ids)
        said = self.tr("Moved {n} quote(s) to the trash. Undo puts them back.", "", n)
        said = said.format(n=f"{n:,}")
        w.busy.start(self.tr("Moving {n} quote(s) to the trash…", "", n).format(n=f"{n:,}"))
        self.session.apply(
            lambda: self.session.library.delete_quotes(ids),
            lambda _: self._done(said),
            undone=self._refused,  # nothing left the list
        )

    def restore_selected(self) -> None:
        w = self.window
        ids = w.quote_list.selected_ids()
        if not ids:
            return
        w.browser.select_after_next_search(self._neighbour())
        w.quote_list.let_go_of_selection()  # as for the trash
        n = len(ids)
        said = self.tr("Restored {n} quote(s) from the trash.", "", n).format(n=f"{n:,}")
        w.busy.start(self.tr("Restoring {n} quote(s)…", "", n).format(n=f"{n:,}"))
        self.session.apply(
            lambda: self.session.library.restore_quotes(ids),
            lambda _: self._done(said),
            undone=self._refused,  # nothing left the list
        )

    def _done(self, said: str) -> None:
        self.window.busy.done()
        self._say(said)

    def _refused(self) -> None:
        self.window.busy.finish()
        self.window.browser.cancel_next_selection()

    def _neighbour(self) -> int | None:
        """The quote to select once the selected ones leave the list: the row after the
        last selected, else the one before the first (no row between them is asked)."""
        spans, model = self.window.quote_list.selected_spans(), self.window.quote_model
        if not spans:
            return None
        after, before = spans[-1][1] + 1, spans[0][0] - 1
        if after < model.rowCount():
            return model.quote_id(after)
        return model.quote_id(before) if before >= 0 else None

    def empty_trash(self) -> None:
        count = self.window.contents.trashed_quotes
        messages.confirm(
            self.window,
            self.tr("Empty the trash?"),
            self.tr(
                "Delete the {n} quote(s) in the trash for good? This is the one change "
                "that cannot be undone; the rest of your history stays.",
                "",
                count,
            ).format(n=f"{count:,}"),
            self.tr("Empty trash"),
            self._empty_trash_confirmed,
        )

    def _empty_trash_confirmed(self) -> None:
        library = self.session.library
        erased: list[Erased] = []

        def empty() -> Changes:
            erased.append(trash_rows(library))  # what the backups may hold, read first
            return library.empty_trash()

        def done(_changes: Changes) -> None:
            self._say(self.tr("The trash is empty."))
            if erased and erased[0]:
                ScrubOffer(self.window, self.session, erased[0], parent=self).ask_when_found()

        self.session.apply(empty, done)

    # -- tags -------------------------------------------------------------------------

    def ask_tag_to_add(self) -> None:
        ids = self.window.quote_list.selected_ids()
        if not ids:
            return
        names = [entry.name for entry in self.window.contents.tags]
        tag_choice.ask_tag(self.window, names, len(ids), lambda name: self.add_tag(ids, name))

    def add_tag(self, ids: list[int], name: str) -> None:
        said = self.tr("Tagged {n} quote(s) “{tag}”.", "", len(ids)).format(
            n=f"{len(ids):,}", tag=name.strip()
        )
        self.session.apply(
            lambda: self.session.library.tag_quotes(ids, [name]), lambda _: self._say(said)
        )

    def ask_tag_to_remove(self) -> None:
        w = self.window
        ids = w.quote_list.selected_ids()
        carried: dict[str, None] = {}
        for quote_id in ids:
            row = w.quote_model.row_of(quote_id)
            value = w.quote_model.index(row, 0).data(Role.ROW) if row is not None else None
            for name in value.tags if value else ():
                carried[name] = None
        if not carried:
            self._say(self.tr("The selected quotes have no tags."))
            return
        dialogs.ask_choice(
            w,
            self.tr("Remove tag"),
            self.tr("Take this tag off the {n} selected quote(s):", "", len(ids)).format(
                n=f"{len(ids):,}"
            ),
            sorted(carried, key=fold),
            False,
            lambda name: self.remove_tag(ids, name),
        )

    def remove_tag(self, ids: list[int], name: str) -> None:
        tag = next((t for t in self.window.contents.tags if fold(t.name) == fold(name)), None)
        if tag is None:
            return
        said = self.tr("Removed “{tag}” from {n} quote(s).", "", len(ids)).format(
            tag=tag.name, n=f"{len(ids):,}"
        )
        self.session.apply(
            lambda: self.session.library.untag_quotes(ids, [tag.id]), lambda _: self._say(said)
        )

    def tag_dropped_quotes(self, ids: list[int], tag_id: int) -> None:
        tag = next((t for t in self.window.contents.tags if t.id == tag_id), None)
        if tag is not None:
            self.add_tag(ids, tag.name)

    def merge_dropped_tag(self, source_id: int, target_id: int) -> None:
        """A tag dropped on another: the merge dialog confirms, showing what moves."""
        self.window.tag_menu.merge_into(source_id, target_id)

    # -- about ------------------------------------------------------------------------

    def about(self) -> None:
        text = self.tr(
            "<h3>Quotebook {version}</h3>"
            "<p>A reporter's library of sources, quotes, tags and articles.</p>"
            "<p>Library: {path}</p>"
            "<p>Qt {qt}, PySide6 {pyside}, Python {python}</p>"
        ).format(
            version=__version__,
            path=html.escape(str(self.session.library.path)),
            qt=qVersion(),
            pyside=pyside_version,
            python=platform.python_version(),
        )
        messages.inform(self.window, self.tr("About Quotebook"), text, warning=False)
