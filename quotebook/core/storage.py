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
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import SingletonThreadPool, StaticPool

from . import fts, migrations, private
from .backup import PRE_MIGRATION, Backup, make_backup, restore_hint
from .errors import (
    DamagedLibraryError,
    DiskFullError,
    LockedLibraryError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StorageError,
)
from .files import remove_leftovers, tighten_library
from .lock import Session, read_marker, write_marker
from .migrations import SCHEMA_VERSION
from .safety import APPLICATION_ID, inspect, read_header, read_only
from .safety import check_file as _check_file
from .tables import SQLModel

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "check_file", "open_library", "read_header"]

BUSY_TIMEOUT_MS = 5000
# How long opening waits for another process that holds the library alone while it
# checks, upgrades or restores it (a full check of a large library takes seconds).
OPEN_WAIT_SECONDS = 60.0
WAL_AUTOCHECKPOINT_PAGES = 10_000
# Above this size, a caller that asks for it gets the quick check after opening.
DEFER_CHECK_ABOVE = 64 * 1024 * 1024


def default_library_path() -> Path:
    """``QUOTEBOOK_LIBRARY`` if set, else ``library.sqlite3`` in the user data folder."""
    override = os.environ.get("QUOTEBOOK_LIBRARY")
    if override:
        return Path(override).expanduser()
    return data_folder() / "library.sqlite3"


def data_folder() -> Path:
    """Quotebook's own folder in the user data folder (owner-only, see private.py)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Quotebook", appauthor=False))


def check_file(path: Path) -> int:
    """Refuse a file that is not a library of this or an older Quotebook, before opening it."""
    return _check_file(path, SCHEMA_VERSION)


def classify(exc: BaseException, path: str) -> StorageError | None:
    """Map a SQLite error to the known condition it stands for, or None for a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    message = str(orig).lower()
    if "locked" in message or "busy" in message:
        return LockedLibraryError(path, "another program is writing to the library; try again")
    if "full" in message:
        return DiskFullError(path, "the disk is full; free some space and try again")
    if "readonly" in message or "read-only" in message:
        return ReadOnlyLibraryError(path, "the library cannot be written (read-only)")
    if "malformed" in message or "not a database" in message or "corrupt" in message:
        return DamagedLibraryError(path, f"the library is damaged ({orig})")
    if "unable to open" in message or "disk i/o" in message:
        return ReadOnlyLibraryError(path, f"the library file cannot be used ({orig})")
    return None


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(
        uri,
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def make_reader_engine(path: Path) -> Engine:
    """Read-only connections, one per thread: they never write or checkpoint.

    The pool is large enough that it never closes one thread's connection to make
    room for another's (SingletonThreadPool does that past its size).
    """
    return create_engine(
        "sqlite://",
        creator=lambda: _connect_read_only(path),
        poolclass=SingletonThreadPool,
        pool_size=256,
    )


def make_engine(path: Path) -> Engine:
    """One engine over one connection, which the library serialises with a lock."""
    return create_engine("sqlite://", creator=lambda: _connect(path), poolclass=StaticPool)


@dataclass
class Opened:
    """An open library: its engine, its lock, and what opening it found and did."""

    engine: Engine
    session: Session
    created: bool
    unclean: bool
    upgraded_from: int | None = None
    pre_migration_backup: Backup | None = None
    check_pending: bool = False  # the quick check was left for check_deferred()
    tightened: tuple[Path, ...] = ()  # files others could read, made owner-only
    leftovers_removed: tuple[Path, ...] = ()  # copies an interrupted backup or restore left


def open_library(path: Path, *, create: bool = True, defer_check: bool = False) -> Opened:
    """Open (or create) the library at ``path``, checked, at the current schema version.

    SQLite's quick check reads the whole file: about a second for a million quotes.
    With ``defer_check`` a large library that was closed cleanly opens without it,
    and the caller runs :func:`inspect_library` at once on a background thread (the
    app does, before any edit can reach the file); after an unclean shutdown the
    full integrity check always runs here, first.
    """
    exists = path.exists()
    if exists:
        check_file(path)
    elif not create:
        raise NotALibraryError(str(path), "no library file here")
    else:
        _make_files(path)
    tightened = tighten_library(path, data_folder())
    session = _take_lock(path)
    try:
        removed = remove_leftovers(path) if session.alone else []
        unclean = exists and session.alone and _marker_left(path)
        deferred = defer_check and exists and not unclean and _size(path) > DEFER_CHECK_ABOVE
        if exists and not deferred:
            inspect_library(path, full=unclean)
        opened = _open_checked(path, session, unclean)
        opened.check_pending = deferred
        opened.tightened = tuple(tightened)
        opened.leftovers_removed = tuple(removed)
    except BaseException:
        session.end()
        raise
    session.share()
    return opened


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


def _marker_left(path: Path) -> bool:
    """Whether an earlier session left its marker (unreadable counts as left)."""
    try:
        conn = read_only(path)
        try:
            return read_marker(conn) is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def _size(path: Path) -> int:
    return path.stat().st_size


def inspect_library(path: Path, *, full: bool = False) -> None:
    """SQLite's check without writing a byte; a damaged library is refused with help."""
    try:
        inspect(path, full=full)
    except DamagedLibraryError as exc:
        hint = restore_hint(path, default_library_path())
        raise DamagedLibraryError(
            str(path), f"{exc.reason}. The file was left as it was. {hint}"
        ) from None
    except sqlite3.Error as exc:
        known = classify(exc, str(path))
        if known is None:
            raise
        raise known from None


def _open_checked(path: Path, session: Session, unclean: bool) -> Opened:
    shown = str(path)
    engine = make_engine(path)
    opened = Opened(engine, session, created=False, unclean=unclean)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
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
                fts.leave_merges_to_tidy(raw)
    except DBAPIError as exc:
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
    opened.pre_migration_backup = make_backup(path, PRE_MIGRATION, source=raw)
    migrations.upgrade(raw, str(path), version)
    opened.upgraded_from = version


def _create_schema(conn: Connection, shown: str) -> None:
    """Create every table of an empty file in one transaction, stamped with its version."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        if conn.exec_driver_sql("SELECT count(*) FROM sqlite_schema").scalar_one():
            raise NotALibraryError(shown, "the file is another program's SQLite database")
        SQLModel.metadata.create_all(conn)
        conn.execute(text(fts.CREATE))
        raw = conn.connection.driver_connection
        assert raw is not None
        migrations.create_added_tables(raw)
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
