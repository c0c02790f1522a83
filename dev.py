#!/usr/bin/env python3
"""Set up a development environment and run Quotebook or its tests.

Needs nothing but Python 3.11+: the first run creates ``.venv`` beside this file
and installs Quotebook into it with its test tools; later runs reuse it and
reinstall only when ``pyproject.toml`` has changed.

    python3 dev.py app [ARGS...]   open the desktop app (ARGS go to ``quotebook``)
    python3 dev.py test [ARGS...]  lint, type-check, run every test and the small benchmark
    python3 dev.py run ARGS...     run the ``quotebook`` command line
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "quotebook-install.stamp"
TYPED = ["quotebook/core", "quotebook/cli.py", "quotebook/commands"]
LINTED = [
    p for p in ("quotebook", "tests", "benchmarks", "packaging", "dev.py") if (ROOT / p).exists()
]


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment() -> Path:
    """Create the virtual environment and install the project when needed."""
    python = venv_python()
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if python.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return python
    if not python.exists():
        print("Creating the development environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    print("Installing Quotebook and its test tools …", flush=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)
    return python


def run(args: list[str]) -> int:
    return subprocess.run(args, cwd=ROOT).returncode


def test(python: Path, extra: list[str]) -> int:
    steps = [
        [str(python), "-m", "ruff", "check", *LINTED],
        [str(python), "-m", "ruff", "format", "--check", *LINTED],
        [str(python), "-m", "mypy", *TYPED],
        [str(python), "-m", "pytest", *extra],
        [str(python), "benchmarks/run.py", "--quotes", "10000", "--quick"],
    ]
    for step in steps:
        print("$", " ".join(step[1:]), flush=True)
        code = run(step)
        if code != 0:
            print(f"dev.py test: step failed with status {code}: {' '.join(step[1:])}")
            return code
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "run"}:
        print(__doc__)
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "test":
        return test(python, rest)
    return run([str(python), "-m", "quotebook", *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
