"""What a write reports (:class:`Changes`) and the lists of counts it keeps in step.

Apart from the records of :mod:`values`, so that a command that only reads, such
as ``quotebook search``, does not build these classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .results import SavedSearch

__all__ = ["Changes", "Listed", "Listing", "Moves"]


@dataclass(frozen=True, slots=True)
class Moves:
    """What one write did to the live quote counts, when that is all it did to them.

    Quotes that went into the trash or came out of it, and tags given to quotes or
    taken from them; sources, articles and tags themselves stayed as they were. A
    list of counts brings itself up to date from these alone (``Library.recounted``)
    instead of counting the whole library again.
    """

    to_trash: tuple[int, ...] = ()
    from_trash: tuple[int, ...] = ()
    linked: tuple[tuple[int, int], ...] = ()  # (quote id, tag id) pairs
    unlinked: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Changes:
    """What one mutation changed, so views refresh only that.

    ``created`` is the id of the row an ``add_*`` call made; ``label`` names the
    operation for an undo menu ("Add quote", "Rename tag"). ``serial`` numbers the
    library's writes (1, 2, …; 0 when unknown) and ``moves`` says how the write
    changed the live counts, or is None when it changed them some other way.
    """

    quotes: frozenset[int] = field(default_factory=frozenset)
    sources: frozenset[int] = field(default_factory=frozenset)
    articles: frozenset[int] = field(default_factory=frozenset)
    tags: frozenset[int] = field(default_factory=frozenset)
    created: int | None = None
    label: str = ""
    searches: frozenset[int] = field(default_factory=frozenset)  # saved searches
    moves: Moves | None = None
    serial: int = 0

    @property
    def empty(self) -> bool:
        return not (self.quotes or self.sources or self.articles or self.tags or self.searches)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.quotes | other.quotes,
            self.sources | other.sources,
            self.articles | other.articles,
            self.tags | other.tags,
            self.created if self.created is not None else other.created,
            self.label or other.label,
            self.searches | other.searches,
            None,  # two writes' moves are not one write's: count again
            max(self.serial, other.serial),
        )


class Listed(NamedTuple):
    """A tag, source or article as a list shows it: its id, name and live quote count.

    A named tuple of plain values, cheap to build. Unlike a plain tuple, the garbage
    collector keeps tracking it: a full pass over the lists of a large library (about
    180,000 entries) takes some 20 ms more than over plain tuples.
    """

    id: int
    name: str
    quote_count: int
    color: str = ""  # a tag's colour


@dataclass(frozen=True, slots=True)
class Listing:
    """Every tag, live source and article, and the quote totals, read in one snapshot."""

    quotes: int
    trashed_quotes: int
    tags: tuple[Listed, ...]
    sources: tuple[Listed, ...]
    articles: tuple[Listed, ...]
    searches: tuple[SavedSearch, ...] = ()
    serial: int = 0  # the library's writes it counts (``Changes.serial``)
