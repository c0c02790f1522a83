"""Damage checks of a library file that never write a byte to it.

A library is checked before the library's own connection opens it: SQLite's quick
check on every open, its full integrity check after a session that did not close
cleanly. The check runs on a read-only connection that also opens the ``-shm``
read-only, so a damaged file, its ``-wal`` and its ``-shm`` stay exactly as they
were (a writable connection would rebuild the ``-shm`` and, on closing, copy the
``-wal`` into the file). Backups and restores use the same checks on their copies.
"""

from __future__ import annotations

import sqlite3
import struct
import threading
from pathlib import Path

from ..domain.errors import (
    DB_DATABASE_ERRORS,
    DB_ERRORS,
    DB_OPERATIONAL_ERRORS,
    DamagedLibraryError,
    NewerLibraryError,
    NotALibraryError,
    PassphraseNeededError,
    ReadOnlyLibraryError,
    StoppedError,
    WrongPassphraseError,
    is_damage,
    sqlite_condition,
    was_interrupted,
)
from . import keys
from .connect import connect
from .stopping import StopEvent

# SQLite instructions between two looks at a stop request: well under a millisecond.
_STOP_POLL_STEPS = 10_000

APPLICATION_ID = 0x51424B31  # "QBK1"
_HEADER = keys.SQLITE_HEADER
_NOTADB = 26
_QUOTEBOOK_TABLES = {"quote", "source", "article", "tag", "quote_tag"}


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
        if looks_encrypted(path):
            return _encrypted_header(path)
        if header.startswith(_HEADER[: len(header)]):
            raise DamagedLibraryError(shown, "the file is truncated (its header is cut short)")
        raise NotALibraryError(shown, "the file is not a Quotebook library (not SQLite at all)")
    if len(header) < 100:
        raise DamagedLibraryError(shown, "the file is truncated (its header is cut short)")
    (version,) = struct.unpack(">i", header[60:64])
    (app_id,) = struct.unpack(">i", header[68:72])
    return app_id, version


def looks_encrypted(path: Path) -> bool:
    """Whether the file is an encrypted SQLite file (SQLCipher), going by its bytes.

    It does not start with SQLite's header and is a whole number of pages: random to
    the eye, as an encrypted file is. A damaged plain file keeps its header.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and keys.salt_of(path) is not None


def _encrypted_header(path: Path) -> tuple[int, int]:
    """(application id, schema version) of an encrypted file, read with its key."""
    shown = str(path)
    if keys.passphrase_for(path) is None:
        raise PassphraseNeededError(shown, "the library is encrypted; its passphrase is needed")
    try:
        conn = read_only(path)
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except DB_ERRORS as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == _NOTADB:
            raise WrongPassphraseError(
                shown, "the passphrase does not open this library; the file was not changed"
            ) from None
        raise sqlite_condition(exc, shown) or exc from None
    return app_id, version


def check_file(path: Path, newest: int) -> int:
    """Refuse a file that is not a library of Quotebook schema ``newest`` or older.

    Returns the file's schema version (0 for an empty SQLite file not yet stamped).
    """
    app_id, version = read_header(path)
    if app_id not in (0, APPLICATION_ID):
        raise NotALibraryError(str(path), "the file is another program's SQLite database")
    if version > newest:
        raise NewerLibraryError(
            str(path),
            f"the library was written by a newer Quotebook (schema {version}; this "
            f"version reads up to {newest}). Update Quotebook to open it; "
            "the file was not changed",
        )
    if version == 0 and _foreign(path):
        # Refused here, before a writable connection could switch its journal to WAL.
        raise NotALibraryError(str(path), "the file is another program's SQLite database")
    return version


def _foreign(path: Path) -> bool:
    """Whether a file whose header is unstamped holds another program's tables.

    The header of a library just created lags behind its journal (WAL), so the
    stamp is read again through SQLite; a new file holding nothing is not foreign.
    """
    try:
        conn = read_only(path)
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            tables = int(conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0])
        finally:
            conn.close()
    except DB_DATABASE_ERRORS:
        return False  # damaged: the check that follows names it
    return app_id != APPLICATION_ID and tables > 0


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, its ``-wal`` or its ``-shm``.

    With a ``-shm`` beside the file, SQLite reads the ``-wal`` through a read-only
    ``-shm`` (the committed state other connections see). Without one there is no
    live journal to read, and the file is opened as immutable, which creates none.
    """
    if Path(f"{path}-shm").exists():
        return connect(path, "mode=ro&readonly_shm=1")
    return immutable(path)


def immutable(path: Path, key_of: Path | None = None) -> sqlite3.Connection:
    """A connection that reads the file as it is, creating no journal beside it."""
    return connect(path, "mode=ro&immutable=1", key_of=key_of)


def inspect(path: Path, *, full: bool = False, stop: threading.Event | None = None) -> None:
    """Raise DamagedLibraryError if the file fails SQLite's quick (or ``full``) check.

    Nothing is written: not the file, not its ``-wal``, not its ``-shm``. Setting
    ``stop`` (from another thread) ends the check within milliseconds with
    StoppedError: quitting the app never waits for a check of a large library.
    """
    try:
        conn = read_only(path)
    except DB_ERRORS:
        conn = immutable(path)
    try:
        try:
            problems = _run_check(conn, full, stop)
        except DB_OPERATIONAL_ERRORS as exc:
            if is_damage(exc) or was_interrupted(exc):
                raise
            # The -shm could not be read as it is (left half-made by a crash): check
            # the file itself, which the library's own connection will then recover.
            conn.close()
            conn = immutable(path)
            problems = _run_check(conn, full, stop)
    except DB_DATABASE_ERRORS as exc:
        if was_interrupted(exc):
            raise StoppedError("the check was stopped") from None
        if not is_damage(exc):
            raise
        problems = [str(exc)]
    finally:
        if isinstance(stop, StopEvent):
            stop.forget(conn)
        conn.close()
    if problems:
        kind = "integrity check" if full else "quick check"
        raise DamagedLibraryError(
            str(path), f"the library is damaged: SQLite's {kind} found {_summary(problems)}"
        )


def _run_check(
    conn: sqlite3.Connection, full: bool, stop: threading.Event | None = None
) -> list[str]:
    if stop is not None:
        if stop.is_set():  # a check too short to reach the progress handler runs no more
            raise StoppedError("the check was stopped")
        stop_when_set(conn, stop)
    pragma = "integrity_check(20)" if full else "quick_check(20)"
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def stop_when_set(conn: sqlite3.Connection, stop: threading.Event) -> None:
    """Make every statement on ``conn`` end with SQLITE_INTERRUPT once ``stop`` is set.

    A :class:`StopEvent` also interrupts the running statement: the integrity check is
    one long step that the progress handler alone would let run to its end.
    """
    if isinstance(stop, StopEvent):
        stop.watch(conn)
    else:
        conn.set_progress_handler(lambda: int(stop.is_set()), _STOP_POLL_STEPS)


def _summary(problems: list[str]) -> str:
    first = problems[0].replace("*** in database main ***", "").strip()
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    return f"{first!r}{more}"


def verify_copy(path: Path, newest: int, stop: threading.Event | None = None) -> tuple[int, int]:
    """Fully check a closed copy (a backup): Quotebook's, not newer, and intact.

    Returns (schema version, live quote count). Raises a StorageError naming the
    problem otherwise.
    """
    version = check_file(path, newest)
    inspect(path, full=True, stop=stop)
    conn = immutable(path)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema")}
        if not tables >= _QUOTEBOOK_TABLES:
            raise NotALibraryError(str(path), "the file is not a Quotebook library")
        return version, live_quote_count(conn, version)
    finally:
        conn.close()


def live_quote_count(conn: sqlite3.Connection, version: int) -> int:
    """Quotes outside the trash (their own or their source's) of a library of schema
    ``version`` (a backup's may be older), counted in SQL."""
    own = "id NOT IN (SELECT id FROM quote_trash)" if version >= 8 else "deleted_at IS NULL"
    row = conn.execute(
        f"SELECT count(*) FROM quote WHERE {own} "
        "AND source_id NOT IN (SELECT id FROM source WHERE deleted_at IS NOT NULL)"
    ).fetchone()
    return int(row[0])
