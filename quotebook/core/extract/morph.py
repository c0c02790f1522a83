"""Russian word forms through pymorphy3: names in the nominative, name words, gender.

Russian copy names people in every case ("цитирует Наталью Самойленко", "по словам
Дениса Ляхова") and glues adverbs and role nouns to the front of a name ("Сейчас
Саша", "Бизнес-аналитик Константин"). The analyser and its dictionary ship as
packages (pymorphy3, pymorphy3-dicts-ru); nothing is downloaded. It is loaded once,
on the first Russian word, in about a tenth of a second.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from . import lexicon as lx

_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_NOT_NAME_POS = frozenset(
    {"ADVB", "PREP", "CONJ", "PRCL", "INTJ", "NPRO", "VERB", "INFN", "PRED", "COMP", "GRND"}
)


def is_russian(word: str) -> bool:
    return bool(_CYRILLIC.match(word))


@cache
def _analyzer() -> Any:
    import pymorphy3  # type: ignore[import-untyped]

    return pymorphy3.MorphAnalyzer(lang="ru")


_RUSSIAN_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")


@lru_cache(maxsize=8192)
def _parses(word: str) -> tuple[Any, ...]:
    """The analyser's readings of a Russian word; none for anything else (the analyser
    is not asked about other scripts, some of whose characters it cannot name)."""
    if not _RUSSIAN_WORD.fullmatch(word):
        return ()
    return tuple(_analyzer().parse(word))


parses = _parses  # the analyser's readings of a word, for the modules built on this one


def _name_tags(parse: Any) -> set[str]:
    return set(parse.tag.grammemes) & _NAME_TAGS


def is_name_word(word: str) -> bool:
    """Whether a capitalised Russian word may be part of a person's name.

    A word the dictionary knows only as something else ("Сейчас", "Ранее",
    "Бизнес-аналитик", "Москвы") is not; a word it reads as a first name, surname or
    patronymic is, and so is a word it does not know (most foreign names).
    """
    bare = word.strip(".,;:!?()«»")
    if not bare or not is_russian(bare):
        return True
    parses = _parses(bare)
    if any(_name_tags(p) for p in parses):
        return True
    if "-" in bare:  # "Фрейндлих-Горская", not "Бизнес-аналитик"
        parts = [part for part in bare.split("-") if part]
        return is_name_word(parts[0]) and not any(is_person_noun(p) for p in parts)
    if not parses or not _analyzer().word_is_known(bare.lower()):
        return not parses or parses[0].tag.POS not in _NOT_NAME_POS
    if all(p.tag.POS in _NOT_NAME_POS for p in parses):
        return False
    if all(p.tag.POS == "ADJF" and ({"Qual", "Anum"} & set(p.tag.grammemes)) for p in parses):
        return False  # "Главный экономист", "Первые три месяца"
    participle = any(p.tag.POS == "PRTF" for p in parses)
    if participle and all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
        return False  # "Уполномоченный по правам человека", "Заведующая кафедрой"
    if any({"Geox", "Orgn"} & set(p.tag.grammemes) for p in parses):
        return False
    return bool(parses[0].tag.POS != "NOUN")  # "Прокуратура", "Режиссер": words, not names


def is_person_noun(word: str) -> bool:
    """Whether a Russian word names a kind of person ("бизнес-аналитик", "юриста", "мать",
    "заведующей")."""
    parses = _parses(word.lower())
    if any(_name_tags(parse) for parse in parses):
        return False  # "Кузнецов" is a surname before it is "of smiths"
    if parses and parses[0].tag.POS in ("ADVB", "PRCL", "CONJ", "PREP", "NPRO", "PRED"):
        return False  # "уже" is "already" before it is a grass snake
    return any(
        (p.tag.POS == "NOUN" and "anim" in p.tag) or (p.tag.POS == "PRTF" and "Subx" in p.tag)
        for p in parses
    )  # "заведующей": a participle used as a noun names who someone is


def _pick(word: str, gender: str, kind: str) -> Any | None:
    """The parse of a name word, preferring one of ``gender`` ("masc"/"femn"), a
    nominative one, and one of ``kind`` ("Name" for a first name, "Surn" for a surname)."""
    named = [p for p in _parses(word) if _name_tags(p)]
    if gender:
        fitting = [p for p in named if gender in p.tag or "ms-f" in p.tag]
        named = fitting or named
    named.sort(key=lambda p: ("plur" in p.tag, "nomn" not in p.tag, kind not in p.tag))
    return named[0] if named else None


def _adjective(word: str, gender: str) -> Any | None:
    """A surname declined like an adjective ("Горской", "младшего"), not in the nominative."""
    for parse in _parses(word):
        tag = parse.tag
        if tag.POS == "ADJF" and (not gender or gender in tag) and "nomn" not in tag:
            return parse
    return None


def name_gender(name: str) -> str:
    """ "m" or "f" for a Russian name whose first name or surname says so, else ""."""
    for word in name.split():
        if not is_russian(word):
            return ""
        for parse in _parses(word):
            tags = _name_tags(parse)
            if tags & {"Name", "Patr"} and "nomn" in parse.tag:
                if "femn" in parse.tag:
                    return "f"
                if "masc" in parse.tag:
                    return "m"
    return ""


def nominative(name: str, gender: str = "") -> str:
    """A Russian name in the nominative: "Наталью Самойленко" → "Наталья Самойленко";
    ``gender`` when the words around it tell it, which wins over the likeliest reading
    of its first name ("Машинисту … Руслану Ахметзянову": Руслан's dative, not
    Руслана's accusative)."""
    words = name.split()
    if not words or not all(is_russian(w) for w in words):
        return name
    own = _case_gender(words)
    if _already_nominative(words) and (own or not gender):
        return name  # "Антон Силуанов": not a plural of "Силуан"
    gender = gender or own
    kinds = ["Name"] + ["Surn"] * (len(words) - 1) if len(words) > 1 else ["Surn"]
    return " ".join(_nominative_word(w, gender, k) for w, k in zip(words, kinds, strict=True))


def _already_nominative(words: list[str]) -> bool:
    """Whether the name's case word (the first name, else the only word) reads as a
    singular nominative: then every word of it is left as printed."""
    first = words[0]
    parses = [p for p in _parses(first) if _name_tags(p)]
    if not parses and len(words) > 1:
        return not _case_gender(words)  # no first name to go by: leave it alone
    parses = parses or list(_parses(first))
    likeliest = parses[0].tag  # "Дмитрия" is first a genitive, though a rare name too
    if "Fixd" in likeliest and "femn" in likeliest and len(words) > 1:
        return not words[-1].endswith(_FEMININE_OBLIQUE)  # "Алсу Мингазовой": by the surname
    return "nomn" in likeliest and "sing" in likeliest


# A woman's surname out of the nominative, which says the case a first name that never
# declines ("Алсу", "Гульнара") does not
_FEMININE_OBLIQUE = ("овой", "евой", "иной", "ыной", "ову", "еву", "ину", "ыну", "ской", "цкой")


_GIVEN = {"femn": lx.FEMALE_NAMES, "masc": lx.MALE_NAMES}


def _case_gender(words: list[str]) -> str:
    """The gender the first name of ``words`` has in its most likely reading."""
    for word in words:
        named = [p for p in _parses(word) if "Name" in p.tag]
        # "Алину": "Алина" in the accusative, a name the lexicon knows, before "Алин"
        known = [p for p in named if p.normal_form in _GIVEN.get(str(p.tag.gender), ())]
        if named:
            tag = (known or named)[0].tag
            return "femn" if "femn" in tag else "masc" if "masc" in tag else ""
    return ""


_ENDINGS = {
    "masc": (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ына", "ын"), ("ому", "ов")),
    "femn": (
        ("ову", "ова"),
        ("еву", "ева"),
        ("ину", "ина"),
        ("овой", "ова"),
        ("евой", "ева"),
        ("иной", "ина"),
        ("ыной", "ына"),
    ),
}


def _nominative_word(word: str, gender: str, kind: str) -> str:
    parts = word.split("-")
    if len(parts) > 1:
        return "-".join(_nominative_word(p, gender, kind) if p else p for p in parts)
    parse = _pick(word, gender, kind)
    # "Чирковой" the dictionary does not know is a surname in "-ова", not "Чирковая"
    endings = [] if parse is not None else _ENDINGS.get(gender, ())
    for ending, replacement in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return word[: -len(ending)] + replacement
    parse = parse or _adjective(word, gender)
    if parse is None:
        return word
    if "nomn" in parse.tag:
        return word
    wanted = {"nomn", "sing"} | ({gender} if gender and "Fixd" not in parse.tag else set())
    form = parse.inflect(wanted) or parse.inflect({"nomn"})
    if form is None:
        return word
    found: str = form.word
    return found[:1].upper() + found[1:] if word[:1].isupper() else found


_VERB_ENDINGS = (
    "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "ет", "ит", "ют", "ят", "ут", "ат",
    "ется", "ится", "ются", "ятся", "утся", "атся", "ав", "ив", "ев", "яв", "вшись", "ясь",
    "ть", "ться", "ти",
)  # fmt: skip


def verb_lemma(word: str) -> str:
    """The dictionary form of a Russian verb form ("возмутился" → "возмутиться"), else ""."""
    if not word.lower().endswith(_VERB_ENDINGS):
        return ""  # most words cannot be a verb form: no need to look them up
    for parse in _parses(word.lower()):
        if parse.tag.POS in ("VERB", "GRND", "INFN"):
            return str(parse.normal_form)
    return ""


def is_adverb(word: str) -> bool:
    """Whether a Russian word reads first as an adverb ("рядом", "тоже")."""
    parses = _parses(word.lower())
    return bool(parses) and parses[0].tag.POS == "ADVB"


def is_participle(word: str) -> bool:
    """Whether a Russian word reads first as a participle ("стоявшая", "работающий")."""
    parses = _parses(word.lower())
    return bool(parses) and parses[0].tag.POS == "PRTF"


def person_after_act(words: list[str]) -> int:
    """Where the person noun stands after a participle and how or where it happened
    ("стоявшая рядом жительница поселка" → 2): someone described by what they did before
    who they are; 0 for none ("управляющий партнер" is a role whole)."""
    if not words or not words[0].islower() or not is_participle(words[0]):
        return 0
    index = 1
    while index < len(words) - 1 and is_adverb(words[index]):
        index += 1
    person = index > 1 and words[index].islower() and is_person_noun(words[index])
    return index if person else 0


def is_finite_verb(word: str) -> bool:
    """Whether a Russian word reads first as a verb in the present or past ("ждет",
    "шьет", "летит"): the writer's sentence goes on, no description."""
    parses = _parses(word.lower())
    return bool(parses) and parses[0].tag.POS == "VERB"


def one_of(word: str) -> str:
    """ "фельдшеров" after «Один из»: the one person of them, in the nominative singular
    ("фельдшер", "доярка"); "" for a word that names no people."""
    for parse in _parses(word.lower()):
        if parse.tag.POS == "NOUN" and "plur" in parse.tag and "gent" in parse.tag:
            form = parse.inflect({"sing", "nomn"})
            # the singular: "охотников" reads as the surname "Охотников" too
            if form is not None and is_person_noun(str(form.word)):
                return str(form.word)
    return ""


def one_of_several(words: list[str]) -> str:
    """ "бывших инструкторов «Форсажа»" after «Один из»: the one person of them, with the
    adjectives before the noun, in the nominative singular ("бывший инструктор"); ""
    when the words name no people."""
    for index, word in enumerate(words[:3]):
        noun = one_of(word)
        if not noun:
            continue
        # "техник" is a technician in the singular, not "техник" of "техника"
        singular = (p for p in _parses(noun) if p.tag.POS == "NOUN" and {"sing", "nomn"} in p.tag)
        gender = next((p.tag.gender for p in singular), None)
        wanted = {"sing", "nomn", gender} if gender else {"sing", "nomn"}
        kept = []
        for adjective in words[:index]:
            parse = next((p for p in _parses(adjective.lower()) if p.tag.POS == "ADJF"), None)
            form = parse.inflect(wanted) if parse is not None else None
            if form is None:
                return ""
            kept.append(str(form.word))
        return " ".join([*kept, noun])
    return ""


def plural_genitive(word: str) -> str:
    """ "перекупщики" → "перекупщиков": a noun in the genitive plural, "" if none."""
    for parse in _parses(word.lower()) if word else []:
        if parse.tag.POS == "NOUN":
            form = parse.inflect({"plur", "gent"})
            if form is not None:
                return str(form.word)
    return ""


def head_noun(phrase: str) -> str:
    """The dictionary form of the first noun of a Russian phrase ("главного экономиста" →
    "экономист"), else ""."""
    for word in phrase.lower().split():
        for parse in _parses(word):
            if parse.tag.POS == "NOUN":
                return str(parse.normal_form)
    return ""


def is_first_name(word: str) -> bool:
    """Whether a Russian word is a first name in some case ("Саше", "Оксана")."""
    if not is_russian(word) or not word[:1].isupper():
        return False  # "из" is also a rare name's plural
    parses = _parses(word)
    return not any(p.tag.POS in _NOT_NAME_POS for p in parses) and any(
        "Name" in p.tag for p in parses
    )


def is_genitive_adjective(word: str) -> bool:
    """Whether a lower-case Russian word reads first as an adjective in the genitive
    ("природного", "городской")."""
    first = _parses(word)[:1] if word.islower() else ()
    return any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in first)


def lemma(word: str) -> str:
    """The dictionary form the analyser reads a Russian word in first ("парка" → "парк")."""
    readings = _parses(word.lower())
    return str(readings[0].normal_form) if readings else word.lower()


def is_place_adjective(word: str) -> bool:
    """Whether a Russian adjective says which place someone is from ("Самарский",
    "пермский", "новосибирский"): made with "-ский" or "-цкий" from a place name the
    dictionary knows, not guesses ("детский", "городской" are none)."""
    form = next((str(p.normal_form) for p in _parses(word.lower()) if p.tag.POS == "ADJF"), "")
    if not form.endswith(("ский", "цкий")) or form == "российский":
        return False  # the country's own, which a Russian article keeps with the job
    base = form[:-4]
    stems = (base, f"{base}а", f"{base}ь", f"{base}ск", f"{base}цк")
    return any(_known_place(stem.capitalize()) for stem in stems if len(stem) > 2)


def _known_place(word: str) -> bool:
    """Whether the dictionary itself, not its guesser, reads a word as a place's name."""
    return any(
        "Geox" in p.tag
        and p.tag.POS == "NOUN"
        and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
        for p in _parses(word)
    )


def is_place(word: str) -> bool:
    """Whether a Russian word is a place name ("Самары", "Кунашак" is not known)."""
    bare = word.strip("«»,.")
    parts = bare.split("-")  # "Санкт-Петербурге", "Ростове-на-Дону"
    if not is_russian(bare) or not all(p[1:].islower() for p in parts):  # "УрФУ", "МГУ"
        return False
    if any("Geox" in p.tag for p in _parses(bare)):
        return True
    return len(parts) > 1 and _compound_place(parts)


def _compound_place(parts: list[str]) -> bool:
    """ "Каменска-Уральского", "Комсомольска-на-Амуре": a town's name and the adjective
    or "на" and the river that tell it from another, which the dictionary may not know."""
    town = any("Geox" in p.tag and p.tag.POS == "NOUN" for p in _parses(parts[0]))
    last = _parses(parts[-1])
    told = parts[1].lower() == "на" or (bool(last) and all(p.tag.POS == "ADJF" for p in last))
    return town and told


_PREDICATES = frozenset({"VERB", "INFN", "PRED", "GRND"})


def has_predicate(text: str) -> bool:
    """Whether Russian words say something happens ("учителей нет"), not only who someone
    is; a name in guillemets says nothing happens («КровСтрой», whatever a guesser reads)."""
    for word in re.findall(r"[а-яё]+", re.sub(r"«[^»]*»", " ", text).lower()):
        parses = _parses(word)
        if word == "не" or (parses and parses[0].tag.POS in _PREDICATES):
            return True
    return False


def may_agree(word: str, name: str) -> bool:
    """Whether a Russian word before a name may stand in the name's case ("юриста Игоря":
    yes; "корреспондентом Петров": no). True for words that are not Russian."""
    if not is_russian(word) or not is_russian(name):
        return True
    theirs = {p.tag.case for p in _parses(word.strip(",.«»").lower()) if p.tag.case}
    ours = {p.tag.case for p in _parses(name.strip(",.")) if p.tag.case}
    return not theirs or not ours or bool(theirs & ours)


def is_genitive(word: str) -> bool:
    """Whether a Russian word may be in the genitive ("компании", "холдинга")."""
    return in_case(word, GENITIVE)


GENITIVE = frozenset(("gent",))


# The numbers a Russian age adjective opens with: "пятнадцатилетний", "сорокапятилетняя"
_WORDED_AGE = re.compile(r"([а-яё]+?)летн(?:ий|яя|ее|его|ей|ему|юю|им|ие|их|ими)")
_UNITS = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
    "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11,
    "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15,
    "шестнадцати": 16, "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19,
}  # fmt: skip
_TENS = {
    "двадцати": 20, "тридцати": 30, "сорока": 40, "пятидесяти": 50, "шестидесяти": 60,
    "семидесяти": 70, "восьмидесяти": 80, "девяноста": 90, "девяносто": 90, "сто": 100,
}  # fmt: skip


def age_in_words(word: str) -> int | None:
    """ "Пятнадцатилетний" → 15, "сорокапятилетняя" → 45, "столетний" → 100: the age a
    Russian adjective spells in words; None for any other word ("долголетний")."""
    found = _WORDED_AGE.fullmatch(word.lower().strip(",.;:"))
    if found is None:
        return None
    stem = found.group(1)
    if stem in _UNITS:
        return _UNITS[stem]
    for tens, value in _TENS.items():
        unit = _UNITS.get(stem[len(tens) :], 10) if stem.startswith(tens) else 10
        if stem == tens or unit < 10:
            return value + (unit if stem != tens else 0)
    return None


def in_case(word: str, cases: frozenset[str]) -> bool:
    """Whether a Russian word may be in one of ``cases`` (pymorphy's names: "gent", "ablt")."""
    return is_russian(word) and any(p.tag.case in cases for p in _parses(word.strip(",.«»")))


def is_plural_noun(word: str) -> bool:
    """Whether a Russian word is a noun in the nominative plural ("Продавцы", "Жители")."""
    bare = word.strip("«»,.").lower()
    return is_russian(bare) and any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn"
        for p in _parses(bare)
    )


def is_gerund(word: str) -> bool:
    """Whether a Russian word is an adverbial participle ("оглашая", "выступив")."""
    bare = word.strip(",.").lower()
    return is_russian(bare) and any(p.tag.POS == "GRND" for p in _parses(bare)[:1])


def is_function_word(word: str) -> bool:
    """Whether a Russian word is read first as a preposition or a conjunction ("в", "по",
    "и"), whatever abbreviation in the genitive it may also spell."""
    parses = _parses(word.strip(",.").lower()) if is_russian(word) else ()
    return bool(parses) and parses[0].tag.POS in ("PREP", "CONJ")


def is_dative_only(word: str) -> bool:
    """Whether a Russian word reads only as the dative ("Интерфаксу", "Ведомостям"):
    whom something was said to."""
    parses = _parses(word.strip(",.«»")) if is_russian(word) else ()
    return bool(parses) and all(p.tag.case == "datv" for p in parses)


def surname_of_a_noun(word: str) -> str:
    """The common noun a capitalised Russian word in "-ов"/"-ев"/"-ин" is the plural
    genitive of, which as a word in capitals is a surname ("Коробейников" of
    "коробейник"); "" when the word is not of that shape."""
    bare = word.strip(".,;:!?()«»")
    if not bare[:1].isupper() or not bare[1:].islower() or not bare.endswith(("ов", "ев", "ин")):
        return ""
    parses = _parses(bare)
    plural = [p for p in parses if p.tag.POS == "NOUN" and "anim" in p.tag and "plur" in p.tag]
    if not parses or len(plural) != len(parses):
        return ""
    return str(plural[0].normal_form)


def opens_noun_phrase(word: str, following: list[str]) -> bool:
    """Whether a capitalised Russian word is an adjective agreeing with the lower-case
    noun after it, past agreeing adjectives: "Камского кредитного банка" names a bank,
    no one called Камский."""
    bare = word.strip(".,;:!?()«»")
    if not is_russian(bare) or not following:
        return False
    nouns: list[Any] = []
    for next_word in following[:3]:
        next_word = next_word.rstrip(".,;:!?)")  # "Алтайского края." ends its sentence
        if not next_word.isalpha() or not next_word.islower():
            return False
        readings = _parses(next_word)
        if readings and readings[0].tag.POS == "NOUN":  # not "городской", an adjective first
            nouns = [p for p in readings if p.tag.POS == "NOUN"]
            break
    return any(
        p.tag.POS == "ADJF"
        and "Poss" not in p.tag
        and p.tag.case == n.tag.case
        and p.tag.number == n.tag.number
        and (p.tag.number == "plur" or p.tag.gender == n.tag.gender)
        for p in _parses(bare.lower())
        for n in nouns
    )
