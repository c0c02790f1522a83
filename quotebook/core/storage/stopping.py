"""A request to stop long work, from another thread, that also ends SQLite statements.

Work in steps looks at the event between steps. A statement that runs long by itself
is ended by SQLite: the progress handler ends statements that step (a search, a
count) once the event is set, and :meth:`StopEvent.set` interrupts the connections
being watched, which also ends SQLite's integrity check, a single step that the
progress handler never sees. The handler counts a statement's steps over all its
runs, so a loop of short statements (an import's rows) is ended too.

A bulk write (an import, undoing one, emptying the trash) is watched for its length
(:class:`BulkStop`): ended, it raises and its transaction is rolled back, so the
library is as it was before it began.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from ..domain.errors import DB_ERRORS, StoppedError

__all__ = ["BulkStop", "StopEvent"]

POLL_STEPS = 10_000  # steps of a statement between two looks at the event


class StopEvent(threading.Event):
    """A threading.Event whose :meth:`set` also interrupts the watched connections."""

    def __init__(self) -> None:
        super().__init__()
        self._watched: set[sqlite3.Connection] = set()
        self._guard = threading.Lock()

    def set(self) -> None:
        super().set()
        with self._guard:
            for conn in self._watched:
                with suppress(*DB_ERRORS):  # closed meanwhile
                    conn.interrupt()

    def watch(self, conn: sqlite3.Connection) -> None:
        """End ``conn``'s statements once this is set, the running one included."""
        conn.set_progress_handler(lambda: int(self.is_set()), POLL_STEPS)
        with self._guard:
            self._watched.add(conn)

    def forget(self, conn: sqlite3.Connection) -> None:
        """Stop watching ``conn`` (it is being closed)."""
        with self._guard:
            self._watched.discard(conn)


class BulkStop:
    """Ends the bulk write running on a library's writing connection, from any thread.

    A bulk write (an import, undoing or redoing a bulk edit, emptying the trash) runs
    inside :meth:`watching`. :meth:`stop` ends the one running, which raises and
    is rolled back, or, when none runs yet, refuses the next to begin, until
    :meth:`resume`. Each write is watched by an event of its own, so nothing of a
    stop outlives the write it ended.

    Only the progress handler ends a bulk write, never ``interrupt()``: an interrupt
    stays in force while any statement of the connection is still open (a page of
    rows being read), and would end the rollback too.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: threading.Event | None = None
        self._refused = False
        self.ended = False  # the last bulk write was stopped

    def stop(self) -> None:
        with self._lock:
            if self._running is not None:
                self._running.set()
                self.ended = True
            else:
                self._refused = True

    def resume(self) -> None:
        """Let bulk writes begin again after a :meth:`stop` that found none running."""
        with self._lock:
            self._refused = False

    def check(self) -> None:
        """Raise StoppedError if the bulk write running was stopped: before it commits."""
        with self._lock:
            if self._running is not None and self._running.is_set():
                raise StoppedError("stopped before it was committed")

    @contextmanager
    def watching(self, conn: sqlite3.Connection, closing: threading.Event) -> Iterator[None]:
        """Run one bulk write on ``conn``, ended by :meth:`stop`; none begins once
        ``closing`` is set. A write inside one already watched (an import's write
        inside its staging) is part of it."""
        with self._lock:
            if self._running is not None:
                nested = True
            elif self._refused or closing.is_set():
                raise StoppedError("stopped before it began")
            else:
                nested, self._running, self.ended = False, threading.Event(), False
            running = self._running
        if nested:
            yield
            return
        conn.set_progress_handler(lambda: int(running.is_set()), POLL_STEPS)
        try:
            yield
        finally:
            conn.set_progress_handler(None, 0)
            with self._lock:
                self._running = None
