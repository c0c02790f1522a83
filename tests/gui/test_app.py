"""Opening libraries: the first run, the demo, libraries that cannot be opened, memory."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from window_helpers import Controller

from quotebook.core import Library
from quotebook.core.storage.backup import MANUAL, make_backup
from quotebook.core.storage.connect import connect
from quotebook.gui.app.demo_library import demo_library_path
from quotebook.gui.app.settings import Settings
from quotebook.gui.dialogs import questions as dialogs


def test_first_run_shows_the_empty_state(controller: Controller, tmp_path: Path) -> None:
    assert controller.app.start(None)
    controller.settle()
    window = controller.app.window
    assert window is not None
    assert window.centre.currentWidget() is window.empty_state
    assert window.empty_state.add_button.text() == "Add your first quote"
    assert not window.editor.isVisible()
    assert (tmp_path / "data" / "library.sqlite3").exists()


def test_add_your_first_quote_asks_for_a_source_then_takes_the_words(
    controller: Controller, qtbot: QtBot
) -> None:
    controller.app.start(None)
    controller.settle()
    window = controller.app.window
    assert window is not None
    window.empty_state.add_button.click()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.windowTitle() == "New source"
    )
    dialog.form.set_values({"name": "Sasha"})
    dialog.create_button.click()
    controller.settle()
    assert window.editor.is_draft
    assert window.centre.currentWidget() is window.quote_list
    qtbot.keyClicks(window.editor.text, "My first quote")
    window.editor.flush()
    controller.settle()
    assert window.session.library.get_quote(window.editor.quote_id or 0).source_name == "Sasha"
    assert window.quote_model.ids() == [window.editor.quote_id]


def test_open_the_demo_library(controller: Controller) -> None:
    controller.app.start(None)
    controller.settle()
    first = controller.app.window
    assert first is not None
    first.empty_state.demo_button.click()
    controller.settle()
    window = controller.app.window
    assert window is not None and window is not first
    assert window.session.library.path == demo_library_path()
    assert demo_library_path().parent == Path(str(first.session.library.path)).parent
    assert "demo.sqlite3" in window.windowTitle()
    info = window.session.library.info()
    assert info.quotes > 20
    assert window.quote_model.rowCount() == info.quotes
    assert window.centre.currentWidget() is window.quote_list
    assert not window.acts.undo.isEnabled()  # loading the demo is not an edit to undo
    assert controller.quits == 0


def test_a_file_that_is_not_a_library_says_so_and_offers_another(
    controller: Controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n")
    good = tmp_path / "good.sqlite3"
    Library(good).close()
    monkeypatch.setattr(
        dialogs, "choose_library_to_open", lambda _parent, chosen, _cancelled=None: chosen(good)
    )
    assert not controller.app.open(notes)
    box = controller.app.problem_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Not a Quotebook library"
    assert "not a Quotebook library" in box.text()
    assert str(notes) in box.informativeText()
    assert notes.read_text() == "shopping list\n"
    other = next(b for b in box.buttons() if b.text() == "Open another library…")
    other.click()
    controller.settle()
    assert controller.app.window is not None
    assert controller.app.window.session.library.path == good


def test_a_newer_library_is_refused_with_what_to_do(controller: Controller, tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    Library(newer).close()
    raw = sqlite3.connect(newer)
    raw.execute("PRAGMA user_version = 99")
    raw.close()
    assert not controller.app.open(newer)
    box = controller.app.problem_box
    assert box is not None
    assert "Update Quotebook" in box.text()
    quit_button = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
    )
    assert quit_button.text() == "Quit"
    quit_button.click()
    assert controller.quits == 1


def test_layout_and_last_library_are_remembered(
    controller: Controller, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "elsewhere.sqlite3"
    assert controller.app.open(chosen, create=True)
    controller.settle()
    window = controller.app.window
    assert window is not None
    qtbot.waitExposed(window)  # laid out at its size, as the reporter sees it
    header = window.quote_list.table.horizontalHeader()
    header.resizeSection(1, 211)
    window.splitter.setSizes([250, 700, 330])
    navigator_width = window.splitter.sizes()[0]
    window.close()
    assert controller.quits == 1

    monkeypatch.delenv("QUOTEBOOK_LIBRARY")  # no override: the last library is opened
    again = Controller(qtbot)
    assert again.app.start(None)
    again.settle()
    reopened = again.app.window
    assert reopened is not None
    qtbot.waitExposed(reopened)
    try:
        assert reopened.session.library.path == chosen.resolve()
        # Remembered; shown narrower only while the window is too narrow for it.
        assert reopened.quote_list.column_fit.wanted(1) == 211
        assert reopened.splitter.sizes()[0] == navigator_width
        assert chosen.resolve() in Settings().recent_libraries()
    finally:
        again.close()


def test_restoring_a_backup_reopens_the_library_in_a_new_window(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "kept.sqlite3"
    with Library(path) as library:
        source = library.add_source("Sasha").created or 0
        library.add_quote("Kept in the backup", source)
    make_backup(path, MANUAL)
    assert controller.app.open(path)
    controller.settle()
    first = controller.app.window
    assert first is not None
    first.session.library.add_quote("Written after the backup", 1)
    first.acts.restore_backup.trigger()
    dialog = controller.app.backup_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    controller.settle()
    window = controller.app.window
    assert window is not None and window is not first
    assert window.session.library.path == path
    assert window.session.library.info().quotes == 1
    assert [window.quote_model.index(0, 0).data()] == ["Kept in the backup"]
    dialog.close()


def test_a_library_another_program_is_writing_opens_for_reading(
    controller: Controller, tmp_path: Path
) -> None:
    path = tmp_path / "busy.sqlite3"
    with Library(path) as library:
        sasha = library.add_source("Sasha").created
        assert sasha is not None
        library.add_quote("We left in March.", sasha)
    # Through the library's own SQLite: two copies of SQLite in one process do not
    # see each other's locks (another program is another process, where they do).
    other = connect(path)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert controller.app.open(path)
        controller.settle()
        window = controller.app.window
        assert window is not None
        banner = window.findChild(QLabel, "writesOffReason")
        assert banner is not None and banner.isVisible()
        assert "another program is writing" in banner.text()
        assert window.quote_model.rowCount() == 1
    finally:
        other.rollback()
        other.close()
    retry = window.findChild(QPushButton, "writesOffRetry")
    assert retry is not None
    QTest.mouseClick(retry, Qt.MouseButton.LeftButton)  # the other program is done
    controller.settle()
    reopened = controller.app.window
    assert reopened is not None and reopened is not window
    assert reopened.session.library.writes_off is None
    assert reopened.findChild(QLabel, "writesOffReason") is None
