"""Saved searches: kept in the library by name and order, counted live, run as @name."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotebook.cli import main
from quotebook.core import ConflictError, Library, NotFoundError, QueryError, ValidationError

Captured = pytest.CaptureFixture[str]


def _fill(library: Library) -> None:
    source = library.add_source("Sasha").created
    assert source is not None
    for text in ("Повестки пришли", "We are leaving", "Nothing else"):
        library.add_quote(text, source)


def test_saved_searches_keep_their_order_and_count_live(library: Library) -> None:
    _fill(library)
    library.save_search("Draft notices", "повестка")
    library.save_search("Leaving", "leave OR nothing")
    assert [(s.name, s.quote_count) for s in library.saved_searches()] == [
        ("Draft notices", 1),
        ("Leaving", 2),
    ]
    library.add_quote("Ещё повестка", library.find_sources("Sasha")[0].id)
    assert library.saved_search("draft NOTICES").quote_count == 2


def test_rename_move_and_delete(library: Library) -> None:
    for name in ("a", "b", "c"):
        library.save_search(name, name)
    first, second, third = library.saved_searches(counts=False)
    library.move_saved_search(third.id, 0)
    library.rename_saved_search(first.id, "Renamed")
    assert [s.name for s in library.saved_searches()] == ["c", "Renamed", "b"]
    library.move_saved_search(third.id, 99)
    library.delete_saved_search(second.id)
    assert [s.name for s in library.saved_searches()] == ["Renamed", "c"]
    with pytest.raises(NotFoundError):
        library.delete_saved_search(second.id)


def _listed(library: Library) -> list[tuple[str, str]]:
    return [(s.name, s.query) for s in library.saved_searches(counts=False)]


def test_each_edit_of_a_saved_search_is_one_undo_step(library: Library) -> None:
    library.save_search("a", "x")
    saved = library.save_search("b", "y")
    assert library.undo_label == "Save search" and saved.searches == {saved.created}
    first, second = library.saved_searches(counts=False)
    library.rename_saved_search(second.id, "Renamed")
    library.move_saved_search(second.id, 0)
    library.delete_saved_search(first.id)
    assert _listed(library) == [("Renamed", "y")]
    steps = [("Delete saved search", [("Renamed", "y"), ("a", "x")])]
    steps.append(("Move saved search", [("a", "x"), ("Renamed", "y")]))
    steps.append(("Rename saved search", [("a", "x"), ("b", "y")]))
    steps.append(("Save search", [("a", "x")]))
    for label, before in steps:
        assert library.undo_label == label
        assert library.undo().searches
        assert _listed(library) == before
    for label, _ in reversed(steps):
        assert library.redo_label == label
        library.redo()
    assert _listed(library) == [("Renamed", "y")]
    assert library.saved_search("renamed").id == second.id  # the same row, given back


def test_bad_names_and_queries_are_refused_and_nothing_is_kept(library: Library) -> None:
    library.save_search("Zoë", "x")
    with pytest.raises(ConflictError):
        library.save_search("ZOE", "y")
    with pytest.raises(ValidationError):
        library.save_search("   ", "y")
    with pytest.raises(QueryError):
        library.save_search("open", '"unclosed')
    with pytest.raises(ConflictError):
        library.rename_saved_search(library.save_search("other", "z").created or 0, "zoe")
    assert [s.name for s in library.saved_searches()] == ["Zoë", "other"]


def test_saved_searches_travel_with_the_library(library_path: Path) -> None:
    with Library(library_path) as library:
        library.save_search("Kept", "tag:draft")
    with Library(library_path) as library:
        assert [(s.name, s.query) for s in library.saved_searches()] == [("Kept", "tag:draft")]


def test_the_command_line_lists_runs_and_exports_saved_searches(
    library_path: Path, capsys: Captured, tmp_path: Path
) -> None:
    with Library(library_path) as library:
        _fill(library)
    lib = ["--library", str(library_path)]
    assert main([*lib, "save-search", "Notices", "повестка"]) == 0
    assert main([*lib, "searches"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1  Notices  повестка"
    assert main([*lib, "search", "@notices"]) == 0
    out = capsys.readouterr().out
    assert "Повестки пришли" in out and out.endswith("1 match\n")
    sheet = tmp_path / "out.csv"
    assert main([*lib, "export", "@Notices", "-o", str(sheet)]) == 0
    assert "Повестки пришли" in sheet.read_text("utf-8-sig")
    assert main([*lib, "search", "@missing"]) == 2
    assert "no saved search named 'missing'" in capsys.readouterr().err
    assert main([*lib, "save-search", "notices", "x"]) == 2
    assert main([*lib, "delete-search", "NOTICES"]) == 0
    assert main([*lib, "searches"]) == 0
    assert "no saved searches yet" in capsys.readouterr().err
