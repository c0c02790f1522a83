"""The names a free word also finds a quote by: its source's printed name, its tags,
its article's headline and outlet.

They sit in a small full-text index of their own (``name_fts``, schema 7), one row a
name, holding the folded name the library already keeps beside it (``name_key``,
``key``, ``headline_key``, ``outlet_key``). Triggers keep it in step with every
write, whoever writes (the library, an import's bulk SQL, a backup being scrubbed),
so renaming a source, a tag or an article touches one row here and none of its
quotes. A source's real name is never in it: a search cannot reveal who is
behind a pseudonym.

A search resolves each free word against this index first (thousands of names, not
millions of quotes), and search_fields.py turns the ids it finds into conditions
on the quote. Words are matched as the quote's own text matches them (fts_terms.py):
the start of a word, its other forms through its Snowball stem, ``=exact`` and
phrases as whole words, CJK words inside a run.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, NamedTuple

from . import fts_terms as terms

__all__ = ["CREATE", "Refs", "create", "resolve"]

# The kinds of name, in the low two bits of a row's rowid: id * 4 + kind.
SOURCE, TAG, HEADLINE, OUTLET = range(4)
_WATCHED = (
    ("source", "name_key", SOURCE),
    ("tag", "key", TAG),
    ("article", "headline_key", HEADLINE),
    ("article", "outlet_key", OUTLET),
)

CREATE = (
    "CREATE VIRTUAL TABLE name_fts USING fts5(words, "
    "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
)
_VOCAB = "CREATE VIRTUAL TABLE name_vocab USING fts5vocab(name_fts, 'row')"
_TOP = "\U0010ffff"  # sorts after every word starting with a prefix


def _triggers(table: str, column: str, kind: int) -> list[str]:
    name = f"name_fts_{table}_{column}"
    put = (
        f"INSERT OR REPLACE INTO name_fts(rowid, words) VALUES (new.id * 4 + {kind}, new.{column});"
    )
    drop = f"DELETE FROM name_fts WHERE rowid = old.id * 4 + {kind};"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN {put} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {column} ON {table} BEGIN {drop} {put} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN {drop} END",
    ]


def create(conn: sqlite3.Connection) -> None:
    """Create the index and its triggers and fill it from the names (in the caller's
    transaction): about 11 s for a million-quote library's 120,000 names on a busy
    two-core machine, once, as the library is upgraded."""
    conn.execute(CREATE)
    conn.execute(_VOCAB)
    for table, column, kind in _WATCHED:
        for trigger in _triggers(table, column, kind):
            conn.execute(trigger)
        conn.execute(
            f"INSERT INTO name_fts(rowid, words) SELECT id * 4 + {kind}, {column} FROM {table}"
        )


def keep_settings(conn: sqlite3.Connection) -> None:
    """Have the index drop a renamed or deleted name's words at once (FTS5's
    secure-delete), and write leaves that fit an encrypted page (``fts.LEAF_BYTES``).

    Without secure-delete, the old words stay in the index's segments until they are
    merged. The index is small, so a rename pays little for it. The settings are kept
    in the file; they are written once.
    """
    from .fts import LEAF_BYTES, erases  # the quotes' index: a search needs none of it

    if not conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'name_fts_config'").fetchone():
        return  # a library not yet given the index
    settings = {"pgsz": LEAF_BYTES}
    if erases(conn):  # not on an older SQLite
        settings["secure-delete"] = 1
    config = dict(conn.execute("SELECT k, v FROM name_fts_config").fetchall())
    for key, value in settings.items():
        if config.get(key) != value:
            conn.execute("INSERT INTO name_fts(name_fts, rank) VALUES (?, ?)", (key, value))


def fit_leaves(conn: sqlite3.Connection) -> None:
    """Rebuild the index from its names in leaves of ``fts.LEAF_BYTES`` (a copy being
    encrypted): a fraction of a second at 120,000 names."""
    from .fts import LEAF_BYTES

    conn.execute("INSERT INTO name_fts(name_fts, rank) VALUES ('pgsz', ?)", (LEAF_BYTES,))
    conn.execute("INSERT INTO name_fts(name_fts) VALUES ('rebuild')")


class Refs(NamedTuple):
    """The sources, tags and articles whose names a word matches."""

    sources: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    articles: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.sources or self.tags or self.articles)

    @staticmethod
    def joined(many: list[Refs]) -> Refs:
        """Every id of several, once each."""
        return Refs(
            tuple(dict.fromkeys(i for r in many for i in r.sources)),
            tuple(dict.fromkeys(i for r in many for i in r.tags)),
            tuple(dict.fromkeys(i for r in many for i in r.articles)),
        )


Rows = Callable[[str, list[Any]], list[Any]]


def resolve(rows: Rows, tokens: list[str], prefix: bool) -> Refs:
    """What a term's words (folded tokens) name; ``prefix`` for a free word."""
    if all(terms.is_cjk(t) for t in tokens):
        # A CJK word inside a run of the name: the folded name holds the run whole.
        where = " AND ".join("words LIKE ?" for _ in tokens)
        found = rows(f"SELECT rowid FROM name_fts WHERE {where}", [f"%{t}%" for t in tokens])
    else:
        match = _match(rows, tokens, prefix)
        found = rows("SELECT rowid FROM name_fts WHERE name_fts MATCH ?", [match])
    kinds: dict[int, list[int]] = {SOURCE: [], TAG: [], HEADLINE: [], OUTLET: []}
    for rowid in found:
        kinds[rowid & 3].append(rowid >> 2)
    articles = tuple(dict.fromkeys(kinds[HEADLINE] + kinds[OUTLET]))
    return Refs(tuple(kinds[SOURCE]), tuple(kinds[TAG]), articles)


def _quoted(tokens: list[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _match(rows: Rows, tokens: list[str], prefix: bool) -> str:
    """The FTS5 expression over names, as search_sql.py builds the one over quotes."""
    star = "*" if prefix and len(tokens[-1]) > 1 else ""
    exact = _quoted(tokens) + star
    if not prefix or len(tokens) > 1:
        return exact
    forms = [_quoted([t]) for t in _same_stem(rows, tokens[0])]
    return " OR ".join([exact, *forms])


def _same_stem(rows: Rows, word: str) -> list[str]:
    """The names' words that share ``word``'s stem, as the quote's stems column finds them.

    A stem is the start of its words but for its last letter at most ("happi" for
    "happy", "die" for "dying"), so only the words starting as the stem does, less
    that letter, are stemmed (remembered by fts_terms: a few dictionary look-ups).
    """
    stem = terms.stem(word)
    start = stem[:-1] if len(stem) > 1 else stem
    known = rows("SELECT term FROM name_vocab WHERE term >= ? AND term < ?", [start, start + _TOP])
    return [t for t in known if t == stem or terms.stem(t) == stem]
