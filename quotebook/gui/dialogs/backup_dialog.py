"""The library's backups: list them, make one now, restore one.

``BackupDialog(library_path, worker, close_library, reopen_library, parent)``, then
``open()``. It lists the backups in ``<library>.backups`` (date, kind, quotes),
backs up with "Back up now" and restores the selected backup with "Restore…",
after a confirmation. Copies and checks run on ``worker``, so the window stays
responsive.

A restore swaps the library file, which must not be open at that moment:
``close_library()`` is called on the GUI thread first (the app closes its Library
once its worker has finished what it was doing), then the restore runs on the
worker, then ``reopen_library()`` is called on the GUI thread, whether the restore
worked or not. Signals: ``backed_up(Backup)``, ``restored(Restored)``,
``failed(str)`` with the message also shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import QuotebookError
from ...core.storage.backup import (
    AUTO,
    MANUAL,
    PRE_MIGRATION,
    Backup,
    Restored,
    backup_folder,
    list_backups,
    make_backup,
    restore_backup,
)
from ..app.worker import Worker
from . import messages

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TAKEN = 0
    KIND = 1
    QUOTES = 2


class BackupModel(QAbstractTableModel):
    """The backups of one library, newest first."""

    PathRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups: list[Backup] = []

    def set_backups(self, backups: Sequence[Backup]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> Backup:
        return self._backups[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
        if role == self.PathRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.ToolTipRole and backup.other_passphrase:
            return self.tr(
                "{path}\n\nEncrypted with another passphrase than the library's: one the "
                "library had before its passphrase was changed, or another library's."
            ).format(path=backup.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == Column.QUOTES:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.TAKEN:
            return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column is Column.KIND:
            return self._kind(backup.kind)
        if backup.quotes is None:
            return self.tr("Other passphrase") if backup.other_passphrase else "—"
        return f"{backup.quotes:,}"

    def _kind(self, kind: str) -> str:
        if kind == AUTO:
            return self.tr("Automatic")
        if kind == PRE_MIGRATION:
            return self.tr("Before an upgrade")
        return self.tr("Made by hand") if kind == MANUAL else kind

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Kind"), self.tr("Quotes"))[section]


class BackupDialog(QDialog):
    """Backups of the library: "Back up now" and "Restore…" (see the module docstring)."""

    backed_up = Signal(object)
    restored = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        library_path: Path,
        worker: Worker,
        close_library: Callable[[], None],
        reopen_library: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self._worker = worker
        self._close_library = close_library
        self._reopen_library = reopen_library
        self._working = False
        self.setWindowTitle(self.tr("Backups"))
        self.model = BackupModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.back_up_button.clicked.connect(self._on_back_up_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        folder = str(backup_folder(library_path))
        layout.addWidget(QLabel(self.tr("Backups are kept in %1").replace("%1", folder), self))
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        """Read the backup folder again (on the worker: counting quotes opens each file)."""
        self._busy(self.status.text() or self.tr("Reading the backups…"))
        self._worker.submit(
            lambda: list_backups(self.library_path), self._on_listed, self._on_failed
        )

    def _on_listed(self, backups: list[Backup]) -> None:
        self.model.set_backups(backups)
        self._busy(None)
        if not backups:
            self.status.setText(self.tr("No backups yet."))

    def _selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.back_up_button.setEnabled(not self._working)
        selected = self._selected()
        foreign = selected is not None and selected.other_passphrase
        self.restore_button.setEnabled(not self._working and selected is not None and not foreign)
        self.restore_button.setToolTip(
            self.tr("This backup is encrypted with another passphrase than the library's.")
            if foreign
            else ""
        )

    def _busy(self, text: str | None) -> None:
        """Show what is under way (``text``) with the buttons off, or nothing, with them on."""
        self._working = text is not None
        if text is not None or self.status.text().endswith("…"):
            self.status.setText(text or "")
        self._update_buttons()

    def _on_back_up_button_clicked(self) -> None:
        self._busy(self.tr("Backing up and checking the copy…"))
        path = self.library_path
        self._worker.submit(lambda: make_backup(path, MANUAL), self._on_backed_up, self._on_failed)

    def _on_backed_up(self, backup: Backup) -> None:
        self.status.setText(self.tr("Backed up %1 quotes.").replace("%1", f"{backup.quotes:,}"))
        self.backed_up.emit(backup)
        self.refresh()

    def _on_restore_button_clicked(self) -> None:
        backup = self._selected()
        if backup is None:
            return
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr(
            "Replace the library with the backup of %1? The library as it is now is kept "
            "beside it, and nothing is deleted."
        ).replace("%1", when)
        messages.confirm(
            self, self.tr("Restore backup"), text, self.tr("Restore"), lambda: self._restore(backup)
        )

    def _restore(self, backup: Backup) -> None:
        self._busy(self.tr("Checking the backup and restoring it…"))
        self._close_library()
        path = self.library_path
        self._worker.submit(
            lambda: restore_backup(path, backup.path), self._on_restored, self._on_restore_failed
        )

    def _on_restored(self, restored: Restored) -> None:
        self._reopen_library()
        self.status.setText(
            self.tr("Restored %1 quotes. The replaced library was kept as %2.")
            .replace("%1", f"{restored.quotes:,}")
            .replace("%2", str(restored.replaced or ""))
        )
        self.restored.emit(restored)
        self.refresh()

    def _on_restore_failed(self, error: BaseException, trace: str) -> None:
        self._reopen_library()
        self._on_failed(error, trace)

    def _on_failed(self, error: BaseException, trace: str) -> None:
        self._busy(None)
        if not isinstance(error, QuotebookError | OSError):
            self._worker.failed.emit(error, trace)  # a bug: the app's crash dialog shows it
            return
        message = str(error)
        self.status.setText(message)
        self.failed.emit(message)
