"""The navigator at the keyboard, on the demo library: type-ahead and the arrow keys go
from entry to entry, never onto the titles Saved searches and Tags, and the quotes
listed are always those of the entry the navigator selects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Gui, shown_window

from quotebook.core import Library
from quotebook.core.library.demo import load_demo
from quotebook.gui.navigator.navigator_model import Kind, Role


@pytest.fixture
def gui(qtbot: QtBot, library: Library, answers: Answers) -> Iterator[Gui]:
    """The main window on the demo library: 11 tags, 13 sources, 5 articles."""
    load_demo(library)
    yield from shown_window(qtbot, library)


def _type(gui: Gui, text: str) -> str:
    """Type ``text`` into the navigator at one go; the name of the entry it selects."""
    navigator = gui.window.navigator
    navigator.setFocus()
    QTest.qWait(QApplication.keyboardInputInterval() + 100)  # a new search, not more of the last
    QTest.keyClicks(navigator, text)
    gui.settle()
    return _selected(gui)


def _press(gui: Gui, key: Qt.Key) -> str:
    QTest.keyClick(gui.window.navigator, key)
    gui.settle()
    return _selected(gui)


def _selected(gui: Gui) -> str:
    """The entry the navigator selects, checked to be what the list shows: its name."""
    navigator, model = gui.window.navigator, gui.window.navigator_model
    rows = navigator.selectionModel().selectedRows()
    assert len(rows) == 1, f"the navigator selects {[row.data() for row in rows]}"
    selected = rows[0]
    assert navigator.currentIndex() == selected
    assert Kind(selected.data(Role.KIND)) not in (Kind.TAGS, Kind.SEARCHES)
    view = gui.window.browser.view
    assert gui.window.page is gui.window.quote_list
    assert model.find_filter(view.query, view.trash) == selected
    assert len(gui.listed()) == selected.data(Role.COUNT)
    return str(selected.data())


def test_typing_goes_past_the_titles_and_the_list_follows(gui: Gui) -> None:
    assert _selected(gui) == "All quotes"
    assert _type(gui, "t") == "Trash"
    assert gui.window.browser.view.trash
    assert _type(gui, "t") == "Timur Akhmetov"  # not the title Tags
    assert gui.window.search_bar.text() == 'source:"Timur Akhmetov"'
    assert _type(gui, "sa") == "salaries"  # not the title Saved searches
    assert gui.window.search_bar.text() == "tag:salaries"


def test_typing_a_tags_first_letters_shows_its_quotes(gui: Gui) -> None:
    assert _type(gui, "gu") == "guilt"
    assert gui.window.search_bar.text() == "tag:guilt"
    assert gui.listed()
    assert _type(gui, "rem") == "remote work"
    assert gui.window.search_bar.text() == 'tag:"remote work"'


def test_the_arrow_keys_step_over_the_titles(gui: Gui) -> None:
    assert _type(gui, "t") == "Trash"
    assert _press(gui, Qt.Key.Key_Down) == "banking"  # past Saved searches and Tags
    assert _press(gui, Qt.Key.Key_Left) == "banking"
    assert _press(gui, Qt.Key.Key_Up) == "Trash"
    assert _press(gui, Qt.Key.Key_Home) == "All quotes"


def test_a_click_on_a_title_leaves_the_list_and_the_selection_as_they_were(gui: Gui) -> None:
    assert _type(gui, "t") == "Trash"
    navigator = gui.window.navigator
    tags = navigator.visualRect(gui.window.navigator_model.index(Kind.TAGS, 0))
    QTest.mouseClick(
        navigator.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        tags.center(),
    )
    gui.settle()
    rows = navigator.selectionModel().selectedRows()
    assert [row.data() for row in rows] == ["Trash"]
    assert gui.window.browser.view.trash
