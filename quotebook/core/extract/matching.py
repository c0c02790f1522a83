"""Which existing source each proposed speaker is, or the new source to make.

A speaker matches a source with the same name ignoring case, Unicode form and
accents (:func:`quotebook.core.domain.validate.fold`); failing that, a close spelling
(difflib) or a surname alone, with the organisation deciding between namesakes
and confirming a loose match. Unnamed speakers ("a ministry spokesperson") match a
source printed under the same description. Everything else is proposed as a new
source with the fields the article gave.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from ..domain.validate import fold
from ..domain.values import Source
from .model import Match, Proposal

CLOSE = 0.85  # difflib ratio from which two folded names may be one person
SURE = 0.92  # ... and from which they are, whatever the organisation says


def match_sources(proposals: Sequence[Proposal], sources: Sequence[Source]) -> list[Match]:
    """A :class:`Match` for each proposal, in order (``sources``: ``library.list_sources()``)."""
    by_name: dict[str, list[Source]] = {}
    for source in sources:
        by_name.setdefault(fold(source.name.strip()), []).append(source)
        if source.described_as:
            by_name.setdefault(fold(source.described_as.strip()), []).append(source)
    return [_match(proposal, by_name) for proposal in proposals]


def new_source_fields(proposal: Proposal) -> dict[str, Any]:
    """Fields for :meth:`Library.add_source` from what the article says about the speaker."""
    fields: dict[str, Any] = {"name": proposal.source_label}
    if proposal.age is not None:
        fields["age"] = proposal.age
    if proposal.role:
        fields["role"] = proposal.role
    if proposal.organization:
        fields["organization"] = proposal.organization
    if not proposal.speaker_name and proposal.description:
        fields["described_as"] = proposal.description
    return fields


def _key(proposal: Proposal) -> str:
    return fold(f"{proposal.source_label}|{proposal.organization}")


def _match(proposal: Proposal, by_name: dict[str, list[Source]]) -> Match:
    label = proposal.source_label
    if not label:
        return Match(proposal, None)
    key = fold(label.strip())
    organization = fold(proposal.organization)
    exact = by_name.get(key, [])
    if exact:
        ranked = sorted(exact, key=lambda s: (fold(s.organization) != organization, s.id))
        others = tuple(s.id for s in ranked[1:])
        return Match(proposal, ranked[0].id, score=1.0, candidates=others)
    scored = _close(key, organization, by_name, bool(proposal.speaker_name))
    fields = new_source_fields(proposal)
    if scored and (scored[0][0] >= SURE or (scored[0][0] >= CLOSE and scored[0][2])):
        best = scored[0]
        others = tuple(s.id for _, s, _ in scored[1:])
        return Match(proposal, best[1].id, score=round(best[0], 2), candidates=others)
    candidates = tuple(s.id for _, s, _ in scored)
    return Match(proposal, None, fields, _key(proposal), 0.0, candidates)


def _close(
    key: str, organization: str, by_name: dict[str, list[Source]], named: bool
) -> list[tuple[float, Source, bool]]:
    """Sources whose names come close, best first: (score, source, same organisation)."""
    found: dict[int, tuple[float, Source, bool]] = {}
    for name in difflib.get_close_matches(key, list(by_name), n=6, cutoff=CLOSE - 0.1):
        ratio = difflib.SequenceMatcher(None, key, name).ratio()
        for source in by_name[name]:
            same = bool(organization) and fold(source.organization) == organization
            found[source.id] = (ratio, source, same)
    words = key.split()
    if named and len(words) == 1:  # a surname or first name alone: only with the organisation
        for name, sources in by_name.items():
            if words[0] in name.split():
                for source in sources:
                    same = bool(organization) and fold(source.organization) == organization
                    score = CLOSE if same else CLOSE - 0.1
                    found.setdefault(source.id, (score, source, same))
    return sorted(found.values(), key=lambda item: (-item[0], not item[2], item[1].id))
