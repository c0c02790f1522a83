"""What the reporter is told when a library cannot be opened, and what they can do next.

A library that cannot be opened is a message naming the problem and what to do,
with a way to open or create another library; never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core import (
    DamagedLibraryError,
    LockedLibraryError,
    NewerLibraryError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StorageError,
)
from . import icons


def problem_text(error: StorageError) -> tuple[str, str]:
    """A title and a sentence saying what is wrong with a library and what to do."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("LibraryProblem", text)

    if isinstance(error, NewerLibraryError):
        return tr("Library from a newer Quotebook"), tr(
            "This library was written by a newer version of Quotebook. Update Quotebook "
            "to open it. The file has not been changed."
        )
    if isinstance(error, NotALibraryError):
        return tr("Not a Quotebook library"), tr(
            "This file is not a Quotebook library. Open a library file, or create a new one."
        )
    if isinstance(error, DamagedLibraryError):
        return tr("Damaged library"), tr(
            "This library is damaged, so it was not opened; the file was left as it was. "
            "Restore it from a backup (see quotebook restore --help) or open another library."
        )
    if isinstance(error, LockedLibraryError):
        return tr("Library in use"), tr(
            "Another Quotebook window or program is using this library. Close it and try "
            "again, or open another library."
        )
    if isinstance(error, ReadOnlyLibraryError):
        return tr("Library cannot be written"), tr(
            "Quotebook cannot write to this library. Check that the file and its folder "
            "may be written and that the disk is mounted, or open another library."
        )
    return tr("Library cannot be opened"), tr("This library cannot be opened.")


def problem_box(
    path: Path, error: StorageError, window: QWidget | None, answered: Callable[[str], None]
) -> QMessageBox:
    """A box saying why ``path`` cannot be opened, offering another library.

    ``answered`` gets "other" (open another), "new" (create one) or "" (Quit, or
    Cancel over ``window``). The box is opened, and deletes itself once answered.
    """
    title, text = problem_text(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setInformativeText(f"{path}\n\n{error.reason}")
    box.setWindowIcon(icons.app_icon())
    if window is not None:
        box.setParent(window, box.windowFlags())
    other_text = QCoreApplication.translate("AppController", "Open another library…")
    new_text = QCoreApplication.translate("AppController", "Create a new library…")
    cancel = QCoreApplication.translate("AppController", "Cancel")
    quit_text = QCoreApplication.translate("AppController", "Quit")
    other = box.addButton(other_text, QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(new_text, QMessageBox.ButtonRole.ActionRole)
    box.addButton(quit_text if window is None else cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        answered("other" if clicked is other else "new" if clicked is new else "")

    box.finished.connect(finished)
    box.open()
    return box
