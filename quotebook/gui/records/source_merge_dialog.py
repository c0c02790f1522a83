"""Edit → Merge sources…: two records of one person become one, in one undo step.

The dialog names the source kept and the one merged into it, and says before
anything is written what the merge will do: how many quotes move, which empty
fields are filled, the default ground rule kept (the stricter) and how many moved
quotes become stricter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core import Listed, NotFoundError, ValidationError
from ...core.library.source_merge import MergePlan
from .source_editor import rule_text

if TYPE_CHECKING:
    from ..app.session import Session


def _quotes(count: int) -> str:
    return "1 quote" if count == 1 else f"{count:,} quotes"


class MergeSourcesDialog(QDialog):
    """Pick the source to keep and the one to merge into it; Merge writes it.

    ``MergeSourcesDialog(session, sources, parent)`` with the navigator's sources,
    then ``open()``. The merge runs on the session's worker; the dialog closes once
    it is written, and says why when it is refused.
    """

    def __init__(
        self, session: Session, sources: tuple[Listed, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.library = session.library
        self.setWindowTitle(self.tr("Merge sources"))
        self.keep = self._combo(sources, self.tr("Source to keep"))
        self.other = self._combo(sources, self.tr("Source merged into it"))
        if len(sources) > 1:
            self.other.setCurrentIndex(1)
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Keep:"), self.keep)
        form.addRow(self.tr("&Merge into it:"), self.other)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.keep.currentIndexChanged.connect(self._show_plan)
        self.other.currentIndexChanged.connect(self._show_plan)
        self._show_plan()

    def _combo(self, sources: tuple[Listed, ...], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for source in sources:
            combo.addItem(f"{source.name} (#{source.id}, {_quotes(source.quote_count)})", source.id)
        completer = combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def set_pair(self, keep_id: int, other_id: int) -> None:
        """Start with these two (a source dropped on another in the navigator)."""
        self.keep.setCurrentIndex(self.keep.findData(keep_id))
        self.other.setCurrentIndex(self.other.findData(other_id))

    def _pair(self) -> tuple[int, int] | None:
        keep, other = self.keep.currentData(), self.other.currentData()
        return (keep, other) if isinstance(keep, int) and isinstance(other, int) else None

    def _show_plan(self, *_args: object) -> None:
        pair = self._pair()
        try:
            plan = self.library.merge_plan(*pair) if pair else None
        except (ValidationError, NotFoundError):
            plan = None
        self.merge_button.setEnabled(plan is not None)
        if plan is None:
            self.summary.setText(self.tr("Pick two different sources."))
        else:
            self.summary.setText(self.describe(plan))

    def describe(self, plan: MergePlan) -> str:
        """What the merge will do, in a sentence or three."""
        lines = [
            self.tr(
                "{quotes} of “{other}” will move to “{keep}”, and “{other}” will be removed."
            ).format(quotes=_quotes(plan.quotes), other=plan.other.name, keep=plan.keep.name),
            self.tr("Default ground rule: {rule}.").format(rule=rule_text(plan.rule)),
        ]
        if plan.filled:
            names = ", ".join(field.replace("_", " ") for field in plan.filled)
            lines.append(self.tr("Filled from “{other}”: {fields}.").format(
                other=plan.other.name, fields=names))  # fmt: skip
        if plan.made_stricter:
            lines.append(
                self.tr("{quotes} will become {rule}, as the stricter rule wins.").format(
                    quotes=_quotes(plan.made_stricter), rule=rule_text(plan.rule)
                )
            )
        lines.append(self.tr("You can undo this."))
        return "\n".join(lines)

    def _on_buttons_accepted(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        library = self.library
        self.session.apply(
            lambda: library.merge_sources(*pair),
            lambda _changes: self.accept(),
            self.summary.setText,
        )


def open_merge_dialog(
    session: Session,
    sources: Sequence[Listed],
    parent: QWidget,
    pair: tuple[int, int] | None = None,
) -> None:
    """Open the dialog over the library's sources; what it changes goes to the session."""
    dialog = MergeSourcesDialog(session, sources, parent)
    if pair is not None:
        dialog.set_pair(*pair)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
