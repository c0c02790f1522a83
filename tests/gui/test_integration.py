"""The File and Help menus through the real window: article import, backups, About."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Gui

from quotebook import __version__
from quotebook.core.backup import MANUAL, backup_folder, list_backups
from quotebook.gui import messages
from quotebook.gui.article_import_dialog import ArticleImportDialog
from quotebook.gui.main_window import MainWindow

REAL_INFORM = messages.inform  # the answers fixture replaces it; the About test needs it

ARTICLE = (
    "Northwind Logistics, a freight software company, will cut 400 jobs.\n\n"
    "“We grew too fast,” the company’s chief executive, Jonas Becker, 52, told Reuters.\n\n"
    "“The cost base was out of line,” said Clara Vogt, an analyst at Berenberg."
)
HEADLINE = "Northwind cuts 400 jobs"


def _article_dialog(gui: Gui) -> ArticleImportDialog:
    """Press Ctrl+Shift+I in the window; return the article import dialog it opens."""
    window = gui.window
    window.activateWindow()
    gui.qtbot.waitUntil(window.isActiveWindow)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    gui.qtbot.keyClick(window.quote_list.table, Qt.Key.Key_I, modifiers)
    dialog = window.file_commands.article_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.parent() is window and dialog.windowTitle() == "Import article"
    return dialog


def test_an_imported_article_is_found_by_search_and_undone_in_one_step(gui: Gui) -> None:
    window = gui.window
    dialog = _article_dialog(gui)
    dialog.set_text(ARTICLE)
    dialog.find_button.click()
    gui.settle()
    assert dialog.model.rowCount() == 2
    dialog.headline_edit.setText(HEADLINE)
    with gui.qtbot.waitSignal(window.file_commands.article_imported):
        dialog.save_button.click()
        gui.settle()
    gui.settle()
    assert window.file_commands.article_dialog is None  # saved, closed, let go
    assert window.statusBar().currentMessage() == "Imported 2 quote(s) from the article."

    found = gui.search(f'article:"{HEADLINE}"')
    texts = sorted(gui.library.get_quote(i).text for i in found)
    assert texts == ["The cost base was out of line,", "We grew too fast,"]
    assert len(gui.search("grew")) == 1
    sources = [entry.name for entry in window.contents.sources]
    assert sorted(sources) == ["Clara Vogt", "Jonas Becker"]
    assert window.acts.undo.text() == "&Undo Import article"

    window.acts.undo.trigger()
    gui.settle()
    assert gui.search(f'article:"{HEADLINE}"') == []
    window.acts.show_all.trigger()
    gui.settle()
    assert gui.listed() == []
    assert gui.library.info().quotes == 0
    assert gui.library.list_sources() == [] and gui.library.list_articles() == []
    assert window.contents.sources == ()
    assert window.acts.redo.text() == "&Redo Import article"


def test_a_cancelled_article_import_changes_nothing(gui: Gui) -> None:
    dialog = _article_dialog(gui)
    dialog.set_text(ARTICLE)
    dialog.find_button.click()
    gui.settle()
    dialog.reject()
    gui.settle()
    assert gui.window.file_commands.article_dialog is None
    assert gui.library.info().quotes == 0
    assert not gui.window.acts.undo.isEnabled()


def test_back_up_now_makes_a_checked_backup_and_says_where(gui: Gui) -> None:
    window = gui.window
    source = gui.library.add_source("Sasha").created
    assert source is not None
    gui.library.add_quote("Backed up with the rest", source)
    with gui.qtbot.waitSignal(window.file_commands.backed_up) as made:
        window.acts.back_up_now.trigger()
        gui.settle()
    (backup,) = list_backups(gui.library.path)
    assert made.args is not None and made.args[0].path == backup.path
    assert backup.kind == MANUAL and backup.quotes == 1
    assert window.statusBar().currentMessage() == f"Backed up 1 quote(s) to {backup.path}"
    assert window.acts.back_up_now.isEnabled()


def test_a_backup_that_cannot_be_written_says_why(gui: Gui, answers: Answers) -> None:
    backup_folder(gui.library.path).write_text("a file where the backup folder goes")
    gui.window.acts.back_up_now.trigger()
    gui.settle()
    title, text = answers.informed[-1]
    assert title == "No backup made"
    assert text.startswith("The library could not be backed up: File exists: ")
    assert str(backup_folder(gui.library.path)) in text
    assert gui.window.acts.back_up_now.isEnabled()
    assert gui.window.statusBar().currentMessage() == ""


def test_restore_from_backup_asks_the_app_for_the_backups_dialog(gui: Gui) -> None:
    with gui.qtbot.waitSignal(gui.window.backups_requested):
        gui.window.acts.restore_backup.trigger()


def test_the_file_menu_offers_import_backup_and_restore(gui: Gui) -> None:
    (file_menu,) = [a.menu() for a in gui.window.menuBar().actions() if a.text() == "&File"]
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&New library…",
        "&Open library…",
        "Open &recent",
        "&Import CSV…",
        "Import &article…",
        "&Export CSV…",
        "&Back up now",
        "Res&tore from backup…",
        "&Quit",
    ]
    assert gui.window.acts.import_article.shortcut().toString() == "Ctrl+Shift+I"


def test_about_shows_version_library_qt_and_python(
    gui: Gui, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "inform", REAL_INFORM)
    gui.window.acts.about.trigger()
    boxes = [b for b in gui.window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.windowTitle() == "About Quotebook"
    assert box.isModal()  # opened with open(): window-modal, no nested event loop
    text = box.text()
    assert f"Quotebook {__version__}" in text
    assert str(gui.library.path) in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {pyside_version}" in text
    assert f"Python {platform.python_version()}" in text
    box.accept()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_about_escapes_a_library_path_with_markup(
    qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    from quotebook.core import Library
    from quotebook.gui.session import Session
    from quotebook.gui.settings import Settings

    path = tmp_path / "<b>odd & named</b>.sqlite3"
    session = Session(Library(path))
    window = MainWindow(session, Settings())
    qtbot.addWidget(window)
    try:
        window.acts.about.trigger()
        _title, text = answers.informed[-1]
        assert "&lt;b&gt;odd &amp; named&lt;/b&gt;.sqlite3" in text
    finally:
        session.worker.wait_idle()
        window.close()
        session.close()
    QApplication.processEvents()
