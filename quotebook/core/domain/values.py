"""Plain immutable values that leave the core. Never ORM instances.

The records (sources, articles, quotes, tags) with the declarations of their
fields. What a read returns and the enumerations are in :mod:`results` and
:mod:`rows`, and importable from here too; what a write reports, in :mod:`changes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from .field import Field
from .results import GroundRule, LibraryInfo, QuoteStatus, SavedSearch, SortKey
from .rows import QuoteRow, SearchResult

__all__ = [
    "Article",
    "GroundRule",
    "GroupBy",
    "LibraryInfo",
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
    """A person who speaks: how they are named in print, who they are, how to reach them."""

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
    """An article that quotes came from or ran in."""

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
    """A topic, its colour, and how many live quotes carry it."""

    id: int
    name: str
    color: str = ""
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """Words a source said: when, on what terms, in which article, under which tags."""

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


class GroupBy(StrEnum):
    """How a Word quote sheet groups its quotes."""

    ARTICLE = "article"
    SOURCE = "source"
