"""The Qt application: which library to open, one window per library, errors shown.

:class:`AppController` opens a library (the one asked for, else the last one, else
the default), gives it a :class:`MainWindow`, and replaces the window when the
reporter opens another library. A library that cannot be opened is a message
naming the problem and what to do, with a way to open another one; never a
traceback.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
)

from ... import __version__, resources
from ...core import (
    Changes,
    ConflictError,
    DamagedLibraryError,
    Library,
    LockedLibraryError,
    NewerLibraryError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StoppedError,
    StorageError,
    default_library_path,
)
from ...core.library.demo import load_demo
from ...core.storage.backup import Backup
from ...core.storage.encryption import is_encrypted
from ...core.storage.location import location_warning
from ..dialogs import questions as dialogs
from ..dialogs.backup_dialog import BackupDialog
from ..records.record_view import while_alive
from ..widgets.keeping import put_away
from ..window.encryption_commands import EncryptionCommands
from ..window.file_commands import reason
from ..window.main_window import MainWindow
from . import crash, icons, translation
from .crash import install_excepthook
from .locking import Locking
from .session import Session
from .settings import Settings
from .unlock import Unlocking
from .worker import Worker

DEMO_FILE = "demo.sqlite3"
STATUS_MS = 10_000


def demo_library_path() -> Path:
    """The demo library: a file of its own beside the default library."""
    return default_library_path().parent / DEMO_FILE


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


class AppController(QObject):
    """Owns the open library and its window; opens, switches and closes libraries."""

    def __init__(
        self,
        settings: Settings,
        quit_app: Callable[[], None] = QApplication.quit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._quit = quit_app
        self.window: MainWindow | None = None
        self.session: Session | None = None
        self.problem_box: QMessageBox | None = None
        self.location_box: QMessageBox | None = None
        self.backup_dialog: BackupDialog | None = None
        self._worker: Worker | None = None
        self.unlocking = Unlocking(self)
        self.encryption = EncryptionCommands(self)
        self.locking = Locking(self)
        self._restoring = False
        self._then: Callable[[MainWindow], None] | None = None

    def start(self, path: Path | None) -> bool:
        """Open ``path``, else the last library, else the default one (created plain at
        the first run: it can be encrypted from the File menu)."""
        if path is None and not os.environ.get("QUOTEBOOK_LIBRARY"):
            last = self.settings.last_library()
            path = last if last is not None and last.exists() else None
        opened = self.open(path or default_library_path(), create=True)
        # What start-up made (modules, classes, the window) lives as long as the app:
        # the collector's full passes skip it from now on, and stay short.
        gc.freeze()
        return opened

    def worker(self) -> Worker:
        """The app's own thread, for work on a closed or not yet opened library (a
        restore, an encryption step, a passphrase's key derivation)."""
        if self._worker is None:
            self._worker = Worker(self)
        return self._worker

    @property
    def busy(self) -> bool:
        """Whether a restore or an encryption step is rewriting the library's files."""
        return self._restoring or self.encryption.busy

    def open(self, path: Path, create: bool = False) -> bool:
        """Open the library at ``path`` in a new window (replacing the current one).

        An encrypted library opens once unlocked: False until then, as when it
        cannot be opened (a message says why).
        """
        if path.exists() and is_encrypted(path):
            self.unlock(path)
            return False
        try:
            library = Library(path, create=create, defer_check=True)
        except StorageError as error:
            self.show_problem(path, error)
            return False
        self.switch_to(library)
        return True

    def reopen(self, path: Path, then: Callable[[MainWindow], None]) -> None:
        """Open ``path`` again (after a step that rewrote it); ``then(window)`` once open."""
        self._then = then
        self.open(path)

    def create_new(self, path: Path) -> None:
        """File → New library…: a file that is not there yet is first offered a
        passphrase (protected by default); an existing one is opened."""
        if path.exists():
            self.open(path)
        else:
            self.unlocking.create_new(path)

    def unlock(self, path: Path, *, locked: bool = False, remembered: bool = False) -> None:
        """Open the encrypted library at ``path`` once its passphrase is known."""
        self.unlocking.unlock(path, locked=locked, remembered=remembered)

    def report_bug(self, error: BaseException, trace: str) -> None:
        crash.report_error(self.window, error, trace)

    def let_go(self) -> None:
        """Close the window and its library without quitting (a lock)."""
        window, session = self.window, self.session
        self.window, self.session = None, None
        put_away(window)  # every dialog, the app's own too; what they held is dropped
        if window is not None:
            window.close()
        if session is not None:
            session.close()

    def _on_session_damaged(self, session: Session, error: StorageError) -> None:
        """The deferred check found damage: let go of the file and say what to do."""
        if session is not self.session or self.window is None:
            return
        window, self.window, self.session = self.window, None, None
        window.setEnabled(False)
        session.close()
        window.close()
        self.show_problem(session.library.path, error)

    def open_demo(self) -> None:
        """Open the demo library, filling it with the demo data when it holds nothing.

        A demo file that holds anything at all (tags only, rows in the trash) is
        opened as it is: the demo never goes in beside what the reporter did there.
        """
        path = demo_library_path()
        if path.exists() and is_encrypted(path):
            self.unlock(path)  # opened as it is: an encrypted demo was the reporter's doing
            return
        try:
            library = Library(path)
        except StorageError as error:
            self.show_problem(path, error)
            return
        self.switch_to(library)
        if self.session is not None:
            _fill_with_demo(self.session)

    def switch_to(self, library: Library) -> None:
        old_window, old_session = self.window, self.session
        self.session = Session(library)
        if old_window is not None:
            old_window.editor.flush()
            old_window.save_layout()
        window = MainWindow(self.session, self.settings)
        window.open_requested.connect(self._on_window_open_requested)
        window.demo_requested.connect(self.open_demo)
        window.backups_requested.connect(self.show_backups)
        window.closed.connect(lambda: self._on_window_closed(window))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        self.settings.library_opened(library.path)
        window.show()
        session = self.session
        session.damaged.connect(lambda error: self._on_session_damaged(session, error))
        session.start_checks()
        if old_window is not None:
            old_window.close()
        if old_session is not None:
            old_session.close()
        self._warn_about_location(window)
        self._say_tightened(window)
        if library.writes_off is not None:
            self._say_edits_are_off(window, library.writes_off)
        else:
            self._back_up_when_due(window)
        encrypted = is_encrypted(library.path)
        self.encryption.connect(window, encrypted)
        self.locking.connect(window, encrypted)
        then, self._then = self._then, None
        if then is not None:
            then(window)

    def _say_edits_are_off(self, window: MainWindow, why: StorageError) -> None:
        """A library that opened for reading only: a strip across the window says why,
        with a button that opens it again once the reason has gone."""
        banner = QToolBar(self.tr("Edits are off"), window)
        banner.setObjectName("writesOffBanner")
        banner.setMovable(False)
        banner.setFloatable(False)
        banner.setStyleSheet("QToolBar { background: #fff4d6; border: 0; spacing: 8px; }")
        label = QLabel(
            self.tr("Edits are off: {reason}. You can still search, read and export.").format(
                reason=reason(why)
            ),
            banner,
        )
        label.setObjectName("writesOffReason")
        label.setStyleSheet("color: #6b4a00; padding: 4px;")
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        banner.addWidget(label)
        retry = QPushButton(self.tr("&Try again"), banner)
        retry.setObjectName("writesOffRetry")
        path = window.session.library.path
        retry.clicked.connect(lambda: self.open(path))
        banner.addWidget(retry)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)

    def _say_tightened(self, window: MainWindow) -> None:
        """One line when opening made files that others could read owner-only."""
        count = len(window.session.library.tightened)
        if count:
            text = self.tr(
                "Other users could read {count} of this library's files; "
                "they are now readable by you only."
            ).format(count=count)
            window.statusBar().showMessage(text, STATUS_MS)

    def _warn_about_location(self, window: MainWindow) -> None:
        """A library in a network or cloud-synchronised folder: say so, without blocking."""
        warning = location_warning(window.session.library.path)
        if warning is None:
            return
        label = QLabel(self.tr("⚠ Library in a network or synchronised folder"), window)
        label.setObjectName("locationWarning")
        label.setToolTip(warning)
        label.setStyleSheet("color: #8a4b00;")
        window.statusBar().addPermanentWidget(label)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Library in a risky folder"),
            self.tr(
                "This library is in a network or cloud-synchronised folder, where it can be "
                "damaged. Keep it in a local folder; Quotebook's backups protect it there."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setInformativeText(warning)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(box.deleteLater)
        box.show()
        self.location_box = box

    def _back_up_when_due(self, window: MainWindow) -> None:
        """The automatic backup of a large library, beside the worker once it is open.

        A small library was backed up while it opened; for it nothing is due here.
        A large one takes seconds to copy and check: it runs on the session's
        background thread, after the deferred check, so searches never wait for it.
        """
        library, worker = window.session.library, window.session.worker
        if library.backup_problem:
            self._say_backup_failed(window, library.backup_problem)

        def done(made: Backup | None) -> None:
            if made is not None:
                text = self.tr("Automatic backup made: {path}").format(path=made.path)
                window.statusBar().showMessage(text, STATUS_MS)

        def failed(error: BaseException, trace: str) -> None:
            if isinstance(error, StoppedError):
                return  # closing: the backup is made next time
            if not isinstance(error, StorageError | OSError):
                worker.failed.emit(error, trace)  # a bug: the crash dialog shows it
                return
            self._say_backup_failed(window, reason(error))

        if library.backup_due():
            window.session.in_background(
                library.backup_if_due, while_alive(window, done), while_alive(window, failed)
            )

    def _say_backup_failed(self, window: MainWindow, why: str) -> None:
        text = self.tr("The automatic backup failed: {reason}").format(reason=why)
        window.statusBar().showMessage(text, STATUS_MS)

    def show_backups(self) -> None:
        """The backups of the open library; a restore closes it, then opens it again."""
        window, session = self.window, self.session
        if window is None or session is None:
            return
        path = session.library.path

        def close_library() -> None:
            self._restoring = True
            self.close_library(window)

        def reopen_library() -> None:
            self._restoring = False
            if not self.open(path) and not is_encrypted(path):
                window.setEnabled(True)

        # No parent: the dialog outlives the window that a restore replaces.
        dialog = BackupDialog(path, self.worker(), close_library, reopen_library)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.backup_dialog = dialog

    def close_library(self, window: MainWindow) -> None:
        """Let go of the window's library file (its edit in flight saved), the window
        greyed meanwhile: a restore or an encryption step is about to rewrite it."""
        window.editor.flush()
        window.quote_model.set_ids([])  # nothing may read the file while it is swapped
        window.setEnabled(False)
        window.session.close_library()

    def shutdown(self) -> None:
        """Stop the threads this controller started (at the end of the app)."""
        self.locking.stop()
        if self.session is not None:
            self.session.close()
            self.session = None
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def show_problem(self, path: Path, error: StorageError) -> None:
        """Say why ``path`` cannot be opened; offer to open or create another library."""
        title, text = problem_text(error)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text)
        box.setInformativeText(f"{path}\n\n{error.reason}")
        box.setWindowIcon(icons.app_icon())
        if self.window is not None:
            box.setParent(self.window, box.windowFlags())
        other = box.addButton(self.tr("Open another library…"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("Create a new library…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(
            self.tr("Quit") if self.window is None else self.tr("Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(other)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            box.deleteLater()
            parent = self.window
            if clicked is other:
                dialogs.choose_library_to_open(parent, self.open, self.pick_cancelled)
            elif clicked is new:
                dialogs.choose_new_library(parent, self.create_new, self.pick_cancelled)
            else:
                self.pick_cancelled()

        box.finished.connect(answered)
        box.open()
        self.problem_box = box

    def _on_window_open_requested(self, path: Path, create: bool) -> None:
        if create:
            self.create_new(path)
        else:
            self.open(path)

    def pick_cancelled(self) -> None:
        if self.window is None:
            self._quit()

    def _on_window_closed(self, window: MainWindow) -> None:
        """The reporter closed the window (not a switch to another library): quit."""
        if window is self.window:
            self.window = None
            if self.session is not None:
                self.session.close()
                self.session = None
            self._quit()


def _fill_with_demo(session: Session) -> None:
    """Load the demo into an empty library, on the worker; one holding anything at all
    (tags only, rows in the trash) is left as it is."""
    library = session.library

    def fill() -> Changes:
        if library.info().quotes or library.list_sources():
            return Changes()
        changes = load_demo(library)
        library.forget_history()  # the demo's loading is not an edit to undo
        return changes

    def failed(error: BaseException, trace: str) -> None:
        if isinstance(error, StorageError):
            session.problem_reported.emit(session.tr("The demo cannot be loaded"), error.reason)
        elif not isinstance(error, ConflictError):  # not empty after all: opened as it is
            session.worker.failed.emit(error, trace)

    session.worker.submit(fill, session.announce, failed)


def run(library: Path | None = None) -> int:
    """Create the application, open the library and run until the last window closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Quotebook")
    app.setOrganizationName("Quotebook")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(resources.APP_ID)
    app.setWindowIcon(icons.app_icon())
    app.setQuitOnLastWindowClosed(False)
    settings = Settings()
    translation.install(translation.language_for(settings.language()))
    controller = AppController(settings)
    install_excepthook(lambda: controller.window)
    controller.start(library)
    status = app.exec()
    controller.shutdown()
    return status
