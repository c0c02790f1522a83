"""Reads on the plain SQLite driver: the library's one deliberate way around SQLAlchemy.

Everything else in the core writes its SQL with SQLAlchemy Core over the tables
of ``tables.py``. The reads here are plain SQL on a plain ``sqlite3`` read-only
connection, for two reasons measured, not assumed:

- the quote table's page fetch runs while the reporter scrolls and must take
  under a millisecond for 64 rows; the plain cursor fetches a page in one call;
- ``quotebook search`` and ``quotebook info`` must cost what their work costs: a
  script calling them pays the import of SQLAlchemy (0.2 s, more than the search
  itself) on every call unless they open the library through :class:`ReaderBase`
  alone (see ``reader.py``), which imports no SQLAlchemy.

Search (``search.py``) compiles its queries to SQL text and runs them on these
connections too, and so do the reads of saved searches (``reader.py``). The
writing side reaches the driver only through ``driver.py``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Self

from ..domain.errors import DB_ERRORS, StoppedError, StorageError
from ..domain.results import GroundRule, LibraryInfo
from ..domain.rows import QuoteRow
from .location import default_library_path
from .opening import check_file, classify, connect_read_only, open_library
from .safety import looks_encrypted
from .stopping import StopEvent
from .version import SCHEMA_VERSION, pending

__all__ = ["PlainReader", "ReaderBase", "library_path", "now", "quote_total"]

_RULES = {rule.value: rule for rule in GroundRule}
_SEP = "\x1f"  # joins tag names inside one SQL value (the unit separator)
_ROWS_SQL = """
SELECT q.id, q.text, s.name, a.headline, q.said_on, q.ground_rule, s.default_ground_rule,
       q.id IN (SELECT id FROM quote_trash) OR s.deleted_at IS NOT NULL,
       (SELECT group_concat(name, char(31)) FROM
          (SELECT t.name FROM quote_tag qt JOIN tag t ON t.id = qt.tag_id
            WHERE qt.quote_id = q.id ORDER BY t.key))
FROM quote q JOIN source s ON s.id = q.source_id LEFT JOIN article a ON a.id = q.article_id
WHERE q.id IN ({marks})
"""
# Those in the trash (their own or their source's), counted through indexes rather
# than the live ones row by row (the ``+`` keeps SQLite from walking the quotes
# outside the trash to find those of trashed sources); then the other counts.
_COUNTS_SQL = """
SELECT (SELECT count(*) FROM quote_trash)
       + (SELECT count(*) FROM quote WHERE +id NOT IN (SELECT id FROM quote_trash) AND source_id IN
           (SELECT id FROM source WHERE deleted_at IS NOT NULL)),
       (SELECT count(*) FROM source WHERE deleted_at IS NULL),
       (SELECT count(*) FROM article),
       (SELECT count(*) FROM tag),
       (SELECT count(*) FROM source WHERE deleted_at IS NOT NULL)
"""
# The full-text index's "averages" record (FTS5's ``%_data`` row 1): the number of
# rows it holds, then each column's token total, as SQLite varints.
_INDEX_TOTALS_SQL = "SELECT block FROM quote_fts_data WHERE id = 1"


def quote_total(conn: sqlite3.Connection) -> int:
    """How many quotes the library holds, trashed ones too, at a cost the same at any size.

    The full-text index holds one row per quote and keeps their number; a
    ``count(*)`` reads an index of the whole table (44 ms at a million quotes).
    While the index is rebuilt it holds only some of them, and the table is counted.
    """
    if pending(conn) is None:
        row = conn.execute(_INDEX_TOTALS_SQL).fetchone()
        if row is not None and row[0]:
            return _varint(bytes(row[0]))
    return int(conn.execute("SELECT count(*) FROM quote").fetchone()[0])


def _varint(data: bytes) -> int:
    """The SQLite varint that ``data`` begins with: big-endian, 7 bits a byte, 8 in a 9th."""
    value = 0
    for i, byte in enumerate(data[:9]):
        if i == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value


def _errorcode(exc: BaseException) -> int | None:
    """SQLite's primary result code of an error (under SQLAlchemy's wrapper or not)."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def now() -> datetime:
    """The current time in UTC, as the library stores it."""
    return datetime.now(UTC)


class ReaderBase:
    """An open library's plain read-only connections, one per thread, and its reads.

    Subclasses set :attr:`path` and call :meth:`_start_reading` before reading, and
    :meth:`_stop_reading` when they close.
    """

    path: Path
    tightened: tuple[Path, ...] = ()  # files others could read, made owner-only on opening
    writes_off: StorageError | None = None  # why edits are off, when they are
    backup_problem: str | None = None  # why the automatic backup failed, if it did
    # The errors _guard() classifies; the library adds SQLAlchemy's wrapper of them.
    _driver_errors: tuple[type[BaseException], ...] = DB_ERRORS

    def _start_reading(self) -> None:
        self._stopping = StopEvent()  # set by stop_background(): reads in flight end
        self._local = threading.local()
        self._plain: list[sqlite3.Connection] = []
        self._plain_lock = threading.Lock()

    def _stop_reading(self) -> None:
        with self._plain_lock:
            for conn in self._plain:
                self._stopping.forget(conn)
                conn.close()
            self._plain.clear()

    def close(self) -> None:
        self._stop_reading()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a known SQLite condition into the storage error that names it."""
        try:
            yield
        except self._driver_errors as exc:
            if self._asked_to_stop() and _errorcode(exc) == sqlite3.SQLITE_INTERRUPT:
                raise StoppedError("the read was stopped") from None
            known = classify(exc, str(self.path))
            if known is None:
                raise
            raise known from None

    def _asked_to_stop(self) -> bool:
        """Whether a statement ended by SQLite was stopped on purpose (it raises StoppedError)."""
        return self._stopping.is_set()

    @contextmanager
    def _plain_read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on this thread's plain read-only connection.

        It never waits for the writer (WAL) and sees what is committed; every
        statement inside sees one snapshot.
        """
        with self._guard():
            conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
            if conn is None:
                conn = self._local.conn = connect_read_only(self.path)
                self._stopping.watch(conn)
                with self._plain_lock:
                    self._plain.append(conn)
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection of its own, in one read transaction, for long reads.

        Exports and other bulk reads use it so that they neither hold the library's
        lock (the app keeps working meanwhile) nor see a half-made change. It never
        writes or checkpoints, so it is safe beside the one writing connection.
        """
        with self._guard():
            conn = connect_read_only(self.path)
            try:
                conn.execute("BEGIN")
                yield conn
            finally:
                conn.close()

    def info(self) -> LibraryInfo:
        """Where the library is, its schema version and how much it holds."""
        with self._plain_read() as conn:
            every = quote_total(conn)
            counts = conn.execute(_COUNTS_SQL).fetchone()
        trashed_quotes, sources, articles, tags, trashed_sources = counts
        return LibraryInfo(
            str(self.path),
            SCHEMA_VERSION,
            every - trashed_quotes,
            sources,
            articles,
            tags,
            trashed_quotes,
            trashed_sources,
            encrypted=looks_encrypted(self.path),
        )

    def index_rebuild(self) -> tuple[int, int] | None:
        """While the index is being rebuilt: (quotes indexed, quotes to index in all)."""
        with self._plain_read() as conn:
            gap = pending(conn)
            if gap is None:
                return None
            count = "SELECT count(*) FROM quote WHERE id <= ?"
            done, end = (conn.execute(count, (at,)).fetchone()[0] for at in gap)
            return done, end

    def quote_rows(self, quote_ids: Sequence[int]) -> list[QuoteRow]:
        """Table rows for these ids, in the order given (missing ids are left out).

        One statement per page, fetched in one call: the table calls this while
        scrolling, so it must take under a millisecond for a page of 64 rows.
        """
        ids = list(quote_ids)
        found: dict[int, QuoteRow] = {}
        with self._plain_read() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(_ROWS_SQL.format(marks=marks), chunk).fetchall()
                for quote_id, text, name, headline, said_on, rule, default, deleted, tags in rows:
                    found[quote_id] = QuoteRow(
                        id=quote_id,
                        text=text,
                        source_name=name,
                        tags=tuple(tags.split(_SEP)) if tags else (),
                        article_headline=headline or "",
                        said_on=date.fromisoformat(said_on) if said_on else None,
                        ground_rule=_RULES[rule],
                        source_rule=_RULES[default],
                        deleted=bool(deleted),
                    )
        return [found[i] for i in ids if i in found]


class PlainReader(ReaderBase):
    """An existing library of the current schema, open for reading only: counts and rows.

    It opens the library as :class:`~..library.library.Library` opens it for reading
    (the same checks, the same lock, not a byte written), without the database
    layer or search: what ``quotebook info`` needs (``reader.py`` adds search).
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = library_path(path)
        opened = open_library(self.path, create=False, read_only=True)
        self._session = opened.session
        self.tightened = opened.tightened
        self.writes_off = opened.writes_off
        self._start_reading()

    @staticmethod
    def can_open(path: Path) -> bool:
        """Whether ``path`` is a library this reader opens as it is (no upgrade due)."""
        return path.exists() and check_file(path) == SCHEMA_VERSION

    def close(self) -> None:
        self._stop_reading()
        self._session.end()


def library_path(path: Path | str | None) -> Path:
    """The library file a path names, or the default library."""
    return Path(path).expanduser() if path else default_library_path()
