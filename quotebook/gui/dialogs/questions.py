"""The main window's questions: which library to open or create, which tag to use.

Each opens its dialog with ``open()`` and calls back once the reporter has
answered, so application code never sits in a nested event loop (qutebrowser's
``msgbox``). Callers look them up on this module at call time, so tests replace
them with ones that answer at once. Confirmations and messages are in
:mod:`quotebook.gui.dialogs.messages`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

LIBRARY_FILTER = QT_TRANSLATE_NOOP(
    "Dialogs", "Quotebook libraries (*.sqlite3 *.sqlite *.db);;All files (*)"
)


def _tr(text: object) -> str:
    # object: the words may come marked with QT_TRANSLATE_NOOP, typed as object.
    return QCoreApplication.translate("Dialogs", str(text))


Cancelled = Callable[[], None] | None


def choose_library_to_open(
    parent: QWidget | None, on_chosen: Callable[[Path], object], on_cancelled: Cancelled = None
) -> None:
    """Pick an existing library file."""
    mode = QFileDialog.AcceptMode.AcceptOpen
    _pick_file(
        parent, _tr(QT_TRANSLATE_NOOP("Dialogs", "Open library")), mode, on_chosen, on_cancelled
    )


def choose_new_library(
    parent: QWidget | None, on_chosen: Callable[[Path], object], on_cancelled: Cancelled = None
) -> None:
    """Pick where to create a new library file."""
    mode = QFileDialog.AcceptMode.AcceptSave
    _pick_file(
        parent, _tr(QT_TRANSLATE_NOOP("Dialogs", "New library")), mode, on_chosen, on_cancelled
    )


def _pick_file(
    parent: QWidget | None,
    title: str,
    mode: QFileDialog.AcceptMode,
    on_chosen: Callable[[Path], object],
    on_cancelled: Cancelled,
) -> None:
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(mode)
    dialog.setNameFilter(_tr(LIBRARY_FILTER))
    dialog.setDefaultSuffix("sqlite3")
    if mode == QFileDialog.AcceptMode.AcceptOpen:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

    def chosen(path: str) -> None:
        on_chosen(Path(path))

    def finished(result: int) -> None:
        if result != QFileDialog.DialogCode.Accepted and on_cancelled is not None:
            on_cancelled()
        dialog.deleteLater()

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(finished)
    dialog.open()


def ask_choice(
    parent: QWidget,
    title: str,
    label: str,
    choices: list[str],
    editable: bool,
    on_chosen: Callable[[str], None],
) -> None:
    """Pick one of ``choices`` (or, when ``editable``, type a new one)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(choices)
    dialog.setComboBoxEditable(editable)
    if editable:
        dialog.setTextValue("")
    dialog.setOkButtonText(_tr(QT_TRANSLATE_NOOP("Dialogs", "OK")))

    def chosen(text: str) -> None:
        if text.strip():
            on_chosen(text)

    dialog.textValueSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
