"""Plain immutable values that leave the core. Never ORM instances."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple


class GroundRule(StrEnum):
    """Terms on which a source spoke, from most to least attributable."""

    ON_RECORD = "on_record"
    BACKGROUND = "background"
    DEEP_BACKGROUND = "deep_background"
    OFF_RECORD = "off_record"


class QuoteStatus(StrEnum):
    """How far a quote has been checked with its source."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"


class SortKey(StrEnum):
    """A column a search can be sorted by (None: relevance or newest first)."""

    QUOTE = "quote"
    SOURCE = "source"
    TAGS = "tags"
    ARTICLE = "article"
    SAID_ON = "said_on"
    GROUND_RULE = "ground_rule"
    CREATED = "created"


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    name: str
    real_name: str = ""
    is_pseudonym: bool = False
    age: int | None = None
    role: str = ""
    organization: str = ""
    location: str = ""
    described_as: str = ""
    contact: str = ""
    default_ground_rule: GroundRule = GroundRule.ON_RECORD
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    headline: str
    outlet: str = ""
    url: str | None = None
    published_on: date | None = None
    author: str = ""
    dateline: str = ""
    notes: str = ""
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
    text: str
    source_id: int
    source_name: str = ""
    article_id: int | None = None
    article_headline: str = ""
    said_on: date | None = None
    context: str = ""
    ground_rule: GroundRule = GroundRule.ON_RECORD
    ground_rule_set: bool = True  # False: the rule follows the source's default
    language: str = ""
    translation: str = ""
    original_text: str = ""
    status: QuoteStatus = QuoteStatus.UNVERIFIED
    notes: str = ""
    tags: tuple[str, ...] = ()
    tag_ids: tuple[int, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One line of the quote table: what a list of quotes shows, fetched in pages."""

    id: int
    text: str
    source_name: str
    tags: tuple[str, ...]
    article_headline: str
    said_on: date | None
    ground_rule: GroundRule
    source_rule: GroundRule = GroundRule.ON_RECORD  # the source's default rule
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Changes:
    """What one mutation changed, so views refresh only that.

    ``created`` is the id of the row an ``add_*`` call made; ``label`` names the
    operation for an undo menu ("Add quote", "Rename tag").
    """

    quotes: frozenset[int] = field(default_factory=frozenset)
    sources: frozenset[int] = field(default_factory=frozenset)
    articles: frozenset[int] = field(default_factory=frozenset)
    tags: frozenset[int] = field(default_factory=frozenset)
    created: int | None = None
    label: str = ""
    searches: frozenset[int] = field(default_factory=frozenset)  # saved searches

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
        )


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Quote ids in display order and how many match in all.

    ``ids`` may be a first page only (``limit``); ``total`` counts every match up
    to ``count_cap``, and ``total_capped`` says the count stopped there.
    """

    ids: tuple[int, ...]
    total: int
    total_capped: bool = False
    ranked: bool = False


@dataclass(frozen=True, slots=True)
class LibraryInfo:
    path: str
    schema_version: int
    quotes: int
    sources: int
    articles: int
    tags: int
    trashed_quotes: int
    trashed_sources: int
    encrypted: bool = False  # SQLCipher, opened with a passphrase (see keys.py)


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


class SavedSearch(NamedTuple):
    """A search kept under a name, in the navigator's order, with its live count.

    ``quote_count`` stops at the cap the app uses for counts (``capped`` says so);
    it is 0 when the search was listed without counting.
    """

    id: int
    name: str
    query: str
    quote_count: int = 0
    capped: bool = False


class GroupBy(StrEnum):
    """How a Word quote sheet groups its quotes."""

    ARTICLE = "article"
    SOURCE = "source"
