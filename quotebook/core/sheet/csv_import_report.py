"""What an import will do (a :class:`Plan`, from csv_import_plan.py) and did (its report)."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..domain.changes import Changes
from ..library.history import Inserted, pairs_of, runs, spans
from .csv_import_rows import Rows


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, or (``dry_run``) would do, or (``aborted``) refused to do.

    ``rejected`` lists (line, reason) for every invalid row; when rows are invalid
    and ``skip_invalid`` was not given, nothing was written and ``aborted`` is set.
    ``already_present`` lists (line, quote id) of rows left alone; ``renumbered``
    (line, id in the file, id given) of rows whose id was taken by another quote.
    """

    dry_run: bool
    aborted: bool
    rows_read: int
    quotes_created: int
    quotes_already_present: int
    sources_created: int
    sources_matched: int
    articles_created: int
    articles_matched: int
    tags_created: int
    rejected: tuple[tuple[int, str], ...]
    # Ids of the quotes created, as runs of consecutive ids (``history.spans``): a
    # pair of numbers per run, whatever the sheet's length. ``created_ids()`` lists them.
    created_runs: array[int]
    already_present: tuple[tuple[int, int], ...] = ()
    renumbered: tuple[tuple[int, int, int], ...] = ()
    # Rows without a ground rule, filed on their source's default (a new source's
    # is ``new_source_rule``); (line, quote id) of quotes already present that the
    # sheet marks stricter, and were made so.
    filed_by_default: int = 0
    new_source_rule: str = "background"
    made_stricter: tuple[tuple[int, int], ...] = ()
    unknown_columns: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)

    @property
    def ok(self) -> bool:
        """True when every row was read (nothing rejected, nothing refused)."""
        return not self.rejected and not self.aborted

    def created_ids(self) -> Iterator[int]:
        """Ids of the quotes created, in ascending order."""
        for first, last in pairs_of(self.created_runs):
            yield from range(first, last + 1)


@dataclass
class Plan:
    """The rows to insert, ids given, and what was matched."""

    rows: Rows
    sources: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    tags: list[tuple[int, str, str]] = field(default_factory=list)
    created: int = 0  # quotes to insert, their rows in the stage
    sources_matched: set[int] = field(default_factory=set)
    articles_matched: set[int] = field(default_factory=set)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    already_present: list[tuple[int, int]] = field(default_factory=list)
    renumbered: list[tuple[int, int, int]] = field(default_factory=list)
    new_rule: str = "background"
    quote_runs: array[int] = field(default_factory=lambda: array("q"))  # once written
    filed_by_default: int = 0
    stricter: list[tuple[int, int, str]] = field(default_factory=list)  # line, id, rule

    def inserted(self, stash: str) -> Inserted:
        """The rows this plan inserts, as runs of ids, for the import's undo step."""
        # Read in the order of the stage's index on new_id: no sort, one pair per run.
        self.quote_runs = runs(
            int(row[0])  # type: ignore[call-overload]
            for row in self.rows.stage.rows(
                "SELECT new_id FROM import_row WHERE state IS NULL ORDER BY new_id"
            )
        )
        return Inserted(
            (
                ("source", spans(s["id"] for s in self.sources)),
                ("article", spans(a["id"] for a in self.articles)),
                ("tag", spans(t[0] for t in self.tags)),
                ("quote", self.quote_runs),
            ),
            stash,
        )

    def report(self, *, dry_run: bool, aborted: bool) -> ImportReport:
        """The report of this plan; an aborted import created nothing.

        Its ``changes`` name the quotes already present that it changed (made
        stricter), not the quotes it created: no view can have shown those, and the
        app reads everything again after an import. ``created_ids()`` lists them.
        """
        kept = 0 if aborted else 1
        created = array("q") if dry_run or aborted else self.quote_runs
        return ImportReport(
            dry_run=dry_run,
            aborted=aborted,
            rows_read=self.rows.read,
            quotes_created=self.created * kept,
            quotes_already_present=len(self.already_present) * kept,
            sources_created=len(self.sources) * kept,
            sources_matched=len(self.sources_matched) * kept,
            articles_created=len(self.articles) * kept,
            articles_matched=len(self.articles_matched) * kept,
            tags_created=len(self.tags) * kept,
            rejected=tuple(sorted(self.rejected)),
            created_runs=created,
            already_present=tuple(self.already_present) if kept else (),
            renumbered=tuple(self.renumbered) if kept else (),
            unknown_columns=self.rows.unknown_columns,
            changes=Changes() if dry_run or aborted else self._changes(),
            filed_by_default=self.filed_by_default * kept,
            new_source_rule=self.new_rule,
            made_stricter=tuple((line, qid) for line, qid, _ in self.stricter) if kept else (),
        )

    def _changes(self) -> Changes:
        return Changes(
            quotes=frozenset(s[1] for s in self.stricter),
            sources=frozenset(s["id"] for s in self.sources),
            articles=frozenset(a["id"] for a in self.articles),
            tags=frozenset(t[0] for t in self.tags),
            label="Import CSV",
        )
