"""Edit → Set on selected quotes: one ground rule, source, article, status or date said
for every selected quote, in one undo step.

Each action asks for the value, then hands the edit to the library through the
session as the other quote commands do. A ground rule that makes quotes more open
asks first, naming how many quotes and sources it would expose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ...core import GroundRule, QuoteStatus
from ..dialogs import messages
from ..dialogs import questions as dialogs
from ..records.source_editor import rule_text

if TYPE_CHECKING:
    from .workbench import Workbench

NO_ARTICLE = "—"


class BulkCommands(QObject):
    """The actions that set one field on every selected quote."""

    def __init__(self, window: Workbench) -> None:
        super().__init__(window)
        self.window = window
        tr = self.tr
        self.set_rule = QAction(tr("Set &ground rule…"), window)
        self.set_source = QAction(tr("Set &source…"), window)
        self.set_article = QAction(tr("Set &article…"), window)
        self.set_status = QAction(tr("Set s&tatus…"), window)
        self.set_said = QAction(tr("Set &date said…"), window)
        self.set_rule.triggered.connect(self.ask_rule)
        self.set_source.triggered.connect(self.ask_source)
        self.set_article.triggered.connect(self.ask_article)
        self.set_status.triggered.connect(self.ask_status)
        self.set_said.triggered.connect(self.ask_said)

    def actions(self) -> list[QAction]:
        return [self.set_rule, self.set_source, self.set_article, self.set_status, self.set_said]

    def update(self, selected: bool) -> None:
        for action in self.actions():
            action.setEnabled(selected)

    # -- asking -----------------------------------------------------------------------

    def _ask(self, title: str, choices: dict[str, Any], then: Callable[[Any], None]) -> None:
        ids = self.window.quote_list.selected_ids()
        if not ids:
            return
        dialogs.ask_choice(
            self.window,
            title,
            self.tr("For the {n} selected quote(s):", "", len(ids)).format(n=f"{len(ids):,}"),
            list(choices),
            False,
            lambda text: then(choices[text]) if text in choices else None,
        )

    def ask_rule(self) -> None:
        choices = {rule_text(rule): rule for rule in GroundRule}
        self._ask(self.tr("Set ground rule"), choices, self.set_rule_to)

    def ask_source(self) -> None:
        sources = self.window.contents.sources
        choices = {f"{s.name} (#{s.id})": s.id for s in sources}
        self._ask(self.tr("Set source"), choices, self.set_source_to)

    def ask_article(self) -> None:
        articles = self.window.contents.articles
        choices: dict[str, Any] = {NO_ARTICLE: None}
        choices.update({f"{a.name} (#{a.id})": a.id for a in articles})
        self._ask(self.tr("Set article"), choices, lambda i: self.edit(article_id=i))

    def ask_status(self) -> None:
        choices = {self.tr(status.value.capitalize()): status for status in QuoteStatus}
        self._ask(self.tr("Set status"), choices, lambda s: self.edit(status=s))

    def ask_said(self) -> None:
        ids = self.window.quote_list.selected_ids()
        if not ids:
            return
        messages.ask_text(
            self.window,
            self.tr("Set date said"),
            self.tr(
                "Date said for the {n} selected quote(s), YYYY-MM-DD (empty clears it):",
                "",
                len(ids),
            ).format(n=f"{len(ids):,}"),
            "",
            lambda text: self.edit(said_on=text.strip() or None),
        )

    # -- doing ------------------------------------------------------------------------

    def set_rule_to(self, rule: GroundRule) -> None:
        """Set ``rule``; when it makes quotes more open, say what it exposes and ask."""
        ids = self.window.quote_list.selected_ids()
        opening = self.window.session.library.opening(ids, rule)
        if not opening.quotes:
            self.edit(ground_rule=rule)
            return
        messages.confirm(
            self.window,
            self.tr("Make quotes more open?"),
            self.tr(
                "{quotes} quote(s) of {sources} will be more open: {rule}. "
                "Their sources may then be named or described where they were not.",
                "",
                opening.quotes,
            ).format(
                quotes=opening.quotes, sources=self._sources(opening.sources), rule=rule_text(rule)
            ),
            self.tr("Make more open"),
            lambda: self.edit(ground_rule=rule),
        )

    def set_source_to(self, source_id: int) -> None:
        """File under ``source_id``; when quotes following their old source's rule would
        take a more open one, say what it exposes and ask."""
        ids = self.window.quote_list.selected_ids()
        opening = self.window.session.library.opening_under_source(ids, source_id)
        if not opening.quotes or opening.rule is None:
            self.edit(source_id=source_id)
            return
        messages.confirm(
            self.window,
            self.tr("Make quotes more open?"),
            self.tr(
                "{quotes} quote(s) of {sources} follow their source's ground rule "
                "and will take the new source's, which is more open: {rule}. Their sources "
                "may then be named or described where they were not.",
                "",
                opening.quotes,
            ).format(
                quotes=opening.quotes,
                sources=self._sources(opening.sources),
                rule=rule_text(opening.rule),
            ),
            self.tr("Make more open"),
            lambda: self.edit(source_id=source_id),
        )

    def _sources(self, count: int) -> str:
        """How many sources, inside a sentence whose number is its quotes' ("2 sources")."""
        return self.tr("%n source(s)", "", count)

    def edit(self, **fields: Any) -> None:
        ids = self.window.quote_list.selected_ids()
        if not ids:
            return
        library, session = self.window.session.library, self.window.session
        said = self.tr("Changed {n} quote(s). Undo puts them back.", "", len(ids)).format(
            n=f"{len(ids):,}"
        )
        session.apply(
            lambda: library.edit_quotes(ids, **fields),
            lambda _changes: self.window.statusBar().showMessage(said, 6000),
        )
