"""What the open dialogs hold when the app locks, kept in memory to bring them back.

A lock closes the library and every window showing it. Before it does,
:func:`put_away` hides every window but the main one and keeps, for each dialog
among them, what the reporter typed there: the dialog's own ``lock_state()`` (see
:class:`Keeps`), a plain immutable value from which the same dialog can be
opened again over the library once it is unlocked, and in any case the text of
its editable fields, offered to the reporter when the dialog cannot come back.

No dialog survives the lock: each is deleted without being answered (no Cancel
is pressed, no "Discard?" is asked), so none can read the closed library, and
what it held lives only in the values returned here, in memory, never in a file,
the settings or a log. Passphrase fields are never kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)


@runtime_checkable
class Keeps(Protocol):
    """A dialog that can be brought back after a lock from a value of its own."""

    def lock_state(self) -> object | None:
        """What it holds, as a plain immutable value (None: nothing worth keeping)."""
        ...


@dataclass(frozen=True)
class Kept:
    """One dialog open at a lock: its title, its own state, the text typed in it."""

    title: str
    state: object | None  # from ``lock_state()``; None: it cannot be opened again
    typed: tuple[str, ...]  # its editable fields' text, offered if it cannot come back


def put_away(main: QWidget | None) -> list[Kept]:
    """Hide every window but ``main``; keep what the dialogs among them hold.

    The dialogs are deleted unanswered; ``main`` and its library are the caller's
    to close. One that holds nothing is kept by its title only, so that the
    reporter can be told it was closed.
    """
    kept: list[Kept] = []
    for widget in QApplication.topLevelWidgets():
        if widget is main or not widget.isVisible():
            continue
        widget.hide()
        if isinstance(widget, QDialog):
            kept.append(keep(widget))
            widget.deleteLater()
    QToolTip.hideText()
    return kept


def keep(dialog: QDialog) -> Kept:
    """What ``dialog`` holds: its own state when it keeps one, and its typed text."""
    state = dialog.lock_state() if isinstance(dialog, Keeps) else None
    return Kept(dialog.windowTitle(), state, typed_in(dialog))


def typed_in(dialog: QDialog) -> tuple[str, ...]:
    """The text of ``dialog``'s editable fields, in the order they were made.

    File and colour pickers are left out (nothing typed there is worth keeping),
    as are passphrase fields, number boxes, read-only text and a combo box's
    text that is one of its choices (picked, not typed).
    """
    if isinstance(dialog, QFileDialog | QColorDialog):
        return ()
    texts: list[str] = []
    for field in dialog.findChildren(QWidget):
        text = _editable_text(field)
        if text.strip():
            texts.append(text)
    return tuple(texts)


def _editable_text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        hidden = field.echoMode() != QLineEdit.EchoMode.Normal
        box = field.parentWidget()
        in_spin_box = isinstance(box, QAbstractSpinBox)
        picked = isinstance(box, QComboBox) and box.findText(field.text()) >= 0  # chosen, not typed
        return "" if field.isReadOnly() or hidden or in_spin_box or picked else field.text()
    if isinstance(field, QPlainTextEdit | QTextEdit) and not field.isReadOnly():
        return field.toPlainText()
    return ""
