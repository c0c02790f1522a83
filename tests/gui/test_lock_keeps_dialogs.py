"""A lock puts away the dialogs open over the window, shows nothing of them while
locked, and brings them back with what was typed once the same library is unlocked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_helpers import MemoryKeyring, keyring_in_use
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_encrypted_app import PASSPHRASE, make_encrypted, opened_window, type_passphrase
from test_encrypted_app import unlock_dialog as passphrase_asked
from window_helpers import Controller

from quotebook.core import Library
from quotebook.core.storage import keys
from quotebook.gui.dialogs import messages
from quotebook.gui.dialogs.article_import_dialog import ArticleImportDialog
from quotebook.gui.dialogs.unlock_dialog import UnlockDialog
from quotebook.gui.records.article_editor import NewArticleDialog
from quotebook.gui.records.source_editor import NewSourceDialog
from quotebook.gui.widgets.keeping import typed_in
from quotebook.gui.window.kept_dialogs import TypedBeforeLock
from quotebook.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ENTER = Qt.Key.Key_Return
DESCRIPTION = "a procurement officer in Tbilisi"
ASKS = messages.confirm  # the real question, taken before the fixtures replace it


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    keys.forget_all()
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
    keys.forget_all()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def unlocked(qtbot: QtBot, controller: Controller, path: Path) -> MainWindow:
    controller.app.start(path)
    type_passphrase(qtbot, passphrase_asked(qtbot, controller), PASSPHRASE)
    opened_window(qtbot, controller)
    assert controller.app.window is not None
    return controller.app.window


def shown(kind: type[QWidget], parent: QWidget | None = None) -> QWidget:
    """The one visible window of ``kind`` (under ``parent`` when given)."""
    widgets = parent.findChildren(kind) if parent else QApplication.topLevelWidgets()
    found = [w for w in widgets if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def visible_text() -> str:
    """Every text a visible widget shows, in every window."""
    texts = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return "\n".join(texts)


def assert_locked_showing_nothing(controller: Controller, *typed: str) -> UnlockDialog:
    """Locked: the passphrase dialog is the only window shown, and it has the keys."""
    assert controller.app.window is None and controller.app.session is None
    dialog = passphrase_asked(controller.qtbot, controller)
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert windows == [dialog]
    assert QApplication.activeModalWidget() is dialog
    for text in typed:
        assert text not in visible_text()
    return dialog


def unlock_with(qtbot: QtBot, controller: Controller, dialog: UnlockDialog) -> MainWindow:
    """A wrong passphrase first (still locked, nothing back), then the right one."""
    type_passphrase(qtbot, dialog, "not it")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=20_000)
    assert controller.app.window is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]
    type_passphrase(qtbot, dialog, PASSPHRASE)
    opened_window(qtbot, controller)
    assert controller.app.window is not None
    return controller.app.window


def test_a_new_source_typed_at_ctrl_l_comes_back_and_is_stored(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    window = unlocked(qtbot, controller, path)
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_N, CTRL | SHIFT)  # New source…
    form = shown(NewSourceDialog, window)
    assert isinstance(form, NewSourceDialog)
    name = form.form.field("name")
    qtbot.keyClicks(name, "Levan")
    described = form.form.field("described_as")
    qtbot.keyClicks(described, DESCRIPTION)

    qtbot.keyClick(described, Qt.Key.Key_L, CTRL)  # the form is modal: locks all the same
    dialog = assert_locked_showing_nothing(controller, "Levan", DESCRIPTION)
    back = unlock_with(qtbot, controller, dialog)

    again = shown(NewSourceDialog, back)
    assert isinstance(again, NewSourceDialog) and again is not form
    assert again.form.values()["name"] == "Levan"
    assert again.form.values()["described_as"] == DESCRIPTION
    assert "are back as they were" in back.statusBar().currentMessage()
    qtbot.keyClick(again.form.field("name"), ENTER)
    controller.settle()  # created on the worker; the form then closes
    assert not [d for d in back.findChildren(NewSourceDialog) if d.isVisible()]
    sources = {s.name: s for s in back.session.library.list_sources()}
    assert sources["Levan"].described_as == DESCRIPTION


def test_the_idle_lock_takes_an_article_form_and_gives_it_back(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = Clock()
    locking = controller.app.locking
    locking.idle.clock = clock
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.AltModifier)
    form = shown(NewArticleDialog, window)
    assert isinstance(form, NewArticleDialog)
    qtbot.keyClicks(form.form.field("headline"), "The exodus of engineers")
    qtbot.keyClicks(form.form.field("outlet"), "Meduza")

    locking.idle._timer.setInterval(10)  # the clock says the reporter left long ago
    clock.now += 16 * 60
    qtbot.waitUntil(lambda: controller.app.window is None)
    dialog = assert_locked_showing_nothing(controller, "The exodus of engineers", "Meduza")
    back = unlock_with(qtbot, controller, dialog)

    again = shown(NewArticleDialog, back)
    assert isinstance(again, NewArticleDialog)
    qtbot.keyClick(again.form.field("outlet"), ENTER)
    controller.settle()
    articles = back.session.library.list_articles()
    assert [(a.headline, a.outlet) for a in articles] == [("The exodus of engineers", "Meduza")]


ARTICLE = '"We left in March," said Sasha, a machine learning engineer.'


def test_an_article_being_reviewed_comes_back_with_its_edits(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_I, CTRL | SHIFT)
    article = shown(ArticleImportDialog, window)
    assert isinstance(article, ArticleImportDialog)
    qtbot.keyClicks(article.text_edit, ARTICLE)
    article.find_button.click()
    qtbot.waitUntil(lambda: article.model.rowCount() == 1, timeout=20_000)
    article.speaker_edit.selectAll()
    qtbot.keyClicks(article.speaker_edit, "Sasha K.")
    qtbot.keyClick(article.speaker_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(article.headline_edit, "Leaving in March")

    qtbot.keyClick(article.headline_edit, Qt.Key.Key_L, CTRL)
    dialog = assert_locked_showing_nothing(controller, "Leaving in March", "We left in March")
    back = unlock_with(qtbot, controller, dialog)

    again = shown(ArticleImportDialog, back)
    assert isinstance(again, ArticleImportDialog)
    qtbot.waitUntil(lambda: again.model.rowCount() == 1, timeout=20_000)
    assert again.text_edit.toPlainText() == ARTICLE
    assert again.headline_edit.text() == "Leaving in March"
    assert again.model.rows[0].speaker == "Sasha K."


def test_a_question_about_the_selection_cannot_come_back_and_offers_its_text(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    window.quote_list.select_ids([1], 1)
    controller.settle()
    window.bulk.set_said.trigger()  # Edit → Set on selected quotes → Set date said…
    asked = shown(QInputDialog, window)
    field = asked.findChild(QLineEdit)
    assert field is not None
    qtbot.keyClicks(field, "2024-03-08")

    qtbot.keyClick(field, Qt.Key.Key_L, CTRL)
    dialog = assert_locked_showing_nothing(controller, "2024-03-08")
    back = unlock_with(qtbot, controller, dialog)

    assert not [d for d in back.findChildren(QInputDialog) if d.isVisible()]
    offered = shown(TypedBeforeLock, back)
    assert isinstance(offered, TypedBeforeLock)
    assert offered.text.toPlainText() == "2024-03-08"
    assert "Set date said" in visible_text()
    assert back.session.library.get_quote(1).said_on is None  # nothing was set


def test_unlocking_another_library_drops_what_was_kept(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    window.acts.new_source.trigger()
    form = shown(NewSourceDialog, window)
    name = form.findChild(QLineEdit, "name")
    assert name is not None
    qtbot.keyClicks(name, "Levan")
    window.acts.lock_now.trigger()
    passphrase_asked(qtbot, controller)
    other = tmp_path / "other.sqlite3"
    Library(other, create=True).close()
    assert controller.app.open(other)  # as File → Open from a message would
    controller.settle()
    assert controller.app.window is not None
    assert "Levan" not in visible_text()
    assert controller.app.locking.shown is None


def test_the_idle_lock_fires_inside_a_dialog_s_own_event_loop(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = Clock()
    locking = controller.app.locking
    locking.idle.clock = clock
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    modal = QDialog(window)

    def away() -> None:
        clock.now += 16 * 60
        locking.idle.check()

    QTimer.singleShot(0, away)
    modal.exec()  # returns once the lock has put it away
    assert controller.app.window is None
    assert_locked_showing_nothing(controller)


def test_a_lock_after_the_backups_dialog_was_closed(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    window.acts.restore_backup.trigger()
    backups = controller.app.backup_dialog
    assert backups is not None
    assert controller.app.worker().wait_idle()  # the backups listed
    qtbot.wait(50)
    qtbot.keyClick(backups, Qt.Key.Key_Escape)  # closed and deleted
    qtbot.waitUntil(lambda: backups not in QApplication.topLevelWidgets())
    window.acts.lock_now.trigger()
    assert_locked_showing_nothing(controller)


def test_a_new_quote_waiting_for_a_new_source_survives_a_lock(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    with Library(path, passphrase=PASSPHRASE) as library:
        library.add_source("Nika")  # two sources: a new quote waits to be told whose
    keys.forget_all()
    window = unlocked(qtbot, controller, path)
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_N, CTRL)
    editor = window.editor
    assert editor.is_draft and editor.source.current() is None
    qtbot.keyClicks(editor.text, "Nobody stayed behind.")
    line = editor.source.combo.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, "Levan")
    qtbot.keyClick(line, ENTER)  # an unknown name offers a new source, filled in
    form = shown(NewSourceDialog, window)
    assert isinstance(form, NewSourceDialog)
    assert form.form.values()["name"] == "Levan"
    controller.settle()
    assert window.session.library.info().quotes == 1  # the new one waits for its source

    qtbot.keyClick(form.form.field("name"), Qt.Key.Key_L, CTRL)
    dialog = assert_locked_showing_nothing(controller, "Nobody stayed behind.", "Levan")
    back = unlock_with(qtbot, controller, dialog)

    assert back.editor.is_draft
    assert back.editor.text.toPlainText() == "Nobody stayed behind."
    again = shown(NewSourceDialog, back)
    name = again.findChild(QLineEdit, "name")
    assert name is not None
    qtbot.keyClick(name, ENTER)
    controller.settle()
    qtbot.waitUntil(lambda: back.editor.quote_id is not None)
    controller.settle()
    quote = back.session.library.get_quote(back.editor.quote_id or 0)
    levan = next(s for s in back.session.library.list_sources() if s.name == "Levan")
    assert (quote.text, quote.source_id) == ("Nobody stayed behind.", levan.id)


def test_a_question_left_unanswered_at_a_lock_is_said_to_be_closed(
    controller: Controller, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "confirm", ASKS)  # not the stand-in that answers at once
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    window.quote_list.select_ids([1], 1)
    controller.settle()
    messages.confirm(window, "Delete quotes?", "Delete 1 quote?", "Delete", lambda: None)
    box = shown(QMessageBox, window)
    qtbot.keyClick(box, Qt.Key.Key_L, CTRL)
    dialog = assert_locked_showing_nothing(controller, "Delete 1 quote?")
    back = unlock_with(qtbot, controller, dialog)
    assert not [b for b in back.findChildren(QMessageBox) if b.isVisible()]
    said = back.statusBar().currentMessage()
    assert "Closed at the lock, nothing typed in them: “Delete quotes?”." in said


def test_what_counts_as_typed_in_a_dialog(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    typed, secret, shown_only = QLineEdit(dialog), QLineEdit(dialog), QLineEdit(dialog)
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    shown_only.setText("a label-like field")
    shown_only.setReadOnly(True)
    picked, free = QComboBox(dialog), QComboBox(dialog)
    for combo in (picked, free):
        combo.setEditable(True)
        combo.addItems(["Sasha (#1, 3 quotes)", "Nika (#2, 1 quote)"])
    picked.setCurrentIndex(1)
    notes = QPlainTextEdit(dialog)
    qtbot.keyClicks(typed, "Levan")
    qtbot.keyClicks(secret, "correct horse battery")
    line = free.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "a new tag")
    qtbot.keyClicks(notes, "Met on Rustaveli")
    assert sorted(typed_in(dialog)) == ["Levan", "Met on Rustaveli", "a new tag"]


def test_a_source_form_asked_for_by_a_quote_no_longer_selected_says_so(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    window.quote_list.select_ids([1], 1)
    controller.settle()
    line = window.editor.source.combo.lineEdit()
    assert line is not None and window.editor.quote_id == 1
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "Levan")
    qtbot.keyClick(line, ENTER)
    form = shown(NewSourceDialog, window)
    qtbot.keyClick(form, Qt.Key.Key_L, CTRL)
    back = unlock_with(qtbot, controller, assert_locked_showing_nothing(controller, "Levan"))

    again = shown(NewSourceDialog, back)
    said = back.statusBar().currentMessage()
    assert "“New source” was asked for by the quote then selected; select it again" in said
    name = again.findChild(QLineEdit, "name")
    assert name is not None and name.text() == "Levan"
    qtbot.keyClick(name, ENTER)
    controller.settle()
    sasha = next(s for s in back.session.library.list_sources() if s.name == "Sasha")
    assert back.session.library.get_quote(1).source_id == sasha.id  # not moved behind its back
    assert "Levan" in [s.name for s in back.session.library.list_sources()]
