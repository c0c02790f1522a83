"""The editor sheet as an Excel workbook (XLSX), written with XlsxWriter.

The rows are the CSV editor sheet's own (:func:`~quotebook.core.sheet.sheet_rows.editor_rows`),
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

import contextlib
import io
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlsxwriter

from .about import about_lines
from .csv_common import TAG_SEPARATOR, restore, split_tags
from .formats import ExportFormat
from .options import ExportOptions
from .sheet_rows import Cancel, ExportReport, Progress, SheetRows, write_sheet
from .staged import BinaryDest, staged

if TYPE_CHECKING:
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
_WORKBOOK = ExportOptions(format=ExportFormat.XLSX)


def _tags(cell: str) -> str:
    return TAG_SEPARATOR.join(split_tags(cell))


class _Writer:
    """Writes the sheet's rows into a worksheet, one batch at a time."""

    def __init__(
        self, book: Any, columns: Sequence[str], options: ExportOptions, discard: Callable[[], None]
    ) -> None:
        self.book, self.options, self.discard = book, options, discard
        self.sheet = book.add_worksheet("Quotes")
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
        self._header(book.add_format({"bold": True, "valign": "top"}))

    def _header(self, bold: Any) -> None:
        """The bold header row, frozen; printed landscape, with the header on every page."""
        for col, name in enumerate(self.columns):
            self.sheet.write_string(0, col, name, bold)
        self.sheet.freeze_panes(1, 0)
        self.sheet.set_landscape()
        self.sheet.repeat_rows(0)

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

    def finish(self, rows: SheetRows, written: int, cancelled: bool) -> tuple[str, ...]:
        """Fit the widths, add the About sheet and close the workbook (a cancelled one is
        thrown away); a warning when cells were cut."""
        for col, width in enumerate(self.widths):
            fmt = self.wrap if self.columns[col] in _WRAPPED else None
            self.sheet.set_column(col, col, width + 2, fmt)
        about = about_lines(self.options, written, rows.by_rule(), rows.off_record_left_out)
        _about_sheet(self.book, about)
        self.book.close()
        if cancelled:
            self.discard()
        return (CUT_WARNING.format(n=self.cut),) if self.cut else ()


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


@contextlib.contextmanager
def _xlsx_writer(
    dest: BinaryDest, options: ExportOptions, columns: Sequence[str]
) -> Iterator[_Writer]:
    with staged(dest) as (target, discard):
        book = _workbook(target)
        yield _Writer(book, columns, options, discard)


def export_xlsx(
    library: Library,
    dest: BinaryDest,
    options: ExportOptions = _WORKBOOK,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the editor sheet as a workbook; options and report as :func:`export_csv`.

    A cancelled or failed export leaves no file (and an older one untouched).
    """
    return write_sheet(
        library, options, lambda columns: _xlsx_writer(dest, options, columns), progress, cancel
    )
