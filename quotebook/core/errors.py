"""Typed errors of the core. The core names the problem; clients word it."""

from __future__ import annotations


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


class LockedLibraryError(StorageError):
    """Another process holds the library's write lock for too long."""


class ReadOnlyLibraryError(StorageError):
    """The library file or its folder cannot be written."""


class DiskFullError(StorageError):
    """The disk holding the library is full."""


class MigrationError(StorageError):
    """Upgrading the library's schema failed; it was left at its old version, unchanged."""


class CsvError(QuotebookError):
    """A CSV file cannot be read at all (encoding, header)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line
