"""The workbook (XLSX) export of the whole library, beside a raw cursor → XlsxWriter baseline."""

from __future__ import annotations

import time
from pathlib import Path

import xlsxwriter
from bench_csv import RAW_EXPORT
from measure import Figure

from quotebook.core import Library
from quotebook.core.sheet.csv_common import COLUMNS
from quotebook.core.sheet.excel import export_xlsx
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.storage.connect import connect


def _raw_xlsx(path: Path, out: Path) -> int:
    """The seventeen columns straight from a cursor into XlsxWriter's write_row, no redaction."""
    conn = connect(path, "mode=ro")  # the library's own SQLite, as in bench_bulk.py
    options = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    book = xlsxwriter.Workbook(out, options)
    sheet = book.add_worksheet("Quotes")
    sheet.write_row(0, 0, COLUMNS)
    rows = 0
    for rows, row in enumerate(conn.execute(RAW_EXPORT), start=1):
        sheet.write_row(rows, 0, row)
    book.close()
    conn.close()
    return rows


def xlsx_figures(library: Library, path: Path, work: Path) -> list[Figure]:
    """Rows per second of the workbook export (redacted, the default) beside the raw writer."""
    started = time.perf_counter()
    raw_rows = _raw_xlsx(path, work / "raw.xlsx")
    raw_rate = raw_rows / (time.perf_counter() - started)
    started = time.perf_counter()
    report = export_xlsx(library, work / "export.xlsx", ExportOptions(include_off_record=True))
    rate = report.rows / (time.perf_counter() - started)
    size = (work / "export.xlsx").stat().st_size
    return [
        Figure(
            "xlsx export rows/s",
            rate,
            "rows/s",
            raw_rate,
            "≥ 0.5× raw",
            rate >= 0.5 * raw_rate,
            f"{report.rows:,} rows, redacted with off-record; {size / 1e6:.1f} MB",
        )
    ]
