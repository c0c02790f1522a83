"""Quotebook's core: storage, search and CSV, with no Qt in it.

:class:`Library` is loaded when first asked for: it brings SQLAlchemy (a few tenths
of a second), which ``quotebook --version``, ``--help`` and the errors below do
not need. So are the value classes: building them costs milliseconds that a
command importing one module of the core (``quotebook search``) need not pay.
"""

from typing import TYPE_CHECKING, Any

from .domain.errors import (
    ConflictError,
    CsvError,
    DamagedLibraryError,
    DiskError,
    DiskFullError,
    LockedLibraryError,
    MigrationError,
    NewerLibraryError,
    NotALibraryError,
    NotFoundError,
    PassphraseNeededError,
    QueryError,
    QuotebookError,
    ReadOnlyLibraryError,
    StoppedError,
    StorageError,
    ValidationError,
    WrongPassphraseError,
)
from .storage.location import default_library_path

if TYPE_CHECKING:
    from .domain.changes import Changes, Listed, Listing
    from .domain.values import (
        Article,
        GroundRule,
        LibraryInfo,
        Quote,
        QuoteRow,
        QuoteStatus,
        SavedSearch,
        SearchResult,
        Source,
        Tag,
    )
    from .library.library import Library


__all__ = [
    "Article",
    "Changes",
    "ConflictError",
    "CsvError",
    "DamagedLibraryError",
    "DiskError",
    "DiskFullError",
    "GroundRule",
    "Library",
    "LibraryInfo",
    "Listed",
    "Listing",
    "LockedLibraryError",
    "MigrationError",
    "NewerLibraryError",
    "NotALibraryError",
    "NotFoundError",
    "PassphraseNeededError",
    "QueryError",
    "Quote",
    "QuoteRow",
    "QuoteStatus",
    "QuotebookError",
    "ReadOnlyLibraryError",
    "SavedSearch",
    "SearchResult",
    "Source",
    "StoppedError",
    "StorageError",
    "Tag",
    "ValidationError",
    "WrongPassphraseError",
    "default_library_path",
]


def __getattr__(name: str) -> Any:
    if name == "Library":
        from .library.library import Library

        return Library
    if name in ("Changes", "Listed", "Listing"):
        from .domain import changes

        return getattr(changes, name)
    if name in __all__:  # one of the values
        from .domain import values

        return getattr(values, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
