"""The ``Library``: one SQLite file of sources, quotes, articles and tags.

The desktop app, the command line and the tests are all clients of this class.
Every mutation returns :class:`~quotebook.core.values.Changes`; every read returns
plain immutable values.
"""

from __future__ import annotations

from sqlalchemy import func, select

from .articles import ArticleOps
from .quotes import QuoteOps
from .search import SearchOps
from .sources import SourceOps
from .storage import SCHEMA_VERSION
from .tags import TagOps
from .tx import ARTICLE, QUOTE, SOURCE, TAG, live_quotes
from .values import LibraryInfo


class Library(QuoteOps, SourceOps, ArticleOps, TagOps, SearchOps):
    """A library file opened for reading and writing (created when missing)."""

    def info(self) -> LibraryInfo:
        """Where the library is, its schema version and how much it holds."""
        with self._read() as conn:

            def count(table: object, *where: object) -> int:
                statement = select(func.count()).select_from(table)  # type: ignore[arg-type]
                return int(conn.execute(statement.where(*where)).scalar_one())  # type: ignore[arg-type]

            return LibraryInfo(
                path=str(self.path),
                schema_version=SCHEMA_VERSION,
                quotes=count(QUOTE, live_quotes()),
                sources=count(SOURCE, SOURCE.c.deleted_at.is_(None)),
                articles=count(ARTICLE),
                tags=count(TAG),
                trashed_quotes=count(QUOTE, ~live_quotes()),
                trashed_sources=count(SOURCE, SOURCE.c.deleted_at.is_not(None)),
            )
