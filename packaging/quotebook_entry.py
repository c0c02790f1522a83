"""The frozen programs' entry point: the desktop app and the ``quotebook`` command.

``Quotebook`` (the program a reporter double-clicks) opens the desktop app when
it is started without arguments; given any (``--version``, ``demo``, ``info``…),
and always as ``quotebook-cli``, it is the ``quotebook`` command line.

For the smoke test of a build (packaging/smoke_test.py), setting
``QUOTEBOOK_SMOKE_SCREENSHOT=FILE.png`` instead opens the desktop app on the
library ``QUOTEBOOK_LIBRARY`` names, saves its main window as a PNG once it has
been shown, and closes the window the way a reporter would; the exit status is
the app's own. That proves the frozen Qt, its plugins and the packaged resources
work together, with nothing but the built program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from quotebook.cli import main

APP_PROGRAM = "quotebook"  # the stem of the app's file name, compared ignoring case
SCREENSHOT_ENV = "QUOTEBOOK_SMOKE_SCREENSHOT"
POLL_MS = 100
SETTLE_POLLS = 15  # let the window's first reads (done off the GUI thread) arrive
GIVE_UP_POLLS = 600


def screenshot_then_quit(target: Path) -> int:
    """Open the app, save its main window to ``target`` once shown, close it; the status."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from quotebook.gui import launch

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
    status = launch.main(None)
    if not polls["saved"]:
        print(f"the main window was not saved to {target}", file=sys.stderr)
        return status or 1
    print(f"saved the main window to {target}")
    return status


def run() -> int:
    """Open the app, take the smoke test's picture, or run a command; the exit status."""
    screenshot = os.environ.get(SCREENSHOT_ENV)
    if screenshot:
        return screenshot_then_quit(Path(screenshot))
    if len(sys.argv) == 1 and Path(sys.executable).stem.lower() == APP_PROGRAM:
        from quotebook.gui import launch

        return launch.main(None)
    return main()


if __name__ == "__main__":
    sys.exit(run())
