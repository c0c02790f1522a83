"""How strict a ground rule is, and the rule a quote takes from its source.

Fail-safe attribution: a quote follows its source's default rule until the reporter
sets one on the quote; filed under a source whose default is stricter, a quote
becomes at least that strict. Strictness, from most open to strictest: on the
record < background < deep background < off the record (``GroundRule``'s order).
A quote more open than its source's default was made so by hand; the table marks
it and an export lists it before writing (:meth:`RuleOps.more_open_quotes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, select

from ..domain.attribution import attribution
from ..domain.values import GroundRule, Source
from .base import LibraryBase
from .live import untrashed
from .tx import QUOTE, SOURCE

STRICTNESS: dict[GroundRule, int] = {rule: rank for rank, rule in enumerate(GroundRule)}
_CHUNK = 500


def strictest(*rules: GroundRule) -> GroundRule:
    """The strictest of these rules."""
    return max(rules, key=STRICTNESS.__getitem__)


def more_open(rule: GroundRule, than: GroundRule) -> bool:
    """Whether ``rule`` lets more of the source be printed than ``than``."""
    return STRICTNESS[rule] < STRICTNESS[than]


def rule_under_source(rule: GroundRule, rule_set: bool, source_default: GroundRule) -> GroundRule:
    """The rule a quote takes when filed under a source whose default is ``source_default``.

    A rule the reporter set is kept unless the source's default is stricter; a rule
    not set is the source's default.
    """
    return strictest(rule, source_default) if rule_set else source_default


def printed_attribution(source: Source, rule: GroundRule) -> str | None:
    """The attribution an editor export prints for a quote: "" for none, None when the
    quote is never exported (off the record). The same code as the export's."""
    if rule is GroundRule.OFF_RECORD:
        return None
    return attribution(source, rule)


def _strictness(column: Any) -> Any:
    return case({rule.value: rank for rule, rank in STRICTNESS.items()}, value=column)


class RuleOps(LibraryBase):
    def more_open_quotes(self, quote_ids: Sequence[int] | None = None) -> list[int]:
        """Live quotes (of ``quote_ids``, else of the library) whose ground rule is more
        open than their source's default, in id order."""
        statement = (
            select(QUOTE.c.id)
            .join(SOURCE, SOURCE.c.id == QUOTE.c.source_id)
            .where(untrashed(), SOURCE.c.deleted_at.is_(None))
            .where(_strictness(QUOTE.c.ground_rule) < _strictness(SOURCE.c.default_ground_rule))
            .order_by(QUOTE.c.id)
        )
        found: list[int] = []
        with self._read() as conn:
            if quote_ids is None:
                return list(conn.execute(statement).scalars())
            ids = sorted(set(quote_ids))
            for start in range(0, len(ids), _CHUNK):
                chunk = statement.where(QUOTE.c.id.in_(ids[start : start + _CHUNK]))
                found += conn.execute(chunk).scalars()
        return found
