"""Owner-only files: whatever holds sources is readable by its owner alone.

Folders Quotebook makes are 0700 and its files 0600: the library and its ``-wal``,
``-shm`` and lock file, the backups folder and its backups, the file a restore
replaced, exports and the app's settings. Files are created with that mode from
the first byte (never created open and tightened afterwards); SQLite gives a
library's ``-wal`` and ``-shm`` the mode of the library file, so creating the
library 0600 makes its journal 0600 too.

Opening a library tightens the files of it that are readable by others (made by an
older Quotebook, or copied in) and says which. Its folder is tightened only when it
is Quotebook's own data folder: a folder the reporter chose (Documents) is theirs.

Windows has no such modes: ``os.chmod`` only sets or clears the read-only flag. The
equivalent there is an access-control list granting the owner alone, which the
user's profile folders (``%LOCALAPPDATA%``, where the library lives by default)
already carry and new files inherit; these functions then create files as usual
and tighten nothing.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_OTHERS = stat.S_IRWXG | stat.S_IRWXO
POSIX = sys.platform != "win32"


def make_folder(path: Path) -> None:
    """Create ``path`` and any missing parent owner-only (0700); existing ones are kept.

    A file where the folder should be raises FileExistsError naming it.
    """
    if path.exists() and not path.is_dir():
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # made meanwhile by another process
        if POSIX:
            os.chmod(folder, FOLDER_MODE)


def create_file(path: Path) -> bool:
    """Create ``path`` empty and owner-only unless it exists; True when it was created.

    SQLite opening the empty file then writes a library (or a copy) into it without
    ever giving it a wider mode.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def open_new(path: Path, encoding: str) -> IO[str]:
    """A new text file at ``path``, owner-only, for writing; refused if it exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        return open(fd, "w", encoding=encoding, newline="")
    except BaseException:
        os.close(fd)
        raise


def make_private(path: Path) -> None:
    """Set an existing file or folder owner-only (a copy or a rename kept another mode)."""
    if POSIX:
        os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)


def tighten(paths: Iterable[Path]) -> list[Path]:
    """Take every permission away from group and others on ``paths``; return those changed.

    Owner bits are kept; missing paths are skipped, and so are paths this user does
    not own (their owner decides).
    """
    changed: list[Path] = []
    if not POSIX:
        return changed
    for path in paths:
        try:
            info = path.lstat()
        except FileNotFoundError:
            continue
        if stat.S_ISLNK(info.st_mode) or not info.st_mode & _OTHERS:
            continue
        if info.st_uid != os.getuid():
            continue
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~_OTHERS)
        changed.append(path)
    return changed


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it, then remove it.

    On a hard disk this leaves none of its bytes behind; an SSD (or a copy-on-write
    or journalling file system) may still keep old blocks, which only full-disk
    encryption protects. A file that has another name (a hard link to a file still
    in use, such as the one re-keying makes before it swaps the library) is only
    removed: its bytes belong to the other name.
    """
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return
    try:
        if os.fstat(fd).st_nlink <= 1:
            overwrite(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)


def overwrite(fd: int) -> None:
    """Overwrite the open file with zeros from its start, and flush it to disk."""
    os.lseek(fd, 0, os.SEEK_SET)
    size, block = os.fstat(fd).st_size, b"\0" * 2**20
    for _ in range(0, size, len(block)):
        os.write(fd, block)
    os.fsync(fd)


def is_private(path: Path) -> bool:
    """Whether nobody but the owner may read, write or enter ``path`` (always on Windows)."""
    return not POSIX or not path.stat().st_mode & _OTHERS
