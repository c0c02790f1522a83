"""The editor sheet: quotes as CSV, redacted by ground rule, safe to open in a spreadsheet.

Redaction (the default) follows each quote's ground rule:

- on the record: the source's printed name, pseudonym flag, age, role and
  organisation, and the attribution line;
- background: the attribution (the source's ``described_as`` text, else "a
  source", never their role and organisation) and no other source cell;
- deep background: no source cell at all;
- off the record: left out, unless ``include_off_record``; then like deep background.

``unredacted=True`` fills every source's printed fields whatever the rule. The
source's ``real_name`` and ``contact`` are never read by the export, so no option
can put them in a file. A quote's ``context`` and ``notes`` are the reporter's own
("asked at his flat on ...") and are written on quotes on the record only, unless
``include_protected_notes``. Article fields are exported as written. What the
sheet could still give away (csv_risks.py) comes back as warnings.

Speed: each source's cells (its attribution under each rule, its printed fields)
are worked out once in Python into a temporary table of the read-only snapshot;
then one SQL statement yields finished rows (redaction and formula-neutralising
done in SQL) straight into ``csv.writer``, with no Python per row.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from ..domain.attribution import attribution
from ..domain.errors import DB_DATABASE_ERRORS, ValidationError, is_damage
from ..domain.values import GroundRule, Source
from ..storage.private import open_new
from .csv_common import COLUMNS, DELIMITERS, PSEUDONYM_YES, neutralise
from .csv_risks import SheetRisks, find_risks, scope_ids, scope_sql

if TYPE_CHECKING:
    from ..search.runner import SearchOps

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Dest = str | os.PathLike[str] | IO[bytes] | IO[str]

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

_SOURCE_TABLE = "temp.qb_export_source"
_ARTICLE_TABLE = "temp.qb_export_article"
_TAG_TABLE = "temp.qb_export_tag"
_TRIGGERS_SQL = "('=', '+', '-', '@', char(9), char(13), ',', ';', '\"')"
_APOSTROPHE = "''''"  # one apostrophe, as an SQL string literal


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


def _safe(expr: str) -> str:
    """SQL doing what :func:`~quotebook.core.sheet.csv_common.neutralise` does to a text value."""
    first = f"substr({expr}, 1, 1)"
    after_apostrophes = f"substr(ltrim({expr}, {_APOSTROPHE}), 1, 1)"
    risky = (
        f"{first} IN {_TRIGGERS_SQL} OR "
        f"({first} = {_APOSTROPHE} AND {after_apostrophes} IN {_TRIGGERS_SQL})"
    )
    # A cell of several lines goes through neutralise() itself (its later lines too).
    lines = f"instr({expr}, char(10)) OR instr({expr}, char(13))"
    return (
        f"CASE WHEN {lines} THEN qb_neutralise({expr}) "
        f"WHEN {risky} THEN {_APOSTROPHE} || {expr} ELSE {expr} END"
    )


def _gated(column: str, unredacted: bool, blank: str = "''") -> str:
    """A source cell: always when unredacted, else only for quotes on the record."""
    if unredacted:
        return f"x.{column}"
    return f"CASE WHEN q.ground_rule = 'on_record' THEN x.{column} ELSE {blank} END"


def _own(column: str, protected_notes: bool) -> str:
    """The reporter's own note on a quote: on the record only, unless asked for."""
    if protected_notes:
        return _safe(column)
    return f"CASE WHEN q.ground_rule = 'on_record' THEN {_safe(column)} ELSE '' END"


def _cell_sql(unredacted: bool, protected_notes: bool) -> dict[str, str]:
    """The SQL expression of every column (``x``, ``a`` and ``t`` are prepared cells)."""
    return {
        "quote_id": "q.id",
        "quote": _safe("q.text"),
        "attribution": (
            "CASE q.ground_rule WHEN 'on_record' THEN x.attr_on WHEN 'background' "
            "THEN x.attr_background WHEN 'deep_background' THEN x.attr_deep ELSE x.attr_off END"
        ),
        "source": _gated("name", unredacted),
        "pseudonym": _gated("pseudonym", unredacted),
        "age": _gated("age", unredacted, "NULL"),
        "role": _gated("role", unredacted),
        "organization": _gated("organization", unredacted),
        "ground_rule": "q.ground_rule",
        "said_on": "q.said_on",
        "tags": (
            "(SELECT group_concat(cell, '; ') FROM ("
            f"SELECT t.cell FROM quote_tag qt JOIN {_TAG_TABLE} t ON t.id = qt.tag_id "
            "WHERE qt.quote_id = q.id ORDER BY t.key))"
        ),
        "article": "a.headline",
        "outlet": "a.outlet",
        "url": "a.url",
        "published_on": "a.published_on",
        "context": _own("q.context", protected_notes),
        "notes": _own("q.notes", protected_notes),
    }


# The prepared source table holds live sources only: joining it leaves out the
# quotes of a source in the trash.
_FROM = f"""
JOIN {_SOURCE_TABLE} x ON x.id = q.source_id
LEFT JOIN {_ARTICLE_TABLE} a ON a.id = q.article_id
WHERE q.deleted_at IS NULL
"""


@dataclass(frozen=True, slots=True)
class _Statements:
    """The row query, queries counting its rows and the off-record quotes, their parameter."""

    rows: str
    count: str
    off_record: str
    by_rule: str
    params: tuple[Any, ...]
    ids: str  # the row query's quote ids, in its order
    one: str  # the row query of one quote, by id


def _statements(
    chosen: Sequence[str], cells: dict[str, str], ids: Sequence[int] | None, off_record: bool
) -> _Statements:
    """The SQL of one export: the whole library by id, or the given ids in their order."""
    select = "SELECT " + ", ".join(cells[column] for column in chosen)
    keep = "" if off_record else " AND q.ground_rule != 'off_record'"
    scope, params = scope_sql(ids)
    order = "q.id" if ids is None else "j.key"
    return _Statements(
        rows=f"{select} {scope} {_FROM}{keep} ORDER BY {order}",
        count=f"SELECT count(*) {scope} {_FROM}{keep}",
        off_record=f"SELECT count(*) {scope} {_FROM} AND q.ground_rule = 'off_record'",
        by_rule=f"SELECT q.ground_rule, count(*) {scope} {_FROM}{keep} GROUP BY q.ground_rule",
        params=params,
        ids=f"SELECT q.id {scope} {_FROM}{keep} ORDER BY {order}",
        one=f"{select} FROM quote q {_FROM}{keep} AND q.id = ?",
    )


def check_columns(columns: Sequence[str] | None) -> tuple[str, ...]:
    """The columns to write, in order; an unknown or repeated column is refused by name."""
    if columns is None:
        return COLUMNS
    chosen = tuple(columns)
    if not chosen:
        raise ValidationError("columns", "choose at least one column")
    for name in chosen:
        if name not in COLUMNS:
            known = ", ".join(COLUMNS)
            raise ValidationError("columns", f"{name!r} is not a column (known: {known})")
    if len(set(chosen)) != len(chosen):
        raise ValidationError("columns", "a column is chosen twice")
    return chosen


def _source_cells(row: Sequence[Any]) -> tuple[Any, ...]:
    """One source's cells: its attribution under each rule, then its printed fields."""
    source = Source(
        id=row[0],
        name=row[1],
        is_pseudonym=bool(row[2]),
        age=row[3],
        role=row[4],
        organization=row[5],
        described_as=row[6],
    )
    lines = [neutralise(attribution(source, rule)) for rule in GroundRule]
    flag = PSEUDONYM_YES if source.is_pseudonym else ""
    fields = (neutralise(source.name), flag, source.age)
    return (source.id, *lines, *fields, neutralise(source.role), neutralise(source.organization))


def _article_cells(row: Sequence[Any]) -> tuple[Any, ...]:
    return (row[0], neutralise(row[1]), neutralise(row[2]), neutralise(row[3] or ""), row[4])


def _tag_cells(row: Sequence[Any]) -> tuple[Any, ...]:
    """A tag as it stands in the tags cell: neutralised, then its ``;`` doubled."""
    return (row[0], row[1], neutralise(row[2]).replace(";", ";;"))


def _prepare(conn: sqlite3.Connection) -> None:
    """Work out the cells of every source, article and tag once, into temporary tables.

    The attribution is Python (:func:`attribution`); having it and the neutralised
    names ready in tables lets the row query stay one SQL statement that feeds
    ``csv.writer`` directly. Sources give neither real name nor contact.
    """
    rules = ", ".join(f"attr_{rule.value.split('_')[0]}" for rule in GroundRule)
    tables = (
        (
            f"{_SOURCE_TABLE} (id INTEGER PRIMARY KEY, {rules}, "
            "name, pseudonym, age, role, organization)",
            "SELECT id, name, is_pseudonym, age, role, organization, described_as "
            "FROM source WHERE deleted_at IS NULL",
            _source_cells,
        ),
        (
            f"{_ARTICLE_TABLE} (id INTEGER PRIMARY KEY, headline, outlet, url, published_on)",
            "SELECT id, headline, outlet, url, published_on FROM article",
            _article_cells,
        ),
        (
            f"{_TAG_TABLE} (id INTEGER PRIMARY KEY, key, cell)",
            "SELECT id, key, name FROM tag",
            _tag_cells,
        ),
    )
    conn.create_function("qb_neutralise", 1, neutralise, deterministic=True)
    for table, select, cells in tables:
        conn.execute(f"CREATE TABLE {table}")
        rows = list(map(cells, conn.execute(select)))
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table.split()[0]} VALUES ({marks})", rows)


@contextlib.contextmanager
def _open_dest(dest: Dest, bom: bool) -> Iterator[tuple[IO[str], Callable[[], None]]]:
    """A text stream onto ``dest`` and a function that throws away what was written.

    A path is written through a new owner-only file beside it (the sheet may name
    sources), moved into place only on success, so a cancelled or failed export
    leaves no partial file (and an older file of that name untouched). A stream is
    written as it goes.
    """
    encoding = "utf-8-sig" if bom else "utf-8"
    if isinstance(dest, str | os.PathLike):
        path = Path(dest)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
        kept = [True]
        try:
            with open_new(temp, encoding) as stream:
                yield stream, kept.clear
            if kept:
                os.replace(temp, path)
            else:
                os.unlink(temp)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    elif isinstance(dest, io.TextIOBase):
        text_dest: IO[str] = dest
        if bom:
            text_dest.write("\ufeff")
        yield text_dest, lambda: None
    else:
        wrapper = io.TextIOWrapper(cast(IO[bytes], dest), encoding=encoding, newline="")
        try:
            yield wrapper, lambda: None
            wrapper.flush()
        finally:
            wrapper.detach()


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
    _sql: _Statements
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
def editor_rows(
    library: SearchOps,
    *,
    query: str | None = None,
    ids: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    include_off_record: bool = False,
    unredacted: bool = False,
    include_protected_notes: bool = False,
) -> Iterator[SheetRows]:
    """The editor sheet of ``ids`` (in that order), else of ``query``, else of all.

    Quotes in the trash are never in it; the whole library goes by quote id.
    """
    chosen = check_columns(columns)
    scope = scope_ids(library, query, ids)
    cells = _cell_sql(unredacted, include_protected_notes)
    sql = _statements(chosen, cells, scope, include_off_record)
    with library.snapshot() as conn:
        conn.text_factory = _strict_text  # a value that is not UTF-8 names its row
        risks = find_risks(conn, scope, include_off_record)
        if unredacted:  # every row names its source already
            risks = replace(risks, linkable=())
        _prepare(conn)
        left_out = 0
        if not include_off_record:
            left_out = conn.execute(sql.off_record, sql.params).fetchone()[0]
        warnings = (
            (UNREDACTED_WARNING,) * unredacted
            + (OFF_RECORD_WARNING,) * include_off_record
            + (PROTECTED_NOTES_WARNING,) * include_protected_notes
            + risks.warnings()
        )
        yield SheetRows(chosen, left_out, warnings, risks, conn, sql)


def export_csv(
    library: SearchOps,
    dest: Dest,
    *,
    query: str | None = None,
    ids: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    bom: bool = True,
    delimiter: str = ",",
    include_off_record: bool = False,
    unredacted: bool = False,
    include_protected_notes: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the editor sheet of ``ids`` (in that order), else of ``query``, else of all.

    Quotes in the trash are never written; the whole library goes out by quote id.
    ``progress(done, total)`` is called every few thousand rows; ``cancel()``
    returning True stops the export, and the file being written is removed.
    """
    if delimiter not in DELIMITERS:
        raise ValidationError("delimiter", f"{delimiter!r} is not one of , and ;")
    sheet_rows = editor_rows(
        library,
        query=query,
        ids=ids,
        columns=columns,
        include_off_record=include_off_record,
        unredacted=unredacted,
        include_protected_notes=include_protected_notes,
    )
    with sheet_rows as sheet, _open_dest(dest, bom) as (stream, discard):
        # Every cell quoted: a sheet opened with the other separator, or with "trim
        # spaces", then cannot start a cell in the middle of the text.
        writer = csv.writer(
            stream, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL
        )
        writer.writerow(sheet.columns)
        written, cancelled = sheet.write(writer.writerows, progress, cancel)
        if cancelled:
            discard()
    return ExportReport(
        written,
        sheet.off_record_left_out,
        cancelled,
        sheet.warnings,
        sheet.columns,
        sheet.risks,
        tuple(sheet.unreadable),
    )


# A row that cannot be read: text that is not UTF-8, or a damaged page.
_UNREADABLE: tuple[type[Exception], ...] = (UnreadableText, *DB_DATABASE_ERRORS)
