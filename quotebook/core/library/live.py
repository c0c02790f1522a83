"""Which quotes are live: outside the trash, neither in it themselves nor said by a
source in it, as the library's reads and counts leave the trash out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, select, union_all

from ..storage.tables import QUOTE, QUOTE_TAG, QUOTE_TRASH, SOURCE

__all__ = ["counted_live", "live_quotes", "untrashed"]


def live_quotes() -> Any:
    """The clause that keeps quotes outside the trash (their own, or their source's)."""
    trashed_sources = select(SOURCE.c.id).where(SOURCE.c.deleted_at.is_not(None))
    return and_(untrashed(), QUOTE.c.source_id.not_in(trashed_sources))


def untrashed() -> Any:
    """The clause that keeps quotes not in the trash themselves (their source may be)."""
    return QUOTE.c.id.not_in(select(QUOTE_TRASH.c.id))


def counted_live(column: Any) -> Any:
    """Live quotes (or their links) counted per value of ``column`` of an index that
    holds the quote's id (a quote's source or article, a link's tag).

    Read from that index alone, in its order: no quote row is read, and SQLite
    groups without sorting, so a stop ends the count at once (a sort cannot be
    interrupted). The quotes to leave out, those in the trash and those of trashed
    sources, are listed once. At a million quotes the navigator's three counts
    take about 0.6 s (they read every quote row until the trash left the rows:
    3.6-3.9 s).
    """
    of_sources = QUOTE.alias("of_trashed_source")
    trashed_sources = select(SOURCE.c.id).where(SOURCE.c.deleted_at.is_not(None))
    gone = union_all(
        select(QUOTE_TRASH.c.id),
        select(of_sources.c.id).where(of_sources.c.source_id.in_(trashed_sources)),
    )
    quote_id = QUOTE_TAG.c.quote_id if column.table is QUOTE_TAG else QUOTE.c.id
    live = and_(column.is_not(None), quote_id.not_in(gone))
    return select(column, func.count()).where(live).group_by(column)
