"""Russian names the dictionary reads as something else: a first name that is also a
common noun ("Весна"), and a name whose case only the words printed after it show."""

from __future__ import annotations

import re

from ..domain.validate import fold
from . import lexicon as lx
from .morph import is_first_name, is_russian, parses


def named_in_nominative(name: str, after: list[str]) -> bool:
    """Whether the words printed with a name show it is in the nominative: a role before
    it or an apposition after it agrees with it in case ("пенсионерка Антонина Белякова",
    "Антонина Белкина (71), бывшая учительница"), so a nominative noun or adjective there
    keeps the name as printed, where "Антонина" alone would read as the genitive of
    "Антонин". ``after`` holds those phrases, the nearest first."""
    first = name.split()[0] if name.split() else ""
    for phrase in after:
        phrase = re.sub(r"«[^»]*»?", " ", phrase)  # a body's name is no apposition
        for word in re.findall(r"[а-яё]+", phrase.lower())[:2]:
            tag = parses(word)[0].tag if parses(word) else None
            if tag is None or tag.POS not in ("NOUN", "ADJF"):
                continue
            if "nomn" not in tag or "sing" not in tag:
                return False
            gender = tag.gender  # None for "глава", "коллега": either agrees
            return any(
                "nomn" in p.tag and "sing" in p.tag and (gender is None or gender in p.tag)
                for p in parses(first)
            )
    return False


def reads_as_her_name(name: str) -> bool:
    """Whether every word of a Russian name reads as a woman's in the nominative
    ("Евгения Сазонова"), which a verb in the feminine ("рассказала") makes it; not the
    genitive of "Евгений Сазонов"."""
    words = name.split()
    return bool(words) and all(
        any({"nomn", "sing", "femn"} <= set(p.tag.grammemes) for p in parses(word))
        for word in words
    )


def may_be_given_name(word: str) -> bool:
    """Whether a capitalised Russian word the dictionary knows only as a common noun in
    the nominative may still be a rare first name before a surname ("Весна Радович")."""
    if not is_russian(word) or not word[:1].isupper() or not word[1:].islower():
        return False
    readings = parses(word)
    if not readings:
        return False
    tag = readings[0].tag
    special = {"Geox", "Orgn", "Surn", "Name", "Abbr"}
    return tag.POS == "NOUN" and tag.case == "nomn" and not any(t in tag for t in special)


def has_first_name(name: str) -> bool:
    """Whether a full name starts with a first name the word lists or dictionary know."""
    first = fold(name).split()[0]
    return first in lx.FEMALE_NAMES or first in lx.MALE_NAMES or is_first_name(first)


def same_stem(known: str, given: str) -> bool:
    """Russian case forms of one surname: Смирнова / Смирновой, Ляхов / Ляхова."""
    if not re.match(r"[а-яё]", known) or len(known) < 5:
        return False
    return known[:-2] == given[: len(known) - 2] and abs(len(known) - len(given)) <= 2
