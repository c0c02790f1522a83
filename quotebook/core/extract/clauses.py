"""Quotes as candidates, and who is credited with them.

The attribution is read from the words after the quote (", said X", ", X said",
"— X", ", according to X") or before it ("X said:", "According to X,", "X told
reporters:" ending the previous paragraph). Russian speech names its speaker after a
dash. Which quoted spans are no speech is :mod:`.titles`' part, how pieces of one
quote join :mod:`.joins`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from . import morph
from .bodies import possessor, russian_body
from .chunks import is_description
from .document import INLINE_DATELINE
from .labels import label_mention
from .marks import Unit
from .mention import Mention
from .phrases import subject_after, subject_before, subject_of_first_verb
from .speech import find_verbs, in_relative_clause, sentence_end, sentence_start

# The words between two dashes that bring in a speaker inside a quote or a dialogue
# line, which may hold a body's name in guillemets ("— говорит директор ООО «Нива» X. —")
BETWEEN_DASHES = r"(?:[^—–«»\"“”]|«[^«»—–]{1,60}»){2,160}?"


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
    outside = [verb for verb in verbs if not in_relative_clause(text, verb.start)]
    if not verbs:
        return _labelled(text, base) or _colon_subject(text, base)
    verb = inverting[-1] if inverting else (outside or verbs)[-1]
    if verb.inverts:
        owner = possessor(text[verb.start : verb.end], base + verb.start)
        after = text[verb.end :]
        if "," in after and not after.rstrip().endswith((",", ":")):
            after = after[: after.rindex(",")]  # "According to X, the plan “…”": its subject
        mention = owner or subject_after(after, base + verb.end)
        return (mention, verb.word) if mention is not None else None
    left = text[: verb.start]
    if morph.is_gerund(verb.word) and left.rstrip().endswith(","):
        # "Представитель прокуратуры поддержал ходатайство, заявив, что …": the subject
        # of the finite verb the gerund goes with
        finite = next(
            (m.start() for m in re.finditer(r"[а-яё]+", left) if morph.is_finite_verb(m.group())),
            0,
        )
        leading = subject_before(left[:finite], base) if finite else None
        if leading is not None:
            return leading, verb.word
    reported = [v for v in outside or verbs if v.end < verb.start and not v.word.endswith("ing")]
    if verb.word.endswith("ing") and left.rstrip().endswith(",") and reported:
        # "Drones fly drugs in, the inspectorate said, warning that staff were “…”": who
        # said so goes on warning
        said = attribute_before(text[: reported[-1].end], base, naming=naming)
        if said is not None:
            return said[0], verb.word
    if verb.word.endswith("ing") and left.rstrip().endswith(","):
        # "Karamanlis resigned…, saying he took “…”": the sentence's subject speaks.
        leading = subject_after(left, base)
        if leading is not None and (leading.name or leading.pronoun):
            return leading, verb.word
    if re.search(r"\s(?:and|but|и|но)\s*$", left) and len(verbs) > 1:
        # "Lund said … and described it as “…”": the subject of the first verb goes on
        first = (outside or verbs)[0]
        leading = subject_before(text[: first.start], base) if first is not verb else None
        if leading is not None and (leading.name or leading.pronoun):
            return leading, verb.word
    elif re.search(r"\s(?:and|but)\s*$", left):
        # "He welcomed the designation but warned that it was “…”": the sentence's
        # subject, whose first verb reports nothing
        leading = subject_after(left, base)
        if leading is not None and (leading.name or leading.pronoun):
            return leading, verb.word
    what = _WHAT_SUBJECT.search(left)  # "…, in what the agency called a “…” failure"
    if what is not None:
        mention = subject_before(what.group(1), base + what.start(1))
        if mention is not None:
            return mention, verb.word
    # "В пояснительной записке министерства говорится": a body speaks through its document
    mention = russian_body(left.split(), base) if _in_document(left) else None
    mention = mention or subject_of_first_verb(left, base)  # "Светлана Игнатьева, 38 лет,
    # медсестра, привела сына в клуб и говорит, что он изменился: «…»"
    mention = mention or (subject_before(left, base) if left.strip() else None)
    mention = mention or russian_body(left.split(), base)  # "В МИД России назвали…"
    if mention is None and left.strip().lower() in ("", "как", "as", "so", "and", "but"):
        mention = subject_after(text[verb.end :], base + verb.end)
        if mention is not None and left.strip().lower() in ("and", "but"):
            # "… and said the footage “…”": what the speaker before spoke of, no one
            mention = mention if _names_someone(mention) else None
    earlier = any(v.start < verb.start for v in outside or verbs)
    if mention is None and earlier:
        # "X said premiums reflected “…”": no subject names the last verb's speaker, so
        # the verb reporting it does
        return attribute_before(text[: verb.start], base, naming=naming)
    if mention is not None and earlier and not (mention.name or mention.pronoun):
        # "Minister of State for Immigration Eoin Garvey said the rise reflected “…”": a
        # description read across the verb reporting it yields to the name before that verb
        named = attribute_before(text[: verb.start], base, naming=naming)
        if named is not None and named[0].name:
            return named
    return (mention, verb.word) if mention is not None else None


def _names_someone(mention: Mention) -> bool:
    """Whether a mention is a name, a pronoun or words for a person or a body."""
    words = {w.lower().strip(",.'’") for w in mention.written.split()}
    known = lx.ROLE_WORDS | lx.PERSON_NOUNS | lx.ORG_NOUNS | lx.RELATIONS
    return bool(mention.name or mention.pronoun or words & known)


# "in what the agency called", "in what Ms Roe described as": the subject of the verb
_WHAT_SUBJECT = re.compile(r"\b(?:in\s+)?what\s+(\S.*?)\s*$", re.IGNORECASE)


def _in_document(left: str) -> bool:
    """ "В пояснительной записке министерства", "В заявлении компании": the words before a
    verb open with a document a body speaks through."""
    words = left.split()
    if len(words) < 3 or words[0].lower() not in ("в", "во"):
        return False
    return any(morph.head_noun(w) in lx.RUSSIAN_DOCUMENTS for w in words[1:3])


def _labelled(text: str, base: int) -> tuple[Mention, str] | None:
    """ "Gareth Pugh, 44, electrician: “…”": a label and a colon opening the paragraph."""
    label = text.strip()
    if not label.endswith(":") or "\n" in label:
        return None
    mention = label_mention(label[:-1], base + len(text) - len(text.lstrip()))
    return (mention, "") if mention is not None else None


def _colon_subject(text: str, base: int) -> tuple[Mention, str] | None:
    """ "Its managing director, Phil Saddler, was blunt: “…”": the named subject of a
    sentence that introduces the quote after its colon, with no verb of speech."""
    words = text.rstrip()
    if not words.endswith(":") or "\n" in words.strip():
        return None
    mention = subject_after(words[:-1], base)
    if mention is None or not (len(mention.name.split()) > 1 or mention.titles):
        # "Последние два сезона …:": a capitalised word opening it, no name
        return _referring_subject(words[:-1], base)
    lead = text[: mention.start - base].strip().rstrip(",").strip()
    return (mention, "") if not lead or is_description(lead) else None


def _referring_subject(text: str, base: int) -> tuple[Mention, str] | None:
    """ "Делать выводы ученый не торопится:": the Russian noun that refers back to someone
    named before ("ученый", "эксперт"), the subject of a colon's introduction wherever it
    stands in it."""
    for match in re.finditer(r"(?<![\w-])[а-яё]+(?![\w-])", text):
        word = match.group()
        singular = any(p.tag.case == "nomn" and p.tag.number == "sing" for p in morph.parses(word))
        if singular and morph.head_noun(word) in lx.RUSSIAN_REFERRING_NOUNS:
            start = base + match.start()
            return Mention(word, start, start + len(word), before=[word]), ""
    return None


def clause_before(
    work: str, candidate: Candidate, lower: int, paragraphs: tuple[tuple[int, int], ...]
) -> tuple[str, int]:
    """The words of the quote's sentence before it, or the previous paragraph's colon intro."""
    start = sentence_start(work, lower, candidate.start)
    dateline = INLINE_DATELINE.match(work, start, candidate.start)
    if dateline and (start == 0 or work[start - 1] == "\n"):
        start = dateline.end()  # "KESWICK, England — A rescue team has asked …": the place
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
