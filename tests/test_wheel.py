"""The wheel and the sdist a reporter's ``pip install`` would get, built and run for real.

``python -m build`` makes the sdist from a copy of this tree and the wheel from
that sdist (so a file the sdist forgets is missing from the wheel too); the wheel
is installed into a fresh virtual environment, its dependencies coming from pip's
cache or the package index, and ``packaging/smoke_test.py`` runs the installed
``quotebook`` from a folder outside the source tree. Skip it while editing with
``pytest -m "not wheel"``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import quotebook

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
DIST = "quotebook_desktop"
# What a packager rebuilding from the sdist needs beside the package itself.
SDIST_FOLDERS = ("quotebook", "tests", "resources", "packaging", "docs", "benchmarks")
SDIST_FILES = ("README.md", "CHANGELOG.md", "LICENSE", "pyproject.toml", "MANIFEST.in", "dev.py")
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "venv", "build", "dist", "out", "*.egg-info", "__pycache__", "*.pyc",
    ".*_cache", ".hypothesis",
)  # fmt: skip


@dataclass(frozen=True)
class Built:
    """The source copy the distributions were built from, and the distributions."""

    source: Path
    sdist: Path
    wheel: Path


@dataclass(frozen=True)
class Installed:
    """A fresh virtual environment with the wheel installed, and a folder outside the tree."""

    python: Path
    quotebook: Path
    outside: Path


def _bin(venv: Path, name: str) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def _clean_env() -> dict[str, str]:
    """This environment without what would let the tree or this venv leak into a child."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QUOTEBOOK_LIBRARY"}
    return {key: value for key, value in os.environ.items() if key not in drop}


def _run(args: list[str | Path], cwd: Path, timeout: float) -> str:
    done = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _files_under(root: Path, folder: str) -> set[str]:
    """Relative POSIX paths of the files under ``root/folder``, caches left out."""
    base = root / folder
    return {
        path.relative_to(root).as_posix()
        for path in base.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The sdist and the wheel, built from a clean copy of this tree."""
    work = tmp_path_factory.mktemp("build")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    started = time.perf_counter()
    _run([sys.executable, "-m", "build", "--outdir", work / "dist", source], work, 300)
    print(f"\nbuilt the sdist and the wheel in {time.perf_counter() - started:.1f} s")
    (sdist,) = (work / "dist").glob(f"{DIST}-*.tar.gz")
    (wheel,) = (work / "dist").glob(f"{DIST}-*.whl")
    return Built(source, sdist, wheel)


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel installed with its dependencies into a new virtual environment."""
    work = tmp_path_factory.mktemp("installed")
    venv = work / "venv"
    started = time.perf_counter()
    _run([sys.executable, "-m", "venv", venv], work, 120)
    python = _bin(venv, "python")
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    _run([*pip, built.wheel], work, 900)
    print(f"\nmade a venv and installed the wheel in {time.perf_counter() - started:.1f} s")
    outside = work / "elsewhere"
    outside.mkdir()
    return Installed(python, _bin(venv, "quotebook"), outside)


def test_the_distributions_carry_the_version(built: Built) -> None:
    version = quotebook.__version__
    assert built.sdist.name == f"{DIST}-{version}.tar.gz"
    assert built.wheel.name == f"{DIST}-{version}-py3-none-any.whl"


def test_the_wheel_holds_every_file_of_the_package(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        shipped = {name for name in wheel.namelist() if name.startswith("quotebook/")}
    expected = _files_under(built.source, "quotebook")
    assert "quotebook/resources/icons/quotebook.svg" in expected
    assert expected - shipped == set()


def test_the_wheel_declares_the_command_and_the_dependencies(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        info = f"{DIST}-{quotebook.__version__}.dist-info"
        entry_points = wheel.read(f"{info}/entry_points.txt").decode()
        metadata = wheel.read(f"{info}/METADATA").decode()
    assert "quotebook = quotebook.cli:main" in entry_points
    assert "Requires-Dist: PySide6-Essentials" in metadata
    assert "Requires-Dist: sqlmodel" in metadata
    assert "License-Expression: MIT" in metadata


def test_the_sdist_holds_tests_docs_desktop_files_and_packaging(built: Built) -> None:
    prefix = built.sdist.name.removesuffix(".tar.gz") + "/"
    with tarfile.open(built.sdist) as sdist:
        shipped = {name.removeprefix(prefix) for name in sdist.getnames()}
    expected = set(SDIST_FILES)
    for folder in SDIST_FOLDERS:
        if (built.source / folder).is_dir():
            expected |= _files_under(built.source, folder)
    assert "resources/io.github.quotebook.Quotebook.desktop" in expected
    assert "tests/test_wheel.py" in expected
    assert expected - shipped == set()


def test_the_installed_package_runs_from_the_environment_not_the_tree(
    installed: Installed,
) -> None:
    code = (
        "import quotebook, quotebook.resources as r; print(quotebook.__file__); "
        "print(len(r.read_bytes(r.icon_png(512))), len(r.read_bytes('demo.json')))"
    )
    where, sizes = _run([installed.python, "-c", code], installed.outside, 60).splitlines()
    assert Path(where).is_relative_to(installed.python.parent.parent)
    assert not Path(where).is_relative_to(ROOT)
    assert all(int(size) > 0 for size in sizes.split())


def test_the_installed_program_passes_the_smoke_test(installed: Installed) -> None:
    """--version, demo, info, search, export, an encrypted copy, and the app opened,
    pictured and closed."""
    smoke = ROOT / "packaging" / "smoke_test.py"
    window = ["--window-python", installed.python]
    said = _run([sys.executable, smoke, *window, installed.quotebook], installed.outside, 600)
    print(f"\n{said}")
    for step in ("version", "demo", "info", "search", "export", "encrypt", "window"):
        assert f"ok  {step}" in said
    assert "smoke: 7 passed, 0 failed" in said
