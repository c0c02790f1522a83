"""The words a search looks for in a quote's text, and where they are in a text, so
that a list or an editor can highlight them.

Free words match the start of a word, phrases their words; a term under ``-`` or
``NOT`` is looked for nowhere and highlights nothing. Matching ignores case,
Unicode form and accents, as the search does (:func:`~.validate.fold`).
"""

from __future__ import annotations

import re

from ..domain.errors import QueryError
from ..domain.validate import fold
from .parse import And, Node, Or, Phrase, Word, parse_query

_WORD = re.compile(r"\w+")


def highlight_terms(query: str) -> tuple[str, ...]:
    """The folded word starts ``query`` looks for in the text (none for a bad query)."""
    try:
        root = parse_query(query).root
    except QueryError:
        return ()
    found: list[str] = []
    _collect(root, found)
    return tuple(dict.fromkeys(found))


def _collect(node: Node | None, found: list[str]) -> None:
    if isinstance(node, Word | Phrase):
        found.extend(fold(word) for word in _WORD.findall(node.text))
    elif isinstance(node, And | Or):
        for child in node.terms:
            _collect(child, found)
    # Not, Field and Said name nothing in the text


def highlight_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text`` that starts with one of ``terms``."""
    if not terms:
        return []
    return [
        (match.start(), match.end())
        for match in _WORD.finditer(text)
        if any(fold(match.group()).startswith(term) for term in terms)
    ]
