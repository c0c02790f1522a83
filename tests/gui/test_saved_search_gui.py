"""Saved searches in the app: Ctrl+S in the search box, the navigator's section and menu."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from window_helpers import Gui

from quotebook.core import Library
from quotebook.gui.dialogs import messages
from quotebook.gui.navigator.navigator_model import Kind, NavColumn


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names typed into the name dialog, answered from this list (first first)."""
    answers: list[str] = []

    def ask_text(_parent: object, _title: str, _label: str, _initial: str, then: Any) -> None:
        then(answers.pop(0))

    monkeypatch.setattr(messages, "ask_text", ask_text)
    return answers


def _add(library: Library) -> dict[str, int]:
    source = library.add_source("Sasha").created
    assert source is not None
    ids = {}
    for text in ("Повестки пришли в марте", "We are leaving", "Nothing else"):
        created = library.add_quote(text, source).created
        assert created is not None
        ids[text] = created
    return ids


def _saved_rows(gui: Gui) -> list[tuple[str, str]]:
    model = gui.window.navigator_model
    section = model.index(Kind.SEARCHES, 0)
    return [
        (
            str(model.index(row, NavColumn.NAME, section).data()),
            str(model.index(row, NavColumn.COUNT, section).data()),
        )
        for row in range(model.rowCount(section))
    ]


def _save(gui: Gui, query: str) -> None:
    gui.search(query)
    QTest.keyClick(gui.window.search_bar.line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    gui.settle()


def test_ctrl_s_saves_the_search_and_the_navigator_counts_it(gui: Gui, named: list[str]) -> None:
    _add(gui.library)
    named.append("Повестки")
    _save(gui, "nothing")
    assert _saved_rows(gui) == [("Повестки", "1")]
    assert [s.query for s in gui.library.saved_searches()] == ["nothing"]
    gui.library.add_quote("Nothing more", gui.library.find_sources("Sasha")[0].id)
    gui.window.refresh_navigator()
    gui.settle()
    assert _saved_rows(gui) == [("Повестки", "2")]


def test_picking_a_saved_search_shows_its_quotes(gui: Gui, named: list[str]) -> None:
    ids = _add(gui.library)
    named.append("Leaving")
    _save(gui, "leave")
    gui.search("nothing")
    section = gui.window.navigator_model.index(Kind.SEARCHES, 0)
    gui.navigate(gui.window.navigator_model.index(0, 0, section))
    assert gui.window.search_bar.text() == "leave"
    assert gui.listed() == [ids["We are leaving"]]


def test_a_taken_name_is_refused_and_nothing_is_saved(
    gui: Gui, named: list[str], qtbot: QtBot
) -> None:
    _add(gui.library)
    named.extend(["Mine", "mine"])
    _save(gui, "leave")
    with qtbot.waitSignal(gui.window.session.problem_reported) as reported:
        _save(gui, "nothing")
    assert "already exists" in str(reported.args)
    assert _saved_rows(gui) == [("Mine", "1")]


def test_rename_move_and_delete_from_the_menu(gui: Gui, named: list[str]) -> None:
    _add(gui.library)
    named.extend(["First", "Second", "Renamed"])
    _save(gui, "leave")
    _save(gui, "nothing")
    menu = gui.window.search_menu
    model = gui.window.navigator_model
    section = model.index(Kind.SEARCHES, 0)
    gui.navigate(model.index(1, 0, section))
    menu.move_up.trigger()
    gui.settle()
    assert [name for name, _ in _saved_rows(gui)] == ["Second", "First"]
    gui.navigate(model.index(0, 0, section))
    menu.rename.trigger()
    gui.settle()
    assert [name for name, _ in _saved_rows(gui)] == ["Renamed", "First"]
    gui.navigate(model.index(1, 0, section))
    menu.delete.trigger()
    gui.settle()
    assert [s.name for s in gui.library.saved_searches()] == ["Renamed"]
    assert _saved_rows(gui) == [("Renamed", "1")]


def test_edit_undo_names_and_undoes_each_saved_search_edit(gui: Gui, named: list[str]) -> None:
    _add(gui.library)
    named.extend(["First", "Second"])
    _save(gui, "leave")
    _save(gui, "nothing")
    model = gui.window.navigator_model
    gui.navigate(model.index(0, 0, model.index(Kind.SEARCHES, 0)))
    gui.window.search_menu.delete.trigger()
    gui.settle()
    assert [name for name, _ in _saved_rows(gui)] == ["Second"]
    undo = gui.window.acts.undo
    for label, shown in (
        ("Delete saved search", ["First", "Second"]),
        ("Save search", ["First"]),
    ):
        assert undo.text() == f"&Undo {label}"
        undo.trigger()
        gui.settle()
        assert [name for name, _ in _saved_rows(gui)] == shown
    assert gui.window.acts.redo.text() == "&Redo Save search"
