"""The app's own files are owner-only, and it says when it tightened a library's."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_app import Controller
from window_helpers import Answers

from quotebook.core import Library
from quotebook.gui.app.settings import Settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_settings_file_and_its_folder_are_owner_only(
    settings_folder: Path, open_umask: None
) -> None:
    settings = Settings()
    settings.library_opened(settings_folder / "a library.sqlite3")
    settings.sync()
    ini = settings_folder / "Quotebook" / "Quotebook.ini"
    assert "a library.sqlite3" in ini.read_text()
    assert (oct(mode(ini.parent)), oct(mode(ini))) == (oct(0o700), oct(0o600))


def test_a_readable_settings_file_is_tightened(settings_folder: Path) -> None:
    ini = settings_folder / "Quotebook" / "Quotebook.ini"
    ini.parent.mkdir(mode=0o755)
    ini.write_text("[libraries]\n")
    os.chmod(ini, 0o644)
    Settings().sync()
    assert (oct(mode(ini.parent)), oct(mode(ini))) == (oct(0o700), oct(0o600))


def test_the_status_bar_says_when_a_library_was_tightened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    os.chmod(path, 0o644)
    controller = Controller(qtbot)
    try:
        assert controller.app.open(path)
        window = controller.app.window
        assert window is not None
        assert window.statusBar().currentMessage() == (
            "Other users could read 1 of this library's files; they are now readable by you only."
        )
        assert mode(path) == 0o600
    finally:
        controller.close()
