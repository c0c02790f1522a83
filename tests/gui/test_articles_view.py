"""The articles view: its model, the rows and counts it shows, edits that reach the library."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.records.article_editor import NewArticleDialog
from quotebook.gui.records.articles_view import ArticleColumn, ArticlesView, ArticleTableModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def filled(library: Library) -> Library:
    sasha = library.add_source("Sasha").created
    assert sasha is not None
    old = library.add_article(
        "The coders who left",
        outlet="Meridian",
        url="https://m.example/1",
        published_on="2024-03-18",
    ).created
    library.add_article("Night shift", outlet="Harbor", published_on="2024-08-12")
    library.add_quote("We left.", sasha, article_id=old)
    return library


@pytest.fixture
def view(qtbot: QtBot, filled: Library, worker: Worker) -> ArticlesView:
    widget = ArticlesView(filled, worker)
    qtbot.addWidget(widget)
    widget.reload()
    worker.wait_idle()
    return widget


def cells(view: ArticlesView, column: ArticleColumn) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, filled: Library) -> None:
    model = ArticleTableModel()
    model.sync(filled.list_articles())
    qtmodeltester.check(model)


def test_view_shows_articles_newest_first_with_counts(view: ArticlesView) -> None:
    assert cells(view, ArticleColumn.HEADLINE) == ["Night shift", "The coders who left"]
    assert cells(view, ArticleColumn.PUBLISHED_ON) == ["2024-08-12", "2024-03-18"]
    assert cells(view, ArticleColumn.QUOTES) == ["0", "1"]
    assert cells(view, ArticleColumn.URL) == ["", "https://m.example/1"]
    assert view.count_label.text() == "2 articles"


def test_editing_the_date_saves_it(view: ArticlesView, filled: Library) -> None:
    night = filled.find_article(headline="Night shift")
    assert night is not None
    view.select(night.id)
    view.editor.field("published_on").setText("2023-01-02")
    view.editor.commit()
    view.worker.wait_idle()
    assert filled.get_article(night.id).published_on == date(2023, 1, 2)
    assert cells(view, ArticleColumn.HEADLINE) == ["The coders who left", "Night shift"]


def test_a_taken_url_is_refused_under_the_url_field(view: ArticlesView, filled: Library) -> None:
    night = filled.find_article(headline="Night shift")
    assert night is not None
    view.select(night.id)
    view.editor.field("url").setText("https://m.example/1")
    view.editor.commit()
    view.worker.wait_idle()
    assert view.editor.error_text("url").startswith("URL: another article")
    assert filled.get_article(night.id).url is None
    view.editor.field("published_on").setText("2024-02-30")
    view.editor.commit()
    view.worker.wait_idle()
    assert view.editor.error_text("published_on") == (
        "Published on: '2024-02-30' is not a real calendar date."
    )


def test_show_quotes_asks_for_the_article_search(
    qtbot: QtBot, view: ArticlesView, filled: Library
) -> None:
    coders = filled.find_article(url="https://m.example/1")
    assert coders is not None
    view.select(coders.id)
    with qtbot.waitSignal(view.quotes_requested) as asked:
        view.request_quotes()
    assert asked.args == ['article:"The coders who left"']


def test_deleting_an_article_elsewhere_removes_its_row(view: ArticlesView, filled: Library) -> None:
    coders = filled.find_article(url="https://m.example/1")
    assert coders is not None
    view.select(coders.id)
    view.apply_changes(filled.delete_article(coders.id))
    assert cells(view, ArticleColumn.HEADLINE) == ["Night shift"]
    assert view.editor.record_id != coders.id


def test_new_article_dialog_creates_and_reports_the_id(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    dialog = NewArticleDialog(library)
    dialog.form.worker = worker
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.editor.field("headline").setText("A new story")
    dialog.editor.field("published_on").setText("June")
    dialog.create_button.click()
    worker.wait_idle()
    assert "is not a date in the form YYYY-MM-DD" in dialog.editor.error_text("published_on")
    assert library.list_articles() == []
    dialog.editor.field("published_on").setText("2024-06-01")
    with qtbot.waitSignal(dialog.created) as created:
        dialog.create_button.click()
    assert library.get_article(created.args[0]).published_on == date(2024, 6, 1)
