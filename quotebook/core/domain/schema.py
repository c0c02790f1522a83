"""The stored fields of sources, articles and quotes, read from their one declaration.

Each field is declared once, on its value class in :mod:`values`, as an
attribute annotated with a :class:`~.field.Field`. From those declarations come
the tables (:mod:`tables`), the checks of every value on its way in
(:mod:`validate`), a value read from its row (:func:`read`), the archive sheet's
columns (:mod:`archive_sheet`), the import's fields (:mod:`csv_import_fields`)
and the columns of the full-text index (:mod:`fts`).

Adding a field to quotes is one annotated line in ``values.Quote``, its migration
(``migrations.py``), a check of a new kind if it needs one (``validate.py``) and
its widget in the editor.

This module imports nothing heavier than the standard library: the command line
reads it before it knows whether it needs the database layer.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from . import values
from .field import Field

__all__ = ["ARTICLE", "QUOTE", "SOURCE", "Field", "declared"]


def declared(cls: type) -> tuple[Field, ...]:
    """The stored fields of a value class, in its order, named and with its defaults."""
    hints = typing.get_type_hints(cls, include_extras=True)
    found = []
    for attribute in dataclasses.fields(cls):
        extras = getattr(hints[attribute.name], "__metadata__", ())
        field = next((extra for extra in extras if isinstance(extra, Field)), None)
        if field is None:
            continue
        required = attribute.default is dataclasses.MISSING
        default = None if required else attribute.default
        if isinstance(default, StrEnum):
            default = default.value
        found.append(
            dataclasses.replace(field, name=attribute.name, default=default, required=required)
        )
    return tuple(found)


SOURCE = declared(values.Source)
ARTICLE = declared(values.Article)
QUOTE = declared(values.Quote)


def names(fields: tuple[Field, ...]) -> tuple[str, ...]:
    """The fields' names, in declaration order (the table's)."""
    return tuple(field.name for field in fields)


def in_sheet(fields: tuple[Field, ...], *, protected: bool = True) -> list[Field]:
    """The fields that have a sheet column, in the sheet's order (``protected`` ones too)."""
    shown = (f for f in fields if f.sheet is not None and (protected or not f.protected))
    return sorted(shown, key=lambda f: f.sheet_rank)


def defaults(fields: tuple[Field, ...]) -> dict[str, Any]:
    """A new row's value of each field that has one (required fields have none)."""
    return {f.name: f.default for f in fields if not f.required}


def indexed_text(fields: tuple[Field, ...] = QUOTE) -> tuple[str, ...]:
    """The quote's columns whose folded text the full-text index holds, in its order."""
    return tuple(f.name for f in sorted((f for f in fields if f.indexed), key=lambda f: f.indexed))


def read(fields: tuple[Field, ...], row: Mapping[str, Any]) -> dict[str, Any]:
    """A value's declared fields and time stamps from its table row, typed as values hold them."""
    found = {field.name: _TYPED.get(field.kind, _same)(row[field.name]) for field in fields}
    for stamp in ("created_at", "updated_at", "deleted_at"):
        if stamp in row:
            found[stamp] = row[stamp]
    return found


def _same(value: Any) -> Any:
    return value


_TYPED: dict[str, Callable[[Any], Any]] = {
    "flag": bool,
    "rule": values.GroundRule,
    "status": values.QuoteStatus,
}
