"""What a read returns (a search's ids, the quote table's rows, the counts) and the
enumerations every value carries.

They are apart from the records of :mod:`values` (sources, quotes, articles and
the declarations of their fields) so that a command that only reads, such as
``quotebook search``, does not pay for building classes it never uses; every
name here is also importable from :mod:`values`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
    """Where a library is, its schema version and how much it holds."""

    path: str
    schema_version: int
    quotes: int
    sources: int
    articles: int
    tags: int
    trashed_quotes: int
    trashed_sources: int
    encrypted: bool = False  # SQLCipher, opened with a passphrase (see keys.py)


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
