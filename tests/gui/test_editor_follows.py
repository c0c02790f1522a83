"""The editor shows the list's current quote, or nothing; New quote works from every
view; a source made from the Edit menu files no quote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from window_helpers import Gui

from quotebook.gui.navigator.navigator_model import Kind
from quotebook.gui.records.record_form import NewRecordDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _filled(gui: Gui) -> tuple[int, int, int, int]:
    library = gui.library
    sasha = library.add_source("Sasha").created or 0
    lepra = library.add_source("Lepra", default_ground_rule="background").created or 0
    first = library.add_quote("About the draft.", sasha).created or 0
    second = library.add_quote("About the rent.", lepra).created or 0
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.window.activateWindow()
    gui.qtbot.waitUntil(gui.window.isActiveWindow)
    return sasha, lepra, first, second


def test_the_editor_follows_the_list_and_is_empty_when_its_quote_leaves_it(gui: Gui) -> None:
    _, _, first, second = _filled(gui)
    editor = gui.window.editor
    gui.select(first)
    assert editor.quote_id == first
    assert gui.search("rent") == [second]
    assert editor.quote_id is None and not editor.isEnabled()
    assert editor.rule.currentText() == "" and editor.status.currentText() == ""
    assert editor.consequence.prints.text() == ""  # no rule shown for no quote
    gui.select(second)
    assert editor.quote_id == second
    gui.navigate(gui.window.navigator_model.index(Kind.TRASH, 0))
    assert gui.listed() == [] and editor.quote_id is None
    gui.navigate(gui.window.navigator_model.index(Kind.ALL, 0))
    gui.select(first)
    assert editor.quote_id == first and editor.text.toPlainText() == "About the draft."


def test_new_quote_from_the_sources_view_files_under_the_selected_source(gui: Gui) -> None:
    _, lepra, _, second = _filled(gui)
    window = gui.window
    window.acts.show_sources.trigger()
    gui.settle()
    window.sources_view.select(lepra)
    window.sources_view.table.setFocus()
    gui.qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    gui.settle()
    editor = window.editor
    assert window.page is window.quote_list and editor.isVisible()
    assert editor.is_draft and editor.source.current() == lepra
    assert _focused() is editor.text
    assert gui.listed() == [second]  # Lepra's quotes, where the new one goes
    gui.qtbot.keyClicks(editor.text, "New words")
    editor.flush()
    gui.settle()
    quote = gui.library.get_quote(editor.quote_id or 0)
    assert (quote.source_id, quote.text) == (lepra, "New words")
    assert sorted(gui.listed()) == sorted([second, quote.id])


def test_new_quote_from_the_articles_view_files_under_the_selected_article(gui: Gui) -> None:
    _filled(gui)
    article = gui.library.add_article("The exodus").created or 0
    window = gui.window
    window.refresh_navigator()
    window.acts.show_articles.trigger()
    gui.settle()
    window.articles_view.reload()
    gui.settle()
    window.articles_view.select(article)
    window.articles_view.table.setFocus()
    gui.qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL)
    gui.settle()
    assert window.editor.is_draft and window.editor.article.current() == article
    assert window.page is window.quote_list


def test_edit_new_source_never_refiles_the_open_quote(gui: Gui) -> None:
    sasha, _, first, _ = _filled(gui)
    gui.select(first)
    gui.window.quote_list.table.setFocus()
    gui.qtbot.keyClick(_focused(), Qt.Key.Key_N, CTRL | SHIFT)
    dialog = gui.window.findChild(NewRecordDialog)
    assert dialog is not None and dialog.isVisible()
    gui.qtbot.waitUntil(dialog.isActiveWindow)
    name = _focused()
    assert isinstance(name, QLineEdit)
    gui.qtbot.keyClicks(name, "Marina")
    gui.qtbot.keyClick(name, Qt.Key.Key_Return)  # Enter creates (it used to cancel)
    gui.settle()
    assert [s.name for s in gui.library.find_sources("Marina")] == ["Marina"]
    assert gui.library.get_quote(first).source_id == sasha
    assert gui.window.editor.source.current() == sasha
