"""What the app does with an error nobody expected: say so, keep the window usable.

A known storage condition (disk full, library locked, read-only, damaged) is a
message naming the problem. Anything else is a bug: the crash dialog shows the
traceback with a button that copies it for a bug report, and the app goes on.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ... import __version__
from ...core import StorageError
from ..dialogs import messages
from .crash_dialog import CrashDialog


def _tr(text: object) -> str:
    # object: the words may come marked with QT_TRANSLATE_NOOP, typed as object.
    return QCoreApplication.translate("Crash", str(text))


def crash_details(trace: str) -> str:
    """The traceback with the versions a bug report needs."""
    from PySide6 import __version__ as pyside_version

    python = sys.version.split()[0]
    return f"Quotebook {__version__}, Python {python}, PySide6 {pyside_version}\n\n{trace}"


def report_error(parent: QWidget | None, error: BaseException, trace: str) -> None:
    """Show an error: a message for a known storage condition, the crash dialog otherwise."""
    if isinstance(error, StorageError) and parent is not None:
        messages.inform(
            parent,
            _tr(QT_TRANSLATE_NOOP("Crash", "The library cannot be used")),
            error.reason,
            warning=True,
        )
        return
    # The worker leaves the trace of the core's own errors unformatted (see worker.py).
    trace = trace or "".join(traceback.format_exception(error))
    dialog = CrashDialog(crash_details(trace), parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    """Route uncaught exceptions to :func:`report_error` instead of ending the app."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        trace = "".join(traceback.format_exception(kind, error, tb))
        if showing or isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        showing = True
        try:
            report_error(parent(), error, trace)
        except Exception:  # the report itself failed: the terminal is all that is left
            sys.__excepthook__(kind, error, tb)
        finally:
            showing = False

    sys.excepthook = hook
