"""Fixtures of the GUI tests (pytest-qt's ``qtbot`` provides the QApplication)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from quotebook.gui.worker import Worker


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    """A running worker thread, stopped after the test."""
    running = Worker()
    yield running
    running.wait_idle()
    running.stop()
