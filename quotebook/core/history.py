"""What the undo history keeps of one operation, compactly, and what it changed.

A step holds whole rows only for rows an operation created, deleted or edited one
by one; a bulk change to many rows is kept as the columns it set, its ids grouped
by value in arrays of 8-byte integers, and quote-tag links as pairs of ids.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .values import Changes

Key = tuple[str, int]  # a table's name and a row's id
Image = dict[str, Any] | None
Pair = tuple[int, int]  # a quote id and a tag id
Groups = Sequence[tuple[tuple[Any, ...], Sequence[int]]]  # values and the ids that have them


def group(
    items: Iterable[tuple[tuple[Any, ...], int]],
) -> tuple[tuple[tuple[Any, ...], array[int]], ...]:
    """(values, id) items as each distinct value with the array of its ids."""
    found: dict[tuple[Any, ...], array[int]] = {}
    for values, row_id in items:
        found.setdefault(values, array("q")).append(row_id)
    return tuple(found.items())


def flat(pairs: Iterable[Pair]) -> array[int]:
    """Pairs of ids as one array: quote, tag, quote, tag…"""
    return array("q", (i for pair in pairs for i in pair))


def pairs_of(ids: Sequence[int]) -> list[Pair]:
    return list(zip(ids[0::2], ids[1::2], strict=True))


@dataclass(frozen=True, slots=True)
class ColumnChange:
    """Some columns of many rows of one table, before and after, ids grouped by value."""

    table: str
    columns: tuple[str, ...]
    before: Groups
    after: Groups

    @property
    def ids(self) -> list[int]:
        return [i for _, ids in self.before for i in ids]


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One undoable operation: its label, whole rows, links and columns it changed."""

    label: str
    before: dict[Key, Image]
    after: dict[Key, Image]
    added: array[int]  # links it made, flattened pairs
    removed: array[int]  # links it took away
    columns: tuple[ColumnChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.before or self.added or self.removed or self.columns)

    def changes(self, created: int | None = None) -> Changes:
        """The rows this step touches, as views need to know."""
        found: dict[str, set[int]] = {
            "source": set(),
            "article": set(),
            "tag": set(),
            "quote": set(),
        }
        for name, row_id in self.before:
            found[name].add(row_id)
        for links in (self.added, self.removed):
            found["quote"].update(links[0::2])
            found["tag"].update(links[1::2])
        for change in self.columns:
            found[change.table].update(change.ids)
        return Changes(
            quotes=frozenset(found["quote"]),
            sources=frozenset(found["source"]),
            articles=frozenset(found["article"]),
            tags=frozenset(found["tag"]),
            created=created,
            label=self.label,
        )
