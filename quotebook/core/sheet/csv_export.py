"""The editor sheet: quotes as CSV, redacted by ground rule, safe to open in a spreadsheet.

Redaction (the default) follows each quote's ground rule:

- on the record: the source's printed name, pseudonym flag, age, role and
  organisation, and the attribution line;
- background: the attribution (the source's ``described_as`` text, else "a
  source", never their role and organisation) and no other source cell;
- deep background: no source cell at all;
- off the record: left out, unless ``include_off_record``; then like deep background.

``unredacted`` fills every source's printed fields whatever the rule. The
source's ``real_name`` and ``contact`` are never read by the export, so no option
can put them in a file. A quote's ``context`` and ``notes`` are the reporter's own
("asked at his flat on ...") and are written on quotes on the record only, unless
``include_protected_notes``. Article fields are exported as written. What the
sheet could still give away (csv_risks.py) comes back as warnings.

Every option comes in one :class:`~.options.ExportOptions`. The rows are read and
redacted in SQL (sheet_sql.py) and streamed by the shared loop of sheet_rows.py
straight into ``csv.writer``, with no Python per row.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from ..domain.errors import ValidationError
from ..storage.private import open_new
from .csv_common import DELIMITERS
from .options import ExportOptions
from .sheet_rows import Cancel, ExportReport, Progress, SheetRows, write_sheet

if TYPE_CHECKING:
    from ..search.runner import SearchOps

Dest = str | os.PathLike[str] | IO[bytes] | IO[str]
_EVERY_ROW = ExportOptions()


@contextlib.contextmanager
def _open_dest(dest: Dest, bom: bool) -> Iterator[tuple[IO[str], Callable[[], None]]]:
    """A text stream onto ``dest`` and a function that throws away what was written.

    A path is written through a new owner-only file beside it (the sheet may name
    sources), moved into place only on success, so a cancelled or failed export
    leaves no partial file (and an older file of that name untouched). A stream is
    written as it goes.
    """
    encoding = "utf-8-sig" if bom else "utf-8"
    if isinstance(dest, str | os.PathLike):
        path = Path(dest)
        temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.part")
        kept = [True]
        try:
            with open_new(temp, encoding) as stream:
                yield stream, kept.clear
            if kept:
                os.replace(temp, path)
            else:
                os.unlink(temp)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    elif isinstance(dest, io.TextIOBase):
        text_dest: IO[str] = dest
        if bom:
            text_dest.write("\ufeff")
        yield text_dest, lambda: None
    else:
        wrapper = io.TextIOWrapper(cast(IO[bytes], dest), encoding=encoding, newline="")
        try:
            yield wrapper, lambda: None
            wrapper.flush()
        finally:
            wrapper.detach()


class _CsvWriter:
    """The sheet's rows into a CSV stream, after its header."""

    def __init__(
        self, stream: IO[str], discard: Callable[[], None], delimiter: str, columns: Sequence[str]
    ) -> None:
        # Every cell quoted: a sheet opened with the other separator, or with "trim
        # spaces", then cannot start a cell in the middle of the text.
        self._csv = csv.writer(
            stream, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL
        )
        self._csv.writerow(columns)
        self._discard = discard

    def writerows(self, batch: list[Sequence[Any]]) -> None:
        self._csv.writerows(batch)

    def finish(self, rows: SheetRows, written: int, cancelled: bool) -> tuple[str, ...]:
        if cancelled:
            self._discard()
        return ()


@contextlib.contextmanager
def _csv_writer(dest: Dest, options: ExportOptions, columns: Sequence[str]) -> Iterator[_CsvWriter]:
    with _open_dest(dest, options.bom) as (stream, discard):
        yield _CsvWriter(stream, discard, options.delimiter, columns)


def export_csv(
    library: SearchOps,
    dest: Dest,
    options: ExportOptions = _EVERY_ROW,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the editor sheet ``options`` describe (by default every quote, redacted).

    Quotes in the trash are never written; the whole library goes out by quote id.
    ``progress(done, total)`` is called every few thousand rows; ``cancel()``
    returning True stops the export, and the file being written is removed.
    """
    if options.delimiter not in DELIMITERS:
        raise ValidationError("delimiter", f"{options.delimiter!r} is not one of , and ;")
    return write_sheet(
        library, options, lambda columns: _csv_writer(dest, options, columns), progress, cancel
    )
