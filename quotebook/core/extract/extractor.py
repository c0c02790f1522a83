"""From an article's text to proposed quotes with their speakers: :func:`extract`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from . import clauses as cl
from . import joins, titles
from .clauses import Attribution, Candidate
from .dialogue import dialogue, inline_lines
from .document import detect_format
from .events import Event
from .marks import scan
from .model import Extraction
from .narrative import read_sentence, sentences
from .proposals import propose
from .reading import read_document
from .resolve import resolve
from .speech import sentence_end, sentence_start


def extract(text: str, *, fmt: str = "auto") -> Extraction:
    """Read an article and propose its quotes.

    ``fmt`` is ``text``, ``markdown``, ``html`` or ``auto`` (guessed from the text).
    Offsets in the proposals refer to ``text`` as given. Runs offline in well under a
    second for a long article; nothing is written anywhere.
    """
    used = detect_format(text) if fmt == "auto" else fmt
    document = read_document(text, used)
    work, paragraphs = document.text, document.paragraphs
    candidates = _candidates(work, paragraphs)
    events = _narrative_events(work, paragraphs, candidates)
    speakers = resolve(work, paragraphs, candidates, events)
    proposals = [
        proposal
        for candidate, speaker in zip(candidates, speakers, strict=True)
        if (proposal := propose(document, candidate, speaker)) is not None
    ]
    return Extraction(document.meta, work, used, tuple(proposals))


# -- candidates ---------------------------------------------------------------------


def _candidates(work: str, paragraphs: tuple[tuple[int, int], ...]) -> list[Candidate]:
    lines = dialogue(work, paragraphs)
    taken = {line.first_paragraph for line in lines}
    # "— …, — возмущается он. По словам Орлова, рыбаки «…»": the prose after a line
    prose = {
        line.first_paragraph: int(line.extras["prose"]) for line in lines if "prose" in line.extras
    }
    inline = inline_lines(work, paragraphs, taken)
    found = [
        cl.from_unit(u)
        for u in scan(work, paragraphs)
        if (u.first_paragraph not in taken or u.start >= prose.get(u.first_paragraph, len(work)))
        and not any(i.start <= u.start < i.end for i in inline)
    ]
    found = [
        c for c in found if not titles.is_title_or_name(work, c, paragraphs[c.first_paragraph][0])
    ]
    found = [joins.split_inside(work, c) for c in found]
    joined = _joined(work, found, paragraphs)
    joined = sorted(joined + lines + inline, key=lambda candidate: candidate.start)
    attributed = _shared(
        work, [_attributed(work, joined, i, paragraphs) for i in range(len(joined))]
    )
    shaped = [c for c in attributed if titles.is_speech_shaped(work, c, paragraphs)]
    return [c for c in shaped if not _is_written_up(work, c, paragraphs)]


def _shared(work: str, found: list[Candidate]) -> list[Candidate]:
    """A partial quote the writer's sentence goes on to after another ("said Moorcroft had
    shown “…” and had “…”") has the speaker of the one before it."""
    shared = list(found)
    for index in range(1, len(shared)):
        previous, current = shared[index - 1], shared[index]
        between = work[previous.end : current.start]
        if (
            current.kind == "partial"
            and current.attribution is None
            and previous.attribution is not None
            and previous.kind == "partial"
            and len(between) <= 60
            and not re.search(r"[.!?…;:]|\n", between)
        ):
            shared[index] = replace(current, attribution=previous.attribution)
    return shared


def _joined(
    work: str, found: list[Candidate], paragraphs: tuple[tuple[int, int], ...]
) -> list[Candidate]:
    """The quotes in marks, with the pieces of one quote split by an attribution joined."""
    joined: list[Candidate] = []
    index = 0
    while index < len(found):
        current = found[index]
        if index + 1 < len(found):
            upper = _upper(found, index + 1, paragraphs)
            after_second = cl.clause_after(work, found[index + 1], upper)
            merged = joins.join_split(work, current, found[index + 1], after_second)
            if merged is not None:
                joined.append(merged)
                index += 2
                continue
        joined.append(current)
        index += 1
    return joined


# "carried a sign that read “…”", "плакат с надписью «…»": words written up, not said.
_WRITTEN_UP = re.compile(
    r"(?:\b(?:signs?|banners?|placards?|posters?|slogans?|t-shirts?|graffiti)\b[^.!?“\"]{0,30}?"
    r"\b(?:read|reads|reading|said|saying)|надпись\w*|лозунг\w*)\s*:?\s*$",
    re.IGNORECASE,
)


def _is_written_up(
    work: str, candidate: Candidate, paragraphs: tuple[tuple[int, int], ...]
) -> bool:
    low = max(paragraphs[candidate.first_paragraph][0], candidate.start - 80)
    return bool(_WRITTEN_UP.search(work[low : candidate.start]))


def _upper(found: list[Candidate], index: int, paragraphs: tuple[tuple[int, int], ...]) -> int:
    """Where the words after candidate ``index`` stop: its paragraph's end or the next quote."""
    candidate = found[index]
    end = paragraphs[candidate.last_paragraph][1]
    if index + 1 < len(found) and found[index + 1].first_paragraph == candidate.last_paragraph:
        return min(end, found[index + 1].start)
    return end


def _lower(found: list[Candidate], index: int, paragraphs: tuple[tuple[int, int], ...]) -> int:
    candidate = found[index]
    start = paragraphs[candidate.first_paragraph][0]
    if index > 0 and found[index - 1].last_paragraph == candidate.first_paragraph:
        return max(start, found[index - 1].end)
    return start


def _attributed(
    work: str, found: list[Candidate], index: int, paragraphs: tuple[tuple[int, int], ...]
) -> Candidate:
    candidate = found[index]
    paragraph_start = paragraphs[candidate.first_paragraph][0]
    partial = cl.is_partial(work, candidate, paragraph_start)
    kind = "partial" if partial else "direct"
    if candidate.attribution is not None:
        return replace(candidate, kind=kind)
    before, before_start = cl.clause_before(
        work, candidate, _lower(found, index, paragraphs), paragraphs
    )
    after = cl.clause_after(work, candidate, _upper(found, index, paragraphs))

    def from_after() -> Attribution | None:
        found_after = cl.attribute_after(after, candidate.end)
        return Attribution(found_after[0], found_after[1], "after") if found_after else None

    def from_before() -> Attribution | None:
        found_before = cl.attribute_before(before, before_start, naming=partial)
        return Attribution(found_before[0], found_before[1], "before") if found_before else None

    order: tuple[Callable[[], Attribution | None], ...]
    if titles.is_russian_text(candidate.text(work)) and not re.match(r"[\s,.!?…]*[—–]", after):
        order = (from_before,)  # Russian speech names its speaker after a dash
    elif partial:
        order = (from_before, from_after)
    elif cl.after_may_attribute(work, candidate, after):
        order = (from_after, from_before)
    else:
        order = (from_before,)
    attribution = next((a for a in (try_() for try_ in order) if a is not None), None)
    return replace(candidate, kind=kind, attribution=attribution)


# -- the writer's sentences ------------------------------------------------------------


def _narrative_events(
    work: str, paragraphs: tuple[tuple[int, int], ...], candidates: list[Candidate]
) -> list[Event]:
    """Events of every sentence that holds no quote and no quote's attribution."""
    busy: list[tuple[int, int]] = []
    for index, candidate in enumerate(candidates):
        low = sentence_start(work, _lower(candidates, index, paragraphs), candidate.start)
        high = sentence_end(work, candidate.end, _upper(candidates, index, paragraphs))
        busy.append((low, high))
    # The words inside a quote name nobody the writer introduces ("a textbook Ponzi
    # dressed up …" is no person "Ponzi"): the sentences are read with them blanked.
    blanked = list(work)
    for candidate in candidates:
        for a, b in candidate.pieces or ((candidate.start, candidate.end),):
            blanked[a:b] = " " * (b - a)
    prose = "".join(blanked)
    events: list[Event] = []
    for start, end in paragraphs:
        for low, high in sentences(work, start, end):
            holds_quote = any(low < b_high and b_low < high for b_low, b_high in busy)
            events += read_sentence(prose, low, high, speech=not holds_quote)
    return events
