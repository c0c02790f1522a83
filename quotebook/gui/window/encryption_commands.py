"""File → Encrypt library…, Change passphrase… and Remove encryption….

Each asks for the passphrases its step needs, closes the library (the step
rewrites the file and its backups, which nothing may read meanwhile), runs the
step on the app's worker behind a busy indicator, opens the library again and
says what was done. Saying it honestly includes what no program can promise:
an SSD may keep old blocks of the unencrypted file, so full-disk encryption is
advised as well. A wrong current passphrase, a full disk or a damaged file
changes nothing and is said so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core import QuotebookError
from ...core.domain.errors import WrongPassphraseError
from ...core.storage import keys
from ...core.storage.encryption import Rekeyed, change_passphrase, decrypt_library, encrypt_library
from ..app import keychain
from ..dialogs import messages
from ..dialogs.passphrase_dialog import PassphraseDialog, Purpose
from .file_commands import reason

if TYPE_CHECKING:
    from ..app.controller import Controller
    from .main_window import MainWindow


def _step(purpose: Purpose, path: Path, current: str, new: str | None) -> Callable[[], Rekeyed]:
    """The core's step for ``purpose``, then the key ring and keychain kept in step."""

    def run() -> Rekeyed:
        if purpose is Purpose.ENCRYPT:
            assert new is not None
            result = encrypt_library(path, new)
        elif purpose is Purpose.CHANGE:
            assert new is not None
            result = change_passphrase(path, current, new)
        else:
            result = decrypt_library(path, current)
        if new is None:
            keys.forget(path)
        else:
            keys.use(path, new)
        _update_keychain(path, new)
        return result

    return run


def _update_keychain(path: Path, new: str | None) -> None:
    """A passphrase remembered on this computer follows the change (or is forgotten)."""
    try:
        if new is None:
            keychain.forget(path)
        elif keychain.remembered(path) is not None:
            keychain.remember(path, new)
    except keychain.KeychainUnavailable:
        pass  # nothing could have been remembered there


class EncryptionCommands(QObject):
    """Encrypt, re-key or decrypt the app's open library (see the module docstring)."""

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.progress: QProgressDialog | None = None
        self.busy = False

    def connect(self, window: MainWindow, encrypted: bool) -> None:
        """Wire a new window's File menu entries, available as the library allows."""
        a = window.acts
        writable = window.session.library.writes_off is None
        a.encrypt_library.setEnabled(writable and not encrypted)
        a.change_passphrase.setEnabled(writable and encrypted)
        a.remove_encryption.setEnabled(writable and encrypted)
        a.encrypt_library.triggered.connect(lambda: self.ask(Purpose.ENCRYPT))
        a.change_passphrase.triggered.connect(lambda: self.ask(Purpose.CHANGE))
        a.remove_encryption.triggered.connect(lambda: self.ask(Purpose.REMOVE))

    def ask(self, purpose: Purpose) -> None:
        """Ask for what ``purpose`` needs; the step runs once the reporter has said."""
        window = self.controller.window
        if window is None or self.busy:
            return
        path = window.session.library.path
        dialog = PassphraseDialog(purpose, path.name, window)
        # After the dialog has closed and the key press that closed it is done with:
        # closing the library waits for the worker, in an event loop of its own.
        dialog.chosen.connect(
            lambda current, new: QTimer.singleShot(0, lambda: self.run(purpose, path, current, new))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def run(self, purpose: Purpose, path: Path, current: str, new: str | None) -> None:
        """Close the library, run the step on the worker, then open the library again."""
        window = self.controller.window
        if window is None:
            return
        self.busy = True
        self._show_progress(purpose)
        self.controller.close_library(window)
        self.controller.worker().submit(
            _step(purpose, path, current, new),
            lambda result: self._on_done(purpose, path, result),
            lambda error, trace: self._on_failed(purpose, path, error, trace),
        )

    def _show_progress(self, purpose: Purpose) -> None:
        text = {
            Purpose.ENCRYPT: self.tr("Encrypting the library and its backups…"),
            Purpose.CHANGE: self.tr("Encrypting the library and its backups anew…"),
            Purpose.REMOVE: self.tr("Decrypting the library and its backups…"),
        }[purpose]
        # No parent: the window is greyed while its library is closed, and would grey
        # the indicator with it.
        progress = QProgressDialog(text, "", 0, 0)
        progress.setCancelButton(None)  # type: ignore[arg-type]
        progress.setWindowTitle(self.tr("Quotebook"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress

    def _finish(self, path: Path, then: Callable[[QWidget], None]) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.controller.reopen(path, then)

    def _on_done(self, purpose: Purpose, path: Path, result: Rekeyed) -> None:
        title, text = self._done_text(purpose, result.backups_rewritten)
        if result.backups_left:
            left = self.tr(
                "%n backup(s) could not be opened with either passphrase and were left as "
                "they were: %1",
                "",
                len(result.backups_left),
            ).replace("%1", ", ".join(str(p) for p in result.backups_left))
            text = f"{text}\n\n{left}"
        self._finish(path, lambda window: messages.inform(window, title, text))

    def _done_text(self, purpose: Purpose, backups: int) -> tuple[str, str]:
        advice = self.tr(
            "The unencrypted file was overwritten and deleted, but an SSD or a "
            "journaling disk may keep old blocks of it where no program can reach: "
            "use full-disk encryption as well (FileVault, BitLocker or LUKS)."
        )
        if purpose is Purpose.ENCRYPT:
            done = self.tr(
                "The library and %n backup(s) are now encrypted. Without the passphrase "
                "nobody can read them.",
                "",
                backups,
            )
            return self.tr("Library encrypted"), f"{done}\n\n{advice}"
        if purpose is Purpose.CHANGE:
            done = self.tr(
                "The library and %n backup(s) now open with the new passphrase only. "
                "Copies made before elsewhere still open with the old one.",
                "",
                backups,
            )
            return self.tr("Passphrase changed"), done
        done = self.tr(
            "The library and %n backup(s) are now stored unencrypted: anyone who can "
            "read the files can read them.",
            "",
            backups,
        )
        return self.tr("Encryption removed"), done

    def _on_failed(self, purpose: Purpose, path: Path, error: BaseException, trace: str) -> None:
        if not isinstance(error, QuotebookError | OSError):
            self._finish(path, lambda window: self.controller.report_bug(error, trace))
            return
        if isinstance(error, WrongPassphraseError):
            text = self.tr("That is not the library's current passphrase. Nothing was changed.")
        else:
            text = self.tr("{reason}. The library was left as it was.").format(reason=reason(error))
        title = {
            Purpose.ENCRYPT: self.tr("Library not encrypted"),
            Purpose.CHANGE: self.tr("Passphrase not changed"),
            Purpose.REMOVE: self.tr("Encryption not removed"),
        }[purpose]
        self._finish(path, lambda window: messages.inform(window, title, text, warning=True))
