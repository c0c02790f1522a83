"""After the trash is emptied: say how many backups still hold it, offer to scrub them.

Finding the backups that hold the erased rows and rewriting them reads whole files,
so both run on the session's background thread; see core/scrub.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from ...core import QuotebookError
from ...core.domain.errors import DB_ERRORS
from ...core.library.scrub import Erased, backups_holding, scrub_backups
from ..dialogs import messages
from ..records.record_view import while_alive

if TYPE_CHECKING:
    from ..app.session import Session


class ScrubOffer(QObject):
    """One offer, for the rows one emptying of the trash erased."""

    def __init__(
        self, window: QMainWindow, session: Session, erased: Erased, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window, self.session, self.erased = window, session, erased

    def ask_when_found(self) -> None:
        """Look for the backups holding the rows, then say so and ask."""
        path = self.session.library.path
        self.session.in_background(
            lambda: backups_holding(path, self.erased),
            while_alive(self.window, self._offer),
            self._on_failed,
        )

    def _offer(self, holding: list[Path]) -> None:
        """Backups still hold what the trash held: say how many, offer to scrub them."""
        if not holding:
            return
        n = len(holding)
        self.window.statusBar().showMessage(
            self.tr("The trash is empty; {n} backup(s) still hold what it held.", "", n).format(n=n)
        )
        messages.confirm(
            self.window,
            self.tr("Scrub the backups too?"),
            self.tr(
                "{n} backup(s) of this library still hold the quotes and sources you "
                "deleted. Scrub them from the backups too? Each backup is rewritten "
                "without them and checked. If you keep them, the deleted quotes can be "
                "restored from a backup, and anyone who gets the backups can read them.",
                "",
                n,
            ).format(n=n),
            self.tr("Scrub backups"),
            self._scrub,
        )

    def _scrub(self) -> None:
        path = self.session.library.path
        self.window.statusBar().showMessage(self.tr("Scrubbing the backups…"))

        def done(scrubbed: list[Path]) -> None:
            self.window.statusBar().showMessage(
                self.tr(
                    "Scrubbed the deleted quotes from {n} backup(s).", "", len(scrubbed)
                ).format(n=len(scrubbed))
            )

        self.session.in_background(
            lambda: scrub_backups(path, self.erased),
            while_alive(self.window, done),
            self._on_failed,
        )

    def _on_failed(self, error: BaseException, trace: str) -> None:
        if not isinstance(error, (QuotebookError, OSError, *DB_ERRORS)):
            self.session.worker.failed.emit(error, trace)
            return
        messages.inform(
            self.window,
            self.tr("Backups not scrubbed"),
            self.tr("The backups could not all be scrubbed: {reason}").format(
                reason=getattr(error, "reason", None) or error
            ),
            warning=True,
        )
