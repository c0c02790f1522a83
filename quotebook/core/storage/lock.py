"""Who has a library open, and whether its last session closed cleanly.

Beside ``library.sqlite3`` lies ``library.sqlite3.lock``, an empty file that is
never deleted. Every process that opens the library holds a shared lock on it
(``flock``) for as long as the library is open; the operating system drops the
lock when the process ends, however it ends. An exclusive lock means "nobody else
has it open": opening takes one while it checks, upgrades and backs up the
library; a restore takes one while it swaps the file. Where ``flock`` is missing
(Windows) or refused (some network file systems) the lock is skipped.

The unclean-shutdown marker is a row of the library's ``meta`` table, so it is as
durable as any other committed change: the first process to open the library
writes it, the last to close it deletes it. Found by a process that is alone with
the library, it means the last session ended without closing (a crash, a kill, a
power cut), and the library gets SQLite's full integrity check instead of the
quick one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import DB_OPERATIONAL_ERRORS, LockedLibraryError

_POLL_SECONDS = 0.05


def lock_path(library: Path) -> Path:
    """The lock file of a library: ``<name>.lock`` beside it."""
    return library.with_name(library.name + ".lock")


class Session:
    """One process's hold on one library: opened exclusively, then shared."""

    def __init__(self, library: Path) -> None:
        self.library = library
        self.path = lock_path(library)
        self._fd: int | None = None
        self._exclusive = False

    def begin(self, timeout: float) -> None:
        """Take the lock: exclusive when alone, else shared once the holder lets go.

        Raises LockedLibraryError when another process keeps the library to itself
        (while it checks, upgrades or restores it) for longer than ``timeout``.
        """
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if _try_lock(self._fd, exclusive=True):
                self._exclusive = True
                return
            self._wait_shared(timeout)
        except BaseException:
            self._close_fd()
            raise

    def begin_reading(self, timeout: float) -> None:
        """Take the shared lock only, without creating or writing anything.

        A library in a folder that cannot be written may have no lock file and no way
        to make one: it is then read without one (nobody can restore it there either).
        """
        try:
            self._fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return
        try:
            self._wait_shared(timeout)
        except BaseException:
            self._close_fd()
            raise

    def claim(self) -> bool:
        """Take the library alone without waiting; False when anyone has it open."""
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if _try_lock(self._fd, exclusive=True):
            self._exclusive = True
            return True
        self._close_fd()
        return False

    def _wait_shared(self, timeout: float) -> None:
        assert self._fd is not None
        deadline = time.monotonic() + timeout
        while not _try_lock(self._fd, exclusive=False):
            if time.monotonic() > deadline:
                raise LockedLibraryError(
                    str(self.library),
                    "another Quotebook is checking, upgrading or restoring the library; "
                    "try again when it has finished",
                )
            time.sleep(_POLL_SECONDS)

    @property
    def alone(self) -> bool:
        """Whether this process holds the library to itself right now."""
        return self._exclusive

    def share(self) -> None:
        """Let other processes open the library beside this one."""
        if self._fd is not None and self._exclusive:
            _try_lock(self._fd, exclusive=False)
            self._exclusive = False

    def take_alone(self) -> bool:
        """Try, without waiting, to hold the library alone (true when nobody else has it)."""
        if self._fd is None:
            return False
        if not self._exclusive:
            self._exclusive = _try_lock(self._fd, exclusive=True)
            if not self._exclusive:
                # A refused upgrade drops the shared lock (flock converts by unlocking
                # first): take it back. Others hold theirs, so nobody can be exclusive.
                _relock_shared(self._fd)
        return self._exclusive

    def end(self) -> None:
        """Let go of the library."""
        self._close_fd()

    def _close_fd(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None
            self._exclusive = False


if sys.platform == "win32":  # pragma: no cover - no flock on Windows

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        return True

    def _relock_shared(fd: int) -> None:
        pass

else:
    import fcntl

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        """Take (or convert to) a shared or exclusive lock without waiting."""
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError as exc:
            # Held by another: refused. Any other error: locks unsupported here (ENOLCK
            # on some network mounts), so go on without them.
            return exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
        return True

    def _relock_shared(fd: int) -> None:
        with contextlib.suppress(OSError):  # locks unsupported here
            fcntl.flock(fd, fcntl.LOCK_SH)


# -- the unclean-shutdown marker (schema 2 and later) ------------------------

MARKER_KEY = "open_session"


def read_marker(conn: sqlite3.Connection) -> str | None:
    """The marker left by the sessions that have the library open, or None."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (MARKER_KEY,)).fetchone()
    return None if row is None else str(row[0])


def write_marker(conn: sqlite3.Connection) -> None:
    """Record that this process has the library open (committed at once)."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    import socket  # here: a library opened only to read never writes the marker

    value = f"open by process {os.getpid()} on {socket.gethostname()} since {stamp}"
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (MARKER_KEY, value))


def clear_marker(conn: sqlite3.Connection) -> None:
    """Record that the library was closed cleanly (committed at once)."""
    conn.execute("DELETE FROM meta WHERE key = ?", (MARKER_KEY,))


# -- when the whole file was last checked -------------------------------------

CHECKED_KEY = "checked_at"


def read_checked_at(conn: sqlite3.Connection) -> datetime | None:
    """When a full check of the file last passed, or None if never (or unreadable)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (CHECKED_KEY,)).fetchone()
        return None if row is None else datetime.fromisoformat(str(row[0]))
    except DB_OPERATIONAL_ERRORS:
        return None
    except ValueError:
        return None


def write_checked_at(conn: sqlite3.Connection, at: datetime) -> None:
    """Record that a full check of the file passed at ``at``."""
    value = at.isoformat(timespec="seconds")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (CHECKED_KEY, value))
