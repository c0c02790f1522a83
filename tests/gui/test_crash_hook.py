"""An unexpected error shows the crash dialog and the window stays usable."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from window_helpers import Answers, Gui

from quotebook.core import DiskFullError, ValidationError
from quotebook.gui.app import crash
from quotebook.gui.app.crash_dialog import CrashDialog


@pytest.fixture
def hook(gui: Gui) -> Iterator[None]:
    before = sys.excepthook
    crash.install_excepthook(lambda: gui.window)
    yield
    sys.excepthook = before


def _raise(error: BaseException) -> None:
    try:
        raise error
    except BaseException as caught:  # hand it to the hook as Python would
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_a_bug_opens_the_crash_dialog_with_the_traceback(gui: Gui, hook: None) -> None:
    _raise(RuntimeError("a bug in a slot"))
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    shown = [d for d in dialogs if d.isVisible()]
    assert len(shown) == 1
    details = shown[0].details.toPlainText()
    assert "RuntimeError: a bug in a slot" in details
    assert "Quotebook " in details and "PySide6 " in details
    shown[0].copy_button.click()
    assert "a bug in a slot" in QApplication.clipboard().text()
    shown[0].close()
    gui.window.acts.show_trash.trigger()  # the window still works
    gui.settle()
    assert gui.window.browser.view.trash


def test_a_known_storage_error_is_a_message(gui: Gui, hook: None, answers: Answers) -> None:
    _raise(DiskFullError("/tmp/x.sqlite3", "the disk is full; free some space and try again"))
    assert answers.informed == [
        ("The library cannot be used", "the disk is full; free some space and try again")
    ]
    assert not any(
        isinstance(w, CrashDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_the_cores_error_nobody_handled_shows_its_traceback(gui: Gui) -> None:
    """The worker leaves the core's own errors unformatted (a refusal costs no
    traceback); one that reaches the crash dialog all the same shows where it came from."""

    def refused() -> None:
        raise ValidationError("said_on", "no such date")

    gui.window.session.worker.submit(refused)
    gui.settle()
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]
    assert len(shown) == 1
    details = shown[0].details.toPlainText()
    assert "ValidationError: said_on: no such date" in details
    assert "in refused" in details  # the frame that raised it
    shown[0].close()
