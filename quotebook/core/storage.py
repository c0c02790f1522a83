"""Opening, creating and checking a library file; the engine and its one connection.

A library is one SQLite file in WAL mode with foreign keys on. One process holds
one connection per library (the SQLite that CPython links on many systems has a
WAL-reset bug when two connections of one process write or checkpoint at once),
shared by the library's threads under a lock. The file carries an application id
and a schema version; a file written by a newer Quotebook is refused before a
single byte of it can change.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from . import fts
from .errors import (
    DamagedLibraryError,
    DiskFullError,
    LockedLibraryError,
    NewerLibraryError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StorageError,
)
from .tables import SQLModel

SCHEMA_VERSION = 1
APPLICATION_ID = 0x51424B31  # "QBK1"
BUSY_TIMEOUT_MS = 5000
_HEADER = b"SQLite format 3\x00"


def default_library_path() -> Path:
    """``QUOTEBOOK_LIBRARY`` if set, else ``library.sqlite3`` in the user data folder."""
    override = os.environ.get("QUOTEBOOK_LIBRARY")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("Quotebook", appauthor=False)) / "library.sqlite3"


def read_header(path: Path) -> tuple[int, int]:
    """Return (application id, schema version) from the file header, or refuse the file."""
    shown = str(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise ReadOnlyLibraryError(shown, "the file cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise NotALibraryError(shown, "this is a folder, not a library file") from None
    if not header:
        raise NotALibraryError(shown, "the file is empty (0 bytes), not a Quotebook library")
    if not header.startswith(_HEADER[: len(header)]) or len(header) < len(_HEADER):
        if header.startswith(_HEADER[: len(header)]):
            raise DamagedLibraryError(shown, "the file is truncated (its header is cut short)")
        raise NotALibraryError(shown, "the file is not a Quotebook library (not SQLite at all)")
    if len(header) < 100:
        raise DamagedLibraryError(shown, "the file is truncated (its header is cut short)")
    (version,) = struct.unpack(">i", header[60:64])
    (app_id,) = struct.unpack(">i", header[68:72])
    return app_id, version


def check_file(path: Path) -> None:
    """Refuse a file that is not a library of this or an older Quotebook, before opening it."""
    app_id, version = read_header(path)
    if app_id not in (0, APPLICATION_ID):
        raise NotALibraryError(str(path), "the file is another program's SQLite database")
    if version > SCHEMA_VERSION:
        raise NewerLibraryError(
            str(path),
            f"the library was written by a newer Quotebook (schema {version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Quotebook to open it; "
            "the file was not changed",
        )


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


def make_engine(path: Path) -> Engine:
    """One engine over one connection, which the library serialises with a lock."""
    return create_engine("sqlite://", creator=lambda: _connect(path), poolclass=StaticPool)


def open_engine(path: Path, *, create: bool = True) -> Engine:
    """Open (or create) the library at ``path`` at the current schema version."""
    shown = str(path)
    exists = path.exists()
    if exists:
        check_file(path)
    elif not create:
        raise NotALibraryError(shown, "no library file here")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyLibraryError(
                shown, f"cannot create its folder ({exc.strerror})"
            ) from None
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            if exists and raw.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DamagedLibraryError(shown, "the library fails SQLite's quick check")
            mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise ReadOnlyLibraryError(shown, f"cannot switch to WAL journal (got {mode})")
            raw.execute("PRAGMA synchronous = FULL")
            if raw.execute("PRAGMA user_version").fetchone()[0] == 0:
                _create_schema(conn, shown)
    except DBAPIError as exc:
        engine.dispose()
        known = classify(exc, shown)
        if known is None:
            raise
        raise known from None
    except BaseException:
        engine.dispose()
        raise
    return engine


def _create_schema(conn: Connection, shown: str) -> None:
    """Create every table of an empty file in one transaction, stamped with its version."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        if conn.exec_driver_sql("SELECT count(*) FROM sqlite_schema").scalar_one():
            raise NotALibraryError(shown, "the file is another program's SQLite database")
        SQLModel.metadata.create_all(conn)
        conn.execute(text(fts.CREATE))
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
