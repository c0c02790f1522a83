"""Quotes: words a source said, with their tags, trash and reading in pages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, null, select

from ..domain import schema
from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import NotFoundError, ValidationError
from ..domain.values import GroundRule, Quote
from ..storage.erase import purge_index
from .base import now
from .ground_rules import rule_under_source
from .live import untrashed
from .tags import ensure_tags
from .tx import ARTICLE, QUOTE, QUOTE_TAG, QUOTE_TRASH, SOURCE, TAG, Tx, among
from .undo import UndoOps

QUOTE_FIELDS = schema.names(schema.QUOTE)
# Validate and normalise quote fields.
clean_quote_fields = v.Checks("a quote", schema.QUOTE)
NEW_QUOTE = schema.defaults(schema.QUOTE)  # a new quote's fields not given


def _check_refs(conn: Connection, values: Mapping[str, Any]) -> None:
    if "source_id" in values:
        row = conn.execute(
            select(SOURCE.c.deleted_at).where(SOURCE.c.id == values["source_id"])
        ).first()
        if row is None or row.deleted_at is not None:
            raise ValidationError("source", f"no source #{values['source_id']}")
    if values.get("article_id") is not None:
        found = conn.execute(
            select(ARTICLE.c.id).where(ARTICLE.c.id == values["article_id"])
        ).first()
        if found is None:
            raise ValidationError("article", f"no article #{values['article_id']}")


def _rule_values(
    conn: Connection, row: Mapping[Any, Any], values: Mapping[str, Any]
) -> dict[str, Any]:
    """The rule fields an edit implies: a rule given is set; a new source's default
    is taken by a rule not set, and raises a set rule that is more open."""
    if "ground_rule" in values:
        return {"ground_rule_set": True}
    if values.get("source_id", row["source_id"]) == row["source_id"]:
        return {}
    default = conn.execute(
        select(SOURCE.c.default_ground_rule).where(SOURCE.c.id == values["source_id"])
    ).scalar_one()
    rule = GroundRule(row["ground_rule"])
    return {
        "ground_rule": rule_under_source(rule, row["ground_rule_set"], GroundRule(default)).value
    }


def _tags_by_quote(conn: Connection, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = {}
    for start in range(0, len(ids), 400):
        rows = conn.execute(
            select(QUOTE_TAG.c.quote_id, TAG.c.id, TAG.c.name)
            .join(TAG, TAG.c.id == QUOTE_TAG.c.tag_id)
            .where(QUOTE_TAG.c.quote_id.in_(ids[start : start + 400]))
            .order_by(TAG.c.key)
        )
        for quote_id, tag_id, name in rows:
            found.setdefault(quote_id, []).append((tag_id, name))
    return found


class QuoteOps(UndoOps):
    def add_quote(
        self, text: str, source_id: int, *, tags: Iterable[str] = (), **fields: Any
    ) -> Changes:
        """Create a quote; ``changes.created`` is its id.

        Without a ``ground_rule`` the quote takes its source's default and follows it
        (see ground_rules.py); a rule given is the reporter's, kept as set.
        """
        values = clean_quote_fields({"text": text, "source_id": source_id, **fields})
        stamp = now()
        with self._write("Add quote") as tx:
            _check_refs(tx.conn, values)
            values["ground_rule_set"] = "ground_rule" in values
            if "ground_rule" not in values:
                rule = tx.conn.execute(
                    select(SOURCE.c.default_ground_rule).where(SOURCE.c.id == source_id)
                ).scalar_one()
                values["ground_rule"] = rule
            row = {**NEW_QUOTE, **values, "created_at": stamp, "updated_at": stamp}
            tx.created = tx.insert(QUOTE, row)
            tx.link([(tx.created, tag_id) for tag_id in ensure_tags(tx, tags)])
        return tx.changes

    def update_quote(self, quote_id: int, **fields: Any) -> Changes:
        """Change some of a quote's fields (``tags=[...]`` replaces its tags).

        A ``ground_rule`` given is set on the quote; a new ``source_id`` alone brings
        the rule the source implies (:func:`~.ground_rules.rule_under_source`).
        """
        tags = fields.pop("tags", None)
        values = clean_quote_fields(fields)
        with self._write("Edit quote") as tx:
            row = self._quote_row(tx.conn, quote_id)
            _check_refs(tx.conn, values)
            values.update(_rule_values(tx.conn, row, values))
            tx.update(QUOTE, [quote_id], {**values, "updated_at": now()})
            if tags is not None:
                _replace_tags(tx, quote_id, tags)
        return tx.changes

    def delete_quotes(self, quote_ids: Iterable[int]) -> Changes:
        """Move quotes to the trash."""
        with self._write("Delete quotes") as tx:
            self._set_all(tx, quote_ids, {"deleted_at": now()}, QUOTE_TRASH)
        return tx.changes

    def restore_quotes(self, quote_ids: Iterable[int]) -> Changes:
        """Bring quotes back from the trash."""
        with self._write("Restore quotes") as tx:
            self._set_all(tx, quote_ids, {"deleted_at": None}, QUOTE_TRASH)
        return tx.changes

    def empty_trash(self) -> Changes:
        """Delete for good every trashed quote and source (with its quotes).

        The one change that cannot be undone: the rest of the history stays, without
        the rows erased (steps that would bring one back are dropped).
        """
        with self._lock:  # the history loses the erased rows in the same hold
            with self._write("Empty trash", undoable=False, bulk=True) as tx:
                sources = list(
                    tx.conn.execute(
                        select(SOURCE.c.id).where(SOURCE.c.deleted_at.is_not(None))
                    ).scalars()
                )
                doomed = select(QUOTE.c.id).where(QUOTE.c.source_id.in_(sources), untrashed())
                trash = select(QUOTE_TRASH.c.id).union_all(doomed)
                quotes = list(tx.conn.execute(trash).scalars())
                tx.delete(QUOTE, quotes)
                tx.delete(SOURCE, sources)
                if quotes:
                    purge_index(tx.conn)  # the index keeps deleted words until merged
            self._forget_rows(set(quotes), set(sources))
        with self._lock, self._guard(), self._writer() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return tx.changes

    def trashed_quote_ids(self) -> list[int]:
        """Quotes in the trash, newest deletion first (their source's trashing included)."""
        with self._read() as conn:
            trashed_sources = select(SOURCE.c.id).where(SOURCE.c.deleted_at.is_not(None))
            own = select(QUOTE_TRASH.c.id, QUOTE_TRASH.c.deleted_at)
            by_source = select(QUOTE.c.id, null()).where(
                QUOTE.c.source_id.in_(trashed_sources), untrashed()
            )
            both = own.union_all(by_source).subquery()
            order = both.c.deleted_at.desc().nulls_last(), both.c.id.desc()
            return list(conn.execute(select(both.c.id).order_by(*order)).scalars())

    def get_quote(self, quote_id: int) -> Quote:
        """The whole quote, with its source's name, article's headline and tags."""
        with self._read() as conn:
            row = self._quote_row(conn, quote_id)
            source = conn.execute(
                select(SOURCE.c.name).where(SOURCE.c.id == row["source_id"])
            ).scalar_one()
            headline = ""
            if row["article_id"] is not None:
                headline = conn.execute(
                    select(ARTICLE.c.headline).where(ARTICLE.c.id == row["article_id"])
                ).scalar_one()
            tags = _tags_by_quote(conn, [quote_id]).get(quote_id, [])
        return Quote(
            id=row["id"],
            **schema.read(schema.QUOTE, row),
            source_name=source,
            article_headline=headline,
            ground_rule_set=bool(row["ground_rule_set"]),
            tags=tuple(name for _, name in tags),
            tag_ids=tuple(tag_id for tag_id, _ in tags),
        )

    def _quote_row(self, conn: Connection, quote_id: int) -> Mapping[Any, Any]:
        """The quote's row, with its ``deleted_at`` (None outside the trash)."""
        trash = QUOTE_TRASH.c.id == QUOTE.c.id
        statement = select(QUOTE, QUOTE_TRASH.c.deleted_at).outerjoin(QUOTE_TRASH, trash)
        row = conn.execute(statement.where(QUOTE.c.id == quote_id)).mappings().first()
        if row is None:
            raise NotFoundError("quote", quote_id)
        return row

    def _set_all(
        self, tx: Tx, quote_ids: Iterable[int], values: dict[str, Any], table: Table = QUOTE
    ) -> None:
        """Set ``values`` on every quote given (their trashing: ``QUOTE_TRASH``), or
        raise NotFoundError naming the first id of no quote (the write is then rolled
        back). The write's own count says whether all exist, unless it took fewer out
        of the trash than were given: no statement reads them first."""
        ids = list(dict.fromkeys(quote_ids))
        if tx.update(table, ids, values) < len(ids):
            known = set(tx.conn.execute(select(QUOTE.c.id).where(among(QUOTE.c.id, ids))).scalars())
            missing = [i for i in ids if i not in known]
            if missing:
                raise NotFoundError("quote", missing[0])


def _replace_tags(tx: Tx, quote_id: int, names: Iterable[str]) -> None:
    wanted = ensure_tags(tx, names)
    current = list(
        tx.conn.execute(
            select(QUOTE_TAG.c.tag_id).where(QUOTE_TAG.c.quote_id == quote_id)
        ).scalars()
    )
    tx.unlink([(quote_id, t) for t in current if t not in wanted])
    tx.link([(quote_id, t) for t in wanted if t not in current])
