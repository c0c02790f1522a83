"""The passphrase dialog of an encrypted library: its name, a passphrase, Unlock.

``UnlockDialog(path, attempt, worker, ...)``: each press of Unlock runs
``attempt(passphrase, remember)`` on ``worker`` (every try costs the key
derivation's full second or so; the window must not freeze meanwhile), with the
button saying it is busy. A wrong passphrase is said in the dialog, which stays
for another try; anything else the attempt raises ends the dialog through
``failed(error, trace)``, for the app to word (a damaged file gets the damaged
library's message). ``unlocked(result)`` carries what the attempt returned;
``cancelled()`` says the reporter gave up.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.domain.errors import WrongPassphraseError
from ..app.worker import Worker
from .passphrase_dialog import PROBLEM_STYLE

# How long an unlock may take before the dialog says why a library can take longer.
SLOW_UNLOCK_MS = 3_000


class UnlockDialog(QDialog):
    """Ask for a library's passphrase and open the library with it (see the module)."""

    unlocked = Signal(object)
    failed = Signal(object, str)  # the error, its traceback
    cancelled = Signal()  # Cancel (or Quit), not a failure

    def __init__(
        self,
        path: Path,
        attempt: Callable[[str, bool], Any],
        worker: Worker,
        *,
        keychain: bool,
        quit_instead: bool,
        locked: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._attempt = attempt
        self._worker = worker
        self._working = False
        self._keychain = keychain
        self.setWindowTitle(self.tr("Unlock library"))
        self._build_fields(note)
        self._build_buttons(quit_instead)
        self._lay_out(keychain, locked)

    def _build_fields(self, note: str) -> None:
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.textEdited.connect(self._on_passphrase_edited)
        self.remember = QCheckBox(self.tr("Re&member on this computer"), self)
        self.remember.setToolTip(
            self.tr("Keep the passphrase in the system keychain, and unlock without asking")
        )
        self.remember.setEnabled(self._keychain)
        self.problem = QLabel(note, self)
        self.problem.setObjectName("unlockProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(note))
        self.waiting = QLabel(
            self.tr(
                "Still opening. After Quotebook did not close properly, or when the library "
                "is from an older version, the whole library is checked or upgraded first: "
                "a large one takes a minute or more."
            ),
            self,
        )
        self.waiting.setObjectName("unlockWaiting")
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_UNLOCK_MS)
        self._slow.timeout.connect(self._on_slow)

    def _build_buttons(self, quit_instead: bool) -> None:
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            self.tr("Quit") if quit_instead else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, keychain: bool, locked: bool) -> None:
        layout = QVBoxLayout(self)
        name = html.escape(self.path.name)
        if locked:
            words = self.tr("<b>{name}</b> was locked. Type its passphrase to go on.")
        else:
            words = self.tr("<b>{name}</b> is protected with a passphrase.")
        title = QLabel(words.format(name=name), self)
        title.setTextFormat(Qt.TextFormat.RichText)
        where = QLabel(str(self.path.parent), self)
        where.setObjectName("unlockFolder")
        where.setStyleSheet("color: palette(placeholder-text);")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        for widget in (title, where, label, self.passphrase, self.remember):
            layout.addWidget(widget)
        if not keychain:
            missing = QLabel(
                self.tr("No system keychain is available, so the passphrase cannot be remembered."),
                self,
            )
            missing.setObjectName("noKeychain")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        layout.addWidget(self.problem)
        layout.addWidget(self.waiting)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _on_passphrase_edited(self, _text: str) -> None:
        self.problem.hide()

    def _on_buttons_accepted(self) -> None:
        passphrase = self.passphrase.text()
        if self._working or not passphrase:
            return
        self._busy(True)
        remember = self.remember.isChecked()
        self._worker.submit(
            lambda: self._attempt(passphrase, remember), self._on_unlocked, self._on_failed
        )

    def _busy(self, working: bool) -> None:
        self._working = working
        self.unlock_button.setText(self.tr("Unlocking…") if working else self.tr("&Unlock"))
        for widget in (self.passphrase, self.remember, self.unlock_button, self.cancel_button):
            widget.setEnabled(not working and (widget is not self.remember or self._keychain))
        if working:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._slow.start()
        else:
            self.unsetCursor()
            self._slow.stop()
            self.waiting.hide()

    def _on_slow(self) -> None:
        """The key is derived in a second or so: a longer wait is the library's own."""
        if self._working:
            self.waiting.show()
            self.resize(self.width(), self.sizeHint().height())  # room for the words

    def _on_unlocked(self, result: object) -> None:
        self.passphrase.clear()
        self._busy(False)
        self.accept()
        self.unlocked.emit(result)

    def _on_failed(self, error: BaseException, trace: str) -> None:
        if isinstance(error, WrongPassphraseError):
            self._busy(False)
            self.problem.setText(self.tr("That passphrase does not unlock this library."))
            self.problem.show()
            self.resize(self.width(), self.sizeHint().height())  # room for the message
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self._busy(False)
        super().reject()
        self.failed.emit(error, trace)

    def reject(self) -> None:
        if not self._working:  # a try under way ends first: it cannot be stopped midway
            super().reject()
            self.cancelled.emit()
