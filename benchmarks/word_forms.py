"""Word forms at scale: how long the full-text index takes to rebuild, and what forms cost.

    python benchmarks/word_forms.py LIBRARY.sqlite3 [--skip-reindex]

Works on a copy of LIBRARY (made by generate.py). A library of an older schema is
upgraded and the rebuild its upgrade leaves is timed; one at the current schema has
its index rebuilt as the schema-5 migration does (stems and CJK bigrams for every
quote). Then free words are timed in their base form and in another form, capped
as the app counts, median of five runs each.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotebook.core import Library
from quotebook.core.storage import fts, migrations
from quotebook.core.storage.version import PENDING_KEY

# A base form the generator writes, beside a form it never writes.
PAIRS = [("повестка", "повестки"), ("работа", "работы"), ("leave", "leaving"), ("visa", "visas")]


def reindex(path: Path) -> float:
    """Seconds to rebuild the index of the library at ``path`` from its quotes."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE quote_fts")
        conn.execute(fts.CREATE)
        conn.execute(fts.RANK)
        end = conn.execute("SELECT max(id) FROM quote").fetchone()[0]
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (PENDING_KEY, f"0 {end}"))
        while migrations.rebuild_step(conn, 20_000):
            pass
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def query_times(path: Path) -> None:
    with Library(path, create=False, defer_check=True) as library:
        for pair in PAIRS:
            for word in pair:
                samples = []
                for _ in range(5):
                    started = time.perf_counter()
                    result = library.search(word, limit=50, count_cap=1000)
                    samples.append((time.perf_counter() - started) * 1000)
                count = f"{result.total:,}{'+' if result.total_capped else ''}"
                print(f"  {word:>10}: {statistics.median(samples):7.1f} ms  {count} matches")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--skip-reindex", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "library.sqlite3"
        shutil.copyfile(args.library, copy)
        started = time.perf_counter()
        with Library(copy, create=False, defer_check=True) as library:
            opened = time.perf_counter()
            pending = library.index_rebuild()
            library.finish_rebuild()  # what an upgrade left to rebuild
            rebuilt = time.perf_counter()
            quotes = library.info().quotes
        if pending is not None:
            print(f"open (with the upgrade): {opened - started:.1f} s")
            print(f"rebuild after the upgrade: {pending[1]:,} quotes in {rebuilt - opened:.1f} s")
        elif not args.skip_reindex:
            seconds = reindex(copy)
            print(f"re-index: {quotes:,} quotes in {seconds:.1f} s ({quotes / seconds:,.0f}/s)")
        print("free words, first page and a count capped at 1,000:")
        query_times(copy)


if __name__ == "__main__":
    main()
