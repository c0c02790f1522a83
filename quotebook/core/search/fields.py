"""Pieces of search SQL, and the conditions for the names a free word matches.

A free word finds a quote by its text, and also by its source's printed name, its
tags and its article's headline and outlet (fts_names.py resolves the word to
their ids). Each condition here comes with the set of quote ids it keeps, so that
search_plan.py can let the smallest lead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from ..storage.fts_names import Refs

__all__ = ["Filter", "Sql", "either", "id_list", "named", "text_or_named"]

_EACH = "SELECT value FROM json_each(?)"


class Sql(NamedTuple):
    """A piece of SQL and the values bound to its ``?`` marks, in order."""

    text: str
    params: list[Any]


class Filter(NamedTuple):
    """One positive filter of the top-level AND: a row condition and its id set.

    ``ids`` is a SELECT of one column named ``id`` (it may repeat an id).
    """

    cond: Sql
    ids: Sql
    seek: Sql | None = None  # the same rows as a WHERE term indexes can lead, if any


def id_list(ids: Iterable[int]) -> str:
    """Row ids as the JSON list ``json_each(?)`` reads: ``[3,5,8]``."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def either(parts: list[Sql], joiner: str = " OR ") -> Sql:
    """``(a OR b …)`` of conditions, or a UNION ALL of id sets with ``joiner``."""
    text = joiner.join(p.text for p in parts)
    return Sql(f"({text})" if joiner == " OR " else text, [v for p in parts for v in p.params])


def named(refs: Refs) -> Filter:
    """The quotes of these sources or articles, or carrying these tags."""
    conds: list[Sql] = []
    ids: list[Sql] = []
    seeks: list[Sql] = []
    if refs.sources:
        listed = id_list(refs.sources)
        conds.append(Sql(f"+q.source_id IN ({_EACH})", [listed]))
        ids.append(Sql(f"SELECT id FROM quote WHERE source_id IN ({_EACH})", [listed]))
        seeks.append(Sql(f"q.source_id IN ({_EACH})", [listed]))
    if refs.articles:
        listed = id_list(refs.articles)
        conds.append(Sql(f"ifnull(+q.article_id IN ({_EACH}), 0)", [listed]))
        ids.append(Sql(f"SELECT id FROM quote WHERE article_id IN ({_EACH})", [listed]))
        seeks.append(Sql(f"q.article_id IN ({_EACH})", [listed]))
    if refs.tags:
        listed = id_list(refs.tags)
        conds.append(
            Sql(
                "EXISTS (SELECT 1 FROM quote_tag qt WHERE qt.quote_id = q.id"
                f" AND +qt.tag_id IN ({_EACH}))",
                [listed],
            )
        )
        tagged = Sql(f"SELECT quote_id AS id FROM quote_tag WHERE tag_id IN ({_EACH})", [listed])
        ids.append(tagged)
        seeks.append(Sql(f"q.id IN ({tagged.text})", tagged.params))
    if not conds:
        return Filter(Sql("0", []), Sql("SELECT 0 AS id WHERE 0", []), seek=Sql("0", []))
    return Filter(either(conds), either(ids, " UNION ALL "), seek=either(seeks))


def text_or_named(text_ids: Sql, refs: Refs) -> Filter:
    """A free word: the quotes whose text has it (``text_ids``) or whose names do.

    The names are checked first: a quote they keep is never looked up in the
    full-text index.
    """
    names = named(refs)
    in_text = Sql(f"+q.id IN ({text_ids.text})", text_ids.params)
    return Filter(either([names.cond, in_text]), either([names.ids, text_ids], " UNION ALL "))
