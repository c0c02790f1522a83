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

import sqlite3
from typing import Any

from ..domain.values import GroundRule
from .csv_import_match import Matcher
from .csv_import_report import Plan
from .csv_import_rows import Rows
from .csv_import_stage import BATCH


def make_plan(raw: sqlite3.Connection, rows: Rows, new_rule: str = "background") -> Plan:
    """Match the staged rows to the library and give every new row its id; writes
    only to the stage. A source the import creates gets ``new_rule`` by default."""
    plan = Plan(rows, rejected=list(rows.rejected), new_rule=GroundRule(new_rule).value)
    matcher = Matcher(raw, rows, plan)
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
    # Gathered as the rows stream by in their order, as for the tags: no sort.
    sql = (
        f"SELECT {column} FROM import_row WHERE state IS NULL AND {column} IS NOT NULL "
        "ORDER BY line"
    )
    return list(dict.fromkeys(row[0] for row in raw.execute(sql)))


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


def _match_articles(raw: sqlite3.Connection, plan: Plan, matcher: Matcher) -> None:
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


def _match_sources(raw: sqlite3.Connection, plan: Plan, matcher: Matcher) -> None:
    keys = list(plan.rows.stage.sources)
    for index in _first_used(raw, "source"):
        raw.execute(
            "INSERT INTO import_source VALUES (?, ?, ?)", (index, *matcher.source(keys[index]))
        )


def _match_tags(raw: sqlite3.Connection, plan: Plan, matcher: Matcher) -> None:
    keys = list(plan.rows.stage.tags)
    # In order of first use, gathered as the rows stream by: grouped in SQL, the two
    # million links of a million rows were sorted in memory (an encrypted library).
    used = dict.fromkeys(
        row[0]
        for row in raw.execute(
            "SELECT j.value FROM import_row r, json_each(r.tags) j WHERE r.state IS NULL "
            "ORDER BY r.line, j.key"
        )
    )
    for index in list(used):
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
    # Numbered a batch at a time in the sheet's order: a window function numbering
    # them in one statement kept every row it numbered (in memory, encrypted).
    line = 0
    while lines := [
        row[0]
        for row in raw.execute(
            # Read in the order of line from where the last batch ended: the unary +
            # keeps SQLite from reading the index on new_id instead, and sorting.
            "SELECT line FROM import_row WHERE line > ? AND state IS NULL AND +new_id IS NULL "
            "ORDER BY line LIMIT ?",
            (line, BATCH),
        )
    ]:
        raw.executemany(
            "UPDATE import_row SET new_id = ? WHERE line = ?",
            ((top + n, line) for n, line in enumerate(lines, 1)),
        )
        top += len(lines)
        line = lines[-1]
    plan.renumbered = _pairs(
        raw,
        "SELECT line, file_id, new_id FROM import_row WHERE state IS NULL "
        "AND file_id IS NOT NULL AND new_id != file_id",
    )
    plan.created = raw.execute("SELECT count(*) FROM import_row WHERE state IS NULL").fetchone()[0]
