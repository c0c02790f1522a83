"""Quotebook in Russian: every string of the GUI translated, the app shown in Russian."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
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
TS = ROOT / "resources" / "translations" / "quotebook_ru.ts"
QM = ROOT / "quotebook" / "resources" / "translations" / "quotebook_ru.qm"


def _tools() -> object:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "resources/translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_of_the_gui_has_a_russian_translation(qtbot: QtBot, tmp_path: Path) -> None:
    tools = _tools()
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    tools.update(ts)  # type: ignore[attr-defined]
    untranslated = [
        message.findtext("source")
        for message in etree.parse(str(ts)).iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert untranslated == [], "run python resources/translations.py update, translate, release"
    # The shipped .qm says what the .ts says (compared by lookup, not by bytes,
    # which differ between versions of lrelease).
    compiled = QTranslator()
    assert compiled.load(str(QM))
    stale = []
    for context in etree.parse(str(TS)).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            forms = [f.text for f in message.iter("numerusform")]
            want = forms[2] if forms else message.findtext("translation")
            got = compiled.translate(name, source, comment, 5 if forms else -1)
            if got != want:
                stale.append(source)
    assert stale == [], "run python resources/translations.py release"


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
