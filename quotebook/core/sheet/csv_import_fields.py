"""The fields of an imported sheet: its header mapped to them, and each cell read.

Fields a sheet's columns can map to (:data:`IMPORT_FIELDS`): the sheet name of
every declared field of a quote, its source and its article (``values.py``,
e.g. ``quote``, ``said_on``, ``source``, ``source_rule``, ``article``,
``article_notes``), the names of the archive sheet's columns; and ``quote_id``
(the quote's id in the file), ``tags`` (separated by ``;``) and ``attribution``
(read as the source's ``described_as`` when a background quote's attribution is
not just its role and organisation). ``quote`` and ``source`` are required.

Each cell is read by its field's kind: ground rules are ``on_record``,
``background``, ``deep_background``, ``off_record``, also spelled "On the
record", "deep-background"... (blank: the source's default); a status is
unverified, verified or disputed (blank: unverified); a flag such as
``pseudonym`` is yes/no, true/false, 1/0 or blank; dates are ``YYYY-MM-DD``. A
column named like a field or one of its aliases (ignoring case, spaces for
underscores) maps to it without a mapping; other columns are reported, not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from ..domain import schema
from ..domain import validate as v
from ..domain.errors import CsvError, ValidationError
from ..domain.field import Field
from ..domain.values import GroundRule, QuoteStatus
from .csv_common import restore, split_tags

# The fields a sheet's columns can map to: each declared field's sheet name
# (schema.py), in the archive sheet's order, and a few that are no column: a
# quote's id in the file, its tags, and a background quote's attribution.
_QUOTE = schema.in_sheet(schema.QUOTE)
_SOURCE = schema.in_sheet(schema.SOURCE)
_ARTICLE = schema.in_sheet(schema.ARTICLE)
QUOTE_FIELDS = ("quote_id", *(f.sheet for f in _QUOTE if f.sheet), "tags")
SOURCE_FIELDS = (*(f.sheet for f in _SOURCE if f.sheet), "attribution")
ARTICLE_FIELDS = tuple(f.sheet for f in _ARTICLE if f.sheet)
IMPORT_FIELDS = QUOTE_FIELDS + SOURCE_FIELDS + ARTICLE_FIELDS

# Where each quote, source and article field lands in its table.
QUOTE_COLUMNS = {f.sheet: f.name for f in _QUOTE if f.sheet}
SOURCE_COLUMNS = {f.sheet: f.name for f in _SOURCE if f.sheet}
ARTICLE_COLUMNS = {f.sheet: f.name for f in _ARTICLE if f.sheet}
# Other header names a field is read from, spelled as _as_field spells a header.
_ALIASES = {
    re.sub(r"\s+", "_", alias.strip().lower()): f.sheet
    for f in (*_QUOTE, *_SOURCE, *_ARTICLE)
    if f.sheet
    for alias in f.aliases
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


# How a cell of each kind of field is read (the checks of validate.py, cell by cell).
_BY_KIND: dict[str, Callable[[str, str], Any]] = {
    "text": _text,
    "line": stripped,
    "name": _name,
    "date": _date,
    "age": _age,
    "flag": _pseudonym,
    "rule": _rule,
    "status": _status,
    "url": _url,
}


def _converter(field: Field) -> Callable[[str, str], Any]:
    return _required if field.kind == "text" and field.required else _BY_KIND[field.kind]


def _blank(field: Field) -> Any:
    """What a blank cell gives: the field's default; a rule then follows the source."""
    if field.kind == "rule":
        return None
    return "" if field.required else field.default


_DECLARED = [f for f in (*_QUOTE, *_SOURCE, *_ARTICLE) if f.sheet]
_CONVERT: dict[str, Callable[[str, str], Any]] = {
    "quote_id": _quote_id,
    "tags": tag_names,
    "attribution": stripped,
    **{f.sheet: _converter(f) for f in _DECLARED if f.sheet},
}
_DEFAULTS: dict[str, Any] = {
    "quote_id": None,
    "tags": (),
    "attribution": "",
    **{f.sheet: _blank(f) for f in _DECLARED if f.sheet},
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
        wanted = explicit.get(column) or _as_field(column)
        wanted = _ALIASES.get(wanted, wanted)
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
