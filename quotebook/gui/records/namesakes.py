"""Under the new-source form: the sources already in the library that may be this person.

As the name is typed, sources with the same words (any case, accents or order) or
a close spelling are listed, each with a button that uses it instead of adding a
second record of the same person.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core import Library, Source

DEBOUNCE_MS = 250
SHOWN = 3  # sources offered at most


def _details(source: Source) -> str:
    parts = [p for p in (source.role, source.organization, source.location) if p]
    count = "1 quote" if source.quote_count == 1 else f"{source.quote_count:,} quotes"
    return ", ".join([*parts, count])


class NamesakesPanel(QWidget):
    """The sources a typed name may mean; ``chosen(int)`` when one is picked."""

    chosen = Signal(int)

    def __init__(self, library: Library, name_edit: QLineEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.name_edit = name_edit
        self.setObjectName("namesakes")
        self.heading = QLabel(self.tr("Already in the library — the same person?"))
        self.heading.setStyleSheet("font-weight: bold;")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.heading)
        self.buttons: list[QPushButton] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        name_edit.textChanged.connect(lambda _text: self._timer.start())
        self.hide()

    def refresh(self) -> None:
        """List the sources the name in the field may mean (none: the panel hides)."""
        self._timer.stop()
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        found = self.library.similar_sources(self.name_edit.text(), limit=SHOWN)
        for source in found:
            button = QPushButton(
                self.tr("Use “{name}” ({details})").format(
                    name=source.name, details=_details(source)
                )
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, i=source.id: self.chosen.emit(i))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(found))
