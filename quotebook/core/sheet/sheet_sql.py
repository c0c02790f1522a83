"""The SQL of the editor sheet: every cell redacted and formula-neutralised in one statement.

Each source's cells (its attribution under each rule, its printed fields) are
worked out once in Python into a temporary table of the read-only snapshot
(:func:`prepare`); then one SQL statement yields finished rows, with no Python
per row. Which cell is written under which ground rule is set out in csv_export.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain.attribution import attribution
from ..domain.errors import ValidationError
from ..domain.values import GroundRule, Source
from .csv_common import COLUMNS, PSEUDONYM_YES, neutralise
from .csv_risks import scope_sql

_SOURCE_TABLE = "temp.qb_export_source"
_ARTICLE_TABLE = "temp.qb_export_article"
_TAG_TABLE = "temp.qb_export_tag"
_TRIGGERS_SQL = "('=', '+', '-', '@', char(9), char(13), ',', ';', '\"')"
_APOSTROPHE = "''''"  # one apostrophe, as an SQL string literal


def _safe(expr: str) -> str:
    """SQL doing what :func:`~quotebook.core.sheet.csv_common.neutralise` does to a text value."""
    first = f"substr({expr}, 1, 1)"
    after_apostrophes = f"substr(ltrim({expr}, {_APOSTROPHE}), 1, 1)"
    risky = (
        f"{first} IN {_TRIGGERS_SQL} OR "
        f"({first} = {_APOSTROPHE} AND {after_apostrophes} IN {_TRIGGERS_SQL})"
    )
    # A cell of several lines goes through neutralise() itself (its later lines too).
    lines = f"instr({expr}, char(10)) OR instr({expr}, char(13))"
    return (
        f"CASE WHEN {lines} THEN qb_neutralise({expr}) "
        f"WHEN {risky} THEN {_APOSTROPHE} || {expr} ELSE {expr} END"
    )


def _gated(column: str, unredacted: bool, blank: str = "''") -> str:
    """A source cell: always when unredacted, else only for quotes on the record."""
    if unredacted:
        return f"x.{column}"
    return f"CASE WHEN q.ground_rule = 'on_record' THEN x.{column} ELSE {blank} END"


def _own(column: str, protected_notes: bool) -> str:
    """The reporter's own note on a quote: on the record only, unless asked for."""
    if protected_notes:
        return _safe(column)
    return f"CASE WHEN q.ground_rule = 'on_record' THEN {_safe(column)} ELSE '' END"


def cell_sql(unredacted: bool, protected_notes: bool) -> dict[str, str]:
    """The SQL expression of every column (``x``, ``a`` and ``t`` are prepared cells)."""
    return {
        "quote_id": "q.id",
        "quote": _safe("q.text"),
        "attribution": (
            "CASE q.ground_rule WHEN 'on_record' THEN x.attr_on WHEN 'background' "
            "THEN x.attr_background WHEN 'deep_background' THEN x.attr_deep ELSE x.attr_off END"
        ),
        "source": _gated("name", unredacted),
        "pseudonym": _gated("pseudonym", unredacted),
        "age": _gated("age", unredacted, "NULL"),
        "role": _gated("role", unredacted),
        "organization": _gated("organization", unredacted),
        "ground_rule": "q.ground_rule",
        "said_on": "q.said_on",
        "tags": (
            "(SELECT group_concat(cell, '; ') FROM ("
            f"SELECT t.cell FROM quote_tag qt JOIN {_TAG_TABLE} t ON t.id = qt.tag_id "
            "WHERE qt.quote_id = q.id ORDER BY t.key))"
        ),
        "article": "a.headline",
        "outlet": "a.outlet",
        "url": "a.url",
        "published_on": "a.published_on",
        "context": _own("q.context", protected_notes),
        "notes": _own("q.notes", protected_notes),
    }


# The prepared source table holds live sources only: joining it leaves out the
# quotes of a source in the trash.
_FROM = f"""
JOIN {_SOURCE_TABLE} x ON x.id = q.source_id
LEFT JOIN {_ARTICLE_TABLE} a ON a.id = q.article_id
WHERE q.id NOT IN (SELECT id FROM quote_trash)
"""


@dataclass(frozen=True, slots=True)
class Statements:
    """The row query, queries counting its rows and the off-record quotes, their parameter."""

    rows: str
    count: str
    off_record: str
    by_rule: str
    params: tuple[Any, ...]
    ids: str  # the row query's quote ids, in its order
    one: str  # the row query of one quote, by id


def statements(
    chosen: Sequence[str], cells: dict[str, str], ids: Sequence[int] | None, off_record: bool
) -> Statements:
    """The SQL of one export: the whole library by id, or the given ids in their order."""
    select = "SELECT " + ", ".join(cells[column] for column in chosen)
    keep = "" if off_record else " AND q.ground_rule != 'off_record'"
    scope, params = scope_sql(ids)
    order = "q.id" if ids is None else "j.key"
    return Statements(
        rows=f"{select} {scope} {_FROM}{keep} ORDER BY {order}",
        count=f"SELECT count(*) {scope} {_FROM}{keep}",
        off_record=f"SELECT count(*) {scope} {_FROM} AND q.ground_rule = 'off_record'",
        by_rule=f"SELECT q.ground_rule, count(*) {scope} {_FROM}{keep} GROUP BY q.ground_rule",
        params=params,
        ids=f"SELECT q.id {scope} {_FROM}{keep} ORDER BY {order}",
        one=f"{select} FROM quote q {_FROM}{keep} AND q.id = ?",
    )


def check_columns(columns: Sequence[str]) -> tuple[str, ...]:
    """The columns to write, in order; an unknown or repeated column is refused by name."""
    chosen = tuple(columns)
    if not chosen:
        raise ValidationError("columns", "choose at least one column")
    for name in chosen:
        if name not in COLUMNS:
            known = ", ".join(COLUMNS)
            raise ValidationError("columns", f"{name!r} is not a column (known: {known})")
    if len(set(chosen)) != len(chosen):
        raise ValidationError("columns", "a column is chosen twice")
    return chosen


def _source_cells(row: Sequence[Any]) -> tuple[Any, ...]:
    """One source's cells: its attribution under each rule, then its printed fields."""
    source = Source(
        id=row[0],
        name=row[1],
        is_pseudonym=bool(row[2]),
        age=row[3],
        role=row[4],
        organization=row[5],
        described_as=row[6],
    )
    lines = [neutralise(attribution(source, rule)) for rule in GroundRule]
    flag = PSEUDONYM_YES if source.is_pseudonym else ""
    fields = (neutralise(source.name), flag, source.age)
    return (source.id, *lines, *fields, neutralise(source.role), neutralise(source.organization))


def _article_cells(row: Sequence[Any]) -> tuple[Any, ...]:
    return (row[0], neutralise(row[1]), neutralise(row[2]), neutralise(row[3] or ""), row[4])


def _tag_cells(row: Sequence[Any]) -> tuple[Any, ...]:
    """A tag as it stands in the tags cell: neutralised, then its ``;`` doubled."""
    return (row[0], row[1], neutralise(row[2]).replace(";", ";;"))


def prepare(conn: sqlite3.Connection) -> None:
    """Work out the cells of every source, article and tag once, into temporary tables.

    The attribution is Python (:func:`attribution`); having it and the neutralised
    names ready in tables lets the row query stay one SQL statement that feeds
    ``csv.writer`` directly. Sources give neither real name nor contact.
    """
    rules = ", ".join(f"attr_{rule.value.split('_')[0]}" for rule in GroundRule)
    tables = (
        (
            f"{_SOURCE_TABLE} (id INTEGER PRIMARY KEY, {rules}, "
            "name, pseudonym, age, role, organization)",
            "SELECT id, name, is_pseudonym, age, role, organization, described_as "
            "FROM source WHERE deleted_at IS NULL",
            _source_cells,
        ),
        (
            f"{_ARTICLE_TABLE} (id INTEGER PRIMARY KEY, headline, outlet, url, published_on)",
            "SELECT id, headline, outlet, url, published_on FROM article",
            _article_cells,
        ),
        (
            f"{_TAG_TABLE} (id INTEGER PRIMARY KEY, key, cell)",
            "SELECT id, key, name FROM tag",
            _tag_cells,
        ),
    )
    conn.create_function("qb_neutralise", 1, neutralise, deterministic=True)
    for table, select, cells in tables:
        conn.execute(f"CREATE TABLE {table}")
        rows = list(map(cells, conn.execute(select)))
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table.split()[0]} VALUES ({marks})", rows)
