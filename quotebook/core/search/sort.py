"""Column sorts that walk an index in sort order, so a first page stops early.

Sorting every match of a broad search (a million quotes) costs seconds; walking
the quotes in the order an index already holds them and keeping the matching
ones costs milliseconds for a page. Each sort is one or more *segments* run one
after the other: the quotes with a value, in order, then those without (NULLs
last in both directions), or one segment per ground rule in its order.
Sorting by the quote's text walks the index of its first 40 characters
(schema 3), ties broken by the whole text, the same order as the general sort.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..domain.results import GroundRule, SortKey

__all__ = ["WALKABLE", "Segment", "segments"]


class Segment(NamedTuple):
    """``SELECT q.id FROM {source} WHERE {where} AND <conditions> ORDER BY {order}``."""

    source: str
    where: str
    order: str
    params: tuple[str, ...] = ()


def _text(way: str) -> list[Segment]:
    start = "substr(q.text, 1, 40) COLLATE NOCASE"
    order = f"{start} {way}, q.text COLLATE NOCASE {way}, q.id {way}"
    return [Segment("quote q", "1", order)]


def _source(way: str) -> list[Segment]:
    # A source's quotes come together (by source id among equal names), newest last.
    order = f"s.name_key {way}, s.id {way}, q.id {way}"
    return [Segment("source s CROSS JOIN quote q ON q.source_id = s.id", "1", order)]


def _article(way: str) -> list[Segment]:
    order = f"a.headline_key {way}, a.id {way}, q.id {way}"
    return [
        Segment("article a CROSS JOIN quote q ON q.article_id = a.id", "1", order),
        Segment("quote q", "q.article_id IS NULL", f"q.id {way}"),
    ]


def _tags(way: str) -> list[Segment]:
    """Quotes under their first tag (by name), tags in order; untagged quotes last."""
    first = (
        "NOT EXISTS (SELECT 1 FROM quote_tag x JOIN tag y ON y.id = x.tag_id"
        " WHERE x.quote_id = qt.quote_id AND y.key < t.key)"
    )
    return [
        Segment(
            "tag t CROSS JOIN quote_tag qt ON qt.tag_id = t.id"
            " CROSS JOIN quote q ON q.id = qt.quote_id",
            first,
            f"t.key {way}, qt.quote_id {way}",
        ),
        Segment(
            "quote q",
            "NOT EXISTS (SELECT 1 FROM quote_tag u WHERE u.quote_id = q.id)",
            f"q.id {way}",
        ),
    ]


def _said(way: str) -> list[Segment]:
    return [
        Segment("quote q", "q.said_on IS NOT NULL", f"q.said_on {way}, q.id {way}"),
        Segment("quote q", "q.said_on IS NULL", f"q.id {way}"),
    ]


def _rule(way: str) -> list[Segment]:
    rules = list(GroundRule) if way == "ASC" else list(reversed(GroundRule))
    return [Segment("quote q", "q.ground_rule = ?", f"q.id {way}", (r.value,)) for r in rules]


def _created(way: str) -> list[Segment]:
    return [Segment("quote q", "1", f"q.created_at {way}, q.id {way}")]


_SEGMENTS: dict[SortKey, Callable[[str], list[Segment]]] = {
    SortKey.QUOTE: _text,
    SortKey.SOURCE: _source,
    SortKey.ARTICLE: _article,
    SortKey.TAGS: _tags,
    SortKey.SAID_ON: _said,
    SortKey.GROUND_RULE: _rule,
    SortKey.CREATED: _created,
}
WALKABLE = frozenset(_SEGMENTS)


def segments(key: SortKey, descending: bool) -> list[Segment]:
    """The segments that list quotes in ``key`` order (ascending or descending)."""
    return _SEGMENTS[key]("DESC" if descending else "ASC")
