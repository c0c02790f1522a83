"""Typed errors of the core. The core names the problem; clients word it."""

from __future__ import annotations

import sqlite3

import sqlcipher3.dbapi2 as sqlcipher

# The errors of both SQLite drivers: the standard library's and SQLCipher's (encrypted
# libraries), which share no base class.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DB_DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
DB_OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher.OperationalError,
)


class QuotebookError(Exception):
    """Base of every error the core raises on purpose."""


class ValidationError(QuotebookError):
    """A value was refused. ``field`` names it, ``reason`` says why."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class NotFoundError(QuotebookError):
    """No live row of that kind has that id (or name)."""

    def __init__(self, kind: str, key: object) -> None:
        super().__init__(f"no {kind} {key!r}")
        self.kind = kind
        self.key = key


class ConflictError(QuotebookError):
    """The change would break a uniqueness rule (a tag name, an article URL)."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class QueryError(QuotebookError):
    """A search query cannot be understood. ``position`` is the offending offset."""

    def __init__(self, reason: str, position: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.position = position


class StorageError(QuotebookError):
    """A known condition of the library file. ``path`` is the file concerned."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NewerLibraryError(StorageError):
    """The library was written by a newer Quotebook; it is left untouched."""


class NotALibraryError(StorageError):
    """The file is not a Quotebook library (not SQLite, or another program's)."""


class DamagedLibraryError(StorageError):
    """The library fails SQLite's checks; it is left untouched."""


class PassphraseNeededError(StorageError):
    """The library is encrypted and no passphrase for it was given; it is left untouched."""


class WrongPassphraseError(StorageError):
    """The passphrase given does not open the encrypted library; it is left untouched."""


class LockedLibraryError(StorageError):
    """Another process holds the library's write lock for too long."""


class ReadOnlyLibraryError(StorageError):
    """The library file or its folder cannot be written."""


class DiskFullError(StorageError):
    """The disk holding the library is full."""


class DiskError(StorageError):
    """The disk reported an error while the library was read or written."""


class MigrationError(StorageError):
    """Upgrading the library's schema failed; it was left at its old version, unchanged."""


class StoppedError(QuotebookError):
    """Long background work (a check, a backup) was stopped at a safe point, as asked.

    Nothing it had done is kept; it starts again the next time it is due.
    """


class CsvError(QuotebookError):
    """A CSV file cannot be read at all (encoding, header)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line


# SQLite's primary result codes (the low byte of an extended code) that stand for a
# condition of the file or the machine rather than a mistake in Quotebook's SQL.
# https://www.sqlite.org/rescode.html
_PERM, _BUSY, _READONLY, _INTERRUPT, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 8, 9, 10, 11, 13, 14, 26
)  # fmt: skip


def sqlite_condition(exc: BaseException, path: str) -> StorageError | None:
    """The known condition a SQLite error stands for, by its result code; None for a bug.

    Classified by ``sqlite_errorcode`` (never by the words of the message, which a
    malformed JSON value or a typo in a statement can share with a damaged file).
    ``SQLITE_LOCKED`` is a conflict inside this process, not another program's
    write, so it is a bug like any other code not listed here.
    """
    orig = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's error
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, DB_ERRORS) or code is None:
        return None
    primary = code & 0xFF
    name = getattr(orig, "sqlite_errorname", str(code))
    if primary == _BUSY:
        return LockedLibraryError(path, "another program is writing to the library; try again")
    if primary == _FULL:
        return DiskFullError(path, "the disk is full; free some space and try again")
    if primary in (_READONLY, _PERM):
        return ReadOnlyLibraryError(path, "the library cannot be written (read-only)")
    if primary == _CANTOPEN:
        return ReadOnlyLibraryError(path, f"the library file cannot be opened ({name})")
    if primary == _IOERR:
        return DiskError(path, f"the disk reported an error ({name}); check the drive")
    if primary in (_CORRUPT, _NOTADB):
        return DamagedLibraryError(path, f"the library is damaged ({orig})")
    return None


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite says the file is damaged or not a database at all."""
    return isinstance(sqlite_condition(exc, ""), DamagedLibraryError)


def was_interrupted(exc: BaseException) -> bool:
    """Whether SQLite stopped a statement because it was asked to (SQLITE_INTERRUPT)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, DB_ERRORS) and code is not None and code & 0xFF == _INTERRUPT
