"""The article import dialog: paste or open, review the quotes found, save in one step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quotebook.core import Changes, Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import article_import_dialog
from quotebook.gui.dialogs.article_import_dialog import ArticleImportDialog
from quotebook.gui.dialogs.article_review_model import Column

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ARTICLE = (
    "Northwind Logistics, a freight software company, will cut 400 jobs.\n\n"
    "“We grew too fast,” the company’s chief executive, Jonas Becker, 52, told Reuters.\n\n"
    "“The cost base was out of line,” said Clara Vogt, an analyst at Berenberg.\n\n"
    "“Nobody saw it coming,” one worker said."
)
PAGE = Path(__file__).parents[1] / "extract" / "articles" / "en09_school_start_times.html"


def open_dialog(qtbot: QtBot, library: Library, worker: Worker) -> ArticleImportDialog:
    dialog = ArticleImportDialog(library, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def find(dialog: ArticleImportDialog, worker: Worker, text: str = ARTICLE) -> None:
    dialog.set_text(text)
    dialog.find_button.click()
    worker.wait_idle()


def cells(dialog: ArticleImportDialog, column: Column) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def checks(dialog: ArticleImportDialog) -> list[bool]:
    model = dialog.model
    role = Qt.ItemDataRole.CheckStateRole
    return [model.index(r, 0).data(role) == Qt.CheckState.Checked for r in range(model.rowCount())]


def test_pasted_article_lists_quotes_with_speakers_and_sources(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    vogt = library.add_source("Clara Vogt", organization="Berenberg").created
    dialog = open_dialog(qtbot, library, worker)
    find(dialog, worker)
    assert cells(dialog, Column.QUOTE) == [
        "We grew too fast,",
        "The cost base was out of line,",
        "Nobody saw it coming,",
    ]
    assert cells(dialog, Column.SPEAKER) == ["Jonas Becker", "Clara Vogt", "⚠ Worker"]
    assert cells(dialog, Column.SOURCE) == [
        "New: Jonas Becker",
        f"#{vogt} Clara Vogt",
        "New: Worker",
    ]
    assert checks(dialog) == [True, True, True]
    assert dialog.status_label.text() == "3 quotes found. 1 with an unsure speaker, marked ⚠."
    assert dialog.role_edit.text() == "chief executive"  # the first row is selected
    assert dialog.organization_edit.text() == "Northwind Logistics"
    assert dialog.age_edit.text() == "52"


def test_opening_a_page_prefills_the_article_from_its_metadata(
    qtbot: QtBot, library: Library, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(_parent: QWidget, on_chosen: Callable[[Path], None]) -> None:
        on_chosen(PAGE)

    monkeypatch.setattr(article_import_dialog, "choose_article_to_open", choose)
    dialog = open_dialog(qtbot, library, worker)
    dialog.open_button.click()
    worker.wait_idle()
    worker.wait_idle()
    assert (
        dialog.headline_edit.text() == "School board delays start-time change after parents object"
    )
    assert dialog.outlet_edit.text() == "The Valley Courier"
    assert dialog.url_edit.text().endswith("/school-start-times")
    assert dialog.date_edit.text() == "2024-03-12"
    assert dialog.author_edit.text() == "Dana Whitaker"
    assert dialog.format_combo.currentData() == "html"
    assert dialog.model.rowCount() == 4


def test_edited_review_is_saved_as_one_undoable_step(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    becker = library.add_source("J. Becker", organization="Northwind").created
    dialog = open_dialog(qtbot, library, worker)
    find(dialog, worker)
    dialog.headline_edit.setText("Northwind cuts jobs")
    # the first quote: shortened, and filed under an existing source chosen by hand
    dialog.table.selectRow(0)
    dialog.quote_edit.setPlainText("We grew too fast.")
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData(becker))
    dialog.source_combo.activated.emit(dialog.source_combo.currentIndex())
    # the third, unnamed one: left out
    dialog.model.setData(
        dialog.model.index(2, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert cells(dialog, Column.SOURCE)[0] == f"#{becker} J. Becker"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    changes = saved.args[0]
    assert isinstance(changes, Changes) and changes.label == "Import article"
    article = library.get_article(changes.created or 0)
    assert (article.headline, article.quote_count) == ("Northwind cuts jobs", 2)
    texts = {library.get_quote(q).text: library.get_quote(q) for q in changes.quotes}
    assert texts["We grew too fast."].source_id == becker
    vogt = library.find_sources("Clara Vogt")[0]
    assert (vogt.role, vogt.organization) == ("analyst", "Berenberg")
    assert not dialog.isVisible()
    library.undo()
    assert library.list_articles() == [] and library.info().quotes == 0
    assert [s.name for s in library.list_sources()] == ["J. Becker"]


def test_a_russian_article_s_quotes_are_saved_in_russian(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    marina = library.add_source("Марина Ершова").created
    dialog = open_dialog(qtbot, library, worker)
    find(
        dialog,
        worker,
        "— Мы ждали автобус два часа, — рассказала пенсионерка Анна Белова.\n\n"
        "«Маршрут вернут весной», — сказала Марина Ершова.",
    )
    dialog.headline_edit.setText("Автобус не пришел")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    quotes = [library.get_quote(q) for q in saved.args[0].quotes]
    assert sorted(q.source_id == marina for q in quotes) == [False, True]
    assert [q.language for q in quotes] == ["ru", "ru"]


def test_save_needs_a_headline_and_a_source_for_every_checked_quote(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    dialog = open_dialog(qtbot, library, worker)
    find(dialog, worker, '"We are done here," she said.\n\n"So are we," said Ann Lee.')
    assert cells(dialog, Column.SOURCE) == ["(choose a source)", "New: Ann Lee"]
    assert checks(dialog) == [False, True]
    assert not dialog.save_button.isEnabled()  # no headline
    dialog.headline_edit.setText("Done")
    assert dialog.save_button.isEnabled()
    dialog.model.setData(
        dialog.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "Choose a source for every checked quote."
    dialog.table.selectRow(0)
    dialog.speaker_edit.setText("Mary Lo")
    dialog.speaker_edit.textEdited.emit("Mary Lo")
    assert cells(dialog, Column.SOURCE)[0] == "New: Mary Lo"
    assert dialog.save_button.isEnabled()


def test_a_bad_date_shows_the_reason_and_writes_nothing(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    dialog = open_dialog(qtbot, library, worker)
    find(dialog, worker)
    dialog.headline_edit.setText("Cuts")
    dialog.date_edit.setText("2024-13-01")
    dialog.save_button.click()
    worker.wait_idle()
    assert "published_on" in dialog.error_label.text()
    assert dialog.error_label.isVisibleTo(dialog)
    assert library.list_articles() == [] and library.info().quotes == 0
    assert dialog.save_button.isEnabled()


def test_an_unreadable_file_shows_the_reason(
    qtbot: QtBot, library: Library, worker: Worker, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, library, worker)
    dialog.load_file(tmp_path / "missing.txt")
    worker.wait_idle()
    assert dialog.error_label.text().endswith("missing.txt: no such file")
    assert dialog.model.rowCount() == 0


def test_the_review_model_passes_qts_checks(
    qtmodeltester: ModelTester, qtbot: QtBot, library: Library, worker: Worker
) -> None:
    dialog = open_dialog(qtbot, library, worker)
    find(dialog, worker)
    qtmodeltester.check(dialog.model)
