"""``add-source``, ``add-article`` and ``add-quote``: capture a row from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from .common import (
    RULE_NAMES,
    CommandError,
    describe_source,
    parse_rule,
    read_text,
    resolve_article,
    resolve_source,
)

if TYPE_CHECKING:
    from ..core.library.library import Library


COMMANDS = ("add-source", "add-article", "add-quote")  # what register() adds


def register(commands: Any) -> None:
    _register_source(commands)
    _register_article(commands)
    _register_quote(commands)


def _register_source(commands: Any) -> None:
    parser = commands.add_parser(
        "add-source",
        help="add a source (a person who speaks)",
        description=(
            "Add a source. Prints the new source's id. When sources of the same name "
            "(any case, accents or word order) or a close spelling exist, nothing is "
            "added: they are listed (exit status 2), and --new adds the source anyway."
        ),
    )
    parser.add_argument("name", metavar="NAME", help="how the source is named in print")
    parser.add_argument("--age", metavar="N", help="age in whole years")
    parser.add_argument("--role", metavar="R", help='e.g. "machine learning engineer"')
    parser.add_argument("--organization", metavar="O", help="where they work")
    parser.add_argument("--location", metavar="L", help="where they are")
    parser.add_argument(
        "--described-as",
        metavar="D",
        help='how to refer to them unnamed: "a developer at a large IT company"',
    )
    parser.add_argument("--real-name", metavar="X", help="the identity behind NAME (protected)")
    parser.add_argument(
        "--pseudonym", action="store_true", help="NAME is not their real name (name changed)"
    )
    parser.add_argument("--contact", metavar="C", help="phone, handle or e-mail (protected)")
    parser.add_argument(
        "--rule", metavar="RULE", help=f"default ground rule of their quotes: {RULE_NAMES}"
    )
    parser.add_argument("--notes", metavar="N", help="anything else")
    parser.add_argument(
        "--new",
        action="store_true",
        help="add it even when a source of the same or a close name exists",
    )
    parser.set_defaults(handler=_add_source)


def _add_source(args: argparse.Namespace, library: Library) -> int:
    fields: dict[str, Any] = {
        "age": args.age,
        "role": args.role,
        "organization": args.organization,
        "location": args.location,
        "described_as": args.described_as,
        "real_name": args.real_name,
        "contact": args.contact,
        "notes": args.notes,
    }
    fields = {key: value for key, value in fields.items() if value is not None}
    if args.pseudonym:
        fields["is_pseudonym"] = True
    if args.rule is not None:
        fields["default_ground_rule"] = parse_rule(args.rule)
    if not args.new:
        _refuse_namesakes(library, args.name)
    source_id = library.add_source(args.name, **fields).created
    print(f"added source #{source_id}: {library.get_source(source_id or 0).name}")
    return 0


def _refuse_namesakes(library: Library, name: str) -> None:
    """Stop before adding a second record of someone the library may already have."""
    found = library.similar_sources(name)
    if found:
        listed = "; ".join(describe_source(source) for source in found)
        raise CommandError(
            f"{name!r} may be a source you have: {listed}. Use it (add-quote --source "
            f"'#{found[0].id}'), or add another source with --new"
        )


def _register_article(commands: Any) -> None:
    parser = commands.add_parser(
        "add-article",
        help="add an article (where quotes came from or ran)",
        description="Add an article. Prints the new article's id.",
    )
    parser.add_argument("headline", metavar="HEADLINE")
    parser.add_argument("--outlet", metavar="O", help="the publication")
    parser.add_argument("--url", metavar="U", help="its address (unique in the library)")
    parser.add_argument("--published-on", metavar="DATE", help="publication date, YYYY-MM-DD")
    parser.add_argument("--author", metavar="A")
    parser.add_argument("--dateline", metavar="D", help='e.g. "TBILISI"')
    parser.set_defaults(handler=_add_article)


def _add_article(args: argparse.Namespace, library: Library) -> int:
    fields = {
        "outlet": args.outlet,
        "url": args.url,
        "published_on": args.published_on,
        "author": args.author,
        "dateline": args.dateline,
    }
    fields = {key: value for key, value in fields.items() if value is not None}
    article_id = library.add_article(args.headline, **fields).created
    print(f"added article #{article_id}: {library.get_article(article_id or 0).headline}")
    return 0


def _register_quote(commands: Any) -> None:
    parser = commands.add_parser(
        "add-quote",
        help="add a quote said by a source",
        description=(
            "Add a quote. TEXT is verbatim; give - to read it from standard input. "
            "Prints the new quote's id."
        ),
    )
    parser.add_argument("text", metavar="TEXT", help="what was said (- reads standard input)")
    parser.add_argument(
        "--source", metavar="NAME|ID", required=True, help="who said it: a name or an id"
    )
    parser.add_argument("--article", metavar="URL|ID", help="the article, by URL or id")
    parser.add_argument(
        "--tag", metavar="T", action="append", default=[], help="a topic (repeat for more)"
    )
    parser.add_argument("--rule", metavar="RULE", help=f"{RULE_NAMES} (default: the source's own)")
    parser.add_argument("--said-on", metavar="DATE", help="interview date, YYYY-MM-DD")
    parser.add_argument("--context", metavar="C", help="the question or setting")
    parser.add_argument("--language", metavar="L", help="language of TEXT, e.g. ru")
    parser.add_argument("--translation", metavar="T", help="TEXT translated")
    parser.add_argument("--notes", metavar="N")
    parser.set_defaults(handler=_add_quote)


def _add_quote(args: argparse.Namespace, library: Library) -> int:
    text = read_text(args.text)
    source = resolve_source(library, args.source)
    fields: dict[str, Any] = {
        "said_on": args.said_on,
        "context": args.context,
        "language": args.language,
        "translation": args.translation,
        "notes": args.notes,
    }
    fields = {key: value for key, value in fields.items() if value is not None}
    if args.article is not None:
        fields["article_id"] = resolve_article(library, args.article).id
    if args.rule is not None:
        fields["ground_rule"] = parse_rule(args.rule)
    quote_id = library.add_quote(text, source.id, tags=args.tag, **fields).created
    quote = library.get_quote(quote_id or 0)
    print(f"added quote #{quote.id} by {source.name} ({quote.ground_rule.value})")
    return 0
