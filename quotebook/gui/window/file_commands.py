"""File → Import article… and Back up now, for one window.

The article import dialog files its quotes in one undoable write and hands back
what it changed; the window passes that on like any other edit. A backup runs on
the window's worker, after the write in progress, and the status bar says where
the copy went. (Restore from backup… opens the backups dialog, which the app owns
because a restore replaces the window.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...core import Changes, QuotebookError, StorageError
from ...core.storage.backup import Backup
from ..dialogs import messages
from ..dialogs.article_import_dialog import ArticleImportDialog
from ..records.record_view import while_alive

if TYPE_CHECKING:
    from .workbench import Workbench

MESSAGE_MS = 10_000


class FileCommands(QObject):
    """Import an article into the window's library, or back it up now.

    Signals: ``article_imported(Changes)`` once the article's quotes are filed and
    shown; ``backed_up(Backup)`` once a backup is made and checked.
    """

    article_imported = Signal(object)  # Changes
    backed_up = Signal(object)  # Backup

    def __init__(self, window: Workbench) -> None:
        super().__init__(window)
        self.window = window
        self.article_dialog: ArticleImportDialog | None = None
        a = window.acts
        a.import_article.triggered.connect(self.import_article)
        a.back_up_now.triggered.connect(self.back_up_now)
        a.restore_backup.triggered.connect(window.backups_requested)

    # -- import article ---------------------------------------------------------------

    def import_article(self) -> ArticleImportDialog:
        """Open the article import dialog; what it saves is shown everywhere."""
        w = self.window
        w.editor.flush()
        dialog = ArticleImportDialog(w.session.library, w.session.worker, parent=w)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()
        self.article_dialog = dialog
        return dialog

    def _on_dialog_finished(self, _result: int) -> None:
        if self.article_dialog is not None:
            self.article_dialog.deleteLater()
            self.article_dialog = None

    def _on_dialog_saved(self, changes: Changes) -> None:
        self.window.session.announce(changes)
        self.window.statusBar().showMessage(
            self.tr("Imported %n quote(s) from the article.", "", len(changes.quotes)), MESSAGE_MS
        )
        self.article_imported.emit(changes)

    # -- back up now ------------------------------------------------------------------

    def back_up_now(self) -> None:
        """Back the library up on the worker (after any write under way), then say where."""
        w = self.window
        w.editor.flush()
        w.acts.back_up_now.setEnabled(False)
        w.statusBar().showMessage(self.tr("Backing up the library and checking the copy…"))
        w.session.worker.submit(
            w.session.library.backup_now,
            while_alive(self, self._on_backed_up),
            while_alive(self, self._on_backup_failed),
        )

    def _on_backed_up(self, backup: Backup) -> None:
        self.window.acts.back_up_now.setEnabled(True)
        quotes = f"{backup.quotes or 0:,}"
        self.window.statusBar().showMessage(
            self.tr("Backed up {quotes} quote(s) to {path}", "", backup.quotes or 0).format(
                quotes=quotes, path=backup.path
            ),
            MESSAGE_MS,
        )
        self.backed_up.emit(backup)

    def _on_backup_failed(self, error: BaseException, trace: str) -> None:
        w = self.window
        w.acts.back_up_now.setEnabled(True)
        w.statusBar().clearMessage()
        if not isinstance(error, QuotebookError | OSError):
            w.session.worker.failed.emit(error, trace)  # a bug: the crash dialog shows it
            return
        messages.inform(
            w,
            self.tr("No backup made"),
            self.tr("The library could not be backed up: {reason}").format(reason=reason(error)),
            warning=True,
        )


def reason(error: BaseException) -> str:
    """What went wrong, without the error's class or number: "No space left…: /path"."""
    if isinstance(error, StorageError):
        return error.reason
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return str(error)
