"""The export formats by name, and the format a file name asks for."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..domain.values import GroupBy

if TYPE_CHECKING:
    from ..library.library import Library
    from .csv_export import ExportReport


class ExportFormat(StrEnum):
    """A file format the quotes can be exported in."""

    CSV = "csv"
    XLSX = "xlsx"
    DOCX = "docx"
    QDPX = "qdpx"
    QDC = "qdc"

    @property
    def is_refi(self) -> bool:
        """A REFI-QDA file: a project or a codebook, not a sheet of quotes."""
        return self in (ExportFormat.QDPX, ExportFormat.QDC)

    @property
    def suffix(self) -> str:
        return f".{self.value}"


def format_for(path: str | os.PathLike[str], given: str | None = None) -> ExportFormat:
    """``given`` when there is one, else the format of the file's extension, else CSV.

    An unknown ``given`` name is refused with the known ones.
    """
    if given is not None:
        try:
            return ExportFormat(given.strip().lower())
        except ValueError:
            known = ", ".join(f.value for f in ExportFormat)
            raise ValidationError("format", f"{given!r} is not a format (known: {known})") from None
    suffix = PurePath(path).suffix.lower().lstrip(".")
    try:
        return ExportFormat(suffix)
    except ValueError:
        return ExportFormat.CSV


def export_sheet(
    library: Library,
    dest: Any,
    file_format: ExportFormat,
    *,
    bom: bool = True,
    delimiter: str = ",",
    group_by: GroupBy = GroupBy.ARTICLE,
    **options: Any,
) -> ExportReport:
    """Write the editor sheet in ``file_format``.

    ``options`` are those of :func:`~quotebook.core.sheet.csv_export.export_csv` that every
    format shares (scope, columns, redaction, progress, cancel); ``bom`` and
    ``delimiter`` are CSV's own, ``group_by`` the Word quote sheet's, which has
    its own columns.
    """
    # The writers of Word and Excel files load when first used: the command line's
    # start (and a CSV export) pays nothing for them.
    if file_format is ExportFormat.CSV:
        from .csv_export import export_csv  # the format lists come without it

        return export_csv(library, dest, bom=bom, delimiter=delimiter, **options)
    if file_format.is_refi:
        raise ValueError(f"{file_format} is not a sheet: use export_qdpx or export_qdc")
    if file_format is ExportFormat.DOCX:
        from .word import export_docx

        options.pop("columns", None)
        return export_docx(library, dest, group_by=group_by, **options)
    from .excel import export_xlsx

    return export_xlsx(library, dest, **options)
