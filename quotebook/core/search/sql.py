"""Search conditions in SQL: a parsed query's terms as conditions over the quote row ``q``.

Words become FTS5 expressions over the full-text index, quoted so that nothing a
reporter types is read as FTS5 syntax; filters become a row condition and the set
of quote ids it keeps, so that search.py can choose which term leads a query.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..domain import validate as v
from ..storage import fts_names
from ..storage import fts_terms as terms
from ..storage.fts_names import Refs
from .fields import Filter, Sql, id_list, named, text_or_named
from .parse import RULES, STATUSES, And, Field, Node, Not, Or, Phrase, Said, Word

__all__ = [
    "ESTIMATE_CAP",
    "LIVE",
    "TRASHED_SOURCES",
    "Compiler",
    "Filter",
    "Sql",
    "fts_and",
    "fts_expression",
    "fts_ids",
    "prune",
    "trash_filter",
]

ESTIMATE_CAP = 20_000  # a filter matching fewer quotes leads; counting stops here

TRASHED_SOURCES = "SELECT id FROM source WHERE deleted_at IS NOT NULL"
# Quotes outside the trash: not in it themselves, nor said by a source in it.
LIVE = f"q.id NOT IN (SELECT id FROM quote_trash) AND q.source_id NOT IN ({TRASHED_SOURCES})"


# -- the full-text part ----------------------------------------------------


def _bindable(value: str) -> str:
    """Text safe to bind: no NUL, no control characters, no lone surrogates."""
    return "".join(" " if v_blank(ch) else ch for ch in value)


def v_blank(ch: str) -> bool:
    return ch < " " or ch == "\x7f" or "\ud800" <= ch <= "\udfff"


def _tokens(text: str) -> list[str]:
    """The words FTS5's unicode61 tokenizer sees in folded text (letters, digits)."""
    return terms.words(v.fold(_bindable(text)))


# The index's columns (fts.py): the text columns, then the stems, then the bigrams.
# A column filter that leaves the last ones out names every text column without
# listing them, so a search needs neither fts.py nor the field declarations.
_EXACT = "- {stems cjk}"  # the text columns
_EXACT_AND_STEMS = "- {cjk}"  # the text columns and the stems


def _quoted(tokens: list[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def _literal(text: str, prefix: bool) -> str | None:
    """An FTS5 expression for user text, quoted so none of it is read as FTS5 syntax.

    A free word (``prefix``) matches words starting with it and, through its stem,
    its other forms; a phrase or ``=word`` matches the text's own words only. A
    word in CJK script is looked for inside runs, through its bigrams.
    """
    tokens = _tokens(text)
    if not tokens:
        return None
    if all(terms.is_cjk(t) for t in tokens):
        found = " AND ".join(f"cjk : {terms.cjk_phrase(t)}" for t in tokens)
        return f"({found})" if len(tokens) > 1 else found
    if not prefix:
        return f"{_EXACT} : {_quoted(tokens)}"
    star = "*" if len(tokens[-1]) > 1 else ""
    exact = f"{_EXACT} : {_quoted(tokens)}{star}"
    if len(tokens) > 1:
        return exact
    stem = terms.stem(tokens[0])
    return f"({exact} OR {_EXACT_AND_STEMS} : {_quoted([stem])})"


def prune(node: Node) -> Node | None:
    """Drop terms with nothing to search for (punctuation, emoji) and what they leave empty."""
    if isinstance(node, Word | Phrase):
        return node if _tokens(node.text) else None
    if isinstance(node, Not):
        inner = prune(node.term)
        return Not(inner) if inner is not None else None
    if isinstance(node, And | Or):
        kept = tuple(t for t in (prune(t) for t in node.terms) if t is not None)
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else type(node)(kept)
    return node


def fts_expression(node: Node) -> str | None:
    """The FTS5 expression for a term made only of words and phrases, else None."""
    if isinstance(node, Word | Phrase):
        return _literal(node.text, isinstance(node, Word))
    if isinstance(node, Or):
        parts = [fts_expression(t) for t in node.terms]
        return None if None in parts else "(" + " OR ".join(map(str, parts)) + ")"
    if isinstance(node, And):
        return fts_and(list(node.terms))
    return None


def fts_and(terms: list[Node]) -> str | None:
    """``a AND b NOT c``: FTS5 can leave terms out only beside at least one kept term."""
    positive = [fts_expression(t) for t in terms if not isinstance(t, Not)]
    negative = [fts_expression(t.term) for t in terms if isinstance(t, Not)]
    if not positive or None in positive or None in negative:
        return None
    expression = "(" + " AND ".join(map(str, positive)) + ")"
    for part in negative:
        expression = f"({expression} NOT {part})"
    return expression


# -- filters -----------------------------------------------------------------


def _like(value: str) -> str:
    """A LIKE pattern for "a word of the field starts with ``value``" (folded)."""
    key = v.fold(_bindable(value).strip())
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped}%"


_LIKE = "(' ' || {0}) LIKE ? ESCAPE '\\'"
_LOOKUP = {
    "source": ("source", "name_key"),
    "org": ("source", "organization_key"),
    "outlet": ("article", "outlet_key"),
    "article": ("article", "headline_key"),
}


class Compiler:
    """Turns a parsed query into SQL conditions over the quote row ``q``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn  # a plain read connection (reading.py)
        self._refs: dict[Word | Phrase, Refs] = {}

    def rows(self, sql: str, params: list[Any]) -> list[Any]:
        """The first column of each row, read on the plain cursor one row at a time.

        Each row's tuple is gone before the next is read: a million of them alive
        at once (``fetchall``) set off a full pass of the garbage collector, which
        holds the interpreter, and the app's GUI thread with it, for 30 ms.
        """
        return [row[0] for row in self.conn.execute(sql, params)]

    def estimate(self, ids: Sql, cap: int = ESTIMATE_CAP) -> int:
        """How many quotes an id set holds, counting no further than ``cap``."""
        sql = f"SELECT count(*) FROM ({ids.text} LIMIT {cap})"
        return int(self.rows(sql, ids.params)[0])

    def referenced(self, node: Field) -> str:
        """The ids of the tags, sources or articles a field names, as a JSON list."""
        if node.name == "tag":
            found = self.rows(
                "SELECT id FROM tag WHERE key = ?", [v.fold(_bindable(node.value).strip())]
            )
        else:
            table, column = _LOOKUP[node.name]
            found = self.rows(
                f"SELECT id FROM {table} WHERE {_LIKE.format(column)}", [_like(node.value)]
            )
        return id_list(found)

    def filter(self, node: Field | Said) -> Filter:
        """A filter's row condition (never NULL) and the set of quote ids it keeps."""
        if isinstance(node, Said):
            return _said(node)
        key = node.value.strip().casefold()
        if node.name in ("rule", "status"):
            value = RULES[key].value if node.name == "rule" else STATUSES[key].value
            column = "ground_rule" if node.name == "rule" else "status"
            return Filter(
                Sql(f"+q.{column} = ?", [value]),
                Sql(f"SELECT id FROM quote WHERE {column} = ?", [value]),
            )
        ids = self.referenced(node)
        each = "SELECT value FROM json_each(?)"
        if node.name == "tag":
            return Filter(
                Sql(
                    "EXISTS (SELECT 1 FROM quote_tag qt WHERE qt.quote_id = q.id"
                    f" AND qt.tag_id IN ({each}))",
                    [ids],
                ),
                Sql(f"SELECT quote_id AS id FROM quote_tag WHERE tag_id IN ({each})", [ids]),
            )
        column = "source_id" if node.name in ("source", "org") else "article_id"
        return Filter(
            Sql(f"ifnull(+q.{column} IN ({each}), 0)", [ids]),
            Sql(f"SELECT id FROM quote WHERE {column} IN ({each})", [ids]),
        )

    def text(self, expression: str, per_row: bool = False) -> Sql:
        """A row condition for words: their id list, or a lookup per quote for a few quotes.

        A lookup costs tens of microseconds (FTS5 opens a cursor for each quote), the
        list a fraction of one per match, so lookups pay only beside a short lead.
        """
        if per_row:
            return Sql(
                "EXISTS (SELECT 1 FROM quote_fts WHERE quote_fts MATCH ? AND rowid = q.id)",
                [expression],
            )
        ids = fts_ids(expression)
        return Sql(f"+q.id IN ({ids.text})", ids.params)  # a check, never the walk

    def refs(self, node: Word | Phrase) -> Refs:
        """The sources, tags and articles whose names a free word or phrase matches."""
        found = self._refs.get(node)
        if found is None:
            found = fts_names.resolve(self.rows, _tokens(node.text), isinstance(node, Word))
            self._refs[node] = found
        return found

    def names(self, node: Node) -> bool:
        """Whether any word of a term also matches names (negated words included)."""
        if isinstance(node, Word | Phrase):
            return bool(self.refs(node))
        if isinstance(node, Not):
            return self.names(node.term)
        if isinstance(node, And | Or):
            return any(self.names(t) for t in node.terms)
        return False

    def named(self, nodes: list[Node]) -> Filter:
        """The quotes that the words of these terms (split terms: no word negated) find
        by a name."""
        found: list[Refs] = []
        stack = list(nodes)
        while stack:
            node = stack.pop()
            if isinstance(node, Word | Phrase):
                found.append(self.refs(node))
            elif isinstance(node, And | Or):
                stack.extend(node.terms)
        return named(Refs.joined(found))

    def word(self, node: Word | Phrase) -> Filter:
        """A free word or phrase: its quotes by text or by name."""
        expression = fts_expression(node)
        assert expression is not None
        return text_or_named(fts_ids(expression), self.refs(node))

    def cond(self, node: Node) -> Sql:
        """Any term as a condition on ``q`` that is true or false, never NULL."""
        if not self.names(node):
            expression = fts_expression(node)
            if expression is not None:
                return self.text(expression)
        if isinstance(node, Word | Phrase):
            return self.word(node).cond
        if isinstance(node, Field | Said):
            return self.filter(node).cond
        if isinstance(node, Not):
            inner = self.cond(node.term)
            return Sql(f"NOT ({inner.text})", inner.params)
        assert isinstance(node, And | Or)
        parts = [self.cond(t) for t in node.terms]
        joiner = " AND " if isinstance(node, And) else " OR "
        return Sql(
            "(" + joiner.join(p.text for p in parts) + ")",
            [param for p in parts for param in p.params],
        )


def fts_ids(expression: str) -> Sql:
    """The ids of the quotes an FTS5 expression matches."""
    return Sql("SELECT rowid AS id FROM quote_fts WHERE quote_fts MATCH ?", [expression])


def _said(node: Said) -> Filter:
    conds, params = [], []
    if node.first is not None:
        conds.append("said_on >= ?")
        params.append(node.first.isoformat())
    if node.end is not None:
        conds.append("said_on < ?")
        params.append(node.end.isoformat())
    if not conds:  # said<=9999: every dated quote
        conds.append("said_on IS NOT NULL")
    where = " AND ".join(conds)
    return Filter(
        Sql("ifnull(" + " AND ".join("+q." + c for c in conds) + ", 0)", list(params)),
        Sql(f"SELECT id FROM quote WHERE {where}", list(params)),
    )


def trash_filter() -> Filter:
    """The quotes in the trash: deleted themselves, or said by a deleted source."""
    return Filter(
        Sql(f"(q.id IN (SELECT id FROM quote_trash) OR q.source_id IN ({TRASHED_SOURCES}))", []),
        Sql(
            "SELECT id FROM quote_trash UNION ALL "
            f"SELECT id FROM quote WHERE source_id IN ({TRASHED_SOURCES})",
            [],
        ),
    )
