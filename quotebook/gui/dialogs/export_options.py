"""What the export dialog asks, as one value that runs the export, and its preview rows."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from ...core import Library
from ...core.domain.values import GroupBy
from ...core.sheet.archive import archive_preview, export_archive
from ...core.sheet.csv_common import restore
from ...core.sheet.csv_export import ExportReport
from ...core.sheet.csv_risks import SheetRisks, sheet_risks
from ...core.sheet.formats import ExportFormat, export_sheet
from ...core.sheet.qdpx import export_qdpx

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


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Everything the dialog asks, as export arguments."""

    ids: tuple[int, ...] | None
    query: str | None
    columns: tuple[str, ...]
    bom: bool
    delimiter: str
    include_off_record: bool
    unredacted: bool
    kind: ExportKind = ExportKind.CSV
    group_by: GroupBy = GroupBy.ARTICLE
    include_protected_notes: bool = False

    def run(self, library: Library, dest: Any, **extra: Any) -> ExportReport:
        if self.kind is ExportKind.ARCHIVE:
            return export_archive(library, dest, **extra)
        if self.kind is ExportKind.QDPX:
            project = export_qdpx(
                library,
                dest,
                ids=self.ids,
                query=self.query,
                include_off_record=self.include_off_record,
            )
            return ExportReport(project.quotes, project.off_record_left_out, False)
        return export_sheet(
            library,
            dest,
            ExportFormat(self.kind.value),
            ids=self.ids,
            query=self.query,
            columns=self.columns,
            bom=self.bom,
            delimiter=self.delimiter,
            include_off_record=self.include_off_record,
            unredacted=self.unredacted,
            include_protected_notes=self.include_protected_notes,
            group_by=self.group_by,
            **extra,
        )

    def risks(self, library: Library) -> SheetRisks:
        """What the sheet could give away (no linking when every row names its source)."""
        if self.kind is ExportKind.ARCHIVE:
            return SheetRisks()  # the reporter's own full sheet: no editor reads it
        found = sheet_risks(
            library, query=self.query, ids=self.ids, include_off_record=self.include_off_record
        )
        return replace(found, linkable=()) if self.unredacted else found


def preview_rows(library: Library, options: ExportOptions) -> list[list[str]]:
    """The first rows the export would write (header first), from a CSV export into memory.

    Every format has the rows of a CSV sheet; the others show text without the
    CSV's formula-guarding apostrophe, as they write it.
    """
    if options.kind is ExportKind.ARCHIVE:
        return archive_preview(library, PREVIEW_ROWS)
    buffer = io.StringIO()
    batches = iter([False])  # let one batch through, then stop
    as_csv = replace(options, bom=False, kind=ExportKind.CSV)
    as_csv.run(library, buffer, cancel=lambda: next(batches, True))
    reader = csv.reader(io.StringIO(buffer.getvalue()), delimiter=options.delimiter)
    rows = [row for _, row in zip(range(PREVIEW_ROWS + 1), reader, strict=False)]
    if options.kind is not ExportKind.CSV:
        return [[restore(cell) for cell in row] for row in rows]
    return rows
