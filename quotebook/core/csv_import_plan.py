"""Matching checked rows to a library, and writing them in bulk.

Matching rules (documented for the import dialog and the command line):

- a source is matched by name ignoring case, Unicode form and accents, among
  sources outside the trash; with several of that name, the one whose
  organisation matches; a source whose organisation differs from the row's (both
  given) is another person, so one is created. Matched sources are not changed.
- an article is matched by URL; a row without a URL by headline (ignoring case
  and accents), among articles without a URL when the sheet has a url column,
  among all articles when it has none. Matched articles are not changed.
- tags are matched by name ignoring case and form, and created as needed.
- ``quote_id``: a row whose id is free in the library keeps it. When the id is
  taken by a quote with the same text (in the trash or not), the row is counted
  as already present and left alone; when it is taken by another quote, the row
  is imported under a new id and listed in ``renumbered``.

The writing bypasses the per-row undo path: plain ``executemany`` inserts of
rows whose ids are given in advance, then one bulk insert into the full-text
index of the folded searchable text (as :mod:`fts` stores it).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from . import fts
from .base import now
from .csv_import_rows import ArticleKey, QuoteDraft, Rows, SourceKey, described_as
from .tx import QUOTE
from .validate import fold
from .values import Changes, GroundRule


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, or (``dry_run``) would do, or (``aborted``) refused to do.

    ``rejected`` lists (line, reason) for every invalid row; when rows are invalid
    and ``skip_invalid`` was not given, nothing was written and ``aborted`` is set.
    ``already_present`` lists (line, quote id) of rows left alone; ``renumbered``
    (line, id in the file, id given) of rows whose id was taken by another quote.
    """

    dry_run: bool
    aborted: bool
    rows_read: int
    quotes_created: int
    quotes_already_present: int
    sources_created: int
    sources_matched: int
    articles_created: int
    articles_matched: int
    tags_created: int
    rejected: tuple[tuple[int, str], ...]
    created_quote_ids: tuple[int, ...]
    already_present: tuple[tuple[int, int], ...] = ()
    renumbered: tuple[tuple[int, int, int], ...] = ()
    unknown_columns: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)
    # Rows without a ground rule, filed on their source's default (a new source's
    # is ``new_source_rule``); (line, quote id) of quotes already present that the
    # sheet marks stricter, and were made so.
    filed_by_default: int = 0
    new_source_rule: str = GroundRule.BACKGROUND.value
    made_stricter: tuple[tuple[int, int], ...] = ()

    @property
    def ok(self) -> bool:
        """True when every row was read (nothing rejected, nothing refused)."""
        return not self.rejected and not self.aborted


@dataclass
class Plan:
    """The rows to insert, ids given, and what was matched."""

    rows: Rows
    sources: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    tags: list[tuple[int, str, str]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)
    sources_matched: set[int] = field(default_factory=set)
    articles_matched: set[int] = field(default_factory=set)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    already_present: list[tuple[int, int]] = field(default_factory=list)
    renumbered: list[tuple[int, int, int]] = field(default_factory=list)
    new_rule: str = GroundRule.BACKGROUND.value
    filed_by_default: int = 0
    stricter: list[tuple[int, int, str]] = field(default_factory=list)  # line, id, rule

    def report(self, *, dry_run: bool, aborted: bool) -> ImportReport:
        """The report of this plan; an aborted import created nothing."""
        kept = 0 if aborted else 1
        changes = Changes(
            quotes=frozenset(q[0] for q in self.quotes) | {s[1] for s in self.stricter},
            sources=frozenset(s["id"] for s in self.sources),
            articles=frozenset(a["id"] for a in self.articles),
            tags=frozenset(t[0] for t in self.tags),
            label="Import CSV",
        )
        return ImportReport(
            dry_run=dry_run,
            aborted=aborted,
            rows_read=self.rows.read,
            quotes_created=len(self.quotes) * kept,
            quotes_already_present=len(self.already_present) * kept,
            sources_created=len(self.sources) * kept,
            sources_matched=len(self.sources_matched) * kept,
            articles_created=len(self.articles) * kept,
            articles_matched=len(self.articles_matched) * kept,
            tags_created=len(self.tags) * kept,
            rejected=tuple(sorted(self.rejected)),
            created_quote_ids=() if dry_run or aborted else tuple(q[0] for q in self.quotes),
            already_present=tuple(self.already_present) if kept else (),
            renumbered=tuple(self.renumbered) if kept else (),
            unknown_columns=self.rows.unknown_columns,
            changes=Changes() if dry_run or aborted else changes,
            filed_by_default=self.filed_by_default * kept,
            new_source_rule=self.new_rule,
            made_stricter=tuple((line, qid) for line, qid, _ in self.stricter) if kept else (),
        )


def _raw(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _in(raw: sqlite3.Connection, sql: str, values: Iterable[Any]) -> list[tuple[Any, ...]]:
    """Rows of ``sql``, whose one ``?`` is a JSON array of ``values`` (``json_each``)."""
    return raw.execute(sql, (json.dumps(list(values)),)).fetchall()


def _max_id(raw: sqlite3.Connection, table: str) -> int:
    return int(raw.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])


_IN = "IN (SELECT value FROM json_each(?))"


class _Matcher:
    """Resolves source, article and tag keys to ids, creating records as first needed."""

    def __init__(self, raw: sqlite3.Connection, rows: Rows, plan: Plan) -> None:
        self.rows, self.plan = rows, plan
        self.by_name: dict[str, list[tuple[int, str, str]]] = {}
        for sid, name_key, org_key, rule in _in(
            raw,
            "SELECT id, name_key, organization_key, default_ground_rule FROM source "
            f"WHERE deleted_at IS NULL AND name_key {_IN} ORDER BY id",
            {key[0] for key in rows.sources},
        ):
            self.by_name.setdefault(name_key, []).append((sid, org_key, rule))
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
        self.tag_ids = dict(_in(raw, f"SELECT key, id FROM tag WHERE key {_IN}", rows.tags))
        self.next_source = _max_id(raw, "source") + 1
        self.next_article = _max_id(raw, "article") + 1
        self.next_tag = _max_id(raw, "tag") + 1
        self.sources: dict[SourceKey, tuple[int, str]] = {}
        self.articles: dict[ArticleKey, int | None] = {}

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
        record["default_ground_rule"] = self.plan.new_rule
        self.plan.sources.append(record)
        return record["id"], self.plan.new_rule

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


def make_plan(conn: Connection, rows: Rows, new_rule: str = GroundRule.BACKGROUND.value) -> Plan:
    """Match the rows to the library and give every new row its id; writes nothing.

    A source the import creates gets ``new_rule`` as its default ground rule.
    """
    raw = _raw(conn)
    plan = Plan(rows, rejected=list(rows.rejected), new_rule=GroundRule(new_rule).value)
    matcher = _Matcher(raw, rows, plan)
    found = _in(
        raw, f"SELECT id, text, ground_rule FROM quote WHERE id {_IN}", _file_ids(rows.quotes)
    )
    taken = {qid: text for qid, text, _ in found}
    rules = {qid: rule for qid, _, rule in found}
    kept = [q.quote_id for q in rows.quotes if q.quote_id is not None and q.quote_id not in taken]
    next_id = max(_max_id(raw, "quote"), *kept, 0) + 1
    for draft in rows.quotes:
        quote_id = draft.quote_id
        if quote_id is not None and taken.get(quote_id) == draft.text:
            plan.already_present.append((draft.line, quote_id))
            if draft.ground_rule and _stricter(draft.ground_rule, rules[quote_id]):
                plan.stricter.append((draft.line, quote_id, draft.ground_rule))
            continue
        article = matcher.article(draft.article) if draft.article is not None else None
        if draft.article is not None and article is None:
            reason = "column 'article': empty; a new article needs a headline"
            plan.rejected.append((draft.line, reason))
            continue
        if quote_id is not None and quote_id in taken:
            plan.renumbered.append((draft.line, quote_id, next_id))
            quote_id = None
        if quote_id is None:
            quote_id, next_id = next_id, next_id + 1
        source_id, default_rule = matcher.source(draft.source)
        plan.filed_by_default += draft.ground_rule is None
        plan.quotes.append(_quote_row(draft, quote_id, source_id, article, default_rule))
        plan.links.extend((quote_id, matcher.tag(key)) for key in draft.tags)
    return plan


def _stricter(rule: str, than: str) -> bool:
    order = list(GroundRule)
    return order.index(GroundRule(rule)) > order.index(GroundRule(than))


def _file_ids(drafts: list[QuoteDraft]) -> Iterator[int]:
    return (d.quote_id for d in drafts if d.quote_id is not None)


def _quote_row(
    draft: QuoteDraft, quote_id: int, source_id: int, article_id: int | None, default_rule: str
) -> tuple[Any, ...]:
    said_on = draft.said_on.isoformat() if draft.said_on else None
    return (
        quote_id,
        draft.text,
        source_id,
        article_id,
        said_on,
        draft.context,
        draft.ground_rule or default_rule,
        draft.language,
        draft.translation,
        draft.original_text,
        draft.status,
        draft.notes,
    )


_QUOTE_COLUMNS = (
    "id, text, source_id, article_id, said_on, context, ground_rule, language, "
    "translation, original_text, status, notes, created_at, updated_at"
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
    raw = _raw(conn)
    process = QUOTE.c.created_at.type.bind_processor(conn.dialect)
    stamp = process(now()) if process else now().isoformat(" ")
    columns = ", ".join(_SOURCE_COLUMNS)
    raw.executemany(
        f"INSERT INTO source ({columns}, default_ground_rule, created_at, updated_at) "
        f"VALUES ({', '.join('?' * len(_SOURCE_COLUMNS))}, ?, ?, ?)",
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
    raw.executemany(
        f"INSERT INTO quote ({_QUOTE_COLUMNS}) VALUES ({', '.join('?' * 14)})",
        ((*q, stamp, stamp) for q in plan.quotes),
    )
    raw.executemany("INSERT INTO quote_tag (quote_id, tag_id) VALUES (?, ?)", plan.links)
    raw.executemany(
        "UPDATE quote SET ground_rule = ?, updated_at = ? WHERE id = ?",
        ((rule, stamp, quote_id) for _, quote_id, rule in plan.stricter),
    )
    _index(raw, plan.quotes)


def _source_values(record: dict[str, Any], stamp: str) -> tuple[Any, ...]:
    values = [record.get(column, "") for column in _SOURCE_COLUMNS]
    values[_SOURCE_COLUMNS.index("is_pseudonym")] = int(bool(record["is_pseudonym"]))
    return (*values, record["default_ground_rule"], stamp, stamp)


def _article_values(record: dict[str, Any], stamp: str) -> tuple[Any, ...]:
    values = [record.get(column, "") for column in _ARTICLE_COLUMNS]
    published = record["published_on"]
    values[_ARTICLE_COLUMNS.index("published_on")] = published.isoformat() if published else None
    return (*values, stamp, stamp)


def _index(raw: sqlite3.Connection, quotes: list[tuple[Any, ...]]) -> None:
    """Index the new quotes' folded text in one bulk insert (columns as in :mod:`fts`)."""
    at = {"text": 1, "context": 5, "translation": 8, "original_text": 9, "notes": 11}
    places = [at[column] for column in fts.COLUMNS]
    with fts.merging_while_filled(raw):
        raw.executemany(
            f"INSERT INTO quote_fts (rowid, {', '.join(fts.COLUMNS)}) "
            f"VALUES (?, {', '.join('?' * len(places))})",
            ((q[0], *(fold(q[i]) if q[i] else "" for i in places)) for q in quotes),
        )
