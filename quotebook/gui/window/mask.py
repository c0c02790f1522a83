"""View → Hide protected fields: real names and contacts masked on screen.

For sharing a screen or working in a café: while the view is on, each protected
field shows dots instead of its text until the reporter clicks into it, and is
masked again when they leave it. A masked field cannot be copied from either.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit


class ProtectedMask(QObject):
    """Masks a few line edits while on; a click (or focus) shows one until it loses focus."""

    def __init__(self, fields: list[QLineEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.on = False
        for field in fields:
            field.installEventFilter(self)

    def set_on(self, on: bool) -> None:
        """Mask (or show) every field at once."""
        self.on = on
        for field in self.fields:
            self._mask(field, on and not field.hasFocus())

    @staticmethod
    def _mask(field: QLineEdit, masked: bool) -> None:
        mode = QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal
        field.setEchoMode(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.on and isinstance(watched, QLineEdit):
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
                self._mask(watched, False)
            elif event.type() == QEvent.Type.FocusOut:
                self._mask(watched, True)
        return False
