"""The writer of each sheet format, chosen by the export's options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .formats import ExportFormat

if TYPE_CHECKING:
    from ..library.library import Library
    from .options import ExportOptions
    from .sheet_rows import Cancel, ExportReport, Progress


def export_sheet(
    library: Library,
    dest: Any,
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportReport:
    """Write the sheet ``options`` describe: the editor sheet in its format, or the archive.

    A REFI-QDA project or codebook is not a sheet: see qdpx.py.
    """
    # The writers load when first used: the command line's start (and a CSV
    # export) pays nothing for the Word and Excel libraries.
    file_format = options.format
    if file_format.is_refi:
        raise ValueError(f"{file_format} is not a sheet: use export_qdpx or export_qdc")
    if options.archive:
        from .archive import export_archive

        return export_archive(library, dest, options, progress=progress, cancel=cancel)
    if file_format is ExportFormat.CSV:
        from .csv_export import export_csv

        return export_csv(library, dest, options, progress=progress, cancel=cancel)
    if file_format is ExportFormat.DOCX:
        from .word import export_docx

        return export_docx(library, dest, options, progress=progress, cancel=cancel)
    from .excel import export_xlsx

    return export_xlsx(library, dest, options, progress=progress, cancel=cancel)
