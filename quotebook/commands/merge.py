"""``quotebook merge-sources KEEP OTHER``: two records of one person become one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from .common import describe_source, resolve_source

if TYPE_CHECKING:
    from ..core.library.library import Library
    from ..core.library.source_merge import MergePlan


COMMANDS = ("merge-sources",)  # what register() adds


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "merge-sources",
        help="merge one source into another (the same person)",
        description=(
            "Move every quote of OTHER (trashed ones too) to KEEP, fill KEEP's empty "
            "fields from OTHER, keep the stricter default ground rule (moved quotes "
            "become at least that strict), and remove OTHER. KEEP and OTHER are names "
            "or ids (#3)."
        ),
    )
    parser.add_argument("keep", metavar="KEEP", help="the source to keep")
    parser.add_argument("other", metavar="OTHER", help="the source merged into it")
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would change, change nothing"
    )
    parser.set_defaults(handler=_merge)


def _merge(args: argparse.Namespace, library: Library) -> int:
    keep = resolve_source(library, args.keep)
    other = resolve_source(library, args.other)
    plan = library.merge_plan(keep.id, other.id)
    if not args.dry_run:
        library.merge_sources(keep.id, other.id)
    print(describe(plan, done=not args.dry_run))
    return 0


def describe(plan: MergePlan, *, done: bool) -> str:
    """One line saying what the merge did (or would do)."""
    head = "merged" if done else "would merge"
    quotes = f"{plan.quotes} quote{'s' * (plan.quotes != 1)} moved"
    parts = [quotes, f"default rule {plan.rule.value}"]
    if plan.filled:
        parts.append("filled " + ", ".join(plan.filled))
    if plan.made_stricter:
        parts.append(f"{plan.made_stricter} made {plan.rule.value}")
    line = f"{head} {describe_source(plan.other)} into {describe_source(plan.keep)}: "
    return line + "; ".join(parts)
