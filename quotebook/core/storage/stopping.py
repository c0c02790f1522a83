"""A request to stop long work, from another thread, that also ends SQLite statements.

Work in steps looks at the event between steps. A statement that runs long by itself
is ended by SQLite: the progress handler ends statements that step (a search, a
count) once the event is set, and :meth:`StopEvent.set` interrupts the connections
being watched, which also ends SQLite's integrity check, a single step that the
progress handler never sees.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import suppress

from ..domain.errors import DB_ERRORS

__all__ = ["StopEvent"]

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
