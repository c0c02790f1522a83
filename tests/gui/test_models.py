"""The quote table and navigator models, without a view: Qt's model checks and their reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from window_helpers import fill_quotes

from quotebook.core import GroundRule, Library
from quotebook.gui.navigator.navigator_model import (
    SECTIONS,
    Contents,
    Entry,
    Kind,
    NavColumn,
    NavigatorModel,
    Role,
    tag_id_from_mime,
)
from quotebook.gui.quotes import quote_model
from quotebook.gui.quotes.quote_model import Column, QuoteTableModel, quote_ids_from_mime
from quotebook.gui.quotes.quote_model import Role as QuoteRole


def test_quote_model_passes_qts_checks(qtmodeltester: ModelTester, library: Library) -> None:
    model = QuoteTableModel(library)
    model.set_ids(fill_quotes(library, 30))
    qtmodeltester.check(model)
    model.set_ids([])
    qtmodeltester.check(model)


def test_quote_model_cells(library: Library) -> None:
    ids = fill_quotes(library, 4)
    library.update_quote(ids[1], text="x" * 1000, ground_rule=GroundRule.BACKGROUND)
    model = QuoteTableModel(library)
    model.set_ids(ids)
    row = model.row_of(ids[1])
    assert row == 1

    def cell(column: Column, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(1, column).data(role)

    assert cell(Column.SOURCE) == "Sasha"
    assert cell(Column.ARTICLE) == "Leaving Moscow"
    assert cell(Column.SAID_ON) == "2024-01-02"
    assert cell(Column.GROUND_RULE) == "Background"
    shown = cell(Column.QUOTE)
    assert isinstance(shown, str) and shown.endswith("…") and len(shown) < 1000
    assert cell(Column.QUOTE, Qt.ItemDataRole.ToolTipRole) == "x" * 1000
    assert cell(Column.QUOTE, QuoteRole.QUOTE_ID) == ids[1]
    assert model.index(0, Column.TAGS).data() == "draft, war"
    assert cell(Column.QUOTE, Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(Column.SAID_ON, Qt.Orientation.Horizontal) == "Said on"


def test_rows_are_read_a_page_at_a_time_when_shown(library: Library) -> None:
    ids = fill_quotes(library, 5)
    asked: list[list[int]] = []
    real = library.quote_rows

    def counting(wanted: list[int]) -> object:
        asked.append(list(wanted))
        return real(wanted)

    library.quote_rows = counting  # type: ignore[method-assign]
    model = QuoteTableModel(library)
    model.set_ids(ids)
    assert asked == []  # nothing is read until a cell is shown
    for row in range(5):
        model.index(row, 0).data()
    assert asked == [ids]  # one page read for all five rows
    model.set_ids(ids[:2])
    model.index(1, 0).data()
    assert asked == [ids, ids[:2]]


def test_cache_holds_at_most_its_pages(library: Library) -> None:
    source = library.add_source("Lepra").created
    assert source is not None
    ids = [library.add_quote(f"q{n}", source).created for n in range(quote_model.PAGE_SIZE * 3 + 7)]
    model = QuoteTableModel(library)
    model.set_ids([i for i in ids if i is not None])
    monkey_pages = 2
    original = quote_model.CACHE_PAGES
    quote_model.CACHE_PAGES = monkey_pages
    try:
        for row in range(model.rowCount()):
            assert model.index(row, Column.QUOTE).data() == f"q{row}"
        assert len(model._cache) <= quote_model.PAGE_SIZE * monkey_pages
    finally:
        quote_model.CACHE_PAGES = original


def test_invalidate_rereads_only_the_changed_rows(qtbot: QtBot, library: Library) -> None:
    ids = fill_quotes(library, 3)
    model = QuoteTableModel(library)
    model.set_ids(ids)
    assert model.index(2, Column.QUOTE).data() == "Quote number 2"
    library.update_quote(ids[2], text="Changed")
    assert model.index(2, Column.QUOTE).data() == "Quote number 2"  # still cached
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.invalidate([ids[2], 999_999])
    first, last = signal.args[0], signal.args[1]
    assert (first.row(), last.row()) == (2, 2)
    assert model.index(2, Column.QUOTE).data() == "Changed"


def test_sorting_asks_for_a_new_search(qtbot: QtBot, library: Library) -> None:
    model = QuoteTableModel(library)
    with qtbot.waitSignal(model.sort_requested) as signal:
        model.sort(Column.SAID_ON, Qt.SortOrder.DescendingOrder)
    assert signal.args == [Column.SAID_ON, True]


def test_dragged_rows_carry_their_quote_ids(library: Library) -> None:
    ids = fill_quotes(library, 3)
    model = QuoteTableModel(library)
    model.set_ids(ids)
    data = model.mimeData([model.index(2, 0), model.index(0, 3), model.index(2, 1)])
    assert quote_ids_from_mime(data) == sorted([ids[0], ids[2]])


def _contents() -> Contents:
    return Contents(
        quotes=12,
        trashed_quotes=2,
        tags=(Entry(1, "war", 5, "#aa0000"), Entry(2, "draft exemption", 3)),
        sources=(Entry(7, "Sasha", 9),),
        articles=(Entry(4, "Leaving Moscow", 2),),
    )


def test_navigator_model_passes_qts_checks(qtmodeltester: ModelTester) -> None:
    model = NavigatorModel()
    qtmodeltester.check(model)
    model.set_contents(_contents())
    qtmodeltester.check(model)
    smaller = Contents(10, 0, (Entry(2, "draft exemption", 4),), (), ())
    model.set_contents(smaller)
    qtmodeltester.check(model)


def test_navigator_entries_know_their_search_text() -> None:
    model = NavigatorModel()
    model.set_contents(_contents())
    tags = model.index(Kind.TAGS, 0)
    assert model.rowCount(tags) == 2
    draft = model.index(1, NavColumn.NAME, tags)
    assert draft.data() == "draft exemption"
    assert draft.data(Role.FILTER) == 'tag:"draft exemption"'
    assert model.index(1, NavColumn.COUNT, tags).data() == "3"
    assert model.index(Kind.ALL, NavColumn.COUNT).data() == "12"
    assert model.index(Kind.TRASH, NavColumn.NAME).data() == "Trash"
    assert model.index(0, 0, tags).data(Qt.ItemDataRole.DecorationRole) is not None
    sources = model.index(Kind.SOURCES, 0)
    assert model.index(0, 0, sources).data(Role.FILTER) == "source:Sasha"
    assert model.find_filter("source:Sasha", False) == model.index(0, 0, sources)
    assert model.find_filter("", False) == model.index(Kind.ALL, 0)
    assert model.find_filter("", True) == model.index(Kind.TRASH, 0)
    assert model.find_filter("sasha said", False) == QModelIndex()


def test_navigator_titles_are_not_selected_nor_found() -> None:
    model = NavigatorModel()
    model.set_contents(_contents())
    titles = [s for s in SECTIONS if not model.index(s, 0).flags() & Qt.ItemFlag.ItemIsSelectable]
    assert titles == [Kind.SEARCHES, Kind.TAGS]  # Sources and Articles open their views
    trash = model.index(Kind.TRASH, 0)
    found = model.match(trash, Qt.ItemDataRole.DisplayRole, "s")
    assert [index.data() for index in found] == ["Sources"]  # not Saved searches
    found = model.match(trash, Qt.ItemDataRole.DisplayRole, "ta")
    assert found == []  # not Tags
    war = model.match(
        model.index(0, 0, model.index(Kind.TAGS, 0)), Qt.ItemDataRole.DisplayRole, "w"
    )
    assert [index.data() for index in war] == ["war"]


def test_navigator_drops_become_requests(qtbot: QtBot, library: Library) -> None:
    model = NavigatorModel()
    model.set_contents(_contents())
    war = model.index(0, 0, model.index(Kind.TAGS, 0))
    draft = model.index(1, 0, model.index(Kind.TAGS, 0))
    quotes = QuoteTableModel(library)
    quotes.set_ids(fill_quotes(library, 2))
    dragged = quotes.mimeData([quotes.index(0, 0), quotes.index(1, 0)])
    with qtbot.waitSignal(model.quotes_dropped_on_tag) as signal:
        assert model.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, war)
    assert signal.args == [quotes.ids(), 1]
    tag = model.mimeData([draft])
    assert tag_id_from_mime(tag) == 2
    with qtbot.waitSignal(model.tag_dropped_on_tag) as merged:
        assert model.dropMimeData(tag, Qt.DropAction.CopyAction, -1, -1, war)
    assert merged.args == [2, 1]
    sources = model.index(Kind.SOURCES, 0)
    assert not model.canDropMimeData(tag, Qt.DropAction.CopyAction, -1, -1, sources)


def test_a_failing_page_is_reported_once_until_the_next_result(
    qtbot: QtBot, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotebook.core import DamagedLibraryError

    ids = fill_quotes(library, 300)
    model = QuoteTableModel(library)
    model.set_ids(ids)
    calls: list[int] = []

    def broken(wanted: object) -> object:
        calls.append(1)
        raise DamagedLibraryError(str(library.path), "the library is damaged")

    monkeypatch.setattr(library, "quote_rows", broken)
    reports: list[object] = []
    model.fetch_failed.connect(reports.append)
    for row in range(0, 300, 7):  # a paint cycle reads cells of many pages
        assert model.data(model.index(row, Column.QUOTE)) is None
    assert len(reports) == 1 and len(calls) == 1
    monkeypatch.undo()
    model.set_ids(ids)  # a new result: fetching starts again
    assert model.data(model.index(0, Column.QUOTE)) == "Quote number 0"
    assert len(reports) == 1
