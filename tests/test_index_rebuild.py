"""The full-text index rebuilt in steps after an upgrade: progress, edits meanwhile, the CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import Library, StoppedError
from quotebook.core.storage import migrations
from quotebook.core.storage.connect import connect

FIXTURE = Path(__file__).parent / "fixtures" / "library_v1.sqlite3"

Captured = pytest.CaptureFixture[str]


def _leave_rebuild(path: Path) -> None:
    """Make the index what a large library's upgrade leaves: empty, to rebuild in steps."""
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        original, migrations.REBUILD_AT_OPEN = migrations.REBUILD_AT_OPEN, 0
        try:
            migrations._to_5(conn)
        finally:
            migrations.REBUILD_AT_OPEN = original
        conn.execute("COMMIT")
    finally:
        conn.close()


def _index_is_whole(path: Path) -> None:
    conn = connect(path)  # the library's SQLite: its index may use secure-delete
    try:
        conn.execute("INSERT INTO quote_fts(quote_fts, rank) VALUES ('integrity-check', 0)")
    finally:
        conn.close()


@pytest.fixture
def rebuilding(library_path: Path) -> Path:
    with Library(library_path) as library:
        source = library.add_source("Sasha").created or 0
        for n in range(7):
            library.add_quote(f"Повестки пришли {n}", source)
    _leave_rebuild(library_path)
    return library_path


def test_steps_rebuild_the_index_and_say_how_far_they_are(rebuilding: Path) -> None:
    with Library(rebuilding) as library:
        assert library.index_rebuild() == (0, 7)
        assert library.search("повестка").total == 0
        assert library.rebuild_step(3)
        assert library.index_rebuild() == (3, 7)
        assert library.search("повестка").total == 3
        while library.rebuild_step(3):
            pass
        assert library.index_rebuild() is None
        assert library.search("повестка").total == 7
    _index_is_whole(rebuilding)


def test_a_stopped_step_keeps_nothing_and_the_next_opening_carries_on(rebuilding: Path) -> None:
    with Library(rebuilding) as library:
        assert library.rebuild_step(3)
        library.stop_background()  # as closing the app asks, from another thread
        with pytest.raises(StoppedError):
            library.rebuild_step(3)
        assert library.index_rebuild() == (3, 7)
        assert library.search("повестка").total == 3
    with Library(rebuilding) as library:
        assert library.index_rebuild() == (3, 7)
        library.finish_rebuild()
        assert library.search("повестка").total == 7
    _index_is_whole(rebuilding)


def test_edits_during_the_rebuild_are_indexed_once_as_they_are(rebuilding: Path) -> None:
    with Library(rebuilding) as library:
        library.rebuild_step(3)
        source = library.find_sources("Sasha")[0].id
        library.update_quote(2, text="Leaving now")  # indexed already
        library.update_quote(5, text="Leaving later")  # still to come
        library.delete_quotes([6])
        library.undo()
        library.add_quote("Повестка пришла", source)  # after the rebuild's last id
        library.finish_rebuild()
        assert sorted(library.search("leave").ids) == [2, 5]
        assert sorted(library.search("повестки").ids) == [1, 3, 4, 6, 7, 8]
    _index_is_whole(rebuilding)


def test_the_command_line_finishes_the_rebuild_first(rebuilding: Path, capsys: Captured) -> None:
    assert main(["--library", str(rebuilding), "search", "повестка"]) == 0
    captured = capsys.readouterr()
    assert "rebuilding the search index" in captured.err
    assert captured.out.endswith("7 matches\n")
    with Library(rebuilding) as library:
        assert library.index_rebuild() is None


def test_a_small_library_is_rebuilt_as_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with Library(path) as library:
        assert library.index_rebuild() is None
        assert len(library.search("отсрочки").ids) == 1
    _index_is_whole(path)
