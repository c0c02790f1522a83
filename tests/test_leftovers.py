"""Copies an interrupted backup or restore left behind are removed at the next open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quotebook.core import Library
from quotebook.core.storage.backup import MANUAL, backup_folder, make_backup

SECRET = b"Real-Name-LEFTOVER-77"


def _leave(library: Path) -> list[Path]:
    """A half-made backup and a half-made restore, as a process killed mid-way leaves them."""
    backup = make_backup(library, MANUAL).path
    partial = backup_folder(library) / f".{backup.name}.4242.partial"
    restoring = library.with_name(f".{library.name}.restoring.4243")
    journal = library.with_name(f".{library.name}.restoring.4243-journal")
    for path in (partial, restoring, journal):
        path.write_bytes(backup.read_bytes() + SECRET)
    return [partial, restoring, journal]


def test_leftovers_are_removed_at_the_next_open(library_path: Path) -> None:
    with Library(library_path) as lib:
        lib.add_source("Sasha", real_name="Real-Name-LEFTOVER-77")
    left = _leave(library_path)
    with Library(library_path) as lib:
        assert sorted(lib.leftovers_removed) == sorted(left)
        assert lib.info().sources == 1
    assert [p for p in left if p.exists()] == []
    assert len(list(backup_folder(library_path).iterdir())) == 1  # the finished backup stays


_HOLD = """
import sys
from quotebook.core import Library
lib = Library(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
lib.close()
"""


def test_leftovers_stay_while_another_process_has_the_library_open(library_path: Path) -> None:
    Library(library_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(library_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        left = _leave(library_path)
        with Library(library_path) as lib:
            assert lib.leftovers_removed == ()  # the holder may be making them right now
        assert all(p.exists() for p in left)
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=60)
        assert holder.stdout is not None
        holder.stdout.close()
