"""Write transactions that record row images, so every change can be undone.

Each write runs in a :class:`Tx`. Before the first change to a row, the
transaction keeps the row as it was (or ``None`` for a row it creates); at the end
it reads each such row as it became. Undo writes the "before" images back, redo
the "after" ones, through the same code: one mechanism for every edit, from a
text change to a tag merge. The full-text index follows every quote row written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from . import fts
from .tables import ArticleTable, QuoteTable, QuoteTagTable, SourceTable, TagTable
from .values import Changes

SOURCE: Table = SourceTable.__table__  # type: ignore[attr-defined]
ARTICLE: Table = ArticleTable.__table__  # type: ignore[attr-defined]
TAG: Table = TagTable.__table__  # type: ignore[attr-defined]
QUOTE: Table = QuoteTable.__table__  # type: ignore[attr-defined]
QUOTE_TAG: Table = QuoteTagTable.__table__  # type: ignore[attr-defined]

# Parents before children: rows are restored in this order and removed in reverse.
ORDER: tuple[Table, ...] = (SOURCE, ARTICLE, TAG, QUOTE, QUOTE_TAG)
_BY_NAME = {table.name: table for table in ORDER}
_CHUNK = 400

Key = tuple[str, tuple[int, ...]]
Image = dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One undoable operation: its label and each touched row before and after."""

    label: str
    before: dict[Key, Image]
    after: dict[Key, Image]


def _pk(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _key_of(table: Table, row: Mapping[Any, Any]) -> tuple[int, ...]:
    return tuple(int(row[column.name]) for column in _pk(table))


class Tx:
    """A write transaction on one connection, keeping the row images of what it touches."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.before: dict[Key, Image] = {}
        self.created: int | None = None
        self.changes = Changes()

    # -- row images -------------------------------------------------------

    def fetch(
        self, table: Table, keys: Iterable[tuple[int, ...]]
    ) -> dict[tuple[int, ...], dict[str, Any]]:
        """Current rows of ``table`` for the given primary keys."""
        wanted = set(keys)
        # Composite keys are looked up by their first column, which leads an index;
        # SQLite does not drive a row-value IN list from one.
        firsts = sorted({key[0] for key in wanted})
        first = _pk(table)[0]
        found: dict[tuple[int, ...], dict[str, Any]] = {}
        for start in range(0, len(firsts), _CHUNK):
            chunk = firsts[start : start + _CHUNK]
            for row in self.conn.execute(select(table).where(first.in_(chunk))).mappings():
                key = _key_of(table, row)
                if key in wanted:
                    found[key] = dict(row)
        return found

    def touch(self, table: Table, keys: Iterable[tuple[int, ...]]) -> None:
        """Keep the before-image of each row not yet touched in this transaction."""
        fresh = [key for key in dict.fromkeys(keys) if (table.name, key) not in self.before]
        current = self.fetch(table, fresh)
        for key in fresh:
            self.before[(table.name, key)] = current.get(key)

    def touch_where(self, table: Table, clause: Any) -> list[dict[str, Any]]:
        """Keep the before-image of every row matching ``clause``; return those rows."""
        rows = [dict(row) for row in self.conn.execute(select(table).where(clause)).mappings()]
        for row in rows:
            self.before.setdefault((table.name, _key_of(table, row)), row)
        return rows

    # -- writes -----------------------------------------------------------

    def insert(self, table: Table, values: Mapping[str, Any]) -> int:
        """Insert one row and return its id (its first key column)."""
        result = self.conn.execute(insert(table).values(**values))
        key = tuple(int(v) for v in result.inserted_primary_key or ())
        self.before.setdefault((table.name, key), None)
        if table is QUOTE:
            fts.add(self.conn, [{**values, "id": key[0]}])
        return key[0]

    def update(self, table: Table, ids: Iterable[int], values: Mapping[str, Any]) -> None:
        """Set ``values`` on the rows with these ids."""
        ids = list(ids)
        keys = [(i,) for i in ids]
        self.touch(table, keys)
        reindex = table is QUOTE and any(c in values for c in fts.COLUMNS)
        old = list(self.fetch(table, keys).values()) if reindex else []
        id_column = _pk(table)[0]
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            self.conn.execute(update(table).where(id_column.in_(chunk)).values(**values))
        if reindex:
            fts.remove(self.conn, old)
            fts.add(self.conn, [{**row, **values} for row in old])

    def delete(self, table: Table, ids: Iterable[int]) -> None:
        """Delete rows by id; the caller has touched any rows a cascade will remove."""
        keys = [(i,) for i in ids]
        self.touch(table, keys)
        if table is QUOTE:
            fts.remove(self.conn, self.fetch(table, keys).values())
        id_column = _pk(table)[0]
        for start in range(0, len(keys), _CHUNK):
            chunk = [key[0] for key in keys[start : start + _CHUNK]]
            self.conn.execute(delete(table).where(id_column.in_(chunk)))

    def link(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Give quotes tags: (quote id, tag id) pairs; existing links are left alone."""
        pairs = list(dict.fromkeys(pairs))
        self.touch(QUOTE_TAG, pairs)
        rows = [{"quote_id": q, "tag_id": t} for q, t in pairs]
        for start in range(0, len(rows), _CHUNK):
            statement = sqlite_insert(QUOTE_TAG).on_conflict_do_nothing()
            self.conn.execute(statement, rows[start : start + _CHUNK])

    def unlink(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Remove (quote id, tag id) links."""
        pairs = list(dict.fromkeys(pairs))
        self.touch(QUOTE_TAG, pairs)
        if pairs:
            self.conn.exec_driver_sql(
                "DELETE FROM quote_tag WHERE quote_id = ? AND tag_id = ?", pairs
            )

    # -- undo and redo ----------------------------------------------------

    def apply(self, images: Mapping[Key, Image]) -> None:
        """Make each row what its image says: restored, updated, or gone."""
        for name, key in images:
            self.touch(_BY_NAME[name], [key])
        for table in reversed(ORDER):
            gone = [
                key for (name, key), row in images.items() if name == table.name and row is None
            ]
            if table is QUOTE_TAG:
                self.unlink([(q, t) for q, t in gone])
            elif gone:
                self.delete(table, [key[0] for key in gone])
        for table in ORDER:
            rows = [row for (name, _), row in images.items() if name == table.name and row]
            self._upsert(table, rows)

    def _upsert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if table is QUOTE:
            fts.remove(self.conn, self.fetch(table, [_key_of(table, r) for r in rows]).values())
        names = [column.name for column in _pk(table)]
        for row in rows:
            statement = sqlite_insert(table).values(**row)
            others = {k: v for k, v in row.items() if k not in names}
            if others:
                statement = statement.on_conflict_do_update(index_elements=names, set_=others)
            else:
                statement = statement.on_conflict_do_nothing()
            self.conn.execute(statement)
        if table is QUOTE:
            fts.add(self.conn, rows)

    def finish(self, label: str) -> tuple[UndoStep, Changes]:
        """Read the after-images and say what changed."""
        after: dict[Key, Image] = {}
        for table in ORDER:
            keys = [key for (name, key) in self.before if name == table.name]
            current = self.fetch(table, keys)
            for key in keys:
                after[(table.name, key)] = current.get(key)
        changed = {k for k in self.before if self.before[k] != after[k]}
        step = UndoStep(
            label,
            {k: self.before[k] for k in changed},
            {k: after[k] for k in changed},
        )
        return step, changes_of(changed, label, self.created)


def changes_of(keys: Iterable[Key], label: str, created: int | None = None) -> Changes:
    found: dict[str, set[int]] = {"source": set(), "article": set(), "tag": set(), "quote": set()}
    for name, key in keys:
        if name == "quote_tag":
            found["quote"].add(key[0])
            found["tag"].add(key[1])
        else:
            found[name].add(key[0])
    return Changes(
        quotes=frozenset(found["quote"]),
        sources=frozenset(found["source"]),
        articles=frozenset(found["article"]),
        tags=frozenset(found["tag"]),
        created=created,
        label=label,
    )


def live_quotes() -> Any:
    """The clause that keeps quotes outside the trash (their own, or their source's)."""
    trashed_sources = select(SOURCE.c.id).where(SOURCE.c.deleted_at.is_not(None))
    return and_(QUOTE.c.deleted_at.is_(None), QUOTE.c.source_id.not_in(trashed_sources))
