"""Every file a library has on disk, and keeping them owner-only.

Beside ``library.sqlite3``: its ``-wal`` and ``-shm`` (SQLite's journal), its
``.lock``, its ``.backups`` folder and the backups in it, and the files a restore
kept (``.replaced-<time>``, with their own ``-wal`` and ``-shm``). Each of them holds
sources, or says where they are; see private.py for the modes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .lock import lock_path
from .private import shred, tighten

JOURNALS = ("-wal", "-shm", "-journal")


def backup_folder(library: Path) -> Path:
    """``<library name>.backups`` beside the library file."""
    return library.with_name(library.name + ".backups")


def with_journal(path: Path) -> Iterator[Path]:
    """A database file and its possible journal files."""
    yield path
    for suffix in JOURNALS:
        yield Path(f"{path}{suffix}")


def library_files(library: Path) -> Iterator[Path]:
    """The library, its journal, lock, backups folder and backups, and restore leftovers."""
    yield from with_journal(library)
    yield lock_path(library)
    folder = backup_folder(library)
    yield folder
    if folder.is_dir():
        yield from sorted(folder.iterdir())
    for replaced in replaced_files(library):
        yield from with_journal(replaced)


def replaced_files(library: Path) -> list[Path]:
    """The files a restore kept in the library's place (their journal files aside)."""
    found = library.parent.glob(f"{_escape(library.name)}.replaced-*")
    return sorted(path for path in found if not path.name.endswith(JOURNALS))


def tighten_library(library: Path, own_folder: Path | None = None) -> list[Path]:
    """Make the library's files owner-only where others could read them; return those.

    The library's folder is tightened too when it is ``own_folder`` (Quotebook's
    own data folder); any other folder is the reporter's to set.
    """
    paths = list(library_files(library))
    if own_folder is not None and library.parent.resolve() == own_folder.resolve():
        paths.insert(0, library.parent)
    return tighten(paths)


def leftovers(library: Path) -> list[Path]:
    """Half-made copies a process left when it died backing up or restoring the library.

    ``.<backup>.<pid>.partial`` in the backups folder and
    ``.<library>.restoring.<pid>`` (with its journal) and ``.<library>.rekeying.<pid>``
    (encryption.py) beside the library: each a full copy of the library, never to
    be finished.
    """
    name = _escape(library.name)
    found = sorted(library.parent.glob(f".{name}.restoring.*"))
    found += sorted(library.parent.glob(f".{name}.rekeying.*"))
    found += sorted(library.parent.glob(f".{name}.replaced-*.rekeying.*"))
    folder = backup_folder(library)
    if folder.is_dir():
        found += sorted(folder.glob(f".{name}.*.partial*"))
    return [path for path in found if path.is_file()]


def remove_leftovers(library: Path) -> list[Path]:
    """Overwrite and remove :func:`leftovers`; only while nobody else has the library open."""
    found = leftovers(library)
    for path in found:
        shred(path)
    return found


def _escape(name: str) -> str:
    """A file name as a glob pattern that matches only itself."""
    return "".join(f"[{c}]" if c in "*?[]" else c for c in name)
