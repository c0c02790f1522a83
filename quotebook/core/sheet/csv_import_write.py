"""Writing an import's plan: its new records, then its staged quotes, tags and index
entries, each in one statement from the stage (:mod:`csv_import_stage`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from ..library.base import now
from ..library.tx import QUOTE
from ..storage import fts
from .csv_import_plan import Plan, raw_connection

_QUOTE_COLUMNS = (
    "id, text, source_id, article_id, said_on, context, ground_rule, language, "
    "translation, original_text, status, notes, ground_rule_set, created_at, updated_at"
)
_SOURCE_COLUMNS = (
    "id",
    "name",
    "name_key",
    "real_name",
    "is_pseudonym",
    "age",
    "role",
    "organization",
    "organization_key",
    "location",
    "described_as",
    "contact",
    "notes",
    "default_ground_rule",
)
_ARTICLE_COLUMNS = (
    "id",
    "headline",
    "headline_key",
    "outlet",
    "outlet_key",
    "url",
    "published_on",
    "author",
    "dateline",
    "notes",
)


def write_plan(conn: Connection, plan: Plan) -> None:
    """Insert the plan's rows in bulk inside the caller's write transaction."""
    raw = raw_connection(conn)
    process = QUOTE.c.created_at.type.bind_processor(conn.dialect)
    stamp = process(now()) if process else now().isoformat(" ")
    columns = ", ".join(_SOURCE_COLUMNS)
    raw.executemany(
        f"INSERT INTO source ({columns}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(_SOURCE_COLUMNS))}, ?, ?)",
        (_source_values(s, stamp) for s in plan.sources),
    )
    columns = ", ".join(_ARTICLE_COLUMNS)
    raw.executemany(
        f"INSERT INTO article ({columns}, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))}, ?, ?)",
        (_article_values(a, stamp) for a in plan.articles),
    )
    raw.executemany(
        "INSERT INTO tag (id, name, key, color, created_at) VALUES (?, ?, ?, '', ?)",
        ((*tag, stamp) for tag in plan.tags),
    )
    raw.execute(
        f"INSERT INTO main.quote ({_QUOTE_COLUMNS}) SELECT r.new_id, r.text, s.id, a.id, "
        "r.said_on, r.context, coalesce(r.ground_rule, s.rule), r.language, r.translation, "
        # A rule in the sheet is set on the quote; a blank one follows its source.
        "r.original_text, r.status, r.notes, r.ground_rule IS NOT NULL, ?, ? FROM import_row r "
        "JOIN import_source s ON s.idx = r.source LEFT JOIN import_article a ON a.idx = r.article "
        "WHERE r.state IS NULL ORDER BY r.new_id",
        (stamp, stamp),
    )
    raw.executemany(
        "UPDATE main.quote SET ground_rule = ?, ground_rule_set = 1, updated_at = ? WHERE id = ?",
        ((rule, stamp, quote_id) for _, quote_id, rule in plan.stricter),
    )
    raw.execute(
        "INSERT INTO main.quote_tag (quote_id, tag_id) SELECT DISTINCT r.new_id, t.id "
        "FROM import_row r, json_each(r.tags) j JOIN import_tag t ON t.idx = j.value "
        "WHERE r.state IS NULL"
    )
    with fts.merging_while_filled(raw):
        folded = ", ".join(f"f_{column}" for column in fts.INDEX_COLUMNS)
        raw.execute(
            f"INSERT INTO quote_fts (rowid, {', '.join(fts.INDEX_COLUMNS)}) "
            f"SELECT new_id, {folded} FROM import_row WHERE state IS NULL ORDER BY new_id"
        )


def _source_values(record: dict[str, Any], stamp: str) -> tuple[Any, ...]:
    values = [record.get(column, "") for column in _SOURCE_COLUMNS]
    values[_SOURCE_COLUMNS.index("is_pseudonym")] = int(bool(record["is_pseudonym"]))
    values[_SOURCE_COLUMNS.index("default_ground_rule")] = (
        record.get("default_ground_rule") or "on_record"
    )
    return (*values, stamp, stamp)


def _article_values(record: dict[str, Any], stamp: str) -> tuple[Any, ...]:
    values = [record.get(column, "") for column in _ARTICLE_COLUMNS]
    published = record["published_on"]
    values[_ARTICLE_COLUMNS.index("published_on")] = published.isoformat() if published else None
    return (*values, stamp, stamp)
