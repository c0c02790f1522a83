"""Names of people as news copy prints them, and the role words printed before them.

"Sen. Shelley Moore Capito", "J. T. Wallace", "Robert L. Haines Jr.", "Park Yoo-ak",
"Андрей Соколов"; before a name, a title ("Dr.", "Sgt.") and a premodifying role
("Fire chief", "19-year-old defender", "директор лицея № 130").
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .given_names import may_be_given_name
from .speech import find_verbs

_AGE_WORD = re.compile(r"^\d{1,3}[-‑](?:year-old|летн\w*)$", re.IGNORECASE)
_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")
_LEADING_JUNK = frozenset(lx.words("and but so then yet as и а но как же"))


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _is_name_word(word: str) -> bool:
    bare = word.rstrip(".,")
    if not bare or not is_capitalised(bare) or bare.lower() in lx.NOT_NAMES:
        return False
    if re.fullmatch(r"[A-ZА-Я]\.", word):
        return True
    if len(bare) > 3 and bare.isupper():
        return False  # "LONDON —": a dateline, or a body's initials, never a person
    if re.fullmatch(r"[A-ZА-ЯЁ]{2,}-[а-яё]+", bare):
        return False  # "IT-компании", "HR-менеджер": a common noun with initials
    if not re.fullmatch(r"[^\W\d_][\w'’-]*", bare) or bare.lower() in lx.HONORIFICS:
        return False
    return morph.is_name_word(bare)


def name_run(words: list[str]) -> int:
    """How many of ``words``, counted from the end, form a person's name (0: none)."""
    count = 0
    index = len(words) - 1
    if index > 0 and words[index].lower().rstrip(".,") in lx.SUFFIXES:
        count, index = 1, index - 1
    elif index > 0 and words[index].rstrip(".,;:") in lx.POSTNOMINALS:
        count, index = 1, index - 1  # "Ann Lowe MP": left out of the name by split_name
    while index >= 0:
        word = words[index]
        lower = word.lower().rstrip(".,")
        if count > 0 and lower in lx.PARTICLES and index > 0 and _is_name_word(words[index - 1]):
            count, index = count + 1, index - 1
            continue
        name_word = _is_name_word(word) or _surname_after_first_name(words, index, count)
        if not name_word and not _rare_first_name(words, index, count):
            break
        if count > 0 and re.search(r"['’]s?$", word):
            break  # "Lufthansa's Anna Weiss": the owner is not part of the name
        if count >= 2 and index > 0 and words[index - 1] in ("of", "for"):
            break  # "Minister for Health Stephen Donnelly": the title ends before the name
        if lower in lx.ORG_NOUNS:
            if count == 0:
                return 0  # "Harbor City FC" is a club, not a person
            break  # "…Банка России Эльвира Набиуллина": the organisation ends before the name
        # A role word ends the name, unless it is a surname after a first name ("Tom Cook").
        surname = count == 0 and index > 0 and _is_first_name(words[index - 1])
        role = (
            lower in lx.ROLE_WORDS or lower in lx.RANKS or lower.removesuffix("s") in lx.ROLE_WORDS
        )
        if role and not surname:
            break
        count, index = count + 1, index - 1
    run = words[len(words) - count :]
    if not any(re.search(r"[^\W\d_]{2}", w) for w in run):
        return 0
    return _trim_cyrillic(run)


def _rare_first_name(words: list[str], index: int, count: int) -> bool:
    """ "…на набережной Весна Радович": before a surname, mid-sentence, a capitalised
    noun the dictionary knows only as a common word is a first name."""
    if count != 1 or index == 0 or not words[index - 1][:1].islower():
        return False  # only the word before a surname, mid-sentence
    known = words[index].lower() in _COMMON_WORDS
    return not known and may_be_given_name(words[index])


_COMMON_WORDS = lx.NOT_NAMES | lx.ORG_NOUNS | lx.ROLE_WORDS


def _surname_after_first_name(words: list[str], index: int, count: int) -> bool:
    """ "Игорь Лапин", "Amira Said": a surname that is also a common word, after a first
    name."""
    word, before = words[index], words[index - 1] if index > 0 else ""
    first = morph.is_first_name(before) or (_is_first_name(before) and before[:1].isupper())
    return count == 0 and index > 0 and is_capitalised(word) and first  # "Amira Said"


def _is_first_name(word: str) -> bool:
    lower = word.lower().rstrip(".,")
    return lower in lx.FEMALE_NAMES or lower in lx.MALE_NAMES or bool(re.fullmatch(r"\w\.", word))


def _trim_cyrillic(run: list[str]) -> int:
    """Russian names have two words, or three with a patronymic in the middle."""
    if len(run) >= 3 and re.match(r"[А-ЯЁ]", run[-1]):
        if _RU_PATRONYMIC.search(run[-2]):
            return 3
        return 2
    return len(run)


PREPOSITIONS = frozenset(
    lx.words(
        """
    at of for from in on with by to the a an about into over under в на из у от для
    при по с к
    """
    )
)


_PLACE_PREPOSITIONS = frozenset(lx.words("in at into near outside inside в во из на под у"))


def split_name(
    chunk: str, *, allow_object: bool = False
) -> tuple[str, tuple[str, ...], str] | None:
    """(premodifier, titles, name) when ``chunk`` is a person's name with what precedes it.

    None when the chunk does not end with a name, or when the words before the name
    end in a preposition or article ("analysts at Berenberg" names no person).
    """
    words = chunk.split()
    count = name_run(words)
    if count == 0:
        return None
    name_words = words[len(words) - count :]
    if len(name_words) > 1 and name_words[-1].rstrip(".,;:") in lx.POSTNOMINALS:
        name_words = name_words[:-1]  # "Rupert Vane KC": the honour is not the name
    rest = words[: len(words) - count]
    titles: list[str] = []
    while rest and rest[-1].lower().rstrip(".") in (lx.HONORIFICS | set(lx.RANKS)):
        titles.insert(0, rest.pop())
    premod = _premodifier(rest)
    dropped = rest[: len(rest) - len(premod.split())] if premod else rest
    kind = premod.split()[-1].lower() if premod else ""
    if kind in lx.OUTLET_WORDS or (kind in lx.ORG_NOUNS and not morph.is_russian(kind)):
        return None  # "the charity Sea Watch": an outlet or body, not a person
    after_preposition = bool(dropped) and dropped[-1].lower().strip(",") in PREPOSITIONS
    if premod and after_preposition and not morph.may_agree(premod.split()[0], name_words[0]):
        premod = ""  # "с корреспондентом «Ленты.ру» Петров": the preposition's, not his
    if titles and dropped and dropped[-1].lower() == "the":
        after_preposition = False  # "the Rev. Al Sharpton", "the Hon. Jane Doe"
    if after_preposition and _agent(dropped, name_words):
        after_preposition = False  # "The study was led by Jason Moreland, a paediatrician"
    if not premod and after_preposition and not allow_object:
        return None
    before = (premod.split() or dropped or [""])[-1]
    if before in _PLACE_PREPOSITIONS and (premod or allow_object):
        return None  # "Grishin's former manager in Moscow": the place he works in
    name = " ".join(name_words).rstrip(",;:!?")
    last = name_words[-1]
    if name.endswith(".") and len(last) > 2 and last.lower() not in lx.SUFFIXES:
        name = name[:-1]
    return premod, tuple(titles), name


_PARTICIPLES = frozenset(lx.words("led run held made built set taught brought"))


def _agent(dropped: list[str], name_words: list[str]) -> bool:
    """Whether a name after "by" is who did what a participle says ("led by", "written
    by"): a person when it opens with a given name, as a body's name does not."""
    if len(dropped) < 2 or dropped[-1].lower() != "by" or len(name_words) < 2:
        return False
    participle = dropped[-2].lower()
    done = participle.endswith(("ed", "en")) or participle in _PARTICIPLES
    return done and participle.isalpha() and _is_first_name(name_words[0])


def _premodifier(words: list[str]) -> str:
    """The role words directly before a name ("Fire chief", "19-year-old defender")."""
    words = _quoted_as_one(words)  # "адвокат проекта «Право на голос»": a name, whatever in it
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
        acronym = len(word) > 1 and word.isupper()  # "IT worker": not the pronoun "it"
        if (lower in lx.NOT_NAMES and not acronym) or lower in _LEADING_JUNK:
            break
        if find_verbs(word, naming=False) or lower in _IRREGULAR_PAST:
            break
        if morph.is_russian(lower) and morph.verb_lemma(lower) and not morph.is_genitive(lower):
            break  # "суд приговорил журналистку Елену…": the role starts after the verb
            # ("Житель села Чиркей": "села" is the village's genitive, not "sat down")
        if word.endswith((",", ":")) or word.endswith(("'s", "’s")) or len(kept) >= 10:
            break
        if word in ("-", "—", "–"):
            break  # "BERLIN, Germany - Mayor Kai Wegner": the dateline ends at the dash
        kept.insert(0, word)
    while kept and not _is_role_start(kept[0]):
        kept.pop(0)
    if kept and not kept[0].islower():
        return " ".join(kept).replace(_JOINER, " ")
    lead = _common_noun_role(words[: len(words) - len(kept)])  # "bus driver", "tenant"
    return " ".join([lead, *kept]).strip().replace(_JOINER, " ")


_JOINER = "\u2060"


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
        if bare in _IRREGULAR_PAST:
            break  # "Wierzbicki met Lis": a verb between two names, not Lis's role
        if find_verbs(word, naming=False):
            break
        kept.insert(0, word)
    return " ".join(kept)


def _joins_role(words: list[str], position: int) -> bool:
    """ "Secretary of State", "водных и экологических": a joining word inside a title."""
    word = words[position].lower()
    if position == 0 or word not in ("of", "for", "and", "&", *_RU_JOINS):
        return False
    before, after = words[position - 1], words[position + 1]
    if word in _RU_JOINS:  # "директор школы в селе Кунашак", "директор по развитию"
        lower = before.islower() or morph.is_person_noun(before)  # "Директор по развитию"
        named = word in ("в", "во") and after.startswith("«")  # "глава отдела в «Луче»"
        # "социолог университета в Санкт-Петербурге", "житель дома на Щорса": where it is
        located = word in ("в", "во", "на") and is_capitalised(after) and before.islower()
        plain = lower and (after.islower() or named or located) and not before.endswith("»")
        return plain and bool(re.match(r"[а-яё]", before.lower()))
    return is_capitalised(before) and is_capitalised(after)


_RU_JOINS = ("и", "в", "на", "при", "по")


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
        or bool(_AGE_WORD.match(word))
    )


def _is_russian_role(lower: str) -> bool:
    """A Russian role word in any case form ("юриста"), or an adjective before one."""
    if _AGE_WORD.match(lower) or lower in lx.RELATIONS:
        return True
    if re.search(r"(?:ый|ий|ой|ая|ого|его|ее|ые|ую)$", lower) or morph.is_person_noun(lower):
        return True
    return any(lower.startswith(role) for role in lx.ROLE_WORDS if len(role) >= 4) or any(
        lower.startswith(relation) for relation in lx.RELATIONS if len(relation) >= 3
    )
