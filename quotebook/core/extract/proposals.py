"""Candidates and their speakers made into proposals, with a calibrated confidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from . import morph
from .bodies import body_filed
from .cast import Person
from .clauses import Candidate
from .describe import Fields, fields_of
from .document import Document
from .mention import Mention
from .model import Proposal


@dataclass
class Said:
    """Who a candidate's speaker turned out to be, and how sure the reading is."""

    person: Person | None
    mention: Mention | None
    inherited: bool = False
    weak: bool = False
    lone: bool = False  # one name the article never introduced ("Ofcom said")


def propose(document: Document, candidate: Candidate, said: Said) -> Proposal | None:
    """The proposal for one candidate, or None for a partial or bare phrase nobody said."""
    work = document.text
    text = candidate.text(work)
    words = len(text.split())
    attributed = candidate.attribution is not None
    one_word = words < 2 and not _single_word_said(work, candidate)
    if candidate.kind == "partial" and (not attributed or one_word):
        return None
    if not attributed and said.person is None and words <= 3:
        return None
    if not attributed and words < 2 and _sentence_goes_on(work, candidate.end):
        return None  # "«Кузнечик-3» весит три килограмма": a name the sentence is about
    person = said.person or _unnamed(said.mention)
    start, end = document.input_span(candidate.start, candidate.end)
    pieces = tuple(document.input_span(a, b) for a, b in candidate.pieces if b > a)
    attribution = candidate.attribution
    return Proposal(
        text=text,
        start=start,
        end=end,
        speaker=attribution.mention.written if attribution else "",
        speaker_name=person.name if person else "",
        age=person.age if person else None,
        role=_job(person) if person else "",
        organization=_organization(person) if person else "",
        description=person.description if person else "",
        verb=attribution.verb if attribution else "",
        kind=candidate.kind,
        confidence=_confidence(candidate, said, crowded := _name_past_speaker(work, said)),
        doubts=_doubts(candidate, said) + (("another-name",) if crowded else ()),
        pieces=pieces,
        language="ru" if len(re.findall("[а-яё]", text.lower())) > words else "",
    )


def _organization(person: Person) -> str:
    """The body filed: a Russian body speaking on its own in the nominative ("Прокуратура
    Курганской области" for «В прокуратуре Курганской области сообщили»), as it is filed
    as a source, and so is the body an unnamed source is in ("Правительство Омской
    области" for «Источник в правительстве Омской области»)."""
    if person.name or person.role or not person.organization:
        return person.organization
    body = body_filed(person.description, person.organization)
    first = person.description.lower().split()[:1]
    if not body and first and morph.head_noun(first[0]) in lx.SOURCE_NOUNS:
        body = body_filed(person.organization, person.organization)
    return body[:1].upper() + body[1:] if body else person.organization


def _job(person: Person) -> str:
    """The role filed: "Источник", "Источник в компании" say only that someone unnamed
    told the outlet, not their job."""
    words = person.role.lower().split()
    source = bool(words) and morph.head_noun(words[0]) in lx.SOURCE_NOUNS
    if not person.name and source and (len(words) == 1 or words[1] in ("в", "во", "на")):
        return ""
    return person.role


def _unnamed(mention: Mention | None) -> Person | None:
    """A speaker nobody in the cast fits (an unresolved pronoun keeps only its description)."""
    if mention is None or mention.pronoun or mention.written.strip().lower() == "it":
        return None  # "it said" with no body named before it: no one to describe
    fields, description = fields_of(mention)
    person = Person(name=mention.name)
    person.absorb(Fields(fields.age, fields.role, fields.organization), description)
    return person


def _name_past_speaker(work: str, said: Said) -> bool:
    """ "— заявил председатель организации Роспрофжела Николай Ветлугин": a first name
    printed after the words read as the speaker, before a comma or the sentence's end,
    means the reading may have stopped inside someone's name or before the right one."""
    mention = said.mention
    if mention is None or not mention.name or said.person is None:
        return False
    end = mention.end
    while end < len(work) and (work[end].isalnum() or work[end] in "-'’"):
        end += 1  # the rest of the word the mention ends in
    stop = re.search(r"[,.;:!?()\n«»\"“”—–]", work[end : end + 120])
    following = work[end : end + (stop.start() if stop else 120)].split()
    if following and following[0][:1].isupper() and morph.is_russian(following[0]):
        return True  # "… Роспрофжела Николай | Ветлугин": the name goes on past the reading
    return any(morph.is_first_name(word) for word in following)


def _confidence(candidate: Candidate, said: Said, crowded: bool = False) -> float:
    mention = said.mention
    if said.person is None:
        score = 0.25 if mention is None else 0.4
    elif said.inherited:
        score = 0.45 if said.weak else 0.55
    elif mention is not None and mention.pronoun:
        score = 0.75
    elif said.person.name:
        score = 0.75 if said.lone else 0.9
    elif said.person.role or said.person.organization:
        score = 0.7
    else:
        score = 0.4  # "говорится в сообщении" with no body named: nobody known
    if candidate.kind == "partial":
        score *= 0.85
    if not candidate.closed:
        score *= 0.8
    if crowded:
        score *= 0.8
    return round(score, 2)


def _doubts(candidate: Candidate, said: Said) -> tuple[str, ...]:
    """Why the speaker reading is less than sure (see :class:`Proposal`), first the weightiest."""
    found: list[str] = []
    mention = said.mention
    if said.person is None:
        found.append("unnamed" if mention is not None and not mention.pronoun else "no-speaker")
    elif said.inherited:
        found.append("introduced" if said.weak else "follow-on")
    elif mention is not None and mention.pronoun:
        found.append("pronoun")
    elif not said.person.name:
        found.append("unnamed")
    elif said.lone:
        found.append("lone-name")
    if candidate.kind == "partial":
        found.append("partial")
    if not candidate.closed:
        found.append("unclosed")
    return tuple(found)


def _sentence_goes_on(work: str, end: int) -> bool:
    """Whether the writer's sentence goes on in lower case after the closing mark."""
    after = work[end : end + 40].lstrip()
    return bool(after) and after[0].isalpha() and after[0].islower()


def _single_word_said(work: str, candidate: Candidate) -> bool:
    """A one-word partial quote the attribution states outright: "said the decision was
    “irrational”", "назвал решение «позорным»"; a lone word in marks is otherwise a term."""
    attribution = candidate.attribution
    if attribution is None or attribution.how != "before":
        return False
    before = work[max(0, candidate.start - 40) : candidate.start].lower().split()
    return bool(before) and (
        before[-1] in ("was", "were", "is", "are", "as", "called", "как", "назвал", "назвала")
        or attribution.verb in lx.NAMING_VERBS
        or morph.verb_lemma(attribution.verb) in lx.RUSSIAN_NAMING_LEMMAS
    )
