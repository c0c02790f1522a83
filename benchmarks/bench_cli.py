"""The command line as a script calls it: whole processes, each beside a raw one.

Every figure is the median of paired runs: the ``quotebook`` command, then a plain
Python process doing the same work with nothing but ``sqlite3``, one after the
other, so that a busy machine slows both alike and the ratio holds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from measure import Figure

from quotebook.commands.search import COUNT_CAP, DEFAULT_LIMIT
from quotebook.core.domain.validate import fold

LIMIT = DEFAULT_LIMIT  # the matches `quotebook search` shows: the raw process reads as many

# The SQL ``quotebook search WORD`` runs for a free word, written out by hand: the
# word's stem (PyStemmer, as the index holds it), sources named like it, the page
# and capped count of live quotes whose text or stems match, newest first, and the
# listing's fields of the page (source, article, date, rule, tags).
_RAW_SEARCH = f"""
import sqlite3, sys
import Stemmer
LIMIT, CAP = {LIMIT}, {COUNT_CAP + 1}
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
word = sys.argv[2]
stem = Stemmer.Stemmer("russian").stemWord(word)
match = f'((- {{{{stems cjk}}}} : "{{word}}"* OR - {{{{cjk}}}} : "{{stem}}"))'
names = [r[0] for r in conn.execute(
    "SELECT term FROM name_vocab WHERE term >= ? AND term < ?", (word, word + chr(0x10FFFF)))]
sources = [r[0] for r in conn.execute(
    "SELECT rowid FROM name_fts WHERE name_fts MATCH ?", ('"' + word + '"*',))]
found = [r[0] for r in conn.execute(
    "SELECT q.id FROM quote_fts f JOIN quote q ON q.id = f.rowid WHERE f.quote_fts MATCH ?"
    " AND q.id NOT IN (SELECT id FROM quote_trash)"
    " AND q.source_id NOT IN (SELECT id FROM source WHERE deleted_at IS NOT NULL)"
    " ORDER BY f.rowid DESC LIMIT ?", (match, CAP))]
page = found[:LIMIT]
rows = conn.execute(
    "SELECT q.id, q.text, s.name, a.headline, q.said_on, q.ground_rule,"
    " (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM quote_tag qt"
    "  JOIN tag t ON t.id = qt.tag_id WHERE qt.quote_id = q.id ORDER BY t.key))"
    " FROM quote q JOIN source s ON s.id = q.source_id"
    " LEFT JOIN article a ON a.id = q.article_id"
    " WHERE q.id IN (" + ",".join("?" * len(page)) + ")", page).fetchall()
for quote_id, text, name, headline, said_on, rule, tags in rows:
    print(quote_id, said_on, name, rule, tags, headline)
    print("    ", text[:200])
print(len(found))
"""

_RAW_INFO = """
import sqlite3, sys
conn = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
for table in ("quote", "source", "article", "tag"):
    print(table, conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
"""


def _seconds(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def _paired(ours: list[str], raw: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median seconds of ``ours`` and of ``raw``, run alternately ``runs`` times."""
    _seconds(ours, env)  # the first run reads the files into the page cache
    _seconds(raw, env)
    mine, theirs = [], []
    for _ in range(runs):
        mine.append(_seconds(ours, env))
        theirs.append(_seconds(raw, env))
    return statistics.median(mine), statistics.median(theirs)


def cli_figures(path: Path, runs: int) -> list[Figure]:
    """``--version``, ``search`` and ``info``, each against a raw process."""
    # As an installed Quotebook runs: its modules compiled once, not at every start.
    env = {**os.environ, "QUOTEBOOK_LIBRARY": str(path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    quotebook = [sys.executable, "-m", "quotebook"]
    python = [sys.executable]
    word = "работа"
    cases = [
        ("cli: quotebook --version", [*quotebook, "--version"], [*python, "-c", "pass"], 0.2),
        (
            f"cli: quotebook search {word}",
            [*quotebook, "search", word],
            [*python, "-c", _RAW_SEARCH, str(path), fold(word)],
            None,
        ),
        ("cli: quotebook info", [*quotebook, "info"], [*python, "-c", _RAW_INFO, str(path)], None),
    ]
    figures = []
    for name, ours, raw, limit in cases:
        mine, theirs = _paired(ours, raw, runs, env)
        ratio = mine / theirs
        if limit is None:
            target, met = "≤ 2× raw", ratio <= 2
        else:
            target, met = f"≤ {limit} s", mine <= limit
        figures.append(
            Figure(
                name,
                mine * 1000,
                "ms",
                theirs * 1000,
                target,
                met,
                f"median of {runs} paired runs",
            )
        )
    return figures
