"""Helpers the command modules share: usage errors, ground rules, finding rows by name or id."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from ..core.domain.errors import NotFoundError
from ..core.domain.results import GroundRule

if TYPE_CHECKING:
    from ..core import Article, Source
    from ..core.library.library import Library
    from ..core.library.reader import SavedSearchReads

RULE_NAMES = ", ".join(rule.value for rule in GroundRule)
_ALIASES = {
    "on_the_record": GroundRule.ON_RECORD,
    "on": GroundRule.ON_RECORD,
    "off_the_record": GroundRule.OFF_RECORD,
    "off": GroundRule.OFF_RECORD,
    "deep": GroundRule.DEEP_BACKGROUND,
}


class CommandError(Exception):
    """A command cannot do what was asked; ``status`` is the exit status (2: bad input)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def parse_rule(value: str) -> GroundRule:
    """A ground rule as typed: ``on_record``, ``on-record``, ``"on the record"``, ``off``…"""
    key = re.sub(r"[\s-]+", "_", value.strip().lower())
    try:
        return GroundRule(key)
    except ValueError:
        pass
    if key in _ALIASES:
        return _ALIASES[key]
    raise CommandError(f"unknown ground rule {value!r}; use one of {RULE_NAMES}")


def read_text(value: str) -> str:
    """The argument itself, or standard input when it is ``-`` (for long or multi-line text)."""
    if value != "-":
        return value
    return sys.stdin.read().rstrip("\n")


def _as_id(value: str) -> int | None:
    stripped = value.strip().lstrip("#")
    return int(stripped) if stripped.isdigit() else None


def describe_source(source: Source) -> str:
    """ "#3 Sasha (machine learning engineer, Vektor)": enough to tell namesakes apart."""
    details = ", ".join(
        part for part in (source.role, source.organization, source.location) if part
    )
    return f"#{source.id} {source.name}" + (f" ({details})" if details else "")


def resolve_source(library: Library, given: str) -> Source:
    """The live source with this id or (folded) name; several or none is a usage error."""
    source_id = _as_id(given)
    if source_id is not None:
        try:
            return library.get_source(source_id)
        except NotFoundError:
            pass
    found = library.find_sources(given)
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(describe_source(source) for source in found)
        raise CommandError(
            f"{len(found)} sources are named {given!r}: {listed}; give the id instead"
        )
    if source_id is not None:
        raise CommandError(f"no source #{source_id}")
    raise CommandError(f"no source named {given!r}; add it first: quotebook add-source {given!r}")


def resolve_article(library: Library, given: str) -> Article:
    """The article with this id or URL; none is a usage error."""
    article_id = _as_id(given)
    if article_id is not None:
        try:
            return library.get_article(article_id)
        except NotFoundError:
            raise CommandError(f"no article #{article_id}") from None
    found = library.find_article(url=given)
    if found is None:
        raise CommandError(
            f"no article with the URL {given!r}; add it first: "
            f"quotebook add-article HEADLINE --url {given!r}"
        )
    return found


def resolve_query(library: SavedSearchReads, query: str | None) -> str | None:
    """The query as typed, or the saved search it names as ``@name``."""
    if query is None or not query.strip().startswith("@"):
        return query
    name = query.strip()[1:]
    try:
        return library.saved_search(name).query
    except NotFoundError:
        raise CommandError(
            f"no saved search named {name!r} (quotebook searches lists them)"
        ) from None
