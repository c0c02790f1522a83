"""The archive sheet: every stored field of every quote, its source and its article, as CSV.

Where the editor sheet is redacted for a desk, the archive sheet is the
reporter's own copy of the library in one sheet that the import reads back
whole: each quote's language, translation, original text and status, each
source's location, description, default ground rule and notes, each article's
author, dateline and notes. Its columns are import fields by name, so the import
needs no mapping, and an export of what it imported is the same file, byte for
byte. Cells are spelled as in the editor sheet (:mod:`csv_common`).

A source's real name and contact are left out unless ``with_protected`` (a full
backup sheet the reporter asked for, with :data:`PROTECTED_WARNING`).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

from ..domain import schema
from ..domain.field import Field
from .csv_common import PSEUDONYM_YES, join_tags, neutralise
from .options import ExportOptions
from .sheet_rows import Cancel, ExportReport, Progress
from .staged import BinaryDest, staged

if TYPE_CHECKING:
    from ..library.library import Library


def _fields(declared: tuple[Field, ...], table: str) -> list[tuple[str, str, Field]]:
    return [(f.sheet, f"{table}.{f.name}", f) for f in schema.in_sheet(declared) if f.sheet]


# (column, SQL, declared field) in order; every column is an import field of the
# same name: the quote's id and fields, its tags, its source's, its article's.
_FIELDS: tuple[tuple[str, str, Field | None], ...] = (
    ("quote_id", "q.id", None),
    *_fields(schema.QUOTE, "q"),
    ("tags", "q.id", None),
    *_fields(schema.SOURCE, "s"),
    *_fields(schema.ARTICLE, "a"),
)
PROTECTED = frozenset(name for name, _, field in _FIELDS if field and field.protected)
ARCHIVE_COLUMNS = tuple(name for name, _, _ in _FIELDS if name not in PROTECTED)
FULL_COLUMNS = tuple(name for name, _, _ in _FIELDS)
PROTECTED_WARNING = (
    "This archive sheet holds sources' real names and contacts. Keep it as safe as the "
    "library itself, and never send it to anyone."
)
# Columns written as stored: ids, dates, numbers and the spellings of rules and statuses.
_PLAIN = frozenset(
    name
    for name, _, field in _FIELDS
    if field is None or field.kind in ("date", "age", "rule", "status")
)
_FLAGS = frozenset(name for name, _, field in _FIELDS if field and field.kind == "flag")
_BATCH = 5000
_ARCHIVE = ExportOptions(archive=True)


# Quotes outside the trash whose source is outside it too, as the editor sheet has.
_FROM = (
    "FROM quote q JOIN source s ON s.id = q.source_id LEFT JOIN article a ON a.id = q.article_id "
    "WHERE q.id NOT IN (SELECT id FROM quote_trash) AND s.deleted_at IS NULL"
)


def _statement(columns: Sequence[str]) -> str:
    sql = {name: expression for name, expression, _ in _FIELDS}
    return f"SELECT {', '.join(sql[name] for name in columns)} {_FROM} ORDER BY q.id"


def _spellers(columns: Sequence[str], tags: dict[int, list[str]]) -> list[Any]:
    """How each column's value becomes its cell."""

    def text(value: Any) -> str:
        return neutralise(value or "")

    def plain(value: Any) -> Any:
        return "" if value is None else value

    def flag(value: Any) -> str:
        return PSEUDONYM_YES if value else ""

    def tag_cell(quote_id: int) -> str:
        return join_tags(tags.get(quote_id, []))

    return [
        tag_cell
        if name == "tags"
        else flag
        if name in _FLAGS
        else plain
        if name in _PLAIN
        else text
        for name in columns
    ]


def _tags(conn: Any) -> dict[int, list[str]]:
    """Every quote's tag names in the order of their folded names."""
    found: dict[int, list[str]] = {}
    rows = conn.execute(
        "SELECT qt.quote_id, t.name FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id "
        "ORDER BY qt.quote_id, t.key"
    )
    for quote_id, name in rows:
        found.setdefault(quote_id, []).append(name)
    return found


def _rows(conn: Any, columns: Sequence[str], size: int = _BATCH) -> Iterator[list[list[Any]]]:
    spell = _spellers(columns, _tags(conn))
    cursor = conn.execute(_statement(columns))
    while batch := cursor.fetchmany(size):
        yield [[f(value) for f, value in zip(spell, row, strict=True)] for row in batch]


def archive_preview(library: Library, rows: int) -> list[list[str]]:
    """The header and the first ``rows`` rows of the archive sheet, cells as written."""
    with library.snapshot() as conn:
        first = next(_rows(conn, ARCHIVE_COLUMNS, rows), [])
    return [list(ARCHIVE_COLUMNS), *([str(cell) for cell in row] for row in first)]


def _text_stream(target: Any) -> IO[str]:
    if isinstance(target, io.BytesIO):
        return io.TextIOWrapper(target, encoding="utf-8-sig", newline="", write_through=True)
    return open(target, "w", encoding="utf-8-sig", newline="")  # staged: new, owner-only


def export_archive(
    library: Library,
    dest: BinaryDest | os.PathLike[str],
    options: ExportOptions = _ARCHIVE,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the archive sheet of every quote outside the trash, by quote id.

    UTF-8 with a byte-order mark and ``\\r\\n`` line ends, like the editor sheet. Of
    ``options`` only ``with_protected`` counts: the sheet has no scope or redaction.
    """
    columns = FULL_COLUMNS if options.with_protected else ARCHIVE_COLUMNS
    warnings = (PROTECTED_WARNING,) if options.with_protected else ()
    written, cancelled = 0, False
    with library.snapshot() as conn, staged(dest) as (target, discard):
        total = conn.execute(f"SELECT count(*) {_FROM}").fetchone()[0]
        stream = _text_stream(target)
        try:
            writer = csv.writer(stream, lineterminator="\r\n")
            writer.writerow(columns)
            for batch in _rows(conn, columns):
                if cancel is not None and cancel():
                    cancelled = True
                    discard()
                    break
                writer.writerows(batch)
                written += len(batch)
                if progress is not None:
                    progress(written, total)
        finally:
            if isinstance(stream, io.TextIOWrapper) and isinstance(target, io.BytesIO):
                stream.detach()
            else:
                stream.close()
    return ExportReport(written, 0, cancelled, warnings, columns)
