"""Russian speakers that are not a person's name: a body ("сообщили в пресс-службе
«Яндекса»", "говорится в заявлении компании", "В МИД России назвали…") and the pronoun
of "по ее словам"."""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .agreement import nominative_phrase
from .mention import Mention
from .names import is_capitalised


def russian_body(words: list[str], start: int) -> Mention | None:
    """ "сообщили в пресс-службе «Яндекса»", "говорится в заявлении компании": a body speaks."""
    if len(words) < 2 or words[0].lower() not in ("в", "во") or not morph.is_russian(words[1]):
        return None
    noun = morph.head_noun(words[1])
    named = (is_capitalised(words[1]) or words[1].startswith("«")) and not morph.is_place(words[1])
    if noun in lx.RUSSIAN_DOCUMENTS and len(words) > 2:  # "в сообщении порта": the port's
        phrase = " ".join(_noun_phrase(words[2:])).rstrip(" ,.")
        start += len(" ".join(words[:2])) + 1
        return Mention(phrase, start, start + len(phrase), before=[f"of {phrase}"])
    if noun in lx.RUSSIAN_BODIES or named:  # "в пресс-службе", "В МИД России"
        phrase = " ".join(_noun_phrase(words[1:]))
    else:
        return None
    phrase = phrase.rstrip(" ,.")
    if not is_capitalised(phrase):  # "В Минцифры заявили": a name stays as printed
        phrase = nominative_phrase(phrase)
    owner = _owner_by_kind(phrase.split())
    if owner:  # "в пресс-службе энергосбытовой компании": the company's press office
        return Mention(phrase, start, start + len(phrase), before=[f"of {owner}", owner_of(phrase)])
    # "В управлении ветеринарии Воронежской области": a kind with words saying which body
    rest = phrase.split()[1:2]
    which = "«" not in phrase and any(w.islower() and w not in lx.ORG_NOUNS for w in rest)
    named = named or which
    description = f"of {phrase}" if named else phrase  # a named body is the organisation
    return Mention(phrase, start, start + len(phrase), before=[description])


def _owner_by_kind(words: list[str]) -> str:
    """ "пресс-служба энергосбытовой компании" → "энергосбытовой компании": a part of a
    body whose owner is named only by its kind, which refers to the body named before."""
    if len(words) < 2 or morph.head_noun(words[0]) not in _BODY_PARTS:
        return ""
    rest = words[1:]
    if not all(w.islower() for w in rest) or rest[-1] not in lx.ORG_NOUNS:
        return ""
    return " ".join(rest)


def owner_of(phrase: str) -> str:
    """The part of a body that speaks, as its role: "пресс-служба"."""
    return phrase.split()[0]


def _noun_phrase(words: list[str]) -> list[str]:
    """A Russian noun and what depends on it ("пресс-службы компании «Икс»"), up to the
    first word that is neither a name nor in the genitive ("… эту информацию подтвердили")."""
    kept = words[:1]
    index = 1
    while index < len(words):
        word = words[index]
        if kept[-1].endswith((",", ".")):
            break
        if word.lower() == "по" and index + 1 < len(words) and _field(words[index + 1]):
            kept += words[index : index + 2]  # "Комитет по образованию": the field it is for
            index += 2
            continue
        if not (is_capitalised(word) or word.startswith("«") or morph.is_genitive(word)):
            break
        kept.append(word)
        index += 1
    return [word.rstrip(",.") for word in kept]


def _field(word: str) -> bool:
    """ "образованию", "делам": a field in the dative after "по" in a body's name."""
    bare = word.rstrip(",.")
    return bare.isalpha() and bare.islower() and morph.is_russian(bare) and bare == word


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
