"""Opening, creating and checking a library file; the engine and its one connection.

A library is one SQLite file in WAL mode with foreign keys on. One process holds
one connection per library (the SQLite that CPython links on many systems has a
WAL-reset bug when two connections of one process write or checkpoint at once),
shared by the library's threads under a lock. The file carries an application id
and a schema version; a file written by a newer Quotebook is refused before a
single byte of it can change.

Opening an existing library, in order: its header is read (not SQLite, another
program's, newer: refused); the lock beside it is taken (see lock.py); it is
checked on a read-only connection (safety.py): the quick check, or the full
integrity check when the last session did not close cleanly, a damaged file being
refused with the newest good backup named and left exactly as it was; then the
library's connection opens it, an older schema is upgraded after a verified
backup (migrations.py, backup.py), and the unclean-shutdown marker is set.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import (
    DB_ERRORS,
    DamagedLibraryError,
    DiskError,
    DiskFullError,
    LockedLibraryError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StorageError,
    sqlite_condition,
)
from . import keys, private
from .connect import connect, driver_for
from .driver import driver
from .files import remove_leftovers, tighten_library
from .location import data_folder, default_library_path
from .lock import Session, read_checked_at, read_marker, write_marker
from .safety import APPLICATION_ID, inspect, looks_encrypted, read_header, read_only
from .safety import check_file as _check_file
from .version import SCHEMA_VERSION

if TYPE_CHECKING:
    # SQLAlchemy is imported where an engine is made, backup.py where a backup is
    # made or named, and the full-text index and the migrations where the library
    # is opened for writing: a library opened for reading only (``reader.py``)
    # needs none of them.
    from sqlalchemy import Connection, Engine

    from .backup import Backup

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "check_file",
    "default_library_path",
    "open_library",
    "read_header",
]


def driver_errors() -> tuple[type[Exception], ...]:
    """What SQLAlchemy or either SQLite driver raises (see connect.py).

    A function, so that only what writes, and so loads SQLAlchemy anyway, loads it.
    """
    from sqlalchemy.exc import DBAPIError

    return (DBAPIError, *DB_ERRORS)


BUSY_TIMEOUT_MS = 5000
# How long opening waits for another process that holds the library alone while it
# checks, upgrades or restores it (a full check of a large library takes seconds).
OPEN_WAIT_SECONDS = 60.0
WAL_AUTOCHECKPOINT_PAGES = 10_000
# How often the app checks the whole file in the background (``Library.check``).
CHECK_INTERVAL = timedelta(days=1)


def check_file(path: Path) -> int:
    """Refuse a file that is not a library of this or an older Quotebook, before opening it."""
    return _check_file(path, SCHEMA_VERSION)


def classify(exc: BaseException, path: str) -> StorageError | None:
    """Map a SQLite error to the known condition it stands for, or None for a bug.

    A damaged page (in an encrypted library, one whose checksum fails) is refused
    with the newest good backup named.
    """
    known = sqlite_condition(exc, path)
    if isinstance(known, DamagedLibraryError):
        from .backup import restore_hint

        hint = restore_hint(Path(path), default_library_path())
        return DamagedLibraryError(path, f"{known.reason}. {hint}")
    return known


def _connect(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes or checkpoints, beside the one writing connection."""
    query = "mode=ro"
    if not Path(f"{path}-shm").exists() and not os.access(path.parent, os.W_OK):
        # Nobody has it open, and SQLite could not make the journal's index here:
        # read the file as it is (see safety.read_only).
        query += "&immutable=1"
    conn = connect(path, query)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def make_reader_engine(path: Path) -> Engine:
    """Read-only connections, one per thread: they never write or checkpoint.

    The pool is large enough that it never closes one thread's connection to make
    room for another's (SingletonThreadPool does that past its size).
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import SingletonThreadPool

    return create_engine(
        "sqlite://",
        module=driver_for(path),
        creator=lambda: connect_read_only(path),
        poolclass=SingletonThreadPool,
        pool_size=256,
    )


def make_engine(path: Path) -> Engine:
    """One engine over one connection, which the library serialises with a lock."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    return create_engine(
        "sqlite://",
        module=driver_for(path),
        creator=lambda: _connect(path),
        poolclass=StaticPool,
    )


class Opened:
    """An open library: its engine, its lock, and what opening it found and did.

    ``engine`` is None when the library was opened for reading only; ``writes_off``
    then says why edits are off (None when reading was all that was asked for).
    A plain class rather than a dataclass: a read-only opening (``quotebook info``)
    then loads no dataclass machinery.
    """

    def __init__(
        self,
        engine: Engine | None,
        session: Session,
        *,
        created: bool,
        unclean: bool,
        writes_off: StorageError | None = None,
    ) -> None:
        self.engine = engine
        self.session = session
        self.created = created
        self.unclean = unclean
        self.writes_off = writes_off
        self.upgraded_from: int | None = None
        self.pre_migration_backup: Backup | None = None
        self.check_pending = False  # a full check is due; the app runs it in the background
        self.tightened: tuple[Path, ...] = ()  # files others could read, made owner-only
        # Copies an interrupted backup or restore left, removed.
        self.leftovers_removed: tuple[Path, ...] = ()


# Conditions that stop a library from being written but not from being read: the
# library then opens for reading, and every write fails with the condition's reason.
_READABLE_CONDITIONS = (ReadOnlyLibraryError, DiskFullError, LockedLibraryError, DiskError)


def open_library(
    path: Path,
    *,
    create: bool = True,
    defer_check: bool = False,
    read_only: bool = False,
    passphrase: str | None = None,
    stop: threading.Event | None = None,
) -> Opened:
    """Open (or create) the library at ``path`` at the current schema version.

    Opening reads nothing in proportion to the library: SQLite checks each page as it
    reads it. The full integrity check runs here only when the last session did not
    close cleanly (see lock.py); otherwise ``check_pending`` says whether a check is
    due (the last one more than ``CHECK_INTERVAL`` ago), for the app to run in the
    background with ``defer_check`` and ``Library.check``.

    With ``read_only`` nothing is written, not even the open-session marker (but a
    library of an older schema is upgraded first, as every opening does). A
    library that cannot be written (a read-only file or folder, a full disk, another
    program holding the write lock) opens for reading all the same, with
    ``writes_off`` saying why.

    With ``passphrase``, an encrypted library opens with it, and a new one is created
    encrypted (the passphrase goes into the key ring, keys.py; a plain library opens
    as it is). Without one, an encrypted library whose passphrase the ring does not
    hold is refused with PassphraseNeededError; a passphrase that does not open it,
    with WrongPassphraseError. Neither changes a byte.

    Setting ``stop`` (a :class:`~.stopping.StopEvent`, from another thread) ends the
    full check after a crash with StoppedError, the library left as it was: the app
    quitting meanwhile does not wait for it.
    """
    exists = path.exists()
    _take_passphrase(path, passphrase, exists)
    if exists and check_file(path) < SCHEMA_VERSION:
        read_only = False  # an older library is upgraded first, which means writing
    if not exists and (not create or read_only):
        raise NotALibraryError(str(path), "no library file here")
    if not exists:
        _make_files(path)
    tightened = tuple(tighten_library(path, _own_folder(path)))
    if read_only:
        return _open_for_reading(path, None, tightened)
    try:
        session = _take_lock(path)
    except ReadOnlyLibraryError as exc:
        if not exists:
            raise
        return _open_for_reading(path, exc, tightened)
    try:
        removed = remove_leftovers(path) if session.alone else []
        unclean = exists and session.alone and _marker_left(path)
        if unclean:
            inspect_library(path, full=True, stop=stop)
        opened = _open_checked(path, session, unclean)
        opened.check_pending = defer_check and exists and not unclean and _check_due(path)
        opened.tightened = tightened
        opened.leftovers_removed = tuple(removed)
    except _READABLE_CONDITIONS as exc:
        session.end()
        if not exists:
            raise
        return _open_for_reading(path, exc, tightened)
    except BaseException:
        session.end()
        raise
    session.share()
    return opened


def _own_folder(path: Path) -> Path | None:
    """Quotebook's data folder, when the library may be in it (a folder of its name).

    Asking platformdirs where that folder is costs an import that a library kept
    anywhere else does not need.
    """
    return data_folder() if path.parent.name.casefold() == "quotebook" else None


def _take_passphrase(path: Path, passphrase: str | None, exists: bool) -> None:
    """Put the passphrase in the key ring, once it is known to open the library."""
    if passphrase is None or (exists and not looks_encrypted(path)):
        return
    known = keys.passphrase_for(path)
    keys.use(path, passphrase)
    if not exists:
        return
    try:
        check_file(path)
    except StorageError:
        if known is None:
            keys.forget(path)
        else:
            keys.use(path, known)
        raise


def _open_for_reading(path: Path, why: StorageError | None, tightened: tuple[Path, ...]) -> Opened:
    """Open an existing library without writing a byte; ``why`` edits are off, if asked."""
    session = Session(path)
    session.begin_reading(OPEN_WAIT_SECONDS)
    try:
        conn = read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except DB_ERRORS as exc:
        session.end()
        known = classify(exc, str(path))
        if known is None:
            raise
        raise known from None
    if version < SCHEMA_VERSION:
        session.end()
        reason = (why.reason + "; it") if why else "it"
        raise ReadOnlyLibraryError(
            str(path),
            f"{reason} needs an upgrade (schema {version} to {SCHEMA_VERSION}) "
            "before this Quotebook can read it, and upgrading means writing",
        )
    opened = Opened(None, session, created=False, unclean=False, writes_off=why)
    opened.tightened = tightened
    return opened


def _check_due(path: Path) -> bool:
    """Whether the last full check passed more than ``CHECK_INTERVAL`` ago (or never)."""
    try:
        conn = read_only(path)
        try:
            last = read_checked_at(conn)
        finally:
            conn.close()
    except DB_ERRORS:
        return True
    return last is None or datetime.now(UTC) - last >= CHECK_INTERVAL


def _make_files(path: Path) -> None:
    """The folder (if missing) and an empty library file, both owner-only from the start.

    SQLite gives the ``-wal`` and ``-shm`` it creates the library file's mode.
    """
    try:
        private.make_folder(path.parent)
    except OSError as exc:
        reason = f"cannot create its folder ({exc.strerror})"
        raise ReadOnlyLibraryError(str(path), reason) from None
    try:
        private.create_file(path)
    except OSError as exc:
        raise ReadOnlyLibraryError(str(path), f"cannot create it ({exc.strerror})") from None


def _take_lock(path: Path) -> Session:
    session = Session(path)
    try:
        session.begin(OPEN_WAIT_SECONDS)
    except OSError as exc:
        raise ReadOnlyLibraryError(
            str(path), f"cannot create its lock file beside it ({exc.strerror})"
        ) from None
    return session


def checks_first(path: Path) -> bool:
    """Whether opening the plain library at ``path`` checks the whole file first: an
    earlier session left its marker (it did not close cleanly, or is still open).
    The check reads every page, a minute or more for a library of a million quotes,
    so the app opens such a library on its worker. A file that cannot be read as a
    library does not: opening it says why at once."""
    if not path.exists() or looks_encrypted(path):
        return False
    return _marker_left(path, unreadable=False)


def _marker_left(path: Path, *, unreadable: bool = True) -> bool:
    """Whether an earlier session left its marker (a file that cannot be read:
    ``unreadable``, by default counted as left)."""
    try:
        conn = read_only(path)
        try:
            return read_marker(conn) is not None
        finally:
            conn.close()
    except DB_ERRORS:
        return unreadable


def inspect_library(path: Path, *, full: bool = False, stop: threading.Event | None = None) -> None:
    """SQLite's check without writing a byte; a damaged library is refused with help."""
    try:
        inspect(path, full=full, stop=stop)
    except DamagedLibraryError as exc:
        from .backup import restore_hint

        hint = restore_hint(path, default_library_path())
        raise DamagedLibraryError(
            str(path), f"{exc.reason}. The file was left as it was. {hint}"
        ) from None
    except DB_ERRORS as exc:
        known = classify(exc, str(path))
        if known is None:
            raise
        raise known from None


def _open_checked(path: Path, session: Session, unclean: bool) -> Opened:
    from . import fts, fts_names

    shown = str(path)
    engine = make_engine(path)
    opened = Opened(engine, session, created=False, unclean=unclean)
    try:
        with engine.connect() as conn:
            raw = driver(conn)
            mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise ReadOnlyLibraryError(shown, f"cannot switch to WAL journal (got {mode})")
            raw.execute("PRAGMA synchronous = FULL")
            # Checkpoints copy the journal into the file; every 1,000 pages (SQLite's
            # default) they land on one save in a hundred on a large library and make
            # it take a tenth of a second. Every 10,000 pages (about 40 MB) they are
            # ten times rarer; closing the library checkpoints the rest.
            raw.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                _create_schema(conn, shown)
                opened.created = True
            elif version < SCHEMA_VERSION:
                _upgrade(path, raw, version, session, opened)
            if session.alone:
                write_marker(raw)
                fts.keep_settings(raw)
                fts_names.keep_settings(raw)
    except driver_errors() as exc:
        engine.dispose()
        known = classify(exc, shown)
        if known is None:
            raise
        raise known from None
    except BaseException:
        engine.dispose()
        raise
    return opened


def _upgrade(
    path: Path, raw: sqlite3.Connection, version: int, session: Session, opened: Opened
) -> None:
    """Back up (verified, kept by rotation), then run each pending migration."""
    if not session.alone:
        raise LockedLibraryError(
            str(path),
            f"the library needs an upgrade (schema {version} to {SCHEMA_VERSION}) and is "
            "open in another program; close it there first",
        )
    from . import migrations
    from .backup import PRE_MIGRATION, make_backup

    opened.pre_migration_backup = make_backup(path, PRE_MIGRATION, source=raw)
    migrations.upgrade(raw, str(path), version)
    opened.upgraded_from = version


def _create_schema(conn: Connection, shown: str) -> None:
    """Create every table of an empty file in one transaction, stamped with its version."""
    from sqlalchemy import text

    from . import fts, migrations
    from .tables import METADATA

    conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        if conn.exec_driver_sql("SELECT count(*) FROM sqlite_schema").scalar_one():
            raise NotALibraryError(shown, "the file is another program's SQLite database")
        METADATA.create_all(conn)
        conn.execute(text(fts.CREATE))
        raw = driver(conn)
        migrations.create_added_tables(raw)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
