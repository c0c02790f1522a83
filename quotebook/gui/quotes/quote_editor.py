"""The selected quote's editor: every field, saved as it is edited, each edit undoable.

There is no Save button. Field changes are saved when made; the text is saved
after a short pause in typing and when the text box loses focus. A new quote is a
draft until its text is first saved; then it is added to the library with the
source, article, tags and fields chosen so far.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import Changes, GroundRule, NotFoundError, Quote, QuoteStatus
from ..app.session import Session
from ..navigator.navigator_model import Contents
from ..records.source_editor import rule_text
from ..widgets.wheel_guard import guard_wheel
from .editor_rule import RuleAndMarks, editor_text
from .pickers import RecordPicker
from .rule_consequence import RuleConsequence
from .tag_editor import TagEditor

TEXT_IDLE_MS = 700
_PLAIN = ("context", "translation", "original_text", "notes")


def status_label(status: QuoteStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        QuoteStatus.UNVERIFIED: QT_TRANSLATE_NOOP("QuoteStatus", "Unverified"),
        QuoteStatus.VERIFIED: QT_TRANSLATE_NOOP("QuoteStatus", "Verified with the source"),
        QuoteStatus.DISPUTED: QT_TRANSLATE_NOOP("QuoteStatus", "Disputed"),
    }
    return QCoreApplication.translate("QuoteStatus", str(labels[status]))


class QuoteEditor(RuleAndMarks, QWidget):
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
        self.heading = QLabel(self)
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("editorError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.text = self._plain("quoteText", self.tr("Quote text"), 0)
        self.text.setPlaceholderText(self.tr("The words, exactly as they were said"))
        self.text.textChanged.connect(self._on_text_text_changed)
        self.text.installEventFilter(self)
        self.source = RecordPicker(self.tr("New source…"), None, self)
        self.article = RecordPicker(self.tr("New article…"), self.tr("(no article)"), self)
        self.tags = TagEditor(self)
        self.rule = self._combo(self.tr("Ground rule"), [(rule_text(r), r) for r in GroundRule])
        self.consequence = RuleConsequence(self)
        self.status = self._combo(self.tr("Status"), [(status_label(s), s) for s in QuoteStatus])
        self.said_on = self._line("saidOn", self.tr("Said on"), self.tr("YYYY-MM-DD"))
        self.language = self._line("language", self.tr("Language"), self.tr("e.g. ru, uk, en"))
        self.context = self._plain("context", self.tr("Context"), 2)
        self.context.setPlaceholderText(self.tr("The question asked, or where it was said"))
        self.translation = self._plain("translation", self.tr("Translation"), 2)
        self.original_text = self._plain("originalText", self.tr("Original text"), 2)
        self.notes = self._plain("notes", self.tr("Notes"), 2)
        for picker, name in ((self.source, self.tr("Source")), (self.article, self.tr("Article"))):
            picker.setAccessibleName(name)
            picker.combo.setAccessibleName(name)
        self.tags.setAccessibleName(self.tr("Tags"))
        self._connect_fields()
        self._lay_out()
        self._order_tabs()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rows = [
            (self.tr("&Source:"), self.source),
            (self.tr("&Article:"), self.article),
            (self.tr("Ta&gs:"), self.tags),
            (self.tr("Ground &rule:"), self.rule),
            ("", self.consequence),
            (self.tr("Sai&d on:"), self.said_on),
            (self.tr("Stat&us:"), self.status),
            (self.tr("&Language:"), self.language),
            (self.tr("&Context:"), self.context),
            (self.tr("Translat&ion:"), self.translation),
            (self.tr("&Original:"), self.original_text),
            (self.tr("&Notes:"), self.notes),
        ]
        for label, widget in rows:
            buddy = QLabel(label, self)
            if label:
                buddy.setBuddy(widget.focusProxy() or widget)  # a container takes no focus
            form.addRow(buddy, widget)
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(self.error)
        # The words keep their height and the room to spare is left below the form:
        # a chip row added under the tags moves only what is below it, never the
        # Source and Article fields the pointer may be on its way to.
        column.addWidget(self.text)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _order_tabs(self) -> None:
        """Tab goes down the form as it is laid out, the words first."""
        chain: list[QWidget] = [self.text]
        chain += [self.source.combo, self.source.new_button]
        chain += [self.article.combo, self.article.new_button, self.tags.line]
        chain += [self.rule, self.said_on, self.status, self.language]
        chain += [self.context, self.translation, self.original_text, self.notes]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _plain(self, name: str, accessible: str, lines: int) -> QPlainTextEdit:
        """A text box ``lines`` tall; the quote's own text box (lines=0) takes the rest."""
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        height = edit.fontMetrics().lineSpacing() * (lines or 6) + 14
        if lines:
            edit.setFixedHeight(height)
        else:
            edit.setMinimumHeight(height)
        return edit

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        line.setClearButtonEnabled(True)
        return line

    def _combo(self, accessible: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        for label, value in items:
            combo.addItem(label, value.value)
        guard_wheel(combo)
        return combo

    def _connect_fields(self) -> None:
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
        for field in _PLAIN:
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
            for field in _PLAIN:
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
        shown = {field: editor_text(self._plain_of(field)) for field in _PLAIN}
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

    # -- saving -------------------------------------------------------------------

    def flush(self) -> None:
        """Save the text fields that changed since they were last loaded or saved."""
        self._timer.stop()
        if self._quote_id is None and self._draft is None:
            return
        shown = self._shown_texts()
        if shown["text"] != self._stored.get("text") and not shown["text"].strip():
            if self._draft is None:
                self._show_error(self.tr("A quote needs its words; the empty text was not saved."))
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
            self._show_error(self.tr("Choose who said it (Source) and the quote is saved."))
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
