"""The ``quotebook`` command line: every command runs over the core without loading Qt.

Exit status: 0 on success, 2 for bad usage or invalid input, 1 otherwise. Errors
are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from . import __version__

if TYPE_CHECKING:
    from .core.storage.reading import PlainReader

# The module of quotebook/commands that adds each command, in the order help lists
# them. Only the module of the command run is imported (every one for help and usage).
COMMANDS = {
    "info": "info",
    "check": "info",
    "add-source": "entities",
    "add-article": "entities",
    "add-quote": "entities",
    "merge-sources": "merge",
    "edit-quotes": "bulk",
    "search": "search",
    "searches": "searches",
    "save-search": "searches",
    "delete-search": "searches",
    "tags": "tags",
    "export": "export",
    "import": "csv",
    "demo": "demo",
    "backup": "backup",
    "backups": "backup",
    "restore": "backup",
    "encrypt": "encrypt",
    "change-passphrase": "encrypt",
    "decrypt": "encrypt",
    "extract": "extract",
}


def command_module(name: str) -> ModuleType:
    """The module of quotebook/commands called ``name``, imported now."""
    return importlib.import_module(f".commands.{name}", __package__)


class _Parser(argparse.ArgumentParser):
    def _parse_optional(self, arg_string: str) -> Any:
        """A word after one dash that names no option is an argument: a query's ``-term``.

        ``quotebook search -rule:on`` then needs no ``--`` before the query.
        """
        single = arg_string.startswith("-") and not arg_string.startswith("--")
        if single and len(arg_string) > 1 and arg_string not in self._option_string_actions:
            return None
        return super()._parse_optional(arg_string)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"quotebook: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command line's parser: with every command, or with only the one ``argv`` runs.

    A command's module (and what it imports to describe its options) loads only
    when that command runs, or for the help and usage that list every command.
    """
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
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="an encrypted library's passphrase: the first line of FILE (else it is typed); "
        "a new library given one is created encrypted",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    command = _command_in(argv)
    if command in COMMANDS:
        names = [COMMANDS[command]]
    elif command is None and "--version" in argv and not {"-h", "--help"} & set(argv):
        names = []  # the version needs no command
    else:
        names = list(dict.fromkeys(COMMANDS.values()))  # help, or usage naming them all
    for name in names:
        command_module(name).register(commands)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The command word of ``argv``: its first word that is no option or option's value."""
    words = iter(argv)
    for word in words:
        if word in ("--library", "--passphrase-file"):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status.

    Without ``argv`` it is the program (the ``quotebook`` command, ``python -m
    quotebook``), whose process ends when it returns: what the command leaves
    (every module it imported, all closed by then) is frozen out of the garbage
    collector first, whose passes over it while Python shuts down cost a search
    about a tenth of its time (8 to 10 ms).
    """
    status = _main(sys.argv[1:] if argv is None else list(argv))
    if argv is None:
        gc.freeze()
    return status


def _main(argv: list[str]) -> int:
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        # No command: the desktop app (it checks for a display before loading Qt),
        # unlocking the library it opens with --passphrase-file when one is given.
        from .commands.common import CommandError
        from .commands.passphrase import from_file
        from .gui.app.launch import main as open_app

        try:
            given = None if args.passphrase_file is None else from_file(args.passphrase_file)
        except CommandError as exc:
            return _fail(str(exc), exc.status)
        return open_app(args.library, given)
    return _run_worded(args)


def _run_worded(args: argparse.Namespace) -> int:
    """Run the command; an error becomes one line and its exit status, never a traceback."""
    from .commands.common import CommandError
    from .core.domain.errors import (
        ConflictError,
        CsvError,
        PassphraseNeededError,
        QueryError,
        QuotebookError,
        ValidationError,
        WrongPassphraseError,
    )
    from .core.storage.location import default_library_path

    # Errors in what the user typed or gave us: exit status 2, like argparse's own.
    bad_input = (
        ValidationError,
        ConflictError,
        QueryError,
        CsvError,
        PassphraseNeededError,
        WrongPassphraseError,
    )
    args.library = args.library or default_library_path()
    try:
        return _run(args)
    except CommandError as exc:
        return _fail(str(exc), exc.status)
    except QueryError as exc:
        return _fail(f"bad query: {exc.reason} (at character {exc.position + 1})", 2)
    except bad_input as exc:
        return _fail(str(exc), 2)
    except QuotebookError as exc:
        return _fail(str(exc), 1)
    except BrokenPipeError:
        # The reader went away (``quotebook search … | head``): not an error of ours.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or exc}{where}", 1)
    except Exception as exc:  # a bug: still one line, never a traceback
        return _fail(f"unexpected error: {type(exc).__name__}: {exc}", 1)


def _run(args: argparse.Namespace) -> int:
    from .commands import backup, passphrase

    if not getattr(args, "own_passphrase", False):
        passphrase.unlock(args)
    if not getattr(args, "needs_library", True):
        return int(args.handler(args, None))
    # A command that only reads never writes to an existing library; on the first
    # run it still makes the empty one, as every command does.
    reading = getattr(args, "reader", None)
    if reading is not None:
        opener = _reader_class(reading)
        if opener.can_open(args.library):
            with opener(args.library) as reader:
                if reader.index_rebuild() is None:
                    backup.report_on_open(reader)
                    return int(args.handler(args, reader))
    read_only = getattr(args, "reads_only", False) and args.library.exists()
    from .core.library.library import Library  # SQLAlchemy: only for commands that open a library

    with Library(args.library, read_only=read_only) as library:
        if library.index_rebuild() is None:
            backup.report_on_open(library)
            return int(args.handler(args, library))
    with Library(args.library) as library:  # an upgrade left the search index to rebuild
        print("quotebook: rebuilding the search index after the upgrade (once)…", file=sys.stderr)
        library.finish_rebuild()
        backup.report_on_open(library)
        return int(args.handler(args, library))


def _reader_class(reading: str) -> type[PlainReader]:
    """The reader a command asks for (``reader="plain"`` or ``"search"``): no SQLAlchemy."""
    if reading == "plain":
        from .core.storage.reading import PlainReader

        return PlainReader
    from .core.library.reader import Reader

    return Reader


def _fail(message: str, status: int) -> int:
    print(f"quotebook: {message}", file=sys.stderr)
    return status


def _silence_stdout() -> None:
    """Point stdout at nowhere so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
