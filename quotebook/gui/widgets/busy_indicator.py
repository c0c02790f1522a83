"""The status bar's word on a long edit: what it is doing, once it has taken half a second.

A bulk edit (moving a hundred thousand quotes to the trash, undoing it) runs on the
worker and then the list is searched again; meanwhile the window stays usable. After
:data:`SHOW_AFTER_MS` the status bar says what is being done, with a moving bar,
until the list shows the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

if TYPE_CHECKING:
    from ..quotes.browser import Browser

SHOW_AFTER_MS = 500


class BusyIndicator(QObject):
    """A label and an endless progress bar in the status bar, shown for long edits."""

    def __init__(self, status: QStatusBar, browser: Browser, parent: QWidget) -> None:
        super().__init__(parent)
        self.browser = browser
        self.label = QLabel(parent)
        self.label.setObjectName("busyLabel")
        self.bar = QProgressBar(parent)
        self.bar.setObjectName("busyBar")
        self.bar.setAccessibleName(self.tr("Working"))
        self.bar.setRange(0, 0)  # no end known: the bar moves to and fro
        self.bar.setMaximumWidth(120)
        for widget in (self.label, self.bar):
            widget.hide()
            status.addPermanentWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._waiting_for_list = False
        browser.results_shown.connect(self._on_browser_results_shown)

    def start(self, text: str) -> None:
        """An edit began: say ``text`` if it is still going in half a second."""
        self.label.setText(text)
        self._waiting_for_list = False
        self._timer.start(SHOW_AFTER_MS)

    def done(self) -> None:
        """The edit is done: keep saying so until the list shows its result, if it
        is being searched again."""
        if self.browser.awaiting:
            self._waiting_for_list = True
        else:
            self.finish()

    def finish(self) -> None:
        """Done, or refused: say nothing more."""
        self._waiting_for_list = False
        self._timer.stop()
        self.label.hide()
        self.bar.hide()

    def _on_timer_timeout(self) -> None:
        self.label.show()
        self.bar.show()

    def _on_browser_results_shown(self, _result: object) -> None:
        if self._waiting_for_list:
            self.finish()
