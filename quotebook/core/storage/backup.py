"""Verified, rotated backups of a library, and restoring one.

Backups live beside the library, in a folder named after it:
``library.sqlite3`` keeps them in ``library.sqlite3.backups/`` as
``library.sqlite3.<UTC time>.<kind>.sqlite3``; kinds are ``auto`` (made when the
library is opened, at most once per interval), ``manual`` (``quotebook backup``)
and ``pre-migration`` (before a schema upgrade). Each is made with SQLite's online
backup API into a temporary file of that folder, switched to a self-contained
journal, flushed to disk, fully integrity-checked, and only then renamed into
place, so a backup in the folder is always a whole, checked library. A damaged
library fails that check and never becomes a backup, nor pushes good ones out.

Rotation keeps the newest automatic backup of each of the last 7 days, 4 weeks and
12 months (UTC); manual and pre-migration backups are never removed by it.
The folder and its files are readable by their owner only: they hold sources.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.errors import (
    DB_ERRORS,
    DamagedLibraryError,
    DiskFullError,
    LockedLibraryError,
    StoppedError,
    StorageError,
    WrongPassphraseError,
    sqlite_condition,
)
from . import keys
from .connect import connect, keyed
from .files import backup_folder as backup_folder  # named here too, beside the backups
from .lock import MARKER_KEY, Session
from .private import create_file, make_folder, make_private
from .safety import (
    check_file,
    immutable,
    inspect,
    live_quote_count,
    looks_encrypted,
    read_only,
    verify_copy,
)
from .version import SCHEMA_VERSION

AUTO, MANUAL, PRE_MIGRATION = "auto", "manual", "pre-migration"
# Pages SQLite's backup copies between two looks at a stop request (16 MB at most).
_COPY_STEP_PAGES = 4096
_NAME = re.compile(
    r"^(?P<library>.+)\.(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<seq>\d+))?"
    r"\.(?P<kind>auto|manual|pre-migration)\.sqlite3$"
)
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupPolicy:
    """When automatic backups are made and how many rotation keeps.

    ``inline_limit``: a library file up to this size is backed up while it opens
    (a fraction of a second); a larger one waits for :meth:`Library.backup_if_due`,
    which the app runs on its worker thread after the library is open.
    """

    interval: timedelta = timedelta(days=1)
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    inline_limit: int = 16 * 2**20
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file: when it was taken (UTC), its kind, schema and live quotes.

    ``schema_version`` and ``quotes`` are None when the file cannot be read;
    ``other_passphrase`` says when that is because it is encrypted with a passphrase
    other than the library's (one the library had before it was changed, say).
    """

    path: Path
    taken_at: datetime
    kind: str
    schema_version: int | None = None
    quotes: int | None = None
    other_passphrase: bool = False


@dataclass(frozen=True, slots=True)
class Restored:
    """The outcome of a restore: the backup now in use, and where the old file went."""

    library: Path
    backup: Path
    replaced: Path | None
    quotes: int
    schema_version: int


def list_backups(library: Path, *, count: bool = True) -> list[Backup]:
    """The library's backups, newest first; with schema and quote counts when ``count``."""
    folder = backup_folder(library)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["library"] == library.name:
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append((taken, int(match["seq"] or 0), path, match["kind"]))
    found.sort(reverse=True)
    return [
        _describe(path, taken, kind) if count else Backup(path, taken, kind)
        for taken, _, path, kind in found
    ]


def _describe(path: Path, taken: datetime, kind: str) -> Backup:
    try:
        version = check_file(path, sys.maxsize)
        conn = immutable(path)
        try:
            quotes = live_quote_count(conn, version)
        finally:
            conn.close()
    except DB_ERRORS:
        return Backup(path, taken, kind)
    except WrongPassphraseError:
        return Backup(path, taken, kind, other_passphrase=True)
    except StorageError:
        return Backup(path, taken, kind)
    return Backup(path, taken, kind, version, quotes)


def backup_due(library: Path, interval: timedelta, at: datetime | None = None) -> bool:
    """Whether the newest backup of any kind is older than ``interval`` (or missing)."""
    backups = list_backups(library, count=False)
    moment = at or datetime.now(UTC)
    return not backups or moment - backups[0].taken_at >= interval


def make_backup(
    library: Path,
    kind: str = MANUAL,
    *,
    source: sqlite3.Connection | None = None,
    at: datetime | None = None,
    stop: threading.Event | None = None,
) -> Backup:
    """Copy the library into a new verified backup and return it.

    Setting ``stop`` from another thread ends the copy or its check at the next step
    with StoppedError, leaving no file behind.

    ``source`` is a connection to read from (the library's own, during a
    migration); by default a read-only connection of its own, so the library keeps
    working meanwhile. Raises DamagedLibraryError, and leaves the folder as it
    was, when the copy fails SQLite's integrity check.
    """
    folder = backup_folder(library)
    make_folder(folder)
    final = _free_name(folder, library, kind, at or datetime.now(UTC))
    partial = folder / f".{final.name}.{os.getpid()}.partial"
    try:
        _copy(library, partial, source, stop)
        version, quotes = _verified(partial, library, stop)
        os.replace(partial, final)
        _sync_folder(folder)
    except DB_ERRORS as exc:
        if isinstance(sqlite_condition(exc, ""), DiskFullError):
            raise DiskFullError(str(folder), "the disk is full; no backup was made") from None
        raise StorageError(str(library), f"the backup could not be made ({exc})") from None
    finally:
        partial.unlink(missing_ok=True)
    return Backup(final, _taken_at(final), kind, version, quotes)


def _free_name(folder: Path, library: Path, kind: str, at: datetime) -> Path:
    stamp = at.astimezone(UTC).strftime(_STAMP)
    seq = 0
    while True:
        suffix = f"-{seq}" if seq else ""
        path = folder / f"{library.name}.{stamp}{suffix}.{kind}.sqlite3"
        if not path.exists():
            return path
        seq += 1


def _taken_at(path: Path) -> datetime:
    match = _NAME.match(path.name)
    assert match is not None
    return datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)


def _copy(
    library: Path,
    target: Path,
    source: sqlite3.Connection | None,
    stop: threading.Event | None = None,
) -> None:
    """Online-backup ``library`` into ``target``, self-contained and flushed to disk.

    Without ``source``, reads through a connection that never writes beside the file.
    The copy of an encrypted library is encrypted with its key (see keys.py).
    """
    own = source is None
    src = source or read_only(library)
    try:
        create_file(target)
        dst = connect(target)
        try:
            if keyed(target) != looks_encrypted(library):
                raise StorageError(
                    str(library),
                    "this copy is in plain text and the library is encrypted; encrypt the "
                    "library again with its passphrase to rewrite its copies, then retry",
                )
            with _one_snapshot(src):
                src.backup(dst, pages=_COPY_STEP_PAGES, progress=_stopper(stop))
            dst.execute("PRAGMA journal_mode = DELETE")  # no -wal beside a backup
        finally:
            dst.close()
    finally:
        if own:
            src.close()
    make_private(target)
    _sync_file(target)


@contextmanager
def _one_snapshot(src: sqlite3.Connection) -> Iterator[None]:
    """Hold one read transaction on the source for every step of the copy.

    Each step would otherwise read in a transaction of its own, and SQLite restarts
    a copy whose source looks changed between steps. Read through a read-only
    ``-shm`` (as while the app has the library open) it looks changed every time:
    a library larger than one step was copied again and again, never to the end.
    """
    if src.in_transaction:
        yield
        return
    src.execute("BEGIN")
    src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts
    try:
        yield
    finally:
        src.execute("ROLLBACK")


def _stopper(stop: threading.Event | None) -> Callable[[int, int, int], None]:
    """A progress callback for SQLite's backup that ends it once ``stop`` is set."""

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if stop is not None and stop.is_set():
            raise StoppedError("the backup was stopped")

    return progress


def _verified(copy: Path, library: Path, stop: threading.Event | None = None) -> tuple[int, int]:
    """Fully check a fresh copy; a failure names the library, not the temporary file."""
    try:
        return verify_copy(copy, SCHEMA_VERSION, stop)
    except StorageError as exc:
        raise DamagedLibraryError(
            str(library),
            f"{exc.reason}; no backup was made and the existing backups were kept",
        ) from None


def rotate(library: Path, policy: BackupPolicy, at: datetime | None = None) -> list[Path]:
    """Remove the automatic backups the policy no longer keeps; return their paths."""
    autos = [b for b in list_backups(library, count=False) if b.kind == AUTO]
    keep: set[Path] = set()
    buckets: list[tuple[int, Callable[[datetime], Hashable]]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for limit, bucket in buckets:
        keep |= _newest_per_bucket(autos, limit, bucket)
    removed = [b.path for b in autos if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    _remove_stale_partials(backup_folder(library), at or datetime.now(UTC))
    if removed:
        _sync_folder(backup_folder(library))
    return removed


def _remove_stale_partials(folder: Path, at: datetime) -> None:
    """Half-made copies left by a process that died while backing up, a day later."""
    for path in folder.glob(".*.partial"):
        age = at.timestamp() - path.stat().st_mtime
        if age > timedelta(days=1).total_seconds():
            path.unlink(missing_ok=True)


def _newest_per_bucket(
    backups: Iterable[Backup], limit: int, bucket: Callable[[datetime], Hashable]
) -> set[Path]:
    """The newest backup of each of the ``limit`` newest buckets (days, weeks, months)."""
    seen: set[Hashable] = set()
    kept: set[Path] = set()
    for backup in backups:  # newest first
        key = bucket(backup.taken_at)
        if key in seen:
            continue
        if len(seen) >= limit:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def newest_good_backup(library: Path) -> Backup | None:
    """The newest backup that still passes SQLite's quick check, or None."""
    for backup in list_backups(library):
        if backup.quotes is None:
            continue
        try:
            inspect(backup.path)
        except StorageError:
            continue
        return backup
    return None


OTHER_PASSPHRASE = (
    "this backup is encrypted with another passphrase than the library's (one the library "
    "had before its passphrase was changed, or another library's); nothing was changed"
)


def restore_hint(library: Path, default: Path | None = None) -> str:
    """A sentence naming the newest good backup and the command that restores it."""
    backup = newest_good_backup(library)
    if backup is None:
        return f"No good backup was found in {backup_folder(library)}"
    command = ["quotebook"]
    if default is None or library != default:
        command += ["--library", str(library)]
    command += ["restore", str(backup.path)]
    return (
        f"The newest good backup is {backup.path} (taken {backup.taken_at:%Y-%m-%d %H:%M} "
        f"UTC, {backup.quotes} quotes); restore it with: {shlex.join(command)}"
    )


def restore_backup(library: Path, backup: Path) -> Restored:
    """Check ``backup``, then swap it in for the library in one rename.

    The backup must be an intact Quotebook library no newer than this version. The
    library must not be open anywhere (LockedLibraryError otherwise). The replaced
    file, with its ``-wal`` and ``-shm``, is kept beside it as
    ``<name>.replaced-<UTC time>``; nothing is deleted.
    """
    with keys.given(backup, keys.passphrase_for(library)):  # from elsewhere: the library's key
        try:
            return _restore(library, backup)
        except WrongPassphraseError:
            raise WrongPassphraseError(str(backup), OTHER_PASSPHRASE) from None


def _restore(library: Path, backup: Path) -> Restored:
    check_file(backup, SCHEMA_VERSION)
    if backup.resolve() == library.resolve():
        raise StorageError(str(backup), "this is the library itself, not a backup of it")
    session = Session(library)
    if not session.claim():
        raise LockedLibraryError(
            str(library), "the library is open in Quotebook or another command; close it first"
        )
    try:
        partial = library.with_name(f".{library.name}.restoring.{os.getpid()}")
        try:
            version, quotes = _prepare(backup, partial)
            replaced = _swap(library, partial)
        finally:
            partial.unlink(missing_ok=True)
    finally:
        session.end()
    return Restored(library, backup, replaced, quotes, version)


def _prepare(backup: Path, partial: Path) -> tuple[int, int]:
    """Copy the backup beside the library, clear its open-session marker, and check it."""
    try:
        _copy(backup, partial, None)
        conn = connect(partial)
        try:
            if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'meta'").fetchone():
                conn.execute("DELETE FROM meta WHERE key = ?", (MARKER_KEY,))
        finally:
            conn.close()
        _sync_file(partial)
        return verify_copy(partial, SCHEMA_VERSION)
    except DB_ERRORS as exc:
        raise DamagedLibraryError(str(backup), f"the backup cannot be read ({exc})") from None
    except StorageError as exc:
        raise type(exc)(str(backup), exc.reason) from None


def _swap(library: Path, partial: Path) -> Path | None:
    """Put ``partial`` in the library's place; keep the old file and its journal aside."""
    folder = library.parent
    if not library.exists():
        os.replace(partial, library)
        _sync_folder(folder)
        return None
    stamp = datetime.now(UTC).strftime(_STAMP)
    replaced = library.with_name(f"{library.name}.replaced-{stamp}")
    seq = 1
    while replaced.exists():
        replaced = library.with_name(f"{library.name}.replaced-{stamp}-{seq}")
        seq += 1
    try:
        os.link(library, replaced)  # the library stays in place until the last rename
    except OSError:
        shutil.copy2(library, replaced)
        _sync_file(replaced)
    make_private(replaced)
    for suffix in ("-wal", "-shm"):
        if Path(f"{library}{suffix}").exists():
            os.replace(f"{library}{suffix}", f"{replaced}{suffix}")
            make_private(Path(f"{replaced}{suffix}"))
    os.replace(partial, library)
    _sync_folder(folder)
    return replaced


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; Windows has no folder handles)."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
