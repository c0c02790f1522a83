"""Planning a search: which term leads, so that the first page can stop early.

Free words become one FTS5 expression over the full-text index; filters (``tag:``,
``said>=``, the trash) become a row condition and the set of quote ids they keep;
the term with the fewest quotes leads and the others are checked row by row. With
no column sort the newest matches (or the best ranked) come first; with one,
search_sort.py walks an index in that order.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..domain.results import GroundRule, SortKey
from ..storage.version import CHECKED_COLUMNS, CHECKS_INDEX
from .parse import And, Field, Node, Not, Or, Phrase, Said, Word
from .sort import WALKABLE, segments
from .sql import (
    ESTIMATE_CAP,
    LIVE,
    Compiler,
    Filter,
    Sql,
    fts_and,
    fts_expression,
    fts_ids,
    trash_filter,
)

__all__ = [
    "FTS_ESTIMATE_CAP",
    "RANK_CAP",
    "Plan",
    "conditions",
    "counted",
    "make_plan",
    "select",
    "split_terms",
    "walk",
    "walks",
    "without",
]

RANK_CAP = 2_000  # free words matching more quotes than this are not ranked (bm25 is slow)
FTS_ESTIMATE_CAP = 5_000  # words matching fewer quotes may be ranked or lead
PER_ROW_CAP = 300  # beside a lead this small, words are checked quote by quote
# Filters too large to lead a page are told apart this far before one leads a count.
COUNT_ESTIMATE_CAP = 250_000

# The general sort, for a few matches (search_sort.py walks indexes for many).
_ORDER = {
    SortKey.QUOTE: ["substr(q.text, 1, 40) COLLATE NOCASE", "q.text COLLATE NOCASE"],
    SortKey.SOURCE: ["s.name_key", "s.id"],
    SortKey.TAGS: [
        "(SELECT min(t.key) FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id"
        " WHERE qt.quote_id = q.id)"
    ],
    SortKey.ARTICLE: ["a.headline_key", "a.id"],
    SortKey.SAID_ON: ["q.said_on"],
    SortKey.GROUND_RULE: [
        "CASE q.ground_rule "
        + " ".join(f"WHEN '{rule.value}' THEN {i}" for i, rule in enumerate(GroundRule))
        + " END"
    ],
    SortKey.CREATED: ["q.created_at"],
}
_JOINS = {
    SortKey.SOURCE: " LEFT JOIN source s ON s.id = q.source_id",
    SortKey.ARTICLE: " LEFT JOIN article a ON a.id = q.article_id",
}


# -- planning: which term leads, so the first page can stop early ------------


class Plan(NamedTuple):
    """How to run a query: words or a filter's id list lead, the rest is checked per row.

    With neither, the live quotes are walked newest first and checked one by one,
    which stops as soon as a page is full because every term then matches many.
    """

    fts: str | None
    fts_estimate: int
    conds: list[Sql]
    lead: Filter | None = None
    count_lead: Filter | None = None  # the smallest filter, when too large to lead a page
    count_rivals: tuple[Filter, ...] = ()  # the others as large as the estimate tells
    lead_estimate: int = 0  # the quotes the lead (or the count's lead) keeps, estimated


def _top(root: Node | None) -> list[Node]:
    if root is None:
        return []
    return list(root.terms) if isinstance(root, And) else [root]


def _wordy(node: Node) -> bool:
    """Made only of free words and phrases (one FTS5 expression)."""
    return fts_expression(node) is not None


def split_terms(compiler: Compiler, root: Node | None) -> list[Node]:
    """The top-level terms whose words also match names, and none of them negated.

    A query with such terms is run twice (search_merge.py): once finding them in
    the text alone, which keeps the full-text index's fast paths and its ranking,
    and once finding them by name; the two lists are merged.
    """
    return [
        t
        for t in _top(root)
        if not isinstance(t, Not) and _wordy(t) and compiler.names(t) and not _negates(compiler, t)
    ]


def without(root: Node | None, term: Node) -> Node | None:
    """The query less one top-level term (None when nothing is left)."""
    rest = [t for t in _top(root) if t is not term]
    if not rest:
        return None
    return rest[0] if len(rest) == 1 else And(tuple(rest))


def _negates(compiler: Compiler, node: Node) -> bool:
    if isinstance(node, Not):
        return compiler.names(node.term)
    if isinstance(node, And | Or):
        return any(_negates(compiler, t) for t in node.terms)
    return False


def make_plan(compiler: Compiler, root: Node | None, trash: bool, *, text: list[Node] | None = None,
              named: Filter | None = None, estimates: bool = True) -> Plan:  # fmt: skip
    """Split the top-level AND into words (one FTS5 expression), filters and the rest.

    Free words that also match names are filters of their own (text or name), but
    for the ``text`` terms, looked for in the text only; ``named`` is one more filter.
    Without ``estimates`` no filter leads: for a walk newest first that stops soon.
    """
    terms, fts, fts_estimate = _said_range(_top(root)), None, 0
    text = text or []
    words = [t for t in terms if _plain(compiler, t) or t in text]
    if words:
        unwanted = [t for t in terms if isinstance(t, Not) and _plain(compiler, t.term)]
        fts = fts_and([*words, *unwanted])
        if estimates:
            fts_estimate = compiler.estimate(fts_ids(str(fts)), FTS_ESTIMATE_CAP)
        terms = [t for t in terms if t not in words and t not in unwanted]
    either = [t for t in terms if isinstance(t, Word | Phrase)]
    filters = [compiler.filter(t) for t in terms if isinstance(t, Field | Said)]
    filters += [compiler.word(t) for t in either]
    filters += [trash_filter()] if trash else []
    filters += [named] if named is not None else []
    conds = [compiler.cond(t) for t in terms if not isinstance(t, Field | Said) and t not in either]
    plan = Plan(fts, fts_estimate, conds)
    if estimates:
        plan, filters = _lead(compiler, plan, filters, trash)
    return plan._replace(conds=conds + [f.cond for f in filters])


def _said_range(terms: list[Node]) -> list[Node]:
    """The top-level dates said (``said>=2023-01 said<2023-03``) as one range of days:
    one walk of the date index between both bounds, where each bound alone would keep
    most quotes and leave the other to be checked in every quote's row."""
    bounds = [t for t in terms if isinstance(t, Said)]
    if len(bounds) < 2:
        return terms
    firsts = [b.first for b in bounds if b.first is not None]
    ends = [b.end for b in bounds if b.end is not None]
    joined = Said("range", " ".join(b.value for b in bounds),
                  max(firsts) if firsts else None, min(ends) if ends else None)  # fmt: skip
    at = terms.index(bounds[0])
    rest = [t for t in terms if not isinstance(t, Said)]
    return [*rest[:at], joined, *rest[at:]]


def _lead(compiler: Compiler, plan: Plan, filters: list[Filter],
          trash: bool) -> tuple[Plan, list[Filter]]:  # fmt: skip
    """Let the filter with the fewest quotes lead, when it has fewer than the words;
    the plan, and the filters left to check row by row, smallest first.

    Outside the trash, the smallest filter too large to lead is counted again without
    the trashed quotes: one whose quotes were mostly just trashed then leads, and finds
    the few left at once, instead of a walk through every quote in search of them.
    """
    sized = sorted(((compiler.estimate(f.ids), f) for f in filters), key=lambda each: each[0])
    limit = min(FTS_ESTIMATE_CAP, plan.fts_estimate) if plan.fts else ESTIMATE_CAP
    if sized and sized[0][0] >= limit and not trash:
        sized[0] = (compiler.estimate(_outside_trash(sized[0][1].ids)), sized[0][1])
    rest = [f for _, f in sized]
    if sized and sized[0][0] < limit:
        return plan._replace(lead=rest[0], lead_estimate=sized[0][0]), rest[1:]
    if sized and plan.fts is None:
        rivals = tuple(f for estimate, f in sized[1:] if estimate >= ESTIMATE_CAP)
        return plan._replace(count_lead=rest[0], count_rivals=rivals,
                             lead_estimate=sized[0][0]), rest  # fmt: skip
    return plan, rest


def _outside_trash(ids: Sql) -> Sql:
    outside = trash_filter().ids
    return Sql(f"SELECT id FROM ({ids.text}) WHERE id NOT IN ({outside.text})",
               ids.params + outside.params)  # fmt: skip


def _plain(compiler: Compiler, node: Node) -> bool:
    """Words found in the text alone: none of them matches a name."""
    return not isinstance(node, Not) and _wordy(node) and not compiler.names(node)


def conditions(plan: Plan, compiler: Compiler, *, fts_leads: bool, trash: bool) -> Sql:
    """Every condition but the leading one, as `` AND …`` to append to a WHERE."""
    conds = list(plan.conds)
    if plan.fts is not None and not fts_leads:
        small = plan.lead is not None and plan.lead_estimate <= PER_ROW_CAP
        conds.insert(0, compiler.text(plan.fts, per_row=small))
    if plan.lead is not None and not fts_leads:
        conds.insert(0, Sql(f"q.id IN ({plan.lead.ids.text})", plan.lead.ids.params))
    elif plan.lead is not None:
        conds.insert(0, plan.lead.cond)
    if not trash:
        conds.insert(0, Sql(LIVE, []))
    return Sql(
        "".join(f" AND {c.text}" for c in conds), [param for c in conds for param in c.params]
    )


def select(plan: Plan, compiler: Compiler, *, ranked: bool, sort: SortKey | None,
            descending: bool, trash: bool, whole: bool = False) -> tuple[Sql, str]:  # fmt: skip
    """The SELECT of matching quote ids (without ORDER BY) and its ORDER BY clause.

    ``whole``: every match is read (a count, a whole list), not the first page.
    """
    fts_leads = plan.fts is not None and (ranked or plan.lead is None)
    joins = _JOINS.get(sort, "") if sort else ""
    if whole and sort is None and not (trash or plan.conds):
        ids_only = _ids_only(plan, fts_leads, ranked)
        if ids_only is not None:
            return ids_only
    rest = conditions(plan, compiler, fts_leads=fts_leads, trash=trash)
    quote = _quote_table(rest, checks_only=whole and sort is None)
    if fts_leads:
        head = Sql(
            f"SELECT q.id FROM quote_fts f JOIN {quote} ON q.id = f.rowid{joins}"
            " WHERE f.quote_fts MATCH ?",
            [plan.fts],
        )
    else:
        head = Sql(f"SELECT q.id FROM {quote}{joins} WHERE 1", [])
    head = Sql(head.text + rest.text, head.params + rest.params)
    newest = "f.rowid DESC" if fts_leads else "q.id DESC"
    if sort is not None:
        way = "DESC" if descending else "ASC"
        order = ", ".join(f"{e} {way} NULLS LAST" for e in _ORDER[sort]) + f", q.id {way}"
    elif ranked:
        order = f"f.rank, {newest}"
    else:
        order = newest
    return head, order


_QUOTE_COLUMN = re.compile(r"\bq\.(\w+)")


def _quote_table(conds: Sql, checks_only: bool) -> str:
    """The quote table as a query reads it: through the index of the columns searches
    check (schema 9) when every match is read and each check is on those columns, so
    that no quote row is read; SQLite itself would look each quote up by its row."""
    if checks_only and set(_QUOTE_COLUMN.findall(conds.text)) <= set(CHECKED_COLUMNS):
        return f"quote q INDEXED BY {CHECKS_INDEX}"
    return "quote q"


def _ids_only(plan: Plan, fts_leads: bool, ranked: bool) -> tuple[Sql, str] | None:
    """Words alone, or one filter alone, outside the trash: the matching ids read from
    the full-text index or the filter's own index, never a quote row for each (at a
    million quotes those rows are half a gigabyte of pages). The trash is left out
    by its ids, which costs a pass over them: worth it for every match, not a page,
    which stops after a few hundred rows."""
    outside = f"NOT IN ({trash_filter().ids.text})"
    if fts_leads and plan.lead is None:
        words = "SELECT f.rowid FROM quote_fts f WHERE f.quote_fts MATCH ?"
        head = Sql(f"{words} AND f.rowid {outside}", [plan.fts])
        return head, "f.rank, f.rowid DESC" if ranked else "f.rowid DESC"
    if plan.fts is None and plan.lead is not None:
        lead = plan.lead.ids
        return Sql(f"SELECT DISTINCT q.id FROM ({lead.text}) q WHERE q.id {outside}",
                   lead.params), "q.id DESC"  # fmt: skip
    return None


def counted(compiler: Compiler, plan: Plan) -> Plan:
    """The plan to count every match with: led by its smallest filter whatever its size
    (a count reads every match, so a walk that could stop early gains nothing).

    Filters that all reached the first estimate's cap are estimated further: a date
    bound keeping 670,000 quotes and a name keeping 160,000 look alike at 20,000, and
    the wrong one reads four times the rows.
    """
    lead = plan.count_lead
    if lead is None:
        return plan
    if plan.count_rivals:
        candidates = (lead, *plan.count_rivals)
        lead = min(candidates, key=lambda f: compiler.estimate(f.ids, COUNT_ESTIMATE_CAP))
    rest = [c for c in plan.conds if c is not lead.cond]
    return plan._replace(lead=lead, count_lead=None, count_rivals=(), conds=rest)


def walks(plan: Plan, sort: SortKey | None, limit: int | None) -> bool:
    """Whether to walk an index in sort order: a sorted page of a broad search."""
    broad_words = plan.fts is None or plan.fts_estimate >= FTS_ESTIMATE_CAP
    return sort in WALKABLE and limit is not None and plan.lead is None and broad_words


def walk(compiler: Compiler, plan: Plan, sort: SortKey, descending: bool, trash: bool,
          need: int) -> list[int]:  # fmt: skip
    """The first ``need`` matches in sort order, segment after segment."""
    rest = conditions(plan, compiler, fts_leads=False, trash=trash)
    found: list[int] = []
    for segment in segments(sort, descending):
        sql = (
            f"SELECT q.id FROM {segment.source} WHERE {segment.where}{rest.text}"
            f" ORDER BY {segment.order} LIMIT ?"
        )
        found += compiler.rows(sql, [*segment.params, *rest.params, need - len(found)])
        if len(found) >= need:
            break
    return found
