"""The quote editor's ground rule and search marks, apart from its other fields.

The rule shown is always the one the library holds (a draft's: its own, else its
source's default); a change of source shows the rule the core gave the quote and
why (see rule_consequence.py). The words a search looks for are marked in the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QTextEdit

from ...core import GroundRule, NotFoundError, Source
from ...core.library.ground_rules import rule_under_source
from ...core.search.terms import highlight_spans
from ..app.session import Session
from .highlight_delegate import MARKER
from .pickers import RecordPicker
from .rule_consequence import RuleConsequence


def editor_text(edit: QPlainTextEdit) -> str:
    """The exact text in ``edit``: paragraph breaks as newlines, no-break spaces kept.

    ``toPlainText()`` turns no-break spaces into plain ones, which would change a
    quote that has them on its first save.
    """
    return edit.document().toRawText().replace("\u2029", "\n")


class RuleAndMarks:
    """Mixed into :class:`~quotebook.gui.quotes.quote_editor.QuoteEditor`; its fields."""

    session: Session
    text: QPlainTextEdit
    source: RecordPicker
    rule: QComboBox
    consequence: RuleConsequence
    _draft: dict[str, Any] | None
    _quote_id: int | None
    _terms: tuple[str, ...]

    def _save(self, then: Callable[[], None] | None = None, **fields: Any) -> None:
        raise NotImplementedError  # QuoteEditor's

    def _source_value(self, source_id: int | None) -> Source | None:
        if source_id is None:
            return None
        try:
            return self.session.library.get_source(source_id)
        except NotFoundError:
            return None

    def _shown_rule(self) -> GroundRule:
        return GroundRule(self.rule.currentData())

    def _draft_rule(self) -> GroundRule:
        """A draft's rule: the one chosen on it, else its source's default."""
        draft = self._draft or {}
        if draft.get("ground_rule"):
            return GroundRule(draft["ground_rule"])
        source = self._source_value(draft.get("source_id"))
        return source.default_ground_rule if source else GroundRule.ON_RECORD

    def _show_rule(self, rule: GroundRule, changed_from: GroundRule | None = None) -> None:
        """Show ``rule`` and what the quote prints with under it (``changed_from``: the
        rule a change of source replaced)."""
        self.rule.setCurrentIndex(self.rule.findData(rule.value))
        source = self._source_value(self.source.current())
        self.consequence.show_for(source, rule, changed_from)

    def _on_rule_activated(self, _index: int) -> None:
        self._show_rule(self._shown_rule())  # what it prints with, at once
        self._save(
            lambda: self._show_rule(self._stored_rule() or self._shown_rule()),
            ground_rule=self._shown_rule().value,
        )

    def _stored_rule(self) -> GroundRule | None:
        """The rule the library holds for the quote being edited (a draft's own)."""
        if self._draft is not None:
            return self._draft_rule()
        if self._quote_id is None:
            return None
        try:
            return self.session.library.get_quote(self._quote_id).ground_rule
        except NotFoundError:
            return None

    def _on_source_picked(self, source_id: int | None) -> None:
        """File the quote under another source, and show the rule it takes there."""
        before = self._shown_rule() if self._filed_before() else None
        source = self._source_value(source_id)
        if self._draft is not None and self._draft.get("ground_rule") and source is not None:
            rule = rule_under_source(self._shown_rule(), True, source.default_ground_rule)
            self._draft["ground_rule"] = rule.value  # before the draft may be added
        self._save(
            lambda: self._show_rule(self._stored_rule() or self._shown_rule(), before),
            source_id=source_id,
        )

    def _filed_before(self) -> bool:
        """Whether the quote had a source before this change (a draft may have none)."""
        return self._draft is None or self._draft.get("source_id") is not None

    def set_highlight(self, terms: tuple[str, ...]) -> None:
        """Mark the words the search looks for in the quote's text."""
        self._terms = terms
        self._mark_terms()

    def _mark_terms(self) -> None:
        selections = []
        text = editor_text(self.text)
        for start, end in highlight_spans(text, self._terms):
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(MARKER)
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.text.setExtraSelections(selections)
