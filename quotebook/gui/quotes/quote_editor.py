"""The selected quote's editor: every field, saved as it is edited, each edit undoable.

There is no Save button. Field changes are saved when made; the text is saved
after a short pause in typing and when the text box loses focus. A new quote is a
draft until its text is first saved; then it is added to the library with the
source, article, tags and fields chosen so far.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from ...core import Changes, GroundRule, NotFoundError, Quote, QuoteStatus
from ..app.session import Session
from ..navigator.navigator_model import Contents
from .editor_rule import RuleAndMarks, editor_text
from .quote_form import PLAIN, QuoteForm
from .quote_saving import EditorSaving

__all__ = ["TEXT_IDLE_MS", "QuoteEditor", "editor_text"]

TEXT_IDLE_MS = 700


@dataclass(frozen=True)
class QuoteDraft:
    """A new quote not yet in the library (no source chosen), as a lock found it."""

    values: tuple[tuple[str, Any], ...]


class QuoteEditor(EditorSaving, RuleAndMarks, QWidget):
    """Edits one quote (or a new draft) in place."""

    quote_created = Signal(int)
    new_source_requested = Signal(str)
    new_article_requested = Signal(str)
    filed_under = Signal(object, object)  # source id, article id of the latest edit

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._quote_id: int | None = None
        self._draft: dict[str, Any] | None = None
        self._stored: dict[str, str] = {}  # text fields as last loaded or saved
        self._saving = False
        self._creating = False  # a new quote is on its way to the library
        self._after_created: list[Callable[[], None]] = []  # to do once it has arrived
        self._terms: tuple[str, ...] = ()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_IDLE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.session.changed.connect(self._on_session_changed)
        self.show_quote(None)

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        form = QuoteForm(self)
        self.heading, self.error, self.text = form.heading, form.error, form.text
        self.source, self.article, self.tags = form.source, form.article, form.tags
        self.rule, self.consequence, self.status = form.rule, form.consequence, form.status
        self.said_on, self.language, self.context = form.said_on, form.language, form.context
        self.translation, self.original_text = form.translation, form.original_text
        self.notes = form.notes
        self._connect_fields()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_fields(self) -> None:
        self.text.textChanged.connect(self._on_text_text_changed)
        self.text.installEventFilter(self)
        self.source.picked.connect(self._on_source_picked)
        self.article.picked.connect(lambda value: self._save(article_id=value))
        self.source.new_requested.connect(self.new_source_requested)
        self.article.new_requested.connect(self.new_article_requested)
        self.tags.edited.connect(lambda names: self._save(tags=names))
        self.rule.activated.connect(self._on_rule_activated)
        self.status.activated.connect(lambda _i: self._save(status=self.status.currentData()))
        self.said_on.editingFinished.connect(self._on_said_on_editing_finished)
        self.language.editingFinished.connect(
            lambda: self._save_if_changed("language", self.language.text().strip())
        )
        for field in PLAIN:
            self._plain_of(field).installEventFilter(self)

    def _plain_of(self, field: str) -> QPlainTextEdit:
        edit = getattr(self, field)
        assert isinstance(edit, QPlainTextEdit)
        return edit

    # -- what is shown ------------------------------------------------------------

    @property
    def quote_id(self) -> int | None:
        return self._quote_id

    @property
    def is_draft(self) -> bool:
        return self._draft is not None

    def set_choices(self, contents: Contents) -> None:
        """The sources, articles and tags the pickers offer."""
        self.source.set_records(contents.sources)
        self.article.set_records(contents.articles)
        self.tags.set_known([e.name for e in contents.tags])

    def show_quote(self, quote_id: int | None) -> None:
        """Edit the quote with this id (saving the text in progress first); None for none."""
        if quote_id is not None and quote_id == self._quote_id and self._draft is None:
            return
        self.flush()
        self._draft = None
        self._quote_id = quote_id
        self.error.hide()
        quote = None
        if quote_id is not None:
            try:
                quote = self.session.library.get_quote(quote_id)
            except NotFoundError:
                quote = None
        self._fill(quote)

    def start_new(self, source_id: int | None, article_id: int | None) -> None:
        """Begin a new quote filed under this source and article, ready for its words."""
        self.flush()
        self._quote_id = None
        self._draft = {"source_id": source_id, "article_id": article_id, "tags": []}
        self.error.hide()
        self._fill(None)
        self.source.set_current(source_id)
        self.article.set_current(article_id)
        self.setEnabled(True)
        self.heading.setText(
            self.tr("New quote: type the words; it is saved as you type.")
            if source_id is not None
            else self.tr("New quote: choose who said it, then type the words.")
        )
        self._show_rule(self._draft_rule())
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def lock_state(self) -> QuoteDraft | None:
        """A new quote's words and fields, when they are not yet in the library (call
        :meth:`flush` first): a lock keeps them to :meth:`restore` after it."""
        draft = self._draft or {}
        if not str(draft.get("text", "")).strip():
            return None
        return QuoteDraft(
            tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in draft.items())
        )

    def restore(self, kept: QuoteDraft) -> None:
        """Show the new quote a lock kept, as it was, still waiting for its source."""
        values = {k: list(v) if isinstance(v, tuple) else v for k, v in kept.values}
        self.start_new(values.get("source_id"), values.get("article_id"))
        self._draft = values
        self._saving = True
        try:
            self.text.setPlainText(values.get("text", ""))
            self.tags.set_tags(values.get("tags", []))
            self.said_on.setText(values.get("said_on") or "")
            self.language.setText(values.get("language") or "")
            for field in PLAIN:
                self._plain_of(field).setPlainText(values.get(field) or "")
        finally:
            self._saving = False
        self._stored = self._shown_texts()
        self._show_rule(self._draft_rule())

    def choose_source(self, source_id: int) -> None:
        """File the quote being edited under this source (a source just created)."""
        self.source.set_current(source_id)
        self._on_source_picked(source_id)

    def choose_article(self, article_id: int) -> None:
        """File the quote being edited under this article (an article just created)."""
        self.article.set_current(article_id)
        self._save(article_id=article_id)

    def _fill(self, quote: Quote | None) -> None:
        """Put a quote's values in the fields (or clear them) without saving anything."""
        self._saving = True
        try:
            self.text.setPlainText(quote.text if quote else "")
            self.source.set_current(quote.source_id if quote else None)
            self.article.set_current(quote.article_id if quote else None)
            self.tags.set_tags(list(quote.tags) if quote else [])
            self._show_rule(quote.ground_rule if quote else self._draft_rule())
            status = quote.status if quote else QuoteStatus.UNVERIFIED
            self.status.setCurrentIndex(self.status.findData(status.value))
            if quote is None and self._draft is None:  # nothing to edit: no rule to show
                for combo in (self.rule, self.status):
                    combo.setCurrentIndex(-1)
                self.consequence.show_for(None, GroundRule.ON_RECORD)
            self.said_on.setText(quote.said_on.isoformat() if quote and quote.said_on else "")
            self.language.setText(quote.language if quote else "")
            for field in PLAIN:
                self._plain_of(field).setPlainText(getattr(quote, field) if quote else "")
        finally:
            self._saving = False
        self._stored = self._shown_texts()
        self._mark_terms()
        self._timer.stop()
        self.setEnabled(quote is not None or self._draft is not None)
        self.heading.setText(self._heading(quote))

    def _shown_texts(self) -> dict[str, str]:
        """The text fields as the widgets show them now."""
        shown = {field: editor_text(self._plain_of(field)) for field in PLAIN}
        shown["text"] = editor_text(self.text)
        shown["said_on"] = self.said_on.text().strip()
        shown["language"] = self.language.text().strip()
        return shown

    def _heading(self, quote: Quote | None) -> str:
        if quote is None:
            return self.tr("Select a quote to edit it, or press Ctrl+N for a new one.")
        added = quote.created_at.strftime("%Y-%m-%d") if quote.created_at else ""
        text = self.tr("Quote #{id}, added {added}. Changes are saved as you make them.")
        if quote.deleted_at is not None:
            text = self.tr("Quote #{id} is in the trash. Restore it to file it again.")
        return text.format(id=quote.id, added=added)

    # -- reacting ---------------------------------------------------------------------

    def _on_text_text_changed(self) -> None:
        if not self._saving:
            self._timer.start()

    def _on_said_on_editing_finished(self) -> None:
        self._save_if_changed("said_on", self.said_on.text().strip())

    def _on_session_changed(self, changes: Changes) -> None:
        """Show an edit made elsewhere (undo, a tag dropped on the quote) in the fields."""
        if self._saving:
            return
        if self.source.current() in changes.sources and self._quote_id not in changes.quotes:
            self._show_rule(self._stored_rule() or self._shown_rule())  # its description
        if self._quote_id is None or self._quote_id not in changes.quotes:
            return
        self._timer.stop()
        try:
            quote = self.session.library.get_quote(self._quote_id)
        except NotFoundError:
            self.show_quote(None)
            return
        self._fill(quote)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self.flush()
        return super().eventFilter(watched, event)
