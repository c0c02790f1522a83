"""The app tidies the library when the reporter pauses, one short step at a time."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import Gui

from quotebook.gui.app import session as session_module


def test_a_pause_after_edits_tidies_the_library_beside_the_gui(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_module, "TIDY_AFTER_MS", 50)
    library, session = gui.library, gui.window.session
    steps: list[tuple[int, bool]] = []
    real_tidy = library.tidy

    def tidy(pages: int = 8) -> bool:
        more = real_tidy(pages=8)
        steps.append((threading.get_ident(), more))
        return more

    monkeypatch.setattr(library, "tidy", tidy)
    source = library.add_source("Sasha").created or 0
    for number in range(12):
        session.apply(lambda n=number: library.add_quote(f"Quote {n} on the border", source))

    qtbot.waitUntil(lambda: bool(steps) and steps[-1][1] is False, timeout=10_000)

    assert len(steps) > 1  # stepped: each step holds the library for milliseconds only
    assert threading.get_ident() not in {thread for thread, _ in steps}
    assert not library.tidy()
    assert len(gui.search("border")) == 12
