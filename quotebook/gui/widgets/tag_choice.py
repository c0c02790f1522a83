"""Tags → Add tag to selected…: the tag typed as in the quote editor's tag field.

Enter takes the highlighted tag, or the only one the text matches ("mobi" is
"mobilization"); text matching several opens their list and waits. A new tag is
made only of text no tag matches, the button saying so ("Create tag “remote”"),
or by Shift+Enter of exactly the text, whatever it matches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.domain.validate import fold
from ..quotes.pickers import ENTER, key_press
from ..quotes.tag_editor import chosen_tag


class AddTagDialog(QDialog):
    """Asks for the tag to give the selected quotes; ``chosen`` carries its name."""

    chosen = Signal(str)

    def __init__(self, names: Sequence[str], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = list(names)
        self._known = {fold(name) for name in self._names}
        self.setWindowTitle(self.tr("Add tag"))
        label = QLabel(
            self.tr("&Tag the {n} selected quote(s) with:", "", count).format(n=f"{count:,}"), self
        )
        self.line = QLineEdit(self)
        self.line.setAccessibleName(self.tr("Tag"))
        self.line.setToolTip(
            self.tr(
                "Enter adds the highlighted tag, or the only one that matches. "
                "Shift+Enter makes a new tag of exactly what you typed."
            )
        )
        label.setBuddy(self.line)
        completer = QCompleter(QStringListModel(self._names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(completer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setAutoDefault(False)  # Enter is the line's: it never guesses
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.line)
        layout.addWidget(self.buttons)
        self.line.installEventFilter(self)
        completer.popup().installEventFilter(self)  # after the completer's own: first
        self.line.textChanged.connect(self._on_line_text_changed)
        self.line.returnPressed.connect(lambda: self._take(False))  # Enter in the list
        completer.activated.connect(self._on_completer_activated)
        self.ok.clicked.connect(lambda: self._take(False))
        self.buttons.rejected.connect(self.reject)
        self._on_line_text_changed("")
        self.line.setFocus()
        self.setMinimumWidth(360)

    def _on_line_text_changed(self, text: str) -> None:
        """The button says what Enter will do: add which tag, or create one."""
        name = chosen_tag(self._names, text, False) if text.strip() else None
        self.ok.setEnabled(name is not None)
        if name is None:
            self.ok.setText(self.tr("Add"))
        elif fold(name) in self._known:
            self.ok.setText(self.tr("Add “{name}”").format(name=name))
        else:
            self.ok.setText(self.tr("Create tag “{name}”").format(name=name.strip()))

    def _on_completer_activated(self, _name: str) -> None:
        # A click in the list: the line takes the completion after this signal.
        QTimer.singleShot(0, lambda: self._take(False))

    def _take(self, new: bool) -> None:
        """Choose the tag the text names (see the module's rule); several: show them."""
        if self.result() == QDialog.DialogCode.Accepted or not self.isVisible():
            return  # Enter in the list also reaches the line
        name = chosen_tag(self._names, self.line.text(), new)
        if name is None:
            completer = self.line.completer()
            if completer is not None:
                completer.complete()
            return
        if not name.strip():
            return
        self.chosen.emit(" ".join(name.split()))
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter and Shift+Enter in the line or its open list; Enter on a highlighted
        tag in the list is the list's: it takes that tag."""
        if key_press(event) not in ENTER:
            return super().eventFilter(watched, event)
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
        completer = self.line.completer()
        popup = completer.popup() if completer is not None else None
        if watched is popup and not shift and popup.currentIndex().isValid():
            return super().eventFilter(watched, event)  # the list takes its highlighted tag
        if popup is not None:
            popup.hide()
        self._take(shift)
        return True


def ask_tag(
    parent: QWidget, names: Sequence[str], count: int, on_chosen: Callable[[str], None]
) -> None:
    """Open the dialog (tests replace this); ``on_chosen`` gets the tag's name."""
    dialog = AddTagDialog(names, count, parent)
    dialog.chosen.connect(on_chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
