"""The File and Help menus through the real window: article import, backups, About."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Gui

from quotebook import __version__
from quotebook.core.storage.backup import MANUAL, backup_folder, list_backups
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.article_import_dialog import ArticleImportDialog
from quotebook.gui.dialogs.backup_dialog import BackupDialog
from quotebook.gui.records.record_view import fit_widths
from quotebook.gui.window.main_window import MainWindow

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
    assert window.statusBar().currentMessage() == "Imported 2 quotes from the article."

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
    assert window.statusBar().currentMessage() == f"Backed up 1 quote to {backup.path}"
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


def test_the_file_menu_offers_import_backup_restore_and_encryption(gui: Gui) -> None:
    (file_menu,) = [a.menu() for a in gui.window.menuBar().actions() if a.text() == "&File"]
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&New library…",
        "&Open library…",
        "Open &recent",
        "&Import CSV…",
        "Import &article…",
        "&Export…",
        "&Back up now",
        "Res&tore from backup…",
        "En&crypt library…",
        "C&hange passphrase…",
        "Remove encr&yption…",
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
    from quotebook.gui.app.session import Session
    from quotebook.gui.app.settings import Settings

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


# -- keyboard and accessibility ---------------------------------------------------------

INTERACTIVE = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QSlider,
)


def _inside_another_control(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` is a part of a control (a combo box's line, a table's header)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def _controls(root: QWidget) -> list[QWidget]:
    """Every interactive control of ``root``'s window, shown or on a page not shown yet."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, INTERACTIVE)
        and widget.window() is root  # not a combo box's popup or a completer's list
        and not widget.objectName().startswith("qt_")  # Qt's own toolbar extension button
        and not _inside_another_control(widget, root)
    ]


def _labelled(root: QWidget) -> set[QWidget]:
    """The widgets a shown label names (its buddy, or the control its buddy hands focus to)."""
    named: set[QWidget] = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or label.isHidden() or not label.text().strip():
            continue
        while buddy is not None and buddy not in named:
            named.add(buddy)
            buddy = buddy.focusProxy()
    return named


def _unnamed(root: QWidget) -> list[str]:
    labelled = _labelled(root)
    missing = []
    for widget in _controls(root):
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip() or widget in labelled):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def _tagged_quote(gui: Gui) -> int:
    source = gui.library.add_source("Sasha").created
    assert source is not None
    quote = gui.library.add_quote("Named for every reader", source, tags=["access"]).created
    assert quote is not None
    gui.window.reload_all()  # written behind the window's back, as an import does
    gui.settle()
    gui.select(quote)
    return quote


def test_every_control_of_the_window_has_a_name(gui: Gui) -> None:
    _tagged_quote(gui)
    window = gui.window
    controls = _controls(window)
    kinds = {type(widget).__name__ for widget in controls}
    assert {"QLineEdit", "QPlainTextEdit", "QComboBox", "QCheckBox", "QTableView"} <= kinds
    assert window.editor.tags.chip("access") in controls
    assert _unnamed(window) == []


def test_every_control_of_the_article_import_dialog_has_a_name(gui: Gui) -> None:
    dialog = _article_dialog(gui)
    dialog.set_text(ARTICLE)
    dialog.find_button.click()
    gui.settle()
    assert len(_controls(dialog)) > 15
    assert _unnamed(dialog) == []
    dialog.reject()


def test_every_control_of_the_backups_dialog_has_a_name(gui: Gui) -> None:
    dialog = BackupDialog(gui.library.path, gui.window.session.worker, lambda: None, lambda: None)
    gui.qtbot.addWidget(dialog)
    dialog.open()
    gui.settle()
    assert {type(widget).__name__ for widget in _controls(dialog)} >= {"QTableView", "QPushButton"}
    assert _unnamed(dialog) == []
    dialog.reject()


def _mnemonic(text: str) -> str:
    """The letter after a single ``&`` ("" when there is none)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_menus_have_a_distinct_mnemonic_on_every_entry(gui: Gui) -> None:
    bar = gui.window.menuBar()
    titles = [_mnemonic(action.text()) for action in bar.actions()]
    assert "" not in titles and len(titles) == len(set(titles))
    for title in bar.actions():
        menu = title.menu()
        assert menu is not None
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [_mnemonic(text) for text in entries]
        assert "" not in letters, f"{title.text()}: {entries}"
        assert len(letters) == len(set(letters)), f"{title.text()}: {entries}"


def test_the_editors_labels_do_not_take_the_menus_keys(gui: Gui) -> None:
    bar = {_mnemonic(action.text()) for action in gui.window.menuBar().actions()}
    labels = [label.text() for label in gui.window.editor.findChildren(QLabel) if label.buddy()]
    letters = [_mnemonic(text) for text in labels]
    assert "" not in letters, labels
    assert len(letters) == len(set(letters)), labels
    assert not bar & set(letters), labels


def test_the_main_shortcuts_are_the_usual_ones_and_unique(gui: Gui) -> None:
    a = gui.window.acts
    expected = {
        a.new_quote: "Ctrl+N",
        a.delete: "Del",
        a.undo: "Ctrl+Z",
        a.redo: "Ctrl+Shift+Z",
        a.copy_attributed: "Ctrl+Shift+C",
        a.export_csv: "Ctrl+E",
        a.import_csv: "Ctrl+I",
        a.import_article: "Ctrl+Shift+I",
        a.find: "Ctrl+F",
    }
    assert {action.shortcut().toString() for action in expected} == set(expected.values())
    for action, keys in expected.items():
        assert action.shortcut().toString() == keys, action.text()
    window_wide: dict[str, QAction] = {}
    local: dict[str, set[QWidget]] = {}
    for action in gui.window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString()
            if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
                owners = {w for w in action.associatedObjects() if not isinstance(w, QMenu)}
                assert isinstance(owners, set)
                taken = local.setdefault(keys, set())
                assert not taken & owners, f"{keys} twice on one widget"
                taken |= owners
            else:
                assert keys not in window_wide, (keys, action.text(), window_wide[keys].text())
                window_wide[keys] = action
    assert not set(window_wide) & set(local)


def _tab_walk(gui: Gui) -> list[QWidget]:
    """Press Tab from the search box until the focus comes round; the widgets it visited."""
    window = gui.window
    window.activateWindow()
    gui.qtbot.waitUntil(window.isActiveWindow)
    window.search_bar.line.setFocus()
    visited: list[QWidget] = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused in visited:
            break
        visited.append(focused)
        gui.qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


def test_tab_goes_search_navigator_list_then_down_the_editor(gui: Gui) -> None:
    _tagged_quote(gui)
    window, editor = gui.window, gui.window.editor
    expected = [
        window.search_bar.line,
        window.navigator,
        window.quote_list.table,
        editor.text,
        editor.source.combo,
        editor.article.combo,
        editor.tags.chip("access"),
        editor.tags.line,
        editor.rule,
        editor.said_on,
        editor.status,
        editor.language,
        editor.context,
        editor.translation,
        editor.original_text,
        editor.notes,
    ]
    visited = _tab_walk(gui)
    assert [w for w in visited if w in expected] == expected
    assert visited[-1] is editor.notes  # then round to the search box


def test_tab_reaches_the_source_form_after_the_sources_table(gui: Gui) -> None:
    _tagged_quote(gui)
    window, view = gui.window, gui.window.sources_view
    window.acts.show_sources.trigger()
    gui.settle()
    view.table.selectRow(0)
    gui.settle()
    form = view.editor
    fields = ["name", "is_pseudonym", "age", "role", "organization", "location"]
    fields += ["described_as", "default_ground_rule", "real_name", "contact", "notes"]
    expected = [window.search_bar.line, window.navigator, view.filter_box, view.table]
    expected += [form.field(name) for name in fields]
    visited = _tab_walk(gui)
    assert [w for w in visited if w in expected] == expected
    assert visited[-1] is form.field("notes")


# -- layout -----------------------------------------------------------------------------


def test_all_quotes_after_the_sources_marks_all_quotes_in_the_navigator(gui: Gui) -> None:
    window = gui.window
    window.acts.show_sources.trigger()
    gui.settle()
    assert window.navigator.currentIndex().data() == "Sources"
    window.acts.show_all.trigger()
    gui.settle()
    assert window.centre.currentWidget() is window.empty_state  # nothing in this library
    assert window.navigator.currentIndex().data() == "All quotes"


def test_fit_widths_gives_spare_room_to_the_first_column_and_trims_the_widest() -> None:
    assert fit_widths([100, 50, 70], 300) == [180, 50, 70]
    assert fit_widths([120, 200, 150, 40], 400) == [120, 120, 120, 40]
    assert fit_widths([120, 200, 150, 40], 401) == [121, 120, 120, 40]
    assert fit_widths([120, 200, 150], 200) == [120, 60, 60]  # never below the floor
    assert fit_widths([], 500) == []


def test_the_sources_table_fits_its_width_and_shows_whole_names(gui: Gui) -> None:
    for name in ("Dragana Petrović", "Zoë Hartmann"):
        gui.library.add_source(
            name,
            role="a role long enough to need eliding in a narrow table",
            organization="An organisation with a long name as well",
            location="A city with a long name",
        )
    window, view = gui.window, gui.window.sources_view
    window.reload_all()
    view.reload(view.resize_columns)
    gui.settle()
    window.acts.show_sources.trigger()
    gui.qtbot.waitUntil(lambda: not view._fit_pending)
    header = view.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(view.model.columnCount())]
    assert sum(widths) == view.table.viewport().width()  # no sideways scrolling
    metrics = view.table.fontMetrics()
    assert widths[0] >= metrics.horizontalAdvance("Dragana Petrović")
