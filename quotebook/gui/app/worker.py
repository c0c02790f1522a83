"""One background thread for library work, with results delivered on the GUI thread.

Database work that can take longer than a frame runs here, one task at a time (the
library serialises its connection anyway). A task's callbacks run on the GUI thread;
a task submitted under a ``key`` makes older pending results of the same key stale,
so a search result that arrives after a newer keystroke is dropped.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...core import QuotebookError


@dataclass
class _Task:
    number: int
    key: str | None
    work: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException, str], None] | None


class _Runner(QObject):
    """Lives on the worker thread and runs what it is given, in order."""

    finished = Signal(object, object, object, str)  # task, result, error, traceback

    def __init__(self, is_stale: Callable[[_Task], bool]) -> None:
        super().__init__()
        self._is_stale = is_stale

    @Slot(object)
    def run(self, task: _Task) -> None:
        if self._is_stale(task):  # superseded while it waited: do not even start it
            self.finished.emit(task, None, None, "")
            return
        try:
            result = task.work()
        except QuotebookError as exc:
            # The core's own error names its problem (a refusal, a stop at closing): its
            # traceback is formatted only if it reaches the crash dialog after all.
            # Formatting reads the source of every frame: half a second for a read
            # the closing stopped, which quitting would wait for.
            self.finished.emit(task, None, exc, "")
        except BaseException as exc:  # reported to the GUI thread, never swallowed
            self.finished.emit(task, None, exc, traceback.format_exc())
        else:
            self.finished.emit(task, result, None, "")


class Worker(QObject):
    """Runs callables off the GUI thread; call :meth:`stop` before the app quits."""

    _submitted = Signal(object)
    failed = Signal(object, str)  # an error no task handled: exception, traceback
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("quotebook-worker")
        self._runner = _Runner(self._is_stale)
        self._runner.moveToThread(self._thread)
        self._submitted.connect(self._runner.run)
        self._runner.finished.connect(self._on_runner_finished)
        self._numbers = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending = 0
        self._stopped = False
        self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException, str], None] | None = None,
        *,
        key: str | None = None,
    ) -> int:
        """Run ``work()`` on the worker; then ``done(result)`` or ``failed(error, trace)``."""
        task = _Task(next(self._numbers), key, work, done, failed)
        if key is not None:
            self._latest[key] = task.number
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submitted.emit(task)
        return task.number

    def _is_stale(self, task: _Task) -> bool:
        """Whether a newer task of the same key was submitted (read from the worker thread)."""
        return task.key is not None and self._latest.get(task.key) != task.number

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Process events until every submitted task has reported (for tests and quitting)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self._pending

    def stop(self) -> None:
        """Finish the running task and end the thread; tasks still queued do not run,
        and no callback runs after this (the app is closing, or the library)."""
        self._stopped = True
        self._thread.quit()
        self._thread.wait()

    @Slot(object, object, object, str)
    def _on_runner_finished(
        self, task: _Task, result: Any, error: BaseException | None, trace: str
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if self._stopped:
            return  # a task that was running when the worker stopped (and was stopped)
        if self._is_stale(task):
            return  # a newer task of the same kind has been submitted: drop this result
        if error is not None:
            if task.failed is not None:
                task.failed(error, trace)
            else:
                self.failed.emit(error, trace)
        elif task.done is not None:
            task.done(result)
