"""The quote editor: every field saved as it is edited, each an undo step, nothing lost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import Gui

from quotebook.core import GroundRule, QuoteStatus
from quotebook.gui.quotes.pickers import RecordPicker
from quotebook.gui.quotes.quote_editor import editor_text
from quotebook.gui.quotes.quote_model import Column


def _open(gui: Gui, text: str = "First words", **fields: object) -> int:
    source = gui.library.add_source("Sasha").created
    assert source is not None
    quote = gui.library.add_quote(text, source, **fields).created  # type: ignore[arg-type]
    assert quote is not None
    gui.window.refresh_navigator()
    gui.window.browser.refresh()
    gui.settle()
    gui.select(quote)
    assert gui.window.editor.quote_id == quote
    return quote


def test_a_hundred_thousand_character_quote_is_saved_whole(gui: Gui) -> None:
    quote = _open(gui)
    long_text = "".join(f"Слово {n}\u00a0word — " for n in range(10_000))[:100_000]
    assert len(long_text) == 100_000
    editor = gui.window.editor
    editor.text.setPlainText(long_text)
    editor.flush()
    gui.settle()
    assert gui.library.get_quote(quote).text == long_text
    gui.select(quote)  # showing it again loads every character back
    assert editor_text(editor.text) == long_text
    assert gui.cell(quote, Column.QUOTE).endswith("…")


def test_the_text_is_saved_on_focus_out_without_a_save_button(gui: Gui, qtbot: QtBot) -> None:
    quote = _open(gui)
    editor = gui.window.editor
    editor.text.setFocus()
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "New words")
    editor.language.setFocus()  # leaving the text box saves it
    gui.settle()
    assert gui.library.get_quote(quote).text == "New words"
    assert gui.cell(quote, Column.QUOTE) == "New words"
    assert gui.window.acts.undo.text() == "&Undo Edit quote"


def test_each_field_edit_is_one_undo_step(gui: Gui, qtbot: QtBot) -> None:
    quote = _open(gui)
    editor = gui.window.editor
    editor.rule.setCurrentIndex(editor.rule.findData(GroundRule.BACKGROUND.value))
    editor.rule.activated.emit(editor.rule.currentIndex())
    editor.status.setCurrentIndex(editor.status.findData(QuoteStatus.VERIFIED.value))
    editor.status.activated.emit(editor.status.currentIndex())
    editor.said_on.setText("2024-03-05")
    editor.said_on.editingFinished.emit()
    gui.settle()
    saved = gui.library.get_quote(quote)
    assert saved.ground_rule is GroundRule.BACKGROUND
    assert saved.status is QuoteStatus.VERIFIED
    assert saved.said_on == date(2024, 3, 5)
    gui.window.acts.undo.trigger()
    gui.settle()
    assert gui.library.get_quote(quote).said_on is None
    assert editor.said_on.text() == ""  # the editor shows the undone value
    gui.window.acts.undo.trigger()
    gui.settle()
    assert gui.library.get_quote(quote).status is QuoteStatus.UNVERIFIED
    assert editor.status.currentData() == QuoteStatus.UNVERIFIED.value


def test_said_on_can_be_cleared_and_a_bad_date_is_refused_inline(gui: Gui) -> None:
    quote = _open(gui, said_on="2024-01-02")
    editor = gui.window.editor
    editor.said_on.setText("2024-02-30")
    editor.said_on.editingFinished.emit()
    gui.settle()
    assert editor.error.isVisible()
    assert "Said on" in editor.error.text()
    assert gui.library.get_quote(quote).said_on == date(2024, 1, 2)
    editor.said_on.clear()
    editor.said_on.editingFinished.emit()
    gui.settle()
    assert gui.library.get_quote(quote).said_on is None
    assert not editor.error.isVisible()


def test_tags_are_added_on_enter_and_removed_with_their_chip(gui: Gui, qtbot: QtBot) -> None:
    quote = _open(gui)
    gui.library.add_tag("visas")
    gui.window.refresh_navigator()
    gui.settle()
    tags = gui.window.editor.tags
    qtbot.keyClicks(tags.line, "Visas")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.line, "brand new")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    gui.settle()
    assert gui.library.get_quote(quote).tags == ("brand new", "visas")
    remove = tags.chip("brand new")
    assert remove is not None and remove.text() == "brand new  ✕"
    remove.click()
    gui.settle()
    assert gui.library.get_quote(quote).tags == ("visas",)
    qtbot.keyClick(tags.line, Qt.Key.Key_Backspace)
    gui.settle()
    assert gui.library.get_quote(quote).tags == ()


def test_emptying_the_text_is_refused_and_keeps_the_words(gui: Gui) -> None:
    quote = _open(gui, "Keep me")
    editor = gui.window.editor
    editor.text.setPlainText("   ")
    editor.flush()
    gui.settle()
    assert editor.error.isVisible()
    assert gui.library.get_quote(quote).text == "Keep me"


def test_other_fields_are_saved(gui: Gui) -> None:
    quote = _open(gui)
    editor = gui.window.editor
    editor.context.setPlainText("Asked about the draft")
    editor.translation.setPlainText("Перевод")
    editor.notes.setPlainText("Check the date")
    editor.language.setText("ru")
    editor.language.editingFinished.emit()
    editor.flush()
    gui.settle()
    saved = gui.library.get_quote(quote)
    assert (saved.context, saved.translation, saved.notes, saved.language) == (
        "Asked about the draft",
        "Перевод",
        "Check the date",
        "ru",
    )


def test_a_new_quote_needs_a_source_before_it_is_saved(gui: Gui, qtbot: QtBot) -> None:
    gui.library.add_source("Sasha")
    gui.library.add_source("Lepra")
    gui.window.refresh_navigator()
    gui.settle()
    gui.window.acts.new_quote.trigger()
    editor = gui.window.editor
    assert editor.source.current() is None  # two sources, none used yet: the reporter picks
    qtbot.keyClicks(editor.text, "Words first")
    editor.flush()
    gui.settle()
    assert editor.error.isVisible() and gui.library.info().quotes == 0
    editor.source.combo.setCurrentText("lepra")
    editor.source.combo.lineEdit().editingFinished.emit()
    gui.settle()
    assert gui.library.info().quotes == 1
    created = gui.library.get_quote(editor.quote_id or 0)
    assert (created.source_name, created.text) == ("Lepra", "Words first")


def test_a_picker_lists_every_record_once_the_reporter_reaches_for_it(qtbot: QtBot) -> None:
    picker = RecordPicker("New article", "No article")
    qtbot.addWidget(picker)
    records = [(1, "Leaving Moscow"), (2, "The draft"), (3, "Тбилиси")]
    picker.set_records(records)
    picker.set_current(2)
    shown = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert shown == ["No article", "The draft"]  # until used, only the choice is listed
    assert picker.combo.currentText() == "The draft"

    QApplication.sendEvent(picker.combo, QFocusEvent(QEvent.Type.FocusIn))

    shown = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert shown == ["No article", "Leaving Moscow", "The draft", "Тбилиси"]
    assert (picker.current(), picker.combo.currentText()) == (2, "The draft")


def test_a_picker_picks_a_typed_name_it_has_not_listed_yet(qtbot: QtBot) -> None:
    picker = RecordPicker("New source", None)
    qtbot.addWidget(picker)
    picker.set_records([(1, "Sasha"), (2, "Zoë")])
    with qtbot.waitSignal(picker.picked) as picked:
        picker.combo.setEditText("ZOE")
        picker.combo.lineEdit().editingFinished.emit()
    assert picked.args == [2]
    assert picker.combo.currentText() == "Zoë"
    with qtbot.waitSignal(picker.new_requested) as requested:
        picker.combo.setEditText("Lepra")
        picker.new_button.click()
    assert requested.args == ["Lepra"]


def _wheel_down(widget: QWidget) -> None:
    at = QPointF(widget.rect().center())
    turn = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, turn)


def test_the_wheel_changes_a_field_only_once_it_has_the_focus(gui: Gui, qtbot: QtBot) -> None:
    quote = _open(gui, ground_rule="background")
    editor, table = gui.window.editor, gui.window.quote_list.table
    table.setFocus()
    sasha = gui.library.get_quote(quote).source_id

    for field in (editor.rule, editor.source.combo, editor.article.combo):
        _wheel_down(field)  # scrolling the form past it

    saved = gui.library.get_quote(quote)
    assert (saved.ground_rule, saved.source_id, saved.article_id) == (
        GroundRule.BACKGROUND,
        sasha,
        None,
    )
    assert editor.rule.currentData() == "background"

    editor.rule.setFocus()
    qtbot.waitUntil(editor.rule.hasFocus)
    _wheel_down(editor.rule)  # clicked or tabbed into: the wheel picks
    gui.settle()
    assert gui.library.get_quote(quote).ground_rule is GroundRule.DEEP_BACKGROUND
