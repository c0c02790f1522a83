"""``quotebook tags``: every tag with how many quotes carry it."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..core.library.library import Library


COMMANDS = ("tags",)  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "tags",
        help="list tags with their quote counts",
        description=(
            "List every tag, by name, with the number of quotes outside the trash "
            "that carry it and its colour."
        ),
    )
    parser.set_defaults(handler=_tags, reads_only=True)


def _tags(args: argparse.Namespace, library: Library) -> int:
    tags = library.list_tags()
    if not tags:
        print(
            "no tags yet (add some with: quotebook add-quote TEXT --source NAME --tag T)",
            file=sys.stderr,
        )
        return 0
    width = max(len(str(tag.quote_count)) for tag in tags)
    name_width = max(len(tag.name) for tag in tags)
    for tag in tags:
        line = f"{tag.quote_count:>{width}}  {tag.name:<{name_width}}  {tag.color}"
        print(line.rstrip())
    return 0
