"""Questions the views and dialogs ask: confirmations, names, CSV file names, a tag colour.

Each function opens its dialog with ``open()`` and calls back once the reporter has
answered, so no caller sits in a nested event loop. Callers look the functions up
on this module at call time (``messages.confirm(...)``), so a test replaces one with
``monkeypatch.setattr(messages, "confirm", ...)`` and answers at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

CSV_FILTER = QT_TRANSLATE_NOOP(
    "Messages", "CSV sheets (*.csv);;Text files (*.txt *.tsv);;All files (*)"
)
SAVE_FILTERS = {
    "csv": CSV_FILTER,
    "xlsx": QT_TRANSLATE_NOOP("Messages", "Excel workbooks (*.xlsx);;All files (*)"),
    "docx": QT_TRANSLATE_NOOP("Messages", "Word documents (*.docx);;All files (*)"),
    "qdpx": QT_TRANSLATE_NOOP("Messages", "REFI-QDA projects (*.qdpx);;All files (*)"),
}


def _tr(text: object) -> str:
    # object: the words may come marked with QT_TRANSLATE_NOOP, typed as object.
    return QCoreApplication.translate("Messages", str(text))


def confirm(
    parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], None]
) -> None:
    """Ask a yes-or-no question; ``action`` labels the button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(answered)
    box.open()


def ask_text(
    parent: QWidget, title: str, label: str, initial: str, on_chosen: Callable[[str], None]
) -> None:
    """Ask for one line of text (a name); ``on_chosen`` gets it. Cancel calls nothing."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(initial)
    dialog.textValueSelected.connect(on_chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def inform(parent: QWidget, title: str, text: str, *, warning: bool = False) -> None:
    """Tell the reporter something that needs no answer."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.finished.connect(box.deleteLater)
    box.open()


def choose_export_to_save(
    parent: QWidget, suggested: Path, on_chosen: Callable[[Path], None]
) -> None:
    """Pick where to write an export; its kind of file follows ``suggested``'s extension."""
    suffix = suggested.suffix.lstrip(".").lower()
    dialog = QFileDialog(parent, _tr(QT_TRANSLATE_NOOP("Messages", "Export quotes")))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(_tr(SAVE_FILTERS.get(suffix, CSV_FILTER)))
    dialog.setDefaultSuffix(suffix or "csv")
    dialog.selectFile(str(suggested))
    _when_chosen(dialog, on_chosen)


def choose_csv_to_open(parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
    """Pick an existing CSV sheet to import."""
    dialog = QFileDialog(parent, _tr(QT_TRANSLATE_NOOP("Messages", "Import quotes")))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(_tr(CSV_FILTER))
    _when_chosen(dialog, on_chosen)


def _when_chosen(dialog: QFileDialog, on_chosen: Callable[[Path], None]) -> None:
    def chosen(path: str) -> None:
        on_chosen(Path(path))

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def choose_color(parent: QWidget, initial: str, on_chosen: Callable[[str], None]) -> None:
    """Pick a colour; ``on_chosen`` gets it as ``#rrggbb``. Cancel calls nothing."""
    dialog = QColorDialog(QColor(initial) if initial else QColor("#1f77b4"), parent)
    dialog.setWindowTitle(_tr(QT_TRANSLATE_NOOP("Messages", "Tag colour")))

    def chosen(color: QColor) -> None:
        on_chosen(color.name(QColor.NameFormat.HexRgb))

    dialog.colorSelected.connect(chosen)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
