"""The keychain behind "Remember on this computer", and the passphrase questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring_helpers import MemoryKeyring, keyring_in_use, no_keyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quotebook.gui.app import keychain
from quotebook.gui.dialogs.passphrase_dialog import PassphraseDialog, Purpose

ENTER = Qt.Key.Key_Return


def test_a_passphrase_is_kept_per_library_and_forgotten(tmp_path: Path) -> None:
    one, other = tmp_path / "one.sqlite3", tmp_path / "other.sqlite3"
    with keyring_in_use(MemoryKeyring()) as backend:
        assert keychain.available()
        keychain.remember(one, "пароль один")
        assert keychain.remembered(one) == "пароль один"
        assert keychain.remembered(other) is None
        assert isinstance(backend, MemoryKeyring)
        assert list(backend.kept) == [("Quotebook", f"library:{one.resolve()}")]
        keychain.forget(one)
        keychain.forget(one)  # nothing left to forget: no error
        assert keychain.remembered(one) is None


def test_without_a_keychain_each_call_says_so(tmp_path: Path) -> None:
    with keyring_in_use(no_keyring()):
        assert not keychain.available()
        for call in (
            lambda: keychain.remembered(tmp_path),
            lambda: keychain.remember(tmp_path, "x"),
            lambda: keychain.forget(tmp_path),
        ):
            with pytest.raises(keychain.KeychainUnavailable):
                call()


def _dialog(qtbot: QtBot, purpose: Purpose) -> tuple[PassphraseDialog, list[tuple[str, object]]]:
    dialog = PassphraseDialog(purpose, "exodus.sqlite3")
    qtbot.addWidget(dialog)
    chosen: list[tuple[str, object]] = []
    dialog.chosen.connect(lambda current, new: chosen.append((current, new)))
    dialog.show()
    return dialog, chosen


def test_changing_asks_the_current_passphrase_and_a_new_one_twice(qtbot: QtBot) -> None:
    dialog, chosen = _dialog(qtbot, Purpose.CHANGE)
    assert dialog.windowTitle() == "Change passphrase"
    assert dialog.current.isVisible() and dialog.new.isVisible() and dialog.lost.isVisible()
    qtbot.keyClick(dialog.current, ENTER)
    assert dialog.problem.text() == "Type the current passphrase."
    qtbot.keyClicks(dialog.current, "old words")
    qtbot.keyClick(dialog.current, ENTER)
    assert dialog.problem.text() == "Type a new passphrase."
    qtbot.keyClicks(dialog.new, "old words")
    qtbot.keyClicks(dialog.confirm, "old words")
    qtbot.keyClick(dialog.confirm, ENTER)
    assert dialog.problem.text() == "The new passphrase is the current one."
    assert chosen == [] and dialog.isVisible()
    for field, text in ((dialog.new, "new words"), (dialog.confirm, "new words")):
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.confirm, ENTER)
    assert chosen == [("old words", "new words")]
    assert not dialog.isVisible()
    assert (dialog.current.text(), dialog.new.text(), dialog.confirm.text()) == ("", "", "")


def test_removing_encryption_asks_only_the_current_passphrase(qtbot: QtBot) -> None:
    dialog, chosen = _dialog(qtbot, Purpose.REMOVE)
    assert not dialog.new.isVisible() and not dialog.lost.isVisible()
    assert "anyone who can read the files" in "".join(
        label.text() for label in dialog.findChildren(type(dialog.problem))
    )
    qtbot.keyClicks(dialog.current, "old words")
    qtbot.keyClick(dialog.current, ENTER)
    assert chosen == [("old words", None)]
