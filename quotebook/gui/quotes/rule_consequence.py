"""Under the quote's ground rule: the attribution it prints with, and why the rule is so.

The line is the core's (:func:`~quotebook.core.library.ground_rules.printed_attribution`,
the code the editor export runs), so the reporter reads what the editor will.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core import GroundRule, Source
from ...core.library.ground_rules import more_open, printed_attribution
from ..records.source_editor import rule_text

NOTE_STYLE = "color: #8a5a00;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RuleConsequence", text)


def printed_line(source: Source | None, rule: GroundRule) -> str:
    """ "Prints as: …", "Prints without attribution" or "Never exported"."""
    if source is None:
        return ""
    printed = printed_attribution(source, rule)
    if printed is None:
        return _tr("Never exported: off the record")
    if not printed:
        return _tr("Prints without attribution")
    return _tr("Prints as: {attribution}").format(attribution=printed)


def rule_note(source: Source | None, rule: GroundRule, changed_from: GroundRule | None) -> str:
    """Why the rule is what it is, when that is worth saying: changed by a change of
    source, or more open than the source's own ground rule."""
    if source is None:
        return ""
    default = rule_text(source.default_ground_rule).lower()
    if changed_from is not None and changed_from is not rule:
        text = (
            _tr("Raised from {old} to {new}: {name}'s ground rule is {default}.")
            if more_open(changed_from, rule)
            else _tr("Now {new}, following {name}'s ground rule (was {old}).")
        )
        return text.format(
            old=rule_text(changed_from).lower(),
            new=rule_text(rule).lower(),
            name=source.name,
            default=default,
        )
    if more_open(rule, source.default_ground_rule):
        return _tr("More open than {name}'s ground rule ({default}).").format(
            name=source.name, default=default
        )
    return ""


class RuleConsequence(QWidget):
    """Two lines: the attribution the quote prints with, and a note about its rule."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prints = QLabel(self)
        self.prints.setObjectName("printsAs")
        self.prints.setAccessibleName(self.tr("Prints as"))
        self.prints.setWordWrap(True)
        self.prints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("ruleNote")
        self.note.setAccessibleName(self.tr("Ground rule note"))
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.prints)
        layout.addWidget(self.note)

    def show_for(
        self, source: Source | None, rule: GroundRule, changed_from: GroundRule | None = None
    ) -> None:
        """Say what ``rule`` prints for ``source``; ``changed_from``: the rule a change
        of source just replaced."""
        self.prints.setText(printed_line(source, rule))
        note = rule_note(source, rule, changed_from)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Ask for the height the wrapped lines need at this width: a form layout gives
        a row its height before its width, and would cut them off."""
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
