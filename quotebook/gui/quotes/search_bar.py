"""The one search box: searches as the reporter types, shows a bad query inline."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

DEBOUNCE_MS = 150


class SearchBar(QWidget):
    """A line for the query and, under it, the reason a query cannot be understood."""

    query_changed = Signal(str)  # after the typing pause, or at once when set in code
    save_requested = Signal(str)  # Ctrl+S in the box: keep this search under a name
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setObjectName("search")
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(
            self.tr('Search: words, "exact phrase", tag:visas, source:sasha, said>=2024-01, -word')
        )
        self.line.setAccessibleName(self.tr("Search quotes"))
        self.line.setToolTip(
            self.tr(
                "Free words match the start of words in the quote's text, translation,\n"
                "original text, context and notes.\n"
                '"exact phrase"  tag:name  source:name  org:name  outlet:name\n'
                "article:headline  rule:on_record  status:verified\n"
                "said:2024-03  said>=2024-01-01  said<2024-06\n"
                "-word excludes; OR between terms matches either.\n"
                "Escape clears; F1 or ? shows the whole syntax."
            )
        )
        self.error = QLabel(self)
        self.error.setObjectName("searchError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setAccessibleName(self.tr("Search problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("Search syntax (F1)"))
        self.help_button.setAccessibleName(self.tr("Search syntax"))
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F1 is its key; Tab goes on
        self.help_button.clicked.connect(self.help_requested)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.line.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.line.textEdited.connect(self._on_line_text_edited)
        self.line.returnPressed.connect(self._on_timer_timeout)
        self.setFocusProxy(self.line)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+S (the platform's Save) in the box asks to save the search; Escape
        clears it."""
        if watched is self.line and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if event.matches(QKeySequence.StandardKey.Save):
                self.save_requested.emit(self.line.text())
                return True
            if event.key() == Qt.Key.Key_Escape and self.line.text():
                self.set_text("")
                return True
        return super().eventFilter(watched, event)

    def text(self) -> str:
        return self.line.text()

    def set_text(self, text: str, *, announce: bool = True) -> None:
        """Put ``text`` in the box; search for it now unless ``announce`` is off."""
        self._timer.stop()
        if self.line.text() != text:
            self.line.setText(text)
        if announce:
            self.query_changed.emit(text)

    def show_error(self, reason: str, position: int) -> None:
        """Say why the query cannot be understood, pointing at where."""
        self.error.setText(
            self.tr("Cannot search: {reason} (at character {position})").format(
                reason=reason, position=position + 1
            )
        )
        self.error.show()
        self.line.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }")

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()
        self.line.setStyleSheet("")

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def _on_line_text_edited(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.line.text())
