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
the quote's text, translation, original text, context and notes, and also its
source's printed name (never the real name), its tags and its article's headline
and outlet, the same way (fts_names.py, search_merge.py). Field names and
``OR``/``AND``/``NOT`` are written as shown (``OR`` in capitals; a lower-case
``or`` is a word). Inside quote marks, ``\\"`` is a quote mark and ``\\\\`` a
backslash. Punctuation and symbols are not indexed, so a term made only of them
(``*``, an emoji) is ignored. A query that cannot be understood (an unclosed quote
mark, ``tag:`` with nothing after it, an unknown ground rule, a date that does
not exist) is refused with a :class:`~quotebook.core.domain.errors.QueryError` naming
the problem and where it is.

Order: with no column sort, results are ranked by relevance when the query has
free words matching at most :data:`RANK_CAP` quotes in their text (those first,
then the quotes found only by a name, newest first), and listed newest first
otherwise (``SearchResult.ranked`` says which).
"""

from __future__ import annotations

from ..domain.errors import ValidationError
from ..domain.results import SortKey
from ..domain.rows import SearchResult
from ..storage.reading import ReaderBase
from .merge import Split, merged
from .parse import Query, QueryError, parse_query, term
from .plan import RANK_CAP, Plan, counted, make_plan, select, split_terms, walk, walks, without
from .sql import Compiler, Sql, prune

__all__ = ["RANK_CAP", "Query", "QueryError", "SearchOps", "parse_query", "term"]

FETCH_CAP = 20_000  # up to this count_cap, one query gives the page and the count
_LARGEST = 2**63 - 1  # SQLite's largest integer


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
            split = split_terms(compiler, root)
            if split and sort is None:
                text = make_plan(compiler, root, trash, text=split)
                # a quote a lone term's names find matches that term: it need not be checked
                rest = without(root, split[0]) if len(split) == 1 else root
                names = compiler.named(split)

                def named(estimates: bool) -> Plan:
                    return make_plan(compiler, rest, trash, named=names, estimates=estimates)

                return merged(compiler, Split(text, named, names, trash), limit, offset, count_cap)
            plan = make_plan(compiler, root, trash)
            return _run(compiler, plan, sort, descending, trash, limit, offset, count_cap)


def _run(compiler: Compiler, plan: Plan, sort: SortKey | None, descending: bool, trash: bool,
         limit: int | None, offset: int, count_cap: int | None) -> SearchResult:  # fmt: skip
    """One plan's page (or every match) in display order, and how many match."""
    if limit is None:
        plan = counted(compiler, plan)  # every match is read: the walk would read every quote
    ranked = sort is None and plan.fts is not None and plan.fts_estimate < RANK_CAP
    found, order = select(plan, compiler, ranked=ranked, sort=sort, descending=descending,
                          trash=trash, whole=limit is None)  # fmt: skip
    ordered = Sql(f"{found.text} ORDER BY {order}", found.params)
    if sort is not None and walks(plan, sort, limit):
        assert limit is not None
        return _walked(compiler, plan, sort, descending, trash, limit, offset, count_cap)
    if limit is None:
        every = compiler.rows(ordered.text, ordered.params)
        return SearchResult(tuple(every[offset:]), len(every), ranked=ranked)
    if count_cap is not None and count_cap <= FETCH_CAP:
        return _page_and_count(compiler, ordered, limit, offset, count_cap, ranked)
    page = compiler.rows(f"{ordered.text} LIMIT ? OFFSET ?", [*found.params, limit, offset])
    total, capped = _total(compiler, plan, trash, page, limit, offset, count_cap)
    return SearchResult(tuple(page), total, capped, ranked)


def _walked(compiler: Compiler, plan: Plan, sort: SortKey, descending: bool, trash: bool,
            limit: int, offset: int, cap: int | None) -> SearchResult:  # fmt: skip
    """A sorted page of a broad search, walking an index in sort order."""
    fetch = cap is not None and cap <= FETCH_CAP
    need = offset + limit
    if cap is not None and fetch:
        need = max(need, cap + 1)
    ids = walk(compiler, plan, sort, descending, trash, need)
    page = ids[offset : offset + limit]
    if fetch:
        assert cap is not None
        capped = len(ids) > cap
        return SearchResult(tuple(page), cap if capped else len(ids), capped)
    total, capped = _total(compiler, plan, trash, page, limit, offset, cap)
    return SearchResult(tuple(page), total, capped)


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


def _total(compiler: Compiler, plan: Plan, trash: bool, page: list[int], limit: int,
           offset: int, cap: int | None) -> tuple[int, bool]:  # fmt: skip
    """How many quotes match in all, counting no further than ``cap`` (+ one to know)."""
    if len(page) < limit and (page or offset == 0):
        total = offset + len(page)  # the page ran out: no need to count
    else:
        found, _ = select(counted(compiler, plan), compiler, ranked=False, sort=None,
                          descending=False, trash=trash, whole=True)  # fmt: skip
        bound = f" LIMIT {cap + 1}" if cap is not None else ""
        total = int(compiler.rows(f"SELECT count(*) FROM ({found.text}{bound})", found.params)[0])
    if cap is not None and total > cap:
        return cap, True
    return total, False
