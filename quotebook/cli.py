"""The ``quotebook`` command line: every command runs over the core without loading Qt."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .core import Library, QuotebookError, default_library_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotebook",
        description="Quotebook: a reporter's library of sources, quotes, tags and articles.",
    )
    parser.add_argument("--version", action="version", version=f"Quotebook {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=Path,
        help="the library file (default: $QUOTEBOOK_LIBRARY, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("info", help="library path, schema version and counts")
    return parser


def _info(library: Library) -> int:
    info = library.info()
    print(f"library: {info.path}")
    print(f"schema version: {info.schema_version}")
    print(f"quotes: {info.quotes}  sources: {info.sources}  articles: {info.articles}")
    print(f"tags: {info.tags}")
    print(f"in the trash: {info.trashed_quotes} quotes, {info.trashed_sources} sources")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (0 ok, 2 bad usage or input, 1 otherwise)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    path = args.library or default_library_path()
    try:
        with Library(path) as library:
            return _info(library)
    except QuotebookError as exc:
        print(f"quotebook: {exc}", file=sys.stderr)
        return 1
