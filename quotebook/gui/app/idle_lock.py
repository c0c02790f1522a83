"""Locking an encrypted library when the reporter has been away for a while.

Every key press, click, wheel turn or mouse move anywhere in the app counts as
the reporter being there (an event filter on the application notes the time).
A timer looks every few seconds whether the idle time set in Preferences has
passed and, if so, calls ``lock()``. The clock is given, so a test moves time
on by hand and calls :meth:`IdleLock.check` instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

CHECK_EVERY_MS = 5_000
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleLock(QObject):
    """Calls ``lock()`` once the app has seen no input for ``minutes()`` (0: never)."""

    def __init__(
        self,
        minutes: Callable[[], int],
        lock: Callable[[], None],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._lock = lock
        self.clock = clock
        self.last_input = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch the whole application's input, counting idle time from now."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)  # installed once, however often started
            app.installEventFilter(self)
        self.last_input = self.clock()
        self._timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def check(self) -> bool:
        """Lock if the reporter has been away long enough; whether it locked."""
        minutes = self._minutes()
        if minutes <= 0 or self.clock() - self.last_input < minutes * 60:
            return False
        self.last_input = self.clock()
        self._lock()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last_input = self.clock()
        return False
