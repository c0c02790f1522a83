"""What an editor sheet left out or redacted and why, as lines for its "About" part."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..domain.values import GroundRule

if TYPE_CHECKING:
    from .options import ExportOptions


def described(options: ExportOptions) -> str:
    """Which quotes a sheet holds: ``ids``, else those matching ``query``, else all."""
    if options.ids is not None:
        count = len(dict.fromkeys(options.ids))
        return f"{count} selected quote{'s' * (count != 1)}"
    if options.query is not None:
        return f"the quotes matching the search {options.query}"
    return "the whole library"


def exported_at() -> str:
    """The time of an export, in UTC to the minute."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _quotes(count: int) -> str:
    return f"{count} quote{'s' * (count != 1)}"


def about_lines(
    options: ExportOptions, rows: int, by_rule: dict[GroundRule, int], off_record_left_out: int
) -> list[tuple[str, str]]:
    """(label, sentence) pairs: scope, time, and what the redaction did under each rule."""
    lines = [
        ("Quotes", described(options)),
        ("Exported", exported_at()),
        ("Written", _quotes(rows)),
    ]
    if options.unredacted:
        lines.append(
            (
                "Unredacted",
                "Every source is named with their details whatever the ground rule: "
                "for the reporter's own use, or an editor who must know who a source is.",
            )
        )
    else:
        lines += _redaction_lines(by_rule)
    if off_record_left_out:
        lines.append(
            (
                "Off the record",
                f"{_quotes(off_record_left_out)} given off the record left out: "
                "their words may not be used.",
            )
        )
    elif options.include_off_record:
        count = by_rule.get(GroundRule.OFF_RECORD, 0)
        lines.append(("Off the record", f"{_quotes(count)} given off the record included."))
    lines.append(("Never written", "Sources' real names and contacts are never exported."))
    return lines


def _redaction_lines(by_rule: dict[GroundRule, int]) -> list[tuple[str, str]]:
    lines = []
    if count := by_rule.get(GroundRule.BACKGROUND, 0):
        lines.append(
            (
                "Background",
                f"{_quotes(count)} on background: attributed by the source's description "
                "only; name, age, role and organisation left out.",
            )
        )
    if count := by_rule.get(GroundRule.DEEP_BACKGROUND, 0):
        lines.append(
            (
                "Deep background",
                f"{_quotes(count)} on deep background: no attribution and no detail of the source.",
            )
        )
    return lines
