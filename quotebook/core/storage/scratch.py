"""Room for the rows a bulk write stages: as large as the sheet, never in memory,
never on the disk in the clear.

A plain library's temporary tables go to SQLite's temporary files (connect.py). An
encrypted library's cannot: those files are not encrypted, so SQLCipher's SQLite
keeps them in memory: a 200,000-row import staged there peaked at 512 MB. Its rows
go instead to a scratch database of their own: a file in the system's temporary
folder, encrypted under a random key that is never written down, and removed when
the write is done. Left behind by a crash, the file is noise that no key opens.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .connect import keyed

SCHEMA = "scratch"


@contextmanager
def scratch_schema(raw: sqlite3.Connection) -> Iterator[str]:
    """The schema to stage rows in on ``raw``, a connection outside any transaction:
    ``temp`` for a plain library, an attached encrypted scratch file otherwise."""
    attached = {row[1]: row[2] for row in raw.execute("PRAGMA database_list")}
    if not attached["main"] or not keyed(Path(attached["main"])):
        yield "temp"
        return
    if SCHEMA in attached:  # kept by a write whose statements were still open at its end
        raw.execute(f"DETACH DATABASE {SCHEMA}")
    handle, name = tempfile.mkstemp(prefix="quotebook-", suffix=".scratch")
    os.close(handle)
    path = Path(name)
    try:
        key = f"x'{secrets.token_hex(32)}'"  # a raw key: no key derivation to wait for
        raw.execute(f"ATTACH DATABASE ? AS {SCHEMA} KEY ?", (str(path), key))
        try:
            # Nothing in it outlives the write, so nothing is synced; it keeps a journal
            # (encrypted too) so that a write stopped half-way rolls it back cleanly.
            raw.execute(f"PRAGMA {SCHEMA}.journal_mode = DELETE")
            raw.execute(f"PRAGMA {SCHEMA}.synchronous = OFF")
            # Removed whole when the write ends: nothing freed in it need be overwritten.
            raw.execute(f"PRAGMA {SCHEMA}.secure_delete = OFF")
            yield SCHEMA
        finally:
            with suppress(sqlite3.OperationalError):  # detached at the next write then
                raw.execute(f"DETACH DATABASE {SCHEMA}")
    finally:
        for leftover in (path, path.with_name(f"{path.name}-journal")):
            with suppress(FileNotFoundError):
                leftover.unlink()
