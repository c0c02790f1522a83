"""What a search returns and the quote table shows: matching ids in order, and rows.

Named tuples, cheap to define at every command's start (dataclasses cost a search
a tenth of its time). Both are also importable from :mod:`values`.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .results import GroundRule

__all__ = ["QuoteRow", "SearchResult"]


class QuoteRow(NamedTuple):
    """One line of the quote table: what a list of quotes shows, fetched in pages."""

    id: int
    text: str
    source_name: str
    tags: tuple[str, ...]
    article_headline: str
    said_on: date | None
    ground_rule: GroundRule
    source_rule: GroundRule = GroundRule.ON_RECORD  # the source's default rule
    deleted: bool = False


class SearchResult(NamedTuple):
    """Quote ids in display order and how many match in all.

    ``ids`` may be a first page only (``limit``); ``total`` counts every match up
    to ``count_cap``, and ``total_capped`` says the count stopped there.
    """

    ids: tuple[int, ...]
    total: int
    total_capped: bool = False
    ranked: bool = False
