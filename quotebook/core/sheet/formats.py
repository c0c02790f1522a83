"""The export formats by name, and the format a file name asks for."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import PurePath

from ..domain.errors import ValidationError


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
