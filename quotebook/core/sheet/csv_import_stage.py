"""The checked rows of an import, staged in a table on the disk rather than in memory.

The first pass over a sheet (:mod:`csv_import_rows`) checks each row and hands it
here; rows go in batches to a temporary table of the writing connection (or to an
encrypted library's scratch database), their searchable text already folded as the
full-text index stores it. Matching and writing (:mod:`csv_import_plan`) then run
on that table in SQL, so that a sheet of any length costs the same memory: only its
distinct sources, articles and tags are held, as Python dictionaries.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

from ..storage import fts
from .csv_import_fields import QUOTE_COLUMNS

SourceKey = tuple[str, str]
ArticleKey = tuple[str, str]


class QuoteDraft(NamedTuple):
    """One valid row: its line, the quote's own fields (by column of the quote table)
    and the keys of what it refers to."""

    line: int
    quote_id: int | None
    fields: dict[str, Any]
    source: SourceKey
    article: ArticleKey | None
    tags: tuple[str, ...]


BATCH = 2000  # rows written to the stage at a time

# The quote's own columns that a sheet gives (every declared field but its refs).
STAGED = tuple(QUOTE_COLUMNS.values())
_FIELDS = (
    "line INTEGER PRIMARY KEY",
    "file_id INTEGER",
    *(f"{column} TEXT" for column in STAGED),
    "source INTEGER",  # index of the row's source record in Stage.sources
    "article INTEGER",
    "tags TEXT",  # a JSON array of indexes in Stage.tags, or NULL
    *(f"f_{column} TEXT" for column in fts.INDEX_COLUMNS),
    "state TEXT",  # NULL: to import; 'present', 'rejected'
    "new_id INTEGER",
)
_TABLES = ("import_row", "import_source", "import_article", "import_tag")


class Stage:
    """The staging tables of one import on the writing connection, in ``schema``
    (``temp``, or an encrypted library's scratch database: storage/scratch.py)."""

    def __init__(self, raw: sqlite3.Connection, schema: str = "temp") -> None:
        self.raw = raw
        self.schema = schema
        self.sources: dict[SourceKey, int] = {}
        self.articles: dict[ArticleKey, int] = {}
        self.tags: dict[str, int] = {}
        self.batch: list[tuple[object, ...]] = []
        self.drop()
        raw.execute(f"CREATE TABLE {schema}.import_row ({', '.join(_FIELDS)})")
        raw.execute(f"CREATE TABLE {schema}.import_source (idx INTEGER PRIMARY KEY, id, rule)")
        raw.execute(f"CREATE TABLE {schema}.import_article (idx INTEGER PRIMARY KEY, id)")
        raw.execute(f"CREATE TABLE {schema}.import_tag (idx INTEGER PRIMARY KEY, id)")
        # Kept as the rows come and as their ids are given, so that finding a quote id
        # given twice and writing the rows in the order of their new ids need no sort:
        # an encrypted library sorts in memory (its temporary files are not encrypted),
        # and an index made afterwards is a sort of every row.
        for column in ("file_id", "new_id"):
            raw.execute(f"CREATE INDEX {schema}.import_row_{column} ON import_row ({column})")

    def add(self, draft: QuoteDraft) -> None:
        """Keep one checked row."""
        source = self.sources.setdefault(draft.source, len(self.sources))
        article = None
        if draft.article is not None:
            article = self.articles.setdefault(draft.article, len(self.articles))
        tags = [self.tags.setdefault(key, len(self.tags)) for key in draft.tags]
        # The index's own values (folded text, stems, CJK pairs), id left out.
        folded = fts.entry({"id": 0, **{c: draft.fields[c] for c in fts.COLUMNS}})[1:]
        own = (draft.fields[column] for column in STAGED)
        self.batch.append(
            (
                draft.line,
                draft.quote_id,
                *(value.isoformat() if isinstance(value, date) else value for value in own),
                source,
                article,
                json.dumps(tags) if tags else None,
                *folded,
            )
        )
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        marks = ", ".join("?" * (len(_FIELDS) - 2))
        # A batch in one transaction: in autocommit each row would be one, and each
        # commit writes its pages out (to an encrypted scratch file, twice as slow).
        own = not self.raw.in_transaction
        if own:
            self.raw.execute("BEGIN")
        self.raw.executemany(f"INSERT INTO import_row VALUES ({marks}, NULL, NULL)", self.batch)
        if own:
            self.raw.execute("COMMIT")
        self.batch.clear()

    def rows(self, sql: str, *params: object) -> Iterator[tuple[object, ...]]:
        """Rows of a query on the stage, one at a time."""
        yield from self.raw.execute(sql, params)

    def drop(self) -> None:
        """Drop the staging tables from ``temp``, which lasts as long as the connection.
        A scratch database goes whole when the write ends (storage/scratch.py): at
        three million rows, dropping its tables first took 43 s."""
        if self.schema != "temp":
            return
        for table in _TABLES:
            self.raw.execute(f"DROP TABLE IF EXISTS {self.schema}.{table}")
