"""Reading an imported sheet: every row checked and kept as a quote draft.

The sheet's fields, and how each of its cells is read, are in :mod:`csv_import_fields`.
Source and article cells are folded into one record per source (name and
organisation, folded) and per article (URL, else headline): the first non-blank
value of each field wins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from ..domain import validate as v
from ..domain.attribution import derived_description
from ..domain.errors import ValidationError
from ..domain.values import Source
from .csv_common import SheetReader, restore
from .csv_import_fields import (
    ARTICLE_COLUMNS,
    ARTICLE_FIELDS,
    QUOTE_COLUMNS,
    QUOTE_FIELDS,
    SOURCE_COLUMNS,
    SOURCE_FIELDS,
    Cells,
    map_header,
    stripped,
    tag_names,
)
from .csv_import_stage import ArticleKey, QuoteDraft, SourceKey, Stage

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 5000


@dataclass
class Rows:
    """Everything read from a sheet, checked, before it meets the library; the rows
    themselves wait in the stage (:mod:`csv_import_stage`), not in memory."""

    stage: Stage
    sources: dict[SourceKey, dict[str, Any]] = field(default_factory=dict)
    articles: dict[ArticleKey, dict[str, Any]] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    rejected: list[tuple[int, str]] = field(default_factory=list)
    unknown_columns: tuple[str, ...] = ()
    has_url_column: bool = False
    read: int = 0


class _RowReader:
    """Checks rows one by one and folds their source and article cells into records."""

    def __init__(self, header: tuple[str, ...], fields: dict[str, int], rows: Rows) -> None:
        self.width = len(header)
        self.rows = rows
        self.rows.has_url_column = "url" in fields
        self.quote = Cells(header, fields, tuple(n for n in QUOTE_FIELDS if n != "tags"))
        self.source = Cells(header, fields, SOURCE_FIELDS)
        self.article = Cells(header, fields, ARTICLE_FIELDS)
        self.tags_at = fields.get("tags")
        self.tags_column = header[self.tags_at] if self.tags_at is not None else "tags"
        self.read_attribution = "attribution" in fields and "described_as" not in fields
        self.quote_column = header[fields["quote"]]
        self.source_column = header[fields["source"]]
        self.header_cells = [(fields[n], header[fields[n]]) for n in ("quote", "source")]
        self.source_fields = {n: c for n, c in SOURCE_COLUMNS.items() if n in fields}
        self.article_fields = {n: c for n, c in ARTICLE_COLUMNS.items() if n in fields}
        self.folded: dict[str, str] = {}
        self.tag_cells: dict[str, tuple[str, ...]] = {}

    def _repeats_header(self, cells: list[str]) -> bool:
        """A header pasted again mid-sheet: its quote and source cells name the columns."""
        return all(
            cells[at].strip().casefold() == name.strip().casefold()
            for at, name in self.header_cells
        )

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
            if self._repeats_header(cells):
                raise ValidationError("row", "repeats the header row")
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
        """Ids that appear twice are found in the stage (``csv_import_plan``)."""
        if not values["quote"]:
            raise ValidationError(self.quote_column, "must not be empty")

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
        return stripped("attribution", restore(cells[at]))

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
            for name in tag_names(self.tags_column, cell):
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
        fields = {column: values[name] for name, column in QUOTE_COLUMNS.items()}
        self.rows.stage.add(QuoteDraft(line, values["quote_id"], fields, source, article, tags))


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
    it is more than "a source" (or the role line older exports wrote), it was
    ``described_as``.
    """
    attribution = record.pop("_attribution", "")
    if record["described_as"] or not attribution:
        return str(record["described_as"])
    plain = Source(
        id=0, name="", age=record["age"], role=record["role"], organization=record["organization"]
    )
    return "" if derived_description(str(attribution), plain) else str(attribution)


def read_rows(
    sheet: SheetReader, mapping: Mapping[str, str] | None, progress: Progress | None, stage: Stage
) -> Rows:
    """Read and check every row of ``sheet`` into ``stage``; nothing touches the library."""
    fields, unknown = map_header(sheet.header, mapping)
    rows = Rows(stage, unknown_columns=unknown)
    reader = _RowReader(sheet.header, fields, rows)
    for line, cells in sheet:
        reader.add(line, cells)
        rows.read += 1
        if progress is not None and rows.read % PROGRESS_EVERY == 0:
            progress(rows.read, 0)
    stage.flush()
    return rows
