#!/usr/bin/env python3
"""Smoke-test an installed or frozen Quotebook the way a reporter would first use it.

    python packaging/smoke_test.py -- /path/to/venv/bin/quotebook
    python packaging/smoke_test.py -- dist/Quotebook/quotebook

COMMAND is run from an empty temporary folder, never from the source tree, with
no ``PYTHONPATH``, a fresh library, its own config and data folders and Qt's
offscreen platform, so nothing on the machine (a checkout, a library, a display)
can stand in for what the installed program ships. Each step prints ``ok`` with
its time; the first failure prints what the command said and exits 1.

Needs only the standard library: it also runs on a build machine that has no
Quotebook environment.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120


class SmokeError(Exception):
    """A step did not do what a reporter would expect."""


@dataclass(frozen=True)
class Run:
    """How to run the program under test, and where."""

    command: list[str]
    workdir: Path
    env: dict[str, str]

    @property
    def library(self) -> Path:
        return self.workdir / "smoke library.sqlite3"

    def __call__(self, *args: str) -> str:
        """Run the program with ``args``; return its standard output or raise SmokeError."""
        done = subprocess.run(
            [*self.command, *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise SmokeError(
                f"`quotebook {' '.join(args)}` exited with status {done.returncode}\n"
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


STEPS: list[tuple[str, Callable[[Run], None]]] = [
    ("version", step_version),
    ("demo", step_demo),
    ("info", step_info),
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


def smoke(command: list[str], workdir: Path) -> list[tuple[str, float]]:
    """Run every step in order; return each step's name and seconds. Raises SmokeError."""
    run = Run(command, workdir, clean_environment(workdir))
    timings: list[tuple[str, float]] = []
    for name, step in STEPS:
        started = time.perf_counter()
        step(run)
        timings.append((name, time.perf_counter() - started))
        print(f"ok  {name:<8} {timings[-1][1]:6.2f} s", flush=True)
    return timings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="+", help="the quotebook program and leading args")
    args = parser.parse_args(argv)
    program = shutil.which(args.command[0]) or args.command[0]
    command = [str(Path(program).resolve()), *args.command[1:]]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="quotebook-smoke-") as workdir:
        try:
            smoke(command, Path(workdir))
        except (SmokeError, subprocess.TimeoutExpired, OSError) as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"smoke test passed in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
