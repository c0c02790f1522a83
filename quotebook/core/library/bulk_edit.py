"""Edits of many quotes at once: ground rule, source, article, status, date said.

Each is one write of set-based SQL through the transaction's row images, so it is
one undo step however many quotes it touches. A ground rule given is set on the
quotes; moved to another source, quotes take its rule as ground_rules.py says (a
quote following its source takes the new default; a rule set on it is raised to
a stricter default). Making quotes more open is the caller's to confirm, with
:meth:`~BulkEditOps.opening` saying how many quotes and sources it would expose.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select

from ..domain.changes import Changes
from ..domain.errors import ValidationError
from ..domain.values import GroundRule
from .base import now
from .quotes import QuoteOps, _check_refs, clean_quote_fields
from .tx import QUOTE, SOURCE, among

__all__ = ["BULK_FIELDS", "BulkEditOps", "Opening"]

BULK_FIELDS = ("ground_rule", "source_id", "article_id", "status", "said_on")
_ORDER = list(GroundRule)  # from the most open to the strictest


@dataclass(frozen=True, slots=True)
class Opening:
    """What setting a more open ground rule on some quotes would expose."""

    quotes: int  # quotes whose rule would become more open
    sources: int  # the distinct sources of those quotes
    rule: GroundRule | None = None  # the rule they would take (a new source's default)


def _stricter_than(rule: GroundRule) -> list[str]:
    return [r.value for r in _ORDER[_ORDER.index(rule) + 1 :]]


def _looser_than(rule: GroundRule) -> list[str]:
    return [r.value for r in _ORDER[: _ORDER.index(rule)]]


class BulkEditOps(QuoteOps):
    def edit_quotes(self, quote_ids: Iterable[int], **fields: Any) -> Changes:
        """Set the same ``fields`` (of :data:`BULK_FIELDS`) on every quote given."""
        unknown = sorted(set(fields) - set(BULK_FIELDS))
        if unknown:
            raise ValidationError(unknown[0], "cannot be set on many quotes at once")
        if not fields:
            raise ValidationError("fields", "say what to set on the quotes")
        values = clean_quote_fields(fields)
        ids = list(dict.fromkeys(quote_ids))
        label = f"Edit {len(ids)} quote{'s' * (len(ids) != 1)}"
        with self._write(label) as tx:
            _check_refs(tx.conn, values)
            if "ground_rule" in values:
                values["ground_rule_set"] = True
            self._set_all(tx, ids, {**values, "updated_at": now()})
            if "source_id" in values and "ground_rule" not in values:
                rule = _default_rule(tx.conn, values["source_id"])
                tx.update(QUOTE, _taking(tx.conn, ids, rule), {"ground_rule": rule.value})
        return tx.changes

    def opening(self, quote_ids: Iterable[int], rule: GroundRule | str) -> Opening:
        """How many of these quotes ``rule`` would make more open, and of how many sources."""
        wanted = GroundRule(rule)
        with self._read() as conn:
            row = conn.execute(_opening(quote_ids, _stricter_than(wanted))).one()
        return Opening(quotes=int(row[0]), sources=int(row[1]))

    def opening_under_source(self, quote_ids: Iterable[int], source_id: int) -> Opening:
        """How many of these quotes moving to ``source_id`` would make more open: those
        that follow their source's rule and hold one stricter than the new source's."""
        with self._read() as conn:
            default = _default_rule(conn, source_id)
            following = QUOTE.c.ground_rule_set.is_(False)
            row = conn.execute(_opening(quote_ids, _stricter_than(default), following)).one()
        return Opening(quotes=int(row[0]), sources=int(row[1]), rule=default)


def _opening(quote_ids: Iterable[int], rules: list[str], *where: Any) -> Select[int, int]:
    """How many of these quotes hold one of ``rules``, and of how many sources."""
    counts = select(func.count(), func.count(QUOTE.c.source_id.distinct()))
    return counts.where(among(QUOTE.c.id, quote_ids), QUOTE.c.ground_rule.in_(rules), *where)


def _default_rule(conn: Connection, source_id: int) -> GroundRule:
    found = conn.execute(
        select(SOURCE.c.default_ground_rule).where(SOURCE.c.id == source_id)
    ).scalar_one()
    return GroundRule(found)


def _taking(conn: Connection, ids: list[int], default: GroundRule) -> list[int]:
    """Those of ``ids`` that take a new source's ``default`` rule (ground_rules.py): the
    quotes following their source, and those set to a more open rule, in one statement."""
    taking = select(QUOTE.c.id).where(
        among(QUOTE.c.id, ids),
        QUOTE.c.ground_rule != default.value,
        QUOTE.c.ground_rule_set.is_(False) | QUOTE.c.ground_rule.in_(_looser_than(default)),
    )
    return [int(quote_id) for quote_id in conn.execute(taking).scalars()]
