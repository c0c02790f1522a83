"""The Qt application's run: created, given its settings and language, run to the end."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ... import __version__, resources
from . import icons, translation
from .app import AppController
from .crash import install_excepthook
from .settings import Settings


def run(library: Path | None = None, passphrase: str | None = None) -> int:
    """Create the application, open the library and run until the last window closes."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Quotebook")
    app.setOrganizationName("Quotebook")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(resources.APP_ID)
    app.setWindowIcon(icons.app_icon())
    app.setQuitOnLastWindowClosed(False)
    settings = Settings()
    translation.install(translation.language_for(settings.language()))
    controller = AppController(settings)
    install_excepthook(lambda: controller.window)
    controller.start(library, passphrase)
    status = app.exec()
    controller.shutdown()
    return status
