"""``info`` counts the quotes from the full-text index's own total: it must always agree."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quotebook.core import Library
from quotebook.core.library.reader import Reader
from quotebook.core.sheet.csv_import import import_csv
from quotebook.core.storage.connect import connect
from quotebook.core.storage.reading import _varint, quote_total


def _counted(path: Path) -> tuple[int, int]:
    """(quotes, trashed quotes) as the info reads them, and the table's own count."""
    with Reader(path) as reader:
        info = reader.info()
    conn = connect(path)  # the library's own SQLite: two in one process share no locks
    try:
        rows = conn.execute("SELECT count(*) FROM quote").fetchone()[0]
    finally:
        conn.close()
    assert info.quotes + info.trashed_quotes == rows
    return info.quotes, info.trashed_quotes


def test_the_quote_counts_follow_every_kind_of_change(library_path: Path, tmp_path: Path) -> None:
    with Library(library_path) as library:
        assert library.info().quotes == 0
        source = library.add_source("Sasha").created or 0
        ids = [library.add_quote(f"Повестки пришли {n}", source).created or 0 for n in range(5)]
    assert _counted(library_path) == (5, 0)
    with Library(library_path) as library:
        library.delete_quotes(ids[:2])
    assert _counted(library_path) == (3, 2)
    with Library(library_path) as library:
        library.empty_trash()
    assert _counted(library_path) == (3, 0)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("quote,source\n" + "".join(f"Line {n},Lepra\n" for n in range(40)))
    with Library(library_path) as library:
        import_csv(library, sheet)
        assert _counted(library_path) == (43, 0)
        library.undo()  # the import's rows leave the table and the index
        assert _counted(library_path) == (3, 0)
        library.redo()
        assert _counted(library_path) == (43, 0)


def test_while_the_index_is_rebuilt_the_table_is_counted(library_path: Path) -> None:
    with Library(library_path) as library:
        source = library.add_source("Sasha").created or 0
        for n in range(3):
            library.add_quote(f"Quote {n}", source)
    conn = sqlite3.connect(library_path, isolation_level=None)
    try:
        # What a rebuild starts from: an empty index, every quote left to index.
        conn.execute("INSERT INTO quote_fts(quote_fts) VALUES ('delete-all')")
        conn.execute("INSERT INTO meta(key, value) VALUES ('fts_rebuild', '0 3')")
        assert quote_total(conn) == 3
    finally:
        conn.close()


def test_varints_of_every_length_read_as_sqlite_writes_them() -> None:
    assert _varint(bytes([0x05])) == 5
    assert _varint(bytes([0x81, 0x00])) == 128
    assert _varint(bytes([0x86, 0x8D, 0x20, 0xFF])) == 100_000
    assert _varint(bytes([0xFF] * 8 + [0x01])) == (2**56 - 1) << 8 | 1
