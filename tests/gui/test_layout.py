"""The window at 1024×700 and at 1920×1080: the Quote column keeps room, headers and
chips are whole or elided with a tooltip, the editor's fields stay put."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from window_helpers import Gui

from quotebook.gui.quotes.quote_model import Column
from quotebook.gui.widgets.column_fit import SHARE

TAGS = ["relocation", "remote work", "a rather long tag about mobilisation exemptions", "visas"]


def _quote(gui: Gui) -> int:
    source = gui.library.add_source("Dragana Petrović").created or 0
    quote = gui.library.add_quote("We left in March.", source, tags=TAGS).created or 0
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.select(quote)
    return quote


def _size(gui: Gui, width: int, height: int) -> None:
    gui.window.resize(width, height)
    gui.qtbot.waitUntil(lambda: gui.window.width() == width)
    gui.qtbot.wait(50)  # the layouts settle on the events the resize posted


def test_at_1024_the_quote_column_keeps_its_share_and_others_shrink(gui: Gui) -> None:
    _quote(gui)
    table = gui.window.quote_list.table
    header = table.horizontalHeader()
    _size(gui, 1024, 700)
    viewport = table.viewport().width()
    assert header.sectionSize(Column.QUOTE) >= int(viewport * SHARE) - 1
    assert header.length() <= viewport + 1  # no column runs off the table
    for column in Column:
        name = gui.window.quote_model.headerData(column, Qt.Orientation.Horizontal)
        tip = gui.window.quote_model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        assert tip == name  # an elided header says itself whole
    _size(gui, 1920, 1080)
    fit = gui.window.quote_list.column_fit
    assert header.sectionSize(Column.SOURCE) == fit.wanted(Column.SOURCE)
    assert header.sectionSize(Column.QUOTE) > 800


def test_every_chip_shows_and_adding_one_moves_no_field_above(gui: Gui) -> None:
    quote = _quote(gui)
    _size(gui, 1024, 700)
    editor = gui.window.editor
    for name in TAGS:
        chip = editor.tags.chip(name)
        assert chip is not None and chip.isVisibleTo(editor)
        corner = chip.mapTo(editor.tags, QPoint(chip.width(), chip.height()))
        assert editor.tags.rect().contains(corner - QPoint(1, 1)), name
    long_chip = editor.tags.chip(TAGS[2])
    assert long_chip is not None and long_chip.text().endswith("…  ✕")
    assert TAGS[2] in long_chip.toolTip()
    where = {
        w: w.mapTo(editor, QPoint(0, 0)) for w in (editor.text, editor.source, editor.tags.line)
    }
    for n in range(6):
        gui.qtbot.keyClicks(editor.tags.line, f"extra tag {n}")
        gui.qtbot.keyClick(editor.tags.line, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    gui.settle()
    assert len(gui.library.get_quote(quote).tags) == len(TAGS) + 6
    gui.qtbot.wait(50)
    assert {w: w.mapTo(editor, QPoint(0, 0)) for w in where} == where


def test_the_editor_is_resizable_and_its_width_remembered(gui: Gui) -> None:
    window = gui.window
    _size(gui, 1920, 1080)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] - 200, sizes[2] + 200])
    wide = window.splitter.sizes()[2]
    window.save_layout()
    window.splitter.setSizes(sizes)
    window.splitter.restoreState(window.settings.layout("splitter"))
    assert window.splitter.sizes()[2] == wide
