"""``quotebook searches``, ``save-search`` and ``delete-search``: searches kept by name.

A saved search runs anywhere a query is taken as ``@NAME``: ``quotebook search
@drafts``, ``quotebook export @drafts``. The app lists the same searches in its
navigator; they are kept in the library file.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import TYPE_CHECKING, Any

from ..core import NotFoundError
from .common import CommandError

if TYPE_CHECKING:
    from ..core.library.library import Library
    from ..core.library.reader import SavedSearchReads


COMMANDS = ("searches", "save-search", "delete-search")  # what register() adds


def register(commands: Any) -> None:
    listed = commands.add_parser(
        "searches",
        help="list saved searches with their counts",
        description="List the saved searches, in the app's order: count, name and query.",
    )
    listed.set_defaults(handler=_searches, reads_only=True, reader="search")
    save = commands.add_parser(
        "save-search",
        help="save a search under a name",
        description="Keep QUERY under NAME; run it later as @NAME (search, export).",
    )
    save.add_argument("name", metavar="NAME")
    save.add_argument("query", metavar="QUERY")
    save.set_defaults(handler=_save)
    delete = commands.add_parser(
        "delete-search",
        help="forget a saved search",
        description="Forget the saved search NAME (no quote is touched).",
    )
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(handler=_delete)


def _searches(args: argparse.Namespace, library: SavedSearchReads) -> int:
    found = library.saved_searches()
    if not found:
        print(
            "no saved searches yet (save one with: quotebook save-search NAME QUERY)",
            file=sys.stderr,
        )
        return 0
    counts = [f"{s.quote_count:,}{'+' if s.capped else ''}" for s in found]
    width = max(len(count) for count in counts)
    name_width = max(len(s.name) for s in found)
    for count, each in zip(counts, found, strict=True):
        print(f"{count:>{width}}  {each.name:<{name_width}}  {each.query}".rstrip())
    return 0


def _save(args: argparse.Namespace, library: Library) -> int:
    name = args.name.lstrip("@")
    if not name.strip():
        raise CommandError("a saved search needs a name")
    library.save_search(name, args.query)
    print(f"saved search {name!r}: quotebook search {shlex.quote('@' + name)}")
    return 0


def _delete(args: argparse.Namespace, library: Library) -> int:
    name = args.name.lstrip("@")
    try:
        found = library.saved_search(name)
    except NotFoundError:
        raise CommandError(f"no saved search named {name!r}") from None
    library.delete_saved_search(found.id)
    print(f"deleted saved search {found.name!r}")
    return 0
