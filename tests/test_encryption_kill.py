"""A process killed at each step of encrypt, change-passphrase or decrypt leaves a
usable library, and running the same command again finishes the job."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from encrypted_library import every_row, fill

from quotebook.core import Library
from quotebook.core.storage import keys
from quotebook.core.storage.backup import list_backups
from quotebook.core.storage.encryption import change_passphrase, decrypt_library, encrypt_library
from quotebook.core.storage.files import leftovers

# (function of encryption.py, which call of it) the process dies at, and whether the
# library is already under the new key by then.
STEPS = [
    ("_verify", 1, False),  # the library's copy is made, not yet checked
    ("_swap", 1, False),  # checked, not yet renamed in
    ("shred", 3, True),  # renamed in (after the -wal and -shm), the old bytes not yet overwritten
    ("_swap", 2, True),  # the library done, its first backup not yet renamed in
]
# (operation, passphrase before, passphrase after)
OPERATIONS = [("encrypt", None, "new"), ("change", "old", "new"), ("decrypt", "old", None)]

_DIE = """
import os, sys
from pathlib import Path
from quotebook.core.storage import encryption
name, nth, op, path = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
real, calls = getattr(encryption, name), []
def dying(*args, **kwargs):
    calls.append(1)
    if len(calls) == nth:
        os._exit(9)
    return real(*args, **kwargs)
setattr(encryption, name, dying)
if op == "encrypt":
    encryption.encrypt_library(path, "new")
elif op == "change":
    encryption.change_passphrase(path, "old", "new")
else:
    encryption.decrypt_library(path, "old")
"""


@pytest.fixture(autouse=True)
def _empty_ring() -> Iterator[None]:
    keys.forget_all()
    yield
    keys.forget_all()


def finish(op: str, path: Path) -> None:
    if op == "encrypt":
        encrypt_library(path, "new")
    elif op == "change":
        change_passphrase(path, "old", "new")
    else:
        decrypt_library(path, "old")


@pytest.mark.parametrize(("function", "nth", "swapped"), STEPS)
@pytest.mark.parametrize(("op", "before", "after"), OPERATIONS)
def test_a_kill_at_each_step_leaves_a_usable_library(
    library_path: Path,
    function: str,
    nth: int,
    swapped: bool,
    op: str,
    before: str | None,
    after: str | None,
) -> None:
    with Library(library_path, passphrase=before) as library:
        fill(library, quotes=30)
        library.backup_now()
    rows = every_row(library_path, before)
    keys.forget_all()

    script = textwrap.dedent(_DIE)
    argv = [sys.executable, "-c", script, function, str(nth), op, str(library_path)]
    died = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert died.returncode == 9, died.stderr

    now = after if swapped else before
    with Library(library_path, passphrase=now) as library:
        assert library.info().quotes == 30
    assert leftovers(library_path) == []  # opening removed the half-made copy
    assert every_row(library_path, now) == rows
    keys.forget_all()

    finish(op, library_path)
    keys.forget_all()
    assert every_row(library_path, after) == rows
    keys.forget_all()
    with keys.given(library_path, after):
        assert [b.quotes for b in list_backups(library_path)] == [30]
