"""The questions behind replaceable functions open their dialogs and call back with the answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quotebook.gui.dialogs import messages

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_save_chooser_suggests_a_name_and_calls_back(parent: QWidget, tmp_path: Path) -> None:
    chosen: list[Path] = []
    messages.choose_export_to_save(parent, tmp_path / "quotes.csv", chosen.append)
    dialog = parent.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.fileSelected.emit(str(tmp_path / "story.csv"))
    assert chosen == [tmp_path / "story.csv"]


def test_confirm_calls_back_only_on_the_action_button(parent: QWidget) -> None:
    answers: list[str] = []
    messages.confirm(
        parent, "Delete tag", "2 quotes lose it.", "Delete tag", lambda: answers.append("yes")
    )
    box = parent.findChild(QMessageBox)
    assert box is not None and box.text() == "2 quotes lose it."
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert answers == []
    messages.confirm(parent, "Delete tag", "Again.", "Delete tag", lambda: answers.append("yes"))
    box = next(b for b in parent.findChildren(QMessageBox) if b.text() == "Again.")
    next(b for b in box.buttons() if b.text() == "Delete tag").click()
    assert answers == ["yes"]


def test_color_chooser_gives_a_hex_colour(parent: QWidget) -> None:
    chosen: list[str] = []
    messages.choose_color(parent, "#1f77b4", chosen.append)
    dialog = parent.findChild(QColorDialog)
    assert dialog is not None
    assert dialog.currentColor().name() == "#1f77b4"
    dialog.colorSelected.emit(QColor("#AA3300"))
    assert chosen == ["#aa3300"]
