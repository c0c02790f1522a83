"""Locking the app's encrypted library, and encrypting, re-keying, decrypting it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_helpers import MemoryKeyring, keyring_in_use
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_encrypted_app import (
    PASSPHRASE,
    make_encrypted,
    opened_window,
    texts,
    type_passphrase,
    unlock_dialog,
)
from window_helpers import Answers, Controller

from quotebook.core import Library
from quotebook.core.storage import keys
from quotebook.core.storage.encryption import is_encrypted
from quotebook.gui.app.settings import Settings
from quotebook.gui.dialogs.passphrase_dialog import PassphraseDialog
from quotebook.gui.dialogs.preferences import PreferencesDialog
from quotebook.gui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    keys.forget_all()
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
    keys.forget_all()


def unlocked(qtbot: QtBot, controller: Controller, path: Path) -> MainWindow:
    """The app on the encrypted library at ``path``, unlocked by typing its passphrase."""
    controller.app.start(path)
    type_passphrase(qtbot, unlock_dialog(qtbot, controller), PASSPHRASE)
    opened_window(qtbot, controller)
    assert controller.app.window is not None
    return controller.app.window


def test_lock_now_clears_the_views_and_the_copied_quote_and_unlocking_brings_them_back(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3", "Nobody will find this sentence.")
    window = unlocked(qtbot, controller, path)
    window.search_bar.line.setFocus()
    qtbot.keyClicks(window.search_bar.line, "sentence")
    controller.settle()
    window.quote_list.select_ids([1], 1)
    controller.settle()
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    # The quote is read on the worker, then put on the clipboard.
    qtbot.waitUntil(lambda: "Nobody will find this sentence" in QApplication.clipboard().text())

    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_L, CTRL)
    assert controller.app.window is None and controller.app.session is None
    assert not window.isVisible()
    assert QApplication.clipboard().text() == ""
    assert controller.quits == 0
    dialog = unlock_dialog(qtbot, controller)
    assert "was locked" in texts(dialog)
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert dialog in shown and not any(isinstance(w, MainWindow) for w in shown)
    type_passphrase(qtbot, dialog, "not it")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=20_000)
    assert controller.app.window is None
    type_passphrase(qtbot, dialog, PASSPHRASE)
    opened_window(qtbot, controller)
    back = controller.app.window
    assert back is not None and back is not window
    assert back.search_bar.line.text() == "sentence"
    assert back.quote_model.index(0, 0).data() == "Nobody will find this sentence."


def test_a_lock_leaves_what_another_program_copied(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    window.quote_list.select_ids([1], 1)
    controller.settle()
    QApplication.clipboard().clear()
    window.acts.copy_attributed.trigger()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() != "")  # read on the worker
    QApplication.clipboard().setText("a shopping list")  # copied since, elsewhere
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_L, CTRL)
    assert controller.app.window is None
    assert QApplication.clipboard().text() == "a shopping list"


def test_a_lock_asks_even_when_the_passphrase_is_remembered(
    controller: Controller, qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    memory_keyring.kept[("Quotebook", f"library:{path.resolve()}")] = PASSPHRASE
    controller.app.start(path)
    opened_window(qtbot, controller)  # remembered: no question at start-up
    window = controller.app.window
    assert window is not None
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_L, CTRL)
    dialog = unlock_dialog(qtbot, controller)
    assert dialog.remember.isChecked()  # unlocking keeps it remembered
    type_passphrase(qtbot, dialog, PASSPHRASE)
    opened_window(qtbot, controller)
    assert memory_keyring.kept != {}


def test_lock_now_is_off_for_a_plain_library(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "plain.sqlite3"
    Library(path).close()
    assert controller.app.open(path)
    controller.settle()
    window = controller.app.window
    assert window is not None
    assert not window.acts.lock_now.isEnabled()
    assert window.acts.lock_now.shortcut().toString() == "Ctrl+L"
    assert not controller.app.locking.idle.watching  # no input is watched for it
    qtbot.keyClick(window.quote_list.table, Qt.Key.Key_L, CTRL)
    assert controller.app.window is window


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_app_locks_after_the_idle_time_set_in_preferences(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = Clock()
    controller.app.locking.idle.clock = clock
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    preferences = PreferencesDialog(controller.app.settings, window)
    qtbot.addWidget(preferences)
    combo = preferences.lock_combo
    assert combo.currentText() == "15 min"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # one step shorter
    assert combo.currentText() == "5 min"
    preferences.accept()
    assert Settings().lock_after_minutes() == 5

    idle = controller.app.locking.idle
    assert idle.watching
    clock.now += 299
    assert not idle.check()
    qtbot.keyClick(window.search_bar.line, Qt.Key.Key_A)  # the reporter is there
    clock.now += 200
    assert not idle.check() and controller.app.window is window
    clock.now += 100
    assert idle.check()
    assert controller.app.window is None
    unlock_dialog(qtbot, controller)


def test_never_keeps_the_library_open(controller: Controller, qtbot: QtBot, tmp_path: Path) -> None:
    controller.app.settings.set_lock_after_minutes(0)
    clock = Clock()
    controller.app.locking.idle.clock = clock
    window = unlocked(qtbot, controller, make_encrypted(tmp_path / "exodus.sqlite3"))
    clock.now += 10 * 24 * 3600
    assert not controller.app.locking.idle.check()
    assert controller.app.window is window


def answer(qtbot: QtBot, dialog: PassphraseDialog, current: str = "", new: str = "") -> None:
    if current:
        qtbot.keyClicks(dialog.current, current)
    if new:
        qtbot.keyClicks(dialog.new, new)
        qtbot.keyClicks(dialog.confirm, new)
    qtbot.keyClick(dialog.current if current else dialog.new, ENTER)


def passphrase_dialog(window: MainWindow) -> PassphraseDialog:
    found = [d for d in window.findChildren(PassphraseDialog) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def told(qtbot: QtBot, answers: Answers, title: str) -> str:
    qtbot.waitUntil(lambda: any(t == title for t, _ in answers.informed), timeout=30_000)
    return next(text for t, text in answers.informed if t == title)


def test_encrypt_change_and_remove_from_the_file_menu(
    controller: Controller, qtbot: QtBot, tmp_path: Path, answers: Answers
) -> None:
    path = tmp_path / "exodus.sqlite3"
    with Library(path) as library:
        library.add_quote("We left in March.", library.add_source("Sasha").created or 0)
    assert controller.app.open(path)
    controller.settle()
    window = controller.app.window
    assert window is not None and not window.acts.change_passphrase.isEnabled()

    window.acts.encrypt_library.trigger()
    answer(qtbot, passphrase_dialog(window), new=PASSPHRASE)
    text = told(qtbot, answers, "Library encrypted")
    assert "SSD" in text and "full-disk encryption" in text
    controller.settle()
    assert is_encrypted(path)
    encrypted = controller.app.window
    assert encrypted is not None and encrypted is not window
    assert encrypted.quote_model.rowCount() == 1
    assert encrypted.acts.lock_now.isEnabled()

    encrypted.acts.change_passphrase.trigger()
    answer(qtbot, passphrase_dialog(encrypted), current="not the one", new="a new one")
    assert "Nothing was changed" in told(qtbot, answers, "Passphrase not changed")
    opened_window(qtbot, controller)
    same = controller.app.window
    assert same is not None
    same.acts.change_passphrase.trigger()
    answer(qtbot, passphrase_dialog(same), current=PASSPHRASE, new="a new one")
    told(qtbot, answers, "Passphrase changed")
    opened_window(qtbot, controller)
    rekeyed = controller.app.window
    assert rekeyed is not None and rekeyed.quote_model.rowCount() == 1

    rekeyed.acts.remove_encryption.trigger()
    answer(qtbot, passphrase_dialog(rekeyed), current="a new one")
    told(qtbot, answers, "Encryption removed")
    opened_window(qtbot, controller)
    assert not is_encrypted(path)
    plain = controller.app.window
    assert plain is not None and plain.quote_model.rowCount() == 1
    assert not plain.acts.lock_now.isEnabled()


def test_restoring_a_backup_of_an_encrypted_library_reopens_it_without_asking(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3", "Kept in the backup")
    window = unlocked(qtbot, controller, path)
    window.acts.back_up_now.trigger()
    controller.settle()
    window.session.library.add_quote("Written after the backup", 1)
    window.acts.restore_backup.trigger()
    dialog = controller.app.backup_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=20_000)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        dialog.restore_button.click()
    qtbot.waitUntil(lambda: controller.app.window not in (None, window), timeout=20_000)
    controller.settle()
    reopened = controller.app.window
    assert reopened is not None and controller.app.unlocking.dialog is None
    assert reopened.quote_model.rowCount() == 1
    assert reopened.quote_model.index(0, 0).data() == "Kept in the backup"
    assert is_encrypted(path)
    dialog.close()
