"""The app rebuilds a pending search index in the background and shows how far it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from window_helpers import shown_window

from quotebook.core import Library
from quotebook.core.library import index_rebuild
from quotebook.core.storage import migrations
from quotebook.core.storage.connect import connect


def _leave_rebuild(path: Path) -> None:
    conn = connect(path)  # the library's own SQLite, as every connection in the app
    try:
        conn.execute("BEGIN IMMEDIATE")
        original, migrations.REBUILD_AT_OPEN = migrations.REBUILD_AT_OPEN, 0
        try:
            migrations._to_5(conn)
        finally:
            migrations.REBUILD_AT_OPEN = original
        conn.execute("COMMIT")
    finally:
        conn.close()


def test_the_rebuild_runs_in_steps_with_its_progress_in_the_status_bar(
    qtbot: QtBot, library: Library, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = library.add_source("Sasha").created or 0
    for n in range(7):
        library.add_quote(f"Повестки пришли {n}", source)
    _leave_rebuild(library_path)
    monkeypatch.setattr(index_rebuild, "REBUILD_STEP", 2)
    shown = shown_window(qtbot, library)
    gui = next(shown)
    rebuild = gui.window.index_rebuild
    qtbot.waitUntil(lambda: library.index_rebuild() is None and not rebuild.running)
    gui.settle()
    # The last progress shown: 6 of 7 quotes indexed, before the last step.
    assert rebuild.label.text() == "Rebuilding the search index: 85% (searches find part of it)"
    assert not rebuild.label.isVisible()
    gui.window.search_bar.set_text("повестка")
    gui.settle()
    assert len(gui.listed()) == 7
    next(shown, None)
