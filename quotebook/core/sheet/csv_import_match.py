"""Matching the sources, articles and tags of an import to the library (csv_import_plan.py)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..domain.validate import fold
from .csv_import_report import Plan
from .csv_import_rows import Rows, described_as
from .csv_import_stage import ArticleKey, SourceKey


def _in(raw: sqlite3.Connection, sql: str, values: Iterable[Any]) -> list[tuple[Any, ...]]:
    """Rows of ``sql``, whose one ``?`` is a JSON array of ``values`` (``json_each``)."""
    return raw.execute(sql, (json.dumps(list(values)),)).fetchall()


def _max_id(raw: sqlite3.Connection, table: str) -> int:
    return int(raw.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


_IN = "IN (SELECT value FROM json_each(?))"


class Matcher:
    """Resolves source, article and tag keys to ids, creating records as first needed."""

    def __init__(self, raw: sqlite3.Connection, rows: Rows, plan: Plan) -> None:
        self.rows, self.plan = rows, plan
        self._read_sources(raw)
        self._read_articles(raw)
        self.tag_ids = dict(_in(raw, f"SELECT key, id FROM tag WHERE key {_IN}", rows.tags))
        self.next_source = _max_id(raw, "source") + 1
        self.next_article = _max_id(raw, "article") + 1
        self.next_tag = _max_id(raw, "tag") + 1
        self.sources: dict[SourceKey, tuple[int, str]] = {}
        self.articles: dict[ArticleKey, int | None] = {}

    def _read_sources(self, raw: sqlite3.Connection) -> None:
        """The library's live sources of the sheet's names, by folded name."""
        rows = self.rows
        self.by_name: dict[str, list[tuple[int, str, str]]] = {}
        for sid, name_key, org_key, rule in _in(
            raw,
            "SELECT id, name_key, organization_key, default_ground_rule FROM source "
            f"WHERE deleted_at IS NULL AND name_key {_IN} ORDER BY id",
            {key[0] for key in rows.sources},
        ):
            self.by_name.setdefault(name_key, []).append((sid, org_key, rule))

    def _read_articles(self, raw: sqlite3.Connection) -> None:
        """The library's articles of the sheet's URLs, and of its headlines by folded headline."""
        rows = self.rows
        urls = [key[1] for key in rows.articles if key[0] == "url"]
        self.by_url: dict[str, int] = dict(
            _in(raw, f"SELECT url, id FROM article WHERE url {_IN}", urls)
        )
        self.by_headline: dict[str, list[tuple[int, str | None]]] = {}
        headlines = [key[1] for key in rows.articles if key[0] == "headline"]
        for aid, key, url in _in(
            raw,
            f"SELECT id, headline_key, url FROM article WHERE headline_key {_IN} ORDER BY id",
            headlines,
        ):
            self.by_headline.setdefault(key, []).append((aid, url))

    def source(self, key: SourceKey) -> tuple[int, str]:
        """(id, default ground rule) of the source for ``key``."""
        found = self.sources.get(key)
        if found is None:
            found = self.sources[key] = self._match_source(key)
        return found

    def _match_source(self, key: SourceKey) -> tuple[int, str]:
        name_key, org_key = key
        candidates = self.by_name.get(name_key, [])
        exact = [c for c in candidates if c[1] == org_key]
        loose = [c for c in candidates if not org_key or not c[1]]
        for sid, _, rule in exact or loose:
            self.plan.sources_matched.add(sid)
            return sid, rule
        record = dict(self.rows.sources[key])
        record["described_as"] = described_as(record)
        record.update(id=self.next_source, name_key=name_key, organization_key=org_key)
        self.next_source += 1
        self.plan.sources.append(record)
        record["default_ground_rule"] = record.get("default_ground_rule") or self.plan.new_rule
        return record["id"], record["default_ground_rule"]

    def article(self, key: ArticleKey) -> int | None:
        """Id of the article for ``key``; None when a new one would have no headline."""
        if key not in self.articles:
            self.articles[key] = self._match_article(key)
        return self.articles[key]

    def _match_article(self, key: ArticleKey) -> int | None:
        kind, value = key
        found: int | None
        if kind == "url":
            found = self.by_url.get(value)
        else:
            candidates = self.by_headline.get(value, [])
            if self.rows.has_url_column:
                candidates = [c for c in candidates if c[1] is None]
            found = candidates[0][0] if candidates else None
        if found is not None:
            self.plan.articles_matched.add(found)
            return found
        record = dict(self.rows.articles[key])
        if not record["headline"]:
            return None
        record.update(id=self.next_article, headline_key=fold(record["headline"]))
        record["outlet_key"] = fold(record["outlet"])
        self.next_article += 1
        self.plan.articles.append(record)
        return int(record["id"])

    def tag(self, key: str) -> int:
        found = self.tag_ids.get(key)
        if found is None:
            found = self.tag_ids[key] = self.next_tag
            self.next_tag += 1
            self.plan.tags.append((found, self.rows.tags[key], key))
        return found
