"""Where a library's schema stands: the version this Quotebook reads and writes, and
whether its full-text index is still being rebuilt after an upgrade.

Every opening reads both, readers that only read included; so they are here, in a
module that imports nothing, rather than with the steps that change them
(:mod:`migrations`) and the index itself (:mod:`fts`), which build much more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3

SCHEMA_VERSION = 9  # the migrations to it are in migrations.py

# Schema 9: the quote columns a search checks row by row (outside the trash, its
# source, its article, the date said), in an index of their own beside the id. A whole
# count reads it instead of the quote rows: at a million quotes those rows are half a
# gigabyte of pages, the index 24 MB, so an encrypted library decrypts it once.
CHECKS_INDEX = "ix_quote_checks"
CHECKED_COLUMNS = ("id", "source_id", "article_id", "said_on")

PENDING_KEY = "fts_rebuild"  # meta: "<last id indexed> <last id to index>"


def pending(raw: sqlite3.Connection) -> tuple[int, int] | None:
    """While the index is rebuilt in steps: (last quote id indexed, last id to index).

    Quotes with ids between them are not in the index yet; writes leave them to the
    rebuild, which reads them as they are when it gets there.
    """
    row = raw.execute("SELECT value FROM meta WHERE key = ?", (PENDING_KEY,)).fetchone()
    if row is None:
        return None
    done, end = (int(part) for part in row[0].split())
    return done, end
