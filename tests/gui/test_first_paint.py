"""A library's first seconds: rows painted in the order the header shows, and no
count the navigator has not read yet."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quotebook.core import Library, QuoteRow
from quotebook.gui.app.session import Session
from quotebook.gui.app.settings import Settings
from quotebook.gui.navigator.navigator_model import Kind, NavColumn
from quotebook.gui.quotes.quote_model import Column
from quotebook.gui.window.main_window import MainWindow


def _window(qtbot: QtBot, path: Path) -> tuple[Session, MainWindow]:
    session = Session(Library(path))
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    return session, window


def _close(session: Session, window: MainWindow) -> None:
    session.worker.wait_idle()
    window.close()
    session.close()
    QApplication.processEvents()


def test_the_first_rows_are_in_the_order_the_header_shows(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        for name in ("Bea", "Zoë", "Ada", "Mila"):
            source = library.add_source(name).created or 0
            for n in range(3):
                library.add_quote(f"{name} said {n}.", source)
    session, window = _window(qtbot, path)
    window.show()
    try:
        session.worker.wait_idle()
        header = window.quote_list.table.horizontalHeader()
        header.setSortIndicator(Column.SOURCE, Qt.SortOrder.DescendingOrder)
        session.worker.wait_idle()
    finally:
        _close(session, window)  # saves the layout, the sort with it

    session, window = _window(qtbot, path)
    shown: list[list[str]] = []

    def record(_result: object) -> None:
        model = window.quote_model
        shown.append([model.index(r, Column.SOURCE).data() for r in range(model.rowCount())])

    window.browser.results_shown.connect(record)
    all_quotes = window.navigator_model.index(Kind.ALL, NavColumn.COUNT)
    try:
        assert all_quotes.data() is None  # not "0" before the counts are read
        window.show()
        session.worker.wait_idle()
        assert shown, "no result was shown"
        for names in shown:
            assert names == sorted(names, key=str.casefold, reverse=True)
        assert len(shown) == 1  # no second search to re-sort what was painted
        assert all_quotes.data() == "12"
        assert window.count_label.text() == "12 of 12 quotes"
    finally:
        _close(session, window)


def test_the_rows_on_screen_come_with_the_search(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window paints a new result without reading rows itself: a read on the GUI
    thread beside the worker's next task took twice as long as alone."""
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        source = library.add_source("Ada").created or 0
        for n in range(200):
            library.add_quote(f"Ada said {n}.", source)
    read_by_window: list[int] = []
    quote_rows = Library.quote_rows

    def recorded(library: Library, quote_ids: Sequence[int]) -> list[QuoteRow]:
        if threading.current_thread() is threading.main_thread():
            read_by_window.append(len(quote_ids))
        return quote_rows(library, quote_ids)

    monkeypatch.setattr(Library, "quote_rows", recorded)
    session, window = _window(qtbot, path)
    try:
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        session.worker.wait_idle()
        qtbot.wait(50)  # painted
        table = window.quote_list.table
        assert table.rowAt(table.viewport().height() - 1) > 10  # many rows on screen
        assert window.quote_model.index(0, Column.QUOTE).data() == "Ada said 199."
        assert read_by_window == []
        table.scrollToBottom()
        qtbot.wait(50)
        assert read_by_window  # the rows further down are read as they come into view
    finally:
        _close(session, window)
