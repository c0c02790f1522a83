"""Sources → Merge sources… and a source dropped on another in the navigator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from window_helpers import Gui

from quotebook.core import GroundRule
from quotebook.gui.navigator.navigator_model import Kind
from quotebook.gui.records.source_merge_dialog import MergeSourcesDialog


def _pair(gui: Gui) -> tuple[int, int, int]:
    library = gui.library
    keep = library.add_source("Sasha", role="engineer").created or 0
    other = (
        library.add_source(
            "Sasha P.", organization="Vektor", default_ground_rule="background"
        ).created
        or 0
    )
    quote = library.add_quote("We left in March", other, ground_rule="on_record").created or 0
    gui.window.refresh_navigator()
    gui.settle()
    return keep, other, quote


def _dialog(gui: Gui) -> MergeSourcesDialog:
    found = gui.window.findChildren(MergeSourcesDialog)
    assert len(found) == 1
    return found[0]


def test_the_dialog_says_what_will_change_and_merges_in_one_undo_step(gui: Gui) -> None:
    keep, other, quote = _pair(gui)
    gui.window.merge_sources.trigger()
    dialog = _dialog(gui)
    dialog.set_pair(keep, other)
    summary = dialog.summary.text()
    assert "1 quote of “Sasha P.” will move to “Sasha”" in summary
    assert "Filled from “Sasha P.”: organization." in summary
    assert "1 quote will become" in summary
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    gui.settle()
    assert [s.name for s in gui.library.list_sources()] == ["Sasha"]
    assert gui.library.get_quote(quote).ground_rule is GroundRule.BACKGROUND
    assert gui.window.session.library.undo_label == "Merge sources"
    assert [e.name for e in gui.window.navigator_model.entries(Kind.SOURCES)] == ["Sasha"]
    gui.window.acts.undo.trigger()
    gui.settle()
    assert sorted(s.name for s in gui.library.list_sources()) == ["Sasha", "Sasha P."]


def test_the_same_source_twice_cannot_be_merged(gui: Gui) -> None:
    keep, _other, _quote = _pair(gui)
    gui.window.merge_sources.trigger()
    dialog = _dialog(gui)
    dialog.set_pair(keep, keep)
    assert not dialog.merge_button.isEnabled()
    assert dialog.summary.text() == "Pick two different sources."


def test_a_source_dropped_on_another_opens_the_dialog_on_that_pair(gui: Gui) -> None:
    keep, other, _quote = _pair(gui)
    model = gui.window.navigator_model
    dragged = model.entry_index(Kind.SOURCE, other)
    target = model.entry_index(Kind.SOURCE, keep)
    data = model.mimeData([dragged])
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    dialog = _dialog(gui)
    assert (dialog.keep.currentData(), dialog.other.currentData()) == (keep, other)
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, model.index(0, 0))
