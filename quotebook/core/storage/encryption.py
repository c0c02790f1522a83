"""Encrypting a library, changing its passphrase, and removing its encryption.

Each runs on a closed library and holds it alone meanwhile (LockedLibraryError
while it is open anywhere). The library is exported with SQLCipher's
``sqlcipher_export`` into a new file beside it under the new key (or none), the
copy is fully checked and its rows counted against the original's, and it is
renamed over the library in one step; the old file is then overwritten with zeros.
Its backups and the files a restore kept are rewritten the same way, each checked
and swapped in turn, so that no copy under the old key, or in plain text, is left
in the library's folder or its backups folder.

Killed at any point, the library stays whole: under the old key until the rename,
under the new one after it (a half-made copy is removed at the next opening).
Running the same command again finishes the job: a file already under the new key
is left as it is. On an SSD, or a copy-on-write or journalling file system, the old
blocks may survive the overwrite; only full-disk encryption covers them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ..domain.errors import (
    DB_ERRORS,
    DamagedLibraryError,
    LockedLibraryError,
    StoppedError,
    StorageError,
    ValidationError,
    WrongPassphraseError,
    sqlite_condition,
    was_interrupted,
)
from . import fts, fts_names, keys
from .backup import _sync_file, _sync_folder, list_backups
from .connect import connect, set_cipher
from .files import replaced_files
from .lock import Session
from .private import create_file, make_private, shred
from .safety import check_file, immutable, looks_encrypted, stop_when_set, verify_copy
from .version import SCHEMA_VERSION

_T = TypeVar("_T")
# The tables whose rows a copy must hold all of: not the full-text indexes' own
# (``shadow``) tables, which an encrypted copy rewrites (fts.fit_leaves).
_TABLES = (
    "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
)

Stop = threading.Event | None


@dataclass(frozen=True, slots=True)
class Rekeyed:
    """What re-keying did: the library, whether it is now encrypted, and its copies.

    ``library_rewritten`` is False when the library was already under the new key
    (an earlier run was cut short); ``backups_left`` are copies that neither key
    opens (or that are damaged), left as they were.
    """

    library: Path
    encrypted: bool
    library_rewritten: bool
    backups_rewritten: int
    backups_left: tuple[Path, ...] = ()


def is_encrypted(path: Path) -> bool:
    """Whether the library file is encrypted (SQLCipher), going by its bytes."""
    return looks_encrypted(path)


def encrypt_library(
    path: Path, new_passphrase: str, *, stop: threading.Event | None = None
) -> Rekeyed:
    """Encrypt a plain library, its backups and restore leftovers with ``new_passphrase``."""
    _require(new_passphrase)
    return _rekey(path, None, new_passphrase, stop)


def change_passphrase(
    path: Path, old: str, new: str, *, stop: threading.Event | None = None
) -> Rekeyed:
    """Re-encrypt an encrypted library (and its copies) under the ``new`` passphrase."""
    _require(new)
    return _rekey(path, old, new, stop)


def decrypt_library(path: Path, passphrase: str, *, stop: threading.Event | None = None) -> Rekeyed:
    """Remove an encrypted library's encryption, and its copies'."""
    return _rekey(path, passphrase, None, stop)


def _require(passphrase: str) -> None:
    if not passphrase:
        raise ValidationError("passphrase", "an empty passphrase protects nothing")
    if "\n" in passphrase or "\r" in passphrase:
        raise ValidationError("passphrase", "a passphrase is one line")


def _rekey(path: Path, old: str | None, new: str | None, stop: Stop) -> Rekeyed:
    session = Session(path)
    if not session.claim():
        raise LockedLibraryError(
            str(path), "the library is open in Quotebook or another command; close it first"
        )
    try:
        rewritten = _rekey_library(path, old, new, stop)
        if new is None:
            keys.forget(path)
        else:
            keys.use(path, new)
        done, left = _rekey_copies(path, old, new, stop)
    finally:
        session.end()
    return Rekeyed(path, new is not None, rewritten, done, tuple(left))


def _rekey_library(path: Path, old: str | None, new: str | None, stop: Stop) -> bool:
    """Rewrite the library under ``new``; False when it already was (a second run)."""
    if _under(path, old):
        _rewrite(path, old, new, stop)
        return True
    if _under(path, new):
        return False
    shown = str(path)
    if old is None:
        raise StorageError(shown, "the library is already encrypted; change its passphrase")
    if not looks_encrypted(path):
        raise StorageError(shown, "the library is not encrypted")
    raise WrongPassphraseError(
        shown, "the passphrase does not open this library; the file was not changed"
    )


def _rekey_copies(
    library: Path, old: str | None, new: str | None, stop: Stop
) -> tuple[int, list[Path]]:
    """Rewrite the backups and restore leftovers under ``new``: (rewritten, left as they were)."""
    done, left = 0, []
    copies = [b.path for b in list_backups(library, count=False)] + replaced_files(library)
    for copy in copies:
        try:
            if _under(copy, new):
                continue
            if not _under(copy, old):
                left.append(copy)
                continue
            _rewrite(copy, old, new, stop)
            done += 1
        except StoppedError:
            raise
        except StorageError:
            left.append(copy)
    return done, left


def _under(file: Path, passphrase: str | None) -> bool:
    """Whether ``passphrase`` (None: no encryption) opens the file."""
    if looks_encrypted(file) != (passphrase is not None):
        return False
    try:
        with keys.given(file, passphrase):
            check_file(file, SCHEMA_VERSION)
    except WrongPassphraseError:
        return False
    return True


def _rewrite(file: Path, old: str | None, new: str | None, stop: Stop) -> None:
    """Export ``file`` under ``new`` beside it, check the copy, and swap it in."""
    partial = _partial(file)
    try:
        with keys.given(file, old):
            counts = _guarded(file, lambda: _export(file, partial, new, stop))
        with keys.given(partial, new):
            if new is not None:
                _guarded(file, lambda: _fit(partial))
            _guarded(file, lambda: _verify(file, partial, counts, stop))
        _swap(file, partial)
    finally:
        shred(partial)


def _partial(file: Path) -> Path:
    """The copy's name: in a backups folder, one that backup.py's cleanup knows."""
    name = f".{file.name}.rekeying.{os.getpid()}"
    if file.parent.name.endswith(keys.BACKUPS_SUFFIX):
        name += ".partial"
    return file.with_name(name)


def _guarded(file: Path, work: Callable[[], _T]) -> _T:
    """Run ``work``; a SQLite error becomes the storage error that names it."""
    try:
        return work()
    except DB_ERRORS as exc:
        if was_interrupted(exc):
            raise StoppedError("re-keying was stopped; the library was left as it was") from None
        known = sqlite_condition(exc, str(file))
        if known is None:
            raise
        raise known from None


def _export(file: Path, partial: Path, new: str | None, stop: Stop) -> dict[str, int]:
    """Copy every table of ``file`` into ``partial`` under ``new``; return its row counts."""
    create_file(partial)
    conn = connect(file, cipher=True)
    try:
        if stop is not None:
            stop_when_set(conn, stop)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        counts = _counts(conn)
        key = keys.raw_key(new, keys.new_salt()) if new is not None else ""
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(partial), key))
        if new is not None:
            set_cipher(conn, "rekeyed")
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA rekeyed.{pragma} = {value}")
        conn.execute("DETACH DATABASE rekeyed")
        conn.execute("PRAGMA journal_mode = DELETE")  # no journal left beside the old file
    finally:
        conn.close()
    make_private(partial)
    _sync_file(partial)
    return counts


def _fit(partial: Path) -> None:
    """Rewrite the encrypted copy's full-text indexes in leaves that fit its pages
    (``fts.LEAF_BYTES``). A backup of an older schema keeps its index until it is
    restored and upgraded."""
    conn = connect(partial)
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION:
            conn.execute("BEGIN IMMEDIATE")
            fts.fit_leaves(conn)
            fts_names.fit_leaves(conn)
            conn.execute("COMMIT")
    finally:
        conn.close()
    _sync_file(partial)


def _counts(conn: object) -> dict[str, int]:
    execute = conn.execute  # type: ignore[attr-defined]
    names = [row[0] for row in execute(_TABLES)]
    return {name: int(execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _verify(file: Path, partial: Path, counts: dict[str, int], stop: Stop) -> None:
    """The copy passes the full integrity check and holds every row of the original."""
    verify_copy(partial, SCHEMA_VERSION, stop)
    conn = immutable(partial)
    try:
        copied = _counts(conn)
    finally:
        conn.close()
    if copied != counts:
        raise DamagedLibraryError(
            str(file), "the re-keyed copy does not hold every row; the file was left as it was"
        )


def _swap(file: Path, partial: Path) -> None:
    """Rename the copy over ``file`` in one step, then overwrite the old file's bytes.

    The old file is reached after the rename through a second name (a hard link)
    made before it, which works alike where an open file cannot be renamed over
    (Windows). Killed before the rename, the second name is a link to the library
    itself, which the next opening only removes (private.shred); on a file system
    without hard links (FAT) the old file is only unlinked.
    """
    for suffix in ("-wal", "-shm"):
        shred(Path(f"{file}{suffix}"))  # checkpointed above: they hold nothing of use
    old = file.with_name(f"{partial.name}.old")
    try:
        os.link(file, old)
        linked = True
    except OSError:
        linked = False
    os.replace(partial, file)
    _sync_folder(file.parent)
    if linked:
        shred(old)
