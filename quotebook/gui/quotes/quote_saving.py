"""Saving the quote editor's fields as they are edited, on the worker.

Mixed into :class:`~quotebook.gui.quotes.quote_editor.QuoteEditor`: a field is saved when
it is changed, the text after a pause in typing and when it loses focus. A new
quote is a draft until its words are first saved; then it is added to the library
with the source, article, tags and fields chosen so far, and edits made while it
is on its way follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel

from ...core import Changes, GroundRule, Quote
from ..app.session import Session
from .pickers import RecordPicker


class EditorSaving:
    """Saves the fields of :class:`~quotebook.gui.quotes.quote_editor.QuoteEditor`."""

    session: Session
    heading: QLabel
    error: QLabel
    source: RecordPicker
    article: RecordPicker
    quote_created: SignalInstance
    filed_under: SignalInstance
    _timer: QTimer
    _quote_id: int | None
    _draft: dict[str, Any] | None
    _stored: dict[str, str]
    _saving: bool
    _creating: bool
    _after_created: list[Callable[[], None]]

    if TYPE_CHECKING:  # the editor's and RuleAndMarks' (defined here, they would hide them)

        def _shown_texts(self) -> dict[str, str]: ...
        def _heading(self, quote: Quote | None) -> str: ...
        def _show_rule(self, rule: GroundRule) -> None: ...
        def _shown_rule(self) -> GroundRule: ...

    def flush(self) -> None:
        """Save the text fields that changed since they were last loaded or saved."""
        self._timer.stop()
        if self._quote_id is None and self._draft is None:
            return
        shown = self._shown_texts()
        if shown["text"] != self._stored.get("text") and not shown["text"].strip():
            if self._draft is None:
                self._show_error(
                    QCoreApplication.translate(
                        "QuoteEditor", "A quote needs its words; the empty text was not saved."
                    )
                )
            shown.pop("text")
        for field, value in shown.items():
            if value != self._stored.get(field):
                self._save(**{field: value})

    def _save_if_changed(self, field: str, value: str) -> None:
        if value != self._stored.get(field):
            self._save(**{field: value})

    def _save(self, then: Callable[[], None] | None = None, **fields: Any) -> None:
        """Save changed fields: to the draft, the new quote, or the quote being edited.

        The save runs on the worker; ``then()`` follows once the library holds it (at
        once for a draft that is not yet a quote), so that what is shown next is read
        from what was stored.
        """
        if self._saving:
            return
        self.error.hide()
        if self._draft is not None:
            self._draft.update(fields)
            self._remember(fields)
            if self._creating:  # the quote is on its way: this follows it
                if then is not None:
                    self._after_created.append(then)
            elif self._draft.get("text", "").strip():
                self._create_from_draft(then)
            elif then is not None:
                then()
            return
        if self._quote_id is None:
            return
        quote_id = self._quote_id
        values = {k: (v or None) if k == "said_on" else v for k, v in fields.items()}
        before = {k: self._stored[k] for k in fields if k in self._stored}
        self._remember(fields)  # sent: a second flush does not send it again

        def saved(_changes: Changes) -> None:
            if "source_id" in fields or "article_id" in fields:
                self.filed_under.emit(self.source.current(), self.article.current())
            if then is not None and self._quote_id == quote_id:
                then()

        def unsaved() -> None:  # sent again at the next flush
            if self._quote_id == quote_id:
                self._stored.update(before)

        self._apply(lambda: self.session.library.update_quote(quote_id, **values), saved, unsaved)

    def _remember(self, fields: dict[str, Any]) -> None:
        for field, value in fields.items():
            if isinstance(value, str):
                self._stored[field] = value

    def _create_from_draft(self, then: Callable[[], None] | None = None) -> None:
        draft = dict(self._draft or {})
        if draft.get("source_id") is None:
            self._show_error(
                QCoreApplication.translate(
                    "QuoteEditor", "Choose who said it (Source) and the quote is saved."
                )
            )
            return
        text, source_id = draft.pop("text"), draft.pop("source_id")
        tags = draft.pop("tags", [])
        if not draft.get("said_on"):
            draft.pop("said_on", None)
        sent = dict(self._draft or {})
        self._creating = True  # edits meanwhile wait in the draft
        self._after_created = [then] if then is not None else []

        def created(changes: Changes) -> None:
            self._creating = False
            if changes.created is None or self._draft is None:
                return
            later = {k: v for k, v in self._draft.items() if k not in sent or sent[k] != v}
            self._draft = None
            self._quote_id = changes.created
            quote = self.session.library.get_quote(changes.created)
            self.heading.setText(self._heading(quote))
            if quote.ground_rule is not self._shown_rule():
                self._show_rule(quote.ground_rule)
            self.filed_under.emit(source_id, draft.get("article_id"))
            self.quote_created.emit(changes.created)
            queued, self._after_created = self._after_created, []
            if later:  # what was edited while it was being added, then what follows
                self._save(lambda: [follow() for follow in queued], **later)
            else:
                for follow in queued:
                    follow()

        def uncreated() -> None:
            self._creating = False
            self._after_created = []

        self._apply(
            lambda: self.session.library.add_quote(text, source_id, tags=tags, **draft),
            created,
            uncreated,
        )

    def _apply(
        self,
        mutation: Callable[[], Changes],
        done: Callable[[Changes], None],
        undone: Callable[[], None],
    ) -> None:
        """Run the save on the worker; its changes are announced while the fields are
        marked as saving, so that they are not reloaded from what they just wrote."""

        def applied(changes: Changes) -> None:
            self._saving = True
            try:
                self.session.announce(changes)
            finally:
                self._saving = False
            done(changes)

        self.session.apply(mutation, applied, self._show_error, announce=False, undone=undone)

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
