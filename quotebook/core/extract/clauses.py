"""Quotes as candidates: which quoted spans are speech, how pieces join, who is credited.

A quoted span is left out when it is a title or a name ("The Last Ferry", «Вектор»).
Pieces of one quote split by an attribution ("…,” she said. “…") become one
candidate, as do the halves of a Russian quote split by dashes inside the marks
(«…, — говорит она. — …»). The attribution is read from the words after the quote
(", said X", ", X said", "— X", ", according to X") or before it ("X said:",
"According to X,", "X told reporters:" ending the previous paragraph). Russian speech
names its speaker after a dash, and an unattributed Russian quote counts only where it
has the shape of speech: opening its paragraph, after a colon, or after a sentence
with a speech verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .bodies import possessor, russian_body
from .marks import Unit
from .mention import Mention
from .phrases import subject_after, subject_before
from .speech import find_verbs, sentence_end, sentence_start

_INNER_SPLIT = re.compile(r"([,.!?…])\s+[—–]\s+([^—–«»\"“”]{2,160}?)([,.:])\s+[—–]\s+(?=\S)")
_NO_JOIN = re.compile(
    r"\b(?:adding|while|whereas|что|добавив)\b|\b(?:said|says|told|added|explained) that\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    mention: Mention
    verb: str
    how: str  # "after", "before", "inner", "dash"


@dataclass(frozen=True)
class Candidate:
    """A quote in the making: its pieces (inner spans), marks span and paragraphs."""

    pieces: tuple[tuple[int, int], ...]
    start: int
    end: int
    first_paragraph: int
    last_paragraph: int
    closed: bool = True
    attribution: Attribution | None = None
    kind: str = "direct"
    joined: bool = False
    extras: dict[str, str] = field(default_factory=dict)

    def text(self, work: str) -> str:
        return " ".join(work[a:b].strip() for a, b in self.pieces if work[a:b].strip())


def from_unit(unit: Unit) -> Candidate:
    pieces = tuple(segment.inner for segment in unit.segments)
    return Candidate(
        pieces, unit.start, unit.end, unit.first_paragraph, unit.last_paragraph, unit.closed
    )


# -- what is not speech --------------------------------------------------------------


def is_title_or_name(work: str, candidate: Candidate, paragraph_start: int) -> bool:
    """Whether a quoted span is a title, a name or a single term rather than speech."""
    inner = candidate.text(work)
    words = re.findall(r"[^\W\d_][\w'’-]*", inner)
    if not words:
        return True
    before = work[max(paragraph_start, candidate.start - 40) : candidate.start].lower().split()
    cue = bool(before) and before[-1].strip(",:") in lx.TITLE_CUES
    cue = cue or (len(before) > 1 and before[-2].strip(",") in lx.TITLE_CUES)
    if before and before[-1] in ("so-called", "так", "т.н.", "называемый", "называемая"):
        return True
    if is_russian_text(inner) and _inside_sentence(work, candidate, paragraph_start):
        short = len(words) <= 3 and words[0][0].isupper()
        if short and not inner.rstrip().endswith((".", "!", "?", "…", ",")):
            return True  # "рассказал «Ведомостям»", "центр «Мемориал»": a name in a sentence
    content = [word for word in words[1:] if word.lower() not in _SMALL_WORDS]
    title_case = words[0][0].isupper() and all(word[0].isupper() for word in content)
    if not title_case or len(words) > 8:
        return False
    if len(words) == 1:
        return cue
    sentence = inner.rstrip().endswith((".", "!", "?", "…"))
    return bool(content) and (cue or not sentence)


def _inside_sentence(work: str, candidate: Candidate, paragraph_start: int) -> bool:
    """Whether words of the writer's sentence stand right before the quote (not a colon)."""
    before = work[paragraph_start : candidate.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in '»"”')


_SMALL_WORDS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "in",
        "on",
        "for",
        "to",
        "at",
        "by",
        "with",
        "or",
        "from",
        "и",
        "в",
        "на",
        "по",
        "из",
    ]
)


def is_speech_shaped(
    work: str, candidate: Candidate, paragraphs: tuple[tuple[int, int], ...]
) -> bool:
    """Whether a Russian quote looks like speech: attributed, or opening its paragraph or
    a colon's introduction. «Медуза» or «Россия зовет!» inside a sentence names a thing."""
    if candidate.attribution is not None or not is_russian_text(candidate.text(work)):
        return True
    before = work[paragraphs[candidate.first_paragraph][0] : candidate.start].rstrip()
    if not before or before.endswith((":", "—", "–")):
        return True
    last = before[sentence_start(before, 0, len(before)) :]  # "…, считает она. «…»"
    return before.endswith((".", "!", "?", "…")) and bool(find_verbs(last, naming=False))


def is_russian_text(text: str) -> bool:
    return len(re.findall("[а-яё]", text.lower())) > len(text) // 3


# -- joining the pieces of one quote ------------------------------------------------------


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


# -- attribution ------------------------------------------------------------------


def attribute_after(text: str, base: int) -> tuple[Mention, str] | None:
    """The speaker named in the words that follow a quote, and the verb."""
    lead = re.match(r"^[\s,.]*(?:([—–-])\s*)?", text)
    offset = lead.end() if lead else 0
    dash = bool(lead and lead.group(1))
    body = text[offset : offset + sentence_end(text, offset, len(text)) - offset]
    verbs = find_verbs(body)
    if verbs:
        verb = verbs[0]
        left = body[: verb.start]
        if len(left.split()) > 25:
            return None
        if not left.strip(" ,") or verb.inverts:
            mention = subject_after(body[verb.end :], base + offset + verb.end)
        else:
            mention = subject_before(left, base + offset)
        return (mention, verb.word) if mention is not None else None
    if dash:
        mention = subject_after(body, base + offset)
        if mention is not None and (mention.name or mention.descriptions):
            return mention, ""
    return None


def attribute_before(text: str, base: int, *, naming: bool) -> tuple[Mention, str] | None:
    """The speaker named in the words before a quote ("X said:", "According to X,")."""
    verbs = find_verbs(text, naming=naming)
    inverting = [verb for verb in verbs if verb.inverts]
    outside = [verb for verb in verbs if not _in_relative_clause(text, verb.start)]
    if not verbs:
        return None
    verb = inverting[-1] if inverting else (outside or verbs)[-1]
    if verb.inverts:
        owner = possessor(text[verb.start : verb.end], base + verb.start)
        mention = owner or subject_after(text[verb.end :], base + verb.end)
        return (mention, verb.word) if mention is not None else None
    left = text[: verb.start]
    if verb.word.endswith("ing") and left.rstrip().endswith(","):
        # "Karamanlis resigned…, saying he took “…”": the sentence's subject speaks.
        leading = subject_after(left, base)
        if leading is not None and (leading.name or leading.pronoun):
            return leading, verb.word
    mention = subject_before(left, base) if left.strip() else None
    mention = mention or russian_body(left.split(), base)  # "В МИД России назвали…"
    if mention is None and left.strip().lower() in ("", "как", "as", "so", "and", "but"):
        mention = subject_after(text[verb.end :], base + verb.end)
    return (mention, verb.word) if mention is not None else None


def _in_relative_clause(text: str, position: int) -> bool:
    """Whether the word at ``position`` sits in a "who…"/"который…" clause of its chunk."""
    chunk_start = max(text.rfind(",", 0, position), text.rfind("—", 0, position)) + 1
    words = text[chunk_start:position].lower().split()
    return bool(words) and words[0] in lx.RELATIVE_STARTS


def clause_before(
    work: str, candidate: Candidate, lower: int, paragraphs: tuple[tuple[int, int], ...]
) -> tuple[str, int]:
    """The words of the quote's sentence before it, or the previous paragraph's colon intro."""
    start = sentence_start(work, lower, candidate.start)
    text = work[start : candidate.start]
    if text.strip() or candidate.first_paragraph == 0:
        return text, start
    previous_start, previous_end = paragraphs[candidate.first_paragraph - 1]
    previous = work[previous_start:previous_end].rstrip()
    if previous.endswith(":"):
        start = sentence_start(work, previous_start, previous_start + len(previous) - 1)
        return work[start : previous_start + len(previous)], start
    return "", candidate.start


def clause_after(work: str, candidate: Candidate, upper: int) -> str:
    """The words after the quote up to its sentence's end (or the next quote)."""
    return work[candidate.end : sentence_end(work, candidate.end, upper)]


def is_partial(work: str, candidate: Candidate, paragraph_start: int) -> bool:
    """A quoted phrase inside the writer's own sentence ("called it “a disgrace”")."""
    index = candidate.start - 1
    while index >= paragraph_start and work[index].isspace():
        index -= 1
    if index < paragraph_start or not (work[index].isalnum() or work[index] in ")’'"):
        return False
    inner = candidate.text(work).lstrip("'‘\"“ ")
    return bool(inner) and (inner[0].islower() or inner[0].isdigit())


def after_may_attribute(work: str, candidate: Candidate, after: str) -> bool:
    """Whether the words after a quote may name its speaker (", she said", "— X")."""
    stripped = after.lstrip()
    if not stripped:
        return False
    inner = candidate.text(work).rstrip()
    if stripped[0] in ",—–-" or stripped[0].islower():
        return True
    if inner.endswith((",", "?", "!", "…", "—", "-")):
        return True
    return len(after.split()) <= 6
