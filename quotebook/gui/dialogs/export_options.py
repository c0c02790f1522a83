"""The export dialog's choices of format, and what runs an export, its risks and its preview."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from enum import StrEnum
from typing import Any

from ...core import Library
from ...core.sheet.archive import archive_preview
from ...core.sheet.csv_common import restore
from ...core.sheet.formats import ExportFormat
from ...core.sheet.options import ExportOptions
from ...core.sheet.qdpx import export_qdpx
from ...core.sheet.sheet_rows import ExportReport
from ...core.sheet.writers import export_sheet

PREVIEW_ROWS = 5


class ExportKind(StrEnum):
    """A choice of the dialog's format list: a format of the editor sheet, or the archive."""

    CSV = "csv"
    XLSX = "xlsx"
    DOCX = "docx"
    QDPX = "qdpx"
    ARCHIVE = "archive"

    @property
    def suffix(self) -> str:
        return ".csv" if self is ExportKind.ARCHIVE else f".{self.value}"

    @property
    def format(self) -> ExportFormat:
        """The file format: the archive sheet is a CSV file."""
        return ExportFormat.CSV if self is ExportKind.ARCHIVE else ExportFormat(self.value)


def run_export(library: Library, dest: Any, options: ExportOptions, **extra: Any) -> ExportReport:
    """Write the file ``options`` describe; ``extra`` are progress and cancel (not for
    a project, which is written at once)."""
    if options.format is ExportFormat.QDPX:
        project = export_qdpx(library, dest, options)
        return ExportReport(project.quotes, project.off_record_left_out, False)
    return export_sheet(library, dest, options, **extra)


def preview_rows(library: Library, options: ExportOptions) -> list[list[str]]:
    """The first rows the export would write (header first), from a CSV export into memory.

    Every format has the rows of a CSV sheet; the others show text without the
    CSV's formula-guarding apostrophe, as they write it.
    """
    if options.archive:
        return archive_preview(library, PREVIEW_ROWS)
    buffer = io.StringIO()
    batches = iter([False])  # let one batch through, then stop
    as_csv = replace(options, bom=False, format=ExportFormat.CSV)
    run_export(library, buffer, as_csv, cancel=lambda: next(batches, True))
    reader = csv.reader(io.StringIO(buffer.getvalue()), delimiter=options.delimiter)
    rows = [row for _, row in zip(range(PREVIEW_ROWS + 1), reader, strict=False)]
    if options.format is not ExportFormat.CSV:
        return [[restore(cell) for cell in row] for row in rows]
    return rows
