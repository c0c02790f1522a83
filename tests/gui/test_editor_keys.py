"""The editor's keys: mnemonics reach their fields, Enter accepts and never throws
typing away, Escape asks, the pickers and the tag field take what is highlighted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from window_helpers import Answers, Gui

from quotebook.gui.records.record_form import NewRecordDialog

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(gui: Gui, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    gui.qtbot.keyClick(_focused(), key, modifiers)


def _type(gui: Gui, text: str) -> None:
    gui.qtbot.keyClicks(_focused(), text)


@pytest.fixture
def opened(gui: Gui) -> int:
    """A quote by Sasha, shown in the editor, the window active."""
    library = gui.library
    sasha = library.add_source("Sasha").created or 0
    for name in ("Lepra", "Lena", "Marina"):
        library.add_source(name)
    library.add_tag("mobilization")
    library.add_tag("mobile work")
    library.add_tag("visas")
    quote = library.add_quote("Words.", sasha).created or 0
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.window.activateWindow()
    gui.qtbot.waitUntil(gui.window.isActiveWindow)
    gui.select(quote)
    gui.window.editor.text.setFocus()
    return quote


def test_every_editor_label_mnemonic_focuses_its_field(gui: Gui, opened: int) -> None:
    editor = gui.window.editor
    labels = [label for label in editor.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) >= 10
    for label in labels:
        letter = label.text()[label.text().index("&") + 1]
        editor.text.setFocus()
        _press(gui, Qt.Key(ord(letter.upper())), ALT)
        buddy = label.buddy()
        assert buddy is not None
        assert _focused() in (buddy, buddy.focusProxy()), label.text()
    assert editor.text.toPlainText() == "Words."  # no key landed in the words


def test_enter_takes_the_only_match_and_arrows_do_not_pick(gui: Gui, opened: int) -> None:
    editor = gui.window.editor
    sasha = gui.library.get_quote(opened).source_id
    _press(gui, Qt.Key.Key_S, ALT)
    _press(gui, Qt.Key.Key_Down)  # browses: the list opens, nothing is picked
    gui.settle()
    assert gui.library.get_quote(opened).source_id == sasha
    _press(gui, Qt.Key.Key_Escape)
    editor.source.combo.lineEdit().selectAll()
    _type(gui, "Lep")
    _press(gui, Qt.Key.Key_Return)
    gui.settle()
    lepra = gui.library.find_sources("Lepra")[0].id
    assert gui.library.get_quote(opened).source_id == lepra


def test_enter_on_text_matching_several_picks_nothing(gui: Gui, opened: int) -> None:
    editor = gui.window.editor
    sasha = gui.library.get_quote(opened).source_id
    _press(gui, Qt.Key.Key_S, ALT)
    editor.source.combo.lineEdit().selectAll()
    _type(gui, "L")  # Lepra, Lena, Marina
    _press(gui, Qt.Key.Key_Return)
    gui.settle()
    assert gui.library.get_quote(opened).source_id == sasha
    assert editor.source.combo.currentText() == "L"  # the typing stays


def test_an_unknown_name_and_enter_offer_a_new_source_prefilled(
    gui: Gui, opened: int, answers: Answers
) -> None:
    editor = gui.window.editor
    _press(gui, Qt.Key.Key_S, ALT)
    editor.source.combo.lineEdit().selectAll()
    _type(gui, "Katya")
    _press(gui, Qt.Key.Key_Return)
    dialog = gui.window.findChild(NewRecordDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.values()["name"] == "Katya"
    gui.qtbot.waitUntil(dialog.isActiveWindow)
    _press(gui, Qt.Key.Key_Return)  # Create, the default
    gui.settle()
    katya = gui.library.find_sources("Katya")[0].id
    assert gui.library.get_quote(opened).source_id == katya  # asked from the picker


def test_escape_on_a_filled_form_asks_before_discarding(
    gui: Gui, opened: int, answers: Answers
) -> None:
    gui.window.quote_list.table.setFocus()
    _press(gui, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = gui.window.findChild(NewRecordDialog)
    assert dialog is not None
    gui.qtbot.waitUntil(dialog.isActiveWindow)
    _type(gui, "Half a na")
    answers.confirm = False
    _press(gui, Qt.Key.Key_Escape)
    assert answers.confirmations == ["New source: Discard what you typed in this form?"]
    assert dialog.isVisible() and dialog.form.values()["name"] == "Half a na"
    answers.confirm = True
    _press(gui, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert gui.library.find_sources("Half a na") == []


def test_escape_on_an_empty_form_closes_it_at_once(gui: Gui, opened: int, answers: Answers) -> None:
    gui.window.quote_list.table.setFocus()
    _press(gui, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = gui.window.findChild(NewRecordDialog)
    assert dialog is not None
    gui.qtbot.waitUntil(dialog.isActiveWindow)
    _press(gui, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers.confirmations == []


def test_the_tag_field_takes_the_match_and_makes_new_tags_only_when_asked(
    gui: Gui, opened: int
) -> None:
    editor = gui.window.editor
    line = editor.tags.line
    _press(gui, Qt.Key.Key_G, ALT)
    assert _focused() is line
    # Keys go to the line itself: a completion list left open by the offscreen
    # platform would otherwise be where they land.
    gui.qtbot.keyClicks(line, "mobi")  # mobilization and mobile work: no tag is made
    gui.qtbot.keyClick(line, Qt.Key.Key_Return)
    assert editor.tags.tags() == [] and line.text() == "mobi"
    gui.qtbot.keyClicks(line, "liz")
    gui.qtbot.keyClick(line, Qt.Key.Key_Return)  # only mobilization matches now
    gui.settle()
    assert gui.library.get_quote(opened).tags == ("mobilization",)
    gui.qtbot.keyClicks(line, "vis")
    gui.qtbot.keyClick(line, Qt.Key.Key_Return, SHIFT)  # exactly what was typed
    gui.qtbot.keyClicks(line, "brand new")
    gui.qtbot.keyClick(line, Qt.Key.Key_Return)  # matches nothing: a new tag
    gui.settle()
    assert sorted(gui.library.get_quote(opened).tags) == ["brand new", "mobilization", "vis"]
    assert "Shift+Enter" in line.toolTip()


def test_the_pickers_keep_one_list_as_quotes_come_and_go(gui: Gui, opened: int) -> None:
    library = gui.library
    lepra = next(s.id for s in library.list_sources() if s.name == "Lepra")
    other = library.add_quote("Other words.", lepra).created or 0
    gui.window.browser.refresh()
    gui.settle()
    picker = gui.window.editor.source
    model = picker.combo.model()

    gui.select(other)
    assert picker.combo.currentText() == "Lepra"
    gui.select(opened)
    assert picker.combo.currentText() == "Sasha"
    picker.combo.setFocus()  # reached for: every source is listed
    names = [model.index(row, 0).data() for row in range(model.rowCount())]

    assert picker.combo.model() is model
    assert sorted(names) == ["Lena", "Lepra", "Marina", "Sasha"]
    assert picker.combo.currentText() == "Sasha"
