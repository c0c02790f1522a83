"""The quote editor's tags: removable chips, and a line that adds a tag on Enter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QVBoxLayout, QWidget

from ...core.domain.validate import fold
from ..widgets.flow_layout import FlowLayout
from .pickers import ENTER, key_press, matching

CHIP_CHARS = 28  # a longer tag name is cut short on its chip (whole in its tooltip)


def chosen_tag(names: Sequence[str], typed: str, new: bool) -> str | None:
    """The tag Enter takes for ``typed``: the one it names or alone matches, else a new
    tag of the text; with ``new`` (Shift+Enter) exactly the text. None when several
    tags match: the reporter picks one (tag_choice.py shares this rule)."""
    if new:
        return typed
    found = matching(names, typed)
    if len(found) > 1:
        return None
    return found[0] if found else typed


class TagEditor(QWidget):
    """A quote's tags as removable chips, and a line that adds one on Enter.

    Typing offers existing tags; Enter takes the highlighted one, or the only one the
    text matches. A new tag is made from text no tag matches, or by Shift+Enter
    whatever it matches. ``edited`` carries the whole new list of names.
    """

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips = QWidget(self)
        self._flow = FlowLayout(self._chips)
        self.line = QLineEdit(self)
        self.line.setObjectName("tagLine")
        self.line.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.line.setAccessibleName(self.tr("Add tag"))
        self.line.setToolTip(
            self.tr(
                "Enter adds the highlighted tag, or the only one that matches. "
                "Shift+Enter makes a new tag of exactly what you typed."
            )
        )
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(completer)
        completer.activated.connect(self._on_completer_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line)  # first: chips wrapping below never move it
        layout.addWidget(self._chips)
        self.setFocusProxy(self.line)
        self.line.installEventFilter(self)
        self.line.returnPressed.connect(lambda: self._on_return(False))  # in the list

    def set_known(self, names: Sequence[str]) -> None:
        """Every tag name in the library, offered as completions."""
        self._names.setStringList(list(names))

    def tags(self) -> list[str]:
        return list(self._tags)

    def chip(self, name: str) -> QToolButton | None:
        """The removable chip showing the tag ``name``."""
        for index in range(self._flow.count()):
            item = self._flow.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton) and widget.property("tag") == name:
                return widget
        return None

    def set_tags(self, names: Sequence[str]) -> None:
        """Show these tags as chips, without announcing them."""
        self._tags = list(names)
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        chips = [self._chip(name) for name in self._tags]
        for chip in chips:
            self._flow.addWidget(chip)
        self._order_tabs(chips)
        self._chips.setVisible(bool(self._tags))
        self._fit_chips()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chips()

    def _fit_chips(self) -> None:
        """The chips' rows at this width: a form gives a row its height before its width,
        and would cut the last row off."""
        width = self._chips.width() or self.width()
        if width > 0:
            self._chips.setMinimumHeight(self._flow.heightForWidth(width) if self._tags else 0)
        self._chips.updateGeometry()

    def _order_tabs(self, chips: list[QToolButton]) -> None:
        """Tab reaches the chips as they are shown, just before the line.

        A new widget joins the end of its window's tab chain; these move to the line.
        """
        previous: QWidget | None = self.line.previousInFocusChain()
        # Qt's setTabOrder would put a chip after a proxy's target or a container's children.
        while previous is not None and (
            previous.focusProxy() is not None or previous.isAncestorOf(self._chips)
        ):
            previous = previous.previousInFocusChain()
        if previous is None:
            return
        for chip in chips:
            QWidget.setTabOrder(previous, chip)
            previous = chip

    def add(self, name: str) -> None:
        """Add a tag by name (ignoring one it already has, whatever the case)."""
        name = " ".join(name.split())
        if not name or fold(name) in {fold(t) for t in self._tags}:
            return
        self.set_tags([*self._tags, name])
        self.edited.emit(self.tags())

    def remove(self, name: str) -> None:
        self.set_tags([t for t in self._tags if t != name])
        self.edited.emit(self.tags())

    def _chip(self, name: str) -> QToolButton:
        chip = QToolButton(self._chips)
        shown = name if len(name) <= CHIP_CHARS else f"{name[: CHIP_CHARS - 1].rstrip()}…"
        chip.setText(f"{shown}  ✕")
        chip.setToolTip(self.tr("Remove the tag {name}").format(name=name))
        chip.setAccessibleName(self.tr("Remove tag {name}").format(name=name))
        chip.setObjectName("tagChip")
        chip.setProperty("tag", name)
        chip.setStyleSheet(
            "QToolButton#tagChip { border: 1px solid palette(mid); border-radius: 9px;"
            " padding: 1px 8px; background: palette(alternate-base); }"
            "QToolButton#tagChip:hover { background: palette(midlight); }"
        )
        chip.clicked.connect(lambda: self.remove(name))
        return chip

    def _on_return(self, new: bool) -> None:
        """Add the tag the text names or alone matches; ``new`` (Shift+Enter): exactly
        the text. Text matching several tags stays, their list open."""
        text = chosen_tag(self._names.stringList(), self.line.text(), new)
        if text is None:
            completer = self.line.completer()
            if completer is not None:
                completer.complete()
            return
        completer = self.line.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()
        self.line.clear()
        self.add(text)

    def _on_completer_activated(self, _name: str) -> None:
        # A click in the list: the line takes the completion after this signal.
        QTimer.singleShot(0, lambda: self._on_return(False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter adds (see :meth:`_on_return`); Backspace in the empty line removes the
        last tag, as in mail clients."""
        key = key_press(event) if watched is self.line else None
        if key in ENTER:
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            self._on_return(bool(shift))
            return True
        if key == Qt.Key.Key_Backspace and not self.line.text() and self._tags:
            self.remove(self._tags[-1])
            return True
        return super().eventFilter(watched, event)
