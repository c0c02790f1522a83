"""The library's tables, as SQLAlchemy Core tables made from :mod:`schema`.

Every ``*_key`` column holds :func:`quotebook.core.domain.validate.fold` of its text so
that matching and search ignore case, Unicode form and accents with an index.

The tables are plain Core: SQLModel's classes would cost the command line a
third of a second of imports (pydantic) for tables the library only ever reads
and writes through Core, and its values are the frozen dataclasses of
:mod:`values`, not model instances.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy import text as sql_text

from ..domain import schema
from ..domain.validate import MAX_AGE
from ..domain.values import GroundRule, QuoteStatus

__all__ = [
    "ARTICLE",
    "METADATA",
    "QUOTE",
    "QUOTE_TAG",
    "QUOTE_TRASH",
    "SAVED_SEARCH",
    "SOURCE",
    "TAG",
]

_RULES = str(tuple(rule.value for rule in GroundRule))
_STATUSES = str(tuple(status.value for status in QuoteStatus))


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes, stored in UTC without an offset and read back as UTC."""

    impl = DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("the library stores aware datetimes only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


_TYPES: dict[str, Any] = {"date": Date, "age": Integer, "flag": Boolean, "ref": Integer}


def _columns(fields: tuple[schema.Field, ...]) -> list[Column[Any]]:
    """Each field's column, then the column of its folded key if it has one."""
    columns: list[Column[Any]] = []
    for field in fields:
        args: list[Any] = [field.name, _TYPES.get(field.kind, String)()]
        if field.refers is not None:
            table, on_delete = field.refers
            args.append(ForeignKey(f"{table}.id", ondelete=on_delete))
        default = None if field.required or field.default is None else field.default
        unique = field.kind == "url" or None
        columns.append(Column(*args, nullable=field.nullable, default=default, unique=unique))
        if field.key is not None:
            key_default = None if field.required else ""
            columns.append(Column(field.key, String(), nullable=False, default=key_default))
    return columns


def _stamps(*, deleted: bool) -> list[Column[Any]]:
    names = ("created_at", "updated_at", "deleted_at") if deleted else ("created_at", "updated_at")
    return [Column(name, UTCDateTime(), nullable=name == "deleted_at") for name in names]


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


METADATA = MetaData()

SOURCE = Table(
    "source",
    METADATA,
    _id(),
    *_columns(schema.SOURCE),
    *_stamps(deleted=True),
    Index("ix_source_name_key", "name_key"),
    Index("ix_source_organization_key", "organization_key"),
    Index("ix_source_deleted_at", "deleted_at"),
    CheckConstraint(f"default_ground_rule IN {_RULES}", name="ck_source_rule"),
    CheckConstraint(f"age IS NULL OR age BETWEEN 0 AND {MAX_AGE}", name="ck_source_age"),
)

ARTICLE = Table(
    "article",
    METADATA,
    _id(),
    *_columns(schema.ARTICLE),
    *_stamps(deleted=False),
    Index("ix_article_headline_key", "headline_key"),
    Index("ix_article_outlet_key", "outlet_key"),
    Index("ix_article_published_on", "published_on"),
)

TAG = Table(
    "tag",
    METADATA,
    _id(),
    Column("name", String(), nullable=False),
    Column("key", String(), nullable=False, unique=True),
    Column("color", String(), nullable=False, default=""),
    Column("created_at", UTCDateTime(), nullable=False),
)

QUOTE = Table(
    "quote",
    METADATA,
    _id(),
    *_columns(schema.QUOTE),
    *_stamps(deleted=False),  # a quote's trashing is kept in QUOTE_TRASH
    # Schema 4: whether the reporter set the rule; until then it follows the source's
    # default. The column is added by ALTER TABLE (migrations.py), in a new library
    # too, so it is left out of CREATE TABLE (``system``): one schema either way.
    Column("ground_rule_set", Boolean, nullable=False, server_default=sql_text("1"), system=True),
    Index("ix_quote_source_id", "source_id"),
    Index("ix_quote_article_id", "article_id"),
    Index("ix_quote_said_on", "said_on"),
    Index("ix_quote_ground_rule", "ground_rule"),
    Index("ix_quote_status", "status"),
    Index("ix_quote_created_at", "created_at"),
    CheckConstraint(f"ground_rule IN {_RULES}", name="ck_quote_rule"),
    CheckConstraint(f"status IN {_STATUSES}", name="ck_quote_status"),
)

QUOTE_TAG = Table(
    "quote_tag",
    METADATA,
    Column("quote_id", Integer, ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_quote_tag_tag_id", "tag_id", "quote_id"),
)

# Schema 8: the quotes in the trash, a row each, apart from the quotes' own rows. A
# quote without a row here is outside the trash (its ``deleted_at`` is None). Moving
# 100,000 quotes spread through a million to the trash rewrote some 72,000 pages of
# quote rows (300 MB of journal, 2 s); here it writes a few hundred pages. Made by its
# migration's DDL (migrations.TRASH_DDL), in a new library too, like SAVED_SEARCH.
QUOTE_TRASH = Table(
    "quote_trash",
    MetaData(),
    Column("id", Integer, primary_key=True),  # the quote's id
    Column("deleted_at", UTCDateTime(), nullable=False),
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
