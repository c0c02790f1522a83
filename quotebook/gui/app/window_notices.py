"""What a newly opened library's window says about its file, without blocking it.

Edits that are off (and why), files made owner-only, a library in a network or
synchronised folder, and the automatic backup of a large library, made on the
session's background thread once the window is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSizePolicy, QToolBar

from ...core import StoppedError, StorageError
from ...core.storage.backup import Backup
from ...core.storage.location import location_warning
from ..records.record_view import while_alive
from ..window.file_commands import reason
from ..window.main_window import MainWindow

STATUS_MS = 10_000


def say_edits_are_off(window: MainWindow, why: StorageError, retry: Callable[[], None]) -> None:
    """A library that opened for reading only: a strip across the window says why,
    with a button (``retry``) that opens it again once the reason has gone."""
    banner = QToolBar(QCoreApplication.translate("AppController", "Edits are off"), window)
    banner.setObjectName("writesOffBanner")
    banner.setMovable(False)
    banner.setFloatable(False)
    banner.setStyleSheet("QToolBar { background: #fff4d6; border: 0; spacing: 8px; }")
    text = QCoreApplication.translate(
        "AppController", "Edits are off: {reason}. You can still search, read and export."
    )
    label = QLabel(text.format(reason=reason(why)), banner)
    label.setObjectName("writesOffReason")
    label.setStyleSheet("color: #6b4a00; padding: 4px;")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    banner.addWidget(label)
    button = QPushButton(QCoreApplication.translate("AppController", "&Try again"), banner)
    button.setObjectName("writesOffRetry")
    button.clicked.connect(retry)
    banner.addWidget(button)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)


def say_tightened(window: MainWindow) -> None:
    """One line when opening made files that others could read owner-only."""
    count = len(window.session.library.tightened)
    if count:
        text = QCoreApplication.translate(
            "AppController",
            "Other users could read {count} of this library's files; "
            "they are now readable by you only.",
        ).format(count=count)
        window.statusBar().showMessage(text, STATUS_MS)


def warn_about_location(window: MainWindow) -> QMessageBox | None:
    """A library in a network or cloud-synchronised folder: say so, without blocking
    (a mark in the status bar and a box that is not modal, returned)."""
    warning = location_warning(window.session.library.path)
    if warning is None:
        return None
    mark = QCoreApplication.translate(
        "AppController", "⚠ Library in a network or synchronised folder"
    )
    label = QLabel(mark, window)
    label.setObjectName("locationWarning")
    label.setToolTip(warning)
    label.setStyleSheet("color: #8a4b00;")
    window.statusBar().addPermanentWidget(label)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("AppController", "Library in a risky folder"),
        QCoreApplication.translate(
            "AppController",
            "This library is in a network or cloud-synchronised folder, where it can be "
            "damaged. Keep it in a local folder; Quotebook's backups protect it there.",
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setInformativeText(warning)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.finished.connect(box.deleteLater)
    box.show()
    return box


def back_up_when_due(window: MainWindow) -> None:
    """The automatic backup of a large library, beside the worker once it is open.

    A small library was backed up while it opened; for it nothing is due here.
    A large one takes seconds to copy and check: it runs on the session's
    background thread, after the deferred check, so searches never wait for it.
    """
    library, worker = window.session.library, window.session.worker
    if library.backup_problem:
        _say_backup_failed(window, library.backup_problem)

    def done(made: Backup | None) -> None:
        if made is not None:
            text = QCoreApplication.translate("AppController", "Automatic backup made: {path}")
            window.statusBar().showMessage(text.format(path=made.path), STATUS_MS)

    def failed(error: BaseException, trace: str) -> None:
        if isinstance(error, StoppedError):
            return  # closing: the backup is made next time
        if not isinstance(error, StorageError | OSError):
            worker.failed.emit(error, trace)  # a bug: the crash dialog shows it
            return
        _say_backup_failed(window, reason(error))

    if library.backup_due():
        window.session.in_background(
            library.backup_if_due, while_alive(window, done), while_alive(window, failed)
        )


def _say_backup_failed(window: MainWindow, why: str) -> None:
    text = QCoreApplication.translate("AppController", "The automatic backup failed: {reason}")
    window.statusBar().showMessage(text.format(reason=why), STATUS_MS)
