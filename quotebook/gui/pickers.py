"""Field widgets of the quote editor: a record picker with completion and a tag editor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.validate import fold
from .flow_layout import FlowLayout
from .wheel_guard import guard_wheel

# What counts as reaching for a picker: the full list is put in then. (The wheel
# reaches it only once it has the focus: see wheel_guard.py.)
_FIRST_USE = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CHIP_CHARS = 28  # a longer tag name is cut short on its chip (whole in its tooltip)
_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down)


def matching(names: Sequence[str], typed: str) -> list[str]:
    """The names a completion list offers for ``typed``: those containing it, ignoring
    case, form and accents (the exact name alone when there is one)."""
    folded = fold(typed.strip())
    if not folded:
        return []
    exact = [name for name in names if fold(name) == folded]
    return exact[:1] or [name for name in names if folded in fold(name)]


def _key_press(event: QEvent) -> Qt.Key | None:
    return event.key() if event.type() == QEvent.Type.KeyPress else None  # type: ignore[attr-defined]


class RecordPicker(QWidget):
    """Choose a source or an article by typing part of its name, or make a new one.

    ``picked`` carries the chosen id (None for "no article"); ``new_requested``
    carries what was typed, so the new record's form can start from it.
    """

    picked = Signal(object)  # int | None
    new_requested = Signal(str)

    def __init__(self, new_tip: str, none_label: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self._current: int | None = None
        self._records: Sequence[tuple[Any, ...]] = ()
        self._names: dict[int, str] | None = None  # made when first needed
        self._listed = False  # whether the combo box lists every record yet
        self._ids: list[int | None] = []
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(6)
        completer = self.combo.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(new_tip)
        self.new_button.setAccessibleName(new_tip)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(self._on_combo_activated)
        line = self.combo.lineEdit()
        assert line is not None
        self.combo.installEventFilter(self)
        line.installEventFilter(self)
        guard_wheel(self.combo)
        line.editingFinished.connect(self._on_line_editing_finished)
        line.returnPressed.connect(self._on_return)  # Enter in the completion list
        self.new_button.clicked.connect(self._on_new_button_clicked)

    def set_records(self, records: Sequence[tuple[Any, ...]]) -> None:
        """Offer these records, (id, name, …) tuples, keeping the current choice.

        The combo box holds only the current choice until the reporter first uses
        it: putting a newsroom's fifty thousand articles in a list model takes the
        GUI thread tens of milliseconds, and the lists change whenever one is added.
        """
        if records == self._records:
            return
        self._records = records
        self._names = None
        self._listed = self.combo.hasFocus()  # in use: the new lists go in at once
        if self._listed:
            self._offer(records)
        self.set_current(self._current)

    def current(self) -> int | None:
        return self._current

    def set_current(self, record_id: int | None) -> None:
        """Show ``record_id`` as chosen, without announcing it."""
        self._current = record_id
        if not self._listed:
            name = self._name_of(record_id)
            self._offer([(record_id, name)] if name is not None else [])
        index = self._index_of(record_id) if record_id is not None else -1
        if record_id is None and self._none_label is not None:
            index = 0
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")
        line = self.combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long name shows its start, not its end
        self.combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """List every record once the reporter reaches for the combo box. Enter picks
        what the typing names; the arrow keys open the list to browse in, and never
        pick by themselves (an editable combo box would pick the next record)."""
        if event.type() in _FIRST_USE and not self._listed:
            self._listed = True
            self._offer(self._records)
            self.set_current(self._current)
        key = _key_press(event)
        if key in _ENTER:
            self._on_return()
            return True
        if key in _ARROWS and not self._popup_shown():
            self.combo.showPopup()
            return True
        return super().eventFilter(watched, event)

    def _popup_shown(self) -> bool:
        popup = self.combo.completer().popup() if self.combo.completer() else None
        return bool(popup is not None and popup.isVisible()) or self.combo.view().isVisible()

    def _on_return(self) -> None:
        """Enter: the record the text names (or the only one it matches) is picked; text
        matching several stays, their list open; text matching none offers a new record."""
        typed = self.combo.currentText()
        if self._means_none(typed):
            self._choose(None)
        elif (record_id := self._named(typed)) is not None:
            self._choose(record_id)
        else:
            names = matching([r[1] for r in self._records], typed)
            if len(names) == 1:
                self._choose(self._named(names[0]))
            elif names:
                completer = self.combo.completer()
                if completer is not None:
                    completer.complete()
                return
            elif typed.strip():
                self.new_requested.emit(typed.strip())
                return
        self.set_current(self._current)

    def _offer(self, records: Sequence[tuple[Any, ...]]) -> None:
        """One list model set at once: adding items one by one takes ten times longer."""
        ids: list[int | None] = [record[0] for record in records]
        names = [record[1] for record in records]
        if self._none_label is not None:
            ids.insert(0, None)
            names.insert(0, self._none_label)
        self._ids = ids
        self.combo.blockSignals(True)
        self.combo.setModel(QStringListModel(names, self.combo))
        self.combo.blockSignals(False)

    def _choose(self, record_id: int | None) -> None:
        if record_id != self._current:
            self._current = record_id
            self.picked.emit(record_id)

    def _on_combo_activated(self, index: int) -> None:
        self._choose(self._id_at(index))

    def _index_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def _id_at(self, index: int) -> int | None:
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def _name_of(self, record_id: int | None) -> str | None:
        if self._names is None:
            self._names = {record[0]: record[1] for record in self._records}
        return self._names.get(record_id)

    def _named(self, typed: str) -> int | None:
        """The record whose name is ``typed`` ignoring case, form and accents, if any."""
        folded = fold(typed.strip())
        current = self._name_of(self._current)
        if current is not None and fold(current) == folded:
            return self._current
        return next((r[0] for r in self._records if fold(r[1]) == folded), None)

    def _means_none(self, typed: str) -> bool:
        return self._none_label is not None and fold(typed.strip()) == fold(self._none_label)

    def _on_line_editing_finished(self) -> None:
        """Leaving the field: typed text naming a record exactly picks it; anything else
        goes back. (Enter, the field keeping the focus, is :meth:`_on_return`'s.)"""
        if self.combo.hasFocus():
            return
        typed = self.combo.currentText()
        if self._means_none(typed):
            self._choose(None)
        elif (record_id := self._named(typed)) is not None:
            self._choose(record_id)
        self.set_current(self._current)

    def _on_new_button_clicked(self) -> None:
        typed = self.combo.currentText().strip()
        known = self._named(typed) is not None or self._means_none(typed)
        self.new_requested.emit("" if known else typed)


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
        text = self.line.text()
        if not new:
            names = matching(self._names.stringList(), text)
            if len(names) > 1:
                completer = self.line.completer()
                if completer is not None:
                    completer.complete()
                return
            text = names[0] if names else text
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
        key = _key_press(event) if watched is self.line else None
        if key in _ENTER:
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            self._on_return(bool(shift))
            return True
        if key == Qt.Key.Key_Backspace and not self.line.text() and self._tags:
            self.remove(self._tags[-1])
            return True
        return super().eventFilter(watched, event)
