"""The fields of an imported sheet: its header mapped to them, and each cell read.

Fields a sheet's columns can map to (:data:`IMPORT_FIELDS`):

- the quote: ``quote`` (its text, required), ``quote_id``, ``ground_rule``
  (``on_record``, ``background``, ``deep_background``, ``off_record``; also
  spelled "On the record", "deep-background"...; blank: the source's default),
  ``said_on``, ``context``, ``notes``, ``language``, ``translation``,
  ``original_text``, ``status`` (unverified, verified, disputed; blank:
  unverified), ``tags`` (separated by ``;``);
- its source: ``source`` (the printed name, required), ``pseudonym`` (yes/no,
  true/false, 1/0 or blank), ``age``, ``role``, ``organization``, ``location``,
  ``described_as``, ``source_rule`` (the ground rule of the source's new
  quotes), ``real_name``, ``contact``, ``source_notes``, and
  ``attribution`` (read as the source's ``described_as`` when a background
  quote's attribution is not just its role and organisation);
- its article: ``article`` (the headline), ``url``, ``outlet``,
  ``published_on``, ``author``, ``dateline``, ``article_notes``.

Dates are ``YYYY-MM-DD``. A column named like a field (ignoring case, spaces for
underscores) maps to it without a mapping; other columns are reported, not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ..domain import validate as v
from ..domain.errors import CsvError, ValidationError
from ..domain.values import GroundRule, QuoteStatus
from .csv_common import restore, split_tags

QUOTE_FIELDS = (
    "quote_id",
    "quote",
    "ground_rule",
    "said_on",
    "context",
    "notes",
    "language",
    "translation",
    "original_text",
    "status",
    "tags",
)
SOURCE_FIELDS = (
    "source",
    "attribution",
    "pseudonym",
    "age",
    "role",
    "organization",
    "location",
    "described_as",
    "source_rule",
    "real_name",
    "contact",
    "source_notes",
)
ARTICLE_FIELDS = ("article", "url", "outlet", "published_on", "author", "dateline", "article_notes")
IMPORT_FIELDS = QUOTE_FIELDS + SOURCE_FIELDS + ARTICLE_FIELDS

# Where each source and article field lands in its table.
SOURCE_COLUMNS = {
    "source": "name",
    "pseudonym": "is_pseudonym",
    "age": "age",
    "role": "role",
    "organization": "organization",
    "location": "location",
    "described_as": "described_as",
    "source_rule": "default_ground_rule",
    "real_name": "real_name",
    "contact": "contact",
    "source_notes": "notes",
}
ARTICLE_COLUMNS = {
    "article": "headline",
    "url": "url",
    "outlet": "outlet",
    "published_on": "published_on",
    "author": "author",
    "dateline": "dateline",
    "article_notes": "notes",
}

_YES = frozenset({"yes", "y", "true", "1", "x", "да"})
_NO = frozenset({"", "no", "n", "false", "0", "нет"})
_QUOTE_ID = re.compile(r"\s*\d{1,18}\s*")
_WHITESPACE = re.compile(r"\s")
_RULE_VALUES = frozenset(rule.value for rule in GroundRule)
_STATUS_VALUES = frozenset(status.value for status in QuoteStatus)


def _flexible(enum: type[GroundRule] | type[QuoteStatus], column: str, cell: str) -> str:
    """An enumeration value spelled loosely: "On the record", "deep-background"."""
    spelled = re.sub(r"[\s\-]+", "_", cell.strip().lower()).replace("_the_", "_")
    try:
        return enum(spelled).value
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(column, f"{cell!r} is not one of {allowed}") from None


def _pseudonym(column: str, cell: str) -> bool:
    word = cell.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValidationError(column, f"{cell!r} is not yes or no")


def _quote_id(column: str, cell: str) -> int | None:
    if not cell.strip():
        return None
    if not _QUOTE_ID.fullmatch(cell) or int(cell) == 0:
        raise ValidationError(column, f"{cell!r} is not a quote id (a whole number from 1)")
    return int(cell)


# The checks of validate.py, with a fast path for plain ASCII (most cells of most
# sheets): no normalisation to do and no surrogate possible, only NUL to refuse.


def _text(column: str, cell: str) -> str:
    if cell.isascii() and "\x00" not in cell:
        return cell
    return v.text(column, cell)


def stripped(column: str, cell: str) -> str:
    if cell.isascii() and "\x00" not in cell:
        return cell.strip()
    return v.text(column, cell, strip=True)


def _required(column: str, cell: str) -> str:
    if cell.isascii() and "\x00" not in cell and cell.strip():
        return cell
    return v.text(column, cell, required=True)


def _name(column: str, cell: str) -> str:
    """A one-line name (source, headline); blank gives "" and the row check decides."""
    if cell.isascii() and "\x00" not in cell and "\n" not in cell and "\r" not in cell:
        return cell.strip()
    return v.name(column, cell) if cell.strip() else ""


def _date(column: str, cell: str) -> date | None:
    if len(cell) == 10 and cell.isascii() and cell[4] == "-" and cell[7] == "-":
        try:
            return date.fromisoformat(cell)
        except ValueError:
            pass
    return v.optional_date(column, cell)


def _url(column: str, cell: str) -> str | None:
    url = stripped(column, cell)
    if _WHITESPACE.search(url):
        raise ValidationError(column, "must not contain spaces or line breaks")
    return url or None


def _age(column: str, cell: str) -> int | None:
    if cell.isascii() and cell.isdigit() and len(cell) <= 3 and int(cell) <= v.MAX_AGE:
        return int(cell)
    return v.optional_age(column, cell)


def _rule(column: str, cell: str) -> str | None:
    if cell in _RULE_VALUES:
        return cell
    return _flexible(GroundRule, column, cell) if cell.strip() else None


def _status(column: str, cell: str) -> str:
    if cell in _STATUS_VALUES:
        return cell
    return _flexible(QuoteStatus, column, cell) if cell.strip() else "unverified"


def tag_names(column: str, cell: str) -> tuple[str, ...]:
    """The tag names of one cell (separated by `;`), each checked as a name."""
    return tuple(v.name(column, name) for name in split_tags(cell))


_CONVERT: dict[str, Callable[[str, str], Any]] = {
    "quote_id": _quote_id,
    "quote": _required,
    "ground_rule": _rule,
    "said_on": _date,
    "context": _text,
    "notes": _text,
    "language": stripped,
    "translation": _text,
    "original_text": _text,
    "status": _status,
    "tags": tag_names,
    "source": _name,
    "attribution": stripped,
    "pseudonym": _pseudonym,
    "age": _age,
    "role": stripped,
    "organization": stripped,
    "location": stripped,
    "described_as": stripped,
    "source_rule": _rule,
    "real_name": stripped,
    "contact": stripped,
    "source_notes": _text,
    "article": _name,
    "url": _url,
    "outlet": stripped,
    "published_on": _date,
    "author": stripped,
    "dateline": stripped,
    "article_notes": _text,
}
_DEFAULTS: dict[str, Any] = {name: "" for name in IMPORT_FIELDS} | {
    "quote_id": None,
    "ground_rule": None,
    "source_rule": None,
    "said_on": None,
    "status": "unverified",
    "tags": (),
    "pseudonym": False,
    "age": None,
    "url": None,
    "published_on": None,
}


def _as_field(column: str) -> str:
    return re.sub(r"\s+", "_", column.strip().lower())


def map_header(
    header: tuple[str, ...], mapping: Mapping[str, str] | None
) -> tuple[dict[str, int], tuple[str, ...]]:
    """{field: column index} for the header, and the columns nothing reads."""
    for wanted in (mapping or {}).values():
        if wanted not in IMPORT_FIELDS:
            known = ", ".join(IMPORT_FIELDS)
            raise ValidationError("mapping", f"{wanted!r} is not a field (known: {known})")
    explicit = {name.strip(): wanted for name, wanted in (mapping or {}).items()}
    missing = [name for name in explicit if name not in header]
    if missing:
        raise CsvError(
            f"the mapping names a column {missing[0]!r} that the header does not have "
            f"(it has {', '.join(repr(h) for h in header)})",
            1,
        )
    fields: dict[str, int] = {}
    unknown: list[str] = []
    for index, column in enumerate(header):
        wanted = explicit.get(column, _as_field(column))
        if wanted not in IMPORT_FIELDS:
            unknown.append(column)
        elif wanted in fields:
            first = header[fields[wanted]]
            raise CsvError(f"columns {first!r} and {column!r} both give the field {wanted!r}", 1)
        else:
            fields[wanted] = index
    _check_fields(fields, header)
    return fields, tuple(unknown)


def _check_fields(fields: dict[str, int], header: tuple[str, ...]) -> None:
    if not fields:
        raise CsvError(
            "the first line is not a header: none of its cells names a field "
            f"(such as quote, source, said_on); it reads {', '.join(map(repr, header[:5]))}",
            1,
        )
    if "quote" not in fields:
        raise CsvError("the header has no quote column (map one of its columns to 'quote')", 1)
    if "source" not in fields:
        raise CsvError("the header has no source column (map one of its columns to 'source')", 1)


class Cells:
    """Converts a set of fields of a row; ``cached`` remembers results per raw cells.

    Source and article cells repeat on every quote of that source or article, so
    they are checked once per distinct combination rather than once per row.
    """

    def __init__(self, header: tuple[str, ...], fields: dict[str, int], names: tuple[str, ...]):
        mapped = [name for name in names if name in fields]
        self.items = [(fields[n], n, header[fields[n]], _CONVERT[n]) for n in mapped]
        self.defaults = {name: _DEFAULTS[name] for name in names}
        self.cache: dict[tuple[str, ...], dict[str, Any]] = {}

    def convert(self, cells: list[str]) -> dict[str, Any]:
        """The fields' values (a fresh dict), or ValidationError naming the bad column."""
        found = self.defaults.copy()
        for index, name, column, convert in self.items:
            cell = cells[index]
            if not cell:
                continue  # the default is what every converter makes of a blank
            if name != "tags" and (cell[0] == "'" or "\n" in cell or "\r" in cell):
                cell = restore(cell)
            found[name] = convert(column, cell)
        return found

    def cached(self, cells: list[str]) -> tuple[tuple[str, ...], dict[str, Any] | None]:
        """The raw cells as a key, and their values if this combination was seen."""
        raw = tuple(cells[index] for index, _, _, _ in self.items)
        return raw, self.cache.get(raw)
