"""The article import marks the speakers the extractor is unsure of, says why, and can
list them first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs.article_import_dialog import ArticleImportDialog
from quotebook.gui.dialogs.article_review_model import UNSURE_ROLE, Column

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

ARTICLE = (
    "Olga Petrova, a nurse at Riverside Hospital, spoke outside the ward.\n\n"
    "“We turn people away every night,” she said.\n\n"
    "“It is not safe,” Petrova said.\n\n"
    "“Nobody saw it coming,” one worker said."
)


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, worker: Worker) -> ArticleImportDialog:
    dialog = ArticleImportDialog(library, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_text(ARTICLE)
    dialog.find_button.click()
    worker.wait_idle()
    return dialog


def column(dialog: ArticleImportDialog, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    model = dialog.model
    return [model.index(row, Column.SPEAKER).data(role) for row in range(model.rowCount())]


def test_unsure_speakers_are_marked_with_the_reason(dialog: ArticleImportDialog) -> None:
    assert column(dialog) == ["⚠ Olga Petrova", "Olga Petrova", "⚠ Worker"]
    assert column(dialog, UNSURE_ROLE) == [True, False, True]
    pronoun, named, unnamed = column(dialog, Qt.ItemDataRole.ToolTipRole)
    assert pronoun == (
        "Unsure speaker (confidence 0.75). "
        "Speaker guessed from “she”: check that it means Olga Petrova."
    )
    assert named == "Olga Petrova"
    assert unnamed == (
        "Unsure speaker (confidence 0.70). The speaker is not named, only described."
    )
    assert column(dialog, Qt.ItemDataRole.AccessibleDescriptionRole)[0] == pronoun
    assert dialog.status_label.text() == "3 quotes found. 2 with an unsure speaker, marked ⚠."


def test_the_selected_quote_says_why_its_speaker_is_unsure(
    dialog: ArticleImportDialog,
) -> None:
    label = dialog.detail_panel.doubt_label
    assert label.isVisible()
    assert label.text().startswith("⚠ Unsure speaker (confidence 0.75). Speaker guessed from")
    dialog.table.selectRow(1)
    assert not label.isVisible()


def test_a_speaker_the_reporter_changes_is_no_longer_marked(
    dialog: ArticleImportDialog,
) -> None:
    dialog.speaker_edit.setFocus()
    dialog.speaker_edit.selectAll()
    QTest.keyClicks(dialog.speaker_edit, "Olga Petrova-Lind")
    assert column(dialog)[0] == "Olga Petrova-Lind"
    assert not dialog.detail_panel.doubt_label.isVisible()
    assert dialog.status_label.text().startswith("3 quotes found.")


def test_unsure_speakers_first_and_back_in_the_article_order(
    qtbot: QtBot, dialog: ArticleImportDialog
) -> None:
    ModelTester(None).check(dialog.model)
    check = next(
        box
        for box in dialog.findChildren(QCheckBox)
        if box.text().replace("&", "") == "Unsure speakers first"
    )
    dialog.table.selectRow(2)  # the worker's quote stays selected as the rows move
    check.setFocus()
    QTest.keyClick(check, Qt.Key.Key_Space)
    assert column(dialog) == ["⚠ Olga Petrova", "⚠ Worker", "Olga Petrova"]
    assert dialog.current_row() == 1
    assert dialog.quote_edit.toPlainText() == "Nobody saw it coming,"
    QTest.keyClick(check, Qt.Key.Key_Space)
    assert column(dialog) == ["⚠ Olga Petrova", "Olga Petrova", "⚠ Worker"]
    assert dialog.current_row() == 2


def test_quotes_listed_unsure_first_are_filed_in_the_article_order(
    qtbot: QtBot, library: Library, dialog: ArticleImportDialog
) -> None:
    dialog.unsure_first_check.setChecked(True)
    dialog.headline_edit.setText("A ward at its limit")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_button.click()
    quotes = sorted(saved.args[0].quotes)
    assert [library.get_quote(q).text for q in quotes] == [
        "We turn people away every night,",
        "It is not safe,",
        "Nobody saw it coming,",
    ]


def test_a_lone_name_never_introduced_is_questioned(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    dialog = ArticleImportDialog(library, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_text("Prices rose again in March.\n\n“Bills will keep rising,” Ofcom said.")
    dialog.find_button.click()
    worker.wait_idle()
    assert column(dialog) == ["⚠ Ofcom"]
    assert column(dialog, Qt.ItemDataRole.ToolTipRole)[0].endswith(  # type: ignore[union-attr]
        "“Ofcom” is one word the article never introduced: check that it is a person, "
        "not a company or a body."
    )
