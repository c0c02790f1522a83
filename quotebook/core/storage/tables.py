"""The library's tables, as SQLModel classes. Engines and sessions live in storage.py.

Every ``*_key`` column holds :func:`quotebook.core.domain.validate.fold` of its text so
that matching and search ignore case, Unicode form and accents with an index.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
)
from sqlalchemy import text as sql_text
from sqlmodel import Field, SQLModel

from ..domain.values import GroundRule, QuoteStatus

__all__ = [
    "SAVED_SEARCH",
    "ArticleTable",
    "QuoteTable",
    "QuoteTagTable",
    "SQLModel",
    "SourceTable",
    "TagTable",
]

_RULES = str(tuple(rule.value for rule in GroundRule))
_STATUSES = str(tuple(status.value for status in QuoteStatus))


class SourceTable(SQLModel, table=True):
    __tablename__ = "source"
    __table_args__ = (
        Index("ix_source_name_key", "name_key"),
        Index("ix_source_organization_key", "organization_key"),
        Index("ix_source_deleted_at", "deleted_at"),
        CheckConstraint(f"default_ground_rule IN {_RULES}", name="ck_source_rule"),
        CheckConstraint("age IS NULL OR age BETWEEN 0 AND 130", name="ck_source_age"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str
    name_key: str
    real_name: str = ""
    is_pseudonym: bool = False
    age: int | None = None
    role: str = ""
    organization: str = ""
    organization_key: str = ""
    location: str = ""
    described_as: str = ""
    contact: str = ""
    default_ground_rule: str = "on_record"
    notes: str = ""
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None


class ArticleTable(SQLModel, table=True):
    __tablename__ = "article"
    __table_args__ = (
        Index("ix_article_headline_key", "headline_key"),
        Index("ix_article_outlet_key", "outlet_key"),
        Index("ix_article_published_on", "published_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    headline: str
    headline_key: str
    outlet: str = ""
    outlet_key: str = ""
    url: str | None = Field(default=None, unique=True)
    published_on: date | None = None
    author: str = ""
    dateline: str = ""
    notes: str = ""
    created_at: datetime
    updated_at: datetime


class TagTable(SQLModel, table=True):
    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    key: str = Field(unique=True)
    color: str = ""
    created_at: datetime


class QuoteTable(SQLModel, table=True):
    __tablename__ = "quote"
    __table_args__ = (
        Index("ix_quote_source_id", "source_id"),
        Index("ix_quote_article_id", "article_id"),
        Index("ix_quote_said_on", "said_on"),
        Index("ix_quote_ground_rule", "ground_rule"),
        Index("ix_quote_status", "status"),
        Index("ix_quote_deleted_at", "deleted_at"),
        Index("ix_quote_created_at", "created_at"),
        CheckConstraint(f"ground_rule IN {_RULES}", name="ck_quote_rule"),
        CheckConstraint(f"status IN {_STATUSES}", name="ck_quote_status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    text: str
    source_id: int = Field(
        sa_column=Column(Integer, ForeignKey("source.id", ondelete="CASCADE"), nullable=False)
    )
    article_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("article.id", ondelete="SET NULL"), nullable=True),
    )
    said_on: date | None = None
    context: str = ""
    ground_rule: str = "on_record"
    language: str = ""
    translation: str = ""
    original_text: str = ""
    status: str = "unverified"
    notes: str = ""
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None
    # Schema 4: whether the reporter set the rule; until then it follows the source's
    # default. The column is added by ALTER TABLE (migrations.py), in a new library
    # too, so it is left out of CREATE TABLE (``system``): one schema either way.
    ground_rule_set: bool = Field(
        default=True,
        sa_column=Column(
            "ground_rule_set", Boolean, nullable=False, server_default=sql_text("1"), system=True
        ),
    )


class QuoteTagTable(SQLModel, table=True):
    __tablename__ = "quote_tag"
    __table_args__ = (Index("ix_quote_tag_tag_id", "tag_id", "quote_id"),)

    quote_id: int = Field(
        sa_column=Column(Integer, ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True)
    )
    tag_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)
    )


# Schema 6: searches saved under a name. The table is made by its migration's DDL
# (migrations.SAVED_SEARCH_DDL), in a new library too, so it is declared on metadata
# of its own that ``create_all`` never sees; writes go through it to be undoable.
SAVED_SEARCH = Table(
    "saved_search",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, unique=True),
    Column("query", Text, nullable=False),
    Column("position", Integer, nullable=False),
    Column("created_at", Text, nullable=False),
)
