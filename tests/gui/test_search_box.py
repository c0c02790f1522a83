"""The search box: syntax it shows parses, help on ? and F1, Escape clears, a bad
query greys the list, the searched words are highlighted, a typed word finds a
quote by its source's printed name, its tags and its article."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_helpers import Gui

from quotebook.core.search.parse import parse_query
from quotebook.gui.quotes.quote_model import Column, Role
from quotebook.gui.quotes.search_help import ROWS, SearchHelp

README = __import__("pathlib").Path(__file__).parents[2] / "README.md"


def _filled(gui: Gui) -> tuple[int, int]:
    source = gui.library.add_source("Zoë").created or 0
    rent = gui.library.add_quote("The rent doubled, and Rental agents laughed.", source).created
    other = gui.library.add_quote("About the draft.", source).created
    assert rent and other
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.window.activateWindow()
    gui.qtbot.waitUntil(gui.window.isActiveWindow)
    return rent, other


def test_the_placeholder_and_tooltip_show_only_syntax_the_parser_accepts(gui: Gui) -> None:
    line = gui.window.search_bar.line
    examples = re.findall(r'"[^"]+"|\S*[:<>=]\S+', line.placeholderText() + " " + line.toolTip())
    examples = [e.rstrip(",.;") for e in examples if not e.startswith("Search:")]
    assert "said>=2024-01-01" in examples and len(examples) >= 10
    for example in examples:
        parse_query(example)  # raises QueryError on syntax the parser refuses


def test_the_help_table_is_the_readmes(gui: Gui) -> None:
    readme = README.read_text(encoding="utf-8")
    table = readme[readme.index("## Search syntax") : readme.index("## The CSV sheet")]
    for query, _finds in ROWS:
        for part in query.split(", "):
            assert f"`{part}`" in table, part


def test_question_mark_and_f1_open_the_syntax_table(gui: Gui) -> None:
    _filled(gui)
    bar = gui.window.search_bar
    gui.qtbot.mouseClick(bar.help_button, Qt.MouseButton.LeftButton)
    help_window = gui.window.findChild(SearchHelp)
    assert help_window is not None and help_window.isVisible()
    assert "said&gt;=2024-03-01" in help_window.browser.toHtml()
    help_window.close()
    gui.qtbot.keyClick(gui.window.quote_list.table, Qt.Key.Key_F1)
    assert help_window.isVisible()
    help_window.close()


def test_escape_clears_the_search(gui: Gui) -> None:
    rent, other = _filled(gui)
    assert gui.search("rent") == [rent]
    line = gui.window.search_bar.line
    with gui.qtbot.waitSignal(gui.window.search_bar.query_changed):
        gui.qtbot.keyClick(line, Qt.Key.Key_Escape)
    gui.settle()
    assert line.text() == "" and sorted(gui.listed()) == sorted([rent, other])


def test_a_bad_query_greys_the_list_and_says_why(gui: Gui) -> None:
    rent, _ = _filled(gui)
    table = gui.window.quote_list.table
    gui.search('"unclosed')
    error = gui.window.search_bar.error
    assert not table.isEnabled()
    assert error.isVisibleTo(gui.window) and error.text().startswith("Cannot search:")
    assert gui.search("rent") == [rent]
    assert table.isEnabled() and not error.isVisibleTo(gui.window)


def test_searched_words_are_highlighted_in_the_cell_and_the_editor(gui: Gui) -> None:
    rent, _ = _filled(gui)
    gui.search("rent -draft")
    model = gui.window.quote_model
    cell = model.index(model.row_of(rent) or 0, Column.QUOTE)
    text = cell.data()
    assert [text[a:b] for a, b in cell.data(Role.HIGHLIGHTS)] == ["rent", "Rental"]
    assert model.index(0, Column.SOURCE).data(Role.HIGHLIGHTS) == []
    gui.select(rent)
    selections = gui.window.editor.text.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["rent", "Rental"]
    gui.window.quote_list.table.viewport().repaint()  # the delegate paints without error
    assert QApplication.focusWidget() is not None


def test_a_typed_word_finds_quotes_by_their_source_tag_and_article(gui: Gui) -> None:
    lepra = gui.library.add_source("Lepra", real_name="Anton Zubkov").created or 0
    nika = gui.library.add_source("Nika").created or 0
    article = gui.library.add_article("Yerevan start-ups", outlet="Meduza").created
    by_name = gui.library.add_quote("We moved the payments team.", lepra).created or 0
    filed = gui.library.add_quote("Rents doubled.", nika, article_id=article).created or 0
    tagged = gui.library.add_quote("Cards stopped working.", nika).created or 0
    in_text = gui.library.add_quote("Lepra is what they call me here.", nika).created or 0
    gui.library.tag_quotes([tagged], ["sanctions"])
    gui.window.refresh_navigator()
    gui.settle()
    gui.window.activateWindow()
    gui.qtbot.waitUntil(gui.window.isActiveWindow)
    assert gui.search("lepra") == [in_text, by_name]  # the words of the quote rank first
    assert gui.search("yerevan") == [filed]
    assert gui.search("meduza") == [filed]
    assert gui.search("sanctions") == [tagged]
    assert gui.search("zubkov") == []  # a protected real name is never searched
