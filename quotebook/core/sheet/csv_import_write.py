"""Writing an import's plan: its new records, then its staged quotes, tags and index
entries, each in one statement from the stage (:mod:`csv_import_stage`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from ..domain import schema
from ..domain.field import Field
from ..library.base import now
from ..library.tx import ARTICLE, QUOTE, SOURCE
from ..storage import fts
from ..storage.driver import driver
from .csv_import_report import Plan
from .csv_import_stage import STAGED

_STAMPS = ("created_at", "updated_at", "deleted_at")
# Every column of a new source and article but the time stamps, keys included.
_SOURCE_COLUMNS = tuple(c.name for c in SOURCE.columns if c.name not in _STAMPS)
_ARTICLE_COLUMNS = tuple(c.name for c in ARTICLE.columns if c.name not in _STAMPS)
_DECLARED = {
    "source": {f.name: f for f in schema.SOURCE},
    "article": {f.name: f for f in schema.ARTICLE},
}
# A quote's own columns from its staged row; a blank rule takes its source's.
_QUOTE_VALUES = ", ".join(
    "coalesce(r.ground_rule, s.rule)" if column == "ground_rule" else f"r.{column}"
    for column in STAGED
)


def write_plan(conn: Connection, plan: Plan) -> None:
    """Insert the plan's rows in bulk inside the caller's write transaction."""
    raw = driver(conn)
    process = QUOTE.c.created_at.type.bind_processor(conn.dialect)
    stamp = process(now()) if process else now().isoformat(" ")
    for table, columns, records in (
        ("source", _SOURCE_COLUMNS, plan.sources),
        ("article", _ARTICLE_COLUMNS, plan.articles),
    ):
        raw.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}, created_at, updated_at) "
            f"VALUES ({', '.join('?' * len(columns))}, ?, ?)",
            ((*_values(record, columns, _DECLARED[table]), stamp, stamp) for record in records),
        )
    raw.executemany(
        "INSERT INTO tag (id, name, key, color, created_at) VALUES (?, ?, ?, '', ?)",
        ((*tag, stamp) for tag in plan.tags),
    )
    raw.execute(
        f"INSERT INTO main.quote (id, source_id, article_id, {', '.join(STAGED)}, "
        "ground_rule_set, created_at, updated_at) "
        f"SELECT r.new_id, s.id, a.id, {_QUOTE_VALUES}, "
        # A rule in the sheet is set on the quote; a blank one follows its source.
        "r.ground_rule IS NOT NULL, ?, ? FROM import_row r "
        "JOIN import_source s ON s.idx = r.source LEFT JOIN import_article a ON a.idx = r.article "
        "WHERE r.state IS NULL ORDER BY r.new_id",
        (stamp, stamp),
    )
    raw.executemany(
        "UPDATE main.quote SET ground_rule = ?, ground_rule_set = 1, updated_at = ? WHERE id = ?",
        ((rule, stamp, quote_id) for _, quote_id, rule in plan.stricter),
    )
    # A row's tags are distinct keys, each of one tag, so its links are distinct
    # already (DISTINCT kept the two million links of a million rows in memory).
    raw.execute(
        "INSERT INTO main.quote_tag (quote_id, tag_id) SELECT r.new_id, t.id "
        "FROM import_row r, json_each(r.tags) j JOIN import_tag t ON t.idx = j.value "
        "WHERE r.state IS NULL"
    )
    with fts.merging_while_filled(raw):
        folded = ", ".join(f"f_{column}" for column in fts.INDEX_COLUMNS)
        raw.execute(
            f"INSERT INTO quote_fts (rowid, {', '.join(fts.INDEX_COLUMNS)}) "
            f"SELECT new_id, {folded} FROM import_row WHERE state IS NULL ORDER BY new_id"
        )


def _values(
    record: dict[str, Any], columns: tuple[str, ...], declared: dict[str, Field]
) -> list[Any]:
    """A new source's or article's row as SQLite stores it, in the order of ``columns``."""
    values = []
    for column in columns:
        value = record.get(column, "")
        field = declared.get(column)
        if field is not None and field.kind == "flag":
            value = int(bool(value))
        elif field is not None and field.kind == "date":
            value = value.isoformat() if value else None
        elif field is not None and field.kind == "rule":
            value = value or field.default
        values.append(value)
    return values
