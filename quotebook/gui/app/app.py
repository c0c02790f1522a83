"""Which library is open, in which window: opened, switched, locked, closed.

:class:`AppController` opens a library (the one asked for, else the last one, else
the default), gives it a :class:`MainWindow`, and replaces the window when the
reporter opens another library. A library that cannot be opened is a message
naming the problem and what to do (:mod:`.problems`); what a new window says about
its file is in :mod:`.window_notices`, the demo in :mod:`.demo_library`, and the
Qt application's run in :mod:`.running`.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog

from ...core import Library, StorageError, default_library_path
from ...core.storage import keys
from ...core.storage.encryption import is_encrypted
from ...core.storage.opening import checks_first
from ...core.storage.stopping import StopEvent
from ..dialogs import questions as dialogs
from ..dialogs.backup_dialog import BackupDialog
from ..widgets.keeping import put_away
from ..window.encryption_commands import EncryptionCommands
from ..window.main_window import MainWindow
from . import crash, window_notices
from .demo_library import demo_library_path, fill_with_demo
from .locking import Locking
from .problems import problem_box
from .session import Session
from .settings import Settings
from .unlock import Unlocking
from .worker import Worker

# How long a library's opening may take before a progress window says why it waits.
CHECK_NOTICE_MS = 400
CHECK_NOTICE_WIDTH = 440


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
        self.checking: QProgressDialog | None = None
        self.opening_stop: StopEvent | None = None  # ends the check of a library opening
        self._worker: Worker | None = None
        self.unlocking = Unlocking(self)
        self.encryption = EncryptionCommands(self)
        self.locking = Locking(self)
        self._restoring = False
        self._then: Callable[[MainWindow], None] | None = None

    def start(self, path: Path | None, passphrase: str | None = None) -> bool:
        """Open ``path``, else the last library, else the default one (created plain at
        the first run: it can be encrypted from the File menu). A ``passphrase`` given
        (``--passphrase-file``) unlocks it, or creates it encrypted when it is new; one
        that does not unlock it leaves the passphrase dialog to ask."""
        if path is None and not os.environ.get("QUOTEBOOK_LIBRARY"):
            last = self.settings.last_library()
            path = last if last is not None and last.exists() else None
        path = path or default_library_path()
        if passphrase is not None:
            keys.use(path, passphrase)
        opened = self.open(path, create=True)
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
        if checks_first(path):
            self._open_after_check(path)
            return False
        try:
            library = Library(path, create=create, defer_check=True)
        except StorageError as error:
            self.show_problem(path, error)
            return False
        self.switch_to(library)
        return True

    def _open_after_check(self, path: Path) -> None:
        """Open ``path`` on the worker, as the whole file is checked first (the last
        session did not close cleanly), a progress window saying so meanwhile."""
        text = self.tr(
            "Quotebook did not close properly last time, so {name} is checked for damage "
            "before it opens. A large library takes a minute or more."
        ).format(name=path.name)
        # No parent: the window it may replace is closed once the library opens.
        progress = QProgressDialog(text, "", 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        progress.setLabel(label)
        progress.setMinimumWidth(CHECK_NOTICE_WIDTH)
        progress.setCancelButtonText(self.tr("&Quit"))  # nothing is open to go back to
        progress.setWindowTitle(self.tr("Checking {name}").format(name=path.name))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(CHECK_NOTICE_MS)  # a small library opens before it shows
        self.checking = progress
        stop = self.opening_stop = StopEvent()

        def quit_now() -> None:
            stop.set()  # the check ends within milliseconds; the file is left as it was
            self._quit()

        def settled() -> None:
            progress.canceled.disconnect(quit_now)
            progress.cancel()  # stops its timer: it never shows after this
            progress.deleteLater()
            if self.checking is progress:
                self.checking = None
            if self.opening_stop is stop:
                self.opening_stop = None

        def opened(library: Library) -> None:
            settled()
            self.switch_to(library)

        def failed(error: BaseException, trace: str) -> None:
            settled()
            if not stop.is_set():
                self.open_failed(path)(error, trace)

        progress.canceled.connect(quit_now)
        self.worker().submit(lambda: Library(path, defer_check=True, stop=stop), opened, failed)

    def open_failed(self, path: Path) -> Callable[[BaseException, str], None]:
        """What to do when opening ``path`` on the worker failed: a library that cannot
        be opened gets its message, anything else is a bug report."""

        def failed(error: BaseException, trace: str) -> None:
            if isinstance(error, StorageError):
                self.show_problem(path, error)
            else:
                self.report_bug(error, trace)

        return failed

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
            fill_with_demo(self.session)

    def switch_to(self, library: Library) -> None:
        """Show ``library`` in a new window, in place of the one open (closed with its
        library once the new one shows)."""
        old_window, old_session = self.window, self.session
        self.session = session = Session(library)
        if old_window is not None:
            old_window.editor.flush()
            old_window.save_layout()
        window = self._new_window(session)
        session.damaged.connect(lambda error: self._on_session_damaged(session, error))
        session.start_checks()
        if old_window is not None:
            old_window.close()
        if old_session is not None:
            old_session.close()
        self._tell_about_file(window, library)
        encrypted = is_encrypted(library.path)
        self.encryption.connect(window, encrypted)
        self.locking.connect(window, encrypted)
        then, self._then = self._then, None
        if then is not None:
            then(window)

    def _new_window(self, session: Session) -> MainWindow:
        window = MainWindow(session, self.settings)
        window.open_requested.connect(self._on_window_open_requested)
        window.demo_requested.connect(self.open_demo)
        window.backups_requested.connect(self.show_backups)
        window.closed.connect(lambda: self._on_window_closed(window))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        self.settings.library_opened(session.library.path)
        window.show()
        return window

    def _tell_about_file(self, window: MainWindow, library: Library) -> None:
        """What the window says about its file: where it is, its modes, whether it can
        be written; a library that can be is backed up when due."""
        self.location_box = window_notices.warn_about_location(window) or self.location_box
        window_notices.say_tightened(window)
        if library.writes_off is not None:
            path = library.path
            window_notices.say_edits_are_off(window, library.writes_off, lambda: self.open(path))
        else:
            window_notices.back_up_when_due(window)

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
        if self.opening_stop is not None:
            self.opening_stop.set()  # a check after a crash: the worker stops at once
        self.locking.stop()
        if self.session is not None:
            self.session.close()
            self.session = None
        if self._worker is not None:
            self._worker.stop()
            self._worker = None

    def show_problem(self, path: Path, error: StorageError) -> None:
        """Say why ``path`` cannot be opened; offer to open or create another library."""

        def answered(choice: str) -> None:
            parent = self.window
            if choice == "other":
                dialogs.choose_library_to_open(parent, self.open, self.pick_cancelled)
            elif choice == "new":
                dialogs.choose_new_library(parent, self.create_new, self.pick_cancelled)
            else:
                self.pick_cancelled()

        self.problem_box = problem_box(path, error, self.window, answered)

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
