"""Encrypted libraries in the app: unlocking, remembering, creating one protected."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_helpers import MemoryKeyring, keyring_in_use, no_keyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from window_helpers import Controller

from quotebook.core import Library
from quotebook.core.domain.errors import WrongPassphraseError
from quotebook.core.storage import keys
from quotebook.core.storage.encryption import is_encrypted
from quotebook.gui.app.worker import Worker
from quotebook.gui.dialogs import unlock_dialog as unlock_dialog_module
from quotebook.gui.dialogs.passphrase_dialog import PassphraseDialog
from quotebook.gui.dialogs.unlock_dialog import UnlockDialog

PASSPHRASE = "correct horse battery staple"
ENTER = Qt.Key.Key_Return


def make_encrypted(path: Path, text: str = "We left in March.") -> Path:
    """An encrypted library holding one quote, closed, its key forgotten."""
    with Library(path, create=True, passphrase=PASSPHRASE) as library:
        library.add_quote(text, library.add_source("Sasha").created or 0)
    keys.forget_all()
    return path


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test here has a keychain of its own, never the system's; no key is kept."""
    keys.forget_all()
    with keyring_in_use(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend
    keys.forget_all()


def unlock_dialog(qtbot: QtBot, controller: Controller) -> UnlockDialog:
    """The passphrase dialog, once the passphrases already known have been tried."""
    unlocker = controller.app.unlocking
    qtbot.waitUntil(lambda: unlocker.dialog is not None and unlocker.dialog.isVisible())
    assert unlocker.dialog is not None
    return unlocker.dialog


def type_passphrase(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, ENTER)


def opened_window(qtbot: QtBot, controller: Controller) -> None:
    qtbot.waitUntil(lambda: controller.app.window is not None, timeout=20_000)
    controller.settle()


def texts(dialog: UnlockDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_an_encrypted_library_asks_for_its_passphrase_and_says_a_wrong_one(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    before = path.read_bytes()
    assert not controller.app.start(path)
    dialog = unlock_dialog(qtbot, controller)
    assert "exodus.sqlite3" in texts(dialog) and str(tmp_path) in texts(dialog)
    assert not dialog.remember.isChecked()
    assert dialog.cancel_button.text() == "Quit"  # no window yet: nothing to go back to
    type_passphrase(qtbot, dialog, "wrong guess")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=20_000)
    assert dialog.problem.text() == "That passphrase does not unlock this library."
    assert dialog.isVisible() and dialog.passphrase.isEnabled()
    assert controller.app.window is None
    assert path.read_bytes() == before  # a wrong try changes not a byte
    type_passphrase(qtbot, dialog, PASSPHRASE)  # the wrong words were selected: replaced
    opened_window(qtbot, controller)
    window = controller.app.window
    assert window is not None and window.session.library.path == path
    assert window.quote_model.index(0, 0).data() == "We left in March."
    assert window.acts.lock_now.isEnabled()
    assert not window.acts.encrypt_library.isEnabled()
    assert window.acts.change_passphrase.isEnabled()
    assert PASSPHRASE not in Path(controller.app.settings._store.fileName()).read_text()


def test_a_passphrase_given_at_start_up_unlocks_without_the_dialog(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    controller.app.start(path, PASSPHRASE)  # quotebook --passphrase-file FILE
    opened_window(qtbot, controller)
    assert controller.app.unlocking.dialog is None
    window = controller.app.window
    assert window is not None and window.quote_model.index(0, 0).data() == "We left in March."


def test_a_wrong_passphrase_given_at_start_up_leaves_the_dialog_to_ask(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    before = path.read_bytes()
    controller.app.start(path, "wrong guess")
    dialog = unlock_dialog(qtbot, controller)
    assert "The passphrase given does not unlock this library." in texts(dialog)
    assert controller.app.window is None and path.read_bytes() == before
    assert not keys.known(path)  # the wrong passphrase is not kept
    type_passphrase(qtbot, dialog, PASSPHRASE)
    opened_window(qtbot, controller)


def test_a_new_library_given_a_passphrase_at_start_up_is_created_encrypted(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "new.sqlite3"
    assert controller.app.start(path, PASSPHRASE)
    opened_window(qtbot, controller)
    assert is_encrypted(path)


def test_cancelling_the_passphrase_at_start_up_quits(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    controller.app.start(make_encrypted(tmp_path / "exodus.sqlite3"))
    dialog = unlock_dialog(qtbot, controller)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert controller.quits == 1


def test_a_damaged_encrypted_library_gets_the_damaged_library_message(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte inside the file's pages
    path.write_bytes(bytes(data))
    controller.app.start(path)
    type_passphrase(qtbot, unlock_dialog(qtbot, controller), PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.app.problem_box is not None and controller.app.problem_box.isVisible(),
        timeout=20_000,
    )
    box = controller.app.problem_box
    assert box is not None and box.windowTitle() == "Damaged library"
    assert controller.app.window is None
    box.close()


def test_remember_on_this_computer_keeps_the_passphrase_in_the_keychain(
    controller: Controller, qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    controller.app.start(path)
    dialog = unlock_dialog(qtbot, controller)
    dialog.remember.setFocus()
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
    assert dialog.remember.isChecked()
    type_passphrase(qtbot, dialog, PASSPHRASE)
    opened_window(qtbot, controller)
    assert memory_keyring.kept == {("Quotebook", f"library:{path.resolve()}"): PASSPHRASE}
    controller.close()
    keys.forget_all()

    again = Controller(qtbot)  # the next start: the keychain's passphrase, no question
    try:
        again.app.start(path)
        opened_window(qtbot, again)
        assert again.app.unlocking.dialog is None
        assert again.app.window is not None
        assert again.app.window.quote_model.rowCount() == 1
    finally:
        again.close()


def test_a_remembered_passphrase_that_no_longer_works_is_said_so(
    controller: Controller, qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    memory_keyring.kept[("Quotebook", f"library:{path.resolve()}")] = "an old one"
    controller.app.start(path)
    dialog = unlock_dialog(qtbot, controller)
    assert "no longer unlocks" in dialog.problem.text()
    type_passphrase(qtbot, dialog, PASSPHRASE)
    opened_window(qtbot, controller)
    assert memory_keyring.kept == {}  # not ticked this time: the stale one is forgotten


def test_without_a_keychain_the_dialog_says_so_in_a_line_and_still_unlocks(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    with keyring_in_use(no_keyring()):
        controller.app.start(path)
        dialog = unlock_dialog(qtbot, controller)
        line = dialog.findChild(QLabel, "noKeychain")
        assert line is not None and line.isVisible()
        assert line.text() == (
            "No system keychain is available, so the passphrase cannot be remembered."
        )
        assert not dialog.remember.isEnabled()
        type_passphrase(qtbot, dialog, PASSPHRASE)
        opened_window(qtbot, controller)
    assert controller.app.window is not None


def new_library_dialog(controller: Controller, path: Path) -> PassphraseDialog:
    controller.app.create_new(path)
    dialog = controller.app.unlocking.new_library_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_new_library_is_protected_by_default_with_the_passphrase_typed_twice(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "new.sqlite3"
    dialog = new_library_dialog(controller, path)
    assert dialog.protect.isChecked()
    assert dialog.lost.isVisible() and "if it is lost" in dialog.lost.text()
    qtbot.keyClicks(dialog.new, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE + "!")
    qtbot.keyClick(dialog.confirm, ENTER)
    assert dialog.problem.text() == "The two new passphrases differ: type the same one twice."
    assert dialog.isVisible() and not path.exists()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.confirm, ENTER)
    opened_window(qtbot, controller)
    window = controller.app.window
    assert window is not None and window.session.library.path == path
    assert is_encrypted(path)
    assert window.acts.lock_now.isEnabled()


def test_a_new_library_can_be_left_unprotected(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "plain.sqlite3"
    dialog = new_library_dialog(controller, path)
    dialog.protect.setFocus()
    qtbot.keyClick(dialog.protect, Qt.Key.Key_Space)
    assert not dialog.new.isEnabled()
    qtbot.keyClick(dialog.protect, ENTER)
    opened_window(qtbot, controller)
    assert path.exists() and not is_encrypted(path)
    window = controller.app.window
    assert window is not None
    assert not window.acts.lock_now.isEnabled()
    assert window.acts.encrypt_library.isEnabled()


def test_the_dialog_is_busy_while_a_passphrase_is_tried_and_cannot_be_closed(
    qtbot: QtBot, tmp_path: Path, worker: Worker
) -> None:
    """Each try takes the key derivation's full cost, off the GUI thread: meanwhile the
    button says so, the fields wait, and Escape does not leave a try half done."""
    release = threading.Event()
    tried: list[tuple[str, bool]] = []

    def attempt(passphrase: str, remember: bool) -> str:
        release.wait(30)
        tried.append((passphrase, remember))
        return "opened"

    dialog = UnlockDialog(
        tmp_path / "exodus.sqlite3", attempt, worker, keychain=True, quit_instead=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    assert dialog.unlock_button.text() == "Unlocking…"
    assert not dialog.passphrase.isEnabled() and not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: unlocked == ["opened"])
    assert tried == [(PASSPHRASE, False)]
    assert not dialog.isVisible() and dialog.passphrase.text() == ""


def test_a_slow_unlock_says_why_a_library_can_take_longer(
    qtbot: QtBot, tmp_path: Path, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the key derivation's second or so, the wait is the library's own (a check
    after a crash, an upgrade): the dialog says so, and says nothing once it is over."""
    monkeypatch.setattr(unlock_dialog_module, "SLOW_UNLOCK_MS", 50)
    release = threading.Event()

    def attempt(passphrase: str, remember: bool) -> str:
        if passphrase == PASSPHRASE:
            release.wait(30)
            return "opened"
        raise WrongPassphraseError(str(tmp_path / "exodus.sqlite3"), "wrong passphrase")

    dialog = UnlockDialog(
        tmp_path / "exodus.sqlite3", attempt, worker, keychain=True, quit_instead=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    type_passphrase(qtbot, dialog, "wrong guess")
    qtbot.waitUntil(dialog.problem.isVisible)
    assert not dialog.waiting.isVisible()  # a wrong try ends within the second
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(dialog.waiting.isVisible)
    assert "checked or upgraded first" in dialog.waiting.text()
    release.set()
    qtbot.waitUntil(lambda: unlocked == ["opened"])
    assert not dialog.waiting.isVisible()


def test_after_a_lock_the_dialog_says_the_library_was_locked(
    qtbot: QtBot, tmp_path: Path, worker: Worker
) -> None:
    dialog = UnlockDialog(
        tmp_path / "exodus.sqlite3",
        lambda _p, _r: None,
        worker,
        keychain=True,
        quit_instead=True,
        locked=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert "<b>exodus.sqlite3</b> was locked. Type its passphrase to go on." in texts(dialog)


def test_a_passphrase_changed_elsewhere_is_asked_for_again(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    path = make_encrypted(tmp_path / "exodus.sqlite3")
    keys.use(path, "what the app held before")  # the command line changed it since
    controller.app.start(path)
    type_passphrase(qtbot, unlock_dialog(qtbot, controller), PASSPHRASE)
    opened_window(qtbot, controller)
    assert controller.app.window is not None
