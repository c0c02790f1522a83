"""How a field of a source, a quote or an article is declared: see :mod:`values`.

A value class's field annotated ``Annotated[type, Field(...)]`` is a stored field;
:mod:`schema` reads these declarations and everything else derives from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal[
    "text",  # free text, several lines allowed (notes, a quote's context)
    "line",  # one stripped line, may be blank (role, outlet)
    "name",  # one stripped line that must not be blank (a source's name, a headline)
    "date",  # a calendar date, YYYY-MM-DD, or none
    "age",  # whole years 0 to 130, or none
    "flag",  # yes or no
    "rule",  # a ground rule
    "status",  # a quote's status
    "url",  # one line without spaces, or none; unique among articles
    "ref",  # the id of another row
]


@dataclass(frozen=True, slots=True)
class Field:
    """One field as the library stores it, checks it and writes it in sheets.

    ``kind`` says how a value is checked and stored. ``sheet`` is its column in
    the archive sheet and its field in the import (None: in no sheet);
    ``sheet_rank`` orders a record's columns there (new fields come last).
    ``aliases`` are further header names an import reads as it. ``key`` names
    the column that holds the field folded for matching; ``indexed`` is the
    field's place among the full-text index's columns (0: not indexed);
    ``protected`` fields (a source's real name and contact) are in no sheet unless
    asked for. ``refers`` is the table a ``ref`` points at and what deleting that
    row does to this one.

    ``name``, ``default`` and ``required`` come from the value class: its
    attribute, its default, and whether it has none (:func:`schema.declared`).
    """

    kind: Kind
    sheet: str | None = None
    sheet_rank: int = 1000
    aliases: tuple[str, ...] = ()
    key: str | None = None
    indexed: int = 0
    protected: bool = False
    refers: tuple[str, str] | None = None
    name: str = ""
    default: Any = None
    required: bool = False

    @property
    def nullable(self) -> bool:
        """Whether the column holds NULL for "none" (dates, ages, URLs, optional refs)."""
        return self.default is None and not self.required
