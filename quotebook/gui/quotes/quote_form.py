"""The quote editor's fields, laid out: the words first, then the form below them.

The editor (quote_editor.py) shows the form in a scroll area, fills its fields and
saves what is edited in them; this module only builds them.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import GroundRule, QuoteStatus
from ..records.source_editor import rule_text
from ..widgets.wheel_guard import guard_wheel
from .pickers import RecordPicker
from .rule_consequence import RuleConsequence
from .tag_editor import TagEditor

PLAIN = ("context", "translation", "original_text", "notes")


def status_label(status: QuoteStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        QuoteStatus.UNVERIFIED: QT_TRANSLATE_NOOP("QuoteStatus", "Unverified"),
        QuoteStatus.VERIFIED: QT_TRANSLATE_NOOP("QuoteStatus", "Verified with the source"),
        QuoteStatus.DISPUTED: QT_TRANSLATE_NOOP("QuoteStatus", "Disputed"),
    }
    return QCoreApplication.translate("QuoteStatus", str(labels[status]))


class QuoteForm(QWidget):
    """Every field of a quote, with its label, mnemonic, accessible name and tab stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self._lay_out()
        self._order_tabs()

    def plain(self, field: str) -> QPlainTextEdit:
        """The text box of one of :data:`PLAIN`."""
        edit = getattr(self, field)
        assert isinstance(edit, QPlainTextEdit)
        return edit

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
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.error)
        # The words keep their height and the room to spare is left below the form:
        # a chip row added under the tags moves only what is below it, never the
        # Source and Article fields the pointer may be on its way to.
        column.addWidget(self.text)
        column.addLayout(form)
        column.addStretch(1)

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
