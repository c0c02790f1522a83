"""Reading never needs writing: a library that cannot be written still opens for reading."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotebook.core import Library, LockedLibraryError, ReadOnlyLibraryError
from quotebook.core.storage.connect import connect
from quotebook.core.storage.opening import SCHEMA_VERSION, check_file

NOBODY = 65534


def _cli(path: Path, *argv: str, user: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(path.parent)}
    return subprocess.run(
        [sys.executable, "-m", "quotebook", "--library", str(path), *argv],
        capture_output=True,
        text=True,
        env=env,
        user=user,
        timeout=120,
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        sasha = library.add_source("Sasha", age=23, role="engineer").created
        assert sasha is not None
        library.add_quote("We left in March, before the draft.", sasha)
    return path


@pytest.fixture
def read_only_copy(filled: Path) -> Iterator[tuple[Path, int | None]]:
    """The library in a folder nobody may write: as another user when run as root
    (root writes whatever the modes say), else as this user."""
    folder = Path(tempfile.mkdtemp(prefix="quotebook-ro-"))
    copy = folder / "library.sqlite3"
    shutil.copy(filled, copy)
    copy.chmod(0o444)
    folder.chmod(0o555)
    yield copy, NOBODY if os.geteuid() == 0 else None
    folder.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_folder_opens_for_reading(read_only_copy: tuple[Path, int | None]) -> None:
    path, user = read_only_copy
    found = _cli(path, "search", "draft", user=user)
    assert found.returncode == 0, found.stderr
    assert "We left in March" in found.stdout
    info = _cli(path, "info", user=user)
    assert info.returncode == 0, info.stderr
    assert "quotes: 1" in info.stdout
    exported = _cli(path, "export", "-o", "-", user=user)
    assert exported.returncode == 0, exported.stderr
    assert "We left in March" in exported.stdout
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.sqlite3"]


def test_a_write_to_a_read_only_library_says_why(read_only_copy: tuple[Path, int | None]) -> None:
    path, user = read_only_copy
    before = path.read_bytes()
    added = _cli(path, "add-source", "Lepra", user=user)
    assert added.returncode == 1
    assert "Traceback" not in added.stderr
    assert "unexpected" not in added.stderr
    assert "read-only" in added.stderr or "cannot" in added.stderr
    assert path.read_bytes() == before


@pytest.fixture
def write_locked(filled: Path) -> Iterator[Path]:
    """Another program holds the library's write lock for the whole test.

    Through the library's own SQLite: two copies of SQLite in one process do not see
    each other's locks (another program is another process, where they do).
    """
    other = connect(filled)
    other.execute("BEGIN IMMEDIATE")
    yield filled
    other.rollback()
    other.close()


def test_reading_commands_do_not_wait_for_another_writer(write_locked: Path) -> None:
    found = _cli(write_locked, "search", "March")
    assert found.returncode == 0, found.stderr
    assert "We left in March" in found.stdout
    tags = _cli(write_locked, "tags")
    assert tags.returncode == 0, tags.stderr


def test_a_write_locked_library_opens_with_edits_off(write_locked: Path) -> None:
    with Library(write_locked) as library:
        assert isinstance(library.writes_off, LockedLibraryError)
        ids = library.search("draft").ids
        assert [row.text for row in library.quote_rows(ids)] == [
            "We left in March, before the draft."
        ]
        with pytest.raises(LockedLibraryError, match="another program"):
            library.add_source("Lepra")
        with pytest.raises(LockedLibraryError):
            library.add_tag("visa")


def test_reading_only_writes_nothing(filled: Path) -> None:
    with Library(filled) as library:
        library.tidy()
    before = filled.read_bytes()
    with Library(filled, read_only=True) as library:
        assert library.info().quotes == 1
        with pytest.raises(ReadOnlyLibraryError, match="reading only"):
            library.add_source("Lepra")
    assert filled.read_bytes() == before
    assert not Path(f"{filled}-wal").exists() or not Path(f"{filled}-wal").stat().st_size


def test_opening_reads_nothing_in_proportion_to_the_library(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotebook.core.storage import backup
    from quotebook.core.storage import opening as storage

    checks: list[Path] = []
    monkeypatch.setattr(storage, "inspect", lambda p, full=False: checks.append(p))
    monkeypatch.setattr(backup, "make_backup", lambda *a, **k: None)
    with Library(filled) as library:
        assert library.info().quotes == 1
    with Library(filled, read_only=True) as library:
        assert library.info().quotes == 1
    assert checks == []


def test_check_runs_the_full_check_and_remembers_it(filled: Path) -> None:
    checked = _cli(filled, "check")
    assert checked.returncode == 0, checked.stderr
    assert "no damage found" in checked.stdout
    with Library(filled, defer_check=True) as library:
        assert not library.check_pending


def test_a_search_upgrades_an_older_library_first(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "library_v1.sqlite3", old)
    assert check_file(old) < SCHEMA_VERSION
    found = _cli(old, "search", "")
    assert found.returncode == 0, found.stderr
    assert "matches" in found.stdout
    assert check_file(old) == SCHEMA_VERSION
