"""What the CSV export and import share: the editor sheet's columns and cell spelling.

The editor sheet has one row per quote and the columns of :data:`COLUMNS`. Its
cells are spelled so that a spreadsheet shows them as typed and an import reads
them back unchanged:

- ``pseudonym`` is ``yes`` for a pseudonymous source and empty otherwise;
- ``tags`` are joined by ``"; "`` in the order of their folded names, a ``;``
  inside a tag name being written twice (``;;``); each tag is neutralised (below)
  on its own, and the import restores each on its own;
- dates are ISO 8601 (``2022-03-14``); ground rules are spelled ``on_record``,
  ``background``, ``deep_background`` and ``off_record``;
- a text cell that a spreadsheet would run as a formula (it begins with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, and
  so does a cell that already begins with apostrophes before such a character, so
  that the import can always take exactly one apostrophe off again.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, cast

from ..domain.errors import CsvError, ValidationError

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

# Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula;
# and, first in a cell, the separators and the quotation mark: a sheet opened with
# the other separator would end the quoted cell there, and read what follows it
# unquoted (where "; =cmd" is a formula once trimmed).
FORMULA_TRIGGERS = frozenset('=+-@\t\r,;"')
_NEUTRALISED = re.compile("'+[=+\\-@\t\r,;\"]")
# A later line of a cell that would run as a formula once the cell is broken at
# its line ends (and trimmed); and the same line with neutralise's apostrophe.
_LATER_LINE = re.compile("(\r\n|\r|\n)(?=[ \t']*[=+\\-@])")
_LATER_LINE_NEUTRALISED = re.compile("(\r\n|\r|\n)'(?=[ \t']*[=+\\-@])")
_TAG_PART = re.compile("(?:[^;]|;;)+")


def neutralise(cell: str) -> str:
    """The cell with an apostrophe in front when a spreadsheet would run it as a formula.

    A cell of several lines also gets one in front of each later line that starts
    (after spaces, tabs and apostrophes) with ``=``, ``+``, ``-`` or ``@``: a sheet
    opened with the other separator breaks the cell at its line ends, and such a
    line would then be a cell of its own, and a formula.
    """
    if not cell:
        return cell
    first = cell[0]
    if first in FORMULA_TRIGGERS or (first == "'" and _NEUTRALISED.match(cell)):
        cell = "'" + cell
    if "\n" in cell or "\r" in cell:
        cell = _LATER_LINE.sub(lambda m: m[1] + "'", cell)
    return cell


def restore(cell: str) -> str:
    """Undo :func:`neutralise`: take off the apostrophes it put in front of lines."""
    if "\n" in cell or "\r" in cell:
        cell = _LATER_LINE_NEUTRALISED.sub(lambda m: m[1], cell)
    if cell[:1] == "'" and _NEUTRALISED.match(cell):
        return cell[1:]
    return cell


def join_tags(names: list[str] | tuple[str, ...]) -> str:
    """Tag names as one cell: each neutralised, ``;`` in a name doubled to split back exactly."""
    return TAG_SEPARATOR.join(neutralise(name).replace(";", ";;") for name in names)


def split_tags(cell: str) -> list[str]:
    """Tag names from a cell written by :func:`join_tags` (or typed with ``;`` between tags)."""
    parts = (restore(part.replace(";;", ";").strip()) for part in _TAG_PART.findall(cell))
    return [part for part in parts if part]


def raise_field_size_limit() -> None:
    """Let the csv module read cells of any length (a quote may run to a million characters)."""
    limit = 2**31 - 1 if sys.maxsize > 2**31 - 1 else sys.maxsize
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


# -- reading ------------------------------------------------------------------

CsvSource = str | os.PathLike[str] | IO[bytes] | IO[str]
_HEAD = 1 << 16
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class CsvEncodingError(CsvError):
    """The bytes are not UTF-8; ``suggested_encoding`` is the likeliest one to try."""

    def __init__(self, reason: str, suggested_encoding: str, line: int | None = None) -> None:
        super().__init__(reason, line)
        self.suggested_encoding = suggested_encoding


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """The first rows of a sheet as read, for choosing a column mapping."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    encoding: str


class _Prepend(io.RawIOBase):
    """A binary stream that gives some bytes already read, then the rest of ``stream``."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _guess(sample: bytes) -> str:
    """cp1251 or latin-1: which single-byte encoding ``sample`` more likely is.

    Cyrillic text in cp1251 is whole words of bytes above 127; Latin-1 text has
    such bytes one at a time among ASCII letters (``Très``, ``ça``).
    """
    high = [i for i, byte in enumerate(sample) if byte > 127]
    if not high:
        return "latin-1"
    paired = sum(
        1 for i in high if (i > 0 and sample[i - 1] > 127) or sample[i + 1 : i + 2] > b"\x7f"
    )
    return "cp1251" if paired >= 0.6 * len(high) else "latin-1"


def not_utf8(sample: bytes, position: int, line: int | None = None) -> CsvEncodingError:
    """The error for bytes that are not UTF-8, naming the byte and an encoding to try."""
    suggestion = _guess(sample)
    names = {"cp1251": "Windows-1251 (Cyrillic)", "latin-1": "Latin-1 / Windows-1252"}
    where = f"byte 0x{sample[position]:02X}" if position < len(sample) else "a cut-off character"
    return CsvEncodingError(
        f"the file is not UTF-8 ({where}); it looks like {names[suggestion]}. "
        f"Save it as UTF-8, or say which encoding it is, e.g. --encoding {suggestion}",
        suggestion,
        line,
    )


def _looks_wide(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: a NUL beside the first line end, or NULs in the header.

    UTF-16 spells a line end ``0A 00`` or ``00 0A``, and a delimiter or an ASCII
    letter with a NUL too, whatever the script. A NUL byte in a cell of a UTF-8
    sheet is that cell's problem, which the import names with its line; it must
    not pass for an encoding.
    """
    end = head.find(b"\n", 0, 200)
    if end < 0:
        return head[:200].count(b"\x00") >= 2
    beside = head[max(end - 1, 0) : end] + head[end + 1 : end + 2]
    return b"\x00" in beside or head[:end].count(b"\x00") >= 2


def _check_head(head: bytes) -> None:
    """Refuse UTF-16 and non-UTF-8 bytes at the start of a file read without an encoding."""
    if head.startswith(_UTF16_BOMS) or _looks_wide(head):
        raise CsvEncodingError(
            "the file is UTF-16 (or another wide encoding), not UTF-8. Save it as UTF-8, "
            "or say which encoding it is, e.g. --encoding utf-16",
            "utf-16",
        )
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError as exc:
        raise not_utf8(head, exc.start, head[: exc.start].count(b"\n") + 1) from None


@contextlib.contextmanager
def open_text(source: CsvSource, encoding: str | None) -> Iterator[tuple[IO[str], str]]:
    """A text stream of ``source`` (newlines untranslated) and the encoding it is read with.

    Without ``encoding`` the bytes must be UTF-8, with or without a byte-order mark;
    UTF-16 and bytes that are not UTF-8 raise :class:`CsvEncodingError`, which names
    an encoding to try. A text stream is read as it is.
    """
    if isinstance(source, io.TextIOBase):
        yield cast(IO[str], source), "text"
        return
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise CsvError(f"{encoding!r} is not an encoding Python knows") from None
        try:
            "".encode(encoding)  # rot13 and base64 are codecs, not text encodings
        except LookupError:
            raise CsvError(f"{encoding!r} is not a text encoding") from None
    with contextlib.ExitStack() as stack:
        if isinstance(source, str | os.PathLike):
            try:
                binary: IO[bytes] = stack.enter_context(open(source, "rb"))
            except OSError as exc:
                raise CsvError(f"cannot read {os.fspath(source)!r}: {exc.strerror}") from None
        else:
            binary = cast(IO[bytes], source)
        head = binary.read(_HEAD)
        if not head:
            raise CsvError("the file is empty")
        if encoding is None:
            _check_head(head)
        used = encoding or "utf-8"
        if codecs.lookup(used).name == "utf-8":
            used = "utf-8-sig"
        buffered = io.BufferedReader(_Prepend(head, binary), _HEAD)
        text = io.TextIOWrapper(buffered, encoding=used, errors="strict", newline="")
        try:
            yield text, used
        finally:
            text.detach()


def _pick_delimiter(first_line: str) -> str:
    """``,`` or ``;``: whichever splits the header line into more cells."""
    counts = {d: len(next(csv.reader([first_line], delimiter=d), [])) for d in DELIMITERS}
    return ";" if counts[";"] > counts[","] else ","


class SheetReader:
    """Rows of a CSV sheet with the physical line each starts on (embedded newlines counted).

    The header is read on creation; blank lines are skipped; a decoding failure
    later in the file becomes a :class:`CsvEncodingError` naming the line.
    """

    def __init__(self, text: IO[str], delimiter: str | None) -> None:
        raise_field_size_limit()
        if delimiter is not None and delimiter not in DELIMITERS:
            raise ValidationError("delimiter", f"{delimiter!r} is not one of , and ;")
        try:
            first = text.readline()
        except UnicodeDecodeError as exc:
            raise not_utf8(exc.object, exc.start, 1) from None
        if first.startswith("\ufeff"):
            first = first[1:]
        if not first.strip():
            raise CsvError("the first line is empty: a sheet needs a header row", 1)
        self.delimiter = delimiter or _pick_delimiter(first)
        self._reader = csv.reader(
            itertools.chain([first], text), delimiter=self.delimiter, strict=True
        )
        self.header = tuple(cell.strip() for cell in self._next())
        self.header_lines = self._reader.line_num

    def _next(self) -> list[str]:
        try:
            return next(self._reader)
        except UnicodeDecodeError as exc:
            raise not_utf8(exc.object, exc.start, self._reader.line_num + 1) from None
        except csv.Error as exc:
            raise CsvError(f"the file is not valid CSV ({exc})", self._reader.line_num) from None

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        while True:
            line = self._reader.line_num + 1
            try:
                cells = self._next()
            except StopIteration:
                return
            if any(cells):
                yield line, cells


def preview_csv(
    source: CsvSource,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    rows: int = 20,
) -> CsvPreview:
    """The header and first ``rows`` rows of a sheet, cells as the import would read them.

    Raises the same :class:`CsvError` as the import for a file it cannot read, so
    a dialog can ask for an encoding before the user maps columns.
    """
    with open_text(source, encoding) as (text, used):
        sheet = SheetReader(text, delimiter)
        first = itertools.islice(iter(sheet), max(rows, 0))
        cells = tuple(tuple(restore(cell) for cell in row) for _, row in first)
    return CsvPreview(sheet.header, cells, sheet.delimiter, used)
