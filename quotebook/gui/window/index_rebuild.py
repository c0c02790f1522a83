"""The search index rebuilt after an upgrade, in the background, its progress shown.

A large library opened for the first time after the upgrade that added word forms
has its full-text index rebuilt in short steps beside the worker (the library's
``rebuild_step``); the status bar says how far it is and that searches find part
of the library until it is done. Closing the app stops it within a step, which is
then not kept (``Library.stop_background``); the next opening carries on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from ...core import StoppedError, StorageError

if TYPE_CHECKING:
    from .workbench import Workbench

Progress = tuple[int, int] | None


class IndexRebuild(QObject):
    """Steps the rebuild along while the app runs; a label in the status bar shows it."""

    def __init__(self, window: Workbench) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(window)
        self.label.setObjectName("indexRebuild")
        self.label.setAccessibleName(self.tr("Search index"))
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self._step)
        self.running = False

    def start(self) -> None:
        """Carry on a rebuild the library has pending (nothing when there is none)."""
        library = self.window.session.library
        self.window.session.in_background(library.index_rebuild, self._on_progress, self._stop)

    def _step(self) -> None:
        library = self.window.session.library

        def step() -> Progress:
            library.rebuild_step()
            return library.index_rebuild()

        self.window.session.in_background(step, self._on_progress, self._stop)

    def _on_progress(self, progress: Progress) -> None:
        if progress is None:
            if self.running:
                self.running = False
                self.label.hide()
                self.window.browser.refresh()  # the whole library is searched now
                self.window.refresh_navigator()
            return
        done, total = progress
        percent = 100 * done // max(total, 1)
        text = self.tr("Rebuilding the search index: {percent}% (searches find part of it)")
        self.label.setText(text.format(percent=percent))
        self.label.show()
        self.running = True
        self._next.start(0)

    def _stop(self, error: BaseException, _trace: str) -> None:
        """Closing (StoppedError) or a storage error stops the rebuild; the next opening
        carries on from the last step kept."""
        self.running = False
        self.label.hide()
        if not isinstance(error, StorageError | StoppedError):
            raise error
