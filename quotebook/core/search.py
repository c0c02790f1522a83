"""Search: the search box's syntax, run in SQL over the full-text index and the tables.

Syntax
------

=======================================  ==============================================
``exod``                                 a word: finds quotes with a word starting so
                                         ("exodus"); a single letter or digit matches
                                         only itself as a whole word
``leave``, ``повестка``                  also finds the word's other forms in English
                                         and Russian ("leaving", "повестки"), ranked
                                         below the form typed
``=leaving``                             this form only, as a whole word
``北京``                                 a Chinese, Japanese or Korean word, also
                                         inside a longer run of text
``left march``                           several terms: quotes matching all of them
``"left in march"``                      an exact phrase (whole words in these forms,
                                         in this order)
``tag:draft``, ``tag:"war crimes"``      carries this tag (the whole tag name)
``source:sas``                           source's name has a word starting with this
                                         ("Sasha Petrov" for ``sas``, ``pet`` or
                                         ``"sasha p"``)
``org:yandex``                           source's organisation, the same way
``outlet:"daily ledger"``                article's outlet, the same way
``article:exodus``                       article's headline, the same way
``rule:on_record``                       ground rule: ``on_record`` (``on``),
                                         ``background`` (``bg``), ``deep_background``
                                         (``deep``), ``off_record`` (``off``)
``status:verified``                      ``unverified``, ``verified`` or ``disputed``
``said:2022``, ``said:2022-03``,         said in that year, month or day
``said:2022-03-14``
``said>=2022-03-01``, ``said<=2022-03``  said on or after / on or before (a year or
                                         month counts as its first / last day)
``said>2022``, ``said<2022-03-14``       said after / before (a year or month as a
                                         whole: ``said>2022`` is from 2023 on)
``-word``, ``-"a phrase"``, ``-tag:x``   leaves out quotes matching the term (``NOT``
                                         before a term does the same)
``draft OR exemption``                   either term; ``OR`` binds tighter than the
                                         space between terms: ``a b OR c`` is ``a`` and
                                         (``b`` or ``c``)
``(draft OR visa) -army``                parentheses group terms
=======================================  ==============================================

Every comparison ignores case, accents and Unicode form, in every script:
``иван`` finds "Иван", ``zoe`` finds "Zoë", ``ёлка`` finds "елка". Words search
the quote's text, translation, original text, context and notes. Field names and
``OR``/``AND``/``NOT`` are written as shown (``OR`` in capitals; a lower-case
``or`` is a word). Inside quote marks, ``\\"`` is a quote mark and ``\\\\`` a
backslash. Punctuation and symbols are not indexed, so a term made only of them
(``*``, an emoji) is ignored. A query that cannot be understood (an unclosed quote
mark, ``tag:`` with nothing after it, an unknown ground rule, a date that does
not exist) is refused with a :class:`~quotebook.core.errors.QueryError` naming
the problem and where it is.

Order: with no column sort, results are ranked by relevance when the query has
free words matching at most :data:`RANK_CAP` quotes, and listed newest first
otherwise (``SearchResult.ranked`` says which).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import ValidationError
from .reading import ReaderBase
from .search_parse import (
    And,
    Field,
    Node,
    Not,
    Query,
    QueryError,
    Said,
    parse_query,
    term,
)
from .search_sort import WALKABLE, segments
from .search_sql import (
    ESTIMATE_CAP,
    TRASHED_SOURCES,
    Compiler,
    Filter,
    Sql,
    fts_and,
    fts_expression,
    fts_ids,
    prune,
    trash_filter,
)
from .values import GroundRule, SearchResult, SortKey

__all__ = ["RANK_CAP", "Query", "QueryError", "SearchOps", "parse_query", "term"]

RANK_CAP = 2_000  # free words matching more quotes than this are not ranked (bm25 is slow)
FTS_ESTIMATE_CAP = 5_000  # words matching fewer quotes may be ranked or lead
PER_ROW_CAP = 300  # beside a lead this small, words are checked quote by quote
FETCH_CAP = 20_000  # up to this count_cap, one query gives the page and the count
_LARGEST = 2**63 - 1  # SQLite's largest integer

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


@dataclass(slots=True)
class _Plan:
    """How to run a query: words or a filter's id list lead, the rest is checked per row.

    With neither, the live quotes are walked newest first and checked one by one,
    which stops as soon as a page is full because every term then matches many.
    """

    fts: str | None = None
    fts_estimate: int = 0
    lead: Filter | None = None
    conds: list[Sql] = field(default_factory=list)


def _plan(compiler: Compiler, root: Node | None, trash: bool) -> _Plan:
    """Split the top-level AND into words (one FTS5 expression), filters and the rest."""
    terms: list[Node] = []
    if root is not None:
        terms = list(root.terms) if isinstance(root, And) else [root]
    plan = _Plan()
    words = [t for t in terms if not isinstance(t, Not) and fts_expression(t) is not None]
    if words:
        unwanted = [t for t in terms if isinstance(t, Not) and fts_expression(t.term) is not None]
        plan.fts = fts_and([*words, *unwanted])
        plan.fts_estimate = compiler.estimate(fts_ids(str(plan.fts)), FTS_ESTIMATE_CAP)
        terms = [t for t in terms if t not in words and t not in unwanted]
    filters = [compiler.filter(t) for t in terms if isinstance(t, Field | Said)]
    filters += [trash_filter()] if trash else []
    plan.conds = [compiler.cond(t) for t in terms if not isinstance(t, Field | Said)]
    for each in filters:
        each.estimate = compiler.estimate(each.ids)
    filters.sort(key=lambda f: f.estimate)
    limit = min(FTS_ESTIMATE_CAP, plan.fts_estimate) if plan.fts else ESTIMATE_CAP
    if filters and filters[0].estimate < limit:
        plan.lead = filters.pop(0)
    plan.conds += [f.cond for f in filters]
    return plan


def _conditions(plan: _Plan, compiler: Compiler, *, fts_leads: bool, walk: bool,
                trash: bool) -> Sql:  # fmt: skip
    """Every condition but the leading one, as `` AND …`` to append to a WHERE."""
    conds = list(plan.conds)
    if plan.fts is not None and not fts_leads:
        small = plan.lead is not None and plan.lead.estimate <= PER_ROW_CAP
        conds.insert(0, compiler.text(plan.fts, per_row=small))
    if plan.lead is not None and not fts_leads:
        conds.insert(0, Sql(f"q.id IN ({plan.lead.ids.text})", plan.lead.ids.params))
    elif plan.lead is not None:
        conds.insert(0, plan.lead.cond)
    if not trash:
        index = "" if walk else "+"  # walking newest first, the trash column's index leads
        conds.insert(
            0, Sql(f"{index}q.deleted_at IS NULL AND q.source_id NOT IN ({TRASHED_SOURCES})")
        )
    return Sql(
        "".join(f" AND {c.text}" for c in conds), [param for c in conds for param in c.params]
    )


def _select(plan: _Plan, compiler: Compiler, *, ranked: bool, sort: SortKey | None,
            descending: bool, trash: bool) -> tuple[Sql, str]:  # fmt: skip
    """The SELECT of matching quote ids (without ORDER BY) and its ORDER BY clause."""
    fts_leads = plan.fts is not None and (ranked or plan.lead is None)
    joins = _JOINS.get(sort, "") if sort else ""
    if fts_leads:
        head = Sql(
            f"SELECT q.id FROM quote_fts f JOIN quote q ON q.id = f.rowid{joins}"
            " WHERE f.quote_fts MATCH ?",
            [plan.fts],
        )
    else:
        head = Sql(f"SELECT q.id FROM quote q{joins} WHERE 1")
    walk = not fts_leads and plan.lead is None and sort is None
    rest = _conditions(plan, compiler, fts_leads=fts_leads, walk=walk, trash=trash)
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


def _walks(plan: _Plan, sort: SortKey | None, limit: int | None) -> bool:
    """Whether to walk an index in sort order: a sorted page of a broad search."""
    broad_words = plan.fts is None or plan.fts_estimate >= FTS_ESTIMATE_CAP
    return sort in WALKABLE and limit is not None and plan.lead is None and broad_words


def _walk(compiler: Compiler, plan: _Plan, sort: SortKey, descending: bool, trash: bool,
          need: int) -> list[int]:  # fmt: skip
    """The first ``need`` matches in sort order, segment after segment."""
    rest = _conditions(plan, compiler, fts_leads=False, walk=False, trash=trash)
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


class SearchOps(ReaderBase):
    def search(
        self,
        query: str = "",
        *,
        limit: int | None = None,
        offset: int = 0,
        sort: SortKey | None = None,
        descending: bool = False,
        trash: bool = False,
        count_cap: int | None = None,
    ) -> SearchResult:
        """Quote ids matching ``query`` in display order, and how many match.

        An empty query lists every quote outside the trash (inside it with ``trash``),
        newest first. ``limit`` returns the first page only; ``total`` then counts
        every match, or stops at ``count_cap`` (``total_capped`` says so). Malformed
        queries raise :class:`QueryError`; the syntax is in this module's docstring.
        """
        parsed = parse_query(query)
        _check_counts(limit=limit, offset=offset, count_cap=count_cap)
        sort = None if sort is None else SortKey(sort)
        root = prune(parsed.root) if parsed.root is not None else None
        with self._plain_read() as conn:
            compiler = Compiler(conn)
            plan = _plan(compiler, root, trash)
            ranked = sort is None and plan.fts is not None and plan.fts_estimate < RANK_CAP
            select, order = _select(
                plan, compiler, ranked=ranked, sort=sort, descending=descending, trash=trash
            )
            ordered = Sql(f"{select.text} ORDER BY {order}", select.params)
            if sort is not None and _walks(plan, sort, limit):
                assert limit is not None
                fetch = count_cap is not None and count_cap <= FETCH_CAP
                need = (
                    max(offset + limit, count_cap + 1)
                    if count_cap is not None and fetch
                    else offset + limit
                )
                found = _walk(compiler, plan, sort, descending, trash, need)
                page = found[offset : offset + limit]
                if fetch:
                    assert count_cap is not None
                    capped = len(found) > count_cap
                    return SearchResult(tuple(page), count_cap if capped else len(found), capped)
                total, capped = _total(compiler, select, page, limit, offset, count_cap)
                return SearchResult(tuple(page), total, capped)
            if limit is None:
                every = compiler.rows(ordered.text, ordered.params)
                return SearchResult(tuple(every[offset:]), len(every), ranked=ranked)
            if count_cap is not None and count_cap <= FETCH_CAP:
                return _page_and_count(compiler, ordered, limit, offset, count_cap, ranked)
            page = compiler.rows(
                f"{ordered.text} LIMIT ? OFFSET ?", [*select.params, limit, offset]
            )
            total, capped = _total(compiler, select, page, limit, offset, count_cap)
        return SearchResult(tuple(page), total, capped, ranked)


def _page_and_count(compiler: Compiler, ordered: Sql, limit: int, offset: int, cap: int,
                    ranked: bool) -> SearchResult:  # fmt: skip
    """One query for a page and a capped count: the matches up to the cap, in order."""
    upto = max(offset + limit, cap + 1)
    found = compiler.rows(f"{ordered.text} LIMIT ?", [*ordered.params, upto])
    page = tuple(found[offset : offset + limit])
    if len(found) > cap:
        return SearchResult(page, cap, True, ranked)
    return SearchResult(page, len(found), False, ranked)


def _check_counts(**values: int | None) -> None:
    for name, value in values.items():
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ValidationError(name, f"{value!r} is not a whole number of 0 or more")
        if value is not None and value > _LARGEST:
            raise ValidationError(name, f"{value} is too large (at most {_LARGEST})")


def _total(compiler: Compiler, select: Sql, page: list[int], limit: int, offset: int,
           cap: int | None) -> tuple[int, bool]:  # fmt: skip
    """How many quotes match in all, counting no further than ``cap`` (+ one to know)."""
    if len(page) < limit and (page or offset == 0):
        total = offset + len(page)  # the page ran out: no need to count
    else:
        bound = f" LIMIT {cap + 1}" if cap is not None else ""
        total = int(compiler.rows(f"SELECT count(*) FROM ({select.text}{bound})", select.params)[0])
    if cap is not None and total > cap:
        return cap, True
    return total, False
