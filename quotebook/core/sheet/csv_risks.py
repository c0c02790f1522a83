"""What an editor sheet could still give away, found before it is written.

Two things redaction alone cannot settle:

- a background quote whose source has no "described as" text is attributed to
  "a source": the reporter is told which, so they can write a description;
- a sheet holding one source's quotes on the record and on a protected rule
  (background, deep background, off the record when included) lets a reader link
  the protected words to the name printed beside the others.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..domain.attribution import UNDESCRIBED
from .options import ExportOptions

if TYPE_CHECKING:
    from ..search.runner import SearchOps

SHOWN_IDS = 20  # quote numbers a warning lists before "and N more"
_EVERY_ROW = ExportOptions()


@dataclass(frozen=True, slots=True)
class SheetRisks:
    """``undescribed``: background quotes attributed to "a source", by id;
    ``linkable``: printed names of sources with quotes on the record and protected."""

    undescribed: tuple[int, ...] = ()
    linkable: tuple[str, ...] = ()

    def warnings(self) -> tuple[str, ...]:
        """Sentences for the reporter (never written into the sheet)."""
        found = []
        if self.undescribed:
            n = len(self.undescribed)
            shown = ", ".join(map(str, self.undescribed[:SHOWN_IDS]))
            more = f" and {n - SHOWN_IDS} more" if n > SHOWN_IDS else ""
            found.append(
                f"{n} background quote{'s' * (n != 1)} (quote {shown}{more}) "
                f'{"are" if n != 1 else "is"} attributed to "{UNDESCRIBED}": '
                f'{"their sources have" if n != 1 else "its source has"} no "described as" '
                "text; write one so the editor can describe them"
            )
        if self.linkable:
            names = ", ".join(self.linkable)
            found.append(
                f"this sheet holds quotes on the record and protected quotes of the same "
                f"source ({names}): a reader could link the protected words to the name"
            )
        return tuple(found)


def scope_ids(
    library: SearchOps, query: str | None, ids: Sequence[int] | None
) -> Sequence[int] | None:
    """The ids to export in order, or None for the whole library."""
    if ids is not None:
        return [int(i) for i in ids]
    if query is not None:
        return library.search(query, limit=None).ids
    return None


def scope_sql(ids: Sequence[int] | None) -> tuple[str, tuple[Any, ...]]:
    """The FROM clause over quote ``q`` (all, or the given ids) and its parameters."""
    if ids is None:
        return "FROM quote q", ()
    scope = "FROM json_each(?) AS j JOIN quote q ON q.id = j.value"
    return scope, (json.dumps(list(dict.fromkeys(ids))),)


def find_risks(
    conn: sqlite3.Connection, ids: Sequence[int] | None, include_off_record: bool
) -> SheetRisks:
    """The risks of a sheet of ``ids`` (None: every live quote), read on ``conn``."""
    scope, params = scope_sql(ids)
    live = (
        f"{scope} JOIN source s ON s.id = q.source_id "
        "WHERE q.id NOT IN (SELECT id FROM quote_trash) AND s.deleted_at IS NULL"
    )
    rules = ["background", "deep_background"] + ["off_record"] * include_off_record
    protected = "(" + ", ".join(f"'{rule}'" for rule in rules) + ")"
    undescribed = conn.execute(
        f"SELECT q.id {live} AND q.ground_rule = 'background' "
        "AND trim(s.described_as) = '' ORDER BY q.id",
        params,
    )
    linkable = conn.execute(
        f"SELECT s.name {live} GROUP BY s.id "
        "HAVING max(q.ground_rule = 'on_record') "
        f"AND max(q.ground_rule IN {protected}) ORDER BY s.name_key",
        params,
    )
    return SheetRisks(tuple(row[0] for row in undescribed), tuple(str(row[0]) for row in linkable))


def risks_in(
    conn: sqlite3.Connection, ids: Sequence[int] | None, options: ExportOptions
) -> SheetRisks:
    """The risks of the sheet ``options`` describe, of ``ids``, read on ``conn``.

    An unredacted sheet names every source on every row already: nothing to link.
    """
    found = find_risks(conn, ids, options.include_off_record)
    return replace(found, linkable=()) if options.unredacted else found


def sheet_risks(library: SearchOps, options: ExportOptions = _EVERY_ROW) -> SheetRisks:
    """The risks of the sheet ``options`` describe, before it is written.

    The archive sheet has none: it is the reporter's own, no editor reads it.
    """
    if options.archive:
        return SheetRisks()
    scope = scope_ids(library, options.query, options.ids)
    with library.snapshot() as conn:
        return risks_in(conn, scope, options)
