"""The editor sheet as an Excel workbook (XLSX), written with XlsxWriter.

The rows are the CSV editor sheet's own (:func:`~quotebook.core.sheet.csv_export.editor_rows`),
so the workbook is redacted exactly as the CSV is. What differs is the spelling:
every text cell is written as a string cell, which no spreadsheet runs as a
formula, so the CSV's guarding apostrophe is taken off again and the quote reads
verbatim; dates are date cells, ids and ages numbers. The header row is bold and
frozen, widths fitted to the first rows, long text wrapped. A second sheet,
"About", says what was left out or redacted and why, the scope and the time.

XlsxWriter runs in its constant-memory mode: each row goes to disk as it is
written, so a million-quote workbook needs no more memory than a small one.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlsxwriter

from .about import SheetScope, about_lines
from .csv_common import TAG_SEPARATOR, restore, split_tags
from .csv_export import Cancel, ExportReport, Progress, editor_rows
from .staged import BinaryDest, staged

if TYPE_CHECKING:
    from xlsxwriter.worksheet import Worksheet

    from ..library.library import Library

# A spreadsheet cell holds at most this many characters (Excel's limit).
CELL_LIMIT = 32_767
CUT_WARNING = (
    "{n} cells were longer than a spreadsheet cell can hold (32,767 characters) and "
    "were cut in the workbook; the CSV sheet carries them whole."
)
_NUMBERS = frozenset({"quote_id", "age"})
_DATES = frozenset({"said_on", "published_on"})
# Long text wraps in a column of fixed width; the others are fitted to their first rows.
_WRAPPED = {"quote": 60, "attribution": 40, "context": 40, "notes": 40}
_FIT_ROWS = 200
_MAX_WIDTH = 50
_LINE_HEIGHT = 15  # points, for the default 11-point font
_MAX_LINES = 27  # a row grows to at most about 400 points (Excel's limit is 409)
_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
_FIRST_SERIAL = 61  # 1900-03-01: earlier serials meet Excel's 1900 leap-year bug


def _tags(cell: str) -> str:
    return TAG_SEPARATOR.join(split_tags(cell))


class _Writer:
    """Writes the sheet's rows into a worksheet, one batch at a time."""

    def __init__(self, book: Any, sheet: Worksheet, columns: Sequence[str]) -> None:
        self.sheet = sheet
        self.columns = tuple(columns)
        self.row = 0
        self.cut = 0
        self.widths = [_WRAPPED.get(name, len(name)) for name in columns]
        self.wrapped = [
            (col, _WRAPPED[name]) for col, name in enumerate(columns) if name in _WRAPPED
        ]
        self.text = book.add_format({"valign": "top"})
        self.wrap = book.add_format({"valign": "top", "text_wrap": True})
        self.date = book.add_format({"valign": "top", "num_format": "yyyy-mm-dd"})
        self.cells: list[Callable[[int, int, Any], None]] = [
            self._cell_writer(name) for name in columns
        ]
        bold = book.add_format({"bold": True, "valign": "top"})
        for col, name in enumerate(columns):
            sheet.write_string(0, col, name, bold)
        sheet.freeze_panes(1, 0)
        # Printed: landscape, the header on every page.
        sheet.set_landscape()
        sheet.repeat_rows(0)

    def _cell_writer(self, name: str) -> Callable[[int, int, Any], None]:
        if name in _NUMBERS:
            return lambda row, col, value: self.sheet.write_number(row, col, value, self.text)
        if name in _DATES:
            return self._date
        fmt = self.wrap if name in _WRAPPED else self.text
        spell = _tags if name == "tags" else restore

        def text(row: int, col: int, value: Any) -> None:
            value = spell(value)
            if len(value) > CELL_LIMIT:
                self.cut += 1
                value = value[:CELL_LIMIT]
            self.sheet.write_string(row, col, value, fmt)

        return text

    def _date(self, row: int, col: int, value: str) -> None:
        serial = date.fromisoformat(value).toordinal() - _EXCEL_EPOCH
        if serial < _FIRST_SERIAL:
            self.sheet.write_string(row, col, value, self.text)
        else:
            self.sheet.write_number(row, col, serial, self.date)

    def writerows(self, batch: list[Sequence[Any]]) -> None:
        cells = self.cells
        for values in batch:
            self.row += 1
            row = self.row
            lines = self._lines(values)
            if lines > 1:
                # Before the row's cells: the constant-memory mode writes rows in order.
                self.sheet.set_row(row, lines * _LINE_HEIGHT)
            for col, value in enumerate(values):
                if value is not None and value != "":
                    cells[col](row, col, value)
            if row <= _FIT_ROWS:
                self._fit(values)

    def _lines(self, values: Sequence[Any]) -> int:
        """How many lines the row's wrapped cells need (spreadsheets do not grow a row)."""
        most = 1
        for col, width in self.wrapped:
            text = values[col] or ""
            if len(text) > width or "\n" in text:
                lines = sum(len(line) // width + 1 for line in text.split("\n"))
                most = max(most, lines)
        return min(most, _MAX_LINES)

    def _fit(self, values: Sequence[Any]) -> None:
        for col, value in enumerate(values):
            if self.columns[col] in _WRAPPED:
                continue
            longest = max((len(line) for line in str(value or "").splitlines()), default=0)
            self.widths[col] = max(self.widths[col], min(longest, _MAX_WIDTH))

    def set_widths(self) -> None:
        for col, width in enumerate(self.widths):
            fmt = self.wrap if self.columns[col] in _WRAPPED else None
            self.sheet.set_column(col, col, width + 2, fmt)


def _about_sheet(book: Any, lines: list[tuple[str, str]]) -> None:
    sheet = book.add_worksheet("About")
    bold = book.add_format({"bold": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, 1, 90)
    for row, (label, text) in enumerate(lines):
        sheet.write_string(row, 0, label, bold)
        sheet.write_string(row, 1, text, wrap)


def _workbook(target: Path | io.BytesIO) -> Any:
    options = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    if isinstance(target, io.BytesIO):
        options["in_memory"] = True
    return xlsxwriter.Workbook(target, options)


def export_xlsx(
    library: Library,
    dest: BinaryDest,
    *,
    query: str | None = None,
    ids: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    include_off_record: bool = False,
    unredacted: bool = False,
    include_protected_notes: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the editor sheet as a workbook; arguments and report as :func:`export_csv`.

    A cancelled or failed export leaves no file (and an older one untouched).
    """
    scope = SheetScope(query, ids, include_off_record, unredacted)
    sheet_rows = editor_rows(
        library,
        query=query,
        ids=ids,
        columns=columns,
        include_off_record=include_off_record,
        unredacted=unredacted,
        include_protected_notes=include_protected_notes,
    )
    with sheet_rows as rows, staged(dest) as (target, discard):
        book = _workbook(target)
        writer = _Writer(book, book.add_worksheet("Quotes"), rows.columns)
        written, cancelled = rows.write(writer.writerows, progress, cancel)
        writer.set_widths()
        _about_sheet(book, about_lines(scope, written, rows.by_rule(), rows.off_record_left_out))
        book.close()
        if cancelled:
            discard()
    report = ExportReport(
        written,
        rows.off_record_left_out,
        cancelled,
        rows.warnings,
        rows.columns,
        rows.risks,
        tuple(rows.unreadable),
    )
    if writer.cut:
        report = replace(report, warnings=(*report.warnings, CUT_WARNING.format(n=writer.cut)))
    return report
