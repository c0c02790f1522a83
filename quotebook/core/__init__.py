"""Quotebook's core: storage, search and CSV, with no Qt in it."""

from .errors import (
    ConflictError,
    CsvError,
    DamagedLibraryError,
    DiskFullError,
    LockedLibraryError,
    NewerLibraryError,
    NotALibraryError,
    NotFoundError,
    QueryError,
    QuotebookError,
    ReadOnlyLibraryError,
    StorageError,
    ValidationError,
)
from .library import Library
from .storage import default_library_path
from .values import (
    Article,
    Changes,
    GroundRule,
    LibraryInfo,
    Quote,
    QuoteRow,
    QuoteStatus,
    SearchResult,
    Source,
    Tag,
)

__all__ = [
    "Article",
    "Changes",
    "ConflictError",
    "CsvError",
    "DamagedLibraryError",
    "DiskFullError",
    "GroundRule",
    "Library",
    "LibraryInfo",
    "LockedLibraryError",
    "NewerLibraryError",
    "NotALibraryError",
    "NotFoundError",
    "QueryError",
    "Quote",
    "QuoteRow",
    "QuoteStatus",
    "QuotebookError",
    "ReadOnlyLibraryError",
    "SearchResult",
    "Source",
    "StorageError",
    "Tag",
    "ValidationError",
    "default_library_path",
]
