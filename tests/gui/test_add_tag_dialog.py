"""Tags → Add tag to selected…: Enter takes the tag the typing matches, never a typo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import Gui

from quotebook.gui.quotes.quote_model import Column
from quotebook.gui.widgets import tag_choice
from quotebook.gui.widgets.tag_choice import AddTagDialog

REAL_ASK_TAG = tag_choice.ask_tag  # the window helpers answer it; these tests type


@pytest.fixture
def tagging(gui: Gui, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Gui, list[int]]]:
    monkeypatch.setattr(tag_choice, "ask_tag", REAL_ASK_TAG)
    library = gui.library
    sasha = library.add_source("Sasha").created
    assert sasha is not None
    ids = []
    for text, tags in (
        ("One.", []),
        ("Two.", []),
        ("Three.", ["mobilization", "draft", "draft dodgers"]),
    ):
        created = library.add_quote(text, sasha, tags=tags).created
        assert created is not None
        ids.append(created)
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.select(ids[0], ids[1])
    yield gui, ids[:2]


def _open(gui: Gui, qtbot: QtBot) -> tuple[AddTagDialog, QLineEdit]:
    gui.window.acts.add_tag.trigger()
    dialog = gui.window.findChild(AddTagDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    (line,) = [w for w in dialog.findChildren(QLineEdit) if w.accessibleName() == "Tag"]
    qtbot.waitUntil(line.hasFocus)
    return dialog, line


def _keyboard(line: QLineEdit) -> QWidget:
    """Where a key goes: the completion list when it is open, else the line."""
    completer = line.completer()
    popup = completer.popup() if completer is not None else None
    return popup if popup is not None and popup.isVisible() else line


def _tags(gui: Gui) -> set[str]:
    return {tag.name for tag in gui.library.list_tags()}


def test_enter_takes_the_only_tag_the_typing_matches(
    tagging: tuple[Gui, list[int]], qtbot: QtBot
) -> None:
    gui, (one, two) = tagging
    dialog, line = _open(gui, qtbot)
    QTest.keyClicks(line, "mobi")
    assert dialog.ok.text() == "Add “mobilization”"
    QTest.keyClick(_keyboard(line), Qt.Key.Key_Return)
    gui.settle()
    assert not dialog.isVisible()
    assert "mobi" not in _tags(gui)
    assert gui.cell(one, Column.TAGS) == gui.cell(two, Column.TAGS) == "mobilization"


def test_shift_enter_makes_a_new_tag_of_exactly_the_text(
    tagging: tuple[Gui, list[int]], qtbot: QtBot
) -> None:
    gui, (one, _two) = tagging
    _dialog, line = _open(gui, qtbot)
    QTest.keyClicks(line, "mobi")
    QTest.keyClick(_keyboard(line), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    gui.settle()
    assert "mobi" in _tags(gui)
    assert gui.cell(one, Column.TAGS) == "mobi"


def test_text_no_tag_matches_says_it_creates_one(
    tagging: tuple[Gui, list[int]], qtbot: QtBot
) -> None:
    gui, (one, _two) = tagging
    dialog, line = _open(gui, qtbot)
    QTest.keyClicks(line, "remote work")
    assert dialog.ok.text() == "Create tag “remote work”"
    QTest.keyClick(_keyboard(line), Qt.Key.Key_Enter)
    gui.settle()
    assert gui.cell(one, Column.TAGS) == "remote work"


def test_text_matching_several_tags_waits_for_a_choice(
    tagging: tuple[Gui, list[int]], qtbot: QtBot
) -> None:
    gui, (one, _two) = tagging
    dialog, line = _open(gui, qtbot)
    QTest.keyClicks(line, "dra")
    QTest.keyClick(_keyboard(line), Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.ok.isEnabled()
    completer = line.completer()
    assert completer is not None
    qtbot.waitUntil(completer.popup().isVisible)
    QTest.keyClick(_keyboard(line), Qt.Key.Key_Down)
    QTest.keyClick(_keyboard(line), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    gui.settle()
    assert gui.cell(one, Column.TAGS) == "draft"
    assert _tags(gui) == {"mobilization", "draft", "draft dodgers"}
    assert QApplication.activeModalWidget() is None
