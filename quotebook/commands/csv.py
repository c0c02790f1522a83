"""``quotebook import``: a CSV sheet (an export, or a reporter's own) read into the library."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from .common import CommandError

# The ground rules, as values (the core is imported only when a command runs).
RULES = ("on_record", "background", "deep_background", "off_record")

if TYPE_CHECKING:
    from ..core.library.library import Library
    from ..core.sheet.csv_import import ImportReport


COMMANDS = ("import",)  # what register() adds


def register(commands: Any) -> None:
    _register_import(commands)


def _register_import(commands: Any) -> None:
    from ..core.sheet.csv_import_fields import IMPORT_FIELDS

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
        choices=RULES,
        default="background",
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
    from ..core.sheet.csv_import import import_csv

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
