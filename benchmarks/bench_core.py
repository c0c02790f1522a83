"""Search and save through the Library API, each beside a raw SQLite baseline."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from measure import Figure, p50_p95, timed

from quotebook.core import Library
from quotebook.core.search.parse import parse_query
from quotebook.core.search.sql import fts_expression
from quotebook.core.storage.connect import connect

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
    "word naming sources": "sasha",  # in no quote's text: found by 800 sources' names
}


def _fts(query: str) -> str:
    """The FTS5 expression the library's search runs for ``query`` (stems included)."""
    expression = fts_expression(parse_query(query).root)
    assert expression is not None
    return expression


# The same work as each class, in raw SQL over the same file: the newest page of ids
# and the count capped as the app's is (SQL, then its parameters).
_LIVE = "q.id NOT IN (SELECT id FROM quote_trash)"
_FTS_IDS = "SELECT rowid AS id FROM quote_fts WHERE quote_fts MATCH ?"
RAW: dict[str, tuple[str, tuple[object, ...]]] = {
    "rare word": (_FTS_IDS, (_fts("zeitgeist"),)),
    "word in half the quotes": (_FTS_IDS, (_fts("is"),)),
    "2-letter prefix": (_FTS_IDS, (_fts("wa"),)),
    "3-letter prefix": (_FTS_IDS, (_fts("vis"),)),
    "phrase": (_FTS_IDS, (_fts('"the war"'),)),
    "tag:": (
        "SELECT qt.quote_id AS id FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id "
        "JOIN quote q ON q.id = qt.quote_id WHERE t.key = ? AND " + _LIVE,
        ("visa",),
    ),
    "source:": (
        "SELECT q.id FROM quote q JOIN source s ON s.id = q.source_id "
        "WHERE s.name_key LIKE ? AND " + _LIVE,
        ("sasha%",),
    ),
    "said bounds": (
        "SELECT q.id FROM quote q WHERE q.said_on >= ? AND q.said_on < ? AND " + _LIVE,
        ("2023-01-01", "2023-02-01"),
    ),
    "combination with negation": (
        "SELECT q.id FROM quote q WHERE q.id IN (" + _FTS_IDS + ") AND q.said_on >= ? "
        "AND q.id NOT IN (SELECT qt.quote_id FROM quote_tag qt JOIN tag t "
        "ON t.id = qt.tag_id WHERE t.key = ?) AND " + _LIVE,
        (_fts("visa"), "2023-01-01", "draft"),
    ),
    "Cyrillic word": (_FTS_IDS, (_fts("работа"),)),
    "word naming sources": (  # "sasha" is in no quote's text: its sources' quotes
        "SELECT q.id FROM quote q WHERE q.source_id IN "
        "(SELECT id FROM source WHERE (' ' || name_key) LIKE ?) AND +" + _LIVE,
        ("% sasha%",),
    ),
}


def _raw_samples(conn: sqlite3.Connection, name: str, repeat: int) -> list[float]:
    """Timings of the raw SQL of one class: its newest page and its capped count."""
    sql, params = RAW[name]

    def query() -> None:
        conn.execute(f"SELECT id FROM ({sql}) ORDER BY id DESC LIMIT ?", (*params, PAGE)).fetchall()
        conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM ({sql}) LIMIT ?)", (*params, COUNT_CAP + 1)
        ).fetchone()

    query()  # warm the page cache, as for the library's search
    return timed(query, repeat)


def search_figures(library: Library, path: Path, repeat: int) -> list[Figure]:
    """p50 and p95 of the first page of ids plus the count shown, per query class,
    each beside the same work done in raw SQL."""
    conn = connect(path, "mode=ro")  # the library's own SQLite, as in bench_bulk.py
    figures = []
    try:
        for name, query in QUERIES.items():
            _, baseline = p50_p95(_raw_samples(conn, name, repeat))
            library.search(query, limit=PAGE, count_cap=COUNT_CAP)  # warm the page cache
            samples = timed(
                lambda q=query: library.search(q, limit=PAGE, count_cap=COUNT_CAP), repeat
            )
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
    finally:
        conn.close()
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
    raw = connect(path)
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
