"""The Qt binding the project installs survives the calls a desktop app makes all day.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every Qt call that
returns nothing and aborts the interpreter after a few thousand such calls;
pyproject.toml excludes that combination. This runs 20,000 such calls in a child
process, so an abort fails the test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version

CALLS = 20_000

_CHILD = f"""
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range({CALLS}):
    widget.update()
    widget.setToolTip("x")
print("survived", {CALLS})
"""


def test_twenty_thousand_void_qt_calls_survive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", _CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["survived", str(CALLS)]


def test_the_broken_binding_is_not_installed() -> None:
    broken = sys.version_info[:2] == (3, 11) and version("PySide6-Essentials") == "6.12.0"
    assert not broken
