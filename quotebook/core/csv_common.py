"""What the CSV export and import share: the editor sheet's columns and cell spelling.

The editor sheet has one row per quote and the columns of :data:`COLUMNS`. Its
cells are spelled so that a spreadsheet shows them as typed and an import reads
them back unchanged:

- ``pseudonym`` is ``yes`` for a pseudonymous source and empty otherwise;
- ``tags`` are joined by ``"; "`` in the order of their folded names, a ``;``
  inside a tag name being written twice (``;;``);
- dates are ISO 8601 (``2022-03-14``); ground rules are spelled ``on_record``,
  ``background``, ``deep_background`` and ``off_record``;
- a text cell that a spreadsheet would run as a formula (it begins with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, and
  so does a cell that already begins with apostrophes before such a character, so
  that the import can always take exactly one apostrophe off again.
"""

from __future__ import annotations

import csv
import re
import sys

COLUMNS: tuple[str, ...] = (
    "quote_id",
    "quote",
    "attribution",
    "source",
    "pseudonym",
    "age",
    "role",
    "organization",
    "ground_rule",
    "said_on",
    "tags",
    "article",
    "outlet",
    "url",
    "published_on",
    "context",
    "notes",
)

DELIMITERS = (",", ";")
TAG_SEPARATOR = "; "
PSEUDONYM_YES = "yes"

# Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")
_NEUTRALISED = re.compile("'+[=+\\-@\t\r]")
_TAG_PART = re.compile("(?:[^;]|;;)+")


def neutralise(cell: str) -> str:
    """The cell with an apostrophe in front when a spreadsheet would run it as a formula."""
    if not cell:
        return cell
    first = cell[0]
    if first in FORMULA_TRIGGERS or (first == "'" and _NEUTRALISED.match(cell)):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """Undo :func:`neutralise`: take off the one apostrophe it put in front."""
    if cell[:1] == "'" and _NEUTRALISED.match(cell):
        return cell[1:]
    return cell


def join_tags(names: list[str] | tuple[str, ...]) -> str:
    """Tag names as one cell, ``;`` inside a name doubled so the cell splits back exactly."""
    return TAG_SEPARATOR.join(name.replace(";", ";;") for name in names)


def split_tags(cell: str) -> list[str]:
    """Tag names from a cell written by :func:`join_tags` (or typed with ``;`` between tags)."""
    parts = (part.replace(";;", ";").strip() for part in _TAG_PART.findall(cell))
    return [part for part in parts if part]


def raise_field_size_limit() -> None:
    """Let the csv module read cells of any length (a quote may run to a million characters)."""
    limit = 2**31 - 1 if sys.maxsize > 2**31 - 1 else sys.maxsize
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
