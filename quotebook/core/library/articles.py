"""Articles: where quotes came from or ran."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from ..domain import schema
from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import ConflictError, NotFoundError
from ..domain.values import Article
from .base import LibraryBase, now
from .live import live_quotes
from .sources import live_quote_counts
from .tx import ARTICLE, QUOTE

# How lists show articles: newest publication first, then by headline.
ARTICLE_ORDER = (ARTICLE.c.published_on.desc().nulls_last(), ARTICLE.c.headline_key)

ARTICLE_FIELDS = schema.names(schema.ARTICLE)
# Validate and normalise article fields, adding the folded keys they imply.
clean_article_fields = v.Checks("an article", schema.ARTICLE)


def article_from_row(row: Mapping[Any, Any], quote_count: int = 0) -> Article:
    return Article(id=row["id"], **schema.read(schema.ARTICLE, row), quote_count=quote_count)


def _check_url(conn: Connection, url: str | None, article_id: int | None) -> None:
    if url is None:
        return
    other = conn.execute(select(ARTICLE.c.id).where(ARTICLE.c.url == url)).scalar()
    if other is not None and other != article_id:
        raise ConflictError("url", f"another article (#{other}) already has the URL {url}")


class ArticleOps(LibraryBase):
    def add_article(self, headline: str, **fields: Any) -> Changes:
        """Create an article; ``changes.created`` is its id."""
        values = clean_article_fields({"headline": headline, **fields})
        stamp = now()
        with self._write("Add article") as tx:
            _check_url(tx.conn, values.get("url"), None)
            tx.created = tx.insert(ARTICLE, {**values, "created_at": stamp, "updated_at": stamp})
        return tx.changes

    def update_article(self, article_id: int, **fields: Any) -> Changes:
        """Change some of an article's fields."""
        values = clean_article_fields(fields)
        with self._write("Edit article") as tx:
            self._article_row(tx.conn, article_id)
            if "url" in values:
                _check_url(tx.conn, values["url"], article_id)
            tx.update(ARTICLE, [article_id], {**values, "updated_at": now()})
        return tx.changes

    def delete_article(self, article_id: int) -> Changes:
        """Delete an article; its quotes stay, no longer filed under it (undoable)."""
        with self._write("Delete article") as tx:
            self._article_row(tx.conn, article_id)
            quote_ids = tx.conn.execute(
                select(QUOTE.c.id).where(QUOTE.c.article_id == article_id)
            ).scalars()
            tx.update(QUOTE, list(quote_ids), {"article_id": None})
            tx.delete(ARTICLE, [article_id])
        return tx.changes

    def get_article(self, article_id: int) -> Article:
        with self._read() as conn:
            row = self._article_row(conn, article_id)
            count = conn.execute(
                select(func.count()).where(QUOTE.c.article_id == article_id).where(live_quotes())
            ).scalar_one()
        return article_from_row(row, count)

    def list_articles(self) -> list[Article]:
        """Every article, newest publication first, with live quote counts."""
        with self._read() as conn:
            counts = live_quote_counts(conn, QUOTE.c.article_id)
            rows = conn.execute(select(ARTICLE).order_by(*ARTICLE_ORDER)).mappings()
            return [article_from_row(row, counts.get(row["id"], 0)) for row in rows]

    def find_article(
        self, *, url: str | None = None, headline: str | None = None
    ) -> Article | None:
        """The article with this URL, else the first with this headline (folded), else None."""
        with self._read() as conn:
            row = None
            if url:
                row = (
                    conn.execute(select(ARTICLE).where(ARTICLE.c.url == url.strip()))
                    .mappings()
                    .first()
                )
            if row is None and headline:
                clause = ARTICLE.c.headline_key == v.fold(headline.strip())
                row = (
                    conn.execute(select(ARTICLE).where(clause).order_by(ARTICLE.c.id))
                    .mappings()
                    .first()
                )
            return article_from_row(row) if row else None

    def _article_row(self, conn: Connection, article_id: int) -> Mapping[Any, Any]:
        row = conn.execute(select(ARTICLE).where(ARTICLE.c.id == article_id)).mappings().first()
        if row is None:
            raise NotFoundError("article", article_id)
        return row
