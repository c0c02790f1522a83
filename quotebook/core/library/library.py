"""The ``Library``: one SQLite file of sources, quotes, articles and tags.

The desktop app, the command line and the tests are all clients of this class.
Every mutation returns :class:`~quotebook.core.domain.changes.Changes`; every read returns
plain immutable values.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select

from ..domain.changes import Listed, Listing
from .articles import ARTICLE_ORDER, ArticleOps
from .bulk_edit import BulkEditOps
from .counting import CountOps
from .ground_rules import RuleOps
from .index_rebuild import IndexRebuildOps
from .saved_searches import SavedSearchOps
from .source_merge import SourceMergeOps
from .sources import live_quote_counts
from .tags import TagOps, live_tag_counts
from .tx import ARTICLE, QUOTE, SOURCE, TAG
from .undo import UndoOps


class Library(
    BulkEditOps,
    SourceMergeOps,
    ArticleOps,
    TagOps,
    SavedSearchOps,
    RuleOps,
    IndexRebuildOps,
    CountOps,
    UndoOps,
):
    """A library file opened for reading and writing (created when missing)."""

    def listing(self) -> Listing:
        """Every tag, live source, article and saved search with its live count, and the totals.

        What the app's navigator and pickers list, read in one snapshot as plain
        tuples: a newsroom's tens of thousands of sources and articles cost little to
        read and to keep.
        """
        with self._read() as conn:
            serial = self.serial  # the writes this snapshot sees (they run on one thread)
            tag_counts = live_tag_counts(conn)
            source_counts = live_quote_counts(conn, QUOTE.c.source_id)
            article_counts = live_quote_counts(conn, QUOTE.c.article_id)
            tags = conn.execute(select(TAG.c.id, TAG.c.name, TAG.c.color).order_by(TAG.c.key))
            sources = conn.execute(
                select(SOURCE.c.id, SOURCE.c.name)
                .where(SOURCE.c.deleted_at.is_(None))
                .order_by(SOURCE.c.name_key)
            )
            articles = conn.execute(
                select(ARTICLE.c.id, ARTICLE.c.headline).order_by(*ARTICLE_ORDER)
            )
            # Every live quote has a live source, so the sources' counts add up to them.
            live = sum(source_counts.values())
            every = int(conn.execute(select(func.count()).select_from(QUOTE)).scalar_one())
            listing = Listing(
                quotes=live,
                trashed_quotes=every - live,
                tags=tuple(Listed(i, n, tag_counts.get(i, 0), c) for i, n, c in tags),
                sources=tuple(Listed(i, n, source_counts.get(i, 0)) for i, n in sources),
                articles=tuple(Listed(i, n, article_counts.get(i, 0)) for i, n in articles),
                serial=serial,
            )
        return replace(listing, searches=self.saved_searches())
