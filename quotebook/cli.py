"""The ``quotebook`` command line: every command runs over the core without loading Qt.

Exit status: 0 on success, 2 for bad usage or invalid input, 1 otherwise. Errors
are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .commands import info
from .core import Library, QuotebookError, ValidationError, default_library_path

# Each module adds its sub-commands; see quotebook/commands/__init__.py.
COMMAND_MODULES = [info]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"quotebook: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 0
    path = args.library or default_library_path()
    args.library = path
    try:
        if not getattr(args, "needs_library", True):
            return int(args.handler(args, None))
        with Library(path) as library:
            return int(args.handler(args, library))
    except ValidationError as exc:
        print(f"quotebook: {exc}", file=sys.stderr)
        return 2
    except QuotebookError as exc:
        print(f"quotebook: {exc}", file=sys.stderr)
        return 1
