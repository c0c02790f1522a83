"""CSV export of the whole library and import into an empty one, beside raw baselines."""

from __future__ import annotations

import csv
import sqlite3
import time
from pathlib import Path

from measure import Figure

from quotebook.core import Library
from quotebook.core.sheet.csv_common import COLUMNS
from quotebook.core.sheet.csv_export import export_csv
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.storage import fts
from quotebook.core.storage.connect import connect

# The raw baseline writes the same seventeen columns with no redaction or safety work.
RAW_EXPORT = """
SELECT q.id, q.text, '', s.name, s.is_pseudonym, s.age, s.role, s.organization,
       q.ground_rule, q.said_on,
       (SELECT group_concat(t.name, '; ') FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id
         WHERE qt.quote_id = q.id),
       a.headline, a.outlet, a.url, a.published_on, q.context, q.notes
FROM quote q JOIN source s ON s.id = q.source_id LEFT JOIN article a ON a.id = q.article_id
ORDER BY q.id
"""


def _raw_export(path: Path, out: Path) -> int:
    conn = connect(path, "mode=ro")  # the library's own SQLite, as in bench_bulk.py
    rows = 0
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in conn.execute(RAW_EXPORT):
            writer.writerow(row)
            rows += 1
    conn.close()
    return rows


def _raw_import(sheet: Path, target: Path) -> int:
    """csv.reader -> executemany into fresh tables -> one bulk FTS insert."""
    Library(target).close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO source (id, name, name_key, real_name, is_pseudonym, role, organization,"
        " organization_key, location, described_as, contact, default_ground_rule, notes,"
        " created_at, updated_at) VALUES (1, 'x', 'x', '', 0, '', '', '', '', '', '',"
        " 'on_record', '', '2024-01-01', '2024-01-01')"
    )
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        rows = [(int(r[0]), r[1], r[8], r[9] or None, r[15], r[16]) for r in reader]
    conn.executemany(
        "INSERT INTO quote (id, text, source_id, ground_rule, said_on, context, notes, language,"
        " translation, original_text, status, created_at, updated_at) VALUES"
        " (?, ?, 1, ?, ?, ?, ?, '', '', '', 'unverified', '2024-01-01', '2024-01-01')",
        rows,
    )
    conn.executemany(
        fts.INSERT,
        (
            fts.entry({"id": i, "text": text, "context": context, "notes": notes})
            for i, text, context, notes in conn.execute(
                "SELECT id, text, context, notes FROM quote"
            ).fetchall()
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    return len(rows)


def csv_figures(library: Library, path: Path, work: Path) -> list[Figure]:
    """Rows per second for the export and the import, each beside its raw baseline."""
    started = time.perf_counter()
    raw_rows = _raw_export(path, work / "raw.csv")
    raw_rate = raw_rows / (time.perf_counter() - started)
    sheet = work / "export.csv"
    started = time.perf_counter()
    report = export_csv(library, sheet, ExportOptions(unredacted=True, include_off_record=True))
    rate = report.rows / (time.perf_counter() - started)
    figures = [
        Figure(
            "export rows/s",
            rate,
            "rows/s",
            raw_rate,
            "≥ 0.8× raw",
            rate >= 0.8 * raw_rate,
            f"{report.rows:,} rows, unredacted with off-record",
        )
    ]
    started = time.perf_counter()
    raw_rows = _raw_import(sheet, work / "raw-import.sqlite3")
    raw_rate = raw_rows / (time.perf_counter() - started)
    target = Library(work / "import.sqlite3")
    try:
        started = time.perf_counter()
        imported = import_csv(target, sheet)
        rate = imported.quotes_created / (time.perf_counter() - started)
    finally:
        target.close()
    figures.append(
        Figure(
            "import rows/s",
            rate,
            "rows/s",
            raw_rate,
            "≥ 0.5× raw",
            rate >= 0.5 * raw_rate,
            f"{imported.quotes_created:,} rows into an empty library",
        )
    )
    return figures
