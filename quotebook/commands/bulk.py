"""``quotebook edit-quotes``: set the ground rule, source, article, status or date said
on many quotes at once, picked by id or by a search."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..core import NotFoundError
from .common import (
    RULE_NAMES,
    CommandError,
    parse_rule,
    resolve_article,
    resolve_query,
    resolve_source,
)

if TYPE_CHECKING:
    from ..core.library.library import Library


COMMANDS = ("edit-quotes",)  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "edit-quotes",
        help="set a field on many quotes at once",
        description=(
            "Set the ground rule, source, article, status or date said on every quote "
            "given by id or matched by --query (a search, or @NAME). Quotes moved to a "
            "source with a stricter default rule become at least that strict. Making "
            "quotes more open says how many quotes and sources it exposes and needs --yes."
        ),
    )
    parser.add_argument("ids", metavar="QUOTE", nargs="*", help="quote ids (3 or #3)")
    parser.add_argument("--query", metavar="Q", help="every quote this search matches")
    parser.add_argument("--rule", metavar="RULE", help=f"ground rule: {RULE_NAMES}")
    parser.add_argument("--source", metavar="S", help="source name or id")
    article = parser.add_mutually_exclusive_group()
    article.add_argument("--article", metavar="A", help="article id or URL")
    article.add_argument("--no-article", action="store_true", help="take them out of articles")
    parser.add_argument("--status", metavar="S", help="unverified, verified or disputed")
    said = parser.add_mutually_exclusive_group()
    said.add_argument("--said", metavar="DATE", help="date said, YYYY-MM-DD")
    said.add_argument("--no-said", action="store_true", help="clear the date said")
    parser.add_argument("--yes", action="store_true", help="go ahead when quotes become more open")
    parser.set_defaults(handler=_edit)


def _ids(args: argparse.Namespace, library: Library) -> list[int]:
    ids = []
    for given in args.ids:
        stripped = given.strip().lstrip("#")
        if not stripped.isdigit():
            raise CommandError(f"{given!r} is not a quote id")
        ids.append(int(stripped))
    if args.query is not None:
        ids += library.search(resolve_query(library, args.query) or "").ids
    if not ids:
        raise CommandError("no quotes to edit: give quote ids or --query")
    return list(dict.fromkeys(ids))


def _fields(args: argparse.Namespace, library: Library) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if args.rule is not None:
        fields["ground_rule"] = parse_rule(args.rule)
    if args.source is not None:
        fields["source_id"] = resolve_source(library, args.source).id
    if args.article is not None or args.no_article:
        fields["article_id"] = resolve_article(library, args.article).id if args.article else None
    if args.status is not None:
        fields["status"] = args.status.strip().lower()
    if args.said is not None or args.no_said:
        fields["said_on"] = args.said
    if not fields:
        raise CommandError("nothing to set: give --rule, --source, --article, --status or --said")
    return fields


def _edit(args: argparse.Namespace, library: Library) -> int:
    ids = _ids(args, library)
    fields = _fields(args, library)
    if "ground_rule" in fields and not args.yes:
        opening = library.opening(ids, fields["ground_rule"])
        if opening.quotes:
            raise CommandError(
                f"this makes {opening.quotes} quote{'s' * (opening.quotes != 1)} of "
                f"{opening.sources} source{'s' * (opening.sources != 1)} more open "
                f"({fields['ground_rule'].value}); add --yes to go ahead"
            )
    if "source_id" in fields and "ground_rule" not in fields and not args.yes:
        opening = library.opening_under_source(ids, fields["source_id"])
        if opening.quotes and opening.rule is not None:
            raise CommandError(
                f"this moves {opening.quotes} quote{'s' * (opening.quotes != 1)} of "
                f"{opening.sources} source{'s' * (opening.sources != 1)} that follow their "
                f"source's ground rule to a more open one ({opening.rule.value}); "
                "add --yes to go ahead"
            )
    try:
        changes = library.edit_quotes(ids, **fields)
    except NotFoundError as exc:
        raise CommandError(f"no quote #{exc.key}") from None
    shown = ", ".join(f"{_NAMES[name]} {_shown(library, name, v)}" for name, v in fields.items())
    print(f"edited {len(changes.quotes)} of {len(ids)} quotes: {shown}")
    return 0


_NAMES = {
    "ground_rule": "rule",
    "source_id": "source",
    "article_id": "article",
    "status": "status",
    "said_on": "said",
}


def _shown(library: Library, name: str, value: Any) -> str:
    if value is None:
        return "(none)"
    if name == "source_id":
        return library.get_source(value).name
    return str(getattr(value, "value", value))
