"""Names of people as news copy prints them, and what is printed before them.

"Sen. Shelley Moore Capito", "J. T. Wallace", "Robert L. Haines Jr.", "Park Yoo-ak",
"Андрей Соколов"; before a name, a title ("Dr.", "Sgt.") and a premodifying role
("Fire chief", "19-year-old defender", "директор лицея № 130"), which :mod:`.name_roles`
reads.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .given_names import may_be_given_name
from .name_roles import PREPOSITIONS as PREPOSITIONS
from .name_roles import is_capitalised as is_capitalised
from .name_roles import premodifier

_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


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
    noun = morph.surname_of_a_noun(bare)  # "Коробейников": a surname, not "of peddlers"
    if noun and noun not in lx.ROLE_WORDS and noun not in lx.PERSON_NOUNS:
        return True
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
        if count > 0 and lower in lx.PARTICLES and index > 0 and _before_particle(words, index):
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


def _word_before_given_name(name_words: list[str]) -> bool:
    """Whether an English name of three words opens with a word no given name is, before
    a given name the lists know ("Weaver Kirsty Elliot", not "Mary Anne Smith")."""
    if len(name_words) < 3 or not name_words[0].isascii() or not name_words[0].isalpha():
        return False
    first = name_words[0].lower()
    return (
        _is_first_name(name_words[1])
        and not _is_first_name(name_words[0])
        and first not in lx.PARTICLES
        and len(first) > 2
    )


def _before_particle(words: list[str], index: int) -> bool:
    """Whether a name goes on before the particle at ``index``: a name word, or another
    particle with a name word before it ("Gert van de Pol")."""
    before = words[index - 1]
    if _is_name_word(before):
        return True
    two_back = words[index - 2] if index > 1 else ""
    return before.lower() in lx.PARTICLES and bool(two_back) and _is_name_word(two_back)


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


# Words grading a clergy or parliamentary style before "Rev" or "Hon"
_STYLE_GRADES = frozenset(("Very", "Right", "Most"))


def _is_first_name(word: str) -> bool:
    """A given name the lists know, an initial ("J."), or two capitalised parts joined by
    a hyphen ("Mei-Lin", "Jean-Paul"), which in front of a surname are a given name."""
    lower = word.lower().rstrip(".,")
    if lower in lx.FEMALE_NAMES or lower in lx.MALE_NAMES:
        return True
    return bool(re.fullmatch(r"\w\.|[A-Z][a-z]+-[A-Z][a-z]+", word))


def _trim_cyrillic(run: list[str]) -> int:
    """Russian names have two words, or three with a patronymic in the middle."""
    if len(run) >= 3 and re.match(r"[А-ЯЁ]", run[-1]):
        if _RU_PATRONYMIC.search(run[-2]):
            return 3
        return 2
    return len(run)


_PLACE_PREPOSITIONS = frozenset(lx.words("in at into near outside inside в во из на под у"))


def is_legal_form(word: str) -> bool:
    """ "LLP", "GmbH", "AB": the form of a company printed after its name."""
    form = word.rstrip(",.;:")
    return form.lower() in lx.LEGAL_FORMS or form in lx.FOREIGN_LEGAL_FORMS


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
    if is_legal_form(name_words[-1]):
        return None  # "Harcourt Lane LLP": a firm, not a person
    rest = words[: len(words) - count]
    if _ends_a_body_name(rest):
        return None  # "Harcourt & Lyle", "the Department of Health and Social Care"
    if _names_street(rest, name_words) or _names_settlement(rest, name_words):
        return None  # "на улице Кирова", "проспект Ивана Петрова", "из деревни Лыково"
    street = name_words[-1].rstrip(".,;:").lower() in lx.STREET_KINDS
    if street and len(name_words) > 1 and not _is_first_name(name_words[0]):
        return None  # "off Ludlow's Broad Street": a street, no one's name
    if len(name_words) > 1 and " ".join(name_words).lower().rstrip(".,;:") in lx.PLACES:
        return None  # "Источник в правительстве Марий Эл": a republic, no one's name
    initials = len(name_words) == 1 and re.fullmatch(r"[A-ZА-ЯЁ]{2,5}[.,;:]?", name_words[0])
    if initials:
        return None  # "an old MOT certificate", "the charity Patients First UK": no person
    if _word_before_given_name(name_words):
        # "Weaver Kirsty Elliot": no surname comes before a given name; the word is her job
        rest, name_words = [*rest, name_words[0]], name_words[1:]
    titles: list[str] = []
    while rest and rest[-1].lower().rstrip(".") in (lx.HONORIFICS | set(lx.RANKS)):
        titles.insert(0, rest.pop())
    if titles and rest and rest[-1] in _STYLE_GRADES:
        titles.insert(0, rest.pop())  # "the Very Rev", "the Right Hon": one style
    premod = premodifier(rest)
    if titles and premod.lower() == "the":
        premod = ""  # "the Very Rev Catherine Ashdown": the style's article, no role
    dropped = rest[: len(rest) - len(premod.split())] if premod else rest
    kind = premod.split()[-1].lower() if premod else ""
    joined = len(rest) > 2 and rest[-2] == "and" and rest[-3].lower() in lx.ROLE_WORDS
    first_name = len(name_words) > 1 and _is_first_name(name_words[0])
    person = kind == "broadcaster" and (first_name or joined)  # "writer and broadcaster"
    if (kind in lx.OUTLET_WORDS and not person) or (
        kind in lx.ORG_NOUNS and not morph.is_russian(kind)
    ):
        return None  # "the charity Sea Watch": an outlet or body, not a person; but "the
        # critic and broadcaster Lydia Marsh" is one
    if _place_of_body(premod, name_words):
        return None  # "Территориальная избирательная комиссия Верхнекамска": where it serves
    lone = name_words[0].rstrip(",.;:") if len(name_words) == 1 else ""
    if lone and premod and morph.is_place(lone) and not morph.may_agree(premod.split()[0], lone):
        return None  # "Фельдшер станции скорой помощи Новокаменска": the town it serves
    if _ends_body_name(dropped):
        return None  # "The Department for Environment, Food and Rural Affairs": its fields
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
    if len(name_words) == 1 and _given_name_as_role(premod, dropped):
        name_words, premod = [premod, *name_words], ""  # "Dean Kirkwood": a first name
    name = " ".join(name_words).rstrip(",;:!?")
    last = name_words[-1]
    if name.endswith(".") and len(last) > 2 and last.lower() not in lx.SUFFIXES:
        name = name[:-1]
    return premod, tuple(titles), name


def _given_name_as_role(premod: str, before: list[str]) -> bool:
    """Whether one capitalised word read as a role before a surname is a first name
    ("Dean Kirkwood", "Bishop" is no name), with no article before it ("the Dean")."""
    lower = premod.lower()
    named = lower in lx.MALE_NAMES or lower in lx.FEMALE_NAMES
    article = bool(before) and before[-1].lower() in ("the", "a", "an")
    return " " not in premod and premod[:1].isupper() and named and not article


def _place_of_body(premod: str, name_words: list[str]) -> bool:
    """A Russian kind of body, then one word in the genitive only: the place the body
    serves ("комиссия Верхнекамска", "администрации Кургана"), no one's name."""
    words = premod.split()
    if not words or len(name_words) != 1 or not morph.is_russian(words[-1]):
        return False
    body = words[-1].islower() and morph.head_noun(words[-1]) in lx.RUSSIAN_BODIES
    word = name_words[0].rstrip(",.;:")
    genitive_only = morph.is_genitive(word) and not morph.is_first_name(word)
    return body and genitive_only and not any(p.tag.case == "nomn" for p in morph.parses(word))


def _ends_a_body_name(before: list[str]) -> bool:
    """Whether the words before a name run make it the end of a body's name: after "&"
    ("Harcourt & Lyle"), or after "and" that goes on a name of the form "… of …"
    ("Department of Health and Social Care")."""
    if before[-1:] == ["&"]:
        return True
    if before[-1:] != ["and"] or "of" not in before:
        return False
    named = before[len(before) - before[::-1].index("of") : -1]
    return bool(named) and all(is_capitalised(word) for word in named)


def _names_street(before: list[str], name_words: list[str]) -> bool:
    """ "улице Кирова", "проспект Ивана Петрова": a name in the genitive right after a
    kind of street is the street's; not "на Советской улице Роман Тарасов", where the
    street is named already, nor "на набережной Весна Радович", a name in the nominative."""
    if not before or not before[-1].islower():
        return False
    if morph.head_noun(before[-1]) not in lx.RUSSIAN_STREETS:
        return False
    if len(before) > 1 and is_capitalised(before[-2]):
        return False
    return all(morph.is_genitive(w.rstrip(".,;:")) for w in name_words)


# Kinds of settlement a one-word name after which is the place's ("из деревни Лыково")
_SETTLEMENTS = frozenset(lx.words("город поселок посёлок село деревня станица аул хутор"))


def _names_settlement(before: list[str], name_words: list[str]) -> bool:
    """ "деревни Лыково", "села Чиркей": one word right after a kind of settlement is the
    place's name; "Житель деревни Иван Петров" is someone named in full."""
    if not before or not before[-1].islower() or len(name_words) != 1:
        return False
    return morph.head_noun(before[-1]) in _SETTLEMENTS


_BODY_OF = re.compile(r"\b([A-Za-z]+)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


def _ends_body_name(dropped: list[str]) -> bool:
    """Whether the words before a "name" are a body's, listing fields up to an "and":
    "Department of Climate Change, Energy, the Environment and" (Water)."""
    if len(dropped) < 2 or dropped[-1].lower() not in ("and", "&"):
        return False
    if not is_capitalised(dropped[-2]):
        return False
    return any(m.group(1).lower() in lx.ORG_NOUNS for m in _BODY_OF.finditer(" ".join(dropped)))


_PARTICIPLES = frozenset(lx.words("led run held made built set taught brought"))


def _agent(dropped: list[str], name_words: list[str]) -> bool:
    """Whether a name after "by" is who did what a participle says ("led by", "written
    by"): a person when it opens with a given name, as a body's name does not."""
    if len(dropped) < 2 or dropped[-1].lower() != "by" or len(name_words) < 2:
        return False
    dropped = _without_when(dropped)  # "founded in 2020 by", "set up last year by"
    participle = dropped[-2].lower() if len(dropped) > 1 else ""
    if is_capitalised(dropped[-2]) and len(name_words) == 2 and not _body_words(name_words):
        return True  # "Winter Ledger by Tobias Ekwueme": a work, then who made it
    done = participle.endswith(("ed", "en")) or participle in _PARTICIPLES
    first = _is_first_name(name_words[0]) and not _body_words(name_words)
    return done and participle.isalpha() and first


# When something was done, between the participle and "by": "in 2020", "last year"
_WHEN = re.compile(
    r"^(?:in|on|during|last|this|early|late|\d{4}|year|month|week|spring|summer|autumn|winter)$"
)


def _without_when(dropped: list[str]) -> list[str]:
    """The words before "by" without the time between the participle and it."""
    words = dropped[:-1]
    while len(words) > 1 and _WHEN.match(words[-1].lower()):
        words = words[:-1]
    near = len(dropped) - len(words) <= 4
    return [*words, dropped[-1]] if words != dropped[:-1] and near else dropped


def _body_words(words: list[str]) -> bool:
    """Whether a word of a name is a kind of body or a legal form ("Acme Ltd")."""
    return any(w.lower().strip(",.") in lx.ORG_NOUNS or is_legal_form(w) for w in words)


def spelt_out(chunk: str) -> bool:
    """Whether a chunk is a name and its initials in brackets after it ("Wines of
    Southern England (WSE)"): a body's, as people are not named so."""
    found = re.fullmatch(r"(?:The\s+)?(.+?)\s*\(([A-Z]{2,6})\)", chunk.strip(" ,."))
    if found is None:
        return False
    words = found.group(1).split()
    joining = ("of", "for", "and", "&", "the", "in", "on")
    if not all(w[:1].isupper() or w in joining for w in words):
        return False  # "senior researcher at the … Institute (SIPRI)": someone at a body
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(initials) > 1 and initials == found.group(2)
