"""The demo library: a realistic, wholly fictional sample to try Quotebook on.

A correspondent covering tech workers who left a country at war: sources on
every ground rule (pseudonyms with protected real names and contacts among
them), articles, coloured tags and quotes in English, Russian, Serbian and
Turkish. The data ships in ``quotebook/resources/demo.json``; :func:`load_demo`
fills an empty library with it in one transaction (one undo step), for the
``quotebook demo`` command and the app's "Open the demo library" alike.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Connection, func, select

from ...resources import read_text
from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import ConflictError
from .articles import clean_article_fields
from .base import now
from .library import Library
from .quotes import NEW_QUOTE, clean_quote_fields
from .sources import clean_source_fields
from .tags import ensure_tags
from .tx import ARTICLE, QUOTE, SOURCE, TAG, Tx

LABEL = "Load demo library"


def demo_data() -> dict[str, Any]:
    """The demo's sources, articles, tags and quotes, as shipped with the package."""
    data: dict[str, Any] = json.loads(read_text("demo.json"))
    return data


def load_demo(library: Library) -> Changes:
    """Fill an empty library with the demo; a library holding anything is refused.

    Raises :class:`ConflictError` (field ``library``) when the library already holds
    a source, article, tag or quote, trash included, and then changes nothing.
    """
    data = demo_data()
    with library._write(LABEL) as tx:
        _check_empty(tx.conn)
        _add_tags(tx, data["tags"])
        sources = _add_sources(tx, data["sources"])
        articles = _add_articles(tx, data["articles"])
        _add_quotes(tx, data["quotes"], sources, articles)
    return tx.changes


def _check_empty(conn: Connection) -> None:
    held = {
        "quotes": QUOTE,
        "sources": SOURCE,
        "articles": ARTICLE,
        "tags": TAG,
    }
    counts = {
        name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for name, table in held.items()
    }
    if any(counts.values()):
        listed = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
        raise ConflictError(
            "library", f"is not empty ({listed}); the demo fills only an empty library"
        )


def _add_tags(tx: Tx, tags: list[dict[str, str]]) -> None:
    for tag in tags:
        name = v.name("tag", tag["name"])
        color = v.color("color", tag.get("color", ""))
        tx.insert(TAG, {"name": name, "key": v.fold(name), "color": color, "created_at": now()})


def _add_sources(tx: Tx, sources: list[dict[str, Any]]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for entry in sources:
        fields = {key: value for key, value in entry.items() if key != "key"}
        stamp = now()
        row = {**clean_source_fields(fields), "created_at": stamp, "updated_at": stamp}
        ids[entry["key"]] = tx.insert(SOURCE, row)
    return ids


def _add_articles(tx: Tx, articles: list[dict[str, Any]]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for entry in articles:
        fields = {key: value for key, value in entry.items() if key != "key"}
        stamp = now()
        row = {**clean_article_fields(fields), "created_at": stamp, "updated_at": stamp}
        ids[entry["key"]] = tx.insert(ARTICLE, row)
    return ids


def _add_quotes(
    tx: Tx, quotes: list[dict[str, Any]], sources: dict[str, int], articles: dict[str, int]
) -> None:
    statement = select(SOURCE.c.id, SOURCE.c.default_ground_rule)
    rules = {source_id: rule for source_id, rule in tx.conn.execute(statement)}
    for entry in quotes:
        fields = {k: val for k, val in entry.items() if k not in ("source", "article", "tags")}
        fields["source_id"] = sources[entry["source"]]
        if "article" in entry:
            fields["article_id"] = articles[entry["article"]]
        values = clean_quote_fields(fields)
        values["ground_rule_set"] = "ground_rule" in values
        values.setdefault("ground_rule", rules[values["source_id"]])
        stamp = _said_stamp(values.get("said_on"))
        row = {**NEW_QUOTE, **values, "created_at": stamp, "updated_at": stamp}
        quote_id = tx.insert(QUOTE, row)
        tx.link([(quote_id, tag_id) for tag_id in ensure_tags(tx, entry.get("tags", []))])


def _said_stamp(said_on: date | None) -> datetime:
    """When the quote was written down: the evening of the interview, as a reporter would."""
    if said_on is None:
        return now()
    return datetime.combine(said_on, time(18, 0), tzinfo=UTC)
