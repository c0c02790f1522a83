"""Locking the app's encrypted library: View → Lock now (Ctrl+L) and the idle lock.

A lock lets go of everything that shows or holds the library: the edit in
flight is saved, the window (every view in it) is closed and the library with
it, the clipboard is cleared if it still holds a quote the app copied, and the
key is forgotten (``keys.forget``). Then the passphrase dialog returns; the right
passphrase opens the library in a new window laid out as before, showing the
same search. A plain library has nothing to lock: Lock now is off for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.storage import keys
from ..window import copied
from .idle_lock import IdleLock

if TYPE_CHECKING:
    from ..window.main_window import MainWindow
    from .controller import Controller


@dataclass(frozen=True)
class Shown:
    """What the window showed at the lock, to show again after it (memory only)."""

    query: str
    trash: bool


class Locking(QObject):
    """Locks the controller's window on demand and when the reporter is away."""

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.encrypted = False
        self.remembered = False  # the passphrase is kept in the system keychain
        self.shown: Shown | None = None
        self.idle = IdleLock(controller.settings.lock_after_minutes, self.lock, parent=self)

    def connect(self, window: MainWindow, encrypted: bool) -> None:
        """A new window: Lock now is on for an encrypted library; what was shown returns."""
        self.encrypted = encrypted
        window.acts.lock_now.setEnabled(encrypted)
        window.acts.lock_now.triggered.connect(self.lock)
        if encrypted:  # only then is the app's input watched: a plain library pays nothing
            self.idle.start()
        else:
            self.idle.stop()
        shown, self.shown = self.shown, None
        if shown is not None and (shown.query or shown.trash):
            window.show_view(shown.query, trash=shown.trash)

    def lock(self) -> None:
        """Close the library and everything showing it, then ask for the passphrase."""
        c = self.controller
        window, session = c.window, c.session
        if window is None or session is None or not self.encrypted or c.busy:
            return
        path = session.library.path
        self.shown = Shown(window.search_bar.line.text(), window.browser.view.trash)
        window.editor.flush()
        session.wait_idle()  # the edit in flight is saved before the file closes
        self.idle.stop()
        c.let_go()
        copied.clear_if_ours()
        keys.forget(path)
        c.unlock(path, locked=True, remembered=self.remembered)

    def stop(self) -> None:
        self.idle.stop()
