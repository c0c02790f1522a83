"""The process's keys to its encrypted libraries, held in memory only.

Every connection to a library file gets its key here (see connect.py): the
library's own, its backups' (``<library>.backups/``), and the copies a backup,
restore or re-keying makes beside them, which all use the library's key. A
passphrase is never written to disk, to a log or to the settings; it stays in this
process until :func:`forget` or :func:`forget_all`.

The key is derived from the passphrase as SQLCipher 4 does by default
(PBKDF2-HMAC-SHA512, 256,000 iterations, with the 16-byte salt at the start of the
file) once per file salt, and handed to SQLCipher as a raw key: the derivation's
full cost is paid when a passphrase is tried, not again by every connection. A
file keyed so opens with the passphrase in any SQLCipher 4 tool, given the HMAC
setting of ``connect.CIPHER_SETTINGS``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default; never lower it here
BACKUPS_SUFFIX = ".backups"

_lock = threading.Lock()
_ring: dict[Path, str] = {}  # library (resolved) -> passphrase
_derived: dict[tuple[str, bytes], bytes] = {}  # (passphrase, salt) -> key


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def use(library_path: Path, passphrase: str) -> None:
    """Open ``library_path`` (its backups and copies too) with ``passphrase`` from now on."""
    with _lock:
        _ring[_resolved(library_path)] = passphrase


def forget(library_path: Path) -> None:
    """Drop the library's passphrase and every key derived from it."""
    with _lock:
        passphrase = _ring.pop(_resolved(library_path), None)
        if passphrase is not None and passphrase not in _ring.values():
            for pair in [pair for pair in _derived if pair[0] == passphrase]:
                del _derived[pair]


def forget_all() -> None:
    """Drop every passphrase and key this process holds (locking the app)."""
    with _lock:
        _ring.clear()
        _derived.clear()


def known(library_path: Path) -> bool:
    """Whether the ring holds a passphrase for the library."""
    with _lock:
        return _resolved(library_path) in _ring


def library_of(path: Path) -> Path:
    """The library whose key opens ``path``: itself, or the library of a backup or copy.

    A backup lies in ``<library>.backups/``; a copy being made beside the library
    is named ``.<library name>.<what>`` or ``<library name>.<what>``.
    """
    path = _resolved(path)
    with _lock:
        if path in _ring:
            return path
        folder = path.parent
        name = path.name.removeprefix(".")
        for library in _ring:
            if library.parent == folder and name.startswith(library.name + "."):
                return library
    if folder.name.endswith(BACKUPS_SUFFIX):
        return folder.with_name(folder.name[: -len(BACKUPS_SUFFIX)])
    return path


def passphrase_for(path: Path) -> str | None:
    """The passphrase that opens ``path`` (a library, its backup or copy), or None."""
    library = library_of(path)
    with _lock:
        return _ring.get(library)


def salt_of(path: Path) -> bytes | None:
    """The salt at the start of an encrypted file; None for plaintext, empty or missing."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(start) < SALT_BYTES or start == SQLITE_HEADER:
        return None
    return start


def new_salt() -> bytes:
    """A fresh random salt for a file about to be encrypted."""
    return os.urandom(SALT_BYTES)


def raw_key(passphrase: str, salt: bytes) -> str:
    """SQLCipher's raw key for ``passphrase`` and ``salt``: the value of ``PRAGMA key``."""
    pair = (passphrase, salt)
    with _lock:
        key = _derived.get(pair)
    if key is None:
        import hashlib  # here: a plain library never derives a key

        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, KEY_BYTES)
        with _lock:
            _derived[pair] = key
    return f"x'{key.hex()}{salt.hex()}'"


@contextmanager
def given(path: Path, passphrase: str | None) -> Iterator[None]:
    """Open ``path`` with ``passphrase`` meanwhile (None: as the ring would).

    For a backup kept outside the library's folder, and for a file being re-keyed.
    """
    path = _resolved(path)
    with _lock:
        before = _ring.get(path)
        if passphrase is not None:
            _ring[path] = passphrase
    try:
        yield
    finally:
        with _lock:
            if before is None:
                _ring.pop(path, None)
            else:
                _ring[path] = before
