"""``quotebook info``: where the library is and what it holds."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.library.library import Library
    from ..core.storage.reading import ReaderBase


COMMANDS = ("info", "check")  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser("info", help="library path, schema version and counts")
    parser.set_defaults(handler=_info, reads_only=True, reader="plain")
    parser = commands.add_parser(
        "check",
        help="check the whole library file for damage",
        description=(
            "Run SQLite's full integrity check over the library file without changing "
            "it. Opening the library does not read the whole file (SQLite checks each "
            "page as it reads it); the app runs this check in the background once a "
            "day, and after a session that did not close cleanly it runs on opening."
        ),
    )
    parser.set_defaults(handler=_check)


def _info(args: argparse.Namespace, library: ReaderBase) -> int:
    info = library.info()
    print(f"library: {info.path}")
    print(f"schema version: {info.schema_version}")
    print(f"encrypted: {'yes (SQLCipher 4, AES-256)' if info.encrypted else 'no'}")
    print(f"quotes: {info.quotes}  sources: {info.sources}  articles: {info.articles}")
    print(f"tags: {info.tags}")
    print(f"in the trash: {info.trashed_quotes} quotes, {info.trashed_sources} sources")
    return 0


def _check(args: argparse.Namespace, library: Library) -> int:
    library.check()
    print(f"{library.path}: no damage found (SQLite's integrity check)")
    return 0
