"""The enumerations every value carries, and what reads return as plain tuples: the
library's counts and its saved searches.

They are apart from the records of :mod:`values` (sources, quotes, articles and
the declarations of their fields) so that a command that only reads does not pay
for building classes it never uses, and they are no dataclasses, so that
``quotebook info`` does not load that module (inspect, ast and more) at all; a
search's ids and the quote table's rows are in :mod:`rows`. Every name here is
also importable from :mod:`values`.
"""

from __future__ import annotations

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


class LibraryInfo(NamedTuple):
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
