"""Russian speech printed with dashes instead of quotation marks.

Interviews and features print speech as dialogue lines, a paragraph opening with a
dash ("— Мы ничего не успели вынести, — говорит Магомед. — Документы…"), and street
polls as a label and a line ("Марина Котова, пенсионерка:" then "— Я езжу…", or
both in one paragraph). A line whose words after a dash name the speaker gives the
line that speaker; a label does the same; a short question between two lines is
the reporter's and is left out, and an unattributed line answers for the speaker
of the line before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import BETWEEN_DASHES, Attribution, Candidate, attribute_after, attribute_before
from .labels import label_mention
from .mention import Mention
from .morph import is_russian
from .speech import find_verbs, sentence_start

_DASHES = "—–"
_LINE = re.compile(r"\s*[—–]\s+(?=\S)")
_LABEL_LINE = re.compile(r"^([^—–\"“”:]{3,160}):\s*[—–]\s+(?=\S)")
_TAIL = re.compile(rf"([,.!?…])\s+[—–]\s+({BETWEEN_DASHES})[.!?…]?\s*$")
_QUESTION_WORDS = 14


def dialogue(work: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Candidate]:
    """A candidate for every Russian dialogue line and labelled poll answer."""
    found: list[Candidate] = []
    previous: Candidate | None = None
    for number in range(len(paragraphs)):
        candidate = _line(work, paragraphs, number)
        if candidate is None:
            previous = None
            continue
        answered = previous is not None or _line(work, paragraphs, number + 1) is not None
        if candidate.attribution is None and answered and _is_question(work, candidate):
            continue  # the reporter asks; the next line answers
        if candidate.attribution is None and previous is not None:
            candidate = Candidate(
                candidate.pieces,
                candidate.start,
                candidate.end,
                number,
                number,
                attribution=previous.attribution,
                extras={"follows": "line"},
            )
        found += _at_narration(work, candidate)
        previous = candidate if candidate.attribution is not None else None
    return found


# The writer's own sentence between two pieces: "(62). Ее дом стоит рядом. —"
_NARRATION = re.compile(r"[.!?…]\s+[А-ЯЁ][а-яё]+\s+[а-яё]")


def _at_narration(work: str, candidate: Candidate) -> list[Candidate]:
    """ "— …, — говорит она. Ее дом стоит рядом. — …": where the writer says something of
    their own between the pieces, each piece is a quote of its own, by the same speaker."""
    if len(candidate.pieces) != 2:
        return [candidate]
    (first_start, first_end), (second_start, second_end) = candidate.pieces
    if not _NARRATION.search(work, first_end, second_start):
        return [candidate]
    dash = max(work.rfind("—", 0, second_start), work.rfind("–", 0, second_start))
    return [
        replace(candidate, pieces=((first_start, first_end),), end=first_end),
        replace(candidate, pieces=((second_start, second_end),), start=dash),
    ]


# A dash line inside a paragraph: after a colon ("Песков ответил: — …") or after the end
# of the writer's sentence ("…в марте. — Было тяжело, — вспоминает она.").
_INLINE = re.compile(r"(?<=[:.!?…])\s+[—–]\s+(?=\S)")


def inline_lines(
    work: str, paragraphs: tuple[tuple[int, int], ...], taken: set[int]
) -> list[Candidate]:
    """Dash lines that start inside a paragraph of the writer's prose (not in ``taken``).

    After a colon the words before it name the speaker; after a full stop the line
    counts only when a dash after it brings in its speaker ("— говорит она"): a dash
    in prose is otherwise no speech.
    """
    found: list[Candidate] = []
    for number, (start, end) in enumerate(paragraphs):
        if number in taken or not is_russian(work[start:end].lstrip(" " + _DASHES)[:1] or "a"):
            continue
        for match in _INLINE.finditer(work, start, end):
            candidate = _inline_line(work, start, end, number, match)
            if candidate is not None:
                found.append(candidate)
                break  # the line runs to the paragraph's end
    return found


def _inline_line(
    work: str, start: int, end: int, number: int, match: re.Match[str]
) -> Candidate | None:
    intro, verb = None, ""
    if work[match.start() - 1] == ":":
        before = work[sentence_start(work, start, match.start() - 1) : match.start() - 1]
        said = attribute_before(before, match.start() - 1 - len(before), naming=False)
        intro = (
            said[0] if said is not None else label_mention(before, match.start() - 1 - len(before))
        )
        verb = said[1] if said is not None else ""
        if intro is None:
            return None
    candidate = _with_tail(work, match.end(), end, number, intro, verb)
    if candidate.attribution is None:
        return None
    return candidate


def _line(work: str, paragraphs: tuple[tuple[int, int], ...], number: int) -> Candidate | None:
    if number >= len(paragraphs):
        return None
    start, end = paragraphs[number]
    text = work[start:end]
    if not is_russian(text.lstrip(" " + _DASHES)[:1] or "a"):
        return None
    label_line = _LABEL_LINE.match(text)
    if label_line and label_mention(label_line.group(1), start) is not None:
        body = start + label_line.end()
        mention = label_mention(label_line.group(1), start)
        return _with_tail(work, body, end, number, mention)
    line = _LINE.match(text)
    if line is None:
        return None
    mention = None
    if number > 0:
        before_start, before_end = paragraphs[number - 1]
        previous = work[before_start:before_end].rstrip()
        if previous.endswith(":") and not find_verbs(previous):
            mention = label_mention(previous[:-1], before_start)
    return _with_tail(work, start + line.end(), end, number, mention)


def _with_tail(
    work: str, body: int, end: int, number: int, label: Mention | None, verb: str = ""
) -> Candidate:
    """The line from ``body`` to ``end``, cut where a dash brings in its speaker."""
    text = work[body:end].rstrip()
    stop = body + len(text)
    attribution = Attribution(label, verb, "label") if label is not None else None
    pieces: tuple[tuple[int, int], ...] = ((body, stop),)
    inner = _inner_split(work, body, stop)
    extras: dict[str, str] = {}
    prose = _prose_after(work, body, stop) if inner is None else None
    if inner is not None:
        pieces, found = inner
        attribution = attribution or found
    elif prose is not None:  # "— …? — возмущается он. По словам …": the writer goes on
        pieces, extras["prose"] = ((body, prose[0]),), str(prose[2])
        attribution = attribution or prose[1]
    else:
        tail = _TAIL.search(text)
        said = attribute_after(tail.group(2), body + tail.start(2)) if tail else None
        if tail and said is not None and find_verbs(tail.group(2)):
            pieces = ((body, body + tail.start(1) + 1),)
            attribution = attribution or Attribution(said[0], said[1], "dash")
    dash = max(work.rfind("—", 0, body), work.rfind("–", 0, body))
    return Candidate(
        pieces, dash, pieces[-1][1], number, number, attribution=attribution, extras=extras
    )


# A dash bringing in the speaker, then the writer's own sentence: "…? — возмущается он. По"
_TAIL_THEN_PROSE = re.compile(rf"([,.!?…])\s+[—–]\s+({BETWEEN_DASHES})[.!?…]\s+(?=[А-ЯЁ])")


def _prose_after(work: str, body: int, stop: int) -> tuple[int, Attribution, int] | None:
    """Where a line ends when a dash brings in its speaker and the writer's sentences
    follow in the same paragraph: the line's end, the attribution and where the prose
    starts (its quotes are the writer's to attribute)."""
    for match in _TAIL_THEN_PROSE.finditer(work, body, stop):
        middle = match.group(2)
        said = attribute_after(middle, match.start(2)) if find_verbs(middle) else None
        if said is not None:
            return match.start(1) + 1, Attribution(said[0], said[1], "dash"), match.end()
    return None


def _inner_split(
    work: str, body: int, stop: int
) -> tuple[tuple[tuple[int, int], ...], Attribution] | None:
    """ "…, — говорит она. — …": two pieces and the speaker between them."""
    pattern = re.compile(rf"([,.!?…])\s+[—–]\s+({BETWEEN_DASHES})([,.:])\s+[—–]\s+(?=\S)")
    for match in pattern.finditer(work, body, stop):
        middle = match.group(2)
        said = attribute_after(middle, match.start(2)) if find_verbs(middle) else None
        if said is not None:
            pieces = ((body, match.start(1) + 1), (match.end(), stop))
            return pieces, Attribution(said[0], said[1], "inner")
    return None


def _is_question(work: str, candidate: Candidate) -> bool:
    text = candidate.text(work).rstrip()
    return text.endswith("?") and len(text.split()) <= _QUESTION_WORDS
