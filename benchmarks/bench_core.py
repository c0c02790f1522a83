"""Search and save through the Library API, each beside a raw SQLite baseline."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from measure import Figure, p50_p95, timed

from quotebook.core import Library
from quotebook.core.validate import fold

PAGE = 200
COUNT_CAP = 1_000  # the first count the app shows ("1,000+"), as in gui/browser.py

# One query of each class a reporter types; the words exist in generated libraries.
QUERIES = {
    "rare word": "zeitgeist",
    "word in half the quotes": "is",
    "2-letter prefix": "wa",
    "3-letter prefix": "vis",
    "phrase": '"the war"',
    "tag:": "tag:visa",
    "source:": "source:sasha",
    "said bounds": "said>=2023-01-01 said<2023-02-01",
    "combination with negation": "visa -tag:draft said>=2023-01-01",
    "Cyrillic word": "работа",
}


def _raw_baseline(path: Path, repeat: int) -> list[float]:
    """The newest page of a one-word full-text match and its capped count, in raw SQL."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    term = '"' + fold("visa") + '"*'

    def query() -> None:
        conn.execute(
            "SELECT rowid FROM quote_fts WHERE quote_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (term, PAGE),
        ).fetchall()
        conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM quote_fts WHERE quote_fts MATCH ? LIMIT ?)",
            (term, COUNT_CAP + 1),
        ).fetchone()

    try:
        return timed(query, repeat)
    finally:
        conn.close()


def search_figures(library: Library, path: Path, repeat: int) -> list[Figure]:
    """p50 and p95 of the first page of ids plus the count shown, per query class."""
    _, baseline = p50_p95(_raw_baseline(path, repeat))
    figures = []
    for name, query in QUERIES.items():
        library.search(query, limit=PAGE, count_cap=COUNT_CAP)  # warm the page cache
        samples = timed(lambda q=query: library.search(q, limit=PAGE, count_cap=COUNT_CAP), repeat)
        p50, p95 = p50_p95(samples)
        result = library.search(query, limit=PAGE, count_cap=COUNT_CAP)
        shown = f"{result.total:,}{'+' if result.total_capped else ''} matches"
        figures.append(
            Figure(
                f"search p95: {name}",
                p95,
                "ms",
                baseline,
                "≤ 30 ms",
                p95 <= 30,
                f"p50 {p50:.1f} ms, {shown}",
                {"p50_ms": p50},
            )
        )
    return figures


def save_figure(library: Library, path: Path, repeat: int) -> Figure:
    """p95 of saving one edited quote (text and tags, index kept in step)."""
    rng = random.Random(3)
    top = library.search("", limit=1).ids[0]
    ids = [rng.randint(1, top) for _ in range(repeat)]
    counter = iter(range(10**9))

    def save() -> None:
        quote_id = ids[next(counter) % len(ids)]
        library.update_quote(quote_id, text=f"Edited words number {rng.random()}", tags=["visa"])

    _, p95 = p50_p95(timed(save, repeat))
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")

    def raw_save() -> None:
        raw.execute("BEGIN IMMEDIATE")
        # A column outside the full-text index, so the index stays in step.
        raw.execute("UPDATE quote SET status = ? WHERE id = ?", ("verified", ids[0]))
        raw.execute("COMMIT")

    try:
        _, raw_p95 = p50_p95(timed(raw_save, repeat))
    finally:
        raw.close()
    return Figure(
        "save one quote p95",
        p95,
        "ms",
        raw_p95,
        "≤ 5 ms",
        p95 <= 5,
        "text and tags through Library.update_quote",
    )
