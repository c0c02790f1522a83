"""The rows of an editor sheet, read once for every format, and the one loop that writes them.

:func:`editor_rows` reads the sheet an :class:`~.options.ExportOptions` describes
from a snapshot; :func:`write_sheet` streams those rows into a format's
:class:`SheetWriter` in batches, with progress and cancel, leaving out (and
listing) the quotes that cannot be read, and reports what was written. The
CSV, XLSX and DOCX writers are each a ``SheetWriter``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ..domain.errors import DB_DATABASE_ERRORS, is_damage
from ..domain.values import GroundRule
from .csv_common import COLUMNS
from .csv_risks import SheetRisks, risks_in, scope_ids
from .sheet_sql import Statements, cell_sql, check_columns, prepare, statements

if TYPE_CHECKING:
    from ..search.runner import SearchOps
    from .options import ExportOptions

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

PROGRESS_EVERY = 5000
UNREDACTED_WARNING = (
    "This export is unredacted: it names every source and gives their details "
    "whatever the ground rule, including sources who spoke on background, deep "
    "background or off the record."
)
OFF_RECORD_WARNING = "This export includes quotes given off the record."
PROTECTED_NOTES_WARNING = (
    "This export includes the context and notes of quotes given on background, deep "
    "background or off the record: your own notes can identify a source."
)


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What an export wrote.

    ``rows`` counts quotes written; ``off_record_left_out`` the off-the-record
    quotes in scope that were left out; ``warnings`` are sentences for the user;
    ``unreadable`` the quotes that could not be read (a damaged page, text that is
    not UTF-8), left out of a sheet that holds every other.
    """

    rows: int
    off_record_left_out: int
    cancelled: bool
    warnings: tuple[str, ...] = ()
    columns: tuple[str, ...] = COLUMNS
    risks: SheetRisks = field(default_factory=SheetRisks)
    unreadable: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SheetRows:
    """The rows of one editor sheet, read from a snapshot: what every format writes.

    ``columns`` is the header; :meth:`write` streams the finished rows (redacted,
    text cells neutralised as in the CSV) to a writer in batches.
    ``off_record_left_out`` and :meth:`by_rule` say what the redaction did.
    """

    columns: tuple[str, ...]
    off_record_left_out: int
    warnings: tuple[str, ...]
    risks: SheetRisks
    _conn: sqlite3.Connection
    _sql: Statements
    unreadable: list[int] = field(default_factory=list)  # quotes that could not be read

    def by_rule(self) -> dict[GroundRule, int]:
        """How many rows the sheet has under each ground rule."""
        found = self._conn.execute(self._sql.by_rule, self._sql.params)
        return {GroundRule(rule): count for rule, count in found}

    def write(
        self,
        writerows: Callable[[list[Any]], object],
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> tuple[int, bool]:
        """Stream the rows into ``writerows`` in batches; return (rows written, cancelled).

        A row that cannot be read does not stop the sheet: from there on rows are read
        one at a time, and those that fail are left out and listed in ``unreadable``.
        """
        total = 0
        if progress is not None:
            total = self._conn.execute(self._sql.count, self._sql.params).fetchone()[0]
        written = 0
        try:
            cursor = self._conn.execute(self._sql.rows, self._sql.params)
            while batch := cursor.fetchmany(PROGRESS_EVERY):
                if cancel is not None and cancel():
                    return written, True
                writerows(batch)
                written += len(batch)
                if progress is not None:
                    progress(written, total)
        except _UNREADABLE as exc:
            if isinstance(exc, DB_DATABASE_ERRORS) and not is_damage(exc):
                raise
            return self._write_one_by_one(written, writerows, progress, total, cancel)
        return written, False

    def _write_one_by_one(
        self,
        done: int,
        writerows: Callable[[list[Any]], object],
        progress: Progress | None,
        total: int,
        cancel: Cancel | None,
    ) -> tuple[int, bool]:
        """Write the rows after the first ``done`` one at a time, leaving out the unreadable."""
        ids = [row[0] for row in self._conn.execute(self._sql.ids, self._sql.params)]
        written = done
        batch: list[Any] = []
        for position, quote_id in enumerate(ids[done:], start=done + 1):
            try:
                batch.extend(self._conn.execute(self._sql.one, (quote_id,)).fetchall())
            except _UNREADABLE as exc:
                if isinstance(exc, DB_DATABASE_ERRORS) and not is_damage(exc):
                    raise
                self.unreadable.append(quote_id)
            if len(batch) >= PROGRESS_EVERY or position == len(ids):
                if cancel is not None and cancel():
                    return written, True
                writerows(batch)
                written += len(batch)
                batch = []
                if progress is not None:
                    progress(position, total)
        return written, False


class UnreadableText(ValueError):
    """A text value of the library that is not UTF-8 (a flipped byte, a damaged page)."""


def _strict_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableText(str(exc)) from None


@contextlib.contextmanager
def editor_rows(library: SearchOps, options: ExportOptions) -> Iterator[SheetRows]:
    """The editor sheet of ``options.ids`` (in that order), else of its query, else of all.

    Quotes in the trash are never in it; the whole library goes by quote id.
    """
    chosen = check_columns(options.columns)
    scope = scope_ids(library, options.query, options.ids)
    off_record, unredacted = options.include_off_record, options.unredacted
    cells = cell_sql(unredacted, options.include_protected_notes)
    sql = statements(chosen, cells, scope, off_record)
    with library.snapshot() as conn:
        conn.text_factory = _strict_text  # a value that is not UTF-8 names its row
        risks = risks_in(conn, scope, options)
        prepare(conn)
        left_out = 0
        if not off_record:
            left_out = conn.execute(sql.off_record, sql.params).fetchone()[0]
        warnings = (
            (UNREDACTED_WARNING,) * unredacted
            + (OFF_RECORD_WARNING,) * off_record
            + (PROTECTED_NOTES_WARNING,) * options.include_protected_notes
            + risks.warnings()
        )
        yield SheetRows(chosen, left_out, warnings, risks, conn, sql)


class SheetWriter(Protocol):
    """One format's writer of an editor sheet: the rows in batches, then the file finished."""

    def writerows(self, batch: list[Sequence[Any]]) -> object: ...

    def finish(self, rows: SheetRows, written: int, cancelled: bool) -> tuple[str, ...]:
        """Finish the file (a cancelled one: throw it away); return warnings of its own."""
        ...


def write_sheet(
    library: SearchOps,
    options: ExportOptions,
    open_writer: Callable[[tuple[str, ...]], AbstractContextManager[SheetWriter]],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the editor sheet of ``options`` through the writer ``open_writer(columns)`` opens.

    ``progress(done, total)`` is called every few thousand rows; ``cancel()``
    returning True stops the export, and the writer throws its file away.
    """
    with editor_rows(library, options) as rows, open_writer(rows.columns) as writer:
        written, cancelled = rows.write(writer.writerows, progress, cancel)
        own = writer.finish(rows, written, cancelled)
    return ExportReport(
        written,
        rows.off_record_left_out,
        cancelled,
        (*rows.warnings, *own),
        rows.columns,
        rows.risks,
        tuple(rows.unreadable),
    )


# A row that cannot be read: text that is not UTF-8, or a damaged page.
_UNREADABLE: tuple[type[Exception], ...] = (UnreadableText, *DB_DATABASE_ERRORS)
