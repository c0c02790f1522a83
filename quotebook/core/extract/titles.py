"""Quoted spans that are not speech: a title, a name or a term ("The Last Ferry",
«Вектор», "so-called"), and a Russian quote without the shape of speech («Медуза» or
«Россия зовет!» inside the writer's sentence)."""

from __future__ import annotations

import re

from . import lexicon as lx
from .clauses import Candidate
from .speech import find_verbs, sentence_start


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
    if _named_as(before) and len(words) <= 8 and not inner.rstrip().endswith((".", "!", "?")):
        return True  # 'known locally as "the Canal"', 'has been dubbed "the …" by reviewers'
    if before and before[-1] in ("the", "a", "an") and _term(inner, words):
        # 'some of the "forever chemicals" that …' is a term; 'called it a "disgrace"', 'told
        # investors on a call that the firm expected a "sharp but temporary" drop' is what
        # someone said: a verb of speech anywhere in the sentence before it says so
        opening = sentence_start(work, paragraph_start, candidate.start)
        return not find_verbs(work[opening : candidate.start])
    if is_russian_text(inner) and _inside_sentence(work, candidate, paragraph_start):
        short = len(words) <= 3 and words[0][0].isupper()
        if short and not inner.rstrip().endswith((".", "!", "?", "…", ",")):
            return True  # "рассказал «Ведомостям»", "центр «Мемориал»": a name in a sentence
        if _after_initials(work, candidate, paragraph_start) and len(words) <= 12:
            return True  # "главный врач ГБУЗ «Томский областной диспансер»": the body's name
    content = [word for word in words[1:] if word.lower() not in _SMALL_WORDS]
    title_case = words[0][0].isupper() and all(word[0].isupper() for word in content)
    if not title_case or len(words) > 8:
        return False
    if len(words) == 1:
        return cue
    sentence = inner.rstrip().endswith((".", "!", "?", "…"))
    return bool(content) and (cue or not sentence)


def _named_as(before: list[str]) -> bool:
    """Whether the words before a quote give a name, which nobody says: "known (locally)
    as", "nicknamed", "was dubbed" (in the passive: no speaker is at hand)."""
    if not before:
        return False
    last = before[-1]
    if last == "as" and "known" in before[-3:-1]:
        return True
    passive = len(before) > 1 and before[-2] in ("been", "was", "were", "is", "are", "being")
    return last == "nicknamed" or (passive and last in ("dubbed", "called", "termed", "labelled"))


def _term(inner: str, words: list[str]) -> bool:
    """A phrase of up to three lower-case words without a mark ending a clause."""
    return len(words) <= 3 and inner.islower() and not inner.rstrip().endswith(tuple(".,!?…;:"))


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
    after = work[candidate.end : paragraphs[candidate.last_paragraph][1]]
    dash = re.match(r"[\s,.!?…]*[—–]\s*(\S+)", after)
    if dash and find_verbs(dash.group(1)):
        return True  # "«…», — отметил в беседе …": a speech verb after a dash, speaker unread
    before = work[paragraphs[candidate.first_paragraph][0] : candidate.start].rstrip()
    if not before or before.endswith((":", "—", "–")):
        return True
    last = before[sentence_start(before, 0, len(before)) :]  # "…, считает она. «…»"
    inner = candidate.text(work).strip()
    if inner[:1].islower() and len(inner.split()) > 3 and find_verbs(last, naming=False):
        return True  # "поручил мэрии «открыть пункты обогрева до пятницы»": a partial quote
    return before.endswith((".", "!", "?", "…")) and bool(find_verbs(last, naming=False))


def is_russian_text(text: str) -> bool:
    return len(re.findall("[а-яё]", text.lower())) > len(text) // 3


def _after_initials(work: str, candidate: Candidate, paragraph_start: int) -> bool:
    """Whether the quote follows a Russian body's initials ("ГБУЗ", "ООО", "АНО"), which
    a body's name in guillemets follows however long it is."""
    inner = candidate.text(work).rstrip()
    if inner.endswith((".", "!", "?", "…", ",")):
        return False
    before = work[max(paragraph_start, candidate.start - 12) : candidate.start].split()
    last = before[-1] if before else ""
    return 1 < len(last) <= 6 and last.isupper() and bool(re.fullmatch("[А-ЯЁ]+", last))
