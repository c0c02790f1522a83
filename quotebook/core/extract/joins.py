"""The pieces of one quote made one candidate: pieces split by an attribution
("…,” she said. “…") and the halves of a Russian quote split by dashes inside its marks
(«…, — говорит она. — …»)."""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import BETWEEN_DASHES, Attribution, Candidate, attribute_after
from .speech import find_verbs, sentence_end

_INNER_SPLIT = re.compile(rf"([,.!?…])\s+[—–]\s+({BETWEEN_DASHES})([,.:])\s+[—–]\s+(?=\S)")


_NO_JOIN = re.compile(
    r"\b(?:adding|while|whereas|что|добавив)\b|\b(?:said|says|told|added|explained) that\b",
    re.IGNORECASE,
)


def split_inside(work: str, candidate: Candidate) -> Candidate:
    """A quote whose attribution sits inside its marks between dashes, cut in two pieces."""
    if len(candidate.pieces) != 1:
        return candidate
    start, end = candidate.pieces[0]
    inner = work[start:end]
    for match in _INNER_SPLIT.finditer(inner):
        middle = match.group(2)
        verbs = find_verbs(middle)
        if not verbs:
            continue
        mention = attribute_after(middle, start + match.start(2))
        if mention is None:
            continue
        first = (start, start + match.start(1) + 1)
        second = (start + match.end(), end)
        attribution = Attribution(mention[0], mention[1], "inner")
        return replace(candidate, pieces=(first, second), attribution=attribution, joined=True)
    return candidate


def join_split(
    work: str, first: Candidate, second: Candidate, after_second: str
) -> Candidate | None:
    """One candidate from two pieces split by an attribution, or None when they are two quotes."""
    if first.last_paragraph != second.first_paragraph or first.attribution is not None:
        return None
    between = work[first.end : second.start]
    if between.rstrip()[-1:].isalnum():
        return None  # "— сообщили в пресс-службе «Яндекса»": a name, not more of the quote
    inner_end = work[first.pieces[-1][0] : first.pieces[-1][1]].rstrip(" '’\"”»")
    if not (inner_end.endswith((",", "?", "!", "…", "—")) or between.lstrip().startswith(",")):
        return None
    if len(between.split()) > 30 or _NO_JOIN.search(between):
        return None
    if sentence_end(between, 0, len(between)) < len(between.rstrip()):
        return None
    found = attribute_after(between, first.end)
    if found is None or _has_own_attribution(after_second):
        return None
    attribution = Attribution(found[0], found[1], "after")
    return replace(
        first,
        pieces=first.pieces + second.pieces,
        end=second.end,
        last_paragraph=second.last_paragraph,
        closed=second.closed,
        attribution=attribution,
        joined=True,
    )


def _has_own_attribution(after: str) -> bool:
    stripped = after.lstrip()
    if not stripped.startswith((",", "—", "–")) and not stripped[:1].islower():
        return False
    return bool(find_verbs(after[: sentence_end(after, 0, len(after))]))
