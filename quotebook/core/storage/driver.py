"""The plain SQLite connection under a SQLAlchemy one: the core's one way past SQLAlchemy.

The core writes its SQL with SQLAlchemy Core. It reaches the driver's connection
only through :func:`driver`, for what Core cannot say or says at a cost: PRAGMAs
(journal mode, cache size, checkpoints), FTS5's own commands (``fts.py``), the
session marker, and the import's temporary tables and bulk statements
(``csv_import_*``), where a million rows pass through ``executemany``. Plain
read connections that never meet SQLAlchemy are in ``reading.py``.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["driver"]


def driver(conn: Connection) -> sqlite3.Connection:
    """The SQLite connection a SQLAlchemy connection runs on: the standard library's,
    or SQLCipher's for an encrypted library (the same interface)."""
    raw: sqlite3.Connection | None = conn.connection.driver_connection
    assert raw is not None
    return raw
