"""Russian speakers that are not a person's name: a body ("сообщили в пресс-службе
«Яндекса»", "говорится в заявлении компании", "В МИД России назвали…") and the pronoun
of "по ее словам"."""

from __future__ import annotations

import re

from ..domain.validate import fold
from . import lexicon as lx
from . import morph
from .agreement import nominative_phrase
from .mention import Mention
from .name_roles import words_after_po
from .names import is_capitalised
from .ru_roles import compound_kind


def russian_body(words: list[str], start: int) -> Mention | None:
    """ "сообщили в пресс-службе «Яндекса»", "говорится в заявлении компании": a body speaks."""
    if len(words) < 2 or words[0].lower() not in ("в", "во") or not morph.is_russian(words[1]):
        return None
    noun = morph.head_noun(words[1])
    named = (is_capitalised(words[1]) or words[1].startswith("«")) and not morph.is_place(words[1])
    body = _adjective_body(words)
    if body:  # "сообщили в Оренбургской таможне": a body named by where it serves
        start += len(words[0]) + 1
        return Mention(body, start, start + len(body), before=[f"of {body}"])
    document = 1
    while document + 1 < len(words) and _lower_adjective(words[document]):
        document += 1  # "в пояснительной записке министерства": adjectives before it
    if morph.head_noun(words[document]) not in lx.RUSSIAN_DOCUMENTS:
        document = 1
    if document > 1:
        noun = morph.head_noun(words[document])
    if noun in lx.RUSSIAN_DOCUMENTS and _unsigned(words[document + 1 :]):
        # "говорится в ответе на запрос редакции": the body that answered spoke before
        at = start + len(" ".join(words[:document])) + 1
        unsigned = [f"of {lx.UNSIGNED_BODY}"]
        return Mention(words[document], at, at + len(words[document]), before=unsigned)
    if noun in lx.RUSSIAN_DOCUMENTS and len(words) > document + 1:  # "в сообщении порта"
        document += _posted_on(words[document + 1 :])  # "в сообщении на сайте администрации"
        phrase = " ".join(_noun_phrase(words[document + 1 :])).rstrip(" ,.")
        start += len(" ".join(words[: document + 1])) + 1
        return Mention(phrase, start, start + len(phrase), before=[f"of {_speaks_for(phrase)}"])
    kind = 1
    while kind + 1 < len(words) and _lower_adjective(words[kind]):
        kind += 1  # "В избирательной комиссии области": adjectives before the kind
    if kind > 1 and morph.head_noun(words[kind]) not in lx.RUSSIAN_BODIES:
        kind = 1
    if morph.head_noun(words[kind]) in lx.RUSSIAN_BODIES or named:  # "в пресс-службе"
        phrase = " ".join(words[1:kind] + _noun_phrase(words[kind:]))
    else:
        return None
    phrase = phrase.rstrip(" ,.")
    # "В прокуратуре Миасса": a kind of body and the place it serves is one body, as printed
    placed = not named and any(map(is_capitalised, phrase.split()[kind:]))
    # "в госкорпорации «Роскосмос»": the body itself, not a part of it that speaks
    quoted = "«" in phrase and not named and morph.head_noun(words[kind]) not in _BODY_PARTS
    named = named or placed
    if placed and _speaks_for(phrase) != phrase:  # "в пресс-службе администрации Перми"
        return Mention(phrase, start, start + len(phrase), before=[f"of {_speaks_for(phrase)}"])
    if not is_capitalised(phrase) and not placed:  # "В Минцифры заявили": a name stays
        phrase = nominative_phrase(phrase)
    owner = _owner_by_kind(phrase.split())
    if owner:  # "в пресс-службе энергосбытовой компании": the company's press office
        return Mention(phrase, start, start + len(phrase), before=[f"of {owner}"])
    # "В управлении ветеринарии Воронежской области": a kind with words saying which body
    rest = phrase.split()[1:2]
    which = "«" not in phrase and any(w.islower() and w not in lx.ORG_NOUNS for w in rest)
    named = named or which
    title = re.search(r"«([^»]+)»?", phrase)
    quoted = quoted or words[1].lower() in lx.LEGAL_FORMS  # "в ООО «Вектор»": by its name
    if quoted and title:  # "в госкорпорации «Роскосмос»": the body by its name
        return Mention(phrase, start, start + len(phrase), before=[f"of {title.group(1)}"])
    description = f"of {phrase}" if named else phrase  # a named body is the organisation
    return Mention(phrase, start, start + len(phrase), before=[description])


def nominative_body(words: list[str], start: int) -> Mention | None:
    """ "Прокуратура Ленинского района сообщила", "— заявила компания «Вектор»": a body
    speaking, the subject of the verb in the nominative, read as "в прокуратуре" is."""
    kind = 0
    while kind + 1 < len(words) and _lower_adjective(words[kind]):
        kind += 1  # "областная прокуратура"
    word = words[kind].rstrip(",.") if words else ""
    if not morph.is_russian(word) or not morph.in_case(word, frozenset({"nomn"})):
        return None
    if morph.head_noun(word) not in lx.RUSSIAN_BODIES and word.lower() not in lx.LEGAL_FORMS:
        return None
    mention = russian_body(["в", *words], start)
    if mention is not None:
        mention.start, mention.end = start, start + len(mention.written)
    return mention


def body_filed(description: str, organization: str) -> str:
    """The name a Russian body speaking is filed under, in the nominative: "Арбитражный
    суд Новосибирской области" for its ruling, "министерство строительства …" for "в
    ответе ведомства" after the ministry was named; "" when the words describe someone
    in the body ("источник в администрации района") or the body is not Russian."""
    if not morph.is_russian(organization.lstrip("«")):
        return ""
    body = fold(organization.strip())  # as printed, or in the nominative already
    same = body in (fold(description.strip()), fold(nominative_phrase(description.strip())))
    if not same and morph.head_noun(description) not in lx.RUSSIAN_BODIES:
        return ""
    first = organization.split()[0]
    hyphened = re.search(r"-[А-ЯЁ]", first) and not _read_as_adjective(first.lower())
    if first[:1].isupper() and (hyphened or _reads_nominative(first)):
        return organization  # "Полярные крылья", "Ангара-Авиа": a name in the nominative
    words = organization.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words) and _reads_nominative(words[-1]):
        return organization  # "Колеса Мобильность": a name of capitals, in the nominative
    filed = nominative_phrase(organization)
    if len(filed.split()[0]) > len(first):
        return organization  # "Ростех" read as a plural of "Ростёха": a name as printed
    return filed


def _reads_nominative(word: str) -> bool:
    """Whether a capitalised Russian word reads first as a nominative, as printed (or as
    an accusative of the same form: "Полярные")."""
    readings = morph.parses(word)
    if not readings or readings[0].tag.case not in ("nomn", "accs"):
        return False
    return any(p.tag.case == "nomn" for p in readings)


def _adjective_body(words: list[str]) -> str:
    """ "в Оренбургской таможне", "в Тверской областной думе": a capitalised adjective and a
    kind of body after it are one name; the adjective alone names no body."""
    first = morph.parses(words[1])
    if not (is_capitalised(words[1]) and first and first[0].tag.POS == "ADJF"):
        return ""
    if words[1].endswith((",", ".")):
        return ""
    kind = 2
    while kind + 1 < len(words) and _read_as_adjective(words[kind]):
        kind += 1  # "в Волго-Вятском главном управлении": "главном" read first so
    if kind >= len(words) or not words[kind].rstrip(",.").islower():
        return ""
    if morph.head_noun(words[kind].rstrip(",.")) not in lx.RUSSIAN_BODIES:
        return ""
    return " ".join(words[1:kind] + _noun_phrase(words[kind:]))


# Where a body posts what it says: "на сайте", "в телеграм-канале"
_POSTED_ON = frozenset(lx.words("сайт страница канал телеграм-канал аккаунт соцсеть"))


# Whom a document answers: "в ответе на запрос редакции" names who asked
_REQUESTS = frozenset(lx.words("запрос вопрос обращение"))


def _unsigned(words: list[str]) -> bool:
    """Whether the words after a document name no body whose it is: none, or whom it
    answers ("на запрос редакции", "на обращение жителей")."""
    words = [w.strip(",.;:") for w in words]
    if not words or not words[0]:
        return True
    return len(words) > 1 and words[0].lower() == "на" and morph.head_noun(words[1]) in _REQUESTS


def _posted_on(words: list[str]) -> int:
    """How many words after a document say where it was posted ("на сайте", "в
    телеграм-канале"): the body whose site it is comes after them."""
    where = len(words) > 2 and words[0].lower() in ("на", "в") and words[1].islower()
    return 2 if where and morph.head_noun(words[1]) in _POSTED_ON else 0


def _speaks_for(phrase: str) -> str:
    """ "пресс-службы ГУФСИН России" → "ГУФСИН России": the press office of a body named
    by a capitalised word speaks for that body, which is the organisation; "ООО «Северная
    артель»" → the company's name, without its legal form."""
    words = phrase.split()
    formed = _FORMED.fullmatch(phrase)
    if formed and formed.group(1).lower() in lx.LEGAL_FORMS:
        return formed.group(2)
    if (
        len(words) > 1
        and morph.head_noun(words[0]) in _BODY_PARTS
        and any(map(is_capitalised, words[1:]))
    ):
        body = " ".join(words[1:])
        named = _FORMED.fullmatch(body)  # "АО «Северные сети»", "ФГБОУ ВО «…»": the name
        return named.group(2) if named and words[1].lower() in lx.LEGAL_FORMS else body
    return phrase


# A legal form, the initials of a level or region after it ("ФГБОУ ВО", "ГБУ СО ВО"),
# and the body's name in guillemets, which may hold marks of its own
_FORMED = re.compile(r"(\S+)(?:\s+[А-ЯЁ]{2,4}){0,2}\s+«(.+)»")


def _lower_adjective(word: str) -> bool:
    """ "избирательной", "управляющей": a lower-case word the dictionary reads only as an
    adjective or a participle."""
    parses = morph.parses(word)
    return word.islower() and bool(parses) and all(p.tag.POS in ("ADJF", "PRTF") for p in parses)


def _read_as_adjective(word: str) -> bool:
    """ "главном": a lower-case word the dictionary reads first as an adjective."""
    parses = morph.parses(word)
    return word.islower() and bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF")


def _owner_by_kind(words: list[str]) -> str:
    """ "пресс-служба энергосбытовой компании" → "энергосбытовой компании": a part of a
    body whose owner is named only by its kind, which refers to the body named before."""
    if len(words) < 2 or morph.head_noun(words[0]) not in _BODY_PARTS:
        return ""
    rest = words[1:]
    head = morph.head_noun(rest[-1])
    kind = rest[-1] in lx.ORG_NOUNS or head in lx.RUSSIAN_BODIES or bool(compound_kind(head))
    if not all(w.islower() for w in rest) or not kind:
        return ""  # "пресс-служба агрохолдинга": a compound kind too
    return " ".join(rest)


def _noun_phrase(words: list[str]) -> list[str]:
    """A Russian noun and what depends on it ("пресс-службы компании «Икс»"), up to the
    first word that is neither a name nor in the genitive ("… эту информацию подтвердили")."""
    kept = words[:1]
    index = 1
    while index < len(words):
        word = words[index]
        listed = _listed_fields(words, index) if kept[-1].endswith(",") else 0
        if listed:  # "министерства строительства, архитектуры и ЖКХ": the fields it covers
            kept += words[index:listed]
            index = listed
            continue
        if kept[-1].endswith((",", ".")):
            break
        after_po = words_after_po(words[index:])
        if after_po:  # "Комитет по образованию", "Роспотребнадзор по Самарской области"
            kept += words[index : index + after_po]
            index += after_po
            continue
        if not (is_capitalised(word) or word.startswith("«") or morph.is_genitive(word)):
            break
        closing = _closing(words, index) if word.startswith("«") else index
        if _outlet_told(kept[-1], " ".join(words[index : closing + 1])):
            break  # "В ВХЛ «Спорт-Экспрессу» сообщили": the outlet told, not the body's name
        kept += words[index : closing + 1]  # "«Северная сетевая компания»": the name whole
        index = closing + 1
    return [*kept[:-1], kept[-1].rstrip(",.")]


def _outlet_told(before: str, word: str) -> bool:
    """ "«Известиям»" after "ВХЛ": a name in guillemets in the dative after a body's name is
    the outlet the body spoke to; after a legal form or a kind it is the body's name. So
    is a news agency, whose name does not decline ("ТАСС"), or a name only in the dative
    ("Интерфаксу")."""
    # "«Известиям»", "«Нижегородской правде»": the outlet's last word says the case
    inner = word.strip("«».,").split()[-1] if word.strip("«».,") else ""
    agency = word.rstrip(".,") in lx.RUSSIAN_AGENCIES or morph.is_dative_only(word)
    if agency and (is_capitalised(before) or before.endswith("»")):
        return True  # "В Минобрнауки ТАСС сообщили", "В ФАС Интерфаксу сообщили"
    if not word.startswith("«") or not word.rstrip(".,").endswith("»") or not inner:
        return False
    if not (is_capitalised(before) or before.endswith("»")) or before.lower() in lx.LEGAL_FORMS:
        return False  # after a name, also one in guillemets: "АО «Камский банк» «Новому …»"
    parses = morph.parses(inner)  # "Звезде": a dative or a locative, never a nominative
    dative = any("datv" in p.tag for p in parses)
    return dative and all("datv" in p.tag or "loct" in p.tag for p in parses)


def _closing(words: list[str], index: int) -> int:
    """The word closing the guillemets opened at ``index`` (itself when none does)."""
    for end in range(index, min(len(words), index + 8)):
        if "»" in words[end]:
            return end
    return index


def _listed_fields(words: list[str], index: int) -> int:
    """Where the rest of a list of fields in the genitive after a comma ends ("…,
    архитектуры и ЖКХ"): the fields, "и" and the last; 0 when the words are no such list."""
    end = index
    while end < len(words) and words[end].endswith(",") and _genitive_field(words[end]):
        end += 1
    if end + 2 >= len(words) or not _genitive_field(words[end]) or words[end + 1] != "и":
        return 0
    last = words[end + 2].rstrip(",.")
    if not (morph.is_genitive(last) or last.isupper()):
        return 0
    return end + 3


def _genitive_field(word: str) -> bool:
    bare = word.rstrip(",")
    return bare.isalpha() and bare.islower() and morph.is_genitive(bare)


# Parts of a body that speak for it ("сообщили в пресс-службе компании").
_BODY_PARTS = frozenset(lx.words("пресс-служба пресс-центр"))

_POSSESSIVES = {"его": "m", "ее": "f", "её": "f", "их": "p"}


def possessor(words: str, base: int) -> Mention | None:
    """The pronoun inside "по ее словам" as the speaker it stands for."""
    for match in re.finditer(r"\w+", words):
        gender = _POSSESSIVES.get(match.group().lower())
        if gender:
            start = base + match.start()
            return Mention(match.group(), start, start + len(match.group()), pronoun=gender)
    return None
