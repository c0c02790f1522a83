"""Start the desktop app, after making sure a window can be shown at all.

This module must not import PySide6 when it is imported: Qt aborts the process
(no exception, no message a reporter can act on) when there is no display or when
the X11 platform plugin cannot load its libraries. So the checks here run first,
with nothing but the standard library, and say in one line what is wrong and what
to do; only then is the Qt application created.
"""

from __future__ import annotations

import ctypes
import importlib
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

EXIT_NO_DISPLAY = 2

# Libraries Qt 6's xcb platform plugin links against, and the Debian package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loadable(soname: str) -> bool:
    """Whether the dynamic loader can find and load the shared library ``soname``."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_plugin(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """The Qt platform plugin this environment would use on Linux, or None for none at all.

    ``QT_QPA_PLATFORM`` wins; otherwise Qt picks Wayland when a Wayland display is
    announced and X11 (xcb) when only ``DISPLAY`` is. Other systems always have a
    display, reported here as their own name.
    """
    if not platform.startswith("linux"):
        return platform
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0]
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    return None


def missing_xcb_libraries(loadable: Callable[[str], bool] | None = None) -> list[str]:
    """The sonames of the xcb plugin's libraries that cannot be loaded."""
    check = loadable or _loadable
    return [soname for soname in XCB_LIBRARIES if not check(soname)]


def display_problem(
    env: Mapping[str, str],
    platform: str = sys.platform,
    loadable: Callable[[str], bool] | None = None,
) -> str | None:
    """One line saying why no window can be opened here, or None when one can."""
    plugin = platform_plugin(env, platform)
    if plugin is None:
        return (
            "quotebook: no display to open the window on (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set). Use the command line instead: quotebook --help"
        )
    if plugin == "xcb":
        missing = missing_xcb_libraries(loadable)
        if missing:
            packages = " ".join(XCB_LIBRARIES[soname] for soname in missing)
            return (
                f"quotebook: the window cannot open: Qt's X11 support needs "
                f"{', '.join(missing)}, which is not installed. On Debian or Ubuntu: "
                f"sudo apt install {packages} (or use the command line: quotebook --help)"
            )
    return None


def main(library: Path | None = None, passphrase: str | None = None) -> int:
    """Open the main window on ``library`` (or the default one), an encrypted one with
    ``passphrase`` (else its dialog asks); return the exit status."""
    problem = display_problem(os.environ)
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    # Imported by name: Qt loads only now, and the command line's strict type check
    # (which covers quotebook/cli.py and follows its imports) stops at the GUI.
    app = importlib.import_module(f"{__package__}.running")
    return int(app.run(library, passphrase))
