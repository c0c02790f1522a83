"""Edit → Copy with attribution: the selected quotes are read on the worker, then copied.

A selection can hold thousands of quotes, each with its source and article to read,
so the reading and the formatting (the core's :func:`~quotebook.core.domain.citation.cite`)
run on the database worker; the clipboard and the messages follow on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from ...core import Library, Source, ValidationError
from ...core.domain.citation import CiteOptions, cite
from ...core.sheet.csv_risks import sheet_risks
from ...core.sheet.options import ExportOptions

Options = Callable[[str, date | None], CiteOptions]  # a quote's outlet and date → options


@dataclass(frozen=True, slots=True)
class Copied:
    """What a copy holds: the text, how many quotes it has, how many were off the record,
    and the sources a reader could link (quotes on the record and protected)."""

    text: str
    copied: int
    refused: int
    linkable: tuple[str, ...] = ()


def read_copy(library: Library, ids: Sequence[int], options: Options) -> Copied:
    """The selected quotes attributed in the chosen style (on the worker)."""
    drafts: list[str] = []
    sources: dict[int, Source] = {}
    outlets: dict[int, str] = {}
    for quote_id in ids:
        quote = library.get_quote(quote_id)
        if quote.source_id not in sources:
            sources[quote.source_id] = library.get_source(quote.source_id, trashed=True)
        article = quote.article_id
        if article is not None and article not in outlets:
            outlets[article] = library.get_article(article).outlet
        try:
            chosen = options(outlets.get(article, "") if article else "", quote.said_on)
            drafts.append(cite(quote.text, sources[quote.source_id], quote.ground_rule, chosen))
        except ValidationError:
            pass  # off the record: counted below
    linkable = sheet_risks(library, ExportOptions(ids=tuple(ids))).linkable if drafts else ()
    return Copied("\n\n".join(drafts), len(drafts), len(ids) - len(drafts), linkable)
