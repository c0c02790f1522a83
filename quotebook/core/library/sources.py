"""Sources: the people who speak."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, func, select

from ..domain import schema
from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import NotFoundError
from ..domain.values import Source
from .base import LibraryBase, now
from .live import counted_live, untrashed
from .tx import QUOTE, SOURCE

SOURCE_FIELDS = schema.names(schema.SOURCE)
# Validate and normalise source fields, adding the folded keys they imply.
clean_source_fields = v.Checks("a source", schema.SOURCE)


def source_from_row(row: Mapping[Any, Any], quote_count: int = 0) -> Source:
    return Source(id=row["id"], **schema.read(schema.SOURCE, row), quote_count=quote_count)


def live_quote_counts(conn: Connection, column: Any) -> dict[int, int]:
    """Quotes outside the trash, counted per value of an indexed quote column."""
    return {key: count for key, count in conn.execute(counted_live(column))}


class SourceOps(LibraryBase):
    def add_source(self, name: str, **fields: Any) -> Changes:
        """Create a source; ``changes.created`` is its id."""
        values = clean_source_fields({"name": name, **fields})
        stamp = now()
        with self._write("Add source") as tx:
            tx.created = tx.insert(SOURCE, {**values, "created_at": stamp, "updated_at": stamp})
        return tx.changes

    def update_source(self, source_id: int, **fields: Any) -> Changes:
        """Change some of a source's fields.

        A new default ground rule is taken by the source's quotes whose rule was not
        set on the quote (they follow their source); quotes with a rule set keep it.
        """
        values = clean_source_fields(fields)
        with self._write("Edit source") as tx:
            self._live_source(tx.conn, source_id)
            stamp = now()
            tx.update(SOURCE, [source_id], {**values, "updated_at": stamp})
            if "default_ground_rule" in values:
                following = select(QUOTE.c.id).where(
                    QUOTE.c.source_id == source_id,
                    QUOTE.c.ground_rule_set.is_(False),
                    QUOTE.c.ground_rule != values["default_ground_rule"],
                )
                ids = list(tx.conn.execute(following).scalars())
                rule = {"ground_rule": values["default_ground_rule"], "updated_at": stamp}
                tx.update(QUOTE, ids, rule)
        return tx.changes

    def delete_source(self, source_id: int) -> Changes:
        """Move a source, and with it its quotes, to the trash."""
        with self._write("Delete source") as tx:
            self._live_source(tx.conn, source_id)
            tx.update(SOURCE, [source_id], {"deleted_at": now()})
        return tx.changes

    def restore_source(self, source_id: int) -> Changes:
        """Bring a source back from the trash with the quotes it took there."""
        with self._write("Restore source") as tx:
            row = tx.conn.execute(select(SOURCE.c.id).where(SOURCE.c.id == source_id)).first()
            if row is None:
                raise NotFoundError("source", source_id)
            tx.update(SOURCE, [source_id], {"deleted_at": None})
        return tx.changes

    def get_source(self, source_id: int, *, trashed: bool = False) -> Source:
        """The source with this id; a trashed one only when ``trashed`` is set."""
        with self._read() as conn:
            row = conn.execute(select(SOURCE).where(SOURCE.c.id == source_id)).mappings().first()
            if row is None or (row["deleted_at"] is not None and not trashed):
                raise NotFoundError("source", source_id)
            count = conn.execute(
                select(func.count()).where(QUOTE.c.source_id == source_id).where(untrashed())
            ).scalar_one()
        return source_from_row(row, count)

    def list_sources(self, *, trashed: bool = False) -> list[Source]:
        """Every live source (or every trashed one), by name, with live quote counts."""
        gone = SOURCE.c.deleted_at.is_not(None) if trashed else SOURCE.c.deleted_at.is_(None)
        with self._read() as conn:
            counts = live_quote_counts(conn, QUOTE.c.source_id)
            rows = conn.execute(select(SOURCE).where(gone).order_by(SOURCE.c.name_key)).mappings()
            return [source_from_row(row, counts.get(row["id"], 0)) for row in rows]

    def find_sources(self, name: str, organization: str | None = None) -> list[Source]:
        """Live sources whose name matches ``name`` ignoring case, form and accents."""
        clause = (SOURCE.c.name_key == v.fold(name.strip())) & SOURCE.c.deleted_at.is_(None)
        if organization:
            clause &= SOURCE.c.organization_key == v.fold(organization.strip())
        with self._read() as conn:
            rows = conn.execute(select(SOURCE).where(clause).order_by(SOURCE.c.id)).mappings()
            return [source_from_row(row) for row in rows]

    def _live_source(self, conn: Connection, source_id: int) -> Mapping[Any, Any]:
        row = conn.execute(select(SOURCE).where(SOURCE.c.id == source_id)).mappings().first()
        if row is None or row["deleted_at"] is not None:
            raise NotFoundError("source", source_id)
        return row
