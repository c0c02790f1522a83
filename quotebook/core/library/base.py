"""The library's connection, its transactions and its undo history."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import DBAPIError

from ..domain.errors import ReadOnlyLibraryError, StorageError
from ..storage import backup, erase, fts
from ..storage.connect import keyed
from ..storage.driver import driver
from ..storage.lock import clear_marker, write_checked_at
from ..storage.opening import (
    driver_errors,
    inspect_library,
    make_reader_engine,
    open_library,
)
from ..storage.reading import ReaderBase, library_path
from ..storage.reading import now as now  # where the writing modules take it
from ..storage.stopping import BulkStop
from . import stash
from .history import UndoStep
from .tx import Tx

UNDO_DEPTH = 200
BULK_CACHE_KIB = 64 * 1024  # the page cache of one bulk write
# An encrypted library's. SQLCipher keeps in memory what SQLite would write to
# temporary files (they are not encrypted), the statement journals of a bulk
# insert among them, and those grew with the cache: an import of 1,000,000 rows
# peaked at 289 MiB with 64 MB, at 225 MiB with 32 MB, and took 13% longer.
ENCRYPTED_BULK_CACHE_KIB = 32 * 1024
TIDY_PAGES = 64  # index pages one step of tidy() merges: a few milliseconds


def _size(path: Path) -> int:
    """Bytes of the library and its journal."""
    wal = Path(f"{path}-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


@contextmanager
def _cache(conn: Connection, bulk: bool, path: Path) -> Iterator[None]:
    """The bulk page cache around a transaction; its memory is given back after."""
    if not bulk:
        yield
        return
    raw = driver(conn)
    before = raw.execute("PRAGMA cache_size").fetchone()[0]
    size = ENCRYPTED_BULK_CACHE_KIB if keyed(path) else BULK_CACHE_KIB
    raw.execute(f"PRAGMA cache_size = -{size}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {before}")
        raw.execute("PRAGMA shrink_memory")


class LibraryBase(ReaderBase):
    """One open library file: its one writing connection under a lock, read-only
    connections per thread, and the undo and redo stacks."""

    _driver_errors = driver_errors()

    # Called before every write: the test suite installs one that fails a write made
    # by the app's widgets on the GUI thread (tests/gui/conftest.py).
    write_check: ClassVar[Callable[[], None] | None] = None

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        create: bool = True,
        backup_policy: backup.BackupPolicy | None = None,
        defer_check: bool = False,
        read_only: bool = False,
        passphrase: str | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        """Open (or create) the library, upgraded when older; see storage.py.

        With ``read_only`` nothing is written. A library that cannot be written opens
        for reading all the same: :attr:`writes_off` then holds the condition, and
        every write raises it. An automatic backup is made here when one is due and
        the file is small (``backup_policy.inline_limit``); a larger library is backed
        up by :meth:`backup_if_due`, which the app calls on its worker thread.

        ``passphrase`` opens an encrypted library, or creates a new library encrypted
        with it; ``stop`` ends the check after a crash; see ``open_library``.
        """
        self.path = library_path(path)
        self.backup_policy = backup_policy or backup.BackupPolicy()
        opened = open_library(
            self.path,
            create=create,
            defer_check=defer_check,
            read_only=read_only,
            passphrase=passphrase,
            stop=stop,
        )
        self.check_pending = opened.check_pending
        self.writes_off = opened.writes_off
        self._engine = opened.engine
        self._readers: Engine | None = None  # made on the first read through Core
        self._start_reading()
        self._session = opened.session
        self._closed = False
        self.created = opened.created
        self.unclean_shutdown = opened.unclean  # the full integrity check ran and passed
        self.upgraded_from = opened.upgraded_from
        self.tightened = opened.tightened  # files others could read, made owner-only
        self.leftovers_removed = opened.leftovers_removed
        self._lock = threading.RLock()
        self._bulk = BulkStop()
        self._undo: list[UndoStep] = []
        self._redo: list[UndoStep] = []
        self._stashes = 0
        self.serial = 0  # writes committed through this object (``Changes.serial``)
        self.backup_problem: str | None = None  # why the automatic backup failed, if it did
        self._backup_at_open()

    def close(self) -> None:
        """Mark a clean shutdown (when last out), checkpoint the journal, let go of the file."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if self._engine is not None:
                self._close_writer(self._engine)
            self._stop_reading()
            if self._readers is not None:
                self._readers.dispose()
            if self._engine is not None:
                self._engine.dispose()
            self._session.end()

    def _close_writer(self, engine: Engine) -> None:
        try:
            with engine.connect() as conn:
                if self._session.take_alone():
                    raw = driver(conn)
                    clear_marker(raw)
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError:
            pass  # another process still reads; its close will checkpoint

    def tidy(self, pages: int = TIDY_PAGES) -> bool:
        """One short step of the upkeep that saves leave for later; True while more is left.

        Saves neither merge the full-text index's segments nor copy the journal into
        the file (see ``fts.keep_settings``): either would now and then make
        one save take ten or a hundred times as long. The app calls this when the
        reporter pauses, on a background thread, until it returns False; each step
        holds the library for a few milliseconds. Once the index is merged, the step
        copies the journal into the file, without waiting for readers.
        """
        if self._engine is None:
            return False
        with self._lock, self._guard(), self._writer() as conn:
            raw = driver(conn)
            # Without waiting for the disk: a merge a power cut undoes is merely redone
            # (the journal stays whole), and the next edit's commit syncs it anyway.
            raw.execute("PRAGMA synchronous = NORMAL")
            try:
                merged = fts.merge_step(raw, pages)
            finally:
                raw.execute("PRAGMA synchronous = FULL")
            if not merged:
                raw.execute("PRAGMA wal_checkpoint(PASSIVE)")
            return merged

    def _reader_engine(self) -> Engine:
        """The Core readers, their open connections kept for ``stop_background``."""
        readers = make_reader_engine(self.path)
        event.listen(readers, "connect", lambda conn, _record: self._stopping.watch(conn))
        event.listen(readers, "close", lambda conn, _record: self._stopping.forget(conn))
        return readers

    def stop_background(self) -> None:
        """Ask a running :meth:`check`, automatic backup or index rebuild to stop at its
        next step, and end the reads in flight (a search, the navigator's counts).

        They raise StoppedError (their work is dropped, and done again when next due),
        so that closing the app never waits for them. A bulk write in flight (an
        import, undoing or redoing a bulk edit, emptying the trash) is ended the same
        way and rolled back: the library is as it was before it, and one asked for
        later does not begin. Other reads and writes started later are not stopped:
        this is for closing. Call from any thread.
        """
        self._stopping.set()
        self._bulk.stop()

    def check_deferred(self) -> None:
        """Run the full check that opening found due (see ``defer_check``)."""
        if self.check_pending:
            self.check()
            self.check_pending = False

    def check(self) -> None:
        """SQLite's full integrity check of the file, on a connection of its own.

        Raises DamagedLibraryError naming the newest good backup; the file is left as
        it was. When the check passes, its time is recorded (unless edits are off),
        so that the app checks again only a day later.
        """
        inspect_library(self.path, full=True, stop=self._stopping)
        if self._engine is None:
            return
        with self._lock, self._guard(), self._writer() as conn:
            raw = driver(conn)
            write_checked_at(raw, now())

    @contextmanager
    def _writer(self) -> Iterator[Connection]:
        """The one writing connection; a library whose edits are off has none."""
        if self._engine is None:
            raise self.writes_off or ReadOnlyLibraryError(
                str(self.path), "the library was opened for reading only"
            )
        with self._engine.connect() as conn:
            yield conn

    # -- backups ----------------------------------------------------------

    def backup_now(self) -> backup.Backup:
        """Make a verified manual backup now; rotation never removes it."""
        return backup.make_backup(self.path, backup.MANUAL)

    def backup_due(self) -> bool:
        """Whether automatic backups are on and the newest is older than the interval."""
        policy = self.backup_policy
        return policy.enabled and backup.backup_due(self.path, policy.interval)

    def backup_if_due(self) -> backup.Backup | None:
        """Make the automatic backup when the newest backup is older than the interval.

        It copies and fully checks the whole file, which takes seconds on a large
        library: the app calls it on its worker thread once the library is open (a
        small library was already backed up while opening). Rotation follows.
        Returns the new backup, or None when none was due.
        """
        if not self.backup_due():
            return None
        made = backup.make_backup(self.path, backup.AUTO, stop=self._stopping)
        backup.rotate(self.path, self.backup_policy)
        return made

    def _backup_at_open(self) -> None:
        """The automatic backup of a small library; its failure never stops the opening."""
        too_big = _size(self.path) > self.backup_policy.inline_limit
        if self.created or self._engine is None or too_big:
            return
        try:
            self.backup_if_due()
        except (StorageError, OSError) as exc:
            self.backup_problem = str(exc)

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot for every statement inside.

        Reads run on read-only connections of their own, one per thread, without
        the writer's lock: the table's page fetches on the GUI thread never wait
        for a search or an export on the worker. They see what is committed.
        """
        if self._readers is None:
            self._readers = self._reader_engine()
        with self._guard(), self._readers.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def _write(self, label: str, *, undoable: bool = True, bulk: bool = False) -> Iterator[Tx]:
        """A write transaction, committed on success; its changes land on ``tx.changes``.

        Its undo step joins the history while the writer's lock is still held, once
        the commit succeeded: no other write can land between the two, so the
        history always describes the library (see :meth:`undo`).

        A ``bulk`` write (an import, emptying the trash) gets a large page cache for
        its duration: it inserts into or deletes from every index in no useful order,
        and with SQLite's default 2 MB most of its time goes to re-reading pages.
        """
        if LibraryBase.write_check is not None:
            LibraryBase.write_check()
        with (
            self._lock,
            self._guard(),
            self._writer() as conn,
            _cache(conn, bulk, self.path),
            self._stoppable(conn, bulk),
        ):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            tx = Tx(conn)
            try:
                yield tx
                step, tx.changes = tx.finish(label)
                self._bulk.check()  # a stop that came after the last long statement
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            self.serial += 1
            tx.changes = replace(tx.changes, moves=step.moves(), serial=self.serial)
            if tx.erased:
                erase.clear_journal(driver(conn))
            if undoable and not step.empty:
                self._undo.append(step)
                del self._undo[:-UNDO_DEPTH]
                for undone in self._redo:
                    if undone.inserted:
                        stash.drop(conn, undone.inserted)
                self._redo.clear()

    @contextmanager
    def _staging(self) -> Iterator[sqlite3.Connection]:
        """The writing connection, under the lock and outside any transaction, for the
        temporary tables a bulk write stages its rows in before it writes (an import).

        A :meth:`_write` inside it runs on the same connection, which sees them.
        """
        with self._lock, self._guard(), self._writer() as conn, self._stoppable(conn, True):
            raw = driver(conn)
            yield raw

    def _stoppable(self, conn: Connection, bulk: bool) -> AbstractContextManager[None]:
        """While a bulk write runs, :meth:`stop_background` ends it: it is rolled back."""
        return self._bulk.watching(driver(conn), self._stopping) if bulk else nullcontext()

    def _asked_to_stop(self) -> bool:
        return super()._asked_to_stop() or self._bulk.ended

    def stop_bulk_write(self) -> None:
        """End the bulk write running now (an import, undoing one…), rolled back, or if
        none runs yet, refuse the next to begin until :meth:`resume_bulk_writes`.

        The import dialog calls this when closed during an import. Any thread.
        """
        self._bulk.stop()

    def resume_bulk_writes(self) -> None:
        """Let bulk writes begin again after :meth:`stop_bulk_write`."""
        self._bulk.resume()
