"""Closing the app during an import, or undoing one, ends it at once: all or nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest

from quotebook.core import Library, StoppedError
from quotebook.core.library import stash
from quotebook.core.sheet import csv_import
from quotebook.core.sheet.csv_import import import_csv

ROWS = 12_000


def _sheet(tmp_path: Path) -> Path:
    sheet = tmp_path / "sheet.csv"
    lines = (
        f"Words of quote {n} about the border,Source {n % 300},tag{n % 7}\n" for n in range(ROWS)
    )
    sheet.write_text("quote,source,tags\n" + "".join(lines), encoding="utf-8")
    return sheet


def _library(path: Path) -> Path:
    with Library(path) as library:
        source = library.add_source("Sasha").created or 0
        library.add_quote("Here before the import", source)
    return path


def _quotes(path: Path) -> int:
    """The quotes in the library, once its full-text index is found whole."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 0)")
        return int(conn.execute("SELECT count(*) FROM quote").fetchone()[0])
    finally:
        conn.close()


def test_an_import_stopped_while_it_reads_the_sheet_writes_nothing(tmp_path: Path) -> None:
    path = _library(tmp_path / "library.sqlite3")
    with Library(path) as library:

        def progressed(done: int, total: int) -> None:
            library.stop_background()  # as closing the app does, from the GUI thread

        with pytest.raises(StoppedError):
            import_csv(library, _sheet(tmp_path), progress=progressed)
        assert library.undo_label is None  # nothing to undo: nothing was done
    assert _quotes(path) == 1
    with Library(path) as library:
        assert [s.name for s in library.list_sources()] == ["Sasha"]


def test_an_import_stopped_while_it_writes_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path / "library.sqlite3")
    original = csv_import.write_plan
    with Library(path) as library:

        def write_plan(*args: Any) -> None:
            original(*args)  # every row written, but not committed…
            library.stop_background()  # …when the app closes

        monkeypatch.setattr(csv_import, "write_plan", write_plan)
        with pytest.raises(StoppedError):
            import_csv(library, _sheet(tmp_path))
    assert _quotes(path) == 1


def test_undoing_an_import_stopped_half_way_leaves_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path / "library.sqlite3")
    original = stash.take_away
    with Library(path) as library:
        import_csv(library, _sheet(tmp_path))

        def take_away(*args: Any) -> None:
            library.stop_background()
            original(*args)

        monkeypatch.setattr(stash, "take_away", take_away)
        with pytest.raises(StoppedError):
            library.undo()
        assert library.undo_label == "Import CSV"  # still there to undo next time
    assert _quotes(path) == 1 + ROWS


def test_a_bulk_write_asked_for_after_closing_began_does_not_begin(tmp_path: Path) -> None:
    path = _library(tmp_path / "library.sqlite3")
    with Library(path) as library:
        library.stop_background()
        with pytest.raises(StoppedError):
            import_csv(library, _sheet(tmp_path))
        library.add_quote("An edit still saves", 1)  # only bulk writes are refused
    assert _quotes(path) == 2


def test_an_import_stopped_on_its_own_leaves_the_library_working(tmp_path: Path) -> None:
    """The import dialog closed during an import: that import stops, nothing else."""
    path = _library(tmp_path / "library.sqlite3")
    with Library(path) as library:

        def progressed(done: int, total: int) -> None:
            library.stop_bulk_write()

        with pytest.raises(StoppedError):
            import_csv(library, _sheet(tmp_path), progress=progressed)
        library.stop_bulk_write()  # asked before the next one begins: it does not
        with pytest.raises(StoppedError):
            import_csv(library, _sheet(tmp_path))
        library.resume_bulk_writes()
        report = import_csv(library, _sheet(tmp_path))
        assert report.quotes_created == ROWS
        assert library.search("border", limit=1).total == ROWS
    assert _quotes(path) == 1 + ROWS


def test_an_undo_stopped_half_way_can_be_done_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped while it reads a page of rows: its rollback and the next write still work."""
    path = _library(tmp_path / "library.sqlite3")
    original = stash.take_away
    with Library(path) as library:
        import_csv(library, _sheet(tmp_path))

        def take_away(*args: Any) -> None:
            library.stop_bulk_write()
            original(*args)

        monkeypatch.setattr(stash, "take_away", take_away)
        with pytest.raises(StoppedError):
            library.undo()
        monkeypatch.setattr(stash, "take_away", original)
        library.undo()
        assert library.info().quotes == 1
    assert _quotes(path) == 1


def test_an_encrypted_librarys_import_stopped_while_it_writes_can_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its rows wait in a scratch file of their own (storage/scratch.py): rolled back
    with the write, gone afterwards, and made anew for the next import."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    original = csv_import.write_plan
    stopped: list[bool] = []
    with Library(tmp_path / "library.sqlite3", passphrase="correct horse battery") as library:
        source = library.add_source("Sasha").created or 0
        library.add_quote("Here before the import", source)

        def write_plan(*args: Any) -> None:
            original(*args)
            if not stopped:
                stopped.append(True)
                library.stop_bulk_write()  # the import dialog closed

        monkeypatch.setattr(csv_import, "write_plan", write_plan)
        with pytest.raises(StoppedError):
            import_csv(library, _sheet(tmp_path))
        assert library.info().quotes == 1
        assert list(scratch.iterdir()) == []
        library.resume_bulk_writes()
        report = import_csv(library, _sheet(tmp_path))
        assert report.quotes_created == ROWS
        assert library.search("border", limit=1).total == ROWS
        assert library.info().quotes == 1 + ROWS
    assert list(scratch.iterdir()) == []
