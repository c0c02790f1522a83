"""Tags: topics that quotes carry, renamed, merged and deleted without touching quotes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, select

from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import ConflictError, NotFoundError
from ..domain.values import Tag
from .base import LibraryBase, now
from .live import counted_live
from .tx import QUOTE_TAG, TAG, Tx


def tag_from_row(row: Mapping[Any, Any], quote_count: int = 0) -> Tag:
    return Tag(id=row["id"], name=row["name"], color=row["color"], quote_count=quote_count)


def ensure_tags(tx: Tx, names: Iterable[str]) -> list[int]:
    """Ids of the tags with these names, creating those that do not exist yet."""
    ids: list[int] = []
    for raw in names:
        name = v.name("tag", raw)
        key = v.fold(name)
        found = tx.conn.execute(select(TAG.c.id).where(TAG.c.key == key)).scalar()
        if found is None:
            found = tx.insert(TAG, {"name": name, "key": key, "color": "", "created_at": now()})
        if found not in ids:
            ids.append(found)
    return ids


def _tag_row(conn: Connection, tag_id: int) -> Mapping[Any, Any]:
    row = conn.execute(select(TAG).where(TAG.c.id == tag_id)).mappings().first()
    if row is None:
        raise NotFoundError("tag", tag_id)
    return row


def live_tag_counts(conn: Connection) -> dict[int, int]:
    """Quotes outside the trash, counted per tag."""
    return {tag_id: count for tag_id, count in conn.execute(counted_live(QUOTE_TAG.c.tag_id))}


class TagOps(LibraryBase):
    def add_tag(self, name: str, color: str = "") -> Changes:
        """Create a tag; ``changes.created`` is its id. A name already taken is a conflict."""
        name = v.name("tag", name)
        color = v.color("color", color)
        with self._write("Add tag") as tx:
            taken = tx.conn.execute(select(TAG.c.name).where(TAG.c.key == v.fold(name))).scalar()
            if taken is not None:
                raise ConflictError("tag", f"a tag named {taken!r} already exists")
            values = {"name": name, "key": v.fold(name), "color": color, "created_at": now()}
            tx.created = tx.insert(TAG, values)
        return tx.changes

    def rename_tag(self, tag_id: int, name: str) -> Changes:
        """Rename a tag. A name another tag has (ignoring case and form) is a conflict: merge."""
        name = v.name("tag", name)
        with self._write("Rename tag") as tx:
            _tag_row(tx.conn, tag_id)
            other = tx.conn.execute(
                select(TAG.c.id, TAG.c.name).where(TAG.c.key == v.fold(name))
            ).first()
            if other is not None and other.id != tag_id:
                raise ConflictError(
                    "tag", f"a tag named {other.name!r} already exists; merge instead"
                )
            tx.update(TAG, [tag_id], {"name": name, "key": v.fold(name)})
        return tx.changes

    def recolor_tag(self, tag_id: int, color: str) -> Changes:
        color = v.color("color", color)
        with self._write("Change tag colour") as tx:
            _tag_row(tx.conn, tag_id)
            tx.update(TAG, [tag_id], {"color": color})
        return tx.changes

    def merge_tags(self, tag_ids: Iterable[int], into: int) -> Changes:
        """Move every quote of the given tags to ``into`` and delete them."""
        merged = [tag_id for tag_id in dict.fromkeys(tag_ids) if tag_id != into]
        with self._write("Merge tags") as tx:
            _tag_row(tx.conn, into)
            for tag_id in merged:
                _tag_row(tx.conn, tag_id)
            links = tx.unlink_where(QUOTE_TAG.c.tag_id.in_(merged))
            tx.link([(quote_id, into) for quote_id, _ in links])
            tx.delete(TAG, merged)
        return tx.changes

    def delete_tag(self, tag_id: int) -> Changes:
        """Delete a tag; its quotes lose it and nothing else."""
        with self._write("Delete tag") as tx:
            _tag_row(tx.conn, tag_id)
            tx.delete(TAG, [tag_id])
        return tx.changes

    def tag_quotes(self, quote_ids: Iterable[int], names: Iterable[str]) -> Changes:
        """Give every listed quote every named tag, creating tags that do not exist."""
        quote_ids = list(quote_ids)
        with self._write("Add tags") as tx:
            tag_ids = ensure_tags(tx, names)
            tx.link([(q, t) for q in quote_ids for t in tag_ids])
        return tx.changes

    def untag_quotes(self, quote_ids: Iterable[int], tag_ids: Iterable[int]) -> Changes:
        """Take the listed tags off every listed quote."""
        quote_ids, tag_ids = list(quote_ids), list(tag_ids)
        with self._write("Remove tags") as tx:
            tx.unlink([(q, t) for q in quote_ids for t in tag_ids])
        return tx.changes

    def list_tags(self) -> list[Tag]:
        """Every tag by name, with how many quotes outside the trash carry it."""
        with self._read() as conn:
            counts = live_tag_counts(conn)
            rows = conn.execute(select(TAG).order_by(TAG.c.key)).mappings()
            return [tag_from_row(row, counts.get(row["id"], 0)) for row in rows]

    def find_tag(self, name: str) -> Tag | None:
        with self._read() as conn:
            row = (
                conn.execute(select(TAG).where(TAG.c.key == v.fold(name.strip())))
                .mappings()
                .first()
            )
            return tag_from_row(row) if row else None
