"""A quote as a reporter pastes it into a draft, in a house style, attributed as its
ground rule allows.

Styles: English news (“…,” said X.), AP/Reuters (“…,” X said.), Russian («…», —
сказал X.) and plain (… — X). The words lose the quotation marks they came in and
a trailing comma, semicolon or colon, so a quote taken from an article ("…a long
time,") is joined to its attribution with one comma, never two. A question or an
exclamation keeps its mark (“Why?” said Sasha.), a full stop becomes the comma.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .attribution import _FULL_STOPS, _KEEP_END, _quoted_words, attribution, describe
from .errors import ValidationError
from .values import GroundRule, Source

_TRAILING = ",;:،؛、，；："  # marks dropped before the style's own comma


class CiteStyle(StrEnum):
    ENGLISH = "english"
    WIRE = "wire"  # AP and Reuters: "X said"
    RUSSIAN = "russian"
    PLAIN = "plain"


@dataclass(frozen=True, slots=True)
class CiteOptions:
    style: CiteStyle = CiteStyle.ENGLISH
    name_changed: bool = True  # "(name changed)" after a pseudonym printed on the record
    outlet: str = ""  # added with the date at the end when given
    said_on: date | None = None


_NAME_CHANGED = {CiteStyle.RUSSIAN: "(имя изменено)"}


def _who(source: Source, rule: GroundRule, options: CiteOptions) -> str:
    """Who said it, as the rule allows ("" on deep background)."""
    if rule is GroundRule.BACKGROUND:
        return describe(source) or "a source"
    if rule is not GroundRule.ON_RECORD:
        return ""
    who = attribution(source, rule).rstrip(".")
    if source.is_pseudonym and options.name_changed:
        mark = _NAME_CHANGED.get(options.style, "(name changed)")
        who = f"{source.name} {mark}{who[len(source.name) :]}"
    return who


def _split_end(words: str) -> tuple[str, str]:
    """The words without their closing mark, and the mark the quote keeps ("" for none)."""
    words = words.rstrip(_TRAILING).rstrip()
    if words.endswith("..."):
        return words[:-3], "..."
    if words and words[-1] in _KEEP_END:
        return words[:-1], words[-1]
    if words and words[-1] in _FULL_STOPS:
        return words[:-1], ""
    return words, ""


def _source_note(options: CiteOptions) -> str:
    parts = [options.outlet.strip(), options.said_on.isoformat() if options.said_on else ""]
    shown = ", ".join(part for part in parts if part)
    return f" ({shown})" if shown else ""


def cite(text: str, source: Source, rule: GroundRule, options: CiteOptions | None = None) -> str:
    """The quote and who said it in ``options.style``; off the record is refused with a
    :class:`ValidationError` on ``ground_rule``, since the words may not be used."""
    options = options or CiteOptions()
    if rule is GroundRule.OFF_RECORD:
        raise ValidationError("ground_rule", "the quote is off the record and may not be used")
    words = _quoted_words(text)
    body, end = _split_end(words)
    if not body.strip():
        raise ValidationError("text", "must not be empty")
    who, note, style = _who(source, rule, options), _source_note(options), options.style
    if style is CiteStyle.RUSSIAN:
        body = body.replace("‘", "„").replace("’", "“")
        quoted = f"«{body}{end}»"
        return f"{quoted}{'' if end else ','} — сказал {who}.{note}" if who else quoted + note
    if style is CiteStyle.PLAIN:
        return f"{body}{end} — {who}{note}" if who else f"{body}{end}{note}"
    if not who:
        return f"“{body}{end or '.'}”{note}"
    quoted = f"“{body}{end or ','}”"
    if style is CiteStyle.WIRE:
        return f"{quoted} {who} said.{note}" if "," not in who else f"{quoted} {who}, said.{note}"
    return f"{quoted} said {who}.{note}"
