"""Plain immutable values the extractor returns: article metadata, proposals, matches."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.validate import fold


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the page says about itself; every field may be blank."""

    headline: str = ""
    outlet: str = ""
    url: str = ""
    published_on: date | None = None
    author: str = ""
    dateline: str = ""  # the place the story was filed from ("YEREVAN")

    def fields(self) -> dict[str, Any]:
        """The non-blank fields, named as :meth:`Library.add_article` takes them."""
        values: dict[str, Any] = {
            "headline": self.headline,
            "outlet": self.outlet,
            "url": self.url,
            "published_on": self.published_on,
            "author": self.author,
            "dateline": self.dateline,
        }
        return {key: value for key, value in values.items() if value}


SURE = 0.8  # the confidence from which a speaker needs no second look


@dataclass(frozen=True, slots=True)
class Proposal:
    """One quote the extractor proposes, with who said it as far as the text tells.

    ``text`` is the quote as printed, pieces split by an attribution joined with a
    space. ``start``/``end`` are offsets in the input (the first opening mark to the
    last closing mark); ``pieces`` are the input spans of the quoted words themselves.
    ``speaker`` is the speaker as written at the attribution ("she", "Becker", "a
    ministry spokesperson"); ``speaker_name`` is the name it resolves to ("Jonas
    Becker"), blank for a speaker the article does not name. ``age``, ``role`` and
    ``organization`` are the speaker's as the article describes them, ``description``
    the words describing them. ``kind`` is ``direct`` or ``partial`` (a quoted phrase
    inside the writer's own sentence). ``confidence`` runs from 0 to 1; at
    :data:`SURE` or above the speaker is right nineteen times in twenty on the
    evaluation sets. ``doubts`` says why the reading is less sure, as codes the
    interface words: ``no-speaker`` (nobody found), ``unnamed`` (only described: "a
    ministry spokesperson"), ``pronoun`` ("she said": the person it refers to),
    ``follow-on`` (no attribution: the speaker of the quote before), ``introduced``
    (no attribution, nobody spoke before: the person just introduced), ``lone-name``
    (one capitalised word the article never introduced: "Ofcom said" may be a body),
    ``another-name`` (a first name or a capitalised word printed right after the speaker
    read, as when a body's name before a person's was taken for part of it), ``partial``
    and ``unclosed`` (a closing mark is missing).
    """

    text: str
    start: int
    end: int
    speaker: str = ""
    speaker_name: str = ""
    age: int | None = None
    role: str = ""
    organization: str = ""
    description: str = ""
    verb: str = ""
    kind: str = "direct"
    confidence: float = 0.5
    pieces: tuple[tuple[int, int], ...] = ()
    language: str = ""
    doubts: tuple[str, ...] = ()

    @property
    def sure(self) -> bool:
        """Whether the speaker can be taken without a second look."""
        return self.confidence >= SURE

    @property
    def source_label(self) -> str:
        """The name a new source would be filed under: the name, else the description."""
        if self.speaker_name:
            return self.speaker_name
        if not self.role and self.organization:
            from .bodies import body_filed  # Russian morphology, loaded with the extractor

            body = body_filed(self.description, self.organization)
            if body:  # a body speaking: its name as a name is filed, not as printed
                return body[:1].upper() + body[1:]
            printed = re.sub(r"^the\s+|\s*\([^()]*\)$", "", self.description, flags=re.I)
            if fold(printed) == fold(self.organization):  # "The … Federation (VAB) said"
                return self.organization
        label = self.role or self.description  # never a bare "she" nobody fits
        if self.organization and not _names_in_any_case(label, self.organization):
            label = f"{label}, {self.organization}" if label else self.organization
        return label[:1].upper() + label[1:] if label else ""


def _names_in_any_case(label: str, organization: str) -> bool:
    """Whether ``label`` prints ``organization``, in any case ("Источник в администрации
    района" prints "Администрация района"): each word, less a case ending, is in it."""
    printed = label.casefold()
    return all(w[: max(3, len(w) - 2)] in printed for w in organization.casefold().split())


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article read by :func:`extract`: its metadata, plain text and proposed quotes."""

    meta: ArticleMeta
    text: str
    format: str
    proposals: tuple[Proposal, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """Which source a proposal would be filed under.

    ``source_id`` is an existing source, or None for a new one made from
    ``new_source`` (fields for :meth:`Library.add_source`). Proposals of the same new
    person share a ``new_key``. ``candidates`` lists other existing sources that
    came close, best first; ``score`` is how sure the match is (1.0: same name).
    """

    proposal: Proposal
    source_id: int | None
    new_source: dict[str, Any] = field(default_factory=dict)
    new_key: str = ""
    score: float = 0.0
    candidates: tuple[int, ...] = ()

    @property
    def is_new(self) -> bool:
        return self.source_id is None


@dataclass(frozen=True, slots=True)
class FileItem:
    """One accepted quote to file: its text and its source, existing or new.

    Give ``source_id`` for an existing source, or ``new_source`` (fields for
    :meth:`Library.add_source`, ``name`` required) for one to create; items with the
    same ``new_key`` share one new source. ``quote`` holds further quote fields
    (``said_on``, ``context``, ``ground_rule``, ``language``…) and ``tags`` its tags.
    """

    text: str
    source_id: int | None = None
    new_source: dict[str, Any] = field(default_factory=dict)
    new_key: str = ""
    quote: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
