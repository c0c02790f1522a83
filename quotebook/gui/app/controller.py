"""What the app's locking, unlocking and encryption steps need of the app, declared
without it.

:class:`~.app.AppController` owns the window and its library; the modules that
lock, unlock and re-key it are given the controller as a :class:`Controller`, so
that none of them imports the module that creates them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ...core import Library, StorageError
    from ..window.main_window import MainWindow
    from .session import Session
    from .settings import Settings
    from .worker import Worker


class Remembering(Protocol):
    """The lock's note of whether the passphrase is kept in the system keychain."""

    remembered: bool


class Controller(Protocol):
    """The app as the lock, the unlock and the encryption steps see it."""

    settings: Settings
    window: MainWindow | None
    session: Session | None
    locking: Remembering

    @property
    def busy(self) -> bool: ...
    def worker(self) -> Worker: ...
    def open(self, path: Path, create: bool = False) -> bool: ...
    def reopen(self, path: Path, then: Callable[[MainWindow], None]) -> None: ...
    def unlock(self, path: Path, *, locked: bool = False, remembered: bool = False) -> None: ...
    def switch_to(self, library: Library) -> None: ...
    def let_go(self) -> None: ...
    def close_library(self, window: MainWindow) -> None: ...
    def pick_cancelled(self) -> None: ...
    def show_problem(self, path: Path, error: StorageError) -> None: ...
    def open_failed(self, path: Path) -> Callable[[BaseException, str], None]: ...
    def report_bug(self, error: BaseException, trace: str) -> None: ...
