"""Emptying the trash offers to scrub the backups, and says how many still hold it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from window_helpers import Answers, Gui

from quotebook.core.storage.backup import MANUAL, make_backup
from quotebook.gui.dialogs import messages
from quotebook.gui.navigator.navigator_model import Kind

SECRET = b"Quarkwhistle"


def _trash_with_a_backup(gui: Gui) -> Path:
    source = gui.library.add_source("Zbigniew Quarkwhistle").created or 0
    quote = gui.library.add_quote("Quarkwhistle said this", source).created or 0
    backup = make_backup(gui.library.path, MANUAL).path
    gui.library.delete_quotes([quote])
    gui.library.delete_source(source)
    gui.window.refresh_navigator()
    gui.navigate(gui.window.navigator_model.index(Kind.TRASH, 0))
    assert SECRET in backup.read_bytes()
    return backup


def _empty(gui: Gui) -> None:
    gui.window.acts.empty_trash.trigger()
    gui.settle()
    assert gui.window.session.wait_idle()


def test_scrubbing_takes_the_deleted_rows_out_of_the_backups(gui: Gui, answers: Answers) -> None:
    backup = _trash_with_a_backup(gui)
    _empty(gui)
    gui.qtbot.waitUntil(lambda: "Scrubbed" in gui.window.statusBar().currentMessage())
    assert answers.confirmations[-1].startswith(
        "Scrub the backups too?: 1 backup of this library still holds"
    )
    assert gui.window.statusBar().currentMessage() == ("Scrubbed the deleted quotes from 1 backup.")
    assert SECRET not in backup.read_bytes()


def test_declining_says_how_many_backups_still_hold_it(
    gui: Gui, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = _trash_with_a_backup(gui)
    asked: list[str] = []

    def confirm(_p: object, title: str, _t: str, _a: str, on_yes: Callable[[], None]) -> None:
        asked.append(title)
        if title == "Empty the trash?":
            on_yes()

    monkeypatch.setattr(messages, "confirm", confirm)
    _empty(gui)
    gui.qtbot.waitUntil(lambda: "Scrub the backups too?" in asked)
    assert gui.window.statusBar().currentMessage() == (
        "The trash is empty; 1 backup still holds what it held."
    )
    assert SECRET in backup.read_bytes()
