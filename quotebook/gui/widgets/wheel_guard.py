"""Turning the mouse wheel over a form scrolls the form, not the field under the pointer.

A combo box changes its value on the wheel even when it does not have the focus.
In the quote editor that is an edit: scrolling down the form past the ground rule
could move a quote from off the record to on it, and the change is saved at once.
Guarded fields take the wheel only once the reporter has clicked or tabbed into
them; until then the turn goes on to the scroll area around them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not taken here: Qt offers it to the parents
            return True
        return super().eventFilter(watched, event)


def guard_wheel(*widgets: QWidget) -> None:
    """Let these fields take the wheel only while they have the focus."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not focus it
        widget.installEventFilter(_WheelGuard(widget))  # lives as long as the field
