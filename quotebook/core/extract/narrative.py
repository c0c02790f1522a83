"""The writer's own sentences: who is introduced, who speaks indirectly, which organisations.

These sentences carry much of what an attribution leaves out: "Marsh, 44, spent three
winters…" gives the age a later "she said" needs; "Haddad said the discovery…"
makes Haddad the speaker of the block quote that follows; "Northwind Logistics, a
freight software company" is what "the company's chief executive" refers to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from . import lexicon as lx
from . import morph
from .bodies import possessor
from .chunks import chunks_of, is_description
from .mention import Mention
from .names import is_capitalised, split_name
from .phrases import subject_after, subject_before
from .speech import find_verbs, sentence_end

_ORG_RUN = re.compile(
    r"(?:[A-ZА-ЯЁ][\w'’.&-]*|«[^»]+»)(?:\s+(?:of|for|and|&|de|для|[A-ZА-ЯЁ][\w'’.&-]*|«[^»]+»))*"
)
_AGE_SENTENCE = re.compile(r"^(He|She|Он|Она)\s+(?:is|was|turns|turned|—)\s+(\d{1,3})\b")
_AGE_AFTER_NAME = re.compile(r"^\(?(\d{1,3})\)?(?:\s+(?:год|года|лет)\b|(?=\s|$))")
_DEFINITE_AGE = re.compile(r"^The (\d{1,3})-year-old\b")


Chunks = list[tuple[str, int]]


@dataclass
class Event:
    """Something a sentence tells, at a position in the text."""

    position: int
    kind: str  # "person", "org", "age", "job"
    mention: Mention | None = None
    speaker: bool = False
    weak: bool = False
    verb: str = ""
    org: str = ""
    kinds: set[str] = field(default_factory=set)
    gender: str = ""
    age: int | None = None
    role: str = ""


def sentences(work: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans within ``work[start:end]``."""
    position = start
    while position < end:
        while position < end and work[position].isspace():
            position += 1
        if position >= end:
            return
        stop = sentence_end(work, position, end)
        yield position, stop
        position = stop


def read_sentence(work: str, start: int, end: int, *, speech: bool = True) -> list[Event]:
    """What one sentence says about people and organisations.

    ``speech`` is False for a sentence holding a quote: its attribution is read with
    the quote, but the people and organisations it names are still noted here.
    """
    text = work[start:end]
    events: list[Event] = []
    speaker = _speaker(text, start) if speech else None
    if speaker is not None:
        events.append(speaker)
    bodies = _organisations(text, start)
    events += bodies
    named = {event.org for event in bodies}
    people = _people(text, start, speaker.mention if speaker else None)
    people = [e for e in people if e.mention is None or e.mention.name not in named]
    first = people[0].mention if people else None
    possessive = first is not None and bool(re.search(re.escape(first.name) + "['’]s?", text))
    if speech and speaker is None and len(people) > 1 and not possessive:
        people[0].position = end - 1  # the sentence's subject is the likelier "she" after it
        people.sort(key=lambda event: event.position)
    events += people
    events += _pronoun_job(text, start)
    age = _AGE_SENTENCE.match(text)
    if age:
        gender = "f" if age.group(1).lower() in ("she", "она") else "m"
        events.append(Event(start, "age", gender=gender, age=int(age.group(2))))
    definite = _DEFINITE_AGE.match(text)
    if definite:
        events.append(Event(start, "age", age=int(definite.group(1))))
    return events


def _speaker(text: str, base: int) -> Event | None:
    verbs = find_verbs(text, naming=False)
    if not verbs:
        return None
    verb = verbs[0]
    left = text[: verb.start]
    mention = None
    inverted = morph.is_russian(verb.word) and left.rstrip().endswith(",")
    if verb.inverts:
        mention = possessor(text[verb.start : verb.end], base + verb.start)
    if mention is None and (verb.inverts or left.strip().lower() in ("", "как", "as") or inverted):
        mention = subject_after(text[verb.end :], base + verb.end)  # "…, считает она."
    if mention is None and not verb.inverts and left.strip():
        if len(left.split()) > 30:
            return None
        mention = subject_before(left, base)
    if mention is None:
        return None
    return Event(mention.start, "person", mention, speaker=True, verb=verb.word)


def _organisations(text: str, base: int) -> list[Event]:
    events: list[Event] = []
    for match in _ORG_RUN.finditer(text):
        run = match.group().strip()
        words = [w.lower().strip(".,") for w in run.split()]
        appositive = _appositive_kinds(text[match.end() :]) | _kind_before(text[: match.start()])
        following = [w.strip(",.;:") for w in text[match.end() :].split()[:1]]
        appositive |= _kind_before(following)  # "the FNV union"
        if not any(w in lx.ORG_NOUNS for w in words) and not appositive:
            continue
        if words and words[0] in lx.NOT_NAMES:
            run = run.split(" ", 1)[1] if " " in run else ""
        kinds = appositive | {lx.ORG_FAMILY[w] for w in words if w in lx.ORG_FAMILY}
        run = _without_kind(run.strip("«»"))
        if run.endswith(".") and run.split()[-1].lower() not in lx.ABBREVIATIONS:
            run = run[:-1]  # "…at Cardiff Crown Court.": the sentence's full stop
        if run and is_capitalised(run):
            events.append(Event(base + match.start(), "org", org=run, kinds=kinds))
    return sorted(events + _generic_bodies(text, base), key=lambda event: event.position)


_GENERIC_BODY = re.compile(r"(?<![,\w] )\b[Tt]he((?:\s+[a-z][a-z-]*){1,3})")


def _generic_bodies(text: str, base: int) -> list[Event]:
    """ "The housing association said…": a body referred to by its kind, which a following
    "its chief executive" belongs to (not to a body named earlier). "Maersk, the shipping
    company" is the name's apposition, not another body."""
    events: list[Event] = []
    for match in _GENERIC_BODY.finditer(text):
        words = match.group(1).split()
        size = next((i + 1 for i, w in enumerate(words) if w in lx.ORG_FAMILY), 0)
        if size and not any(w in lx.NOT_NAMES for w in words[:size]):
            start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
            events.append(Event(base + start, "org", org=" ".join(words[:size])))
    return events


def _without_kind(run: str) -> str:
    """ "Маркетплейс Wildberries", "Медиахолдинг «Северный ветер»": the body's name, not
    its kind (a Russian sentence starts with the kind capitalised)."""
    words = run.split(maxsplit=1)
    if len(words) == 2 and morph.is_russian(words[0]) and words[0].lower() in lx.ORG_NOUNS:
        rest = words[1].strip("«»")
        return rest if is_capitalised(rest) else run
    return run


def _kind_before(preceding: str | list[str]) -> set[str]:
    """ "the shipping group Maersk" → {"group"}: a body's kind printed before its name (or,
    given the word after it, after it: "the FNV union")."""
    words = preceding.split() if isinstance(preceding, str) else preceding
    last = words[-1] if words else ""
    if last not in lx.ORG_FAMILY or not last.islower() or morph.is_russian(last):
        return set()
    return {lx.ORG_FAMILY[last], last}


def _appositive_kinds(following: str) -> set[str]:
    """ ", a freight software company" → {"company"}: what a name just said is."""
    match = re.match(r"^,\s+(?:a|an|the)\s+([^,.;]{0,60})", following)
    if not match:
        return set()
    words = match.group(1).lower().split()[:6]
    head = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    if any(w in lx.ROLE_WORDS for w in words[:head]):
        return set()  # ", a former bank clerk": the role's own words name a body's kind
    for word in words:
        if word in lx.ORG_FAMILY:
            return {lx.ORG_FAMILY[word], word}
        if word in lx.ROLE_WORDS:
            return set()  # ", the chair of the government's council": a person's role
    return set()


_HEAD_ENDS = frozenset(lx.words("of at for in with from who which that based"))


def _people(text: str, base: int, speaker: Mention | None) -> list[Event]:
    events: list[Event] = []
    chunks = chunks_of(text, base)
    for index, (chunk, chunk_start) in enumerate(chunks):
        words = chunk.split()
        topic = index == 0 and bool(_TOPIC.match(chunk))
        for end in range(len(words)):
            if not _ends_run(words, end):
                continue
            following = words[end + 1].lower().strip(",.") if end + 1 < len(words) else ""
            possessive = words[end].endswith(("'s", "’s", "'", "’"))
            if not possessive and (following in lx.PERSON_NOUNS or following in lx.ROLE_WORDS):
                continue  # "a Syrian man", "an Italian coast guard official"
            prefix = " ".join(words[: end + 1]).removesuffix("'s").removesuffix("’s")
            parts = split_name(prefix, allow_object=topic)
            if parts is None:
                continue
            premod, titles, name = parts
            position = chunk_start + len(" ".join(words[: end + 1])) - len(words[end])
            if speaker is not None and speaker.start <= position < speaker.end + 1:
                continue
            mention = Mention(name, position, position + len(name), name=name, titles=titles)
            mention.premod = premod
            rest = text[chunk_start - base + len(" ".join(words[: end + 1])) :]
            mention.after = _described_after(words[end + 1 :], chunks[index + 1 :], rest)
            if not premod and index > 0 and end + 1 == len(name.split()) + len(titles):
                previous = chunks[index - 1][0]
                if is_description(previous) and len(previous.split()) <= 8:
                    mention.before = [previous]
            weak = len(name.split()) == 1 and not (titles or premod or mention.descriptions)
            weak = weak and not morph.is_first_name(name)
            events.append(Event(position, "person", mention, weak=weak))
    return events


# "For Malei, going back is not…": the person a sentence is about, named after "For".
_TOPIC = re.compile(r"(?:For|To|Для)\s+\S+(?:\s+\S+)?$")


def _described_after(rest_of_chunk: list[str], following: Chunks, rest: str) -> list[str]:
    """What the sentence says of a name right after it: an age ("Игорь Лапин (31)"), the
    description chunks that follow, and the job it gives ("работает медсестрой")."""
    after: list[str] = []
    age = _AGE_AFTER_NAME.match(" ".join(rest_of_chunk))
    if age:  # "Игорь Лапин (31) уехал", "Саше 28 лет"
        after.append(age.group(1))
    if not rest_of_chunk or (age and len(rest_of_chunk) == 1):
        for chunk, _ in following:
            if not is_description(chunk):
                break
            after.append(chunk)
    job = _JOB.match(rest)
    if job:  # "Ольга Петрова, 41, работает медсестрой", "Maria Lopez works as a nurse"
        after.append(_job_role(job))
    body = _body_after_name(rest)
    if body:  # "Политолог Иван Ковач из Белградского университета считает…"
        after.append(f"at {body}")
    return after


_OF_BODY = re.compile(r"^\s+(?:of|from|at|из)\s+(«[^»]+»|(?:the\s+)?[A-ZА-ЯЁ]\S*(?:\s+\S+){0,5})")


def _body_after_name(rest: str) -> str:
    """The body named right after a name ("of Belgrade University", "из «Яндекса»",
    "из Белградского университета"); a place ("of Austin", "из Москвы") is none."""
    found = _OF_BODY.match(rest)
    if found is None:
        return ""
    if found.group(1).startswith("«"):
        return found.group(1).strip("«»")
    words = found.group(1).split()
    kept = words[:1]
    for word in words[1:]:
        bare = word.rstrip(",.;:")
        russian = morph.is_russian(bare) and morph.is_genitive(bare) and not morph.verb_lemma(bare)
        if not (russian or is_capitalised(bare) or bare in ("of", "for", "and", "&")):
            break
        kept.append(bare)
        if bare != word:
            break
    while kept and kept[-1] in ("of", "for", "and", "&"):
        kept.pop()
    body = " ".join(kept).rstrip(",.;:")
    named = any(w.lower() in lx.ORG_NOUNS for w in kept) or (
        morph.is_russian(kept[0]) and not morph.is_place(kept[0])
    )
    return body if named else ""


# "X (41) работает медсестрой", "X, 41, works as a nurse": the job the sentence gives.
_JOB = re.compile(
    r"^(?:,\s*\d{1,3},|\s*\(\d{1,3}\))?\s+(?:"
    r"(?:работает|работала|трудится|служит)\s+((?:[а-яё-]+(?:ой|ей|ым|им)\s+)?"
    r"[а-яё-]+(?:ом|ем|ой|ей|ью|ём))\b"
    r"|(?:works|worked|has worked|had worked)\s+as\s+an?\s+"
    r"([a-z][a-z -]*?)(?=\s+(?:at|for|in)\b|[,.]))"
)


_PRONOUN_START = re.compile(r"^(?:(?:Сейчас|Теперь|Now|Today)\s+)?(он|она|he|she)(?=\s)", re.I)


def _pronoun_job(text: str, base: int) -> list[Event]:
    """ "Сейчас он работает бэкенд-разработчиком…", "She works as a nurse": the job of
    the person the pronoun refers to."""
    pronoun = _PRONOUN_START.match(text)
    job = _JOB.match(text[pronoun.end() :]) if pronoun else None
    if pronoun is None or job is None:
        return []
    gender = lx.PRONOUNS[pronoun.group(1).lower()]
    return [Event(base, "job", gender=gender, role=_job_role(job))]


def _job_role(job: re.Match[str]) -> str:
    return morph.nominative_phrase(job.group(1)) if job.group(1) else job.group(2)


def _ends_run(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is the last capitalised word of a run."""
    word = words[index]
    if not is_capitalised(word) or word.lower() in lx.NOT_NAMES:
        return False
    if word.endswith(("'s", "’s")):
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    return not (is_capitalised(following) or following.lower() in lx.SUFFIXES)
