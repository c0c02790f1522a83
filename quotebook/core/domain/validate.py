"""Checks and normalisation applied to every value on its way into a library."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ValidationError
from .results import GroundRule, QuoteStatus

if TYPE_CHECKING:
    from .field import Field

E = TypeVar("E", bound=StrEnum)

MAX_AGE = 130
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def _has_surrogate(value: str) -> bool:
    """Whether ``value`` holds a lone surrogate: the one thing UTF-8 cannot encode.

    (A regular expression of the surrogates' range takes milliseconds to compile,
    which every command would pay at start.)
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def text(field: str, value: object, *, required: bool = False, strip: bool = False) -> str:
    """Return ``value`` as NFC text; refuse NUL, lone surrogates and, if required, blanks."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text, not {type(value).__name__}")
    if "\x00" in value:
        raise ValidationError(field, "contains a NUL character")
    if _has_surrogate(value):
        raise ValidationError(field, "contains a lone surrogate (broken Unicode)")
    value = unicodedata.normalize("NFC", value)
    if strip:
        value = value.strip()
    if required and _blank(value):
        raise ValidationError(field, "must not be empty")
    return value


def _blank(value: str) -> bool:
    """Nothing a reader could see: only spaces and invisible format marks (U+200B...)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in value)


def one_line(field: str, value: object) -> str:
    """Optional text with surrounding whitespace removed (a role, a URL-less outlet...)."""
    return text(field, value, strip=True)


Validator = Callable[[str, Any], Any]


def fields(
    kind: str,
    given: Mapping[str, Any],
    validators: Mapping[str, Validator],
    keys: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Validate the ``given`` fields of a ``kind`` ("a source") with their validators.

    ``keys`` maps a field to the column holding its :func:`fold`; those columns are
    filled too. An unknown field is refused by name, like a bad value.
    """
    unknown = set(given) - set(validators)
    if unknown:
        raise ValidationError(sorted(unknown)[0], f"is not a field of {kind}")
    values = {field: validators[field](field, value) for field, value in given.items()}
    for field, key in (keys or {}).items():
        if field in values:
            values[key] = fold(values[field])
    return values


def name(field: str, value: object) -> str:
    """A required one-line name: stripped, inner whitespace runs kept as typed."""
    result = text(field, value, required=True, strip=True)
    if "\n" in result or "\r" in result:
        raise ValidationError(field, "must be one line")
    return result


def optional_date(field: str, value: object) -> date | None:
    """A calendar date from a ``date`` or an ISO ``YYYY-MM-DD`` string; blank is None."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a date, not {type(value).__name__}")
    value = value.strip()
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise ValidationError(field, f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a real calendar date") from None


def optional_age(field: str, value: object) -> int | None:
    """An age in whole years between 0 and 130; blank is None."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(field, "must be a whole number of years")
    if isinstance(value, str):
        stripped = value.strip()
        if not re.fullmatch(r"\d{1,3}", stripped):
            raise ValidationError(field, f"{value!r} is not a whole number of years")
        value = int(stripped)
    if not isinstance(value, int):
        raise ValidationError(field, "must be a whole number of years")
    if not 0 <= value <= MAX_AGE:
        raise ValidationError(field, f"{value} is not a possible age (0 to {MAX_AGE})")
    return value


def choice(field: str, value: object, enum: type[E]) -> E:
    """One of an enumeration's values, given as the member or its exact spelling."""
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(value.strip())
        except ValueError:
            pass
    allowed = ", ".join(member.value for member in enum)
    raise ValidationError(field, f"{value!r} is not one of {allowed}")


def color(field: str, value: object) -> str:
    """A colour as ``#rrggbb`` (stored lower-case), or empty for none."""
    result = text(field, value, strip=True)
    if result and not _COLOR.fullmatch(result):
        raise ValidationError(field, f"{result!r} is not a colour like #1f77b4")
    return result.lower()


def optional_url(field: str, value: object) -> str | None:
    """A URL, one line, or None when blank; uniqueness is checked by the library."""
    result = text(field, value, strip=True)
    if not result:
        return None
    if any(ch.isspace() for ch in result):
        raise ValidationError(field, "must not contain spaces or line breaks")
    return result


_MARKS = re.compile("[\u0300-\u036f]")


def fold(value: str) -> str:
    """The key under which search and matching compare text.

    Case, Unicode form and accents are folded in every script: ``Zoë`` and ``zoe``,
    ``Ёлка`` and ``елка`` share a key. Names, tags and the full-text index all use it.
    """
    decomposed = unicodedata.normalize("NFKD", value)
    return unicodedata.normalize("NFC", _MARKS.sub("", decomposed).casefold())


def ref(field: str, value: object) -> int:
    """The id of another row: a whole number from 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(field, f"{value!r} is not an id")
    return value


# How a value of each kind of field (schema.Kind) is checked on its way in.
_CHECKS: dict[str, Validator] = {
    "text": text,
    "line": one_line,
    "name": name,
    "date": optional_date,
    "age": optional_age,
    "flag": lambda f, x: bool(x),
    "rule": lambda f, x: choice(f, x, GroundRule).value,
    "status": lambda f, x: choice(f, x, QuoteStatus).value,
    "url": optional_url,
    "ref": ref,
}


def _check(field: Field) -> Validator:
    check = _CHECKS[field.kind]
    if field.kind == "text" and field.required:
        return lambda f, x: text(f, x, required=True)
    if field.kind == "ref" and not field.required:
        return lambda f, x: None if x is None else ref(f, x)
    return check


class Checks:
    """The checks of one kind of record's declared fields (``schema.SOURCE``...)."""

    def __init__(self, kind: str, declared: tuple[Field, ...]) -> None:
        self.kind = kind
        self.validators = {field.name: _check(field) for field in declared}
        self.keys = {field.name: field.key for field in declared if field.key}

    def __call__(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Validate and normalise ``given`` fields, adding the folded keys they imply."""
        return fields(self.kind, given, self.validators, self.keys)
