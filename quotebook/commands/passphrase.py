"""Passphrases on the command line: from a file (``--passphrase-file``) or a prompt.

A passphrase is read from the first line of a file, or typed at a terminal without
echo; it is kept in this process's memory only (see core/keys.py). Without a file
and without a terminal, an encrypted library cannot be opened: one line, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.storage import keys
from ..core.storage.safety import looks_encrypted
from .common import CommandError

SSD_NOTE = (
    "note: the old file was overwritten before it was removed, but an SSD or a "
    "copy-on-write file system may keep old blocks; use full-disk encryption as well"
)


def from_file(path: Path) -> str:
    """The first line of ``path``, without its line ending."""
    try:
        with path.open(encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise CommandError(f"cannot read the passphrase file {path} ({reason})") from None
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise CommandError(f"the passphrase file {path} is empty (its first line is)")
    return passphrase


def prompt(label: str, *, confirm: bool = False) -> str | None:
    """A passphrase typed at the terminal (twice with ``confirm``); None without one."""
    if not sys.stdin.isatty():
        return None
    import getpass  # the terminal's modules: only when a passphrase is typed

    typed = getpass.getpass(f"{label}: ")
    if confirm and getpass.getpass("Type it again: ") != typed:
        raise CommandError("the two passphrases typed differ; nothing was changed")
    if not typed:
        raise CommandError("no passphrase was typed; nothing was changed")
    return typed


def current(args: argparse.Namespace) -> str | None:
    """The library's passphrase from ``--passphrase-file`` or the terminal, if any."""
    if args.passphrase_file is not None:
        return from_file(args.passphrase_file)
    return prompt(f"Passphrase for {args.library}")


def needed(args: argparse.Namespace) -> str:
    """The passphrase of an encrypted library, or a clear refusal (exit 2)."""
    passphrase = current(args)
    if passphrase is None:
        raise CommandError(
            f"{args.library} is encrypted: give its passphrase with --passphrase-file FILE "
            "or run the command at a terminal to type it"
        )
    return passphrase


def unlock(args: argparse.Namespace) -> None:
    """Put the library's passphrase in the key ring before a command opens it.

    An encrypted library needs one; a new library given ``--passphrase-file`` is
    created encrypted. A plain library asks for nothing.
    """
    library: Path = args.library
    if looks_encrypted(library) and not keys.known(library):
        keys.use(library, needed(args))
    elif not library.exists() and args.passphrase_file is not None:
        keys.use(library, from_file(args.passphrase_file))
