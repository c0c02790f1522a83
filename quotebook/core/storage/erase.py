"""Leaving no trace of deleted text in the library file or its journal.

Three things keep deleted words on disk after a row is gone, and each is dealt with:

- freed pages and the freed parts of pages: ``PRAGMA secure_delete`` (set on every
  connection in storage.py) overwrites them with zeros;
- the full-text index: a contentless FTS5 index records a deletion as one more
  segment that lists the deleted row's words, and keeps the old segment holding
  them until segments are merged. :func:`purge_index` merges every segment into one
  (FTS5 ``optimize``), which drops the deleted words for good. It rewrites the
  whole index, so its cost grows with the library: emptying a trash of 10 quotes
  from a 1,000,000-quote library (880 MB) takes about 3.5 s with it, in a bulk
  write's large page cache (a few milliseconds at a few thousand quotes; 10 to
  17 s with SQLite's default cache). Emptying the trash is rare and
  explicit, and the app runs it on its worker thread, so it pays that cost;
- the index of names (fts_names.py) the same way, for an erased source's printed
  name: it is small, so merging it costs a few milliseconds;
- the ``-wal`` journal, which holds old page images until a checkpoint (and the
  file keeps the page as it was until then): emptying the trash ends with a
  truncating checkpoint (quotes.py), and so does every save that took text out
  (:func:`clear_journal`).

An edit that takes a word out of a quote is taken out of the full-text index with
FTS5's secure-delete (``fts.replace``); the names index has it always on (a rename
touches one small row), set when the library opens.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection, text

from .opening import BUSY_TIMEOUT_MS

# How long a save that took text out waits for readers to let the journal be emptied
# (a page fetch or a search takes milliseconds); past it, the next save or the
# library's closing empties it.
CLEAR_WAIT_MS = 500


def purge_index(conn: Connection) -> None:
    """Merge the full-text indexes into one segment each, dropping every deleted row's words."""
    conn.execute(text("INSERT INTO quote_fts(quote_fts) VALUES ('optimize')"))
    conn.execute(text("INSERT INTO name_fts(name_fts) VALUES ('optimize')"))


def clear_journal(raw: sqlite3.Connection) -> bool:
    """Copy the journal into the file and empty it: old page images leave both.

    A few pages since the last one, about 3 ms. False when a reader still used the
    journal after :data:`CLEAR_WAIT_MS`.
    """
    raw.execute(f"PRAGMA busy_timeout = {CLEAR_WAIT_MS}")
    try:
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return not busy
