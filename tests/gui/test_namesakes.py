"""The new-source form offers the sources already in the library that may be the same person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.records.source_editor import NewSourceDialog


def _dialog(qtbot: QtBot, library: Library, worker: Worker) -> NewSourceDialog:
    dialog = NewSourceDialog(library)
    dialog.form.worker = worker  # forms write on the worker the window gives them
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_namesake_is_offered_and_using_it_adds_nothing(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    sasha = library.add_source("Sasha Petrov", role="engineer").created
    library.add_source("Olga")
    dialog = _dialog(qtbot, library, worker)
    QTest.keyClicks(dialog.editor.field("name"), "petrov sasha")
    qtbot.waitUntil(lambda: dialog.namesakes.isVisible())
    (button,) = dialog.namesakes.buttons
    assert button.text() == "Use “Sasha Petrov” (engineer, 0 quotes)"
    with qtbot.waitSignal(dialog.created) as created:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert created.args == [sasha]
    assert [s.name for s in library.list_sources()] == ["Olga", "Sasha Petrov"]


def test_a_new_name_offers_nothing_and_is_created(
    qtbot: QtBot, library: Library, worker: Worker
) -> None:
    library.add_source("Sasha Petrov")
    dialog = _dialog(qtbot, library, worker)
    QTest.keyClicks(dialog.editor.field("name"), "Marina")
    dialog.namesakes.refresh()
    assert not dialog.namesakes.isVisible() and dialog.namesakes.buttons == []
    with qtbot.waitSignal(dialog.created):
        QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in library.list_sources()] == ["Marina", "Sasha Petrov"]
