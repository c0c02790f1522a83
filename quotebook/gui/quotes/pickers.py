"""The quote editor's record picker: a source or an article chosen by typing its name.

The tag field (tag_editor.py) shares its rule for Enter: what the typing names,
or the only name it matches, never a guess among several.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from ...core.domain.validate import fold
from ..widgets.wheel_guard import guard_wheel

# What counts as reaching for a picker: the full list is put in then. (The wheel
# reaches it only once it has the focus: see wheel_guard.py.)
_FIRST_USE = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ARROWS = (Qt.Key.Key_Up, Qt.Key.Key_Down)


def matching(names: Sequence[str], typed: str) -> list[str]:
    """The names a completion list offers for ``typed``: those containing it, ignoring
    case, form and accents (the exact name alone when there is one)."""
    folded = fold(typed.strip())
    if not folded:
        return []
    exact = [name for name in names if fold(name) == folded]
    return exact[:1] or [name for name in names if folded in fold(name)]


def key_press(event: QEvent) -> Qt.Key | None:
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
        # One list model for the picker's life, its names replaced: a model made for
        # each quote shown was deleted by the next one, its Python wrapper torn down
        # on the GUI thread every time.
        self._model = QStringListModel(self.combo)
        self.combo.setModel(self._model)
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
        key = key_press(event)
        if key in ENTER:
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
        """The names put in at once: adding items one by one takes ten times longer."""
        ids: list[int | None] = [record[0] for record in records]
        names = [record[1] for record in records]
        if self._none_label is not None:
            ids.insert(0, None)
            names.insert(0, self._none_label)
        self._ids = ids
        self.combo.blockSignals(True)
        self._model.setStringList(names)
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
