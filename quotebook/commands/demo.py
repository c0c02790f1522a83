"""``quotebook demo``: fill an empty library with a realistic, fictional sample."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from .common import CommandError

if TYPE_CHECKING:
    from ..core.library.library import Library


COMMANDS = ("demo",)  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "demo",
        help="fill an empty library with a sample to try Quotebook on",
        description=(
            "Fill an EMPTY library with a fictional sample: sources on every ground rule, "
            "articles, tags and quotes. A library that holds anything is left alone; "
            "point at a new file with --library PATH."
        ),
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace, library: Library) -> int:
    info = library.info()
    held = info.quotes + info.sources + info.articles + info.tags
    if held or info.trashed_quotes or info.trashed_sources:
        raise CommandError(
            f"{info.path} is not empty ({info.quotes} quotes, {info.sources} sources, "
            f"{info.articles} articles, {info.tags} tags); the demo fills only an empty "
            "library: try quotebook --library demo.sqlite3 demo"
        )
    from ..core.library.demo import load_demo

    load_demo(library)
    info = library.info()
    print(
        f"added the demo to {info.path}: {info.quotes} quotes, {info.sources} sources, "
        f"{info.articles} articles, {info.tags} tags"
    )
    return 0
