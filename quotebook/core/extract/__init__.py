"""Automatic quote and speaker extraction: paste an article, get its quotes.

Offline: the standard library, and for Russian the pymorphy3 analyser with its
dictionary package (loaded on the first Russian word). The public API:

- :func:`extract` ``(text, *, fmt="auto") -> Extraction`` reads plain text,
  Markdown or a saved HTML page and proposes its quotes (:class:`Proposal`: text as
  printed, input offsets, speaker as written and as resolved, age, role,
  organisation, description, verb, kind, confidence and the doubts behind it) with
  the page's metadata (:class:`ArticleMeta`: headline, outlet, URL, date, author).
- :func:`match_sources` ``(proposals, sources) -> list[Match]`` finds each speaker
  among existing sources (``library.list_sources()``) or proposes a new source.
- :func:`file_proposals` ``(library, article, items) -> Changes`` files accepted
  quotes (:class:`FileItem`) with their article and new sources in one undoable
  write labelled "Import article".
- :func:`read_article_file` ``(path) -> (text, format)`` reads an article file,
  raising :class:`UnreadableArticleError` with the reason when it cannot.
"""

from typing import TYPE_CHECKING, Any

from .document import UnreadableArticleError, read_article_file
from .matching import match_sources, new_source_fields
from .model import SURE, ArticleMeta, Extraction, FileItem, Match, Proposal

if TYPE_CHECKING:
    from .extractor import extract
    from .filing import file_proposals

__all__ = [
    "SURE",
    "ArticleMeta",
    "Extraction",
    "FileItem",
    "Match",
    "Proposal",
    "UnreadableArticleError",
    "extract",
    "file_proposals",
    "match_sources",
    "new_source_fields",
    "read_article_file",
]


def __getattr__(name: str) -> Any:
    # The extractor (its word lists and patterns) and filing (SQLAlchemy) load when
    # first used, so that the command line starts without them.
    if name == "extract":
        from .extractor import extract

        return extract
    if name == "file_proposals":
        from .filing import file_proposals

        return file_proposals
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
