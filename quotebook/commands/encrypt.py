"""``quotebook encrypt``, ``change-passphrase`` and ``decrypt``: a library's encryption.

Each works on a closed library (close Quotebook first) and rewrites its backups too;
see core/encryption.py.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core.encryption import Rekeyed, change_passphrase, decrypt_library, encrypt_library
from ..core.errors import NotALibraryError
from . import passphrase
from .common import CommandError

_PLAIN_NOTE = "note: anyone who can read these files can now read every source in them"
_NEW_FILE_HELP = "read the new passphrase from the first line of FILE (else it is typed twice)"


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "encrypt",
        help="encrypt the library and its backups with a passphrase",
        description=(
            "Encrypt the library (SQLCipher 4: AES-256, PBKDF2-HMAC-SHA512 with 256,000 "
            "iterations) and rewrite its backups under the same key; the plain-text "
            "files are overwritten and removed. Close Quotebook first. There is no way "
            "back into a library whose passphrase is lost."
        ),
    )
    parser.add_argument("--new-passphrase-file", metavar="FILE", type=Path, help=_NEW_FILE_HELP)
    parser.set_defaults(handler=_encrypt, needs_library=False, own_passphrase=True)
    parser = commands.add_parser(
        "change-passphrase",
        help="re-encrypt the library and its backups under a new passphrase",
        description=(
            "The current passphrase comes from --passphrase-file or is typed; the new one "
            "from --new-passphrase-file or is typed twice. Close Quotebook first."
        ),
    )
    parser.add_argument("--new-passphrase-file", metavar="FILE", type=Path, help=_NEW_FILE_HELP)
    parser.set_defaults(handler=_change, needs_library=False, own_passphrase=True)
    parser = commands.add_parser(
        "decrypt",
        help="remove the library's encryption (and its backups')",
        description=(
            "Write the library and its backups back in plain text; anyone who can read "
            "the files can then read every source. Close Quotebook first."
        ),
    )
    parser.set_defaults(handler=_decrypt, needs_library=False, own_passphrase=True)


def _encrypt(args: argparse.Namespace, library: None) -> int:
    _require_library(args.library)
    done = encrypt_library(args.library, _new(args))
    return _report(done, "encrypted", passphrase.SSD_NOTE)


def _change(args: argparse.Namespace, library: None) -> int:
    _require_library(args.library)
    old = passphrase.needed(args)
    done = change_passphrase(args.library, old, _new(args))
    return _report(done, "changed the passphrase of", passphrase.SSD_NOTE)


def _decrypt(args: argparse.Namespace, library: None) -> int:
    _require_library(args.library)
    done = decrypt_library(args.library, passphrase.needed(args))
    return _report(done, "decrypted", _PLAIN_NOTE)


def _require_library(path: Path) -> None:
    if not path.exists():
        raise NotALibraryError(str(path), "no library file here")


def _new(args: argparse.Namespace) -> str:
    if args.new_passphrase_file is not None:
        return passphrase.from_file(args.new_passphrase_file)
    typed = passphrase.prompt("New passphrase", confirm=True)
    if typed is None:
        raise CommandError(
            "give the new passphrase with --new-passphrase-file FILE "
            "or run the command at a terminal to type it"
        )
    return typed


def _report(done: Rekeyed, what: str, note: str) -> int:
    count = done.backups_rewritten
    backups = f"{count} backup" + ("" if count == 1 else "s")
    if done.library_rewritten:
        print(f"{what} {done.library} and rewrote {backups} to match")
    else:
        print(f"{done.library} was already done; rewrote {backups} to match")
    for path in done.backups_left:
        print(f"left as it was (neither passphrase opens it, or it is damaged): {path}")
    print(note)
    return 0
