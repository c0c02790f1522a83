"""The navigator's counts brought up to date from one write's moves, without a recount.

Counting every tag's, source's and article's live quotes reads the whole library
(seconds at a million quotes). A write that only moved quotes into or out of the
trash, or gave or took tags, says so in ``Changes.moves``; :meth:`CountOps.recounted`
then counts just those quotes and adds the difference to the counts shown. It reads
the library as that write left it, so it answers only while no other write has
landed since (``Changes.serial``); otherwise the caller counts everything again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, func, select

from ..domain.changes import Changes, Listed, Listing, Moves
from ..storage.driver import driver
from .base import LibraryBase
from .live import untrashed
from .reader import SavedSearchReads
from .tx import QUOTE, SOURCE, among, json_ids

__all__ = ["CountOps", "Tally"]


class Tally:
    """Live quotes per source, article and tag, and in all, added or taken away."""

    def __init__(self) -> None:
        self.quotes = 0
        self.sources: Counter[int] = Counter()
        self.articles: Counter[int] = Counter()
        self.tags: Counter[int] = Counter()

    def add(self, conn: Connection, quote_ids: Sequence[int], sign: int) -> None:
        """Count these quotes (whose sources are live) as entering, or leaving (-1).

        Two statements on the driver's cursor: a move of 100,000 quotes yields a row
        per article they are filed under (60,000 at a million quotes), and made into
        SQLAlchemy rows they held the interpreter for a third of a second.
        """
        if not quote_ids:
            return
        raw = driver(conn)
        ids = json_ids(quote_ids)
        # Row by row, each row let go at once: tens of thousands of rows kept in a
        # list would outlive the collector's young passes and bring on a full one.
        filed: dict[str, dict[int, int]] = {"s": {}, "a": {}}
        for kind, key, n in raw.execute(_FILED, (sign, ids)):
            filed[kind][key] = n
        self.sources.update(filed["s"])
        self.articles.update(filed["a"])
        self.quotes += sum(filed["s"].values())
        self.tags.update(dict(raw.execute(_TAGGED, (sign, ids))))

    def add_links(self, conn: Connection, pairs: Iterable[tuple[int, int]], sign: int) -> None:
        """Count links of live quotes to their tags as made, or taken away (-1)."""
        by_tag: dict[int, list[int]] = {}
        for quote_id, tag_id in pairs:
            by_tag.setdefault(tag_id, []).append(quote_id)
        for tag_id, quote_ids in by_tag.items():
            live = select(func.count()).where(
                among(QUOTE.c.id, quote_ids), untrashed(), _source_live()
            )
            self.tags[tag_id] += sign * int(conn.execute(live).scalar_one())

    def applied(self, listing: Listing, serial: int) -> Listing:
        """``listing`` with these differences added to its counts."""
        return Listing(
            quotes=listing.quotes + self.quotes,
            trashed_quotes=listing.trashed_quotes - self.quotes,
            tags=_added(listing.tags, self.tags),
            sources=_added(listing.sources, self.sources),
            articles=_added(listing.articles, self.articles),
            searches=listing.searches,
            serial=serial,
        )


class CountOps(SavedSearchReads, LibraryBase):
    def recounted(self, listing: Listing, changes: Changes) -> Listing | None:
        """``listing`` brought up to date with the write that made ``changes``, or None
        when that cannot be done without counting again: the write changed the counts
        otherwise than by moves, or ``listing`` is not of the library just before it,
        or another write has landed since."""
        moves = changes.moves
        if moves is None or not changes.serial or listing.serial != changes.serial - 1:
            return None
        with self._read() as conn:
            if self.serial != changes.serial:
                return None
            tally = _tally(conn, moves)
        counted = tally.applied(listing, changes.serial)
        if counted.searches:  # a search's count may change with any quote: ask each
            counted = replace(counted, searches=self.saved_searches())
        return counted


def _tally(conn: Connection, moves: Moves) -> Tally:
    tally = Tally()
    tally.add(conn, moves.from_trash, 1)
    tally.add(conn, moves.to_trash, -1)
    tally.add_links(conn, moves.linked, 1)
    tally.add_links(conn, moves.unlinked, -1)
    return tally


_TRASHED_SOURCES = "SELECT id FROM source WHERE deleted_at IS NOT NULL"
# The moved quotes' rows are read once; sources and articles are counted from that.
_FILED = f"""
WITH moved AS MATERIALIZED (
    SELECT source_id, article_id FROM quote
    WHERE id IN (SELECT value FROM json_each(?2)) AND source_id NOT IN ({_TRASHED_SOURCES}))
SELECT 's', source_id, ?1 * count(*) FROM moved GROUP BY source_id
UNION ALL
SELECT 'a', article_id, ?1 * count(*) FROM moved WHERE article_id IS NOT NULL GROUP BY article_id
"""
# Tags from the links alone: the quotes of trashed sources (few) are left out by id,
# so no quote row is read for each moved quote.
_TAGGED = f"""
SELECT tag_id, ?1 * count(*) FROM quote_tag
WHERE quote_id IN (SELECT value FROM json_each(?2))
  AND quote_id NOT IN (SELECT id FROM quote WHERE source_id IN ({_TRASHED_SOURCES}))
GROUP BY tag_id
"""


def _source_live() -> Any:
    trashed = select(SOURCE.c.id).where(SOURCE.c.deleted_at.is_not(None))
    return QUOTE.c.source_id.not_in(trashed)


def _added(entries: tuple[Listed, ...], differences: Counter[int]) -> tuple[Listed, ...]:
    if not any(differences.values()):
        return entries
    # Made in the entries' order: the collector's full passes then walk them in the
    # order their names lie in memory (made in the order of the differences, such a
    # pass over the navigator's lists took three times as long, the window waiting).
    new, get = tuple.__new__, differences.get  # tens of thousands of _replace calls add up
    return tuple(
        e if (d := get(e[0])) is None else new(Listed, (e[0], e[1], e[2] + d, e[3]))
        for e in entries
    )
