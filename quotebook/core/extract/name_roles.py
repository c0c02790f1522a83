"""The role words printed right before a name: "Fire chief Dan Roe", "crane operator
Joost Bakker", "адвокат проекта «Право на голос» Дмитрий Сорокин", "Secretary of State"."""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .speech import find_verbs

_AGE_WORD = re.compile(r"^\d{1,3}[-‑](?:year-old|летн\w*)$", re.IGNORECASE)


def is_age_word(word: str) -> bool:
    """ "19-year-old", "54-летний", "Пятнадцатилетний": an age, printed before a role."""
    return bool(_AGE_WORD.match(word)) or morph.age_in_words(word) is not None


_LEADING_JUNK = frozenset(lx.words("and but so then yet as и а но как же"))

PREPOSITIONS = frozenset(
    lx.words(
        """
    at of for from in on with by to the a an about into over under around near outside
    across behind beyond inside through throughout along towards toward within
    в на из у от для при по с к
    """
    )
)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def premodifier(words: list[str]) -> str:
    """The role words directly before a name ("Fire chief", "19-year-old defender")."""
    words = _quoted_as_one(words)  # "адвокат проекта «Право на голос»": a name, whatever in it
    words = _regions_as_one(words)  # "по Кемеровской и Томской областям"
    kept: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lower = word.lower().strip(",")
        if kept and _joins_role(words, position):
            kept.insert(0, word)
            continue
        if kept and lower.rstrip(".") in lx.HONORIFICS and kept[0].lower() in lx.ROLE_WORDS:
            kept.insert(0, word)  # "Mr Justice Hayden": the honorific belongs to the office
            break
        if kept and lower in _RU_OWNERS:
            kept.insert(0, word)  # "Его директор Павел Гринев": the body just named owns it
            break
        acronym = len(word) > 1 and word.isupper()  # "IT worker": not the pronoun "it"
        if (lower in lx.NOT_NAMES and not acronym) or lower in _LEADING_JUNK:
            break
        if find_verbs(word, naming=False) or lower in _IRREGULAR_PAST | lx.QUOTING_VERBS:
            break
        if lower in _AUXILIARIES:
            break  # "Among those in the public gallery was Keith Lumb": no role before him
        if _past_after_name(words, position):
            break  # "District Judge Paul Whitcombe fined Whitby": what he did to Whitby
        if morph.is_russian(lower) and morph.verb_lemma(lower) and not morph.is_genitive(lower):
            break  # "суд приговорил журналистку Елену…": the role starts after the verb
            # ("Житель села Чиркей": "села" is the village's genitive, not "sat down")
        if word.endswith(("'s", "’s")) and kept and kept[0].islower():
            kept[:0] = _owner(words, position)  # "Hauck Bank's chief economist Petra Lind"
            break
        if word.endswith((",", ":")) or word.endswith(("'s", "’s")) or len(kept) >= 14:
            break
        if word in ("-", "—", "–"):
            break  # "BERLIN, Germany - Mayor Kai Wegner": the dateline ends at the dash
        kept.insert(0, word)
    while kept and (not _is_role_start(kept[0]) or kept[0].lower() in _JOINING_WORDS):
        popped = kept.pop(0)  # "тревожит и 19-летнего Ивана": a role never opens with "и"
        if popped.lower() in _RU_PREPOSITIONS:
            kept = _past_object(kept)
    kept = _from_person_noun(_past_passive(kept))
    if kept and not kept[0].islower():
        return " ".join(kept).replace(_JOINER, " ")
    lead = _common_noun_role(words[: len(words) - len(kept)])  # "bus driver", "tenant"
    return " ".join([lead, *kept]).strip().replace(_JOINER, " ")


_JOINER = "\u2060"
_RU_PREPOSITIONS = frozenset(
    lx.words("в во на под за из у от для при по с со к о об про через над перед без до")
)


def _past_after_name(words: list[str], position: int) -> bool:
    """Whether the English word at ``position`` is a verb in the past tense after a name
    ("Whitcombe fined", "Patel thanked"): the name before it is the subject."""
    word = words[position]
    before = words[position - 1] if position else ""
    return (
        word.isascii()
        and word.isalpha()
        and word.islower()
        and word.endswith("ed")
        and before[:1].isupper()
        and before.isalpha()
    )


def _past_object(kept: list[str]) -> list[str]:
    """The words after a Russian preposition past its object, its adjectives and its
    noun ("под домашний арест главу округа" → "главу округа", "с жителями директор
    школы" → "директор школы"), when a role goes on after them."""
    first = 0
    while first < len(kept) - 1 and _adjective(kept[first]) and not _plain_noun(kept[first]):
        first += 1
    rest = kept[first + 1 :]
    return rest if rest and _is_role_start(rest[0]) and rest[0][:1].islower() else kept


def _past_passive(kept: list[str]) -> list[str]:
    """ "заверенный от имени нотариуса" → "имени нотариуса": a passive participle says
    what was done to a thing, no one's role; the role goes on after its preposition."""
    first = kept[0].lower() if kept else ""
    passive = any(p.tag.POS == "PRTF" and "pssv" in p.tag for p in morph.parses(first)[:1])
    at = next((i for i, w in enumerate(kept) if i and w.lower() in _RU_PREPOSITIONS), 0)
    return kept[at + 1 :] if passive and at and at + 1 < len(kept) else kept


def _from_person_noun(kept: list[str]) -> list[str]:
    """ "докторской диссертации проректора по научной работе" → "проректора по научной
    работе": a Russian role opened by a thing, whose owner in the genitive right after
    it is the person named, starts at the owner; the thing is no part of it."""
    first = next(
        (i for i, w in enumerate(kept) if not _adjective(w) or morph.is_person_noun(w)), -1
    )
    if first < 0 or first + 1 >= len(kept) or not _plain_noun(kept[first]):
        return kept
    if morph.is_person_noun(kept[first]) or kept[first].lower() in lx.ROLE_WORDS:
        return kept
    owner = kept[first + 1]
    if morph.is_person_noun(owner) and morph.is_genitive(owner) and owner.islower():
        return kept[first + 1 :]
    return kept


def _plain_noun(word: str) -> bool:
    """A Russian word only a noun that declines ("диссертации"), not "главного"."""
    parses = morph.parses(word.lower()) if re.fullmatch(r"[а-яёА-ЯЁ][а-яё-]*", word) else []
    nouns = [p for p in parses if p.tag.POS == "NOUN" and "Fixd" not in p.tag]
    return bool(nouns) and len(nouns) == len(parses)


def _adjective(word: str) -> bool:
    """A Russian word that may be an adjective or a participle ("докторской")."""
    parses = morph.parses(word.lower()) if re.fullmatch(r"[а-яёА-ЯЁ][а-яё-]*", word) else []
    return any(p.tag.POS in ("ADJF", "PRTF") for p in parses)


def _owner(words: list[str], position: int) -> list[str]:
    """The capitalised words of a name ending in "'s" at ``position``: the body or person
    owning the role after it ("Hauck Bank's", "the Fed's"); none after lower-case words."""
    owner: list[str] = []
    for word in reversed(words[max(0, position - 3) : position + 1]):
        if not is_capitalised(word) or (word.endswith((",", ".", ":", ";")) and owner):
            break
        owner.insert(0, word)
    return owner if owner and owner[-1] == words[position] else []


def _regions_as_one(words: list[str]) -> list[str]:
    """The words with each region of more than two words a body's branch serves joined
    into one ("по⁠Кемеровской⁠области⁠—⁠Кузбассу"), which a dash or "и" would cut."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        size = words_after_po(words[index:]) if joined and joined[-1][-1:].isalpha() else 0
        size = size if size > 3 else 1
        joined.append(_JOINER.join(words[index : index + size]))
        index += size
    return joined


def _quoted_as_one(words: list[str]) -> list[str]:
    """The words with each name in guillemets joined into one ("«Право⁠на⁠голос»")."""
    joined: list[str] = []
    open_at = -1
    for word in words:
        if open_at >= 0:
            joined[-1] += _JOINER + word
        else:
            joined.append(word)
            open_at = len(joined) - 1 if word.startswith("«") else -1
        if "»" in word:
            open_at = -1
    return joined


_FUNCTION_WORDS = frozenset(
    lx.words(
        """
    when where while after before if because that who whom whose which than as since
    until unless though although whether whenever meanwhile including like unlike
    except besides via per then now also only even just still here there
    """
    )
)


_ROLE_PARTICIPLES = frozenset(lx.words("retired qualified trained unemployed licensed acting"))
# Past tenses without "-ed" that may stand between a subject and a name.
_IRREGULAR_PAST = frozenset(
    lx.words(
        """
    met saw told took gave sent left got made found kept led won lost paid beat hit let
    put set cut thought brought bought caught taught fought held heard knew wrote spoke
    rang sat ran chose drove flew sold sought struck swore threw understood became
    """
    )
)


_AUXILIARIES = frozenset(lx.words("was were is are been has have had"))


def _common_noun_role(words: list[str]) -> str:
    """ "crane operator Joost Bakker", "tenant Linda Howells": English common nouns
    right before a name, with no article, are the role it is printed with."""
    kept: list[str] = []
    for word in reversed(words[-3:]):
        bare = word.lower()
        plain = re.fullmatch(r"[a-z][a-z-]*", word) is not None
        if not plain or bare in PREPOSITIONS | _FUNCTION_WORDS | lx.NOT_NAMES | _LEADING_JUNK:
            break
        if bare.endswith(("ly", "ed", "ing")) and bare not in _ROLE_PARTICIPLES:
            break
        if bare in _IRREGULAR_PAST | _AUXILIARIES:
            break  # "Wierzbicki met Lis": a verb between two names, not Lis's role
        if find_verbs(word, naming=False):
            break
        kept.insert(0, word)
    opener = words[len(words) - len(kept) - 1].lower() if len(words) > len(kept) else ""
    verb_form = bool(kept) and kept[0].endswith("s") and not kept[0].endswith("ss")
    if kept and (opener in ("who", "which") or (opener == "that" and verb_form)):
        return ""  # "a dairy which buys Pritchard's milk": the clause's verb, not a role
    known = bool(kept) and kept[0] in lx.ROLE_WORDS | lx.PERSON_NOUNS | lx.RELATIONS
    if kept and opener == "to" and len(kept) == 1 and not known:
        return ""  # "done little to reassure Gillian Marsh": a verb; not "to tenant …"
    return " ".join(kept)


def _joins_role(words: list[str], position: int) -> bool:
    """ "Secretary of State", "водных и экологических": a joining word inside a title."""
    word = words[position].lower()
    if position == 0 or word not in ("of", "for", "and", "&", *_RU_JOINS):
        return False
    before, after = words[position - 1], words[position + 1]
    if word in ("of", "for") and before.lower() in lx.ROLE_WORDS and after.islower():
        return after not in PREPOSITIONS  # "chief of staff", "head of research"
    if word in _RU_JOINS:  # "директор школы в селе Кунашак", "директор по развитию"
        lower = before.islower() or morph.is_person_noun(before)  # "Директор по развитию"
        named = word in ("в", "во") and after.startswith("«")  # "глава отдела в «Луче»"
        if word == "и" and after.isupper() and before.islower() and morph.is_genitive(before):
            return True  # "министр строительства и ЖКХ области": two fields of one office
        if word == "по" and (after.islower() or after.isupper()) and not before.endswith("»"):
            return True  # "заместитель главы администрации Воронежа по городскому хозяйству"
        # "руководитель управления ФАС по Тверской области": the branch's region, also
        # after a body's initials and country ("начальник ГУ МЧС России по Тверскому краю"),
        # or its city ("по Москве")
        size = words_after_po(words[position:]) if word == "по" else 0
        if before[-1:].isalpha() and (size > 2 or (size == 2 and is_capitalised(after))):
            return True
        if word in ("в", "во") and before.endswith("»") and morph.is_place(after):
            return True  # "владелец автосервиса ООО «Моторика» в Дзержинске": where it is
        # "социолог университета в Санкт-Петербурге", "житель дома на Щорса": where it is
        located = word in ("в", "во", "на") and is_capitalised(after) and before.islower()
        plain = lower and (after.islower() or named or located) and not before.endswith("»")
        return plain and bool(re.match(r"[а-яё]", before.lower()))
    return is_capitalised(before) and is_capitalised(after)


_RU_JOINS = ("и", "в", "на", "при", "по")
_JOINING_WORDS = frozenset(("of", "for", "and", "&", *_RU_JOINS))
_RU_OWNERS = frozenset(("его", "ее", "её", "их"))


def _is_role_start(word: str) -> bool:
    lower = word.lower().rstrip(".")
    if re.match(r"[а-яё]", lower):
        return _is_russian_role(lower)
    return (
        is_capitalised(word)
        or lower in lx.ROLE_WORDS
        or lower in lx.GENERIC_MODIFIERS
        or lower in lx.ORG_NOUNS
        or lower in lx.RELATIONS
        or is_age_word(word)
    )


def _is_russian_role(lower: str) -> bool:
    """A Russian role word in any case form ("юриста"), or an adjective before one."""
    if is_age_word(lower) or lower in lx.RELATIONS:
        return True
    # "Главному врачу …": an adjective in any case, the dative and instrumental too
    if re.search(r"(?:ый|ий|ой|ая|ого|его|ее|ые|ую|ому|ему|ым|им)$", lower):
        return True
    if morph.is_person_noun(lower):
        return True
    return any(lower.startswith(role) for role in lx.ROLE_WORDS if len(role) >= 4) or any(
        lower.startswith(relation) for relation in lx.RELATIONS if len(relation) >= 3
    )


def words_after_po(words: list[str]) -> int:
    """How many words "по" opens in a body's name, itself included: the field the body is
    for ("по рыболовству") or the region its branch serves ("по Самарской области"); 0
    when the words do not open with "по" or it opens neither."""
    if not words or words[0].lower() != "по":
        return 0
    if len(words) > 1 and _field(words[1]):
        readings = morph.parses(words[1])
        adjective = any(p.tag.POS == "ADJF" and p.tag.case == "datv" for p in readings)
        size = 3 if adjective and len(words) > 2 and _field(words[2]) else 2  # "по учебной работе"
        governed = words[size] if len(words) > size else ""
        plain = _field(governed) and not morph.is_function_word(governed)
        if plain and morph.in_case(governed, frozenset({"ablt"})):
            size += 1  # "по управлению имуществом": what the field manages
        return size
    size = _region(words[1:6])
    named = words[1 + size : 3 + size]
    if size and len(named) == 2 and named[0] == "—" and is_capitalised(named[1]):
        size += 2  # "по Кемеровской области — Кузбассу": the region's name in full
    return 1 + size if size else 0


def _region(words: list[str]) -> int:
    """How many words name the region a body's branch serves: a capitalised adjective and
    the kind of place ("Самарской области", "Ставропольскому краю"), also two regions
    ("Кемеровской и Томской областям") or a kind with its adjective ("Ханты-Мансийскому
    автономному округу"), or a city ("Москве", "Нижнему Новгороду"); 0 for none."""
    size = 1
    while size < len(words) and _regional(words[size - 1]):
        joined = words[size : size + 2]
        if len(joined) == 2 and joined[0] == "и" and _regional(joined[1]):
            size += 2  # "Кемеровской и Томской"
        elif size < len(words) and words[size].islower() and _regional(words[size], upper=False):
            size += 1  # "автономному"
        kind = words[size].rstrip(",.").lower() if size < len(words) else ""
        kinds = {p.normal_form for p in morph.parses(kind) if p.tag.POS == "NOUN"}
        if kinds & lx.RUSSIAN_SETTLEMENTS and not words[size - 1].endswith((",", ".")):
            return size + 1  # "округу": the district, which "округа" also reads as
        if size == 1 and _city(words[1:2]) and not words[0].endswith((",", ".")):
            return 2  # "Нижнему Новгороду"
        if size == 1:
            return 0
    return 1 if _city(words[:1]) else 0  # "по Москве"


def _city(words: list[str]) -> bool:
    """Whether the word is a city in the dative a body's branch serves ("Перми")."""
    word = words[0].rstrip(",.") if words else ""
    return is_capitalised(word) and morph.is_place(word) and morph.in_case(word, _DATIVE)


_DATIVE = frozenset({"datv"})


def _regional(word: str, *, upper: bool = True) -> bool:
    """ "Самарской", "автономному": an adjective, capitalised or not as ``upper`` says."""
    if word.endswith((",", ".")) or (upper and not is_capitalised(word)):
        return False
    first = morph.parses(word if upper else word.lower())
    return bool(first) and first[0].tag.POS == "ADJF"


def _field(word: str) -> bool:
    """ "образованию", "делам": a field in the dative after "по" in a body's name."""
    bare = word.rstrip(",.")
    return bare.isalpha() and bare.islower() and morph.is_russian(bare) and bare == word
