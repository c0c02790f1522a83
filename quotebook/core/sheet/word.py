"""The quote sheet as a Word document (DOCX), for an editor or a fact-checker.

The quotes are those of the editor sheet, from the same rows
(:func:`~quotebook.core.sheet.sheet_rows.editor_rows`), so they are redacted exactly
as the CSV is. They are grouped by article (or by source as the sheet names
it), each in a table row with its attribution line as it would print, its
ground rule, the date it was said and an empty "Checked" column to tick. An
"About this sheet" part says what was left out or redacted and why.

Grouping by source uses only what the redacted row shows: a source named on
the record, else the description a background quote is attributed to; quotes
with no attribution share one group, so the grouping reveals nothing the rows
do not.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from ..domain.values import GroundRule, GroupBy
from .about import about_lines
from .csv_common import PSEUDONYM_YES, restore
from .formats import ExportFormat
from .options import ExportOptions
from .sheet_rows import Cancel, ExportReport, Progress, SheetRows, write_sheet
from .staged import BinaryDest, staged

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table

    from ..library.library import Library


_COLUMNS = (
    "quote_id",
    "quote",
    "attribution",
    "source",
    "pseudonym",
    "ground_rule",
    "said_on",
    "article",
    "outlet",
    "published_on",
)
RULE_NAMES = {
    GroundRule.ON_RECORD: "On the record",
    GroundRule.BACKGROUND: "Background",
    GroundRule.DEEP_BACKGROUND: "Deep background",
    GroundRule.OFF_RECORD: "Off the record",
}
HEADER = ("#", "Quote", "Attribution as printed", "Ground rule", "Said on", "Checked")
NO_ARTICLE = "Not filed under an article"
NO_ATTRIBUTION = "Not attributed"
_QUOTE_SHEET = ExportOptions(format=ExportFormat.DOCX)
_WIDTHS_CM = (1.0, 11.5, 6.5, 2.8, 2.7, 2.2)  # 26.7 cm: a landscape A4 page
# Characters XML 1.0 cannot hold: a Word document cannot carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(cell: Any) -> str:
    return _NOT_XML.sub("", restore(cell)) if isinstance(cell, str) else str(cell or "")


def said(value: str) -> str:
    """A date as an editor reads it: 14 March 2022."""
    if not value:
        return ""
    day = date.fromisoformat(value)
    return f"{day.day} {day:%B %Y}"


def printed_attribution(row: dict[str, Any]) -> str:
    """The attribution line as it prints, a changed name flagged for the editor."""
    line = _clean(row["attribution"])
    if not line:
        return "No attribution"
    if row["pseudonym"] == PSEUDONYM_YES and row["ground_rule"] == GroundRule.ON_RECORD:
        line += " (name changed)"
    return line


def _group(row: dict[str, Any], by: GroupBy) -> str:
    if by is GroupBy.ARTICLE:
        if not row["article"]:
            return NO_ARTICLE
        parts = [_clean(row["article"]), _clean(row["outlet"]), said(row["published_on"] or "")]
        return " — ".join(part for part in parts if part)
    return _clean(row["source"]) or _clean(row["attribution"]) or NO_ATTRIBUTION


def _table(document: Document) -> Table:
    table: Table = document.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, _WIDTHS_CM, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice follows
    for cell, text, width in zip(table.rows[0].cells, HEADER, _WIDTHS_CM, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].add_run(text).bold = True
    return table


def _add_quote(table: Table, row: dict[str, Any]) -> None:
    rule = RULE_NAMES[GroundRule(row["ground_rule"])]
    texts = (
        str(row["quote_id"]),
        _clean(row["quote"]),
        printed_attribution(row),
        rule,
        said(row["said_on"] or ""),
        "",
    )
    cells = table.add_row().cells  # type: ignore[no-untyped-call]
    for cell, text, width in zip(cells, texts, _WIDTHS_CM, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].text = text
    if rule != RULE_NAMES[GroundRule.ON_RECORD]:
        for run in table.rows[-1].cells[3].paragraphs[0].runs:
            run.bold = True


def _document(title: str, about: list[tuple[str, str]]) -> Document:
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading(title, level=0)
    document.add_heading("About this sheet", level=1)
    for label, text in about:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)
    return document


class _Groups:
    """Collects the rows under their headings, then writes the document once they are all in."""

    def __init__(self, dest: BinaryDest, options: ExportOptions) -> None:
        self.dest, self.options = dest, options
        self.groups: dict[str, list[dict[str, Any]]] = {}

    def writerows(self, batch: list[Sequence[Any]]) -> None:
        for values in batch:
            row = dict(zip(_COLUMNS, values, strict=True))
            self.groups.setdefault(_group(row, self.options.group_by), []).append(row)

    def finish(self, rows: SheetRows, written: int, cancelled: bool) -> tuple[str, ...]:
        """Write the document, unless cancelled (then no file is written)."""
        if cancelled:
            return ()
        about = about_lines(self.options, written, rows.by_rule(), rows.off_record_left_out)
        document = _document("Quote sheet", about)
        for heading, quotes in self.groups.items():
            document.add_heading(heading, level=1)
            table = _table(document)
            for row in quotes:
                _add_quote(table, row)
        with staged(self.dest) as (target, _discard):
            document.save(target if isinstance(target, io.BytesIO) else str(target))
        return ()


def export_docx(
    library: Library,
    dest: BinaryDest,
    options: ExportOptions = _QUOTE_SHEET,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the quote sheet; scope, redaction and report as :func:`export_csv`.

    The sheet has its own columns, whatever ``options.columns``; its quotes are
    grouped by ``options.group_by``.
    """
    options = replace(options, columns=_COLUMNS)
    return write_sheet(
        library, options, lambda _columns: nullcontext(_Groups(dest, options)), progress, cancel
    )
