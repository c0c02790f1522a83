"""Opening an encrypted library in the app: the passphrase already known, else asked.

Every try at a passphrase costs the key derivation's full price (a second or so),
so each runs on the app's worker, never on the GUI thread. First the passphrase
the app still holds in its key ring (after a restore or an encryption step) and
the one remembered in the system keychain; then the passphrase dialog, for as
many tries as the reporter wants. After a lock the dialog comes first: a
passphrase remembered on the computer must not undo the lock by itself.

The passphrase goes from the dialog to the core's key ring (memory only) and,
when "Remember on this computer" is ticked, to the system keychain; never to
the settings, a log or any file of Quotebook's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from ...core import Library
from ...core.domain.errors import PassphraseNeededError, WrongPassphraseError
from ...core.storage import keys
from ..dialogs.passphrase_dialog import PassphraseDialog, Purpose
from ..dialogs.unlock_dialog import UnlockDialog
from . import keychain

if TYPE_CHECKING:
    from .controller import Controller

STATUS_MS = 10_000


@dataclass(frozen=True)
class Unlocked:
    """An encrypted library opened: whether its passphrase is remembered on this
    computer, and why it could not be remembered when that was asked for."""

    library: Library
    remembered: bool = False
    keychain_problem: str = ""


def open_with(path: Path, passphrase: str | None, *, create: bool = False) -> Library:
    """Open (or create) the encrypted library at ``path`` (on a worker: the KDF runs)."""
    return Library(path, create=create, defer_check=True, passphrase=passphrase)


# Which passphrase already known failed to unlock a library, for the dialog to say.
GIVEN_FAILED, REMEMBERED_FAILED = "given", "remembered"


def _open_known(path: Path) -> Unlocked | str:
    """The library opened with a passphrase already known, else which known one failed
    ("" for none): the dialog then says so."""
    failed = ""
    try:
        return Unlocked(open_with(path, None))  # the key ring's: given, or after a restore
    except PassphraseNeededError:
        pass
    except WrongPassphraseError:
        # Given with --passphrase-file, or changed elsewhere since: ask anew.
        keys.forget(path)
        failed = GIVEN_FAILED
    try:
        passphrase = keychain.remembered(path)
    except keychain.KeychainUnavailable:
        return failed
    if passphrase is None:
        return failed
    try:
        return Unlocked(open_with(path, passphrase), remembered=True)
    except WrongPassphraseError:
        return REMEMBERED_FAILED


def _try(path: Path, passphrase: str, remember: bool) -> Unlocked:
    """One try from the dialog; the keychain then holds the passphrase only if asked."""
    library = open_with(path, passphrase)
    try:
        if remember:
            keychain.remember(path, passphrase)
        else:
            keychain.forget(path)
    except keychain.KeychainUnavailable as error:
        return Unlocked(library, False, error.reason if remember else "")
    return Unlocked(library, remember)


class Unlocking(QObject):
    """Opens and creates encrypted libraries for the app controller, on its worker.

    What is opened goes to the controller's window like any library; what cannot
    be opened gets the controller's message; Cancel leaves things as they were
    (and quits when no window is open).
    """

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.dialog: UnlockDialog | None = None
        self.new_library_dialog: PassphraseDialog | None = None

    def unlock(self, path: Path, *, locked: bool = False, remembered: bool = False) -> None:
        """Open ``path`` with a passphrase already known, else ask for one; after a lock
        (``locked``) ask at once, the box ticked when it was ``remembered``."""
        if locked:
            self._ask(path, failed="", remembered=remembered, locked=True)
            return

        def known(result: Unlocked | str) -> None:
            if isinstance(result, Unlocked):
                self._on_unlocked(result)
            else:
                self._ask(path, failed=result, remembered=False, locked=False)

        self.controller.worker().submit(
            lambda: _open_known(path), known, self.controller.open_failed(path)
        )

    def create_new(self, path: Path) -> None:
        """Offer a passphrase for a new library at ``path`` (on by default), then create it."""
        c = self.controller
        dialog = PassphraseDialog(Purpose.NEW_LIBRARY, path.name, c.window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.chosen.connect(lambda _current, new: self._create(path, new))
        dialog.rejected.connect(c.pick_cancelled)
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog))
        dialog.open()
        self.new_library_dialog = dialog

    def _create(self, path: Path, passphrase: str | None) -> None:
        if passphrase is None:
            self.controller.open(path, create=True)
            return
        self.controller.worker().submit(
            lambda: Unlocked(open_with(path, passphrase, create=True)),
            self._on_unlocked,
            self.controller.open_failed(path),
        )

    def _ask(self, path: Path, *, failed: str, remembered: bool, locked: bool) -> None:
        c = self.controller
        note = ""
        if failed == REMEMBERED_FAILED:
            note = self.tr(
                "The passphrase remembered on this computer no longer unlocks this library."
            )
        elif failed == GIVEN_FAILED:
            note = self.tr("The passphrase given does not unlock this library.")
        dialog = UnlockDialog(
            path,
            lambda passphrase, remember: _try(path, passphrase, remember),
            c.worker(),
            keychain=keychain.available(),
            quit_instead=c.window is None,
            locked=locked,
            note=note,
            parent=c.window,
        )
        dialog.remember.setChecked(remembered)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.failed.connect(self.controller.open_failed(path))
        dialog.cancelled.connect(c.pick_cancelled)
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog))
        dialog.open()
        self.dialog = dialog

    def _on_dialog_finished(self, dialog: UnlockDialog | PassphraseDialog) -> None:
        if dialog is self.dialog:
            self.dialog = None
        if dialog is self.new_library_dialog:
            self.new_library_dialog = None
        dialog.deleteLater()

    def _on_unlocked(self, unlocked: Unlocked) -> None:
        c = self.controller
        c.locking.remembered = unlocked.remembered
        c.switch_to(unlocked.library)
        if unlocked.keychain_problem and c.window is not None:
            text = self.tr("The passphrase could not be remembered: {reason}").format(
                reason=unlocked.keychain_problem
            )
            c.window.statusBar().showMessage(text, STATUS_MS)
