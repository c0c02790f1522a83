"""Helpers of the main-window tests: a driver for the window and stand-in answers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.app import AppController
from quotebook.gui.app.session import Session
from quotebook.gui.app.settings import Settings
from quotebook.gui.window.main_window import MainWindow


def fill_quotes(library: Library, count: int) -> list[int]:
    """``count`` quotes of one source, every other one filed under an article, every
    third tagged; their ids."""
    source = library.add_source("Sasha", role="engineer").created
    article = library.add_article("Leaving Moscow", outlet="The Paper").created
    assert source is not None and article is not None
    ids = []
    for n in range(count):
        changes = library.add_quote(
            f"Quote number {n}",
            source,
            article_id=article if n % 2 else None,
            said_on=date(2024, 1, 1 + n % 28),
            tags=["war", "draft"] if n % 3 == 0 else [],
        )
        assert changes.created is not None
        ids.append(changes.created)
    return ids


class Answers:
    """Stand-ins for the questions the window asks, answering at once, with a record."""

    def __init__(self) -> None:
        self.confirmations: list[str] = []
        self.informed: list[tuple[str, str]] = []
        self.confirm = True
        self.choice = ""

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from quotebook.gui.dialogs import messages
        from quotebook.gui.dialogs import questions as dialogs
        from quotebook.gui.widgets import tag_choice

        def confirm(_parent: object, title: str, text: str, _action: str, on_yes: Any) -> None:
            self.confirmations.append(f"{title}: {text}")
            if self.confirm:
                on_yes()

        def inform(_parent: object, title: str, text: str, **_kw: object) -> None:
            self.informed.append((title, text))

        def ask_choice(
            _parent: object, _title: str, _label: str, _choices: Any, _free: bool, then: Any
        ) -> None:
            then(self.choice)

        monkeypatch.setattr(messages, "confirm", confirm)
        monkeypatch.setattr(messages, "inform", inform)
        monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
        monkeypatch.setattr(
            tag_choice, "ask_tag", lambda _parent, _names, _n, then: then(self.choice)
        )


class Controller:
    """An app controller whose windows are closed after the test, and a quit counter."""

    def __init__(self, qtbot: QtBot) -> None:
        self.quits = 0
        self.qtbot = qtbot
        self.app = AppController(Settings(), quit_app=self._quit)

    def _quit(self) -> None:
        self.quits += 1

    def settle(self) -> None:
        assert self.app.session is not None
        assert self.app.session.worker.wait_idle()

    def close(self) -> None:
        if self.app.window is not None:
            self.app.window.close()
        self.app.shutdown()


class Gui:
    """The main window on a test library, with the waits and reads the tests share."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.library = window.session.library

    def settle(self) -> None:
        """Let every task on the worker report, and its follow-ups too."""
        assert self.window.session.worker.wait_idle()

    def search(self, text: str) -> list[int]:
        """Type ``text`` into the search box as a reporter would; return the listed ids."""
        line = self.window.search_bar.line
        line.clear()
        with self.qtbot.waitSignal(self.window.search_bar.query_changed):
            self.qtbot.keyClicks(line, text)
        self.settle()
        return self.listed()

    def listed(self) -> list[int]:
        return self.window.quote_model.ids()

    def cell(self, quote_id: int, column: int) -> str:
        model = self.window.quote_model
        row = model.row_of(quote_id)
        assert row is not None, f"quote {quote_id} is not listed"
        return str(model.index(row, column).data())

    def select(self, *ids: int) -> None:
        self.window.quote_list.select_ids(ids, ids[-1])
        self.settle()

    def navigate(self, index: QModelIndex) -> None:
        self.window.navigator.setCurrentIndex(index)
        self.settle()


def shown_window(qtbot: QtBot, library: Library) -> Iterator[Gui]:
    """A shown main window over ``library`` for a fixture to yield; closed after it."""
    session = Session(library)
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    window.show()
    driver = Gui(qtbot, window)
    driver.settle()
    yield driver
    session.worker.wait_idle()
    window.close()
    session.close()
