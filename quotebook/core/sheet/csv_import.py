"""Import quotes from the editor sheet or from a reporter's own spreadsheet.

Reading happens in three steps, the first two writing nothing to the library:

1. :mod:`csv_import_rows` reads and checks every row (its physical line number kept),
   folding source and article cells into one record per source and article; the
   rows wait in a temporary table (:mod:`csv_import_stage`), so that memory does
   not grow with the sheet;
2. :mod:`csv_import_plan` matches those to the library (sources by name, organisation as
   tie-breaker; articles by URL, else by headline; tags by name) and gives each
   new row its id;
3. :func:`import_csv` writes everything in ONE write transaction with bulk
   inserts and fills the full-text index in one bulk step. The import is one undo
   step, which keeps the runs of ids it inserted, not its rows (:mod:`stash`).

If any row is invalid nothing is written (``report.aborted``) and every problem
is listed, unless ``skip_invalid``: then the valid rows go in and the rejected
ones are listed. A dry run reports what would be created and matched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..storage.driver import driver
from ..storage.scratch import scratch_schema
from .csv_common import CsvPreview, CsvSource, SheetReader, open_text, preview_csv
from .csv_import_fields import IMPORT_FIELDS
from .csv_import_plan import make_plan
from .csv_import_report import ImportReport
from .csv_import_rows import Progress, Rows, read_rows
from .csv_import_stage import Stage
from .csv_import_write import write_plan

if TYPE_CHECKING:
    from ..library.library import Library

__all__ = ["IMPORT_FIELDS", "CsvPreview", "ImportReport", "import_csv", "preview_csv"]


def import_csv(
    library: Library,
    source: CsvSource,
    *,
    mapping: Mapping[str, str] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    encoding: str | None = None,
    delimiter: str | None = None,
    progress: Progress | None = None,
    new_source_rule: str = "background",
) -> ImportReport:
    """Import a sheet; ``mapping`` is {their column name: field name} (see IMPORT_FIELDS).

    Raises :class:`~quotebook.core.domain.errors.CsvError` when the file cannot be read
    at all (encoding, no header, no quote column) and ValidationError for a bad
    ``mapping`` or ``delimiter``; problems of single rows are listed in the report.

    Fail-safe ground rules: a row without one takes its source's default; a source
    the import creates gets ``new_source_rule`` (background unless told otherwise);
    a quote already present that the sheet marks stricter is made so.
    """
    with library._staging() as raw, scratch_schema(raw) as schema:
        stage = Stage(raw, schema)
        try:
            with open_text(source, encoding) as (text, _):
                rows = read_rows(SheetReader(text, delimiter), mapping, progress, stage)
            if dry_run:
                return make_plan(raw, rows, new_source_rule).report(dry_run=True, aborted=False)
            return _write(library, rows, skip_invalid=skip_invalid, new_rule=new_source_rule)
        finally:
            stage.drop()


def _write(library: Library, rows: Rows, *, skip_invalid: bool, new_rule: str) -> ImportReport:
    """Match and write the staged rows in one transaction: one undo step."""
    with library._write("Import CSV", bulk=True) as tx:
        plan = make_plan(driver(tx.conn), rows, new_rule)
        if plan.rejected and not skip_invalid:
            return plan.report(dry_run=False, aborted=True)
        write_plan(tx.conn, plan)
        tx.inserted = plan.inserted(library.stash_name())
    # Reported once the bulk write's page cache is given back.
    return plan.report(dry_run=False, aborted=False)
