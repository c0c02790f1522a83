"""One person, one source: finding sources that may be the same person, and merging two.

A name matches when it has the same words ignoring case, accents and order
("Petrov Sasha" and "sasha petrov"), or is spelled closely enough (rapidfuzz's
token-sorted ratio): adding a source asks first. Merging moves every quote of one
source (the trashed ones too) to the kept one, fills the kept source's empty
fields from the other, keeps the stricter default ground rule, and removes the
other: one undo step. Rules follow ground_rules.py: a moved quote is filed under
the merged source (a rule set on it is raised to that default when looser), and
the kept source's quotes that follow their source take the new default.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, select

from ..domain import schema
from ..domain import validate as v
from ..domain.changes import Changes
from ..domain.errors import ValidationError
from ..domain.values import GroundRule, Source
from ..storage.fts_terms import words
from .base import now
from .ground_rules import rule_under_source, strictest
from .sources import SourceOps, source_from_row
from .tx import QUOTE, SOURCE

__all__ = ["CLOSE_SPELLING", "FILLED_FIELDS", "MergePlan", "SourceMergeOps"]

CLOSE_SPELLING = 85  # rapidfuzz score (0-100) from which two names are spelled alike
# What a merge fills on the kept source from the other when it is empty: every
# declared field but the name, which says who it is, and the pseudonym flag and
# default rule, which say how it may be named (the stricter rule is kept apart).
FILLED_FIELDS = tuple(f.name for f in schema.SOURCE if f.kind not in ("name", "flag", "rule"))


def name_key(name: str) -> str:
    """A name's words folded and sorted: equal for the same words in any case or order."""
    return " ".join(sorted(words(v.fold(name))))


@dataclass(frozen=True, slots=True)
class MergePlan:
    """What merging ``other`` into ``keep`` would do, for a dialog or a command to show."""

    keep: Source
    other: Source
    quotes: int  # every quote of the other source, trashed ones included
    filled: tuple[str, ...]  # the kept source's empty fields the other fills
    rule: GroundRule  # the merged source's default ground rule
    moved: tuple[int, ...]  # the other source's quotes
    tightened: tuple[int, ...]  # quotes (of either source) whose rule becomes ``rule``

    @property
    def made_stricter(self) -> int:
        return len(self.tightened)


class SourceMergeOps(SourceOps):
    def similar_sources(self, name: str, *, limit: int = 5) -> list[Source]:
        """Live sources that may be the person called ``name``: same words first."""
        key = name_key(name)
        if not key:
            return []
        with self._read() as conn:
            rows = {
                int(i): name_key(n)
                for i, n in conn.execute(
                    select(SOURCE.c.id, SOURCE.c.name).where(SOURCE.c.deleted_at.is_(None))
                )
            }
        found = process.extract(
            key, rows, scorer=fuzz.token_sort_ratio, score_cutoff=CLOSE_SPELLING, limit=limit
        )
        ranked = sorted(found, key=lambda hit: (hit[0] != key, -hit[1], hit[2]))
        return [self.get_source(hit[2]) for hit in ranked]

    def merge_plan(self, keep_id: int, other_id: int) -> MergePlan:
        """What :meth:`merge_sources` would do, without doing it."""
        with self._read() as conn:
            return _plan(conn, self, keep_id, other_id)

    def merge_sources(self, keep_id: int, other_id: int) -> Changes:
        """Merge source ``other_id`` into ``keep_id`` (see the module's docstring)."""
        with self._write("Merge sources") as tx:
            plan = _plan(tx.conn, self, keep_id, other_id)
            stamp = now()
            tx.update(QUOTE, plan.moved, {"source_id": keep_id, "updated_at": stamp})
            tx.update(QUOTE, plan.tightened, {"ground_rule": plan.rule.value})
            tx.update(SOURCE, [keep_id], {**_filled(plan), "updated_at": stamp})
            tx.delete(SOURCE, [other_id])
        return tx.changes


def _filled(plan: MergePlan) -> dict[str, object]:
    """The kept source's new values: its empty fields from the other, the stricter rule."""
    values: dict[str, object] = {field: getattr(plan.other, field) for field in plan.filled}
    if "organization" in values:
        values["organization_key"] = v.fold(plan.other.organization)
    if plan.other.is_pseudonym:
        values["is_pseudonym"] = True  # a changed name stays flagged
    values["default_ground_rule"] = plan.rule.value
    return values


def _plan(conn: Connection, ops: SourceMergeOps, keep_id: int, other_id: int) -> MergePlan:
    if keep_id == other_id:
        raise ValidationError("source", "a source cannot be merged into itself")
    keep = source_from_row(ops._live_source(conn, keep_id))
    other = source_from_row(ops._live_source(conn, other_id))
    rule = strictest(keep.default_ground_rule, other.default_ground_rule)
    rows = conn.execute(
        select(QUOTE.c.id, QUOTE.c.source_id, QUOTE.c.ground_rule, QUOTE.c.ground_rule_set).where(
            QUOTE.c.source_id.in_([keep_id, other_id])
        )
    ).all()
    moved = tuple(int(row[0]) for row in rows if row[1] == other_id)
    tightened = tuple(
        int(quote_id)
        for quote_id, source_id, was, rule_set in rows
        if _rule_after(source_id == other_id, GroundRule(was), bool(rule_set), rule) != was
    )
    filled = tuple(
        field
        for field in FILLED_FIELDS
        if getattr(keep, field) in ("", None) and getattr(other, field) not in ("", None)
    )
    return MergePlan(keep, other, len(moved), filled, rule, moved, tightened)


def _rule_after(moved: bool, rule: GroundRule, rule_set: bool, default: GroundRule) -> GroundRule:
    """A quote's rule under the merged source: a moved quote is filed under it (its rule
    set is kept unless the default is stricter); a kept one follows the new default
    unless its rule was set."""
    if moved:
        return rule_under_source(rule, rule_set, default)
    return rule if rule_set else default
