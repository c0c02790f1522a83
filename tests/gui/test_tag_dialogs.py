"""Renaming (with the merge it offers), merging, recolouring and deleting tags."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from quotebook.core import Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import messages
from quotebook.gui.navigator.tag_dialogs import MergeTagsDialog, RenameTagDialog, TagActions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def tagged(library: Library) -> Library:
    sasha = library.add_source("Sasha").created
    assert sasha is not None
    library.add_quote("One.", sasha, tags=["draft", "visas"])
    library.add_quote("Two.", sasha, tags=["draft"])
    library.add_quote("Three.", sasha, tags=["Conscription"])
    return library


def tag_id(library: Library, name: str) -> int:
    found = library.find_tag(name)
    assert found is not None
    return found.id


def names_and_counts(library: Library) -> list[tuple[str, int]]:
    return [(tag.name, tag.quote_count) for tag in library.list_tags()]


def test_rename_writes_the_new_name(qtbot: QtBot, tagged: Library, worker: Worker) -> None:
    dialog = RenameTagDialog(tagged, worker, tag_id(tagged, "visas"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.name_edit.setText("Visas and permits")
    with qtbot.waitSignal(dialog.changed):
        dialog.rename_button.click()
    assert ("Visas and permits", 1) in names_and_counts(tagged)
    assert not dialog.isVisible()


def test_rename_to_an_existing_name_offers_a_merge(
    qtbot: QtBot, tagged: Library, worker: Worker
) -> None:
    dialog = RenameTagDialog(tagged, worker, tag_id(tagged, "draft"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.name_edit.setText("conscription")
    dialog.rename_button.click()
    worker.wait_idle()
    assert dialog.isVisible()
    assert "A tag named “Conscription” already exists" in dialog.error_label.text()
    assert dialog.merge_button.isVisibleTo(dialog)
    assert dialog.merge_button.text() == "Merge into “Conscription”"
    assert names_and_counts(tagged) == [("Conscription", 1), ("draft", 2), ("visas", 1)]
    with qtbot.waitSignal(dialog.changed):
        dialog.merge_button.click()
    assert names_and_counts(tagged) == [("Conscription", 3), ("visas", 1)]


def test_rename_to_a_blank_name_is_refused(qtbot: QtBot, tagged: Library, worker: Worker) -> None:
    dialog = RenameTagDialog(tagged, worker, tag_id(tagged, "draft"))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  ")
    dialog.rename_button.click()
    worker.wait_idle()
    assert dialog.error_label.text() == "Name: must not be empty."
    assert tagged.find_tag("draft") is not None


def test_merge_says_how_many_quotes_move(qtbot: QtBot, tagged: Library, worker: Worker) -> None:
    dialog = MergeTagsDialog(tagged, worker, [tag_id(tagged, "draft")])
    qtbot.addWidget(dialog)
    dialog.set_target(tag_id(tagged, "visas"))
    assert dialog.summary_label.text() == "2 quotes move to “visas”; “draft” will be deleted."
    assert dialog.target_combo.count() == 2
    dialog.merge_button.click()
    worker.wait_idle()
    assert names_and_counts(tagged) == [("Conscription", 1), ("visas", 2)]


def test_recolor_uses_the_chosen_colour(
    qtbot: QtBot, tagged: Library, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, initial: str, on_chosen: Callable[[str], None]) -> None:
        asked.append(initial)
        on_chosen("#AA3300")

    monkeypatch.setattr(messages, "choose_color", choose)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = TagActions(tagged, worker, parent)
    with qtbot.waitSignal(actions.changed) as changed:
        actions.recolor(tag_id(tagged, "draft"))
    assert asked == [""]
    assert changed.args[0].tags == {tag_id(tagged, "draft")}
    assert [t.color for t in tagged.list_tags() if t.name == "draft"] == ["#aa3300"]


def test_delete_confirms_with_the_number_of_quotes(
    qtbot: QtBot, tagged: Library, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def confirm(
        _parent: QWidget, _title: str, text: str, _action: str, on_yes: Callable[[], None]
    ) -> None:
        questions.append(text)
        on_yes()

    monkeypatch.setattr(messages, "confirm", confirm)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = TagActions(tagged, worker, parent)
    actions.delete(tag_id(tagged, "draft"))
    worker.wait_idle()
    assert questions[0].startswith("2 quotes will lose the tag “draft”.")
    assert names_and_counts(tagged) == [("Conscription", 1), ("visas", 1)]
    assert [row.tags for row in tagged.quote_rows([1, 2])] == [("visas",), ()]
