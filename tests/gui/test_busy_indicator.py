"""A long edit says what it is doing in the status bar until the list shows its result."""

from __future__ import annotations

import threading

import pytest
from window_helpers import Gui

from quotebook.core import Changes


def test_moving_quotes_to_the_trash_says_so_until_the_list_is_searched_again(
    gui: Gui, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = gui.library
    source = library.add_source("Sasha").created or 0
    ids = [library.add_quote(f"Words {n}", source).created or 0 for n in range(3)]
    gui.window.browser.refresh()
    gui.settle()
    gui.select(*ids)
    release = threading.Event()
    delete = library.delete_quotes

    def slow_delete(quote_ids: list[int]) -> Changes:
        assert release.wait(60)  # the worker holds the edit until the test has looked
        return delete(quote_ids)

    monkeypatch.setattr(library, "delete_quotes", slow_delete)
    busy = gui.window.busy
    gui.window.acts.delete.trigger()
    gui.qtbot.waitUntil(busy.label.isVisible)  # after half a second, still going
    assert busy.label.text() == "Moving 3 quotes to the trash…"
    assert busy.bar.isVisible()
    release.set()
    gui.settle()
    assert gui.listed() == []
    assert not busy.label.isVisible() and not busy.bar.isVisible()
    gui.window.acts.undo.trigger()
    gui.settle()
    assert sorted(gui.listed()) == ids
    assert not busy.label.isVisible()
