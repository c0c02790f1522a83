"""``quotebook backup``, ``backups`` and ``restore``: verified copies of the library.

``backups`` and ``restore`` never open the library itself, so they work when it is
damaged, which is when they are needed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.storage.location import location_warning

if TYPE_CHECKING:
    from ..core.library.library import Library
    from ..core.storage.reading import ReaderBase


COMMANDS = ("backup", "backups", "restore")  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "backup",
        help="make a verified backup of the library now",
        description=(
            "Copy the library into its backup folder (<library>.backups beside it), "
            "check the copy with SQLite's integrity check, and print where it went. "
            "Backups made this way are kept until you delete them."
        ),
    )
    parser.set_defaults(handler=_backup)
    parser = commands.add_parser(
        "backups",
        help="list the library's backups, newest first",
        description="List the backups in the library's backup folder: date, kind, quotes.",
    )
    parser.set_defaults(handler=_backups, needs_library=False)
    parser = commands.add_parser(
        "restore",
        help="replace the library with one of its backups",
        description=(
            "Check the backup (intact, a Quotebook library, not from a newer version), "
            "then put it in the library's place. The replaced library is kept beside "
            "it as <name>.replaced-<time>. Close Quotebook first."
        ),
    )
    parser.add_argument("backup", type=Path, help="the backup file (a path, or its name)")
    parser.set_defaults(handler=_restore, needs_library=False)


def report_on_open(library: ReaderBase) -> None:
    """Warnings worth a line on stderr whenever a command opens the library."""
    warning = location_warning(library.path)
    if warning:
        print(f"quotebook: warning: {warning}", file=sys.stderr)
    if library.tightened:
        print(f"quotebook: {tightened_line(library.tightened)}", file=sys.stderr)
    if library.writes_off is not None:
        print(f"quotebook: note: edits are off: {library.writes_off.reason}", file=sys.stderr)
    if library.backup_problem:
        print(
            f"quotebook: warning: the automatic backup failed: {library.backup_problem}",
            file=sys.stderr,
        )


def tightened_line(paths: Sequence[Path]) -> str:
    """The one line saying that files others could read were made owner-only."""
    files = "1 file" if len(paths) == 1 else f"{len(paths)} files"
    return (
        f"other users could read {files} of this library (such as {paths[0]}); "
        "made readable by you only"
    )


def _backup(args: argparse.Namespace, library: Library) -> int:
    made = library.backup_now()
    print(f"backed up {made.quotes} quotes to {made.path}")
    return 0


def _backups(args: argparse.Namespace, library: None) -> int:
    from ..core.storage.backup import backup_folder, list_backups

    backups = list_backups(args.library)
    if not backups:
        print(f"no backups yet in {backup_folder(args.library)}", file=sys.stderr)
        return 0
    for backup in backups:
        quotes = f"{backup.quotes} quotes"
        if backup.quotes is None:
            quotes = "other passphrase" if backup.other_passphrase else "unreadable"
        taken = backup.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        print(f"{taken}  {backup.kind:<13}  {quotes:>16}  {backup.path}")
    return 0


def _restore(args: argparse.Namespace, library: None) -> int:
    from ..core.storage.backup import backup_folder, restore_backup

    given: Path = args.backup
    if not given.exists() and (backup_folder(args.library) / given.name).exists():
        given = backup_folder(args.library) / given.name
    if not given.exists():
        print(f"quotebook: {given}: no such backup", file=sys.stderr)
        return 1
    restored = restore_backup(args.library, given)
    print(f"restored {restored.quotes} quotes from {restored.backup}")
    if restored.replaced:
        print(f"the library it replaced was kept as {restored.replaced}")
    return 0
