#!/usr/bin/env python3
"""Smoke-test an installed or frozen Quotebook the way a reporter would first use it.

    python packaging/smoke_test.py [--window-python VENV/bin/python] VENV/bin/quotebook
    python packaging/smoke_test.py [--window dist/Quotebook/Quotebook] dist/Quotebook/quotebook-cli

COMMAND (the command line) is run from an empty temporary folder, never from the source tree, with
no ``PYTHONPATH``, a fresh library, its own config and data folders and Qt's
offscreen platform, so nothing on the machine (a checkout, a library, a display)
can stand in for what the installed program ships. Each step prints ``ok`` with
its time; the first failure prints what the command said and exits 1.

With ``--window`` (a frozen app) or ``--window-python`` (an installed
environment's Python, which runs packaging/quotebook_entry.py) the desktop app
is opened on the demo library too, its main window saved as a PNG
(``QUOTEBOOK_SMOKE_SCREENSHOT``, see packaging/quotebook_entry.py) and closed;
the app must exit with status 0. ``--keep-png FILE`` keeps that picture.

Needs only the standard library: it also runs on a build machine that has no
Quotebook environment.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120
ENTRY = ROOT / "packaging" / "quotebook_entry.py"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Smaller than this, the picture cannot be a main window with its menus and table.
MIN_WINDOW = (400, 300)


class SmokeError(Exception):
    """A step did not do what a reporter would expect."""


@dataclass(frozen=True)
class Run:
    """How to run the program under test, and where."""

    command: list[str]
    workdir: Path
    env: dict[str, str]
    window: list[str] | None = None

    @property
    def library(self) -> Path:
        return self.workdir / "smoke library.sqlite3"

    @property
    def screenshot(self) -> Path:
        return self.workdir / "main window.png"

    def __call__(self, *args: str, program: list[str] | None = None, **env: str) -> str:
        """Run the program with ``args``; return its standard output or raise SmokeError."""
        done = subprocess.run(
            [*(program or self.command), *args],
            cwd=self.workdir,
            env={**self.env, **env},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            shown = " ".join([*(program or ["quotebook"]), *args])
            raise SmokeError(
                f"`{shown}` exited with status {done.returncode}\n"
                f"--- stdout:\n{done.stdout}--- stderr:\n{done.stderr}"
            )
        return done.stdout


def expected_version() -> str:
    """``__version__`` from the source tree, read as text so nothing is imported from it."""
    init = (ROOT / "quotebook" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', init, re.MULTILINE)
    if found is None:
        raise SmokeError("no __version__ in quotebook/__init__.py")
    return found.group(1)


def step_version(run: Run) -> None:
    """``--version`` names the version this source tree is."""
    said = run("--version").strip()
    if said != f"Quotebook {expected_version()}":
        raise SmokeError(f"--version said {said!r}, expected 'Quotebook {expected_version()}'")


def step_demo(run: Run) -> None:
    """The demo fills a new library (its data is read from inside the package)."""
    said = run("--library", str(run.library), "demo")
    if not re.search(r"added the demo to .*: [1-9]\d* quotes", said):
        raise SmokeError(f"demo said {said!r}")
    if not run.library.is_file():
        raise SmokeError(f"demo created no library at {run.library}")


def step_info(run: Run) -> None:
    """``info`` reads the demo library back."""
    said = run("--library", str(run.library), "info")
    found = re.search(r"quotes: (\d+)\s+sources: (\d+)\s+articles: (\d+)", said)
    if found is None or 0 in {int(count) for count in found.groups()}:
        raise SmokeError(f"info after the demo said {said!r}")


def step_search(run: Run) -> None:
    """A search in the demo library lists matching quotes (the full-text index works)."""
    said = run("--library", str(run.library), "search", "tag:draft")
    if not re.search(r"^#\d+ ", said, re.MULTILINE):
        raise SmokeError(f"search tag:draft in the demo found nothing: {said!r}")


def step_export(run: Run) -> None:
    """The editor's CSV sheet is written with a header and one row per exported quote."""
    sheet = run.workdir / "smoke export.csv"
    said = run("--library", str(run.library), "export", "-o", str(sheet))
    wrote = re.search(r"wrote (\d+) quotes", said)
    if wrote is None or not sheet.is_file():
        raise SmokeError(f"export said {said!r} and wrote no {sheet.name}")
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if "attribution" not in rows[0] or len(rows) - 1 != int(wrote.group(1)):
        raise SmokeError(f"{sheet.name} has {len(rows) - 1} rows under {rows[0]}; {said!r}")


def step_encrypt(run: Run) -> None:
    """A copy of the demo library is encrypted and read back with its passphrase (SQLCipher)."""
    copy = run.workdir / "smoke encrypted.sqlite3"
    shutil.copyfile(run.library, copy)
    secret = run.workdir / "smoke passphrase.txt"
    secret.write_text("smoke test passphrase\n", encoding="utf-8")
    said = run("--library", str(copy), "encrypt", "--new-passphrase-file", str(secret))
    if "encrypted" not in said or copy.read_bytes().startswith(b"SQLite format 3"):
        raise SmokeError(f"encrypt said {said!r} and left the file plain")
    said = run("--library", str(copy), "--passphrase-file", str(secret), "info")
    if "encrypted: yes" not in said or not re.search(r"quotes: [1-9]", said):
        raise SmokeError(f"info on the encrypted copy said {said!r}")


def step_window(run: Run) -> None:
    """The app opens the demo library, its main window is saved as a PNG, and it quits."""
    if run.window is None:
        return
    env = {"QUOTEBOOK_SMOKE_SCREENSHOT": str(run.screenshot), "QUOTEBOOK_LIBRARY": str(run.library)}
    run(program=run.window, **env)
    if not run.screenshot.is_file():
        raise SmokeError(f"the app exited without saving {run.screenshot}")
    data = run.screenshot.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    if data[:8] != PNG_SIGNATURE or width < MIN_WINDOW[0] or height < MIN_WINDOW[1]:
        raise SmokeError(f"the main window picture is {width}x{height}, not a main window")


STEPS: list[tuple[str, Callable[[Run], None]]] = [
    ("version", step_version),
    ("demo", step_demo),
    ("info", step_info),
    ("search", step_search),
    ("export", step_export),
    ("encrypt", step_encrypt),
    ("window", step_window),
]


def clean_environment(workdir: Path) -> dict[str, str]:
    """The caller's environment without anything that could point at the source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "QUOTEBOOK_LIBRARY", "VIRTUAL_ENV"}
    }
    home = workdir / "home"
    for name in ("config", "data", "cache", "state"):
        (home / name).mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name.upper()}_HOME"] = str(home / name)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def smoke(
    command: list[str],
    workdir: Path,
    window: list[str] | None,
    timings: list[tuple[str, float]],
) -> None:
    """Run every step in order, adding each passed step's name and seconds to ``timings``.

    Raises SmokeError at the first step that fails.
    """
    run = Run(command, workdir, clean_environment(workdir), window)
    for name, step in STEPS:
        if name == "window" and window is None:
            continue
        started = time.perf_counter()
        step(run)
        timings.append((name, time.perf_counter() - started))
        print(f"ok  {name:<8} {timings[-1][1]:6.2f} s", flush=True)


def _program(given: str) -> str:
    """An absolute path to ``given``, looked up on PATH when it is a bare name.

    Symbolic links are kept: a virtual environment's ``python`` is one, and
    resolving it would leave the environment.
    """
    return str(Path(shutil.which(given) or given).absolute())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="+", help="the quotebook program and leading args")
    opened = parser.add_mutually_exclusive_group()
    opened.add_argument("--window", metavar="PROGRAM", help="the frozen desktop app")
    opened.add_argument("--window-python", metavar="PYTHON", help="an installed env's Python")
    parser.add_argument("--keep-png", metavar="FILE", type=Path, help="keep the window's PNG")
    args = parser.parse_args(argv)
    command = [_program(args.command[0]), *args.command[1:]]
    window = None
    if args.window:
        window = [_program(args.window)]
    elif args.window_python:
        window = [_program(args.window_python), str(ENTRY)]
    started = time.perf_counter()
    timings: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="quotebook-smoke-") as workdir:
        try:
            smoke(command, Path(workdir), window, timings)
        except (SmokeError, subprocess.TimeoutExpired, OSError) as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr, flush=True)
            print(f"smoke: {len(timings)} passed, 1 failed")
            return 1
        if args.keep_png and window is not None:
            shutil.copyfile(Path(workdir) / "main window.png", args.keep_png)
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    print(f"smoke: {len(timings)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
