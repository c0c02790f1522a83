"""The library's connection, its transactions and its undo history."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from .storage import BUSY_TIMEOUT_MS, classify, default_library_path, open_engine
from .tx import Image, Key, Tx, UndoStep
from .values import Changes

UNDO_DEPTH = 200


def now() -> datetime:
    """The current time in UTC, as the library stores it."""
    return datetime.now(UTC)


class LibraryBase:
    """One open library file: its single connection, a lock, and undo and redo stacks."""

    def __init__(self, path: Path | str | None = None, *, create: bool = True) -> None:
        self.path = Path(path).expanduser() if path else default_library_path()
        self._engine = open_engine(self.path, create=create)
        self._lock = threading.RLock()
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []

    def close(self) -> None:
        """Checkpoint the journal into the file and let go of it."""
        with self._lock:
            try:
                with self._engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except DBAPIError:
                pass  # another process still reads; its close will checkpoint
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a known SQLite condition into the storage error that names it."""
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            known = classify(exc, str(self.path))
            if known is None:
                raise
            raise known from None

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot for every statement inside."""
        with self._lock, self._guard(), self._engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def _write(self, label: str, *, undoable: bool = True) -> Iterator[Tx]:
        """A write transaction, committed on success; its changes land on ``tx.changes``."""
        with self._lock, self._guard(), self._engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            tx = Tx(conn)
            try:
                yield tx
                step, tx.changes = tx.finish(label)
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        if undoable and step.before:
            self._undo.append(step)
            del self._undo[:-UNDO_DEPTH]
            self._redo.clear()

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection of its own, in one read transaction, for long reads.

        Exports and other bulk reads use it so that they neither hold the library's
        lock (the app keeps working meanwhile) nor see a half-made change. It never
        writes or checkpoints, so it is safe beside the one writing connection.
        """
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        with self._guard():
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            try:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("BEGIN")
                yield conn
            finally:
                conn.close()

    # -- undo -------------------------------------------------------------

    @property
    def undo_label(self) -> str | None:
        """What :meth:`undo` would undo, or None."""
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        """What :meth:`redo` would redo, or None."""
        return self._redo[-1].label if self._redo else None

    def undo(self) -> Changes:
        """Undo the newest edit made through this library object."""
        if not self._undo:
            return Changes()
        step = self._undo[-1]
        changes = self._replay(step.label, step.before)
        self._redo.append(self._undo.pop())
        return changes

    def redo(self) -> Changes:
        """Redo the newest undone edit."""
        if not self._redo:
            return Changes()
        step = self._redo[-1]
        changes = self._replay(step.label, step.after)
        self._undo.append(self._redo.pop())
        return changes

    def forget_history(self) -> None:
        """Drop undo and redo (after a change that cannot be undone)."""
        self._undo.clear()
        self._redo.clear()

    def _replay(self, label: str, images: dict[Key, Image]) -> Changes:
        with self._write(label, undoable=False) as tx:
            tx.apply(images)
        return tx.changes
