"""Fail-safe attribution in the window: the rule follows the source, the editor says
what the quote prints with, the table marks and the export lists a more open quote."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import Answers, Gui

from quotebook.core import GroundRule, Library
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.export_dialog import ExportDialog
from quotebook.gui.quotes.quote_model import Column

LEPRA = "a senior developer at one of Russia's largest IT companies"
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def people(library: Library) -> tuple[int, int]:
    sasha = library.add_source(
        "Sasha", age=23, role="machine learning engineer", organization="Yandex"
    ).created
    lepra = library.add_source(
        "Lepra",
        is_pseudonym=True,
        real_name="Dmitri Koval",
        contact="Signal: @lepra_backend",
        described_as=LEPRA,
        default_ground_rule="background",
    ).created
    assert sasha and lepra
    return sasha, lepra


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    gui: Gui, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    gui.qtbot.keyClick(focused(), key, modifiers)


def labelled(widget: QWidget, name: str) -> QLabel:
    """The label found by its accessible name."""
    found = [w for w in widget.findChildren(QLabel) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0]


def start(gui: Gui) -> None:
    gui.window.refresh_navigator()
    gui.settle()
    gui.window.activateWindow()
    gui.qtbot.waitUntil(gui.window.isActiveWindow)
    gui.window.quote_list.table.setFocus()


def new_quote(gui: Gui, words: str, source: str) -> int:
    """Ctrl+N, the words, Alt+S, the source's name, Enter: the reporter's loop."""
    editor = gui.window.editor
    press(gui, Qt.Key.Key_N, CTRL)
    assert focused() is editor.text
    gui.qtbot.keyClicks(editor.text, words)
    press(gui, Qt.Key.Key_S, ALT)
    assert focused() is editor.source.combo
    gui.qtbot.keyClicks(focused(), source)
    press(gui, Qt.Key.Key_Return)
    gui.settle()
    assert editor.quote_id is not None
    return editor.quote_id


def export_all(gui: Gui, path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Ctrl+E, Enter (the dialog's default is Export): the whole sheet, read back."""

    def choose(_parent: QWidget, _suggested: Path | None, chosen: Callable[[Path], None]) -> None:
        chosen(path)

    monkeypatch.setattr(messages, "choose_export_to_save", choose)
    gui.window.quote_list.table.clearSelection()
    gui.window.quote_list.table.setFocus()
    press(gui, Qt.Key.Key_E, CTRL)
    dialog = gui.window.findChild(ExportDialog)
    assert dialog is not None
    gui.settle()
    dialog.all_radio.setChecked(True)
    gui.qtbot.waitUntil(dialog.isActiveWindow)
    press(gui, Qt.Key.Key_Return)
    gui.qtbot.waitUntil(path.exists)
    gui.settle()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_reporters_loop_never_prints_a_background_sources_name(
    gui: Gui, people: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start(gui)
    first = new_quote(gui, "We left in March.", "Sasha")
    assert gui.library.get_quote(first).ground_rule is GroundRule.ON_RECORD
    second = new_quote(gui, "Nobody at the office knows I applied.", "Lepra")
    quote = gui.library.get_quote(second)
    assert (quote.source_name, quote.ground_rule) == ("Lepra", GroundRule.BACKGROUND)
    editor = gui.window.editor
    assert editor.rule.currentData() == "background"  # the stored rule, shown
    assert labelled(editor, "Prints as").text() == f"Prints as: {LEPRA}"
    rows = {row["quote"]: row for row in export_all(gui, tmp_path / "out.csv", monkeypatch)}
    lepra_row = rows["Nobody at the office knows I applied."]
    assert lepra_row["attribution"] == LEPRA
    assert lepra_row["source"] == "" and lepra_row["pseudonym"] == ""
    for name in ("Lepra", "Dmitri", "Sasha", "lepra_backend"):
        assert name not in ",".join(lepra_row.values())
    assert rows["We left in March."]["attribution"].startswith("Sasha, a 23-year-old")


def test_a_new_quote_shows_its_sources_rule_before_the_first_keystroke(
    gui: Gui, people: tuple[int, int]
) -> None:
    _, lepra = people
    gui.window.settings.set_last_used(gui.library.path, lepra, None)
    start(gui)
    editor = gui.window.editor
    press(gui, Qt.Key.Key_N, CTRL)
    assert editor.is_draft and editor.rule.currentData() == "background"
    assert labelled(editor, "Prints as").text() == f"Prints as: {LEPRA}"
    gui.qtbot.keyClicks(editor.text, "Words")
    editor.flush()
    gui.settle()
    assert editor.quote_id is not None
    stored = gui.library.get_quote(editor.quote_id)
    assert (stored.ground_rule, stored.ground_rule_set) == (GroundRule.BACKGROUND, False)
    assert editor.rule.currentData() == "background"


def test_a_rule_set_by_hand_is_raised_by_a_stricter_source_and_the_editor_says_so(
    gui: Gui, people: tuple[int, int]
) -> None:
    start(gui)
    quote = new_quote(gui, "We left in March.", "Sasha")
    editor = gui.window.editor
    editor.rule.setFocus()
    press(gui, Qt.Key.Key_Down)  # on the record -> background: set by the reporter
    press(gui, Qt.Key.Key_Up)  # and back to on the record, still set
    gui.settle()
    assert gui.library.get_quote(quote).ground_rule_set
    assert labelled(editor, "Ground rule note").isHidden()
    press(gui, Qt.Key.Key_S, ALT)
    gui.qtbot.keyClicks(focused(), "Lepra")
    press(gui, Qt.Key.Key_Return)
    gui.settle()
    assert gui.library.get_quote(quote).ground_rule is GroundRule.BACKGROUND
    assert editor.rule.currentData() == "background"
    note = labelled(editor, "Ground rule note")
    assert note.isVisibleTo(editor)
    assert note.text() == (
        "Raised from on the record to background: Lepra's ground rule is background."
    )


def test_the_printed_line_follows_the_rule_as_it_is_changed(
    gui: Gui, people: tuple[int, int]
) -> None:
    start(gui)
    new_quote(gui, "Words.", "Lepra")
    editor = gui.window.editor
    prints, note = labelled(editor, "Prints as"), labelled(editor, "Ground rule note")
    editor.rule.setFocus()
    seen = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up):
        press(gui, key)
        seen.append((editor.rule.currentData(), prints.text(), note.isVisibleTo(editor)))
    assert seen == [
        ("deep_background", "Prints without attribution", False),
        ("off_record", "Never exported: off the record", False),
        ("deep_background", "Prints without attribution", False),
        ("background", f"Prints as: {LEPRA}", False),
        ("on_record", "Prints as: Lepra", True),
    ]
    assert note.text() == "More open than Lepra's ground rule (background)."


def test_the_table_marks_a_quote_more_open_than_its_source(
    gui: Gui, people: tuple[int, int]
) -> None:
    _, lepra = people
    opened = gui.library.add_quote("Open.", lepra, ground_rule="on_record").created or 0
    following = gui.library.add_quote("Following.", lepra).created or 0
    start(gui)
    gui.window.browser.refresh()
    gui.settle()
    model = gui.window.quote_model
    cell = model.index(model.row_of(opened) or 0, Column.GROUND_RULE)
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
        "On the record: more open than the source's ground rule (background). "
        "Check it before exporting."
    )
    calm = model.index(model.row_of(following) or 0, Column.GROUND_RULE)
    assert calm.data(Qt.ItemDataRole.DecorationRole) is None
    assert calm.data(Qt.ItemDataRole.ToolTipRole) == "Background"


def _dialog(qtbot: QtBot, library: Library, worker: Worker) -> ExportDialog:
    dialog = ExportDialog(library, worker)
    qtbot.addWidget(dialog)
    dialog.open()
    worker.wait_idle()
    return dialog


def test_the_export_lists_quotes_more_open_than_their_sources_before_writing(
    qtbot: QtBot,
    library: Library,
    people: tuple[int, int],
    worker: Worker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    _, lepra = people
    for n in range(2):
        library.add_quote(f"Open {n}.", lepra, ground_rule="on_record")
    library.add_quote("Following.", lepra)
    monkeypatch.setattr(
        messages, "choose_export_to_save", lambda _p, _s, chosen: chosen(tmp_path / "out.csv")
    )
    dialog = _dialog(qtbot, library, worker)
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Return)
    worker.wait_idle()
    warning = dialog.more_open
    assert warning.isVisibleTo(dialog)
    assert warning.label.text() == "2 quotes are more open than their sources' ground rule."
    assert not (tmp_path / "out.csv").exists()
    qtbot.keyClick(warning.anyway_button, Qt.Key.Key_Space)
    worker.wait_idle()
    qtbot.waitUntil(lambda: (tmp_path / "out.csv").exists())
    # Lepra's open quotes print her name beside her background one: that was said too.
    assert [c.split(":")[0] for c in answers.confirmations] == ["A reader could link these quotes"]


def test_review_closes_the_export_and_hands_over_the_quotes(
    qtbot: QtBot, library: Library, people: tuple[int, int], worker: Worker, tmp_path: Path
) -> None:
    _, lepra = people
    opened = library.add_quote("Open.", lepra, ground_rule="on_record").created
    dialog = _dialog(qtbot, library, worker)
    dialog.export_button.click()
    worker.wait_idle()
    with qtbot.waitSignal(dialog.review_requested) as reviewed:
        qtbot.keyClick(dialog.more_open.review_button, Qt.Key.Key_Space)
    assert reviewed.args == [[opened]]
    assert not dialog.isVisible()
    assert not (tmp_path / "out.csv").exists()
