"""Starting the app where no window can open: one clear line and status 2, never Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quotebook.gui.app import launch

# The child runs the launcher as the ``quotebook`` command does, then reports whether
# PySide6 was imported at all (it must not be, before the display is known to work).
_CHILD = """
import sys
from quotebook.gui.app import launch
status = launch.main()
print("pyside-loaded" if "PySide6" in sys.modules else "pyside-not-loaded")
sys.exit(status)
"""

# Same, with the dynamic loader refusing libxcb-cursor.so.0, as on a Debian 12
# machine without the libxcb-cursor0 package.
_CHILD_WITHOUT_XCB_CURSOR = (
    """
import ctypes
_real = ctypes.CDLL
def _refusing(name, *args, **kwargs):
    if name == "libxcb-cursor.so.0":
        raise OSError(name + ": cannot open shared object file: No such file or directory")
    return _real(name, *args, **kwargs)
ctypes.CDLL = _refusing
"""
    + _CHILD
)


def _bare_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["QUOTEBOOK_LIBRARY"] = str(tmp_path / "never-created.sqlite3")
    env.update(extra)
    return env


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )


def test_no_display_says_so_and_points_at_the_command_line(tmp_path: Path) -> None:
    child = _run(_CHILD, _bare_environment(tmp_path))
    assert child.returncode == launch.EXIT_NO_DISPLAY
    lines = child.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0]
    assert "quotebook --help" in lines[0]
    assert child.stdout.strip() == "pyside-not-loaded"
    assert not (tmp_path / "never-created.sqlite3").exists()


def test_missing_xcb_cursor_names_the_debian_package(tmp_path: Path) -> None:
    child = _run(_CHILD_WITHOUT_XCB_CURSOR, _bare_environment(tmp_path, DISPLAY=":97"))
    assert child.returncode == launch.EXIT_NO_DISPLAY
    lines = child.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "libxcb-cursor.so.0" in lines[0]
    assert "apt install libxcb-cursor0" in lines[0]
    assert "quotebook --help" in lines[0]
    assert child.stdout.strip() == "pyside-not-loaded"


def test_the_platform_follows_qt_rules() -> None:
    assert launch.platform_plugin({}, "linux") is None
    assert launch.platform_plugin({"DISPLAY": ":0"}, "linux") == "xcb"
    assert launch.platform_plugin({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, "linux") == "wayland"
    assert launch.platform_plugin({"QT_QPA_PLATFORM": "offscreen"}, "linux") == "offscreen"
    assert launch.platform_plugin({"QT_QPA_PLATFORM": "xcb:foo=1"}, "linux") == "xcb"
    assert launch.platform_plugin({}, "win32") == "win32"


def test_every_missing_library_is_named_with_its_package() -> None:
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    problem = launch.display_problem(
        {"DISPLAY": ":0"}, "linux", loadable=lambda soname: soname not in missing
    )
    assert problem is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in problem
    assert "apt install libxcb-icccm4 libxcb-keysyms1" in problem


def test_a_working_display_is_no_problem() -> None:
    assert launch.display_problem({"DISPLAY": ":0"}, "linux", loadable=lambda _s: True) is None
    assert launch.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert launch.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
