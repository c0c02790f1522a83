"""The demo library: a file of its own beside the default library, filled once.

The demo never goes in beside what the reporter did: a demo file that holds
anything at all (tags only, rows in the trash) is opened as it is.
"""

from __future__ import annotations

from pathlib import Path

from ...core import Changes, ConflictError, StorageError, default_library_path
from ...core.library.demo import load_demo
from .session import Session

DEMO_FILE = "demo.sqlite3"


def demo_library_path() -> Path:
    """The demo library: a file of its own beside the default library."""
    return default_library_path().parent / DEMO_FILE


def fill_with_demo(session: Session) -> None:
    """Load the demo into an empty library, on the worker; one holding anything at all
    (tags only, rows in the trash) is left as it is."""
    library = session.library

    def fill() -> Changes:
        if library.info().quotes or library.list_sources():
            return Changes()
        changes = load_demo(library)
        library.forget_history()  # the demo's loading is not an edit to undo
        return changes

    def failed(error: BaseException, trace: str) -> None:
        if isinstance(error, StorageError):
            session.problem_reported.emit(session.tr("The demo cannot be loaded"), error.reason)
        elif not isinstance(error, ConflictError):  # not empty after all: opened as it is
            session.worker.failed.emit(error, trace)

    session.worker.submit(fill, session.announce, failed)
