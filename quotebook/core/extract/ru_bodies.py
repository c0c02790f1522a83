"""Russian bodies the writer's sentence names in lower case, by an adjective and their
kind or their kind and the genitives after it: "областной фонд развития науки",
"грант областного фонда поддержки предпринимательства". "Его директор" in the next
sentence belongs to such a body."""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .events import Event
from .name_roles import words_after_po

_WORD = re.compile(r"[А-ЯЁа-яё-]+[,.;:]?")
_ADJECTIVE = re.compile(r"^[а-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ой|ей|ую|юю|ом|ем)$")


def lower_case_bodies(text: str, base: int) -> list[Event]:
    """An "org" event for each such body, as printed."""
    matches = list(_WORD.finditer(text))
    events: list[Event] = []
    for index, match in enumerate(matches):
        word = match.group().rstrip(",.;:")
        spoken = _spoken_in(matches, index)  # "В министерстве транспорта … сообщили"
        after_in = index > 0 and matches[index - 1].group().lower() in ("в", "во")
        titled = after_in and word.istitle() and _kind_in_any_case(word.lower())
        if not (word.islower() or titled):  # "В Отделении Социального фонда …"
            continue
        if not (spoken or word in lx.ORG_NOUNS or _kind_in_any_case(word)):
            continue  # "в министерстве": a kind in any case form
        if word != match.group():
            continue
        readings = morph.parses(word)
        if readings and all(p.tag.number == "plur" for p in readings):
            continue  # "машиностроительных предприятий Свердловской области": many, none named
        before = text[: match.start()]
        if before.count("«") > before.count("»"):
            continue  # "«Оренбургский планетарий имени …»": a word of a name in guillemets
        after = text[match.end() :].split(maxsplit=1)
        if after and after[0].lower() in lx.LEGAL_FORMS:
            after = after[1:]  # "компания ООО «…»": the legal form, then the name
        if after and after[0].startswith(("«", '"')):
            continue  # "авиакомпания «Полярные крылья»": the name in guillemets is the body
        first = index
        while first > 0 and _is_adjective(matches, first - 1):
            first -= 1
        last = index
        while last + 1 < len(matches) and _goes_on(matches, last):
            last += 1
        if first == index and last == index:
            continue  # "компании": a kind alone, which :mod:`.organisations` resolves
        if _named_after(text[matches[last].end() :]):
            continue  # "Народный хор русской песни «Калинушка»": the kind of the name after
        start, end = matches[first].start(), matches[last].end()
        phrase = text[start:end].rstrip(",.;:")
        events.append(Event(base + start, "org", org=phrase, kinds={"ru"} if spoken else set()))
    return events


def _predicate_of(subject: str, word: str) -> bool:
    """Whether ``word`` may be a past-tense verb agreeing with a body's kind in the
    nominative before it ("прокуратура начала", "министерство провело")."""
    genders = {
        p.tag.gender for p in morph.parses(subject.lower()) if p.tag.case == "nomn" and p.tag.gender
    }
    return any(
        p.tag.POS == "VERB" and "past" in p.tag and p.tag.gender in genders
        for p in morph.parses(word)
    )


def _kind_in_any_case(word: str) -> bool:
    """ "министерстве", "управлении": a kind of body the dictionary reads first, in a case
    the word lists do not hold."""
    readings = morph.parses(word) if len(word) > 4 else []
    return bool(readings) and readings[0].normal_form in lx.RUSSIAN_BODIES


def _named_after(following: str) -> bool:
    """Whether a name in guillemets follows, which a body's kind before it is the kind of
    («Калинушка»); not an outlet in the dative the body spoke to («Медузе» сообщили)."""
    following = following.lstrip()
    if not following.startswith("«"):
        return False
    first = following[1:].split(maxsplit=1)[0].strip("«»,.;:") if following[1:].split() else ""
    parses = morph.parses(first) if first else []
    told = bool(parses) and all(p.tag.case in ("datv", "loct") for p in parses)
    return not told


def _spoken_in(matches: list[re.Match[str]], index: int) -> bool:
    """ "В министерстве транспорта Тверской области сообщили": a body in any case form
    after the "В" opening a sentence, where one says where a statement came from."""
    if index < 1 or matches[0].group().lower() not in ("в", "во") or matches[0].start() != 0:
        return False
    # "В Государственной жилищной инспекции …": adjectives may stand before the kind
    described = all(_ADJECTIVE.match(m.group().lower()) for m in matches[1:index])
    return described and morph.head_noun(matches[index].group()) in lx.RUSSIAN_BODIES


def _is_adjective(matches: list[re.Match[str]], index: int) -> bool:
    word = matches[index].group()
    adjacent = matches[index].end() + 1 == matches[index + 1].start()
    return adjacent and _ADJECTIVE.match(word.lower()) is not None and word.rstrip(",.;:") == word


def _goes_on(matches: list[re.Match[str]], index: int) -> bool:
    """Whether the word after ``index`` is a genitive (or "и" between two) in the name."""
    current, following = matches[index], matches[index + 1].group()
    if current.group() != current.group().rstrip(",.;:"):
        return False  # the phrase ends at punctuation
    if _in_region(matches, index):
        return True  # "по Алтайскому краю", "по Кемеровской области — Кузбассу"
    if current.end() + 1 != matches[index + 1].start():
        return False
    bare = following.rstrip(",.;:").lower()
    if bare == "по":  # "агентства по рыболовству": the field the body is for
        return words_after_po([m.group() for m in matches[index + 1 : index + 8]]) > 0
    if current.group().lower() == "по":
        return True  # the field or the region "по" opens
    if current.group().isupper() and following[:1].isupper() and morph.is_place(bare):
        return True  # "управление МЧС России": the country of a body named by its initials
    if bare != "и" and morph.is_function_word(bare):
        return False  # "… области в ответ на запрос"
    if _is_region(current.group()) and bare.islower():
        return False  # "… Кировской области начала проверку": the region ends the name
    if bare == "и":
        return index + 2 < len(matches) and morph.is_genitive(
            matches[index + 2].group().strip(",.;:")
        )
    if _predicate_of(current.group(), bare):
        return False  # "прокуратура начала проверку": the body began, no "начало" of it
    if not (morph.is_russian(bare) and morph.is_genitive(bare)):
        return False
    if not morph.is_place(bare):
        return True
    if following[:1].isupper() and morph.head_noun(current.group()) in lx.RUSSIAN_BODIES:
        return following == bare.capitalize()  # "мэрии Омска": the city the body serves
    if following[:1].isupper() and following == bare.capitalize() and _ends(matches, index + 1):
        return True  # "министерства … и энергетики Якутии": the region, ending the name
    return index + 2 < len(matches) and _is_region(matches[index + 2].group())  # "… области"


def _ends(matches: list[re.Match[str]], index: int) -> bool:
    """Whether the phrase ends at ``index``: punctuation or a verb comes after it."""
    if index + 1 >= len(matches) or matches[index].group()[-1:] in ",.;:":
        return True
    return bool(morph.verb_lemma(matches[index + 1].group().rstrip(",.;:").lower()))


def _in_region(matches: list[re.Match[str]], index: int) -> bool:
    """Whether the word after ``index`` is in the region a "по" before it opens ("по
    Кемеровской и Томской областям", "по Кемеровской области — Кузбассу")."""
    for start in range(index - 1, max(index - 5, -1), -1):
        if matches[start].group() == "по":
            after = matches[start].start()
            words = list(re.finditer(r"\S+", matches[start].string[after:]))[:8]
            size = words_after_po([w.group() for w in words])  # the dash is a word here
            return size > 1 and matches[index + 1].start() < after + words[size - 1].end()
    return False


def _is_region(word: str) -> bool:
    bare = word.rstrip(",.;:")
    return bare.islower() and morph.head_noun(bare) in ("область", "край", "округ")
