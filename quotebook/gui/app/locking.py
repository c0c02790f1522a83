"""Locking the app's encrypted library: View → Lock now (Ctrl+L) and the idle lock.

A lock lets go of everything that shows or holds the library: the edit in
flight is saved, the window (every view in it) is closed and the library with
it, the clipboard is cleared if it still holds a quote the app copied, and the
key is forgotten (``keys.forget``). Then the passphrase dialog returns; the right
passphrase opens the library in a new window laid out as before, showing the
same search. A plain library has nothing to lock: Lock now is off for it.

The dialogs open at the lock are put away first (:mod:`..widgets.keeping`): what
was typed in them is kept in memory, and once the same library is unlocked they
are opened again holding it (:mod:`..window.kept_dialogs`); so is a new quote
typed in the editor whose source was not yet chosen (it is not in the library
until then). Unlocking another library drops what was kept. Ctrl+L locks from
inside a dialog too: a modal dialog blocks the window's own shortcut, so the key
is also watched app-wide.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from ...core.storage import keys
from ..quotes.quote_editor import QuoteDraft
from ..widgets.keeping import Kept, put_away
from ..window import copied
from ..window.kept_dialogs import bring_back
from .idle_lock import IdleLock

if TYPE_CHECKING:
    from ..window.main_window import MainWindow
    from .controller import Controller


@dataclass(frozen=True)
class Shown:
    """What the window showed at the lock, to show again after it (memory only)."""

    path: Path  # the library locked: another one unlocked shows none of this
    query: str
    trash: bool
    dialogs: tuple[Kept, ...] = ()
    new_quote: QuoteDraft | None = None  # typed in the editor, no source yet


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
            self._watch_keys(True)
        else:
            self.stop()
        shown, self.shown = self.shown, None
        if shown is None or shown.path != window.session.library.path.resolve():
            return
        if shown.query or shown.trash:
            window.show_view(shown.query, trash=shown.trash)
        if shown.new_quote is not None:
            window.editor.restore(shown.new_quote)
        bring_back(window, shown.dialogs)

    def lock(self) -> None:
        """Close the library and everything showing it, then ask for the passphrase."""
        c = self.controller
        window, session = c.window, c.session
        if window is None or session is None or not self.encrypted or c.busy:
            return
        path = session.library.path
        window.editor.flush()
        session.wait_idle()  # the edit in flight is saved before the file closes
        dialogs = tuple(put_away(window))
        query, trash = window.search_bar.line.text(), window.browser.view.trash
        new_quote = window.editor.lock_state()
        self.shown = Shown(path.resolve(), query, trash, dialogs, new_quote)
        self.stop()
        c.let_go()
        copied.clear_if_ours()
        keys.forget(path)
        c.unlock(path, locked=True, remembered=self.remembered)

    def stop(self) -> None:
        self.idle.stop()
        self._watch_keys(False)

    def _watch_keys(self, on: bool) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)  # installed once, however often connected
            if on:
                app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L in a dialog over the window locks as it does in the window."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        window = self.controller.window
        if window is None or not isinstance(watched, QWidget) or watched.window() is window:
            return False  # the window's own shortcut locks it
        pressed = QKeySequence(event.keyCombination())
        if (
            pressed.matches(window.acts.lock_now.shortcut())
            != QKeySequence.SequenceMatch.ExactMatch
        ):
            return False
        self.lock()
        return True
