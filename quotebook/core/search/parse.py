"""The search box's query language: parsed into a small tree that search_sql.py turns into SQL.

The syntax is described in :mod:`quotebook.core.search.runner`. Parsing never touches the
library: a malformed query is refused here with a :class:`QueryError` that names
the problem and the offset where it was found.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Literal, NamedTuple

from ..domain.errors import QueryError
from ..domain.results import GroundRule, QuoteStatus

__all__ = [
    "FIELDS",
    "And",
    "Field",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Query",
    "QueryError",
    "Said",
    "Word",
    "parse_query",
    "term",
]

FIELDS = ("tag", "source", "org", "outlet", "article", "rule", "status", "said")
MAX_TERMS = 64
MAX_DEPTH = 16

RULES: dict[str, GroundRule] = {rule.value: rule for rule in GroundRule} | {
    "on": GroundRule.ON_RECORD,
    "bg": GroundRule.BACKGROUND,
    "deep": GroundRule.DEEP_BACKGROUND,
    "off": GroundRule.OFF_RECORD,
}
STATUSES: dict[str, QuoteStatus] = {status.value: status for status in QuoteStatus}

_FIELD = re.compile(r"(?i)(tag|source|org|outlet|article|rule|status|said)(>=|<=|:|=|>|<)")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_STOP = frozenset(' \t\n\r"()')


# The tree's nodes are named tuples: cheap to define, which every ``quotebook``
# command pays for at start (dataclasses cost a search a tenth of its time). Tuples
# of the same values are equal, so each node ends with its kind, and two nodes of
# different kinds never are: ``Word("visa") != Phrase("visa")``, ``And(t) != Or(t)``.


class Word(NamedTuple):
    """A free word, matched as the start of a word in the quote's text."""

    text: str
    kind: Literal["word"] = "word"


class Phrase(NamedTuple):
    """Words that must appear together, in this order, in these forms (also ``=word``)."""

    text: str
    kind: Literal["phrase"] = "phrase"


class Field(NamedTuple):
    """A filter on a field other than the text (``tag:war``), value as typed."""

    name: str
    value: str
    kind: Literal["field"] = "field"


class Said(NamedTuple):
    """A bound on the date a quote was said: ``first <= said_on < end`` (None: open)."""

    op: str
    value: str
    first: date | None
    end: date | None
    kind: Literal["said"] = "said"


class Not(NamedTuple):
    """Quotes that do not match ``term`` (``-term``, ``NOT term``)."""

    term: Node
    kind: Literal["not"] = "not"


class And(NamedTuple):
    """Quotes that match every one of ``terms`` (terms side by side, ``AND``)."""

    terms: tuple[Node, ...]
    kind: Literal["and"] = "and"


class Or(NamedTuple):
    """Quotes that match any of ``terms`` (``OR``)."""

    terms: tuple[Node, ...]
    kind: Literal["or"] = "or"


Node = Word | Phrase | Field | Said | Not | And | Or


class Query(NamedTuple):
    """A parsed query; ``root`` is None for an empty one (every quote)."""

    text: str
    root: Node | None
    kind: Literal["query"] = "query"


def term(field: str, value: str) -> str:
    """The search text of one filter, quoted so that it parses back to exactly that filter.

    ``term("tag", "war crimes") == 'tag:"war crimes"'``; the navigator writes its
    entries into the search box with it.
    """
    if field not in FIELDS:
        raise ValueError(f"{field!r} is not a search field ({', '.join(FIELDS)})")
    if not value.strip():
        raise ValueError("a search filter needs a value")
    plain = not any(ch in _STOP or ch == "\\" or _blank(ch) for ch in value)
    if plain:
        return f"{field}:{value}"
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'{field}:"{escaped}"'


def parse_query(text: str) -> Query:
    """Parse the search box's text, or raise :class:`QueryError` naming the problem."""
    return Query(text, _Parser(text).parse())


def _blank(ch: str) -> bool:
    """Characters read as spaces: whitespace, controls and broken Unicode."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cs")


class _Token(NamedTuple):
    """One piece of the query's text, and where it starts."""

    kind: str  # word, phrase, field, neg, or, and, not, open, close
    pos: int
    text: str = ""
    field: str = ""
    op: str = ""


class _Lexer:
    """Splits the text into tokens, each knowing where it starts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0

    def tokens(self) -> list[_Token]:
        found: list[_Token] = []
        while True:
            while self.i < len(self.text) and _blank(self.text[self.i]):
                self.i += 1
            if self.i >= len(self.text):
                return found
            found.append(self._next(found))

    def _next(self, found: list[_Token]) -> _Token:
        start, ch = self.i, self.text[self.i]
        if ch in "()":
            self.i += 1
            return _Token("open" if ch == "(" else "close", start)
        if ch == '"':
            return _Token("phrase", start, self._quoted())
        if ch == "-" and (not found or found[-1].kind != "neg"):
            self.i += 1
            if self.i >= len(self.text) or _blank(self.text[self.i]) or self.text[self.i] == ")":
                raise QueryError("a '-' must be followed by the term to leave out", start)
            return _Token("neg", start)
        if ch == "=" and self._starts_word(self.i + 1):
            self.i += 1
            return _Token("phrase", start, self._bare())  # =word: this form only
        field = _FIELD.match(self.text, self.i)
        if field:
            self.i = field.end()
            value = self._value(start, field.group(1).lower())
            return _Token("field", start, value, field.group(1).lower(), field.group(2))
        word = self._bare()
        if word in ("OR", "AND", "NOT"):
            return _Token(word.lower(), start)
        return _Token("word", start, word)

    def _starts_word(self, i: int) -> bool:
        return i < len(self.text) and not (self.text[i] in _STOP or _blank(self.text[i]))

    def _bare(self) -> str:
        start = self.i
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch in _STOP or _blank(ch):
                break
            self.i += 1
        return self.text[start : self.i]

    def _quoted(self) -> str:
        """The text between quote marks, with ``\\"`` and ``\\\\`` unescaped."""
        start = self.i
        self.i += 1
        out: list[str] = []
        while self.i < len(self.text):
            ch = self.text[self.i]
            if ch == "\\" and self.i + 1 < len(self.text) and self.text[self.i + 1] in '"\\':
                out.append(self.text[self.i + 1])
                self.i += 2
            elif ch == '"':
                self.i += 1
                return "".join(out)
            else:
                out.append(ch)
                self.i += 1
        raise QueryError("a quote mark is not closed", start)

    def _value(self, start: int, field: str) -> str:
        at_end = self.i >= len(self.text)
        if not at_end and self.text[self.i] == '"':
            value = self._quoted()
        else:
            value = "" if at_end else self._bare()
        if not value.strip():
            raise QueryError(f"'{field}:' needs a value after it", start)
        return value


class _Parser:
    """Recursive descent: AND (implicit) binds looser than OR; '-' and NOT bind tightest."""

    def __init__(self, text: str) -> None:
        self.tokens = _Lexer(text).tokens()
        if len(self.tokens) > MAX_TERMS * 2:
            raise QueryError(f"the search has too many terms (at most {MAX_TERMS})", 0)
        self.i = 0
        self.depth = 0

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self._and()
        if self.i < len(self.tokens):
            raise QueryError("this ')' has no '(' to close", self.tokens[self.i].pos)
        return node

    def _peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def _kind(self) -> str:
        """The kind of the next token, or "end"."""
        token = self._peek()
        return token.kind if token else "end"

    def _and(self) -> Node:
        terms = [self._or()]
        while (token := self._peek()) is not None and token.kind != "close":
            if token.kind == "and":
                self.i += 1
                if self._kind() in ("end", "close"):
                    raise QueryError("'AND' must be followed by a term", token.pos)
            terms.append(self._or())
        return terms[0] if len(terms) == 1 else And(tuple(terms))

    def _or(self) -> Node:
        terms = [self._unary()]
        while (token := self._peek()) is not None and token.kind == "or":
            self.i += 1
            if self._kind() in ("end", "close", "or", "and"):
                raise QueryError("'OR' must be followed by a term", token.pos)
            terms.append(self._unary())
        return terms[0] if len(terms) == 1 else Or(tuple(terms))

    def _unary(self) -> Node:
        token = self._peek()
        assert token is not None
        if token.kind in ("neg", "not"):
            self.i += 1
            if self._kind() in ("end", "close", "or", "and"):
                raise QueryError(f"'{'-' if token.kind == 'neg' else 'NOT'}' must be "
                                 "followed by the term to leave out", token.pos)  # fmt: skip
            return Not(self._unary())
        return self._atom(token)

    def _atom(self, token: _Token) -> Node:
        self.i += 1
        if token.kind == "open":
            return self._group(token)
        if token.kind in ("or", "and"):
            raise QueryError(f"'{token.kind.upper()}' must come between two terms", token.pos)
        if token.kind == "close":
            raise QueryError("this ')' has no '(' to close", token.pos)
        if token.kind == "phrase":
            return Phrase(token.text)
        if token.kind == "field":
            return _field(token)
        return Word(token.text)

    def _group(self, opening: _Token) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(
                f"parentheses are nested too deeply (at most {MAX_DEPTH})", opening.pos
            )
        if self._kind() == "end":
            raise QueryError("this '(' is not closed", opening.pos)
        if self._kind() == "close":
            raise QueryError("the parentheses are empty", opening.pos)
        node = self._and()
        if self._kind() == "end":
            raise QueryError("this '(' is not closed", opening.pos)
        self.i += 1
        self.depth -= 1
        return node


def _field(token: _Token) -> Node:
    """Check a field's value now, so a mistake is reported where it was typed."""
    name, value = token.field, token.text
    key = value.strip().casefold()
    if name == "said":
        return _said(token)
    if token.op != ":":
        raise QueryError(f"'{name}' takes ':' (only 'said' compares with {token.op})", token.pos)
    if name == "rule" and key not in RULES:
        allowed = ", ".join(RULES)
        raise QueryError(f"'{value}' is not a ground rule ({allowed})", token.pos)
    if name == "status" and key not in STATUSES:
        allowed = ", ".join(STATUSES)
        raise QueryError(f"'{value}' is not a status ({allowed})", token.pos)
    return Field(name, value)


def _said(token: _Token) -> Said:
    """``said:2022``, ``said>=2022-03``, ``said<2022-03-14``: a half-open range of days."""
    value = token.text.strip()
    match = _DATE.fullmatch(value)
    if not match:
        raise QueryError(f"'{value}' is not a date like 2022, 2022-03 or 2022-03-14", token.pos)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        first = date(year, month or 1, day or 1)
        if day is not None:
            end = date.fromordinal(first.toordinal() + 1) if first < date.max else None
        elif month is not None:
            # The first day of the next month (none after December 9999).
            after = (year + month // 12, month % 12 + 1)
            end = date(*after, 1) if after[0] <= date.max.year else None
        else:
            end = date(year + 1, 1, 1) if year < date.max.year else None
    except ValueError:
        raise QueryError(f"'{value}' is not a real calendar date", token.pos) from None
    op = "=" if token.op in (":", "=") else token.op
    bounds = {
        "=": (first, end),
        ">=": (first, None),
        ">": (end, None) if end else (date.max, date.max),
        "<": (None, first),
        "<=": (None, end),
    }[op]
    return Said(token.op, token.text, *bounds)
