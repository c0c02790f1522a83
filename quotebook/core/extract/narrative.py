"""The writer's own sentences: who is introduced, who speaks indirectly, which organisations.

These sentences carry much of what an attribution leaves out: "Marsh, 44, spent three
winters…" gives the age a later "she said" needs; "Haddad said the discovery…"
makes Haddad the speaker of the block quote that follows; "Northwind Logistics, a
freight software company" is what "the company's chief executive" refers to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon as lx
from . import morph
from .agreement import nominative_phrase, qualifies_noun
from .bodies import possessor
from .chunks import chunks_of, description_before, is_description, is_owned_post, is_rank
from .document import INLINE_DATELINE
from .events import SHORT, Event
from .mention import Mention
from .name_roles import is_age_word
from .names import is_capitalised, split_name
from .phrases import subject_after, subject_before, subject_of_first_verb
from .premodifiers import is_nationality
from .prose_bodies import opening_body, organisations
from .roles import employs
from .speakers import described_subject, unnamed_on_purpose
from .speech import find_verbs, in_relative_clause, sentence_end

_AGE_SENTENCE = re.compile(r"^(He|She|Он|Она)\s+(?:is|was|turns|turned|—)\s+(\d{1,3})\b")
# "Игорь Лапин (31) уехал", "We met Anna Bell (72).": an age after a name
_AGE_AFTER_NAME = re.compile(
    r"^\(?(\d{1,3})\)?(?:\s+(?:год|года|лет)\b|(?=\s|$)|(?<=\))(?=[.,;:]))"
)
_DEFINITE_AGE = re.compile(r"^The (\d{1,3})-year-old\b")


Chunks = list[tuple[str, int]]


def sentences(work: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans within ``work[start:end]``, past a dateline opening it."""
    position = start
    dateline = INLINE_DATELINE.match(work, start, end)
    if dateline:  # "EDINBURGH, Nov 6 (Reuters) - Caledonia Mutual Bank PLC said"
        position = dateline.end()
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
    preceding = work[max(0, start - 400) : start]
    described = described_subject(text, start, preceding) if speech else None
    inside = described.written if described is not None else ""
    hidden = unnamed_on_purpose(text) if described is not None else ""
    inside = hidden if len(hidden) > len(inside) else inside  # "…who worked on X, and who
    # asked not to be named": X is where they worked
    if speaker is not None and speaker.mention is not None and _named_in(speaker.mention, inside):
        speaker = None  # "Источник в мэрии Северогорска объяснил": the source, not a town
    if speaker is not None and speaker.mention is not None and described is not None:
        # "Собеседник, знакомый с ходом переговоров, рассказал": a source, read as one
        same = not speaker.mention.name and speaker.mention.written == described.written
        if same and described.before != [described.written]:
            speaker = None
    if speaker is not None:
        events.append(speaker)
    bodies = organisations(text, start)
    events += bodies
    people = _people(text, start, speaker.mention if speaker else None)
    people = [e for e in people if e.mention is None or not _opens_body(e, bodies, work)]
    people = [e for e in people if e.mention is None or not _named_in(e.mention, inside)]
    first = people[0].mention if people else None
    possessive = first is not None and bool(re.search(re.escape(first.name) + "['’]s?", text))
    subject = _pronoun_subject(text, start) if speech and speaker is None else None
    events += [subject] if subject is not None else []
    if speech and speaker is None and subject is None and len(people) > 1 and not possessive:
        people[0].position = end - 1  # the sentence's subject is the likelier "she" after it
        people.sort(key=lambda event: event.position)
    events += people
    events += _pronoun_job(text, start) + _interviewee(text, start)
    if speaker is None and described is not None:
        # "Собеседник в АО «…» признал": the verb says whether "он" or "она" is them
        verb = _past_verb(text[len(described.written) :])
        events.append(Event(start, "person", described, verb=verb))
    setting = f"at {opening_body(text)}"  # "At Acme College, its dean, Ann Roe, said"
    for mention in [e.mention for e in events if e.mention is not None] if setting[3:] else []:
        if mention.descriptions and setting not in mention.after:
            mention.after.append(setting)
    age = _AGE_SENTENCE.match(text)
    if age:
        gender = "f" if age.group(1).lower() in ("she", "она") else "m"
        events.append(Event(start, "age", gender=gender, age=int(age.group(2))))
    definite = _DEFINITE_AGE.match(text)
    if definite:
        events.append(Event(start, "age", age=int(definite.group(1))))
    return events


def _past_verb(text: str) -> str:
    """The first Russian verb in the past tense among the next few words ("признал"),
    which says the gender of the subject before it; "" when there is none, when the
    subject's verb is in the present ("считает"), or before a clause of its own ("…, что
    группу спасла регистрация": another subject's verb)."""
    for word in text.split()[:10]:
        bare = word.strip(",.;:«»")
        if bare in _CLAUSE_OPENERS:
            return ""
        readings = morph.parses(bare) if bare.islower() else ()
        first = readings[0] if readings else None
        if first is not None and first.tag.POS == "VERB":
            return bare if "past" in first.tag else ""
    return ""


# Words opening a clause with a subject of its own
_CLAUSE_OPENERS = frozenset(lx.words("что чтобы если когда потому поскольку хотя"))


def _named_in(mention: Mention, described: str) -> bool:
    """Whether a name is a word of the unnamed person a sentence opens with ("Северогорска"
    of "Источник в мэрии Северогорска"): the place of their body, no one's name."""
    pattern = rf"(?<![\w-]){re.escape(mention.name)}(?![\w-])"
    return bool(mention.name) and re.search(pattern, described) is not None


_INTERVIEW = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:met|asked|interviewed|(?:spoke|talked|sat down)\s+(?:to|with))\s+"
    r"(her|him)\b|\b[Мм]ы\s+(?:поговорили|побеседовали|встретились)\s+с\s+(ней|ним)\b"
)
_OBJECT_GENDER = {"her": "f", "him": "m", "ней": "f", "ним": "m"}


def _interviewee(text: str, base: int) -> list[Event]:
    """ "We met her between two training sessions.", "Мы поговорили с ним о…": the person
    the interview that follows is with."""
    found = _INTERVIEW.search(text)
    if found is None:
        return []
    word = found.group(1) or found.group(2)
    at = base + found.start(1 if found.group(1) else 2)
    gender = _OBJECT_GENDER[word]
    pronoun = "she" if gender == "f" else "he"
    mention = Mention(pronoun, at, at + len(word), pronoun=gender)
    return [Event(at, "person", mention, interviewee=True)]


def _pronoun_subject(text: str, base: int) -> Event | None:
    """ "Он сослался на заключение, подписанное Игорем Шестаковым.": the person "он" is
    stays the one a pronoun after the sentence refers to, not the man it names."""
    found = _PRONOUN_START.match(text)
    if found is None:
        return None
    word, at = found.group(1), base + found.start(1)
    mention = Mention(word, at, at + len(word), pronoun=lx.PRONOUNS[word.lower()])
    return Event(at, "person", mention, until=base + len(text))


def _speaker(text: str, base: int) -> Event | None:
    found = find_verbs(text, naming=False)
    verbs = [v for v in found if not in_relative_clause(text, v.start)]
    verbs = verbs or [v for v in found if not _said_by_a_thing(text, v.start)]
    if not verbs:
        return None
    verb = verbs[0]
    left = text[: verb.start]
    mention = None
    inverted = morph.is_russian(verb.word) and left.rstrip().endswith(",")
    if verb.inverts:
        mention = possessor(text[verb.start : verb.end], base + verb.start)
    if mention is None and (verb.inverts or left.strip().lower() in ("", "как", "as") or inverted):
        after = text[verb.end :]
        # "По словам Марии Лукконен, гагара …", "According to Lund, the market …": the
        # speaker, not the clause after the comma; "…, according to Gareth Lund, 45,
        # managing director of …" ends the sentence with descriptions of the speaker
        opening = morph.is_russian(verb.word) or not left.strip()
        if verb.inverts and "," in after and opening:
            after = after[: after.rindex(",")]
        mention = subject_after(after, base + verb.end)  # "…, считает она."
        if inverted and not verb.inverts and mention and _object_not_subject(mention):
            mention = None  # "Артем Вязников, 29 лет, заверил болельщиков": whom he told
    if mention is None and not verb.inverts and left.strip():
        if len(left.split()) > 30:
            return None
        mention = subject_of_first_verb(left, base) or subject_before(left, base)
    if mention is None:
        return None
    until = base + len(text)
    return Event(mention.start, "person", mention, speaker=True, verb=verb.word, until=until)


def _opens_body(person: Event, bodies: list[Event], work: str) -> bool:
    """Whether a name is a body's the sentence names, or opens one printed where the
    name is ("Riverside Quarter" of "Riverside Quarter (York) Ltd")."""
    name = person.mention.name if person.mention else ""
    return any(
        body.org == name
        or (
            (body.org.startswith(f"{name} (") and work.startswith(body.org, body.position))
            and body.position <= person.position < body.position + len(body.org)
        )
        for body in bodies
        if SHORT not in body.kinds
    )


def _object_not_subject(mention: Mention) -> bool:
    """Whether the unnamed people after a Russian verb are its object, in no nominative
    ("заверил болельщиков"), so the subject is before the verb."""
    words = mention.written.split()
    return (
        not mention.name
        and not mention.pronoun
        and bool(words)
        and morph.is_russian(words[0])
        and not morph.in_case(words[0], frozenset({"nomn"}))
    )


def _said_by_a_thing(text: str, position: int) -> bool:
    """Whether the verb at ``position`` is in a "which" clause after a clause of its own
    ("Judge Ann Roe dismissed the claim brought by the group, which had argued …"): the
    thing "which" stands for says it, not the subject of the clause before."""
    chunk_start = text.rfind(",", 0, position)
    before = text[:chunk_start].split(",")[-1].split() if chunk_start > 0 else []
    return text[chunk_start + 1 : position].split()[:1] == ["which"] and len(before) > 6


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
            if not possessive and _origin_before_noun(words, end):
                continue  # "a 41-year-old Latvian welder": where he is from, not his name
            prefix = " ".join(words[: end + 1]).removesuffix("'s").removesuffix("’s")
            agent = end + 1 == len(words) and _described_agent(words, chunks, index)
            talked = bool(_TALKED_WITH.search(prefix))  # "поговорили с Валентиной Сорокиной"
            parts = split_name(prefix, allow_object=topic or agent or talked)
            if parts is None:
                continue
            premod, titles, name = parts
            premod = _from_nominative_role(premod)
            origin = 0
            if premod and index > 0 and morph.head_noun(premod) in lx.RUSSIAN_NATIONALITIES:
                origin, premod = len(premod.split()), ""  # "…, британец Джеймс Олдридж"
            if name.lower().removesuffix("'s").removesuffix("’s") in lx.PLACES:
                continue  # "to win Serbia's championship": a country, not a person
            if " " not in name and morph.opens_noun_phrase(name, words[end + 1 :]):
                continue  # "сотрудница Камского кредитного банка": a body's adjective
            position = chunk_start + len(" ".join(words[: end + 1])) - len(words[end])
            if speaker is not None and speaker.start <= position < speaker.end + 1:
                continue
            mention = Mention(name, position, position + len(name), name=name, titles=titles)
            mention.premod = premod
            rest = text[chunk_start - base + len(" ".join(words[: end + 1])) :]
            # "Chief executive Ann Roe of …": a role before a full name, whose body "of" gives
            role_before = premod if len(name.split()) > 1 else ""
            mention.after = _described_after(
                words[end + 1 :], chunks[index + 1 :], rest, role_before
            )
            # "Воспитанница школы, 15-летняя Арина …": a rank or an age alone before the name
            ranked = bool(premod) and (is_rank(premod) or is_age_word(premod))
            words_named = len(name.split()) + len(titles) + origin + ranked
            if (not premod or ranked) and index > 0 and end + 1 == words_named:
                whose = _whose_role(chunks, index) if index > 1 else ""
                previous = whose or description_before([c for c, _ in chunks], index)
                if previous and len(previous.split()) <= 8:
                    mention.before = [previous]
            elif premod and index > 0 and _premod_only(words[: end + 1 - words_named], premod):
                # "Leeds City Council's cabinet member for housing, Councillor Omar Patel":
                # the post a body's possessive gives, before what the name is printed with
                previous = description_before([c for c, _ in chunks], index)
                if previous and len(previous.split()) <= 8 and is_owned_post(previous):
                    mention.before = [previous]
            weak = len(name.split()) == 1 and not (titles or premod or mention.descriptions)
            weak = weak and not morph.is_first_name(name)
            events.append(Event(position, "person", mention, weak=weak))
    return _outside_premodifiers(events)


# "Мы поговорили с Валентиной Сорокиной", "удалось поговорить с Мариной Дьячковой": the
# person the writer spoke with, whom the quotes that follow are from.
_TALKED_WITH = re.compile(
    r"\b(?:поговорил|поговорить|побеседовал|побеседовать)\w*\s+с\s+[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?$"
)


def _premod_only(lead: list[str], premod: str) -> bool:
    """Whether the words before a name are its premodifier alone ("the Dutch conductor")."""
    if lead and lead[0].lower() in ("the", "a", "an"):
        lead = lead[1:]
    if len(lead) > 2 and lead[1] == "and" and lead[0].lower() in lx.ROLE_WORDS:
        lead = lead[2:]  # "the critic and broadcaster": two trades, the last printed as one
    return " ".join(lead) == premod


# "spotted by Tomasz Wierzbicki, a security researcher": someone a role describes.
_AGENT_DESCRIBED = re.compile(r"^(?:a|an)\s|^(?:[A-Z][\w&.-]*\s+){1,3}?[A-Z][\w&.-]*['’]s\s")


# Words before a name that someone acted on or with: "by", "to", "won by 61 votes over"
_AGENT_PREPOSITIONS = frozenset(lx.words("by to over against with"))


def _described_agent(words: list[str], chunks: Chunks, index: int) -> bool:
    """Whether the name ending a chunk after "by" or "to" is a person's, as the
    description after it shows: "The leak was spotted by Tomasz Wierzbicki, a security
    researcher", "listeners have woken up to Dave Marsh, Wyvern FM's breakfast presenter",
    "The fields belong to Richard Oakes, 58", "won by 61 votes over Dewi Kartikasari, 38"."""
    before = [w.lower() for w in words[-4:-1]]
    if index + 1 >= len(chunks) or not set(before) & _AGENT_PREPOSITIONS:
        return False
    if re.fullmatch(r"\d{1,3}", chunks[index + 1][0].strip()) and len(words) > 2:
        return words[-2][:1].isupper()  # "go to Isla Ferguson, 27,": an age is a person's
    described = _AGENT_DESCRIBED.match(chunks[index + 1][0])
    return described is not None and any(
        w.lower().strip(".,;") in lx.ROLE_WORDS for w in chunks[index + 1][0].split()[1:5]
    )


def _from_nominative_role(premod: str) -> str:
    """ "(на заседании) областного Собрания депутатов заместитель губернатора": genitives
    before a role in the nominative belong to what comes before them, not to the role."""
    words = premod.split()
    if not words or not morph.is_russian(words[0]):
        return premod
    for index, word in enumerate(words):
        if morph.is_function_word(word):
            return premod  # "проректора по научной работе": "по" is no surname here
        if _nominative_person(word):
            return " ".join(words[index:])
        nominative_adjective = any(
            p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in morph.parses(word.lower())
        )
        if nominative_adjective or not morph.is_genitive(word):
            return premod  # "бывший заместитель главы": the role starts with its adjective
    return premod


def _nominative_person(word: str) -> bool:
    if word.isupper():
        return False  # "АНО", "ООО": a legal form, whatever the dictionary guesses of it
    return any(
        p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in morph.parses(word.lower())
    )  # not "директора", which is also the plural


def _outside_premodifiers(events: list[Event]) -> list[Event]:
    """Drop a "name" inside the words printed before another person's name: in "Эколог
    Архангельского регионального отделения … Анна Лыткина" the capitalised adjective
    describes her body, and is nobody a later "она" may mean."""
    spans = [
        (e.position - len(e.mention.premod) - 1, e.position)
        for e in events
        if e.mention is not None and e.mention.premod and morph.is_russian(e.mention.premod)
    ]
    return [e for e in events if not any(a <= e.position < b for a, b in spans)]


# "For Malei, going back is not…": the person a sentence is about, named after "For".
# "For Maria Lopez, …", "У Анны Корниловой (44) кафе": the person the sentence is about
_TOPIC = re.compile(r"(?:For|To|Для)\s+\S+(?:\s+\S+)?$|У\s+[А-ЯЁ]")


_WHOSE = re.compile(r"^whose\s+([a-z][a-z -]{1,40})$")
_BODY_AT_END = re.compile(r"((?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*(?:\s+[a-z]+)?)$")


def _whose_role(chunks: Chunks, index: int) -> str:
    """ "the Third Way party, whose leader, Katarzyna Lis, …": the role in the body the
    sentence has just named ("leader of Third Way party"); "" when none is named."""
    whose = _WHOSE.match(chunks[index - 1][0].strip())
    body = _BODY_AT_END.search(chunks[index - 2][0].strip())
    if whose is None or body is None:
        return ""
    words = body.group(1).split()
    if words[-1].islower() and words[-1] not in lx.ORG_NOUNS:
        words = words[:-1]
    if not any(w.lower() in lx.ORG_NOUNS for w in words):
        return ""
    return f"{whose.group(1)} of {' '.join(words)}"


def _described_after(
    rest_of_chunk: list[str], following: Chunks, rest: str, role_before: str = ""
) -> list[str]:
    """What the sentence says of a name right after it: an age ("Игорь Лапин (31)"), the
    description chunks that follow, the job it gives ("работает медсестрой"), and the
    body "of" names after it (``role_before``: the role printed before the name)."""
    after: list[str] = []
    age = _AGE_AFTER_NAME.match(" ".join(rest_of_chunk))
    if age:  # "Игорь Лапин (31) уехал", "Саше 28 лет"
        after.append(age.group(1))
    if not rest_of_chunk or (age and len(rest_of_chunk) == 1):
        for chunk, _ in following:
            if not is_description(chunk):
                break
            if re.fullmatch(r"\d{1,3}", chunk) and re.match(rf",\s*{chunk}\s+[—–]", rest):
                break  # "29 проголосовали за Чиркову, 14 — за Дружинина": a count, no age
            after.append(chunk)
    job = _JOB.match(rest)
    if job:  # "Ольга Петрова, 41, работает медсестрой", "Maria Lopez works as a nurse"
        after.append(_job_role(job))
    body = _body_after_name(rest, role_before)
    if body:  # "Политолог Иван Ковач из Белградского университета считает…"
        after.append(f"at {body}")
    behalf = _ON_BEHALF.match(rest)
    if behalf:  # "Lucy Harrower apologised on behalf of the firm": the body she speaks for
        after.append(f"for {behalf.group(1)}")
    return after


# "… apologised on behalf of the firm": the body named, or referred to by its kind, that
# the person just named speaks for.
_ON_BEHALF = re.compile(
    r"^\s+[a-z]+\s+on\s+behalf\s+of\s+((?:the\s+[a-z]+)|(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
    r"(?=[\s,.;]|$)"
)


_OF_BODY = re.compile(r"^\s+(?:of|from|at|из)\s+(«[^»]+»|(?:the\s+)?[A-ZА-ЯЁ]\S*(?:\s+\S+){0,5})")


def _body_after_name(rest: str, role_before: str = "") -> str:
    """The body named right after a name ("of Belgrade University", "из «Яндекса»",
    "из Белградского университета"); a place ("of Austin", "из Москвы") is none. After
    a role and a full name, "of" names the body the role is in by its name alone ("Chief
    executive Ann Roe of Harlow Valley Health"), though not a place ("of Leeds")."""
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
    if not named and role_before and found.group().split()[0] == "of":
        named = not morph.is_russian(kept[0]) and employs(role_before, body)
    return body if named else ""


# "X (41) работает медсестрой", "X, 41, works as a nurse": the job the sentence gives.
_JOB = re.compile(
    r"^(?:,\s*\d{1,3}(?:\s+(?:год|года|лет))?,|\s*\(\d{1,3}\))?\s+(?:"
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
    return nominative_phrase(job.group(1)) if job.group(1) else job.group(2)


def _origin_before_noun(words: list[str], index: int) -> bool:
    """A nationality alone after an article or an age and before a noun in lower case."""
    previous = words[index - 1].lower() if index > 0 else ""
    following = words[index + 1] if index + 1 < len(words) else ""
    opened = previous in ("a", "an", "the") or previous.endswith("-old")
    return opened and following.islower() and is_nationality(words[index])


def _ends_run(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is the last capitalised word of a run."""
    word = words[index]
    if not is_capitalised(word) or word.lower() in lx.NOT_NAMES:
        return False
    if word.endswith(("'s", "’s")):
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    if qualifies_noun(word, following):
        return False  # "Зоологического института": an adjective of a body, not a surname
    return not (is_capitalised(following) or following.lower() in lx.SUFFIXES)
