"""Saves leave merging the full-text index to Library.tidy(), run when the reporter pauses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quotebook.core import Library
from quotebook.core.sheet.csv_import import import_csv


def _segments(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(DISTINCT segid) FROM quote_fts_idx").fetchone()[0])
    finally:
        conn.close()


def _tidy_until_done(library: Library) -> int:
    steps = 1
    while library.tidy(pages=8):
        steps += 1
        assert steps < 1000
    return steps


def test_saves_add_small_segments_that_tidying_merges(library: Library) -> None:
    source = library.add_source("Sasha").created or 0
    words = ["border", "visa", "draft", "Тбилиси", "exile", "Zoë", "March", "عربي"]
    ids = [library.add_quote(f"{word} number {n}", source).created for n, word in enumerate(words)]
    library.update_quote(ids[0] or 0, text="border crossing, edited")
    before = _segments(library.path)
    assert before >= len(words)  # one small segment a save: no merge made any save wait

    steps = _tidy_until_done(library)

    assert steps > 1 and _segments(library.path) < before
    assert not library.tidy()  # nothing left
    for n, word in enumerate(words):
        assert ids[n] in library.search(word).ids
    assert list(library.search("edited").ids) == [ids[0]]
    assert not library.search("number 0").ids  # the old words of the edited quote are gone


def test_many_saves_never_pile_up_more_than_sixteen_segments_a_level(library: Library) -> None:
    source = library.add_source("Sasha").created or 0
    for n in range(40):
        library.add_quote(f"quote {n}", source)
    assert _segments(library.path) < 16  # SQLite merges a level of 16 at once
    assert len(library.search("quote").ids) == 40


def test_an_empty_library_has_nothing_to_tidy(library: Library) -> None:
    assert library.tidy() is False


def test_the_setting_is_kept_in_the_file(library_path: Path) -> None:
    Library(library_path).close()
    conn = sqlite3.connect(library_path)
    try:
        config = dict(conn.execute("SELECT k, v FROM quote_fts_config").fetchall())
    finally:
        conn.close()
    assert (config["automerge"], config["usermerge"]) == (0, 2)


def test_an_import_fills_the_index_merging_and_leaves_saves_unmerged(
    library: Library, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.csv"
    rows = "".join(f"Quote {n} about the border,Sasha\n" for n in range(300))
    sheet.write_text("quote,source\n" + rows, encoding="utf-8")

    report = import_csv(library, sheet)

    assert len(list(report.created_ids())) == 300
    assert len(library.search("border").ids) == 300
    conn = sqlite3.connect(f"file:{library.path}?mode=ro", uri=True)
    try:
        automerge = conn.execute("SELECT v FROM quote_fts_config WHERE k = 'automerge'")
        assert automerge.fetchone()[0] == 0  # merging while filling was for the import only
    finally:
        conn.close()
