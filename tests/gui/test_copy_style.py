"""Copy with attribution in the house style chosen in Edit → Copy style, remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from window_helpers import Gui

from quotebook.gui.app.settings import Settings
from quotebook.gui.window.copy_style import CopyStyle

ALT = Qt.KeyboardModifier.AltModifier
COPY = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def quote(gui: Gui) -> Iterator[int]:
    """A pseudonym's quote taken from an article, ending in a comma, selected."""
    library = gui.library
    sasha = library.add_source("Sasha", is_pseudonym=True, age=23, role="engineer").created
    article = library.add_article("The exodus", outlet="The Meridian Post").created
    assert sasha and article
    created = library.add_quote(
        "I had waited a long time,", sasha, article_id=article, said_on="2024-03-01"
    ).created
    assert created is not None
    gui.window.browser.refresh()
    gui.settle()
    gui.select(created)
    gui.window.activateWindow()
    gui.qtbot.waitUntil(gui.window.isActiveWindow)
    yield created
    gui.window.settings.set_copy_style("english", True, False)  # as the other tests expect


def _popup() -> QWidget:
    popup = QApplication.activePopupWidget()
    assert popup is not None
    return popup


def _choose(gui: Gui, *letters: Qt.Key) -> None:
    """Alt+E, then the mnemonics down the Edit menu, each once its menu has the focus, as
    a reporter presses them: the events of showing a menu are handled before the next key.

    The offscreen platform gives a shown menu the focus by an event. Pressed back to
    back with nothing handled between, a submenu closes before its event arrives; it
    then arrives late, leaves the closed menu the active window, and the next Alt+E
    goes nowhere.
    """
    gui.qtbot.keyClick(gui.window.quote_list.table, Qt.Key.Key_E, ALT)
    for letter in letters:
        gui.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        popup = _popup()
        gui.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is popup.windowHandle())  # noqa: B023
        gui.qtbot.keyClick(popup, letter)
    gui.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is gui.window.windowHandle())


def _copy(gui: Gui) -> str:
    """Ctrl+Shift+C, then what the clipboard holds once the worker has read the quotes."""
    gui.qtbot.keyClick(gui.window.quote_list.table, Qt.Key.Key_C, COPY)
    gui.settle()
    return QApplication.clipboard().text()


def test_the_copy_joins_with_one_comma_in_each_style(gui: Gui, quote: int) -> None:
    assert (
        _copy(gui)
        == "“I had waited a long time,” said Sasha (name changed), a 23-year-old engineer."
    )
    _choose(gui, Qt.Key.Key_Y, Qt.Key.Key_R)
    assert _copy(gui) == (
        "«I had waited a long time», — сказал Sasha (имя изменено), a 23-year-old engineer."
    )
    _choose(gui, Qt.Key.Key_Y, Qt.Key.Key_T)
    assert (
        _copy(gui)
        == "“I had waited a long time,” Sasha (name changed), a 23-year-old engineer, said."
    )
    _choose(gui, Qt.Key.Key_Y, Qt.Key.Key_N)  # no "(name changed)"
    _choose(gui, Qt.Key.Key_Y, Qt.Key.Key_O)  # the outlet and the date
    assert _copy(gui) == (
        "“I had waited a long time,” Sasha, a 23-year-old engineer, said. "
        "(The Meridian Post, 2024-03-01)"
    )
    _choose(gui, Qt.Key.Key_Y, Qt.Key.Key_P)
    assert _copy(gui) == (
        "I had waited a long time — Sasha, a 23-year-old engineer (The Meridian Post, 2024-03-01)"
    )


def test_the_style_is_remembered_by_the_next_window(gui: Gui, quote: int) -> None:
    _choose(gui, Qt.Key.Key_Y, Qt.Key.Key_R)
    again = CopyStyle(Settings(), gui.window)  # as the next window reads it
    assert again.style().value == "russian"
    assert again.name_changed.isChecked()
    assert not again.outlet_date.isChecked()
