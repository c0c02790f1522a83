"""Reading an imported sheet: its header mapped to fields, every row checked.

Fields a sheet's columns can map to (:data:`IMPORT_FIELDS`):

- the quote: ``quote`` (its text, required), ``quote_id``, ``ground_rule``
  (``on_record``, ``background``, ``deep_background``, ``off_record``; also
  spelled "On the record", "deep-background"...; blank: the source's default),
  ``said_on``, ``context``, ``notes``, ``language``, ``translation``,
  ``original_text``, ``status`` (unverified, verified, disputed; blank:
  unverified), ``tags`` (separated by ``;``);
- its source: ``source`` (the printed name, required), ``pseudonym`` (yes/no,
  true/false, 1/0 or blank), ``age``, ``role``, ``organization``, ``location``,
  ``described_as``, ``real_name``, ``contact``, ``source_notes``, and
  ``attribution`` (read as the source's ``described_as`` when a background
  quote's attribution is not just its role and organisation);
- its article: ``article`` (the headline), ``url``, ``outlet``,
  ``published_on``, ``author``, ``dateline``, ``article_notes``.

Dates are ``YYYY-MM-DD``. A column named like a field (ignoring case, spaces for
underscores) maps to it without a mapping; other columns are reported, not read.
Source and article cells are folded into one record per source (name and
organisation, folded) and per article (URL, else headline): the first non-blank
value of each field wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple, cast

from . import validate as v
from .attribution import describe
from .csv_common import SheetReader, restore, split_tags
from .errors import CsvError, ValidationError
from .values import GroundRule, QuoteStatus, Source

Progress = Callable[[int, int], None]
SourceKey = tuple[str, str]
ArticleKey = tuple[str, str]
PROGRESS_EVERY = 5000

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


class QuoteDraft(NamedTuple):
    """One valid row: its line, the quote's own fields and the keys of what it refers to."""

    line: int
    quote_id: int | None
    text: str
    said_on: date | None
    context: str
    ground_rule: str | None
    language: str
    translation: str
    original_text: str
    status: str
    notes: str
    source: SourceKey
    article: ArticleKey | None
    tags: tuple[str, ...]


@dataclass
class Rows:
    """Everything read from a sheet, checked, before it meets the library."""

    quotes: list[QuoteDraft] = field(default_factory=list)
    sources: dict[SourceKey, dict[str, Any]] = field(default_factory=dict)
    articles: dict[ArticleKey, dict[str, Any]] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    unknown_columns: tuple[str, ...] = ()
    has_url_column: bool = False
    read: int = 0


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


def _stripped(column: str, cell: str) -> str:
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
    url = _stripped(column, cell)
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


def _tags(column: str, cell: str) -> tuple[str, ...]:
    return tuple(v.name(column, name) for name in split_tags(cell))


_CONVERT: dict[str, Callable[[str, str], Any]] = {
    "quote_id": _quote_id,
    "quote": _required,
    "ground_rule": _rule,
    "said_on": _date,
    "context": _text,
    "notes": _text,
    "language": _stripped,
    "translation": _text,
    "original_text": _text,
    "status": _status,
    "tags": _tags,
    "source": _name,
    "attribution": _stripped,
    "pseudonym": _pseudonym,
    "age": _age,
    "role": _stripped,
    "organization": _stripped,
    "location": _stripped,
    "described_as": _stripped,
    "real_name": _stripped,
    "contact": _stripped,
    "source_notes": _text,
    "article": _name,
    "url": _url,
    "outlet": _stripped,
    "published_on": _date,
    "author": _stripped,
    "dateline": _stripped,
    "article_notes": _text,
}
_DEFAULTS: dict[str, Any] = {name: "" for name in IMPORT_FIELDS} | {
    "quote_id": None,
    "ground_rule": None,
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


class _Cells:
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
            if cell[0] == "'" and name != "tags":
                cell = restore(cell)
            found[name] = convert(column, cell)
        return found

    def cached(self, cells: list[str]) -> tuple[tuple[str, ...], dict[str, Any] | None]:
        """The raw cells as a key, and their values if this combination was seen."""
        raw = tuple(cells[index] for index, _, _, _ in self.items)
        return raw, self.cache.get(raw)


class _RowReader:
    """Checks rows one by one and folds their source and article cells into records."""

    def __init__(self, header: tuple[str, ...], fields: dict[str, int], rows: Rows) -> None:
        self.width = len(header)
        self.rows = rows
        self.rows.has_url_column = "url" in fields
        self.quote = _Cells(header, fields, tuple(n for n in QUOTE_FIELDS if n != "tags"))
        self.source = _Cells(header, fields, SOURCE_FIELDS)
        self.article = _Cells(header, fields, ARTICLE_FIELDS)
        self.tags_at = fields.get("tags")
        self.tags_column = header[self.tags_at] if self.tags_at is not None else "tags"
        self.read_attribution = "attribution" in fields and "described_as" not in fields
        self.quote_column = header[fields["quote"]]
        self.source_column = header[fields["source"]]
        self.source_fields = {n: c for n, c in SOURCE_COLUMNS.items() if n in fields}
        self.article_fields = {n: c for n, c in ARTICLE_COLUMNS.items() if n in fields}
        self.seen_ids: dict[int, int] = {}
        self.folded: dict[str, str] = {}
        self.tag_cells: dict[str, tuple[str, ...]] = {}

    def fold(self, value: str) -> str:
        key = self.folded.get(value)
        if key is None:
            key = self.folded[value] = v.fold(value)
        return key

    def add(self, line: int, cells: list[str]) -> None:
        """Check one row; keep it, or list it as rejected with the column at fault."""
        size = len(cells)
        if size < self.width:
            cells = cells + [""] * (self.width - size)
        try:
            if size > self.width and any(cell.strip() for cell in cells[self.width :]):
                raise ValidationError("row", f"has {size} cells but the header has {self.width}")
            values = self.quote.convert(cells)
            self._check_quote(line, values)
            source = self._source(cells)
            article = self._article(cells)
            tags = self._tags(cells)
        except ValidationError as exc:
            where = "" if exc.field == "row" else f"column {exc.field!r}: "
            self.rows.rejected.append((line, f"{where}{exc.reason}"))
            return
        if self.read_attribution and values["ground_rule"] == "background":
            attribution = self._attribution(cells)
            self.rows.sources[source].setdefault("_attribution", attribution)
        self._keep(line, values, source, article, tags)

    def _check_quote(self, line: int, values: dict[str, Any]) -> None:
        if not values["quote"]:
            raise ValidationError(self.quote_column, "must not be empty")
        quote_id = values["quote_id"]
        if quote_id is not None:
            first = self.seen_ids.setdefault(quote_id, line)
            if first != line:
                raise ValidationError(
                    "quote_id", f"{quote_id} appears twice in the file, on line {first} and {line}"
                )

    def _source(self, cells: list[str]) -> SourceKey:
        raw, known = self.source.cached(cells)
        if known is not None:
            return cast(SourceKey, known["_key"])
        values = self.source.convert(cells)
        if not values["source"]:
            raise ValidationError(
                self.source_column,
                "empty; every quote needs a named source (a redacted sheet has none)",
            )
        key = (self.fold(values["source"]), self.fold(values["organization"]))
        _merge(self.rows.sources, key, values, self.source_fields, SOURCE_COLUMNS)
        self.source.cache[raw] = {"_key": key}
        return key

    def _attribution(self, cells: list[str]) -> str:
        at = next(i for i, name, _, _ in self.source.items if name == "attribution")
        return _stripped("attribution", restore(cells[at]))

    def _article(self, cells: list[str]) -> ArticleKey | None:
        raw, known = self.article.cached(cells)
        if known is not None:
            return cast(ArticleKey | None, known["_key"])
        values = self.article.convert(cells)
        key: ArticleKey | None = None
        if values["url"] is not None:
            key = ("url", values["url"])
        elif values["article"]:
            key = ("headline", self.fold(values["article"]))
        else:
            extra = [n for n in ARTICLE_FIELDS if values[n] not in ("", None)]
            if extra:
                raise ValidationError("article", f"empty, but the row has {', '.join(extra)}")
        if key is not None:
            _merge(self.rows.articles, key, values, self.article_fields, ARTICLE_COLUMNS)
        self.article.cache[raw] = {"_key": key}
        return key

    def _tags(self, cells: list[str]) -> tuple[str, ...]:
        """Keys of the row's tags; sheets repeat the same cells, so each is read once."""
        if self.tags_at is None or not cells[self.tags_at]:
            return ()
        cell = cells[self.tags_at]
        keys = self.tag_cells.get(cell)
        if keys is None:
            found = []
            for name in _tags(self.tags_column, cell):
                key = self.fold(name)
                self.rows.tags.setdefault(key, name)
                found.append(key)
            keys = self.tag_cells[cell] = tuple(dict.fromkeys(found))
        return keys

    def _keep(
        self,
        line: int,
        values: dict[str, Any],
        source: SourceKey,
        article: ArticleKey | None,
        tags: tuple[str, ...],
    ) -> None:
        self.rows.quotes.append(
            QuoteDraft(
                line,
                values["quote_id"],
                values["quote"],
                values["said_on"],
                values["context"],
                values["ground_rule"],
                values["language"],
                values["translation"],
                values["original_text"],
                values["status"],
                values["notes"],
                source,
                article,
                tags,
            )
        )


def _merge(
    records: dict[Any, dict[str, Any]],
    key: Any,
    values: dict[str, Any],
    mapped: dict[str, str],
    columns: dict[str, str],
) -> None:
    """Fill the record's blank fields from these values (the first non-blank value wins)."""
    record = records.get(key)
    if record is None:
        records[key] = {column: values[name] for name, column in columns.items()}
        return
    for name, column in mapped.items():
        if record[column] in ("", None, False) and values[name] not in ("", None, False):
            record[column] = values[name]


def described_as(record: dict[str, Any]) -> str:
    """A new source's description: given, or read from a background quote's attribution.

    The export writes ``describe(source)`` as a background quote's attribution; when
    that is more than the role and organisation would say, it was ``described_as``.
    """
    attribution = record.pop("_attribution", "")
    if record["described_as"] or not attribution:
        return str(record["described_as"])
    plain = Source(
        id=0, name="", age=record["age"], role=record["role"], organization=record["organization"]
    )
    return "" if attribution == describe(plain) else str(attribution)


def read_rows(
    sheet: SheetReader, mapping: Mapping[str, str] | None, progress: Progress | None
) -> Rows:
    """Read and check every row of ``sheet``; nothing touches the library."""
    fields, unknown = map_header(sheet.header, mapping)
    rows = Rows(unknown_columns=unknown)
    reader = _RowReader(sheet.header, fields, rows)
    for line, cells in sheet:
        reader.add(line, cells)
        rows.read += 1
        if progress is not None and rows.read % PROGRESS_EVERY == 0:
            progress(rows.read, 0)
    return rows
