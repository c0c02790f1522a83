"""``quotebook extract``: propose the quotes of an article, and file them with ``--save``.

FILE is plain text, Markdown or a saved web page. The listing shows each quote with
its speaker and the source it would be filed under (an existing source's id, or a
new one); ``--json`` prints the same as a list of objects. ``--save`` files every
quote that has a speaker, with the article (its fields from the page unless given)
and any new sources, in one step the app can undo.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import CommandError

if TYPE_CHECKING:
    from ..core.extract.model import Extraction, Match
    from ..core.library.library import Library


COMMANDS = ("extract",)  # what register() adds


def register(commands: Any) -> None:
    from ..core.extract.document import FORMATS

    parser = commands.add_parser(
        "extract",
        help="propose the quotes and speakers of an article (text, Markdown or HTML)",
        description=(
            "Read an article and list the quotes in it with who said them and the "
            "source each would be filed under. --save files them with the article."
        ),
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the article: .txt, .md or .html")
    parser.add_argument(
        "--format", choices=FORMATS, default=None, help="how to read FILE (default: by its name)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON list of the quotes")
    parser.add_argument(
        "--save", action="store_true", help="file the quotes, the article and new sources"
    )
    parser.add_argument("--headline", metavar="H", help="the article's headline (default: page)")
    parser.add_argument("--outlet", metavar="O", help="the publication (default: page)")
    parser.add_argument("--url", metavar="U", help="the article's address (default: page)")
    parser.add_argument("--published-on", metavar="DATE", help="YYYY-MM-DD (default: page)")
    parser.set_defaults(handler=_extract, needs_library=False)


def _extract(args: argparse.Namespace, _: None) -> int:
    from ..core.extract.document import UnreadableArticleError, read_article_file

    try:
        text, suggested = read_article_file(args.file)
    except UnreadableArticleError as exc:
        raise CommandError(str(exc)) from None
    from ..core.extract.extractor import extract
    from ..core.extract.matching import match_sources
    from ..core.library.library import Library

    fmt = args.format or suggested
    extraction = extract(text, fmt=fmt)
    with Library(args.library) as library:
        matches = match_sources(extraction.proposals, library.list_sources())
        names = {source.id: source.name for source in library.list_sources()}
        if args.json:
            print(json.dumps([_as_json(m, names) for m in matches], ensure_ascii=False, indent=2))
        else:
            _print_listing(extraction, matches, names)
        if args.save:
            _save(args, library, extraction, matches)
    return 0


def _as_json(match: Match, names: dict[int, str]) -> dict[str, Any]:
    proposal = match.proposal
    source: int | str = match.source_id if match.source_id is not None else "new"
    return {
        "text": proposal.text,
        "kind": proposal.kind,
        "start": proposal.start,
        "end": proposal.end,
        "speaker": proposal.speaker,
        "speaker_name": proposal.speaker_name,
        "age": proposal.age,
        "role": proposal.role,
        "organization": proposal.organization,
        "description": proposal.description,
        "verb": proposal.verb,
        "confidence": proposal.confidence,
        "doubts": list(proposal.doubts),
        "source": source,
        "source_name": names.get(match.source_id or 0, proposal.source_label),
    }


def _print_listing(extraction: Extraction, matches: list[Match], names: dict[int, str]) -> None:
    meta = extraction.meta
    details = ", ".join(
        part for part in (meta.outlet, str(meta.published_on or ""), meta.url) if part
    )
    print(f"article: {meta.headline or '(no headline)'}" + (f" ({details})" if details else ""))
    if not matches:
        print("no quotes found")
    for number, match in enumerate(matches, 1):
        proposal = match.proposal
        print(f"\n{number}. [{proposal.kind}, {proposal.confidence:.2f}] {proposal.text}")
        about = [str(proposal.age) if proposal.age is not None else "", proposal.role]
        about.append(proposal.organization)
        described = ", ".join(part for part in about if part)
        who = proposal.speaker_name or proposal.speaker or "(no speaker found)"
        written = f' (as "{proposal.speaker}")' if proposal.speaker not in ("", who) else ""
        print(f"   {who}{written}" + (f" — {described}" if described else ""))
        if match.source_id is not None:
            print(f"   source: #{match.source_id} {names.get(match.source_id, '')}")
        elif proposal.source_label:
            print(f"   source: new ({proposal.source_label})")
        print(f"   at {proposal.start}–{proposal.end}")


def _save(
    args: argparse.Namespace, library: Library, extraction: Extraction, matches: list[Match]
) -> None:
    from ..core.extract.model import FileItem

    fields = extraction.meta.fields()
    given = {
        "headline": args.headline,
        "outlet": args.outlet,
        "url": args.url,
        "published_on": args.published_on,
    }
    fields.update({key: value for key, value in given.items() if value is not None})
    if not fields.get("headline"):
        raise CommandError("the article has no headline in the page; give one with --headline")
    items = [
        FileItem(
            m.proposal.text,
            m.source_id,
            m.new_source,
            m.new_key,
            {"language": m.proposal.language} if m.proposal.language else {},
        )
        for m in matches
        if m.source_id is not None or m.new_source
    ]
    skipped = len(matches) - len(items)
    if not items:
        raise CommandError("nothing to save: no quote has a speaker")
    from ..core.extract.filing import file_proposals

    changes = file_proposals(library, fields, items)
    news = len(changes.sources)
    print(
        f"\nsaved {len(items)} quotes in article #{changes.created}"
        f" ({news} new source{'s' if news != 1 else ''})"
        + (f"; {skipped} without a speaker left out" if skipped else "")
    )
