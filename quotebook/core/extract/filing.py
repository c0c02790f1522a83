"""Filing accepted quotes: the article, the new sources and the quotes in one write.

One transaction, one undo step ("Import article"): the app's Undo takes the whole
import back. Everything is checked before anything is written, so bad input changes
nothing and the error names the field at fault.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, select

from ..articles import clean_article_fields
from ..base import now
from ..errors import ConflictError, ValidationError
from ..library import Library
from ..quotes import clean_quote_fields
from ..sources import clean_source_fields
from ..tags import ensure_tags
from ..tx import ARTICLE, QUOTE, SOURCE, Tx
from ..values import Changes
from .model import FileItem

LABEL = "Import article"
_QUOTE_DEFAULTS = {c: "" for c in ("context", "language", "translation", "original_text", "notes")}


def file_proposals(
    library: Library, article: Mapping[str, Any] | int | None, items: Sequence[FileItem]
) -> Changes:
    """Create the article (or use an existing one), the new sources and the quotes.

    ``article`` is the new article's fields (``headline`` required, as
    :meth:`Library.add_article` takes them), an existing article's id, or None for
    quotes filed under no article. ``changes.created`` is the article's id.
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
        _check_url(tx.conn, values.get("url"))
        return tx.insert(ARTICLE, {**values, "created_at": stamp, "updated_at": stamp})
    if isinstance(article, int):
        found = tx.conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.id == article)).first()
        if found is None:
            raise ValidationError("article", f"no article #{article}")
        return article
    return None


def _check_url(conn: Connection, url: str | None) -> None:
    if url is None:
        return
    other = conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.url == url)).scalar()
    if other is not None:
        raise ConflictError("url", f"another article (#{other}) already has the URL {url}")


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
        **_QUOTE_DEFAULTS,
        "status": "unverified",
        "ground_rule": source.default_ground_rule,
        **values,
        "source_id": source_id,
        "article_id": article_id,
        "created_at": stamp,
        "updated_at": stamp,
    }
    quote_id = tx.insert(QUOTE, row)
    tx.link([(quote_id, tag_id) for tag_id in ensure_tags(tx, tags)])
