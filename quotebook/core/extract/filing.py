"""Filing accepted quotes: the article, the new sources and the quotes in one write.

One transaction, one undo step ("Import article"): the app's Undo takes the whole
import back. Everything is checked before anything is written, so bad input changes
nothing and the error names the field at fault.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from ..domain.changes import Changes
from ..domain.errors import ValidationError
from ..library.articles import clean_article_fields
from ..library.base import now
from ..library.library import Library
from ..library.live import untrashed
from ..library.quotes import NEW_QUOTE, clean_quote_fields
from ..library.sources import clean_source_fields
from ..library.tags import ensure_tags
from ..library.tx import ARTICLE, QUOTE, SOURCE, Tx
from .model import FileItem

LABEL = "Import article"


def file_proposals(
    library: Library, article: Mapping[str, Any] | int | None, items: Sequence[FileItem]
) -> Changes:
    """Create the article (or use an existing one), the new sources and the quotes.

    ``article`` is the new article's fields (``headline`` required, as
    :meth:`Library.add_article` takes them), an existing article's id, or None for
    quotes filed under no article. Fields naming an article already in the library
    (its URL, or its headline and outlet) file the quotes under it. A quote that is
    already in the library (the same source, the same words) is not filed again.
    ``changes.created`` is the article's id.
    """
    if not items:
        raise ValidationError("quotes", "no quotes to file")
    article_values = clean_article_fields(article) if isinstance(article, Mapping) else None
    new_sources = _new_sources(items)
    quotes = [clean_quote_fields({"text": item.text, **item.quote}) for item in items]
    stamp = now()
    with library._write(LABEL) as tx:
        article_id = _article(tx, article, article_values, stamp)
        created = {
            key: tx.insert(SOURCE, {**values, "created_at": stamp, "updated_at": stamp})
            for key, values in new_sources.items()
        }
        for item, values in zip(items, quotes, strict=True):
            source_id = item.source_id if item.source_id is not None else created[_key(item)]
            if _existing_quote(tx.conn, source_id, values["text"]) is None:
                _insert_quote(tx, values, source_id, article_id, item.tags, stamp)
        tx.created = article_id
    return tx.changes


def _key(item: FileItem) -> str:
    return item.new_key or str(sorted(item.new_source.items()))


def _new_sources(items: Sequence[FileItem]) -> dict[str, dict[str, Any]]:
    """The validated fields of each distinct new source, by key."""
    found: dict[str, dict[str, Any]] = {}
    for item in items:
        if item.source_id is not None:
            continue
        if not item.new_source:
            raise ValidationError("source", f"no source given for the quote {item.text[:40]!r}")
        key = _key(item)
        if key not in found:
            found[key] = clean_source_fields(item.new_source)
            if "name" not in found[key]:
                raise ValidationError("name", "a new source needs a name")
    return found


def _article(
    tx: Tx,
    article: Mapping[str, Any] | int | None,
    values: dict[str, Any] | None,
    stamp: object,
) -> int | None:
    if values is not None:
        if "headline" not in values:
            raise ValidationError("headline", "must not be empty")
        known = _known_article(tx.conn, values)
        if known is not None:
            return known
        return tx.insert(ARTICLE, {**values, "created_at": stamp, "updated_at": stamp})
    if isinstance(article, int):
        found = tx.conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.id == article)).first()
        if found is None:
            raise ValidationError("article", f"no article #{article}")
        return article
    return None


def _known_article(conn: Connection, values: Mapping[str, Any]) -> int | None:
    """The article in the library these fields name: by URL, else by headline and
    outlet (ignoring case and accents) when the fields give no URL."""
    if values.get("url"):
        found = conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.url == values["url"]))
        return found.scalar()
    same = (ARTICLE.c.headline_key == values["headline_key"]) & (
        ARTICLE.c.outlet_key == values.get("outlet_key", "")
    )
    return conn.execute(select(ARTICLE.c.id).where(same).order_by(ARTICLE.c.id)).scalar()


def known_article(library: Library, fields: Mapping[str, Any]) -> int | None:
    """The id of the article in the library that ``fields`` name, if any."""
    values = clean_article_fields(fields)
    if "headline" not in values:
        return None
    with library._read() as conn:
        return _known_article(conn, values)


def _existing_quote(conn: Connection, source_id: int, text: str) -> int | None:
    """A live quote of this source with exactly these words."""
    same = (QUOTE.c.source_id == source_id) & (QUOTE.c.text == text)
    return conn.execute(select(QUOTE.c.id).where(same, untrashed())).scalar()


def already_filed(library: Library, items: Sequence[FileItem]) -> list[int | None]:
    """For each item under an existing source, the quote with its words already in the
    library (None for the others): shown as such, and not filed twice."""
    found: list[int | None] = []
    with library._read() as conn:
        for item in items:
            if item.source_id is None:
                found.append(None)
                continue
            text = clean_quote_fields({"text": item.text})["text"]
            found.append(_existing_quote(conn, item.source_id, text))
    return found


def _insert_quote(
    tx: Tx,
    values: dict[str, Any],
    source_id: int,
    article_id: int | None,
    tags: Sequence[str],
    stamp: object,
) -> None:
    source = tx.conn.execute(
        select(SOURCE.c.deleted_at, SOURCE.c.default_ground_rule).where(SOURCE.c.id == source_id)
    ).first()
    if source is None or source.deleted_at is not None:
        raise ValidationError("source", f"no source #{source_id}")
    row = {
        **NEW_QUOTE,  # the fields' declared defaults, as for any new quote
        "ground_rule": source.default_ground_rule,
        "ground_rule_set": "ground_rule" in values,  # without one, it follows the source
        **values,
        "source_id": source_id,
        "article_id": article_id,
        "created_at": stamp,
        "updated_at": stamp,
    }
    quote_id = tx.insert(QUOTE, row)
    tx.link([(quote_id, tag_id) for tag_id in ensure_tags(tx, tags)])
