"""Import article into a library that has the article: the quotes go under it, the ones
already there are shown so and not filed twice; a plain text's first lines are read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs.article_import_dialog import ArticleImportDialog
from quotebook.gui.dialogs.article_review_model import Column

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TEXT = (
    "date 2022-04-01 YEREVAN\n\n"
    "Northwind cuts 400 jobs\n\n"
    "“The cost base was out of line,” said Clara Vogt, an analyst at Berenberg.\n\n"
    "“Nobody saw it coming,” said Clara Vogt."
)
URL = "https://x.example/cuts"


def test_quotes_go_under_the_known_article_and_none_twice(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    vogt = library.add_source("Clara Vogt", organization="Berenberg").created or 0
    article = library.add_article("Northwind to cut jobs", url=URL).created or 0
    library.add_quote("The cost base was out of line,", vogt, article_id=article)
    dialog = ArticleImportDialog(library, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_text(TEXT)
    qtbot.keyClick(dialog.find_button, Qt.Key.Key_Space)
    worker.wait_idle()
    assert dialog.headline_edit.text() == "Northwind cuts 400 jobs"
    assert dialog.date_edit.text() == "2022-04-01"
    assert dialog.dateline_edit.text() == "YEREVAN"
    model = dialog.model
    under = [model.index(r, Column.SOURCE).data() for r in range(model.rowCount())]
    assert under[0].startswith("Already in the library (#")
    qtbot.keyClicks(dialog.url_edit, URL)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    worker.wait_idle()
    assert library.info().articles == 1  # no second article
    assert library.get_article(article).quote_count == 2  # one new, none twice
    assert library.info().quotes == 2
