"""``quotebook export``: the quotes as an editor's sheet, in the format the file name asks for."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.domain.values import GroupBy
from ..core.sheet.csv_common import COLUMNS
from ..core.sheet.formats import ExportFormat, format_for
from ..core.sheet.options import ExportOptions
from ..core.sheet.writers import export_sheet
from .common import CommandError, resolve_query

if TYPE_CHECKING:
    from ..core.library.library import Library
    from ..core.library.reader import SavedSearchReads

_CSV_ONLY = ("no_bom", "delimiter")
_DOCX_ONLY = ("group_by",)
_SHEET_OPTIONS = (
    "columns",
    "delimiter",
    "no_bom",
    "group_by",
    "unredacted",
    "include_protected_notes",
)


COMMANDS = ("export",)  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export",
        help="write quotes for an editor (CSV, XLSX, DOCX; redacted) or a QDA tool (REFI-QDA)",
        description=(
            "Write the quotes matching QUERY (every quote without one) as a sheet for an "
            "editor, redacted by ground rule: sources on background are only described, on "
            "deep background not even that, and off-the-record quotes are left out. Real "
            "names and contacts are never written. The format follows the file's extension "
            "(.csv, .xlsx, .docx: a Word quote sheet for an editor or fact-checker); --format says "
            "it outright. CSV is UTF-8 with a byte-order mark, "
            "for Excel; a workbook has every text cell as text and an About sheet. "
            "--archive writes the reporter's own full sheet instead, which import reads back. "
            ".qdpx writes a REFI-QDA project for QualCoder, NVivo, ATLAS.ti or MAXQDA (tags as "
            "codes, quotes as coded selections, sources as cases; no real names or contacts), "
            ".qdc the tags alone as a REFI-QDA codebook."
        ),
    )
    parser.add_argument(
        "query",
        metavar="QUERY",
        nargs="?",
        help="a search (see search --help), or @NAME: a saved search",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the file to write; - for stdout"
    )
    parser.add_argument(
        "--format",
        metavar="F",
        choices=[f.value for f in ExportFormat],
        help="the file format: " + ", ".join(f.value for f in ExportFormat),
    )
    parser.add_argument(
        "--columns",
        metavar="a,b,…",
        help=f"the columns to write, in order (default: all of {','.join(COLUMNS)})",
    )
    parser.add_argument(
        "--no-bom", action="store_true", help="CSV: plain UTF-8, without the byte-order mark"
    )
    parser.add_argument("--delimiter", metavar="D", help="CSV: cell separator, , (default) or ;")
    parser.add_argument(
        "--group-by",
        choices=[g.value for g in GroupBy],
        help="docx: group the quote sheet by article (default) or by source",
    )
    parser.add_argument(
        "--include-off-record",
        action="store_true",
        help="also write quotes given off the record (with no source cells)",
    )
    parser.add_argument(
        "--include-protected-notes",
        action="store_true",
        help=(
            "also write the context and notes of quotes not on the record (your own "
            "notes can identify a source)"
        ),
    )
    parser.add_argument(
        "--unredacted",
        action="store_true",
        help="name every source whatever the ground rule (for your own use)",
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="every stored field of every quote, its source and article, as a CSV sheet "
        "that import reads back whole (not redacted; real names and contacts left out)",
    )
    parser.add_argument(
        "--with-protected",
        action="store_true",
        help="with --archive: also real names and contacts, for a full backup sheet",
    )
    parser.set_defaults(handler=_export, reads_only=True)


def _columns(given: str | None) -> tuple[str, ...]:
    if given is None:
        return COLUMNS
    return tuple(name.strip() for name in given.split(",") if name.strip())


def export_options(args: argparse.Namespace, library: SavedSearchReads) -> ExportOptions:
    """The export the command line asks for, as the one value every writer takes."""
    return ExportOptions(
        format=format_for(args.output, args.format),
        query=resolve_query(library, args.query),
        columns=_columns(args.columns),
        include_off_record=args.include_off_record,
        unredacted=args.unredacted,
        include_protected_notes=args.include_protected_notes,
        bom=not args.no_bom,
        delimiter=args.delimiter or ",",
        group_by=GroupBy(args.group_by or GroupBy.ARTICLE),
        archive=args.archive,
        with_protected=args.with_protected,
    )


def _destination(output: str) -> Any:
    """Where to write: a path in an existing folder, or standard output's bytes for ``-``."""
    if output == "-":
        sys.stdout.flush()
        return getattr(sys.stdout, "buffer", sys.stdout)
    dest = Path(output).expanduser()
    folder = dest.resolve().parent
    if not folder.is_dir():
        raise CommandError(f"cannot write {output}: there is no folder {folder}")
    return dest


def _given(args: argparse.Namespace, names: tuple[str, ...]) -> list[str]:
    """The options among ``names`` that were given, spelled as typed."""
    spelled = {"query": "QUERY"}
    return [
        spelled.get(name, f"--{name.replace('_', '-')}") for name in names if getattr(args, name)
    ]


def _refuse_mixed(args: argparse.Namespace, chosen: ExportFormat) -> None:
    """Refuse, before anything is read, options that do not go with the file asked for."""
    if args.archive:
        if chosen is not ExportFormat.CSV:
            raise CommandError(f"the archive sheet is CSV, not {chosen.value}")
        given = _given(args, (*_SHEET_OPTIONS, "query", "include_off_record"))
        if given:
            raise CommandError(f"--archive writes every quote and every field; drop {given[0]}")
        return
    if args.with_protected:
        raise CommandError("--with-protected goes with --archive only")
    if chosen.is_refi:
        scoped = ("query", "include_off_record") if chosen is ExportFormat.QDC else ()
        given = _given(args, (*_SHEET_OPTIONS, *scoped))
        if given:
            raise CommandError(f"{given[0]} does not apply to a {chosen.value} file")


def _refi(library: Library, dest: Any, options: ExportOptions) -> str:
    """Write a REFI-QDA project or codebook; the summary line to print."""
    # Like the Word and Excel writers, the REFI-QDA one loads when first used.
    from ..core.sheet.qdpx import export_qdc, export_qdpx

    if options.format is ExportFormat.QDC:
        codes = export_qdc(library, dest)
        return f"wrote {codes} code{'s' * (codes != 1)} (the tags) to {{where}}"
    report = export_qdpx(library, dest, options)
    summary = (
        f"wrote {report.quotes} quote{'s' * (report.quotes != 1)} in {report.sources} "
        f"text sources, {report.codes} codes and {report.cases} cases to {{where}}"
    )
    if report.off_record_left_out:
        summary += (
            f"; left out {report.off_record_left_out} given off the record "
            "(--include-off-record adds them)"
        )
    return summary


def _refuse_others(args: argparse.Namespace, chosen: ExportFormat) -> None:
    """Refuse the options of another format than the one being written."""
    for names, owner in ((_CSV_ONLY, ExportFormat.CSV), (_DOCX_ONLY, ExportFormat.DOCX)):
        given = [f"--{name.replace('_', '-')}" for name in names if getattr(args, name)]
        if given and chosen is not owner:
            verb = "is" if len(given) == 1 else "are"
            raise CommandError(
                f"{' and '.join(given)} {verb} for {owner.value.upper()} only, not {chosen.value}"
            )
    if args.columns and chosen is ExportFormat.DOCX:
        raise CommandError("the docx quote sheet has its own columns; drop --columns")


def _export(args: argparse.Namespace, library: Library) -> int:
    to_stdout = args.output == "-"
    dest = _destination(args.output)
    where = "standard output" if to_stdout else str(dest)
    _refuse_mixed(args, format_for(args.output, args.format))
    options = export_options(args, library)
    _refuse_others(args, options.format)
    said = sys.stderr if to_stdout else sys.stdout
    if options.format.is_refi:
        print(_refi(library, dest, options).format(where=where), file=said)
        return 0
    report = export_sheet(library, dest, options)
    for warning in report.warnings:
        print(f"quotebook: warning: {warning}", file=sys.stderr)
    summary = f"wrote {report.rows} quote{'s' * (report.rows != 1)} to {where}"
    if report.off_record_left_out:
        summary += (
            f"; left out {report.off_record_left_out} given off the record "
            "(--include-off-record adds them)"
        )
    print(summary, file=said)
    if report.unreadable:
        return _say_unreadable(library, report.unreadable)
    return 0


def _say_unreadable(library: Library, ids: tuple[int, ...]) -> int:
    """Quotes left out because they could not be read: name them and the backup; exit 1."""
    from ..core.storage.backup import restore_hint

    shown = ", ".join(f"#{quote_id}" for quote_id in ids[:20])
    more = f" and {len(ids) - 20} more" if len(ids) > 20 else ""
    print(
        f"quotebook: {len(ids)} quote{'s' * (len(ids) != 1)} could not be read and "
        f"{'were' if len(ids) != 1 else 'was'} left out ({shown}{more}): the library is "
        f"damaged there. {restore_hint(library.path)}",
        file=sys.stderr,
    )
    return 1
