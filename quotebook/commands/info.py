"""``quotebook info``: where the library is and what it holds."""

from __future__ import annotations

import argparse
from typing import Any

from ..core import Library


def register(commands: Any) -> None:
    parser = commands.add_parser("info", help="library path, schema version and counts")
    parser.set_defaults(handler=_info)


def _info(args: argparse.Namespace, library: Library) -> int:
    info = library.info()
    print(f"library: {info.path}")
    print(f"schema version: {info.schema_version}")
    print(f"quotes: {info.quotes}  sources: {info.sources}  articles: {info.articles}")
    print(f"tags: {info.tags}")
    print(f"in the trash: {info.trashed_quotes} quotes, {info.trashed_sources} sources")
    return 0
