"""Quotebook in Russian: every string of the GUI translated, the app shown in Russian."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot
from window_helpers import Gui, shown_window

from quotebook.core import DamagedLibraryError, Library
from quotebook.gui.app import translation
from quotebook.gui.app.problems import problem_text
from quotebook.gui.app.settings import Settings
from quotebook.gui.dialogs.export_dialog import ExportDialog
from quotebook.gui.dialogs.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def russian(qtbot: QtBot) -> Iterator[None]:
    installed = translation.install("ru")
    assert len(installed) == 2  # Quotebook's own and Qt's
    yield
    translation.uninstall(installed)


@pytest.fixture
def russian_gui(russian: None, qtbot: QtBot, library: Library) -> Iterator[Gui]:
    source = library.add_source("Саша").created
    assert source is not None
    library.add_quote("Мы уехали в марте.", source, said_on="2022-03-14")
    yield from shown_window(qtbot, library)


def test_the_main_window_and_the_editor_are_russian(russian_gui: Gui) -> None:
    window = russian_gui.window
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Файл", "&Правка", "&Теги"]
    assert window.acts.export_csv.text() == "&Экспорт…"
    model = window.navigator_model
    titles = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"Все цитаты", "Корзина", "Теги", "Источники", "Статьи"} <= titles
    labels = {label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)}
    assert {"&Источник:", "Стать&я:", "&Условие:"} <= labels
    russian_gui.select(1)
    rules = [c for c in window.findChildren(QComboBox) if c.findText("Под запись") >= 0]
    assert rules, "the ground rule picker shows the rules in Russian"


def test_the_export_dialog_is_russian(russian: None, qtbot: QtBot, library: Library) -> None:
    from quotebook.gui.app.worker import Worker

    worker = Worker()
    try:
        dialog = ExportDialog(library, worker)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Экспорт цитат"
        assert dialog.export_button.text() == "Экспорт…"
        assert dialog.format_combo.itemText(1) == "Книга Excel (.xlsx)"
        assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Отмена"
        worker.wait_idle()
    finally:
        worker.stop()


def test_an_error_message_and_plurals_are_russian(russian: None) -> None:
    title, text = problem_text(DamagedLibraryError("lib.sqlite3", "the header is gone"))
    assert title == "Библиотека повреждена"
    assert text.startswith("Библиотека повреждена, поэтому она не открыта")
    found = [
        QCoreApplication.translate("ArticleImportDialog", "%n quote(s) found.", None, n)
        for n in (1, 3, 5, 21)
    ]
    assert found == [
        "Найдена 1 цитата.",
        "Найдены 3 цитаты.",
        "Найдено 5 цитат.",
        "Найдена 21 цитата.",
    ]


def test_preferences_choose_the_language(qtbot: QtBot) -> None:
    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.currentText() == "As the system"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentText() == "Русский"
    dialog.accept()
    assert Settings().language() == "ru"
    assert translation.language_for(Settings().language()) == "ru"
    assert translation.language_for("") in ("en", "ru")


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_the_russian_menus_have_a_distinct_mnemonic_on_every_entry(russian_gui: Gui) -> None:
    bar = russian_gui.window.menuBar()
    titles = [_mnemonic(action.text()) for action in bar.actions()]
    assert "" not in titles and len(titles) == len(set(titles)), titles
    for title in bar.actions():
        menu = title.menu()
        assert menu is not None
        entries = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [_mnemonic(text) for text in entries]
        assert "" not in letters, f"{title.text()}: {entries}"
        assert len(letters) == len(set(letters)), f"{title.text()}: {entries}"


def test_the_russian_editor_labels_do_not_take_the_menus_keys(russian_gui: Gui) -> None:
    window = russian_gui.window
    bar = {_mnemonic(action.text()) for action in window.menuBar().actions()}
    labels = [label.text() for label in window.editor.findChildren(QLabel) if label.buddy()]
    letters = [_mnemonic(text) for text in labels]
    assert "" not in letters, labels
    assert len(letters) == len(set(letters)), labels
    assert not bar & set(letters), labels
