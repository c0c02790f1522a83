"""The crash dialog shows the traceback and copies it to the clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from quotebook.gui.app.crash_dialog import CrashDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _failing() -> None:
    raise RuntimeError("the sky fell")


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot: QtBot) -> None:
    try:
        _failing()
    except RuntimeError as exc:
        dialog = CrashDialog.for_exception(exc)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "RuntimeError: the sky fell" in dialog.details.toPlainText()
    QGuiApplication.clipboard().setText("")
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "in _failing" in copied
    assert copied.rstrip().endswith("RuntimeError: the sky fell")
    assert dialog.copied_label.text() == "The details are on the clipboard."


def test_close_closes_only_the_dialog(qtbot: QtBot) -> None:
    dialog = CrashDialog("Traceback: details")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()
    assert not dialog.isVisible()
    assert dialog.details.toPlainText() == "Traceback: details"
