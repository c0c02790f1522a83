"""Write transactions that record what they change, so every change can be undone.

Each write runs in a :class:`Tx`, which keeps, before its first change to them:

- whole rows it inserts or deletes (``None`` for a row it creates), read again as
  they became when it finishes;
- for :meth:`Tx.update`, only the columns it sets, grouped by value: moving
  100,000 quotes to the trash keeps their ids under the old and the new
  ``deleted_at``, 16 bytes a quote, and nothing else;
- the quote-tag links it adds or removes, as pairs of ids.

Undo writes the "before" side back and redo the "after" side, set-based: one
statement per table and value (ids in chunks), foreign keys checked at commit.
The full-text index is touched only for quotes whose indexed text changes.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from sqlalchemy import Connection, String, Table, delete, func, insert, literal, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..domain.changes import Changes
from ..storage import fts
from ..storage.tables import ARTICLE as ARTICLE  # the tables, where the writing modules take them
from ..storage.tables import QUOTE as QUOTE
from ..storage.tables import QUOTE_TAG as QUOTE_TAG
from ..storage.tables import QUOTE_TRASH as QUOTE_TRASH
from ..storage.tables import SAVED_SEARCH, UTCDateTime
from ..storage.tables import SOURCE as SOURCE
from ..storage.tables import TAG as TAG
from .history import (
    ColumnChange,
    Groups,
    Image,
    Inserted,
    Key,
    Pair,
    UndoStep,
    flat,
    group,
    pairs_of,
)

# Parents before children: rows are restored in this order and removed in reverse.
ORDER: tuple[Table, ...] = (SOURCE, ARTICLE, TAG, QUOTE, SAVED_SEARCH)
# QUOTE_TRASH is written as a column of QUOTE (a quote without a row there has no
# ``deleted_at``), never as whole rows: it is in no image, so not in ORDER.
BY_NAME = {table.name: table for table in (*ORDER, QUOTE_TRASH)}


def among(column: Any, ids: Iterable[int]) -> Any:
    """``column IN (ids)`` with the ids as one JSON parameter: one statement for any
    number of them, and no per-id work for SQLAlchemy (``json_each``)."""
    each = _each(ids)
    return column.in_(select(each.c.value))


def _each(ids: Iterable[int]) -> Any:
    return func.json_each(json_ids(ids)).table_valued("value")


ENCODED_AT_ONCE = 5_000  # ids a chunk: encoding one holds the interpreter about 0.4 ms


def json_ids(ids: Iterable[int]) -> str:
    """Ids as one JSON list, encoded a chunk at a time.

    Encoding 100,000 ids in one call holds the interpreter for 8 ms, and the app's
    GUI thread with it: a bulk change encodes its ids twice as it starts, just as
    the window repaints. Between chunks the GUI thread gets its turn.
    """
    every = list(ids)
    chunks = (every[i : i + ENCODED_AT_ONCE] for i in range(0, len(every), ENCODED_AT_ONCE))
    return "[" + ",".join(json.dumps(chunk, separators=(",", ":"))[1:-1] for chunk in chunks) + "]"


class Tx:
    """A write transaction on one connection, recording what it changes."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.before: dict[Key, Image] = {}
        self.links: dict[Pair, bool] = {}  # whether each touched link existed before
        self.columns: list[_Assigned] = []
        self.created: int | None = None
        self.changes = Changes()
        self.recording = True  # off while undo or redo replays a step already recorded
        self.inserted: Inserted | None = None  # what a bulk insert (an import) made
        # Whether text was taken out of the library (a word of a quote, a source's
        # contact, a deleted row): the journal is then emptied once it is committed.
        self.erased = False

    # -- reading ----------------------------------------------------------

    def fetch(self, table: Table, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Current rows of ``table`` by id."""
        return {row["id"]: row for row in self._select(table, list(ids), list(table.columns))}

    def values(
        self, table: Table, ids: Sequence[int], columns: Sequence[str]
    ) -> dict[int, tuple[Any, ...]]:
        """Current values of ``columns`` by id, for the rows that exist."""
        picked = [table.c.id, *(table.c[name] for name in columns)]
        return {row[0]: tuple(row[1:]) for row in self._rows(table, ids, picked)}

    def grouped(self, table: Table, ids: Sequence[int], columns: Sequence[str]) -> Groups:
        """Current values of ``columns``, each distinct value with the array of its ids.

        Grouped in SQL: a bulk change's rows mostly share their old values, and
        Python then handles a few groups instead of a row object per id.
        """
        if table is QUOTE_TRASH:  # the quotes with no row there, under None
            each = _each(ids)
            statement = (
                select(QUOTE_TRASH.c.deleted_at, func.json_group_array(each.c.value))
                .select_from(each.outerjoin(QUOTE_TRASH, QUOTE_TRASH.c.id == each.c.value))
                .group_by(QUOTE_TRASH.c.deleted_at)
            )
        else:
            picked = [table.c[name] for name in columns]
            statement = (
                select(*picked, func.json_group_array(table.c.id))
                .where(among(table.c.id, ids))
                .group_by(*picked)
            )
        return [
            (tuple(row[:-1]), array("q", json.loads(row[-1])))
            for row in self.conn.execute(statement)
        ]

    def _select(self, table: Table, ids: list[int], picked: list[Any]) -> list[dict[str, Any]]:
        if not ids:
            return []  # no statement: most writes touch one or two of the tables
        statement = select(*picked).where(among(table.c.id, ids))
        return [dict(row) for row in self.conn.execute(statement).mappings()]

    def _rows(self, table: Table, ids: Sequence[int], picked: list[Any]) -> list[Any]:
        if not ids:
            return []
        return list(self.conn.execute(select(*picked).where(among(table.c.id, ids))))

    def touch(self, table: Table, ids: Iterable[int]) -> None:
        """Keep the whole row of each id not yet kept in this transaction."""
        fresh = [i for i in dict.fromkeys(ids) if (table.name, i) not in self.before]
        current = self.fetch(table, fresh)
        for i in fresh:
            self.before[(table.name, i)] = current.get(i)

    # -- writes -----------------------------------------------------------

    def insert(self, table: Table, values: Mapping[str, Any]) -> int:
        """Insert one row and return its id."""
        result = self.conn.execute(insert(table).values(**values))
        new = int((result.inserted_primary_key or (0,))[0])
        self.before.setdefault((table.name, new), None)
        if table is QUOTE:
            fts.add(self.conn, [{**values, "id": new}])
        return new

    def update(self, table: Table, ids: Iterable[int], values: Mapping[str, Any]) -> int:
        """Set the same ``values`` on the rows with these ids; return how many exist."""
        return self.assign(table, tuple(values), [(tuple(values.values()), list(ids))])

    def assign(self, table: Table, columns: tuple[str, ...], groups: Groups) -> int:
        """Set ``columns`` to each group's values on that group's ids: one UPDATE a group.

        Only the set columns' old values are kept for undo, and only the quotes whose
        indexed text changes are taken out of the full-text index and put back.
        Returns how many rows were set (ids of no row are passed over).
        """
        given = [(values, list(ids)) for values, ids in groups]
        every = [i for _, ids in given for i in ids]
        kept = self.before
        fresh = [i for i in every if (table.name, i) not in kept] if kept else every
        if fresh and self.recording:
            self.columns.append(
                _Assigned(table, columns, self.grouped(table, fresh, columns), given)
            )
        if table is QUOTE_TRASH:
            return self._mark(given)
        if table is QUOTE and set(columns) & set(fts.COLUMNS):
            self._reindex(columns, given)
        elif table is not QUOTE and any(isinstance(table.c[c].type, String) for c in columns):
            self.erased = True
        found = 0
        for values, ids in given:
            statement = update(table).where(among(table.c.id, ids))
            result = self.conn.execute(statement.values(dict(zip(columns, values, strict=True))))
            found += result.rowcount
        return found

    def _mark(self, groups: list[tuple[Any, list[int]]]) -> int:
        """Put quotes in the trash (a ``deleted_at``) or take them out (None): a row of
        ``quote_trash`` each, made or removed. Returns how many quotes were marked,
        or were in the trash and left it."""
        found = 0
        for (stamp,), ids in groups:
            if stamp is None:
                statement: Any = delete(QUOTE_TRASH).where(among(QUOTE_TRASH.c.id, ids))
            else:
                quotes = select(QUOTE.c.id, literal(stamp, UTCDateTime()))
                statement = sqlite_insert(QUOTE_TRASH).from_select(
                    ["id", "deleted_at"], quotes.where(among(QUOTE.c.id, ids))
                )
                statement = statement.on_conflict_do_update(
                    index_elements=["id"], set_={"deleted_at": statement.excluded.deleted_at}
                )
            found += self.conn.execute(statement).rowcount
        return found

    def _reindex(self, columns: tuple[str, ...], groups: list[tuple[Any, list[int]]]) -> None:
        """Re-index the quotes whose searchable text these groups change."""
        old: list[dict[str, Any]] = []
        new: list[dict[str, Any]] = []
        for values, ids in groups:
            setting = dict(zip(columns, values, strict=True))
            for row in self._select(QUOTE, ids, [QUOTE.c.id, *(QUOTE.c[c] for c in fts.COLUMNS)]):
                changed = {**row, **{c: v for c, v in setting.items() if c in row}}
                if changed != row:
                    old.append(row)
                    new.append(changed)
        self.erased |= fts.replace(self.conn, old, new)

    def delete(self, table: Table, ids: Iterable[int]) -> None:
        """Delete rows by id, with the links of deleted quotes and tags."""
        ids = list(ids)
        self.touch(table, ids)
        self.erased = self.erased or bool(ids)
        if table in (QUOTE, TAG):
            column = QUOTE_TAG.c.quote_id if table is QUOTE else QUOTE_TAG.c.tag_id
            self.unlink_where(among(column, ids))
        if table is QUOTE:
            self.assign(QUOTE_TRASH, ("deleted_at",), [((None,), ids)])  # undo puts them back
            fts.remove(self.conn, self.fetch(QUOTE, ids).values())
        self.conn.execute(delete(table).where(among(table.c.id, ids)))

    def link(self, pairs: Iterable[Pair]) -> None:
        """Give quotes tags: (quote id, tag id) pairs; existing links are left alone."""
        pairs = self._touch_links(pairs)
        rows = [{"quote_id": q, "tag_id": t} for q, t in pairs]
        if rows:
            self.conn.execute(sqlite_insert(QUOTE_TAG).on_conflict_do_nothing(), rows)

    def unlink(self, pairs: Iterable[Pair]) -> None:
        """Remove (quote id, tag id) links."""
        pairs = self._touch_links(pairs)
        quote, tag = QUOTE_TAG.c.quote_id, QUOTE_TAG.c.tag_id
        for tag_id in {t for _, t in pairs}:  # links are removed a tag at a time
            ids = [q for q, t in pairs if t == tag_id]
            self.conn.execute(delete(QUOTE_TAG).where(tag == tag_id, among(quote, ids)))

    def unlink_where(self, clause: Any) -> list[Pair]:
        """Remove every link matching ``clause``; return the pairs removed."""
        statement = select(QUOTE_TAG.c.quote_id, QUOTE_TAG.c.tag_id).where(clause)
        pairs = [(q, t) for q, t in self.conn.execute(statement)]
        for pair in pairs:
            self.links.setdefault(pair, True)
        self.conn.execute(delete(QUOTE_TAG).where(clause))
        return pairs

    def _touch_links(self, pairs: Iterable[Pair]) -> list[Pair]:
        pairs = list(dict.fromkeys(pairs))
        fresh = [pair for pair in pairs if pair not in self.links]
        existing = self._existing_links(fresh)
        for pair in fresh:
            self.links[pair] = pair in existing
        return pairs

    def _existing_links(self, pairs: Sequence[Pair]) -> set[Pair]:
        wanted = set(pairs)
        found: set[Pair] = set()
        if wanted:
            statement = select(QUOTE_TAG.c.quote_id, QUOTE_TAG.c.tag_id)
            rows = self.conn.execute(
                statement.where(among(QUOTE_TAG.c.quote_id, {q for q, _ in wanted}))
            )
            found.update(pair for q, t in rows if (pair := (q, t)) in wanted)
        return found

    # -- undo and redo ----------------------------------------------------

    def apply(self, step: UndoStep, *, undo: bool) -> None:
        """Make the library what ``step`` says it was before (undo) or after (redo)."""
        self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        if undo:
            self._put_rows(step.before)
            self.unlink(pairs_of(step.added))
            self.link(pairs_of(step.removed))
            for change in reversed(step.columns):
                self.assign(BY_NAME[change.table], change.columns, change.before)
        else:
            for change in step.columns:
                self.assign(BY_NAME[change.table], change.columns, change.after)
            self.unlink(pairs_of(step.removed))
            self.link(pairs_of(step.added))
            self._put_rows(step.after)

    def _put_rows(self, images: Mapping[Key, Image]) -> None:
        """Make each row what its image says: restored, updated, or gone."""
        for table in reversed(ORDER):
            gone = [i for (name, i), row in images.items() if name == table.name and row is None]
            self.delete(table, gone)
        for table in ORDER:
            rows = [row for (name, _), row in images.items() if name == table.name and row]
            self._upsert(table, rows)

    def _upsert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert or overwrite whole rows; only quotes whose indexed text differs are re-indexed."""
        if not rows:
            return
        ids = [row["id"] for row in rows]
        self.touch(table, ids)
        if table is QUOTE:
            self._reindex_rows(rows)
        statement = sqlite_insert(table)
        others = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
        statement = statement.on_conflict_do_update(index_elements=["id"], set_=others)
        self.conn.execute(statement, rows)

    def _reindex_rows(self, rows: list[dict[str, Any]]) -> None:
        """Index quotes about to be written whole, where their indexed text differs."""
        ids = [row["id"] for row in rows]
        now = self.values(QUOTE, ids, fts.COLUMNS)
        moved = [r for r in rows if now.get(r["id"]) != tuple(r[c] for c in fts.COLUMNS)]
        names = ("id", *fts.COLUMNS)
        old = [dict(zip(names, (i, *now[i]), strict=True)) for r in moved if (i := r["id"]) in now]
        self.erased |= fts.replace(self.conn, old, moved)

    def finish(self, label: str) -> tuple[UndoStep, Changes]:
        """Read what the touched rows became and say what changed."""
        after: dict[Key, Image] = {}
        for table in ORDER:
            ids = [i for (name, i) in self.before if name == table.name]
            current = self.fetch(table, ids)
            after.update({(table.name, i): current.get(i) for i in ids})
        rows = {k for k in self.before if self.before[k] != after[k]}
        existing = self._existing_links(list(self.links))
        added = [p for p, was in self.links.items() if not was and p in existing]
        removed = [p for p, was in self.links.items() if was and p not in existing]
        columns = [assigned.change() for assigned in self.columns]
        step = UndoStep(
            label,
            {k: self.before[k] for k in rows},
            {k: after[k] for k in rows},
            flat(added),
            flat(removed),
            tuple(change for change in columns if change.ids),
            self.inserted,
        )
        # A bulk insert (an import) reports its own changes: not a set of every id here.
        return step, replace(step, inserted=None).changes(self.created)


class _Assigned(NamedTuple):
    """Columns one :meth:`Tx.assign` set: their old values, and the values it gave.

    What the rows became needs no reading back: a later change in the same
    transaction is recorded after this one, so redo replays it after this one.
    """

    table: Table
    columns: tuple[str, ...]
    before: Groups  # of the rows that existed and were not yet kept whole
    given: list[tuple[Any, list[int]]]

    def change(self) -> ColumnChange:
        """The rows whose values changed, before and after."""
        if len(self.given) == 1:  # one value for every row, as a bulk change sets
            values = self.given[0][0]
            before = tuple((old, ids) for old, ids in self.before if old != values)
            ids = array("q")
            for _, some in before:
                ids.extend(some)
            after = ((values, ids),) if ids else ()
            return ColumnChange(self.table.name, self.columns, before, after)
        old = {i: values for values, ids in self.before for i in ids}
        pairs = [(v, i) for v, ids in self.given for i in ids if i in old and old[i] != v]
        return ColumnChange(
            self.table.name, self.columns, group((old[i], i) for _, i in pairs), group(pairs)
        )
