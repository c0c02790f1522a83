"""The daily check of the whole file runs beside the worker, never before the window opens."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_damage import _corrupt_page, _leaf_page
from window_helpers import Answers

from quotebook.core import Library
from quotebook.core.library import base
from quotebook.core.storage.opening import inspect_library as real_inspect
from quotebook.gui.app.app import AppController
from quotebook.gui.app.settings import Settings


@pytest.fixture
def app(qtbot: QtBot, answers: Answers) -> Iterator[AppController]:
    controller = AppController(Settings(), quit_app=lambda: None)
    yield controller
    if controller.window is not None:
        controller.window.close()
    controller.shutdown()


def _library(path: Path) -> Path:
    with Library(path) as library:
        source = library.add_source("Sasha").created or 0
        for number in range(200):
            library.add_quote(f"Words of quote {number} about the border " * 5, source)
    return path


def test_a_library_opens_then_passes_its_check(
    app: AppController, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path / "big.sqlite3")
    checked_on: list[int] = []

    def inspect(checked: Path, *, full: bool = False, stop: threading.Event) -> None:
        checked_on.append(threading.get_ident())
        real_inspect(checked, full=full, stop=stop)

    monkeypatch.setattr(base, "inspect_library", inspect)
    assert app.open(path)
    assert app.session is not None
    session = app.session
    qtbot.waitUntil(lambda: not session.library.check_pending)
    assert checked_on and checked_on != [threading.get_ident()]  # beside the GUI, not before
    assert app.window is not None and app.window.isVisible()


def test_damage_found_by_the_deferred_check_closes_the_library_and_says_so(
    app: AppController, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path / "big.sqlite3")
    _corrupt_page(path, _leaf_page(path, "quote_fts_data"))  # not read while opening
    assert app.open(path)
    qtbot.waitUntil(lambda: app.problem_box is not None and app.problem_box.isVisible())
    assert app.window is None and app.session is None
    assert app.problem_box is not None
    assert "damaged" in app.problem_box.informativeText()


def test_damage_a_search_meets_before_the_check_closes_the_library_and_says_so(
    app: AppController, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path / "big.sqlite3")
    # read by the list's first search, which counts the quotes through this index
    _corrupt_page(path, _leaf_page(path, "ix_quote_checks"))
    later = threading.Event()  # the check has not finished when the search meets the damage
    monkeypatch.setattr(base, "inspect_library", lambda p, full=False, stop=None: later.wait(5))
    assert app.open(path)
    qtbot.waitUntil(lambda: app.problem_box is not None and app.problem_box.isVisible())
    later.set()
    assert app.window is None and app.session is None
    assert app.problem_box is not None
    assert app.problem_box.windowTitle() == "Damaged library"
    assert "damaged" in app.problem_box.informativeText()


def test_a_library_checked_today_is_not_checked_again(
    app: AppController, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path / "big.sqlite3")
    with Library(path) as library:
        library.check()
    checked: list[Path] = []
    monkeypatch.setattr(base, "inspect_library", lambda p, full=False, stop=None: checked.append(p))
    assert app.open(path)
    assert app.session is not None
    assert not app.session.library.check_pending
    assert app.session.wait_idle()
    assert checked == []


def test_closing_stops_a_running_check(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotebook.core import StoppedError
    from quotebook.gui.app.session import Session

    path = _library(tmp_path / "big.sqlite3")
    started = threading.Event()
    stopped: list[bool] = []

    def long_check(checked: Path, *, full: bool = False, stop: threading.Event) -> None:
        started.set()
        stopped.append(stop.wait(60))  # a check of a very large file
        raise StoppedError("the check was stopped")

    monkeypatch.setattr(base, "inspect_library", long_check)
    session = Session(Library(path, defer_check=True))
    session.start_checks()
    assert started.wait(30)
    session.close()
    assert stopped == [True]
