"""Matching the staged rows of an import to a library, in SQL on the stage.

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

Every id is given here, in advance; :mod:`csv_import_write` then inserts the rows.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..domain.validate import fold
from ..domain.values import Changes, GroundRule
from ..library.history import Inserted, spans
from .csv_import_rows import Rows, described_as
from .csv_import_stage import ArticleKey, SourceKey


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
    # Ids of the quotes created, in the sheet's order: 8 bytes each, not a tuple of
    # int objects (a million-row sheet's would cost tens of megabytes).
    created_quote_ids: array[int]
    already_present: tuple[tuple[int, int], ...] = ()
    renumbered: tuple[tuple[int, int, int], ...] = ()
    # Rows without a ground rule, filed on their source's default (a new source's
    # is ``new_source_rule``); (line, quote id) of quotes already present that the
    # sheet marks stricter, and were made so.
    filed_by_default: int = 0
    new_source_rule: str = "background"
    made_stricter: tuple[tuple[int, int], ...] = ()
    unknown_columns: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)

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
    created: int = 0  # quotes to insert, their rows in the stage
    sources_matched: set[int] = field(default_factory=set)
    articles_matched: set[int] = field(default_factory=set)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    already_present: list[tuple[int, int]] = field(default_factory=list)
    renumbered: list[tuple[int, int, int]] = field(default_factory=list)
    new_rule: str = "background"
    filed_by_default: int = 0
    stricter: list[tuple[int, int, str]] = field(default_factory=list)  # line, id, rule

    def inserted(self, stash: str) -> Inserted:
        """The rows this plan inserts, as runs of ids, for the import's undo step."""
        return Inserted(
            (
                ("source", spans(s["id"] for s in self.sources)),
                ("article", spans(a["id"] for a in self.articles)),
                ("tag", spans(t[0] for t in self.tags)),
                ("quote", self._quote_runs()),
            ),
            stash,
        )

    def _quote_runs(self) -> array[int]:
        """The new quotes' ids as runs (``history.spans``), worked out in SQL."""
        runs = self.rows.stage.rows(
            "SELECT min(new_id), max(new_id) FROM (SELECT new_id, new_id - row_number() "
            "OVER (ORDER BY new_id) AS run FROM import_row WHERE state IS NULL) "
            "GROUP BY run ORDER BY 1"
        )
        return array("q", (int(i) for run in runs for i in run))  # type: ignore[call-overload]

    def quote_ids(self) -> array[int]:
        """Ids of the quotes to insert, in the sheet's order."""
        statement = "SELECT new_id FROM import_row WHERE state IS NULL ORDER BY line"
        return array("q", (int(row[0]) for row in self.rows.stage.rows(statement)))  # type: ignore[call-overload]

    def report(self, *, dry_run: bool, aborted: bool) -> ImportReport:
        """The report of this plan; an aborted import created nothing.

        Its ``changes`` name the quotes already present that it changed (made
        stricter), not the quotes it created: no view can have shown those, and the
        app reads everything again after an import. ``created_quote_ids`` has them.
        """
        kept = 0 if aborted else 1
        created = array("q") if dry_run or aborted else self.quote_ids()
        changes = Changes(
            quotes=frozenset(s[1] for s in self.stricter),
            sources=frozenset(s["id"] for s in self.sources),
            articles=frozenset(a["id"] for a in self.articles),
            tags=frozenset(t[0] for t in self.tags),
            label="Import CSV",
        )
        return ImportReport(
            dry_run=dry_run,
            aborted=aborted,
            rows_read=self.rows.read,
            quotes_created=self.created * kept,
            quotes_already_present=len(self.already_present) * kept,
            sources_created=len(self.sources) * kept,
            sources_matched=len(self.sources_matched) * kept,
            articles_created=len(self.articles) * kept,
            articles_matched=len(self.articles_matched) * kept,
            tags_created=len(self.tags) * kept,
            rejected=tuple(sorted(self.rejected)),
            created_quote_ids=created,
            already_present=tuple(self.already_present) if kept else (),
            renumbered=tuple(self.renumbered) if kept else (),
            unknown_columns=self.rows.unknown_columns,
            changes=Changes() if dry_run or aborted else changes,
            filed_by_default=self.filed_by_default * kept,
            new_source_rule=self.new_rule,
            made_stricter=tuple((line, qid) for line, qid, _ in self.stricter) if kept else (),
        )


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


def make_plan(raw: sqlite3.Connection, rows: Rows, new_rule: str = "background") -> Plan:
    """Match the staged rows to the library and give every new row its id; writes
    only to the stage. A source the import creates gets ``new_rule`` by default."""
    plan = Plan(rows, rejected=list(rows.rejected), new_rule=GroundRule(new_rule).value)
    matcher = _Matcher(raw, rows, plan)
    _reject_repeated_ids(raw, plan)
    raw.execute(
        "UPDATE import_row SET state = 'present' WHERE state IS NULL AND EXISTS "
        "(SELECT 1 FROM main.quote q WHERE q.id = file_id AND q.text = import_row.text)"
    )
    plan.already_present = _pairs(
        raw, "SELECT line, file_id FROM import_row WHERE state = 'present'"
    )
    _match_articles(raw, plan, matcher)
    _match_sources(raw, plan, matcher)
    _match_tags(raw, plan, matcher)
    _give_ids(raw, plan)
    plan.stricter = _pairs(raw, _STRICTER)
    plan.filed_by_default = raw.execute(
        "SELECT count(*) FROM import_row WHERE state IS NULL AND ground_rule IS NULL"
    ).fetchone()[0]
    return plan


def _rank(rule: str) -> str:
    """SQL of a ground rule's strictness: on the record 0 ... off the record 3."""
    cases = " ".join(f"WHEN '{r.value}' THEN {n}" for n, r in enumerate(GroundRule))
    return f"CASE {rule} {cases} END"


# Quotes already present that the sheet marks stricter: the stricter rule applies.
_STRICTER = (
    "SELECT r.line, r.file_id, r.ground_rule FROM import_row r "
    "JOIN main.quote q ON q.id = r.file_id WHERE r.state = 'present' "
    f"AND r.ground_rule IS NOT NULL AND {_rank('r.ground_rule')} > {_rank('q.ground_rule')}"
)


def _pairs(raw: sqlite3.Connection, sql: str) -> list[Any]:
    return [tuple(row) for row in raw.execute(sql + " ORDER BY line")]


def _first_used(raw: sqlite3.Connection, column: str) -> list[int]:
    """Indexes of the records the rows to import use, in order of first use."""
    sql = (
        f"SELECT {column} FROM import_row WHERE state IS NULL AND {column} IS NOT NULL "
        f"GROUP BY {column} ORDER BY min(line)"
    )
    return [row[0] for row in raw.execute(sql)]


def _reject_repeated_ids(raw: sqlite3.Connection, plan: Plan) -> None:
    """A quote id on a second row of the sheet rejects that row."""
    repeated = raw.execute(
        "SELECT r.line, r.file_id, f.first FROM import_row r JOIN (SELECT file_id, "
        "min(line) AS first FROM import_row WHERE file_id IS NOT NULL GROUP BY file_id "
        "HAVING count(*) > 1) f USING (file_id) WHERE r.line > f.first"
    ).fetchall()
    for line, quote_id, first in repeated:
        reason = f"appears twice in the file, on line {first} and {line}"
        plan.rejected.append((line, f"column 'quote_id': {quote_id} {reason}"))
    raw.executemany(
        "UPDATE import_row SET state = 'rejected' WHERE line = ?", ((r[0],) for r in repeated)
    )


def _match_articles(raw: sqlite3.Connection, plan: Plan, matcher: _Matcher) -> None:
    keys = list(plan.rows.stage.articles)
    for index in _first_used(raw, "article"):
        found = matcher.article(keys[index])
        if found is None:
            reason = "column 'article': empty; a new article needs a headline"
            lines = raw.execute(
                "SELECT line FROM import_row WHERE state IS NULL AND article = ?", (index,)
            )
            plan.rejected.extend((line, reason) for (line,) in lines)
            raw.execute(
                "UPDATE import_row SET state = 'rejected' WHERE state IS NULL AND article = ?",
                (index,),
            )
        raw.execute("INSERT INTO import_article VALUES (?, ?)", (index, found))


def _match_sources(raw: sqlite3.Connection, plan: Plan, matcher: _Matcher) -> None:
    keys = list(plan.rows.stage.sources)
    for index in _first_used(raw, "source"):
        raw.execute(
            "INSERT INTO import_source VALUES (?, ?, ?)", (index, *matcher.source(keys[index]))
        )


def _match_tags(raw: sqlite3.Connection, plan: Plan, matcher: _Matcher) -> None:
    keys = list(plan.rows.stage.tags)
    used = raw.execute(
        "SELECT j.value FROM import_row r, json_each(r.tags) j WHERE r.state IS NULL "
        "GROUP BY j.value ORDER BY min(r.line * 100000 + j.key)"
    )
    for (index,) in used.fetchall():
        raw.execute("INSERT INTO import_tag VALUES (?, ?)", (index, matcher.tag(keys[index])))


def _give_ids(raw: sqlite3.Connection, plan: Plan) -> None:
    """A row keeps its id when free; the others, renumbered ones too, get the next ones."""
    raw.execute(
        "UPDATE import_row SET new_id = file_id WHERE state IS NULL AND file_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM main.quote q WHERE q.id = file_id)"
    )
    top = raw.execute(
        "SELECT max(coalesce((SELECT max(id) FROM main.quote), 0), "
        "coalesce((SELECT max(new_id) FROM import_row), 0))"
    ).fetchone()[0]
    raw.execute(
        "WITH numbered AS (SELECT line, row_number() OVER (ORDER BY line) AS n "
        "FROM import_row WHERE state IS NULL AND new_id IS NULL) "
        "UPDATE import_row SET new_id = ? + numbered.n FROM numbered "
        "WHERE import_row.line = numbered.line",
        (top,),
    )
    plan.renumbered = _pairs(
        raw,
        "SELECT line, file_id, new_id FROM import_row WHERE state IS NULL "
        "AND file_id IS NOT NULL AND new_id != file_id",
    )
    plan.created = raw.execute("SELECT count(*) FROM import_row WHERE state IS NULL").fetchone()[0]
