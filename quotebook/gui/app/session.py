"""One open library as the widgets see it: the library, its worker and its changes.

Widgets never talk to each other about data. They call :meth:`Session.apply` with
a small mutation of the core; the session runs it on the one database
:class:`~quotebook.gui.app.worker.Worker`, announces the core's
:class:`~quotebook.core.Changes` on :attr:`Session.changed` when they arrive, and
every view refreshes just what those changes name (Anki's ``CollectionOp`` and
``OpChanges``). The GUI thread never writes and never waits for the library's
lock: mutations run on the worker in the order they are given, after any search
already queued, as do reads that grow with the library (search, sort, counts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ...core import (
    Changes,
    ConflictError,
    Library,
    NotFoundError,
    StoppedError,
    StorageError,
    ValidationError,
)
from .worker import Worker

TIDY_AFTER_MS = 2000  # a pause in the reporter's work long enough to tidy the library
TIDY_STEP_MS = 100  # between steps of tidying: a few percent of one core, never in the way


class Session(QObject):
    """A library opened in the app, with the signals that keep the views in step."""

    changed = Signal(object)  # Changes
    history_changed = Signal()  # the undo or redo label may have changed
    problem_reported = Signal(str, str)  # title, message: a refused edit or a storage error
    damaged = Signal(object)  # the StorageError the deferred check, or a read, found

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.worker = Worker(self)
        self._background: Worker | None = None
        self._library_open = True
        self._tidy_timer = QTimer(self)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.timeout.connect(self._on_tidy_timer_timeout)

    def start_checks(self) -> None:
        """Run the quick check that opening a large library deferred, then tidy it.

        The check reads the whole file (a second or so for a million quotes), so it
        runs on a thread of its own beside the worker: the first rows are not kept
        waiting. Tidying follows after a pause, for what an import left to merge.
        """
        if self.library.check_pending:
            self.in_background(self.library.check_deferred, None, self._on_check_failed)
        self._tidy_timer.start(TIDY_AFTER_MS)

    def in_background(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[BaseException, str], None],
    ) -> None:
        """Run work that reads the whole file (the deferred check, a backup) beside the
        worker, on a thread of its own started when first needed, so that searches are
        never queued behind it. Such tasks run one after the other, in order."""
        if self._background is None:
            self._background = Worker(self)
        self._background.submit(work, done, failed)

    def _on_tidy_timer_timeout(self) -> None:
        """Tidy the library (``Library.tidy``) one step at a time while the reporter pauses."""
        if self._library_open:
            self.in_background(self.library.tidy, self._on_tidied, self._on_tidy_failed)

    def _on_tidied(self, more: bool) -> None:
        if more and not self._tidy_timer.isActive():  # an edit since restarted the wait
            self._tidy_timer.start(TIDY_STEP_MS)

    def _on_tidy_failed(self, error: BaseException, _trace: str) -> None:
        """A storage error stops tidying: the next edit meets it and reports it."""
        if not isinstance(error, StorageError):
            raise error

    def _on_check_failed(self, error: BaseException, _trace: str) -> None:
        if isinstance(error, StoppedError):
            return  # the app is closing; the check runs again next time
        if not isinstance(error, StorageError):
            raise error
        self.damaged.emit(error)

    def found_damage(self, error: StorageError) -> None:
        """A read met a damaged page: the app lets go of the file and says what to do,
        as when the check at opening finds it."""
        self.damaged.emit(error)

    def apply(
        self,
        mutation: Callable[[], Changes],
        done: Callable[[Changes], None] | None = None,
        on_refused: Callable[[str], None] | None = None,
        *,
        announce: bool = True,
        undone: Callable[[], None] | None = None,
    ) -> None:
        """Run one mutation on the worker; then announce what it changed and call
        ``done(changes)``, or report why it was refused. Without ``announce``, ``done``
        announces the changes itself (the quote editor, around its own fields);
        ``undone()`` is called whenever the mutation did not apply, whatever the reason.

        A refused value (bad input, a name taken) goes to ``on_refused`` when given,
        so a form can show it beside the field; otherwise to :attr:`problem_reported`.
        Anything else the core raises is a bug, for the crash dialog.
        """

        def applied(changes: Changes) -> None:
            if announce:
                self.announce(changes)
            if done is not None:
                done(changes)

        self.worker.submit(mutation, applied, self._failure(on_refused, undone))

    def read(self, work: Callable[[], Any], done: Callable[[Any], None], title: str) -> None:
        """Run a read that grows with the library on the worker, then ``done(result)``;
        a row gone meanwhile or a storage error is reported under ``title``."""
        self.worker.submit(work, done, self._failure(None, None, title))

    def _failure(
        self,
        on_refused: Callable[[str], None] | None,
        undone: Callable[[], None] | None,
        title: str = "",
    ) -> Callable[[BaseException, str], None]:
        """What a task does when the core raised: see :meth:`apply`."""

        def failed(error: BaseException, trace: str) -> None:
            if undone is not None:
                undone()
            message = self.refusal(error)
            if message is None:
                self.worker.failed.emit(error, trace)
            elif on_refused is not None and not isinstance(error, StorageError):
                on_refused(message)
            elif title:
                self.problem_reported.emit(title, message)
            elif isinstance(error, StorageError):
                self.problem_reported.emit(self.tr("The library cannot be changed"), message)
            else:
                self.problem_reported.emit(self.tr("Not saved"), message)

        return failed

    def refusal(self, error: BaseException) -> str | None:
        """The sentence for a change the core refused, or None for a bug."""
        if isinstance(error, NotFoundError):
            return self.tr("That {kind} no longer exists.").format(kind=error.kind)
        if isinstance(error, ValidationError | ConflictError):
            return describe_refusal(error)
        if isinstance(error, StorageError):
            return error.reason
        return None

    def announce(self, changes: Changes) -> None:
        """Tell every view about a change made to the library (here or by a dialog)."""
        self.history_changed.emit()
        if not changes.empty or changes.created is not None:
            self._tidy_timer.start(TIDY_AFTER_MS)
            self.changed.emit(changes)

    def undo(
        self,
        done: Callable[[Changes], None] | None = None,
        undone: Callable[[], None] | None = None,
    ) -> None:
        self.apply(self.library.undo, done, undone=undone)

    def redo(
        self,
        done: Callable[[Changes], None] | None = None,
        undone: Callable[[], None] | None = None,
    ) -> None:
        self.apply(self.library.redo, done, undone=undone)

    def wait_idle(self) -> bool:
        """Process events until both threads have reported every task given so far."""
        idle = self.worker.wait_idle()
        if self._background is not None:
            idle = self._background.wait_idle() and idle
        return idle

    def close_library(self) -> None:
        """Let go of the library file (once both threads are idle), e.g. for a restore."""
        self._tidy_timer.stop()
        self.wait_idle()
        if self._library_open:
            self._library_open = False
            self.library.close()

    def close(self) -> None:
        """Finish the worker's task, then close the library file.

        A check or backup running beside the worker is stopped at its next step (it
        runs again when next due): closing never waits for a pass over the whole file.
        """
        self._tidy_timer.stop()
        self.library.stop_background()
        self.worker.stop()
        if self._background is not None:
            self._background.stop()
        if self._library_open:
            self._library_open = False
            self.library.close()


def describe_refusal(exc: ValidationError | ConflictError) -> str:
    """A sentence for a refused value: the field in plain words and the core's reason."""
    field = exc.field.replace("_", " ")
    return f"{field[:1].upper()}{field[1:]}: {exc.reason}."
