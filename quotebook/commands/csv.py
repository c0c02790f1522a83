"""``quotebook export`` and ``quotebook import``: the editor's CSV sheet out and back in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core import GroundRule, Library
from ..core.csv_common import COLUMNS
from ..core.csv_export import export_csv
from ..core.csv_import import IMPORT_FIELDS, ImportReport, import_csv
from .common import CommandError


def register(commands: Any) -> None:
    _register_export(commands)
    _register_import(commands)


def _register_export(commands: Any) -> None:
    parser = commands.add_parser(
        "export",
        help="write quotes as a CSV sheet for an editor (redacted)",
        description=(
            "Write the quotes matching QUERY (every quote without one) as a CSV sheet, "
            "redacted by ground rule: sources on background are only described, on deep "
            "background not even that, and off-the-record quotes are left out. Real names "
            "and contacts are never written. UTF-8 with a byte-order mark, for Excel."
        ),
    )
    parser.add_argument("query", metavar="QUERY", nargs="?", help="a search (see search --help)")
    parser.add_argument(
        "-o", "--output", metavar="FILE", required=True, help="the CSV file to write; - for stdout"
    )
    parser.add_argument(
        "--columns",
        metavar="a,b,…",
        help=f"the columns to write, in order (default: all of {','.join(COLUMNS)})",
    )
    parser.add_argument(
        "--no-bom", action="store_true", help="plain UTF-8, without the byte-order mark"
    )
    parser.add_argument(
        "--delimiter", metavar="D", default=",", help="cell separator: , (default) or ;"
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
    parser.set_defaults(handler=_export)


def _columns(given: str | None) -> list[str] | None:
    if given is None:
        return None
    return [name.strip() for name in given.split(",") if name.strip()]


def _export(args: argparse.Namespace, library: Library) -> int:
    to_stdout = args.output == "-"
    dest: Any = getattr(sys.stdout, "buffer", sys.stdout) if to_stdout else Path(args.output)
    if not to_stdout:
        folder = dest.expanduser().resolve().parent
        if not folder.is_dir():
            raise CommandError(f"cannot write {args.output}: there is no folder {folder}")
        dest = dest.expanduser()
    else:
        sys.stdout.flush()
    report = export_csv(
        library,
        dest,
        query=args.query,
        columns=_columns(args.columns),
        bom=not args.no_bom,
        delimiter=args.delimiter,
        include_off_record=args.include_off_record,
        unredacted=args.unredacted,
        include_protected_notes=args.include_protected_notes,
    )
    for warning in report.warnings:
        print(f"quotebook: warning: {warning}", file=sys.stderr)
    where = "standard output" if to_stdout else str(dest)
    summary = f"wrote {report.rows} quote{'s' * (report.rows != 1)} to {where}"
    if report.off_record_left_out:
        summary += (
            f"; left out {report.off_record_left_out} given off the record "
            "(--include-off-record adds them)"
        )
    print(summary, file=sys.stderr if to_stdout else sys.stdout)
    return 0


def _register_import(commands: Any) -> None:
    parser = commands.add_parser(
        "import",
        help="read quotes from a CSV sheet (an export, or your own spreadsheet)",
        description=(
            "Read quotes from a CSV sheet: an export of Quotebook, or a spreadsheet of "
            "your own with --map for its columns. Sources are matched by name, articles "
            "by URL (else headline), tags by name; the rest are created. If any row is "
            "invalid nothing is imported and every bad row is listed with its line "
            "number, unless --skip-invalid. Columns named like a field need no --map. "
            f"Fields: {', '.join(IMPORT_FIELDS)}."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the CSV file; - reads standard input")
    parser.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when some are invalid (those are listed)",
    )
    parser.add_argument(
        "--map",
        metavar='"COLUMN=FIELD"',
        action="append",
        default=[],
        help='read their column as a field, e.g. --map "Who=source" (repeat for more)',
    )
    parser.add_argument(
        "--encoding", metavar="E", help="the file's encoding when not UTF-8, e.g. cp1251"
    )
    parser.add_argument(
        "--delimiter", metavar="D", help="cell separator, , or ; (default: guessed)"
    )
    parser.add_argument(
        "--rule",
        metavar="RULE",
        choices=[rule.value for rule in GroundRule],
        default=GroundRule.BACKGROUND.value,
        help=(
            "the default ground rule of the sources the import creates, and of their "
            "quotes that have none in the sheet: on_record, background (the default), "
            "deep_background or off_record"
        ),
    )
    parser.set_defaults(handler=_import)


def parse_mapping(items: list[str]) -> dict[str, str] | None:
    """``["Their column=field", …]`` as {their column: field}; the last ``=`` splits."""
    if not items:
        return None
    mapping: dict[str, str] = {}
    for item in items:
        column, equals, name = item.rpartition("=")
        if not equals or not column.strip() or not name.strip():
            raise CommandError(f'--map {item!r}: write it as "Their column=field"')
        mapping[column.strip()] = name.strip()
    return mapping


def _import(args: argparse.Namespace, library: Library) -> int:
    source: Any = getattr(sys.stdin, "buffer", sys.stdin) if args.file == "-" else args.file
    report = import_csv(
        library,
        source,
        mapping=parse_mapping(args.map),
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        encoding=args.encoding,
        delimiter=args.delimiter,
        new_source_rule=args.rule,
    )
    for line, reason in report.rejected:
        print(f"quotebook: line {line}: {reason}", file=sys.stderr)
    if report.unknown_columns:
        unread = ", ".join(repr(name) for name in report.unknown_columns)
        print(
            f'quotebook: columns not read: {unread} (read one with --map "COLUMN=FIELD")',
            file=sys.stderr,
        )
    for line, was, now in report.renumbered:
        print(
            f"quotebook: line {line}: quote #{was} is another quote here; imported as #{now}",
            file=sys.stderr,
        )
    print(_import_summary(report), file=sys.stderr if report.aborted else sys.stdout)
    nothing_imported = report.dry_run or report.quotes_created == 0
    return 2 if report.rejected and nothing_imported else 0


def _import_summary(report: ImportReport) -> str:
    bad = len(report.rejected)
    if report.aborted:
        return (
            f"quotebook: nothing imported: {bad} of {report.rows_read} rows are invalid "
            "(fix them, or --skip-invalid imports the others)"
        )
    verb = "would import" if report.dry_run else "imported"
    parts = [f"{verb} {_count(report.quotes_created, 'quote')}"]
    if report.quotes_already_present:
        parts.append(f"{report.quotes_already_present} already in the library")
    parts.append(
        f"sources: {report.sources_created} new, {report.sources_matched} matched; "
        f"articles: {report.articles_created} new, {report.articles_matched} matched; "
        f"new tags: {report.tags_created}"
    )
    if report.filed_by_default:
        parts.append(
            f"{_count(report.filed_by_default, 'quote')} without a ground rule filed on "
            f"their source's default (new sources: {report.new_source_rule})"
        )
    if report.made_stricter:
        parts.append(f"{_count(len(report.made_stricter), 'quote')} made stricter")
    if bad:
        parts.append(f"{_count(bad, 'invalid row')} skipped")
    summary = "; ".join(parts)
    return f"dry run: {summary}; nothing was written" if report.dry_run else summary


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"
