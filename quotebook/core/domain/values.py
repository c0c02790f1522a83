"""Plain immutable values that leave the core. Never ORM instances.

The records (sources, articles, quotes, tags) with the declarations of their
fields, and what a write reports; what a read returns and the enumerations are in
:mod:`results`, and importable from here too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, NamedTuple

from .field import Field
from .results import (
    GroundRule,
    LibraryInfo,
    QuoteRow,
    QuoteStatus,
    SavedSearch,
    SearchResult,
    SortKey,
)

__all__ = [
    "Article",
    "Changes",
    "GroundRule",
    "GroupBy",
    "LibraryInfo",
    "Listed",
    "Listing",
    "Moves",
    "Quote",
    "QuoteRow",
    "QuoteStatus",
    "SavedSearch",
    "SearchResult",
    "SortKey",
    "Source",
    "Tag",
]


# The stored fields of sources, articles and quotes are declared here, once: an
# attribute annotated with a Field is a column, a check, a sheet column and an
# import field (see field.py and schema.py); the others are read with it.


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    name: Annotated[str, Field("name", "source", 1, key="name_key")]
    real_name: Annotated[str, Field("line", "real_name", 10, protected=True)] = ""
    is_pseudonym: Annotated[bool, Field("flag", "pseudonym", 2)] = False
    age: Annotated[int | None, Field("age", "age", 3)] = None
    role: Annotated[str, Field("line", "role", 4)] = ""
    organization: Annotated[str, Field("line", "organization", 5, key="organization_key")] = ""
    location: Annotated[str, Field("line", "location", 6)] = ""
    described_as: Annotated[str, Field("line", "described_as", 7)] = ""
    contact: Annotated[str, Field("line", "contact", 11, protected=True)] = ""
    default_ground_rule: Annotated[GroundRule, Field("rule", "source_rule", 8)] = (
        GroundRule.ON_RECORD
    )
    notes: Annotated[str, Field("text", "source_notes", 9)] = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    headline: Annotated[str, Field("name", "article", 1, key="headline_key")]
    outlet: Annotated[str, Field("line", "outlet", 3, key="outlet_key")] = ""
    url: Annotated[str | None, Field("url", "url", 2)] = None
    published_on: Annotated[date | None, Field("date", "published_on", 4)] = None
    author: Annotated[str, Field("line", "author", 5)] = ""
    dateline: Annotated[str, Field("line", "dateline", 6)] = ""
    notes: Annotated[str, Field("text", "article_notes", 7)] = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    color: str = ""
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    id: int
    text: Annotated[str, Field("text", "quote", 1, indexed=1)]
    source_id: Annotated[int, Field("ref", refers=("source", "CASCADE"))]
    source_name: str = ""
    article_id: Annotated[int | None, Field("ref", refers=("article", "SET NULL"))] = None
    article_headline: str = ""
    said_on: Annotated[date | None, Field("date", "said_on", 3)] = None
    context: Annotated[str, Field("text", "context", 8, indexed=4)] = ""
    ground_rule: Annotated[GroundRule, Field("rule", "ground_rule", 2)] = GroundRule.ON_RECORD
    ground_rule_set: bool = True  # False: the rule follows the source's default
    language: Annotated[str, Field("line", "language", 5)] = ""
    translation: Annotated[str, Field("text", "translation", 6, indexed=2)] = ""
    original_text: Annotated[str, Field("text", "original_text", 7, indexed=3)] = ""
    status: Annotated[QuoteStatus, Field("status", "status", 4)] = QuoteStatus.UNVERIFIED
    notes: Annotated[str, Field("text", "notes", 9, indexed=5)] = ""
    tags: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


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

    A plain tuple of plain values, so that a list of tens of thousands of them costs
    little to build and nothing to the garbage collector.
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


class GroupBy(StrEnum):
    """How a Word quote sheet groups its quotes."""

    ARTICLE = "article"
    SOURCE = "source"
