"""``quotebook export`` and ``quotebook import``: the editor's CSV sheet out and back in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core import Library
from ..core.csv_common import COLUMNS
from ..core.csv_export import export_csv
from .common import CommandError


def register(commands: Any) -> None:
    _register_export(commands)


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
