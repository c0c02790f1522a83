"""The frozen programs' entry point: exactly the ``quotebook`` command.

Started without a command (as a reporter double-clicking ``Quotebook`` does) it
opens the desktop app; with one (``--version``, ``demo``, ``info``…) it is the
command line.

For the smoke test of a build (packaging/smoke_test.py), setting
``QUOTEBOOK_SMOKE_SCREENSHOT=FILE.png`` starts the program without a command, as
a double-click does, on the library ``QUOTEBOOK_LIBRARY`` names, saves the main
window as a PNG once it has been shown, and closes the window the way a reporter
would; the exit status is the app's own. That proves the frozen Qt, its plugins
and the packaged resources work together, with nothing but the built program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from quotebook.cli import main

SCREENSHOT_ENV = "QUOTEBOOK_SMOKE_SCREENSHOT"
POLL_MS = 100
SETTLE_POLLS = 15  # let the window's first reads (done off the GUI thread) arrive
GIVE_UP_POLLS = 600


def screenshot_then_quit(target: Path) -> int:
    """Open the app, save its main window to ``target`` once shown, close it; the status."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    polls = {"shown": 0, "all": 0, "saved": 0}

    def poll() -> None:
        polls["all"] += 1
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        polls["shown"] = polls["shown"] + 1 if shown else 0
        if polls["shown"] >= SETTLE_POLLS:
            polls["saved"] = int(shown[0].grab().save(str(target), "PNG"))
            shown[0].close()
            return
        if polls["all"] >= GIVE_UP_POLLS:
            print("no main window was shown", file=sys.stderr)
            app.exit(1)
            return
        QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    status = main([])  # no command: the desktop app, on this QApplication
    if not polls["saved"]:
        print(f"the main window was not saved to {target}", file=sys.stderr)
        return status or 1
    print(f"saved the main window to {target}")
    return status


def run() -> int:
    """Take the smoke test's picture, or run ``quotebook``; the exit status."""
    screenshot = os.environ.get(SCREENSHOT_ENV)
    return screenshot_then_quit(Path(screenshot)) if screenshot else main()


if __name__ == "__main__":
    sys.exit(run())
