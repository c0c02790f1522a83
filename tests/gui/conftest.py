"""Fixtures of the GUI tests (pytest-qt's ``qtbot`` provides the QApplication)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Controller, Gui, shown_window

from quotebook.core import Library
from quotebook.core.library.base import LibraryBase
from quotebook.gui.app import translation
from quotebook.gui.app.worker import Worker

GUI_CODE = f"{Path(__file__).resolve().parents[2] / 'quotebook' / 'gui'}"


def _refuse_writes_from_the_gui_thread() -> None:
    """Fail a write that the app's widgets make on the GUI thread: they must submit it
    to the worker. The tests' own setting up of a library is not the app's doing."""
    if threading.current_thread() is not threading.main_thread():
        return
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename.startswith(GUI_CODE):
            raise AssertionError(f"a write on the GUI thread, from {frame.f_code.co_name}()")
        frame = frame.f_back  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def no_writes_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        LibraryBase, "write_check", staticmethod(_refuse_writes_from_the_gui_thread)
    )


@pytest.fixture(autouse=True)
def english(qtbot: QtBot) -> Iterator[None]:
    """The app in English, as it starts on an English system: with the plural forms
    of what it says with a number ("1 quote", "2 quotes")."""
    installed = translation.install("en")
    assert len(installed) == 1
    yield
    translation.uninstall(installed)


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    """A running worker thread, stopped after the test."""
    running = Worker()
    yield running
    running.wait_idle()
    running.stop()


@pytest.fixture(autouse=True)
def settings_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Keep every test's QSettings (window layout, recent libraries) in a folder of its own."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    found.install(monkeypatch)
    return found


@pytest.fixture
def gui(qtbot: QtBot, library: Library, answers: Answers) -> Iterator[Gui]:
    """A shown main window over the test library."""
    yield from shown_window(qtbot, library)


# The offscreen platform the tests run on has no window system: it says so when a
# shown window's minimum size changes, when a completion popup raises itself or
# grabs the keyboard and mouse. That is the test platform talking, not the app:
# every other Qt warning still fails the test.
OFFSCREEN_NOISE = (
    r"^This plugin does not support "
    r"(propagateSizeHints\(\)|raise\(\)|grabbing the (keyboard|mouse))$"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def controller(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> Iterator[Controller]:
    """The app's controller on a library of the test's own; its windows closed after."""
    monkeypatch.setenv("QUOTEBOOK_LIBRARY", str(tmp_path / "data" / "library.sqlite3"))
    made = Controller(qtbot)
    yield made
    made.close()
