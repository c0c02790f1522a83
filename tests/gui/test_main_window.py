"""The main window end to end: a reporter's day through the real widgets."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Gui

from quotebook.core import Library, Quote
from quotebook.gui.navigator.navigator_model import Kind
from quotebook.gui.quotes.quote_model import Column


def _quote(library: Library, text: str, source: str = "Sasha", **fields: object) -> int:
    found = library.find_sources(source)
    source_id = found[0].id if found else library.add_source(source).created
    assert source_id is not None
    created = library.add_quote(text, source_id, **fields).created  # type: ignore[arg-type]
    assert created is not None
    return created


def _tag_entry(gui: Gui, name: str) -> int:
    model = gui.window.navigator_model
    for row, entry in enumerate(model.entries(Kind.TAGS)):
        if entry.name == name:
            return row
    raise AssertionError(f"no tag {name!r} in the navigator")


def test_title_and_counts(gui: Gui, library: Library) -> None:
    assert "library.sqlite3" in gui.window.windowTitle()
    assert library.path.parent.name in gui.window.windowTitle()
    _quote(library, "One")
    _quote(library, "Two")
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    assert gui.window.count_label.text() == "2 of 2 quotes"
    gui.search("two")
    assert gui.window.count_label.text() == "1 of 2 quotes"


def test_create_source_article_and_quote_with_tags_then_find_it(
    gui: Gui, qtbot: QtBot, answers: Answers
) -> None:
    window = gui.window
    window.acts.new_source.trigger()
    source_dialog = _open_dialog(window, "New source")
    source_dialog.form.set_values({"name": "Sasha", "role": "engineer"})
    source_dialog.create_button.click()
    gui.settle()
    window.acts.new_article.trigger()
    article_dialog = _open_dialog(window, "New article")
    article_dialog.form.set_values({"headline": "The draft", "outlet": "The Paper"})
    article_dialog.create_button.click()
    gui.settle()

    window.acts.new_quote.trigger()
    editor = window.editor
    assert editor.is_draft
    assert window.focusWidget() is editor.text
    assert editor.source.current() == gui.library.find_sources("Sasha")[0].id
    editor.article.combo.setCurrentText("The draft")
    editor.article.combo.lineEdit().editingFinished.emit()
    for name in ("draft exemption", "relocation"):
        qtbot.keyClicks(editor.tags.line, name)
        qtbot.keyClick(editor.tags.line, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text, "They let engineers go first.")
    editor.flush()
    gui.settle()

    assert not editor.is_draft and editor.quote_id is not None
    quote = gui.library.get_quote(editor.quote_id)
    assert quote.text == "They let engineers go first."
    assert quote.article_headline == "The draft"
    assert set(quote.tags) == {"draft exemption", "relocation"}
    assert answers.informed == []

    assert gui.search("engineers") == [quote.id]
    assert gui.cell(quote.id, Column.TAGS) == "draft exemption, relocation"
    assert gui.cell(quote.id, Column.ARTICLE) == "The draft"
    assert gui.search("engineers -tag:relocation") == []


def _open_dialog(window: object, title: str) -> Any:
    found = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget.windowTitle() == title
    ]
    assert found, f"no {title!r} dialog is open"
    return found[-1]


def test_new_quote_is_filed_under_the_last_source_and_article(gui: Gui, qtbot: QtBot) -> None:
    library = gui.library
    sasha = library.add_source("Sasha").created
    lepra = library.add_source("Lepra").created
    article = library.add_article("Leaving").created
    gui.window.refresh_navigator()
    gui.settle()
    gui.window.settings.set_last_used(library.path, lepra, article)
    gui.window.acts.new_quote.trigger()
    assert gui.window.editor.source.current() == lepra != sasha
    qtbot.keyClicks(gui.window.editor.text, "Only the words")
    gui.window.editor.flush()
    gui.settle()
    quote = library.get_quote(gui.window.editor.quote_id or 0)
    assert (quote.source_id, quote.article_id, quote.text) == (lepra, article, "Only the words")
    assert gui.listed() == [quote.id]


def test_undo_removes_a_new_quote_and_redo_brings_it_back(gui: Gui, qtbot: QtBot) -> None:
    gui.library.add_source("Sasha")
    gui.window.refresh_navigator()
    gui.settle()
    gui.window.acts.new_quote.trigger()
    qtbot.keyClicks(gui.window.editor.text, "Words")
    gui.window.editor.flush()
    gui.settle()
    created = gui.window.editor.quote_id
    assert gui.listed() == [created]
    undo = gui.window.acts.undo
    assert undo.isEnabled() and undo.text() == "&Undo Add quote"
    undo.trigger()
    gui.settle()
    assert gui.listed() == []
    assert gui.library.info().quotes == 0
    assert gui.window.acts.redo.text() == "&Redo Add quote"
    gui.window.acts.redo.trigger()
    gui.settle()
    assert gui.listed() == [created]
    assert gui.window.count_label.text() == "1 of 1 quotes"


def test_delete_then_restore_from_the_trash(gui: Gui, answers: Answers) -> None:
    first, second, third = (_quote(gui.library, text) for text in ("A", "B", "C"))
    gui.window.browser.refresh()
    gui.settle()
    gui.select(second)
    gui.window.quote_list.table.setFocus()
    gui.window.acts.delete.trigger()
    gui.settle()
    assert second not in gui.listed()
    assert sorted(gui.listed()) == sorted([first, third])
    assert gui.window.quote_list.selected_ids() != []  # a neighbour took the selection
    assert gui.library.trashed_quote_ids() == [second]

    gui.navigate(gui.window.navigator_model.index(Kind.TRASH, 0))
    assert gui.window.browser.view.trash
    assert gui.listed() == [second]
    assert gui.window.quote_list.banner.isVisible()
    assert gui.window.search_bar.text() == ""
    gui.select(second)
    gui.window.acts.restore.trigger()
    gui.settle()
    assert gui.listed() == []
    assert gui.library.trashed_quote_ids() == []

    gui.navigate(gui.window.navigator_model.index(Kind.ALL, 0))
    assert sorted(gui.listed()) == sorted([first, second, third])


def test_emptying_the_trash_asks_first(gui: Gui, answers: Answers) -> None:
    doomed = _quote(gui.library, "Gone")
    gui.library.delete_quotes([doomed])
    gui.window.refresh_navigator()
    gui.navigate(gui.window.navigator_model.index(Kind.TRASH, 0))
    answers.confirm = False
    gui.window.acts.empty_trash.trigger()
    assert len(answers.confirmations) == 1
    assert gui.library.trashed_quote_ids() == [doomed]
    answers.confirm = True
    gui.window.acts.empty_trash.trigger()
    gui.settle()
    assert gui.library.trashed_quote_ids() == []
    assert gui.listed() == []


def test_navigator_puts_its_filter_in_the_search_box(gui: Gui) -> None:
    tagged = _quote(gui.library, "Tagged", tags=["war crimes"])
    _quote(gui.library, "Plain", source="Lepra")
    gui.window.refresh_navigator()
    gui.settle()
    model = gui.window.navigator_model
    tags = model.index(Kind.TAGS, 0)
    gui.navigate(model.index(_tag_entry(gui, "war crimes"), 0, tags))
    assert gui.window.search_bar.text() == 'tag:"war crimes"'
    assert gui.listed() == [tagged]

    gui.search("source:Lepra")
    current = gui.window.navigator.currentIndex()
    assert current.data() == "Lepra"  # typing an entry's filter selects the entry
    gui.search("source:Lepra plain")
    assert not gui.window.navigator.selectionModel().hasSelection()


def test_a_malformed_query_is_shown_inline(gui: Gui) -> None:
    _quote(gui.library, "Anything")
    gui.search('"unclosed')
    error = gui.window.search_bar.error
    assert error.isVisible()
    assert "Cannot search" in error.text()
    gui.search("anything")
    assert not error.isVisible()


def test_tagging_selected_quotes_and_dropping_on_a_tag(gui: Gui, answers: Answers) -> None:
    one, two = _quote(gui.library, "One", tags=["war"]), _quote(gui.library, "Two")
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.select(one, two)
    answers.choice = "visas"
    gui.window.acts.add_tag.trigger()
    gui.settle()
    assert gui.cell(one, Column.TAGS) == "visas, war"
    assert gui.cell(two, Column.TAGS) == "visas"
    answers.choice = "visas"
    gui.window.acts.remove_tag.trigger()
    gui.settle()
    assert gui.cell(two, Column.TAGS) == ""
    war = gui.library.find_tag("war")
    assert war is not None
    gui.window.commands.tag_dropped_quotes([two], war.id)
    gui.settle()
    assert gui.cell(two, Column.TAGS) == "war"
    row = _tag_entry(gui, "war")
    assert gui.window.navigator_model.entries(Kind.TAGS)[row].quote_count == 2


def test_merging_two_tags_updates_the_counts(gui: Gui, qtbot: QtBot) -> None:
    _quote(gui.library, "One", tags=["draft"])
    _quote(gui.library, "Two", tags=["draft", "mobilisation"])
    _quote(gui.library, "Three", tags=["mobilisation"])
    gui.window.refresh_navigator()
    gui.settle()
    draft = gui.library.find_tag("draft")
    mobilisation = gui.library.find_tag("mobilisation")
    assert draft is not None and mobilisation is not None
    model = gui.window.navigator_model
    source_index = model.index(_tag_entry(gui, "draft"), 0, model.index(Kind.TAGS, 0))
    target_index = model.index(_tag_entry(gui, "mobilisation"), 0, model.index(Kind.TAGS, 0))
    dragged = model.mimeData([source_index])
    assert model.dropMimeData(dragged, Qt.DropAction.CopyAction, -1, -1, target_index)
    dialog = _open_dialog(gui.window, "Merge tags")
    assert dialog.target_combo.currentData() == mobilisation.id
    assert "2 quotes move to “mobilisation”" in dialog.summary_label.text()
    dialog.merge_button.click()
    gui.settle()
    entries = {entry.name: entry.quote_count for entry in model.entries(Kind.TAGS)}
    assert entries == {"mobilisation": 3}
    assert gui.window.acts.undo.text() == "&Undo Merge tags"


def test_status_bar_says_what_was_deleted(gui: Gui) -> None:
    quote = _quote(gui.library, "Bye")
    gui.window.browser.refresh()
    gui.settle()
    gui.select(quote)
    gui.window.acts.delete.trigger()
    gui.settle()
    assert "trash" in gui.window.statusBar().currentMessage()


def test_ctrl_f_focuses_the_search_box(gui: Gui, qtbot: QtBot) -> None:
    gui.window.activateWindow()
    gui.window.quote_list.table.setFocus()
    gui.window.acts.find.trigger()
    assert QApplication.focusWidget() is gui.window.search_bar.line
    assert gui.window.acts.find.shortcut().toString() == "Ctrl+F"


def test_copy_with_attribution_puts_the_draft_line_on_the_clipboard(
    gui: Gui, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    sasha = gui.library.add_source(
        "Sasha", age=23, role="machine learning engineer", organization="Yandex"
    ).created
    assert sasha is not None
    quote = gui.library.add_quote("We left in March.", sasha).created
    assert quote is not None
    gui.window.browser.refresh()
    gui.settle()
    gui.select(quote)
    assert gui.window.acts.copy_attributed.shortcut().toString() == "Ctrl+Shift+C"
    read_on: list[threading.Thread] = []
    get_quote = gui.library.get_quote

    def recorded(quote_id: int) -> Quote:
        read_on.append(threading.current_thread())
        return get_quote(quote_id)

    monkeypatch.setattr(gui.library, "get_quote", recorded)
    gui.window.acts.copy_attributed.trigger()
    gui.settle()
    assert QApplication.clipboard().text() == (
        "“We left in March,” said Sasha, a 23-year-old machine learning engineer at Yandex."
    )
    assert answers.informed == []
    assert read_on and threading.main_thread() not in read_on  # read on the worker


def test_copying_an_off_the_record_quote_is_refused(gui: Gui, answers: Answers) -> None:
    QApplication.clipboard().setText("before")
    secret = _quote(gui.library, "Between us.", ground_rule="off_record")
    gui.window.browser.refresh()
    gui.settle()
    gui.select(secret)
    gui.window.acts.copy_attributed.trigger()
    gui.settle()
    assert QApplication.clipboard().text() == "before"
    assert len(answers.informed) == 1
    title, text = answers.informed[0]
    assert title == "Off the record"
    assert "may not be used" in text


def test_export_opens_with_the_selection_and_the_search(gui: Gui) -> None:
    from quotebook.gui.dialogs.export_dialog import ExportDialog

    quote = _quote(gui.library, "Exported words")
    _quote(gui.library, "Other words")
    gui.search("exported")
    gui.select(quote)
    assert gui.window.acts.export_csv.shortcut().toString() == "Ctrl+E"
    gui.window.acts.export_csv.trigger()
    dialog = _open_dialog(gui.window, "Export quotes")
    assert isinstance(dialog, ExportDialog)
    assert dialog.selected_ids == (quote,)
    assert dialog.query == "exported"
    gui.settle()
    dialog.reject()


def test_an_import_shows_its_quotes_everywhere(gui: Gui) -> None:
    from quotebook.gui.dialogs.import_dialog import ImportDialog

    assert gui.window.acts.import_csv.shortcut().toString() == "Ctrl+I"
    gui.window.acts.import_csv.trigger()
    dialog = _open_dialog(gui.window, "Import quotes")
    assert isinstance(dialog, ImportDialog)
    imported = _quote(gui.library, "Arrived from a sheet", tags=["sheet"])
    dialog.imported.emit(None)  # the dialog has written rows behind the window's back
    gui.settle()
    assert gui.listed() == [imported]
    assert [entry.name for entry in gui.window.navigator_model.entries(Kind.TAGS)] == ["sheet"]
    dialog.reject()


def test_renaming_the_shown_tag_keeps_showing_its_quotes(gui: Gui) -> None:
    tagged = _quote(gui.library, "Tagged", tags=["draft"])
    gui.window.refresh_navigator()
    gui.settle()
    tags = gui.window.navigator_model.index(Kind.TAGS, 0)
    gui.navigate(gui.window.navigator_model.index(_tag_entry(gui, "draft"), 0, tags))
    draft = gui.library.find_tag("draft")
    assert draft is not None
    gui.window.session.apply(lambda: gui.library.rename_tag(draft.id, "conscription"))
    gui.settle()
    assert gui.window.search_bar.text() == "tag:conscription"
    assert gui.listed() == [tagged]
    assert gui.window.navigator.currentIndex().data() == "conscription"


def test_sorting_by_a_column_asks_the_core_for_that_order(gui: Gui) -> None:
    ids = {
        name: _quote(gui.library, f"Said by {name}", source=name)
        for name in ("Boris", "Anna", "Chen")
    }
    gui.window.browser.refresh()
    gui.settle()
    header = gui.window.quote_list.table.horizontalHeader()
    header.setSortIndicator(Column.SOURCE, Qt.SortOrder.AscendingOrder)
    gui.settle()
    assert gui.listed() == [ids["Anna"], ids["Boris"], ids["Chen"]]
    header.setSortIndicator(Column.SOURCE, Qt.SortOrder.DescendingOrder)
    gui.settle()
    assert gui.listed() == [ids["Chen"], ids["Boris"], ids["Anna"]]
    assert gui.window.browser.view.sort is Column.SOURCE


def test_every_action_is_in_a_menu(gui: Gui) -> None:
    in_menus = set()
    for menu_action in gui.window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            in_menus.add(action)
    missing = [a.text() for a in gui.window.acts.all() if a not in in_menus]
    assert missing == []
    shortcuts = [
        a.shortcut().toString() for a in gui.window.acts.all() if not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))  # no two actions share a key


def test_about_names_the_version_library_and_qt(gui: Gui, answers: Answers) -> None:
    from quotebook import __version__

    gui.window.acts.about.trigger()
    title, text = answers.informed[-1]
    assert title == "About Quotebook"
    assert __version__ in text
    assert str(gui.library.path) in text
    assert "Qt 6." in text and "Python 3." in text


def test_the_welcome_never_shows_while_the_counts_are_still_loading(
    qtbot: QtBot, library: Library
) -> None:
    import threading

    from quotebook.gui.app.session import Session
    from quotebook.gui.app.settings import Settings
    from quotebook.gui.window.main_window import MainWindow

    _quote(library, "We left in March.")
    session = Session(library)
    release = threading.Event()
    session.worker.submit(lambda: release.wait(30))  # the worker is busy with a long read
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.search_bar.line.setFocus()
        QTest.keyClicks(window.search_bar.line, "march")
        QTest.keyClick(window.search_bar.line, Qt.Key.Key_Return)
        assert window.centre.currentWidget() is window.quote_list
    finally:
        release.set()
        session.worker.wait_idle()
        window.close()
        session.close()
    assert window.contents.quotes == 1
