"""After a trash of many quotes, its undo and redo, the navigator's counts are those of
a fresh count, brought up to date without reading the whole library again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Gui, shown_window

from quotebook.core import Library, Listing
from quotebook.gui.navigator.navigator_model import Kind, Role


@pytest.fixture
def gui(qtbot: QtBot, library: Library, answers: Answers) -> Iterator[Gui]:
    """Three sources of twenty quotes each, half of them in one article, two tags."""
    sources = [library.add_source(name).created or 0 for name in ("Sasha", "Lepra", "Ilya")]
    article = library.add_article("Budget").created
    for n in range(60):
        tags = [["war"], ["war", "draft"], [], ["draft"]][n % 4]
        library.add_quote(
            f"Quote {n}", sources[n % 3], tags=tags, article_id=article if n % 2 else None
        )
    yield from shown_window(qtbot, library)


def shown_counts(gui: Gui) -> dict[str, Any]:
    """Every count the navigator shows, by entry name."""
    model = gui.window.navigator_model
    counts = {
        "all": model.index(Kind.ALL, 0).data(Role.COUNT),
        "trash": model.index(Kind.TRASH, 0).data(Role.COUNT),
    }
    for section in (Kind.TAGS, Kind.SOURCES, Kind.ARTICLES):
        parent = model.index(section, 0)
        for row in range(model.rowCount(parent)):
            entry = model.index(row, 0, parent)
            counts[entry.data()] = entry.data(Role.COUNT)
    return counts


def fresh_counts(listing: Listing) -> dict[str, Any]:
    counts: dict[str, Any] = {"all": listing.quotes, "trash": listing.trashed_quotes}
    for entry in (*listing.tags, *listing.sources, *listing.articles):
        counts[entry.name] = entry.quote_count
    return counts


def test_a_bulk_trash_and_its_undo_move_the_counts_without_a_recount(
    gui: Gui, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = gui.library
    listing = library.listing
    reads: list[Listing] = []
    monkeypatch.setattr(library, "listing", lambda: reads.append(listing()) or reads[-1])
    gui.search("-source:Ilya")
    table = gui.window.quote_list.table
    table.setFocus()
    gui.qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    gui.qtbot.keyClick(table, Qt.Key.Key_Delete)
    gui.settle()

    assert gui.listed() == []
    assert shown_counts(gui) == fresh_counts(listing())
    assert shown_counts(gui)["all"] == 20 and shown_counts(gui)["trash"] == 40
    assert shown_counts(gui)["war"] == 10  # of Ilya's 20 quotes, 10 carry "war"

    gui.qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    gui.settle()
    assert len(gui.listed()) == 40
    assert shown_counts(gui) == fresh_counts(listing())
    assert shown_counts(gui)["all"] == 60

    gui.window.acts.redo.trigger()
    gui.settle()
    assert shown_counts(gui) == fresh_counts(listing())
    assert reads == []  # not one read of the whole library
    assert gui.window.count_label.text() == "0 of 20 quotes"


def test_an_edit_that_files_quotes_elsewhere_counts_again(gui: Gui) -> None:
    library = gui.library
    lepra = next(s.id for s in library.listing().sources if s.name == "Lepra")
    gui.search("source:Sasha")
    gui.window.quote_list.table.selectAll()

    gui.window.bulk.set_source_to(lepra)
    gui.settle()

    assert shown_counts(gui) == fresh_counts(library.listing())
    assert (shown_counts(gui)["Sasha"], shown_counts(gui)["Lepra"]) == (0, 40)
