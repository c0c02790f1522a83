"""Reading a clause: the phrase that names a speaker, before or after its verb.

A speaker is written as a name ("Sen. Amy Klobuchar"), a pronoun ("she"), or a
description ("a ministry spokesperson"), with descriptions around the name
("Sasha, 23, a machine learning engineer at…", "the company's chief executive,
Jonas Becker"). :func:`subject_before` reads the phrase that ends where a verb
starts ("…Becker, 52, said"); :func:`subject_after` the phrase that follows a verb,
a dash or "according to" ("said Mayor Linda Okafor, who…").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .bodies import nominative_body, russian_body
from .chunks import (
    chunks_of,
    description_before,
    ends_as_description,
    is_description,
    is_owned_post,
    is_parenthetical,
    is_party,
    is_rank,
    strip_head,
    strip_tail,
)
from .mention import Mention
from .names import is_capitalised, is_legal_form, split_name
from .prose_bodies import appositive_kinds
from .speakers import description_mention, leading_name, looks_like_org, name_mention
from .speech import sentence_end

_SOURCE_DOCUMENT = re.compile(
    r"^(?:a|an|the|his|her|its|their)\s+(?:\w+\s+)?(?:statement|post|letter|report|note|"
    r"message|e-?mail|interview|release|filing|video|speech|remarks)\s+(?:from|by|of)\s+",
    re.IGNORECASE,
)


_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has been|had been)\s+quoted\b.*$", re.S)
# Who a paper quoted, and the paper: the speaker is the one it quoted
_QUOTED_AS = re.compile(rf"^.*?\b(?:{'|'.join(lx.QUOTING_VERBS)})\s+(\S.*?)\s+as\s*$", re.S)


Chunks = list[tuple[str, int]]


def subject_before(text: str, base: int) -> Mention | None:
    """The speaker phrase that ends ``text`` (the words before a speech verb)."""
    text = _PASSIVE.sub("", text)  # "Solberg was quoted by the daily … as saying"
    quoting = _QUOTED_AS.match(text)  # "the daily Dagbladet quoted Mayor Ola Berg as saying"
    if quoting:
        text, base = quoting.group(1), base + quoting.start(1)
    chunks, allow_object = _chunks_before_verb(text, base)
    if not chunks:
        return None
    last, last_start = chunks[-1]
    last = strip_tail(last)  # "Галина Сметанина (67) из Красного Бора": where she is from
    age = _AGE_AT_END.search(last)  # "Капитан траулера Виктор Гусев (52) считает"
    chunks[-1] = (strip_tail(last[: age.start()]) if age else last, last_start)
    index, after = _descriptions_at_end(chunks)
    if index < len(chunks) - 1:  # "Sandra Oakes (57), a greengrocer, said"
        age = _AGE_AT_END.search(chunks[index][0])
        chunks[index] = (
            chunks[index][0][: age.start()] if age else chunks[index][0],
            chunks[index][1],
        )
    if age:
        after = [age.group(1), *after]
    chunk, start = chunks[index]
    chunk = strip_head(chunk)
    if index == len(chunks) - 1:
        chunk = _RU_OBJECT_AT_END.sub("", chunk)  # "Артем Белоусов этот факт (подтвердил)"
    end = base + len(text.rstrip(" ,"))
    mention = name_mention(chunk, start, end, allow_object=allow_object)
    lone = mention is not None and " " not in mention.name
    if lone and chunk.split()[:1] in (["В"], ["Во"]):
        # "В администрации Кирова заявили": the body, not a woman called Кирова
        mention = russian_body(chunk.split(), start) or mention
    if mention is None and index == 0:  # "Прокуратура Ленинского района сообщила"
        mention = nominative_body(chunk.split(), start)
    if mention is None:
        if after and not is_description(chunk) and not looks_like_org(chunk):
            return None  # "Acme Waste Company, the council's firm, said": a body speaks
        mention = description_mention(chunk, start, end)
        if mention is None:
            return None
        if looks_like_org(chunk) and is_capitalised(chunk.removeprefix("The ")):
            # "The Office for Students, the regulator for …, said": what kind of body it is
            after = [a for a in after if not appositive_kinds(f", {a}")]
    mention.after = mention.after + after
    if mention.name and index > 0:
        previous = description_before([c for c, _ in chunks], index)
        # "Авиационный эксперт, бывший командир воздушного судна Виктор Ламонов": what
        # someone is now, before the post they held
        former = mention.premod.lower().split()[:1] in (["бывший"], ["бывшая"], ["former"])
        plain = not mention.premod or is_rank(mention.premod) or former
        if previous and not is_party(previous) and (plain or is_owned_post(previous)):
            mention.before = [previous]  # "Its chair, Dr Ann Roe", "X's leader, Cllr Ann Roe"
    return mention


def subject_of_first_verb(left: str, base: int) -> Mention | None:
    """ "Галина Руденко работает в ней 19 лет и (говорит)", "Светлана Игнатьева, 38 лет,
    медсестра, привела сына в клуб и (говорит)": the person named in full before the
    first verb of one clause, which "и" goes on from to the verb of speech."""
    if not re.search(r"\sи\s*$", left):
        return None
    first = next(
        (
            m.start()
            for m in re.finditer(r"(?<![А-ЯЁа-яё-])[а-яё]+", left)  # whole words in lower case
            if m.start() and morph.verb_lemma(m.group()) and not morph.is_genitive(m.group())
        ),
        0,
    )
    if not first or re.search(r"[:;,]", left[first:]):
        return None  # a clause of its own between the verbs
    mention = subject_before(left[:first], base)
    return mention if mention is not None and len(mention.name.split()) > 1 else None


# What a Russian subject did something to, between them and the verb: "этот факт",
# "свою позицию", "такую информацию"
_RU_OBJECT_AT_END = re.compile(
    r"(?<=[А-ЯЁа-яё])\s+(?:эт(?:от|у|о|и|ого)|сво(?:ю|й|е|ё|и)|так(?:ую|ой|ое|ие)"
    r"|данн(?:ый|ую|ое|ые))(?:\s+[а-яё-]+){0,2}$"
)
_AGE_AT_END = re.compile(r"\s+\((\d{1,3})\)\s*$")
# A Russian participle opening a clause about the subject: "попросивший не называть…",
# "не пожелавший назвать свое имя".
_RU_PARTICIPLE_CLAUSE = re.compile(
    r"^(?:не\s+)?[а-яё]+(?:вш|ющ|ящ|ащ|ущ)(?:ий|ая|ее|ие)(?:ся)?(?:\s|$)"
    r"|^[а-яё]+(?:ый|ий|ая|ое|ые|ие)\s+(?:с|со|к|ко)\s"  # "знакомый с ходом обсуждения"
    r"|^[а-яё]+нн(?:ый|ая)\s+(?:от|в|во|на|по|из)\s",  # "избранный от Березников"
    re.IGNORECASE,
)


def _chunks_before_verb(text: str, base: int) -> tuple[Chunks, bool]:
    """The chunks that may name the speaker, and whether a "who" after the speaker shows
    that a name after a preposition may be theirs."""
    chunks = [_without_joining_word(chunk, start) for chunk, start in chunks_of(text, base)]
    if len(chunks) > 1 and re.fullmatch(r"[^\Wa-zа-яё]{3,}(?:\s+\(\w+\))?", chunks[0][0]):
        chunks.pop(0)  # "LONDON — A judge …": the dateline
    if chunks and chunks[-1][0].lower() in lx.RELATIVE_STARTS and len(chunks) > 1:
        chunks.pop()  # "…Priya Raman, a trustee, who called…": the speaker is named before "who"
        return chunks, True
    last = chunks[-1][0].split() if chunks else []
    # "бывший командир воздушного судна Виктор Ламонов": a former post and a name
    clause = bool(chunks) and bool(_RU_PARTICIPLE_CLAUSE.match(chunks[-1][0]))
    named = split_name(chunks[-1][0]) if clause else None
    clause = clause and not (named and " " in named[2])  # not "избранный от Березников"
    if len(chunks) > 1 and (clause or morph.is_gerund(last[0])):
        chunks.pop()  # "Сотрудник авиакомпании, пожелавший остаться неизвестным, рассказал"
    return chunks, False


_JOINED_RELATIVE = re.compile(r"^(?:and|but|и|но)\s+(?=\w+)", re.IGNORECASE)


def _without_joining_word(chunk: str, start: int) -> tuple[str, int]:
    """ "and who asked not to be named": a second clause about the subject is a clause
    about it as the first was, not a new subject."""
    joined = _JOINED_RELATIVE.match(chunk)
    if joined is None or chunk[joined.end() :].split()[0].lower() not in lx.RELATIVE_STARTS:
        return chunk, start
    return chunk[joined.end() :], start + joined.end()


# A subject and its finite verb opening a chunk: the chunk is a clause, not a name
_CLAUSE_VERB = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did)\s"
)


def _descriptions_at_end(chunks: Chunks) -> tuple[int, list[str]]:
    """Where the speaker's chunk is, and the descriptions between it and the verb."""
    after: list[str] = []
    index = len(chunks) - 1
    while index > 0:
        chunk = chunks[index][0]
        if ends_as_description(chunk):
            after.insert(0, chunk)
        elif not is_parenthetical(chunk):
            break
        index -= 1
    opened = any(_CLAUSE_VERB.search(chunk) for chunk, _ in chunks[: index + 1])
    if index < len(chunks) - 1 and opened and chunks[index][0].split()[-1].islower():
        # "Drones are flying drugs in, the inspectorate said": a clause of the writer's,
        # which the description after it is no apposition to; it is the speaker (not
        # "The IPRA has written to Tariq Jamil, the ward councillor, who called …")
        return len(chunks) - 1, []
    # "In a statement, the ministry said", "In a letter, seen by the Gazette, the
    # association warned": the description after the settings is the speaker
    while after and index < len(chunks) - 1 and is_parenthetical(chunks[index][0]):
        index += 1
        if after[0] == chunks[index][0]:
            after = after[1:]
    return index, after


def subject_after(text: str, base: int) -> Mention | None:
    """The speaker phrase that starts ``text`` (the words after a verb, a dash, "according to")."""
    end = sentence_end(text, 0, len(text))
    text = text[:end].rstrip(" .")
    words = text.split()
    body = russian_body(words, base + len(text) - len(" ".join(words)))
    if body is not None:
        return body
    words = _skip_leading(words)
    offset = len(text) - len(" ".join(words)) if words else len(text)
    body = russian_body(words, base + offset)  # "заявили «Известиям» в ООО «Вектор»"
    body = body or nominative_body(words, base + offset)  # "— сообщила прокуратура района"
    if body is not None:
        return body
    chunks = chunks_of(text[offset:], base + offset)
    if not chunks:
        return None
    first, first_start = chunks[0]
    source = _SOURCE_DOCUMENT.match(first)
    if source:  # "according to a statement from its chief executive, Mair Rees"
        first, first_start = first[source.end() :], first_start + source.end()
    mention = leading_name(first, first_start)
    rest = chunks[1:]
    if mention is None:
        if not (is_description(first) or looks_like_org(first)):
            return None
        mention, rest = _described_first(first, first_start, rest)
    if mention.pronoun:
        return mention
    for chunk, _ in rest:
        if not is_description(chunk):
            break
        mention.after.append(chunk)
    return mention


def _described_first(first: str, first_start: int, rest: Chunks) -> tuple[Mention, Chunks]:
    """The speaker when the words after a verb open with a description: the name in the
    next chunk, or at the description's end, else the described speaker."""
    ending = name_mention(first, first_start, first_start + len(first), allow_object=True)
    named = rest and is_capitalised(rest[0][0])
    if named and (is_legal_form(rest[0][0].split()[-1]) or appositive_kinds(f", {first}")):
        body, at = rest[0]  # "the Bremen-based supplier, Halden Robotics GmbH": the firm
        return Mention(body, at, at + len(body), before=[body]), rest[1:]
    if rest and (following := leading_name(rest[0][0], rest[0][1])) is not None:
        if not following.premod:
            following.before = [first]
        return following, rest[1:]
    leading = first[: len(first) - len(ending.written)].strip(" ,") if ending else ""
    if ending is not None and ending.name and not _OF_THE.search(leading):
        if leading and not ending.premod:  # "директора школы в селе Кунашак Людмилы …"
            ending.before = [leading]
        return ending, rest
    return Mention(first, first_start, first_start + len(first), before=[first]), rest


# "the International Committee of the Red Cross": a name after "of the" is the body's.
_OF_THE = re.compile(r"\b(?:of|for)\s+the$")


_ADDRESSED = frozenset(("ей", "ему", "им"))


def _one_spoken_with(word: str) -> bool:
    """ "корреспондентом", "журналистами": a person in the instrumental after "с", whom
    someone spoke with."""
    return any(
        p.tag.case == "ablt" and p.tag.POS == "NOUN" and "anim" in p.tag
        for p in morph.parses(word.strip(",."))
    )


def _skip_leading(words: list[str]) -> list[str]:
    """Drop what stands between a verb and its speaker: the audience ("журналистам",
    «Ведомостям», РБК) and the setting ("на открытии", "в разговоре с ТАСС")."""
    while len(words) > 1:
        first = words[0].lower().strip(",")
        if first == "the" and words[1].lower() in lx.AUDIENCES:
            words = words[1:]  # "told the press": the audience, whose article is no speaker
        elif first == "риа" and words[1].strip(",") == "Новости":
            words = words[2:]  # "— сообщили РИА Новости в Даурской таможне": the agency told
        elif first in lx.AUDIENCES or _is_acronym(words[0]) or first in _ADDRESSED:
            words = words[1:]  # "— возразил ей пенсионер": whom the speaker answered
        elif is_capitalised(words[0]) and words[1].islower() and morph.is_dative_only(words[0]):
            words = words[1:]  # "— заявил Интерфаксу заместитель министра": the outlet told
        elif morph.is_russian(first) and first.isalpha() and morph.verb_lemma(first):
            words = words[1:]  # "— подтвердил источник": a verb no list names
        elif words[0].startswith("«"):
            close = next((i for i, w in enumerate(words) if w.rstrip(",.").endswith("»")), -1)
            if close < 0 or close + 1 >= len(words):
                break
            words = words[close + 1 :]
        elif (
            first in ("на", "в", "во")
            and words[1].islower()
            and words[1] not in lx.ROLE_WORDS
            and russian_body(words, 0) is None  # "в пресс-службе мэрии": who speaks
        ):
            words = _past_genitives(words[2:])
        elif first == "с" and (_is_acronym(words[1]) or words[1].startswith("«")):
            words = words[1:]
        elif first == "с" and words[1].islower() and _one_spoken_with(words[1]):
            words = words[2:]  # "в разговоре с корреспондентом": whom the speaker told
        elif first in ("после", "перед") and words[1].islower() and morph.is_genitive(words[1]):
            words = _past_genitives(words[2:])  # "— сказала после заседания …": when
        elif _how_or_whence(words):
            words = words[2:]  # "— сказала со сцены …", "— ответил с улыбкой …": how, not who
        elif first == "с" and words[1].islower() and len(words) > 2 and _is_outlet(words[2]):
            words = words[2:]  # "в беседе с корреспондентом «Ленты.ру»"
        else:
            break
    return words


def _how_or_whence(words: list[str]) -> bool:
    """ "со сцены", "с улыбкой": where from or how someone spoke, not with whom."""
    first, noun = words[0].lower(), words[1]
    if first not in ("с", "со") or not (noun.isalpha() and noun.islower()):
        return False
    return not morph.is_person_noun(noun)


def _past_genitives(words: list[str]) -> list[str]:
    """ "на заседании областного Собрания депутатов заместитель губернатора …": the
    genitives after the setting say whose it is; the speaker is named after them."""
    index = 0
    while index + 1 < len(words):
        word = words[index]
        short = len(word) < 3 or not word.isalpha()  # "с корреспондентом", «Ленты.ру»
        if short or not morph.is_genitive(word) or morph.is_first_name(word):
            break
        index += 1
    return words[index:] if index and not morph.is_genitive(words[index]) else words


def _is_outlet(word: str) -> bool:
    return word.startswith("«") or _is_acronym(word)


def _is_acronym(word: str) -> bool:
    bare = word.strip(",.«»")
    return 1 < len(bare) <= 6 and bare.isupper() and bool(re.match("[А-ЯЁ]", bare))
