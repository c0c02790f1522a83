"""Edit → Copy style: the house style "Copy with attribution" writes in, remembered.

The formatting is the core's (:func:`quotebook.core.domain.citation.cite`); this menu only
chooses its options and keeps them in the settings between runs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ...core.domain.citation import CiteOptions, CiteStyle
from ..app.settings import Settings


class CopyStyle(QObject):
    """The Copy style submenu's actions and the options they stand for."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        labels = {
            CiteStyle.ENGLISH: self.tr("&English news: “…,” said X."),
            CiteStyle.WIRE: self.tr("AP/Reu&ters: “…,” X said."),
            CiteStyle.RUSSIAN: self.tr("&Russian: «…», — сказал X."),
            CiteStyle.PLAIN: self.tr("&Plain: quote — X"),
        }
        style, name_changed, outlet_date = settings.copy_style()
        self.group = QActionGroup(self)
        self.styles: dict[CiteStyle, QAction] = {}
        for value, label in labels.items():
            action = QAction(label, self.group)
            action.setCheckable(True)
            action.setChecked(value.value == style)
            action.setData(value.value)
            self.styles[value] = action
        if self.group.checkedAction() is None:
            self.styles[CiteStyle.ENGLISH].setChecked(True)
        self.name_changed = QAction(self.tr("Add “(&name changed)” to pseudonyms"), self)
        self.outlet_date = QAction(self.tr("Add &outlet and date"), self)
        for action, on in ((self.name_changed, name_changed), (self.outlet_date, outlet_date)):
            action.setCheckable(True)
            action.setChecked(on)
            action.toggled.connect(self._remember)
        self.group.triggered.connect(self._remember)

    def fill(self, menu: QMenu) -> None:
        menu.addActions(list(self.styles.values()))
        menu.addSeparator()
        menu.addActions([self.name_changed, self.outlet_date])

    def style(self) -> CiteStyle:
        checked = self.group.checkedAction()
        return CiteStyle(checked.data()) if checked is not None else CiteStyle.ENGLISH

    def options(self) -> Callable[[str, date | None], CiteOptions]:
        """The options chosen now, for each quote's outlet and date: a plain function
        that the worker can call (it reads no widget)."""
        style, name_changed = self.style(), self.name_changed.isChecked()
        with_source = self.outlet_date.isChecked()

        def for_quote(outlet: str, said_on: date | None) -> CiteOptions:
            return CiteOptions(
                style=style,
                name_changed=name_changed,
                outlet=outlet if with_source else "",
                said_on=said_on if with_source else None,
            )

        return for_quote

    def _remember(self, *_args: object) -> None:
        self.settings.set_copy_style(
            self.style().value, self.name_changed.isChecked(), self.outlet_date.isChecked()
        )
