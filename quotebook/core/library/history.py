"""What the undo history keeps of one operation, compactly, and what it changed.

A step holds whole rows only for rows an operation created, deleted or edited one
by one; a bulk change to many rows is kept as the columns it set, its ids grouped
by value in arrays of 8-byte integers, and quote-tag links as pairs of ids.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain.changes import Changes, Moves

Key = tuple[str, int]  # a table's name and a row's id
Image = dict[str, Any] | None
Pair = tuple[int, int]  # a quote id and a tag id
Groups = Sequence[tuple[tuple[Any, ...], Sequence[int]]]  # values and the ids that have them
_FILING = ("source_id", "article_id")  # quote columns that move a quote between counts
_QUOTES = ("quote", "quote_trash")  # a quote's trashing is a column of it, kept apart


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


def spans(ids: Iterable[int]) -> array[int]:
    """Ids as runs of consecutive ones: first, last, first, last…"""
    return runs(sorted(ids))


def runs(ascending: Iterable[int]) -> array[int]:
    """:func:`spans` of ids that come in ascending order, read as they come: a
    stream of any length costs one pair of numbers per run."""
    found = array("q")
    for row_id in ascending:
        if found and found[-1] + 1 == row_id:
            found[-1] = row_id
        else:
            found.extend((row_id, row_id))
    return found


@dataclass(frozen=True, slots=True)
class Inserted:
    """The rows one bulk insert (an import) made, as runs of ids per table.

    Undo moves those rows into temporary tables named after ``stash`` and redo
    moves them back (:mod:`stash`): neither holds a row in memory, whatever the size.
    """

    spans: tuple[tuple[str, array[int]], ...]  # table name, first and last ids
    stash: str

    def ids(self, table: str) -> Iterator[int]:
        for name, runs in self.spans:
            if name == table:
                for first, last in pairs_of(runs):
                    yield from range(first, last + 1)


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

    def refers_to(self, values: set[int]) -> bool:
        """Whether any value it writes back or forth is one of ``values``."""
        groups = [*self.before, *self.after]
        return any(v in values for row, _ in groups for v in row if isinstance(v, int))

    def without(self, ids: set[int]) -> ColumnChange:
        """This change on every row but those with these ids."""

        def keep(groups: Groups) -> Groups:
            kept = [
                (values, array("q", (i for i in some if i not in ids))) for values, some in groups
            ]
            return tuple((values, some) for values, some in kept if some)

        if not ids:
            return self
        return ColumnChange(self.table, self.columns, keep(self.before), keep(self.after))


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One undoable operation: its label, whole rows, links and columns it changed."""

    label: str
    before: dict[Key, Image]
    after: dict[Key, Image]
    added: array[int]  # links it made, flattened pairs
    removed: array[int]  # links it took away
    columns: tuple[ColumnChange, ...]
    inserted: Inserted | None = None

    @property
    def empty(self) -> bool:
        return not (self.before or self.added or self.removed or self.columns or self.inserted)

    def without(self, quotes: set[int], sources: set[int], *, undone: bool) -> UndoStep | None:
        """This step without the quotes and sources erased for good (perhaps empty);
        None when replaying it would point a quote at an erased source (as an
        ``undone`` import's stashed quotes might)."""
        if self.inserted and undone and sources:
            return None
        erased = {"quote": quotes, "quote_trash": quotes, "source": sources}

        def kept(key: Key) -> bool:
            return key[1] not in erased.get(key[0], ())

        before = {k: v for k, v in self.before.items() if kept(k)}
        after = {k: v for k, v in self.after.items() if kept(k)}
        images = [*before.values(), *after.values()]
        if any(image and image.get("source_id") in sources for image in images):
            return None
        columns = []
        for change in self.columns:
            if change.refers_to(sources) and "source_id" in change.columns:
                return None
            columns.append(change.without(erased.get(change.table, set())))
        step = UndoStep(
            self.label,
            before,
            after,
            flat(p for p in pairs_of(self.added) if p[0] not in quotes),
            flat(p for p in pairs_of(self.removed) if p[0] not in quotes),
            tuple(change for change in columns if change.ids),
            self.inserted,
        )
        return step

    def moves(self, *, undo: bool = False) -> Moves | None:
        """How replaying this step (forward, or back when ``undo``) changes the live
        counts: quotes into and out of the trash, links made and taken away. None when
        it changes them otherwise: rows created or deleted, a quote filed elsewhere, a
        source, article or tag changed, or a quote both moved and re-tagged.

        Worked out a group of ids at a time: a bulk change's ids share their values."""
        if self.inserted or any(name != "quote" for name, _ in self.before):
            return None
        flips = [_trash_flips(c) if c.table in _QUOTES else None for c in self.columns]
        if self.before:
            flips.append(_image_flips(self.before, self.after))
        into, out = array("q"), array("q")
        for flip in flips:
            if flip is None:
                return None
            into.extend(flip.into)
            out.extend(flip.out)
        added, removed = pairs_of(self.added), pairs_of(self.removed)
        if undo:
            into, out, added, removed = out, into, removed, added
        if len(flips) > 1 or added or removed:
            quotes = {*into, *out}
            if len(quotes) < len(into) + len(out) or quotes & {q for q, _ in (*added, *removed)}:
                return None
        return Moves(tuple(into), tuple(out), tuple(added), tuple(removed))

    def changes(self, created: int | None = None) -> Changes:
        """The rows this step touches, as views need to know."""
        found: dict[str, set[int]] = {
            "source": set(),
            "article": set(),
            "tag": set(),
            "quote": set(),
            "quote_trash": set(),  # quotes moved into or out of the trash
            "saved_search": set(),
        }
        for name, row_id in self.before:
            found[name].add(row_id)
        for links in (self.added, self.removed):
            found["quote"].update(links[0::2])
            found["tag"].update(links[1::2])
        for change in self.columns:
            found[change.table].update(change.ids)
        for name in found if self.inserted else ():
            found[name].update(self.inserted.ids(name))  # type: ignore[union-attr]
        return Changes(
            quotes=frozenset(found["quote"] | found["quote_trash"]),
            sources=frozenset(found["source"]),
            articles=frozenset(found["article"]),
            tags=frozenset(found["tag"]),
            created=created,
            label=self.label,
            searches=frozenset(found["saved_search"]),
        )


class _Flips:
    """Quotes a change put into the trash and took out of it."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.filing = [columns.index(c) for c in _FILING if c in columns]
        self.trash = columns.index("deleted_at") if "deleted_at" in columns else None
        self.into: array[int] = array("q")
        self.out: array[int] = array("q")

    def add(self, old: Sequence[Any], new: Sequence[Any], ids: Iterable[int]) -> bool:
        """Note the move of ``ids`` from ``old`` values to ``new``; False when it files
        them under another source or article."""
        if any(old[c] != new[c] for c in self.filing):
            return False
        if self.trash is not None and (old[self.trash] is None) != (new[self.trash] is None):
            (self.into if new[self.trash] is not None else self.out).extend(ids)
        return True


def _trash_flips(change: ColumnChange) -> _Flips | None:
    """What a column change of quotes moved in or out of the trash; None when it files
    a quote under another source or article."""
    flips = _Flips(change.columns)
    if len(change.after) == 1:  # one value for every row, as a bulk change sets
        new = change.after[0][0]
        return flips if all(flips.add(old, new, ids) for old, ids in change.before) else None
    after = {i: values for values, ids in change.after for i in ids}
    for old, ids in change.before:
        for quote_id in ids:
            if not flips.add(old, after.get(quote_id, old), (quote_id,)):
                return None
    return flips


def _image_flips(before: dict[Key, Image], after: dict[Key, Image]) -> _Flips | None:
    """What whole quote rows changed moved in or out of the trash (nothing: the trash is
    kept apart from them); None when a quote was created, deleted or filed under another
    source or article."""
    flips = _Flips(_FILING)
    for key, old in before.items():
        new = after.get(key)
        if old is None or new is None:
            return None
        if not flips.add([old[c] for c in _FILING], [new[c] for c in _FILING], (key[1],)):
            return None
    return flips
