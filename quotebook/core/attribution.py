"""The attribution line printed with a quote, derived from its source and ground rule."""

from __future__ import annotations

from .values import GroundRule, Source

_VOWEL_SOUND_AGES = {8, 11, 18} | set(range(80, 90))


def describe(source: Source) -> str:
    """How a source may be described without naming them ("a developer at Yandex")."""
    if source.described_as:
        return source.described_as
    return _role_phrase(source, with_age=False)


def _article(word: str, age: int | None = None) -> str:
    if age is not None:
        return "an" if age in _VOWEL_SOUND_AGES else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _role_phrase(source: Source, *, with_age: bool) -> str:
    """ "a 23-year-old machine learning engineer at Yandex", from whatever fields exist."""
    parts: list[str] = []
    if with_age and source.age is not None:
        parts.append(f"{source.age}-year-old")
    if source.role:
        parts.append(source.role)
    if not parts and not source.organization:
        return ""
    if not source.role:
        parts.append("person" if parts else "")
    phrase = " ".join(p for p in parts if p)
    if source.organization:
        phrase = (
            f"{phrase} at {source.organization}" if phrase else f"someone at {source.organization}"
        )
        if phrase.startswith("someone"):
            return phrase
    return (
        f"{_article(phrase, source.age if with_age and source.age is not None else None)} {phrase}"
    )


def attribution(source: Source, rule: GroundRule) -> str:
    """The attribution line an editor export carries for a quote on ``rule``.

    on the record: the printed name and description ("Sasha, a 23-year-old machine
    learning engineer at Yandex"); background: the description only; deep
    background and off the record: nothing.
    """
    if rule is GroundRule.ON_RECORD:
        phrase = _role_phrase(source, with_age=True)
        return f"{source.name}, {phrase}" if phrase else source.name
    if rule is GroundRule.BACKGROUND:
        return describe(source)
    return ""
