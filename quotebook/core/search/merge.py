"""Merging a search found in the text with the same search found by names.

When free words also match sources' printed names, tags or articles' headlines
and outlets, a query is run as two plans (search_plan.py): ``text`` finds those
words in the quotes' text only, exactly as a search whose words match no name,
with the full-text index leading, stopping early and ranking; ``named`` finds the
quotes where at least one of them matches by name instead, led by the few
sources, tags and articles named. Every match is in one list or both.

Text matches come first when ranked (they are ranked, the others follow newest
first); otherwise the two newest-first lists are merged, and each needs no more
than the page (or the count's cap) from its own start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..domain.rows import SearchResult
from .fields import Filter
from .plan import RANK_CAP, Plan, conditions, counted, select
from .sql import Compiler, Sql

__all__ = ["Split", "merged"]


class Split(NamedTuple):
    """A query run twice: its words in the text, and its words by name (``names``);
    the second plan is made when needed, with or without estimates."""

    text: Plan
    named: Callable[[bool], Plan]
    names: Filter
    trash: bool


NEAR = 50_000  # a walk newest first through this many quotes costs a few milliseconds


def _fetch(compiler: Compiler, found: Sql, order: str | None, upto: int | None) -> list[int]:
    ordered = "" if order is None else f" ORDER BY {order}"
    bound = "" if upto is None else f" LIMIT {int(upto)}"
    return compiler.rows(f"{found.text}{ordered}{bound}", found.params)


def _any_named(compiler: Compiler, split: Split, plan: Plan, upto: int) -> list[int]:
    """Up to ``upto`` quotes found by name, in no order: led by the names' indexes,
    this stops after ``upto`` rows where a walk newest first reads thousands."""
    if plan.fts is not None or split.names.seek is None:
        found, _ = select(plan, compiler, ranked=False, sort=None, descending=False,
                          trash=split.trash)  # fmt: skip
        return _fetch(compiler, found, None, upto)
    if plan.lead is split.names:
        plan = plan._replace(lead=None, conds=[split.names.cond, *plan.conds])
    rest = conditions(plan, compiler, fts_leads=False, trash=split.trash)
    seek = split.names.seek
    sql = Sql(f"SELECT q.id FROM quote q WHERE {seek.text}{rest.text}", seek.params + rest.params)
    return _fetch(compiler, sql, None, upto)


def merged(compiler: Compiler, split: Split, limit: int | None, offset: int,
           count_cap: int | None) -> SearchResult:  # fmt: skip
    """The page (every match without ``limit``) of the two plans' matches, and the count."""
    ranked = split.text.fts is not None and split.text.fts_estimate < RANK_CAP
    need = None if limit is None else offset + limit
    want = need if need is None or count_cap is None else max(need, count_cap + 1)
    in_text, text_order = select(split.text, compiler, ranked=ranked, sort=None,
                                 descending=False, trash=split.trash,
                                 whole=want is None)  # fmt: skip
    first = _fetch(compiler, in_text, text_order, None if ranked else want)
    if (
        not ranked
        and need is not None
        and count_cap is not None
        and len(first) >= max(need, count_cap + 1)
    ):
        return _past_the_cap(compiler, split, first, need, offset, count_cap)
    upto = None if need is None else need + (len(first) if ranked else 0)
    named = split.named(True) if upto is not None else counted(compiler, split.named(True))
    by_name, name_order = select(named, compiler, ranked=False, sort=None,
                                 descending=False, trash=split.trash,
                                 whole=upto is None)  # fmt: skip
    more = _fetch(compiler, by_name, name_order, upto)
    if ranked:  # every text match (fewer than RANK_CAP), best first, then the others
        seen = set(first)
        found = first + [i for i in more if i not in seen]
    else:
        found = sorted(set(first) | set(more), reverse=True)
    page = tuple(found[offset:] if limit is None else found[offset : offset + limit])
    if upto is None or len(more) < upto:  # both lists are whole
        total = len(found)
    elif count_cap is not None:
        every = set(first) | set(_any_named(compiler, split, named, count_cap + 1))
        total = len(every)  # exact when the names found fewer than the cap
    else:
        every_text, _ = select(split.text, compiler, ranked=False, sort=None,
                               descending=False, trash=split.trash, whole=True)  # fmt: skip
        all_named, _ = select(counted(compiler, named), compiler, ranked=False, sort=None,
                              descending=False, trash=split.trash, whole=True)  # fmt: skip
        both = Sql(f"SELECT count(*) FROM ({every_text.text} UNION {all_named.text})",
                   every_text.params + all_named.params)  # fmt: skip
        total = int(compiler.rows(both.text, both.params)[0])
    if count_cap is not None and total > count_cap:
        return SearchResult(page, count_cap, True, ranked)
    return SearchResult(page, total, False, ranked)


def _past_the_cap(compiler: Compiler, split: Split, first: list[int], need: int, offset: int,
                  count_cap: int) -> SearchResult:  # fmt: skip
    """The text alone has more matches than the count shows, newest first: only the
    quotes found by name that are newer than the page's last can join the page."""
    floor = first[need - 1]
    top = int(compiler.rows("SELECT ifnull(max(id), 0) FROM quote", [])[0])
    named = split.named(top - floor > NEAR)  # near the top, a walk needs no estimates
    by_name, name_order = select(named, compiler, ranked=False, sort=None,
                                 descending=False, trash=split.trash)  # fmt: skip
    above = Sql(f"{by_name.text} AND q.id > ?", [*by_name.params, floor])
    more = _fetch(compiler, above, name_order, need)
    found = sorted(set(first[:need]) | set(more), reverse=True)
    return SearchResult(tuple(found[offset:need]), count_cap, True, False)
