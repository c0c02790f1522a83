"""A clause cut into comma-separated chunks, and which chunks describe a person.

"Sasha, 23, a machine learning engineer at…" is a name and two descriptions;
"speaking on condition of anonymity" and "in a statement" are neither. A chunk
before a verb is trimmed of what is not the speaker ("also", "на пресс-конференции").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .name_roles import is_age_word
from .names import PREPOSITIONS, is_capitalised, is_legal_form, split_name
from .org_names import is_place
from .speech import find_verbs

_ADVERBS = frozenset(
    lx.words(
        """
    also later then once recently previously simply quickly bluntly flatly finally
    now earlier again often always still even further repeatedly has have had would
    will could did does is was were not never only just later, quietly angrily
    calmly proudly также еще ещё уже тогда потом позже ранее вчера сегодня накануне
    неоднократно впоследствии позднее прежде не ни
    """
    )
)


_LEADING_JUNK = frozenset(
    lx.words(
        """
    and but so then yet as и а но как же
    """
    )
)


_PREDICATE_STARTS = frozenset(
    lx.words(
        """
    works worked lives lived has had is was runs ran owns owned heads headed leads led
    teaches taught moved spent joined left работает работала работал живет живёт жила
    """
    )
)


_PARTY = re.compile(r"^[DRI]-[A-Z][\w.]*$")


# "Weber's neighbour", "the company's chief executive": an owner starts the chunk, where
# "runs a florist's next door" says what someone does.
_POSSESSIVE_START = re.compile(
    r"^(?:the\s+)?(?:(?:[A-ZА-ЯЁ][^\s,]*|&)\s+){0,3}[^\s,]+?(?:['’]s|s['’])\s"
)  # "Fenwick & Hale Ltd's editorial director"


_NAME_TITLES = lx.HONORIFICS | frozenset(lx.RANKS)


# A quote the writer's sentences are read without (see extractor._narrative_events).
_BLANKED_QUOTE = re.compile(r"«\s+»|\"\s+\"|“\s+”")


def _lower_or_place(word: str) -> bool:
    """ "садов", "Прикубанского": a lower-case word, or a capitalised one in the genitive
    that is no first name (where a body is: "одного из садов Прикубанского округа")."""
    if word.islower():
        return True
    return morph.is_genitive(word) and not morph.is_first_name(word)


def is_description(chunk: str) -> bool:
    """Whether a comma-separated chunk describes a person ("23", "a nurse", "who…")."""
    words = chunk.split()
    if not words or _goes_on(words) or _BLANKED_QUOTE.search(chunk):
        return False  # "гагара «…»": a quote in it, so the sentence going on
    first = words[0].lower()
    if re.fullmatch(r"(?:aged\s+)?\d{1,3}|\d{1,3}\s+(?:год|года|лет)\.?", chunk):
        return True  # "72", "aged 72", "67 лет"
    if _PARTY.match(chunk) or is_age_word(words[0]):
        return True
    if first in ("a", "an", "the", "another") or first in lx.RELATIVE_STARTS:
        return True
    if first in ("of", "from") and _names_body_after(words[1:]):
        return True  # ", of Acme Bank,", ", of organisers Lido Events Srl,"
    if first in ("his", "her", "their", "its", "ее", "её", "его", "их", "one"):
        return True
    if first in ("один", "одна") and len(words) > 2 and words[1].lower() == "из":
        return bool(morph.one_of_several(words[2:]))  # "Один из (бывших) менеджеров «Едем»"
    if _POSSESSIVE_START.match(chunk) and not find_verbs(chunk):
        return True
    if first in lx.ROLE_WORDS or first in lx.RELATIONS:
        return True
    if re.match(r"(?:работа|трудя|служа)\w*щ(?:ий|ая|ие)$", first):
        return True  # "работающая в «Кадровом мосте» аналитиком"
    head = first.split("-")[-1]  # "backend-разработчик", "data-инженер": the last part
    if len(words) == 1 and morph.head_noun(first) in lx.SOURCE_NOUNS:
        return True  # "Источник, знакомый с ходом обсуждения, рассказал"
    if morph.is_russian(head) and (
        morph.is_person_noun(head) or morph.head_noun(head) in lx.ROLE_WORDS
    ):  # "источник издания", "пенсионерка"
        group = len(words) <= 2 and morph.is_plural_noun(words[0])  # "Продавцы называют…"
        common = words[0].split("-")[-1].islower()  # "HR-менеджер"
        rest = re.sub(r"«[^»]*»", "", " ".join(words[1:])).split()  # "Водитель «Икса»"
        common = common or (len(words) > 1 and all(map(_lower_or_place, rest)))
        # "Лесничий, пожелавший остаться неназванным": a trade alone, by the ending of a
        # trade's name; not "Грач", a surname that is also a bird
        trade = head.lower().endswith(_TRADE_ENDINGS) or morph.head_noun(head) in lx.ROLE_WORDS
        common = common or (len(words) == 1 and trade)
        return (common or group) and not morph.has_predicate(chunk)
    if _russian_modified_role(words) and not morph.has_predicate(chunk):
        return True  # "управляющий партнер бюро «…»", "старший научный сотрудник"
    if morph.person_after_act(words):
        return True  # "стоявшая рядом жительница поселка": someone by what they did
    # "senior nurse", "vice-chairman of …": a role word, also after a hyphenated prefix
    if words[0].islower() and any(w.lower().split("-")[-1] in lx.ROLE_WORDS for w in words[:5]):
        return True
    office = _OFFICE_OF.match(chunk)  # "prefect of the Nord region": an office of a place
    return office is not None and is_place(office.group(1))


# Endings of the names of trades: "Лесничий", "Водитель", "Медсестра", "Пенсионерка",
# "Пивовар", "Инженер", "Инспектор"
_TRADE_ENDINGS = tuple(
    lx.words("чий тель ник щик чик ист ница щица сестра ерка арка лка вар ер ор")
)


# An office in lower case, then "of" and what it is of: "prefect of the Nord region".
_OFFICE_OF = re.compile(r"^(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+of\s+((?:the\s+)?[A-Z].*)$")


def _names_body_after(words: list[str]) -> bool:
    """ "Acme Bank", "organisers Lido Events Srl": after "of" or "from", a body's name (up
    to two words in lower case saying its kind before it), by a kind of body among its
    words or its legal form at the end."""
    lower = 0
    while lower < min(len(words), 2) and words[lower].islower():
        lower += 1
    if lower == len(words) or not is_capitalised(words[lower]):
        return False
    return any(w.lower().strip(".,'’s") in lx.ORG_NOUNS for w in words) or is_legal_form(words[-1])


def _goes_on(words: list[str]) -> bool:
    """Whether a chunk is the sentence going on, or a name, rather than a description."""
    first = words[0].lower()
    if first in _PREDICATE_STARTS:
        return True  # "works as a nurse at a clinic": what the sentence says someone does
    if words[0].islower() and find_verbs(words[0], naming=False):
        return True  # "said farmers were…": the sentence goes on, nobody is described
    # "the Rev. Eilidh Munro", "the Hon. Jane Doe": a name with its title
    return first == "the" and len(words) > 2 and words[1].lower().rstrip(".") in _NAME_TITLES


def _russian_modified_role(words: list[str]) -> bool:
    """Adjectives in lower case (the first may open the sentence: "Бывший прораб"), then
    a noun naming a person."""
    index = 0
    while index < min(len(words) - 1, 3) and re.fullmatch(
        r"[а-яё]+(?:ий|ый|ой|ая|яя)", words[index].lower() if index == 0 else words[index]
    ):
        index += 1
    return 0 < index < len(words) and morph.is_person_noun(words[index].strip(",.«»"))


# A clause about the words before it: "которая …", "куда …", "где …", "работающий …"
_CLAUSE_START = re.compile(
    r"^(?:котор|(?:куда|где|откуда|чей|чья|чь[её]|чьи)\s|"
    r"[а-яё]+(?:ющ|ящ|ащ|ущ|вш)(?:ий|ая|ее|ие|его|ей|ему|их|им))"
)


# "Hull City Council's cabinet member for transport": a post, owned by the body named
_OWNED_POST = re.compile(r"^(?:the\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[\w&.-]+['’]s\s+[a-z]")


def is_owned_post(chunk: str) -> bool:
    """Whether a chunk is a post a body's possessive gives ("the orchestra's leader"),
    which says what someone printed with another word before their name is there; or
    an office in a group the story is about ("The chair of the judges")."""
    office = _OFFICE_OF_GROUP.match(chunk)
    return bool(_OWNED_POST.match(chunk)) or bool(office and office.group(1) in lx.ROLE_WORDS)


_OFFICE_OF_GROUP = re.compile(r"^[Tt]he\s+([a-z]+)\s+of\s+the\s+[a-z]+$")


def description_before(chunks: list[str], index: int) -> str:
    """The description printed just before the name in ``chunks[index]``: the chunk
    before it, or, past a clause about a body ("Председатель организации «…», которая
    с 2019 года собирает жалобы, Вадим Копылов"), the chunk before the clause."""
    for start in range(index - 1, max(index - 4, 0), -1):
        if _CLAUSE_START.match(chunks[start]):
            lead = chunks[start - 1]
            return lead if is_description(lead[:1].lower() + lead[1:]) else ""
    previous = chunks[index - 1]
    # "Marchenko said the hospital's director, Ihor …"; "The decision was confirmed by
    # the region's Police and Crime Commissioner (PCC), Andrew Sefton": the office that
    # ends a longer chunk, without its initials
    tail = _ROLE_AT_END.search(_INITIALS_AT_END.sub("", previous))
    parts = tail.group(2).lower().split("-") if tail else []  # "its chef-owner"
    office = tail.group(1) if tail and any(p in lx.ROLE_WORDS | lx.RELATIONS for p in parts) else ""
    office = office if office and is_description(office) else ""
    if is_description(previous) and (len(previous.split()) <= _LONGEST or not office):
        return previous
    return office


# The most words a description printed before a name runs to
_LONGEST = 8


def is_rank(premod: str) -> bool:
    """A word of rank or address before a name ("Professor", "General"), not an office:
    the description before it ("Its vice-chancellor, Professor …") still says the post."""
    word = premod.lower().rstrip(".")
    return " " not in word and (word in lx.HONORIFICS or word in lx.RANKS.values())


_ROLE_AT_END = re.compile(
    r"\b((?:the|its|his|her|their)\s+(?:\S+\s+){0,4}?([A-Za-z]+(?:-[A-Za-z]+)*))$"
)
_INITIALS_AT_END = re.compile(r"\s+\([A-Z]{2,6}\)$")


_CHUNK = re.compile(r"(?:[^,;:—–]|(?<=\d),(?=\d))+")  # "5,000", "1,38 млн": one number


def chunks_of(text: str, base: int) -> list[tuple[str, int]]:
    """Comma-separated chunks of ``text`` with their offsets (``base`` added); the comma
    of a number ("5,000 researchers", "1,38 млн рублей") separates nothing."""
    found: list[tuple[str, int]] = []
    for match in _CHUNK.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = base + match.start() + raw.index(stripped)
        if found and _goes_on_with(found[-1][0], stripped):
            previous, at = found[-1]  # "the University of California, Davis": one name
            if text[at - base + len(previous) : start - base].strip() == ",":
                found[-1] = (text[at - base : start - base + len(stripped)], at)
                continue
        found.append((stripped, start))
    return _listed_fields(text, base, found)


def _listed_fields(text: str, base: int, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """ "the Department of Climate Change, Energy, the Environment and Water": a body's
    name listing its fields, set off by commas, is one chunk."""
    index = 0
    while index < len(found):
        chunk, at = found[index]
        last = index + 1
        while last < len(found) and _LISTED_ITEM.fullmatch(found[last][0]):
            last += 1
        whole = last > index + 1 and last < len(found) and _LISTED_OPENS.search(chunk)
        if whole and _LISTED_LAST.match(found[last][0]):
            joined = [found[i][1] - base for i in range(index, last + 1)]
            gaps = [
                text[joined[i] + len(found[index + i][0]) : joined[i + 1]].strip()
                for i in range(len(joined) - 1)
            ]
            if all(gap == "," for gap in gaps):
                end = found[last][1] - base + len(found[last][0])
                found[index : last + 1] = [(text[at - base : end], at)]
        index += 1
    return found


def _goes_on_with(previous: str, chunk: str) -> bool:
    """Whether a chunk goes on with the body's name the chunk before ends with: a campus
    ("University of California, Davis"), or the rest of a list of fields ("a spokesperson
    for Immigration, Refugees and Citizenship Canada", "Science, Innovation and Technology")."""
    if _CAMPUS.fullmatch(chunk.rstrip(".")) and _UNIVERSITY_OF.search(previous):
        return True
    if _OPENS_NAME.fullmatch(previous):  # "The Kent Roads, Bridges and Rail Service said"
        rest = _LISTED_FIELDS.match(chunk)
        return bool(rest) and rest.group().split()[-1].lower() in lx.ORG_NOUNS  # type: ignore[union-attr]
    return bool(_LISTED_AFTER.search(previous) and _LISTED_REST.fullmatch(chunk.rstrip(".")))


# A body's name opening a sentence with its first field, the rest after a comma.
_OPENS_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2}")
_LISTED_FIELDS = re.compile(
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
)


_LISTED_AFTER = re.compile(r"\b(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*$")
_LISTED_OPENS = re.compile(r"\b(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
_LISTED_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
_LISTED_LAST = re.compile(
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:and|&)\s+(?:the\s+)?[A-Z]"
)
_LISTED_REST = re.compile(
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:and|&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+\([A-Z][\w-]*\))?"
)
# "University of California, San Francisco": a campus named after a comma.
_UNIVERSITY_OF = re.compile(r"\bUniversity of [A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
_CAMPUS = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")


def is_party(chunk: str) -> bool:
    """ "D-Minn.", "R-Texas": a politician's party and state, not a description to read."""
    return bool(_PARTY.match(chunk))


def strip_tail(chunk: str) -> str:
    words = _without_object(_before_setting(chunk.split()))
    while words and (words[-1].lower() in _ADVERBS or _is_adverb(words[-1])):
        if len(words) == 1:
            break
        words.pop()
    return " ".join(words)


_OWN = frozenset(lx.words("своем своём своей своих"))


# After a Russian name, the body someone is from, by its name in guillemets and its kind
# before it: "из бюро «Линия»", "из «Мемориала»".
FROM_BODY = re.compile(r"\s+из\s+(?:[а-яё-]+\s+){0,3}«([^»]+)»$")


def _before_setting(words: list[str]) -> list[str]:
    """A name followed by where or when it spoke, cut before the setting: "Эльвира
    Набиуллина на пресс-конференции после заседания" → "Эльвира Набиуллина"."""
    for index in range(1, len(words) - 1):
        if words[index].lower() in ("в", "во", "на") and words[index + 1].lower() in _OWN:
            return words[:index]  # "Министерство в своем телеграм-канале": where it spoke
    if FROM_BODY.search(" ".join(words)):
        return words  # "Ксения Дорофеева из бюро «Линия»": the body someone is from
    for index in range(1, len(words)):
        # "Галина Сметанина (67) из Красного Бора": past the age printed after the name
        named = words[index - 2 if _AGED.fullmatch(words[index - 1]) and index > 1 else index - 1]
        if words[index] in _SETTING_STARTS and is_capitalised(named):
            if _ends_in_full_name(words[index + 1 :]):
                break  # "Настоятель храма … в Усолье Андрей Вохмянин": the name comes last
            kept = [w for w in words[:index] if not _AGED.fullmatch(w)]
            return words[:index] if split_name(" ".join(kept)) else words
    return words


_AGED = re.compile(r"\(\d{1,3}\)")


def _ends_in_full_name(words: list[str]) -> bool:
    """Whether a first name and a surname end the words ("… в Усолье Андрей Вохмянин")."""
    return len(words) > 2 and morph.is_first_name(words[-2]) and is_capitalised(words[-1])


# Words that open where or when someone spoke, after their name ("после заседания")
_SETTING_STARTS = PREPOSITIONS | frozenset(lx.words("после перед накануне after before"))


def _without_object(words: list[str]) -> list[str]:
    """A Russian name followed by what the verb after it governs, cut after the name:
    "Артур Саркисян вину компании не (признает)" → "Артур Саркисян"."""
    for index in range(len(words) - 1, 0, -1):
        if is_capitalised(words[index]):
            tail = words[index + 1 :]
            plain = all(w.isalpha() and w.islower() and morph.is_russian(w) for w in tail)
            person = is_capitalised(words[index - 1]) and morph.is_name_word(words[index])
            negated = "не" in tail and not any(w in PREPOSITIONS for w in tail)
            if plain and negated and person and split_name(" ".join(words[: index + 1])):
                return words[: index + 1]
            break
    return words


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


# "In a statement the company said": how the speaker spoke, opening the chunk
_THROUGH = re.compile(
    r"^(?:In|Through|Via)\s+(?:a|an|its|their|the)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|letter|email|e-mail|post|filing|release|interview|message)\s+(?=\S)"
)


def strip_head(chunk: str) -> str:
    words = _THROUGH.sub("", chunk).split()
    while len(words) > 1 and words[0].lower() in _LEADING_JUNK:
        words.pop(0)
    return " ".join(words)


_DETERMINED = ("a", "an", "the", "one", "his", "her", "their", "its", "another")


def ends_as_description(chunk: str) -> bool:
    """Whether a chunk before a verb describes the speaker rather than naming them."""
    words = chunk.split()
    if not words or words[-1].lower() in lx.PRONOUNS:
        return False
    if _PARTY.match(chunk) or words[0].lower() in lx.RELATIVE_STARTS:
        return True
    kin = len(words) > 1 and words[0].islower() and words[0] in lx.RELATIONS
    if kin and morph.is_russian(words[0]) and morph.is_genitive(words[-1]):
        return True  # "Наталья Гаврилова, 41 год, мать Полины, говорит": whose mother she is
    parts = split_name(chunk) if words[0].lower() not in _DETERMINED else None
    if parts is not None and not _names_a_body(words, parts[2]):
        return False
    return is_description(chunk)


def _names_a_body(words: list[str], name: str) -> bool:
    """ "глава Минцифры", "основатель стартапа Flowwow", "сотрудник Института Гайдара": a
    Russian role whose last word is a body's (one word, not a first name), not a person's."""
    if not morph.is_russian(words[0]) or not words[0].islower() or " " in name:
        return False
    return not morph.is_first_name(name) and (morph.is_person_noun(words[0]) or len(words) > 2)


# Words opening a clause set off inside a sentence, which names no one
_SUBORDINATORS = frozenset(lx.words("because although though whereas unless потому поскольку"))


def is_parenthetical(chunk: str) -> bool:
    """ "speaking on condition of anonymity", "in a statement", "because staff had been
    told not to talk": neither name nor description."""
    first = chunk.split()[0].lower()
    if first in _SUBORDINATORS:
        return True
    if re.match(r"(?:also\s+|better\s+)?known\s+as\s", chunk):
        return True  # "The National Association of Food Industries, known as ANIA, said"
    if re.match(r"[a-z]+(?:ed|en|wn|nt)\s+by\s", chunk.lower()):
        return True  # "In a letter, seen by the Wensley Gazette, the association warned"
    return (first.endswith("ing") and first not in ("king",)) or first in PREPOSITIONS - {
        "the",
        "a",
        "an",
    }
