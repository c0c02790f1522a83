"""A library left open by a crash: checked whole on the worker, a progress window saying why."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from window_helpers import Controller

from quotebook.core import Library
from quotebook.core.domain.errors import DamagedLibraryError
from quotebook.core.storage import opening
from quotebook.core.storage.opening import checks_first
from quotebook.gui.app import app as app_module

_HOLD_OPEN = (
    "import sys, time\n"
    "from quotebook.core import Library\n"
    "library = Library(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "time.sleep(60)\n"
)


def left_open_by_a_crash(path: Path) -> None:
    """Open ``path`` in another Quotebook process and kill it, as a crash would."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD_OPEN, str(path)], stdout=subprocess.PIPE
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        child.kill()


def library_with_a_quote(path: Path) -> Path:
    with Library(path, create=True) as library:
        library.add_quote("We left in March.", library.add_source("Sasha").created or 0)
    return path


def test_a_library_left_open_by_a_crash_is_checked_on_the_worker_a_window_saying_so(
    controller: Controller, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = library_with_a_quote(tmp_path / "exodus.sqlite3")
    assert not checks_first(path)  # closed cleanly: opened at once, as ever
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    assert not checks_first(notes)  # not a library: opening says so at once
    left_open_by_a_crash(path)
    assert checks_first(path)
    checked = threading.Event()
    real = app_module.Library

    def slow_check(*args: object, **kwargs: object) -> Library:
        checked.wait(10)  # a large library's check: seconds, the window waits
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "Library", slow_check)
    assert not controller.app.start(path)
    app = controller.app
    qtbot.waitUntil(lambda: app.checking is not None and app.checking.isVisible(), timeout=5_000)
    assert app.checking is not None
    assert "exodus.sqlite3 is checked for damage" in app.checking.labelText()
    assert "did not close properly" in app.checking.labelText()
    assert app.window is None
    checked.set()
    qtbot.waitUntil(lambda: app.window is not None, timeout=20_000)
    assert app.checking is None
    assert app.session is not None and app.session.library.unclean_shutdown
    controller.settle()
    assert app.window is not None
    assert app.window.quote_model.index(0, 0).data() == "We left in March."


def test_damage_found_by_the_check_after_a_crash_gets_the_damaged_library_message(
    controller: Controller, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = library_with_a_quote(tmp_path / "exodus.sqlite3")
    left_open_by_a_crash(path)

    def damaged(*args: object, **kwargs: object) -> Library:
        raise DamagedLibraryError(str(path), "the library is damaged: SQLite's integrity check")

    monkeypatch.setattr(app_module, "Library", damaged)
    controller.app.start(path)
    app = controller.app
    qtbot.waitUntil(lambda: app.problem_box is not None and app.problem_box.isVisible())
    assert app.problem_box is not None and app.problem_box.windowTitle() == "Damaged library"
    assert app.window is None and app.checking is None
    app.problem_box.close()


def test_quit_in_the_window_of_the_check_ends_the_check_and_quits_at_once(
    controller: Controller, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reporter who relaunched after a crash can quit during a minute-long check: the
    check stops within milliseconds, no message follows, and the file is unchanged."""
    path = library_with_a_quote(tmp_path / "exodus.sqlite3")
    left_open_by_a_crash(path)
    before = path.read_bytes()
    stopped = threading.Event()
    real_inspect = opening.inspect_library

    def long_check(
        target: Path, *, full: bool = False, stop: threading.Event | None = None
    ) -> None:
        assert stop is not None  # the app gave the check a way to end it
        stop.wait(30)  # a large library's check, until the reporter quits
        stopped.set()
        real_inspect(target, full=full, stop=stop)  # a set stop ends it at once

    monkeypatch.setattr(opening, "inspect_library", long_check)
    assert not controller.app.start(path)
    app = controller.app
    qtbot.waitUntil(lambda: app.checking is not None and app.checking.isVisible(), timeout=5_000)
    assert app.checking is not None
    button = app.checking.findChild(QPushButton)
    assert button is not None and button.text().replace("&", "") == "Quit"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert controller.quits == 1
    qtbot.waitUntil(stopped.is_set, timeout=5_000)
    qtbot.waitUntil(lambda: app.checking is None, timeout=5_000)
    assert app.window is None and app.problem_box is None
    assert path.read_bytes() == before
    assert checks_first(path)  # still to be checked at the next opening
