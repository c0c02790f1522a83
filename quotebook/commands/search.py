"""``quotebook search``: find quotes with the search syntax, as a listing or as JSON.

The listing is for the reporter's own eyes: every match, with the source's printed
name and the quote's ground rule. ``--json`` is for other programs and people, so
it is redacted exactly like the editor export (its rows are built by the export's
own code): off-the-record quotes are left out and sources are named only as their
ground rule allows, unless ``--include-off-record`` or ``--unredacted`` says
otherwise. Real names and contacts appear in neither.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .common import resolve_query

if TYPE_CHECKING:
    from ..core import QuoteRow
    from ..core.library.reader import SavedSearchReads

DEFAULT_LIMIT = 50
MAX_LIMIT = 1_000_000_000
_INDENT = "    "
_SHOWN_LINES = 3  # of each quote's text
_NUMBERS = frozenset({"quote_id", "age"})
_DATES = frozenset({"said_on", "published_on"})


COMMANDS = ("search",)  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "search",
        help="find quotes (the syntax of the app's search box)",
        description=(
            'Find quotes. QUERY uses the search syntax: words, "exact phrases", '
            "tag:, source:, org:, outlet:, article:, rule:, dates on said, "
            "-negation and OR (see the README); @NAME runs a saved search. Prints a "
            "listing of every match; "
            "--json prints the CSV export's fields instead, redacted like the export."
        ),
    )
    parser.add_argument("query", metavar="QUERY", help='e.g. tag:draft "exemption", or @NAME')
    parser.add_argument(
        "--limit",
        metavar="N",
        type=_count,
        default=DEFAULT_LIMIT,
        help=f"show at most N matches (default {DEFAULT_LIMIT}; 0 shows every match)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print a JSON list, redacted like the export"
    )
    parser.add_argument(
        "--include-off-record",
        action="store_true",
        help="with --json: keep quotes given off the record (without source fields)",
    )
    parser.add_argument(
        "--unredacted",
        action="store_true",
        help="with --json: name every source whatever the ground rule",
    )
    parser.set_defaults(handler=_search, reads_only=True, reader="search")


COUNT_CAP = 1000


def _count(value: str) -> int:
    if not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number (0 or more)")
    if int(value) > MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"{value!r} is too large (at most {MAX_LIMIT:,})")
    return int(value)


def _search(args: argparse.Namespace, library: SavedSearchReads) -> int:
    query = resolve_query(library, args.query) or ""
    if args.json and not args.include_off_record:
        query = without_off_record(query)
    # Counting every match costs as much as finding them all: with a page asked for,
    # the count stops where the app's does ("1,000+").
    limit = args.limit or None
    result = library.search(query, limit=limit, count_cap=COUNT_CAP if limit else None)
    if args.json:
        import json  # only --json prints it

        rows = json_rows(
            library,
            result.ids,
            include_off_record=args.include_off_record,
            unredacted=args.unredacted,
        )
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for line in listing(library.quote_rows(result.ids), _width()):
        print(line)
    print(_footer(len(result.ids), result.total, result.total_capped))
    return 0


def without_off_record(query: str) -> str:
    """``query`` narrowed to quotes not given off the record, so ``--limit`` counts kept rows.

    The query is parsed on its own first, so that an error in it is reported at the
    place the user typed it.
    """
    from ..core.search.parse import parse_query

    if parse_query(query).root is None:
        return "-rule:off_record"
    return f"({query}) -rule:off_record"


def json_rows(
    library: SavedSearchReads, ids: Sequence[int], *, include_off_record: bool, unredacted: bool
) -> list[dict[str, Any]]:
    """The export's rows for these quotes, in this order, as JSON-ready objects.

    The export writes them (so redaction and fields are the export's own) and they
    are read straight back, typed: numbers and dates are null when absent, tags a
    list, ``pseudonym`` a boolean, every text exactly as stored.
    """
    import csv  # only --json reads the export back

    from ..core.sheet.csv_common import raise_field_size_limit
    from ..core.sheet.csv_export import export_csv
    from ..core.sheet.options import ExportOptions

    buffer = io.StringIO()
    options = ExportOptions(
        ids=tuple(ids), bom=False, include_off_record=include_off_record, unredacted=unredacted
    )
    export_csv(library, buffer, options)
    raise_field_size_limit()
    reader = csv.reader(io.StringIO(buffer.getvalue(), newline=""))
    header = next(reader)
    return [
        {name: _value(name, cell) for name, cell in zip(header, row, strict=True)} for row in reader
    ]


def _value(name: str, cell: str) -> Any:
    from ..core.sheet.csv_common import PSEUDONYM_YES, restore, split_tags

    if name in _NUMBERS:
        return int(cell) if cell else None
    if name in _DATES:
        return cell or None
    if name == "pseudonym":
        return cell == PSEUDONYM_YES
    if name == "tags":
        return split_tags(cell)  # restores each tag, as the import does
    return restore(cell)


def listing(rows: Sequence[QuoteRow], width: int) -> list[str]:
    """Two to four lines a quote: id, date, source, rule, tags, article; then its text."""
    lines: list[str] = []
    for row in rows:
        head = [f"#{row.id}", row.said_on.isoformat() if row.said_on else "(no date)"]
        head += [row.source_name, row.ground_rule.value]
        if row.tags:
            head.append("[" + ", ".join(row.tags) + "]")
        if row.article_headline:
            head.append("in: " + row.article_headline)
        lines.append(_cut("  ".join(head), width))
        # Three lines hold fewer characters than three widths: the rest of a long
        # quote is never shown, and wrapping it would cost more than the search.
        text = " ".join(row.text.split())[: _SHOWN_LINES * width]
        lines += textwrap.wrap(
            text,
            width,
            initial_indent=_INDENT,
            subsequent_indent=_INDENT,
            max_lines=_SHOWN_LINES,
            placeholder=" …",
            # A hyphenated name ("Ким-Лебедева") stays on one line; the simpler
            # split also wraps in half the time.
            break_on_hyphens=False,
        )
    return lines


def _cut(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 2].rstrip() + " …"


def _footer(shown: int, total: int, capped: bool) -> str:
    if total == 0:
        return "no quotes match"
    counted = f"{total:,}+" if capped else str(total)
    noun = "match" if total == 1 and not capped else "matches"
    if shown < total or capped:
        return f"showing {shown} of {counted} {noun} (--limit 0 shows them all)"
    return f"{counted} {noun}"


def _width() -> int:
    return max(40, min(120, shutil.get_terminal_size((100, 24)).columns))
