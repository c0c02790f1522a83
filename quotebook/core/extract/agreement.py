"""Russian phrases whose words agree: a role printed in an oblique case put in the
nominative ("заведующей лабораторией" → "заведующая лабораторией"), and a capitalised
adjective that belongs to the noun after it, not to a name ("Зоологического института")."""

from __future__ import annotations

import re
from typing import Any

from .morph import is_russian, parses

_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def nominative_phrase(text: str) -> str:
    """A Russian role phrase in an oblique case put in the nominative, up to its first
    noun: "главного юриста компании" → "главный юрист компании"."""
    aged = re.match(r"\d{1,3}[-‑]летн\w*\s+", text)
    if aged:  # "72-летней пенсионерке": the age, which the role is read without, then it
        return aged.group() + nominative_phrase(text[aged.end() :])
    words = text.split()
    found: list[tuple[int, Any]] = []
    for index, word in enumerate(words):
        oblique = [p for p in parses(word) if _declines(p) and p.tag.case != "nomn"]
        oblique.sort(key=lambda p: p.tag.POS != "ADJF")  # "главного юриста": an adjective first
        if not oblique or not is_russian(word) or _fixed_ministry(word, oblique[0]):
            return text
        parse = oblique[0]
        found.append((index, parse))
        if parse.tag.POS == "NOUN" or (
            parse.tag.POS == "PRTF" and not _qualifies(parse, words[index + 1 :])
        ):
            break
    else:
        return text
    gender = found[-1][1].tag.gender
    for index, parse in found:
        agrees = gender and parse.tag.POS != "NOUN"
        wanted = {"nomn", "sing"} | ({gender} if agrees else set())
        form = parse.inflect(wanted)
        if form is not None and form.word != words[index].lower():  # "МИД" stays "МИД"
            word = form.word
            if "ё" not in words[index].lower():
                word = word.replace("ё", "е")  # "Контрольно-счетной": the е printed stays
            words[index] = word if words[index].islower() else _cased_as(word, words[index])
    return " ".join(words)


def _cased_as(word: str, printed: str) -> str:
    """``word`` capitalised as ``printed`` was, each part after a hyphen too
    ("Волго-Вятское" for "Волго-Вятском")."""
    parts, shapes = word.split("-"), printed.split("-")
    if len(parts) != len(shapes):
        return word.capitalize()
    return "-".join(
        p.capitalize() if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True)
    )


def _fixed_ministry(word: str, parse: Any) -> bool:
    """ "Минцифры", "Минприроды", "Минпросвещения": a ministry named by "Мин" and a word
    in the genitive does not decline; "Минфин", "Минстрой" (masculine) do."""
    short = word.startswith("Мин") and not word.lower().startswith("министерств")
    return short and parse.tag.gender in ("femn", "neut")  # "Министерства" declines


def _declines(parse: Any) -> bool:
    """A noun, an adjective, or a participle used as a noun ("заведующей лабораторией")."""
    return parse.tag.POS in ("NOUN", "ADJF") or (parse.tag.POS == "PRTF" and "Subx" in parse.tag)


def _qualifies(participle: Any, following: list[str]) -> bool:
    """Whether a participle is an adjective to the noun after it, in its case
    ("управляющего партнера"), not a noun itself ("заведующей лабораторией")."""
    return bool(following) and any(
        p.tag.POS == "NOUN" and p.tag.case == participle.tag.case for p in parses(following[0])
    )


def qualifies_noun(word: str, following: str) -> bool:
    """Whether a capitalised Russian word is an adjective of the lowercase noun after it
    ("Зоологического института", "Уральского университета"), not a surname: the
    dictionary reads it only as an adjective, in the noun's case."""
    if not following.islower() or not is_russian(word):
        return False
    readings = parses(word.strip(",.«»").lower())
    if not readings or any(
        p.tag.POS != "ADJF" or _NAME_TAGS & set(p.tag.grammemes) for p in readings
    ):
        return False
    cases = {p.tag.case for p in readings}
    return any(p.tag.POS == "NOUN" and p.tag.case in cases for p in parses(following))
