"""The attribution line printed with a quote, derived from its source and ground rule."""

from __future__ import annotations

from .errors import ValidationError
from .values import GroundRule, Source

_VOWEL_SOUND_AGES = {8, 11, 18} | set(range(80, 90))
# A background source with no "described as" text: never their role and organisation,
# which the same sheet may print beside their name on their on-the-record quotes.
UNDESCRIBED = "a source"


def describe(source: Source) -> str:
    """How a source may be described without naming them: their "described as" text.

    Never derived from their role and organisation: those are the words printed
    beside their name on the record, so a reader could link the two.
    """
    return source.described_as.strip() or UNDESCRIBED


def derived_description(text: str, source: Source) -> bool:
    """Whether a background attribution says nothing of its own about ``source``.

    True for "a source", and for the role and organisation line that exports of
    earlier versions wrote for a source with no "described as" text.
    """
    return text in ("", UNDESCRIBED, _role_phrase(source, with_age=False))


def _article(word: str, age: int | None = None) -> str:
    if age is not None:
        return "an" if age in _VOWEL_SOUND_AGES else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _same(first: str, second: str) -> bool:
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def _role_phrase(source: Source, *, with_age: bool) -> str:
    """ "a 23-year-old machine learning engineer at Yandex", from whatever fields exist."""
    parts: list[str] = []
    if with_age and source.age is not None:
        parts.append(f"{source.age}-year-old")
    if source.role:
        parts.append(source.role)
    # A body filed as a source under its own name ("Fife Council") is no one at it
    organization = "" if _same(source.organization, source.name) else source.organization
    if not parts and not organization:
        return ""
    if not source.role:
        parts.append("person" if parts else "")
    phrase = " ".join(p for p in parts if p)
    if organization:
        phrase = f"{phrase} at {organization}" if phrase else f"someone at {organization}"
        if phrase.startswith("someone"):
            return phrase
    return (
        f"{_article(phrase, source.age if with_age and source.age is not None else None)} {phrase}"
    )


def attribution(source: Source, rule: GroundRule) -> str:
    """The attribution line an editor export carries for a quote on ``rule``.

    on the record: the printed name and description ("Sasha, a 23-year-old machine
    learning engineer at Yandex"); background: the "described as" text, else "a
    source"; deep background and off the record: nothing.
    """
    if rule is GroundRule.ON_RECORD:
        phrase = _role_phrase(source, with_age=True)
        return f"{source.name}, {phrase}" if phrase else source.name
    if rule is GroundRule.BACKGROUND:
        return describe(source)
    return ""


# Marks that end a quoted sentence and stay inside the closing quotation mark, in
# Latin, Arabic, CJK and other scripts; a full stop becomes a comma before "said".
_KEEP_END = frozenset("?!…‽؟！？¿¡⸮")
_FULL_STOPS = frozenset(".。।۔።")
# Double quotation marks a quote may arrive wrapped in (apostrophes are words' own).
_OPENING = '"“„«「『'
_CLOSING = '"”“»」』'


def _quoted_words(text: str) -> str:
    """The quote's words without surrounding quotation marks, inner “ ” made ‘ ’."""
    words = text.strip()
    if len(words) >= 2 and words[0] in _OPENING and words[-1] in _CLOSING:
        words = words[1:-1].strip()
    return words.replace("“", "‘").replace("”", "’")


def draft_text(text: str, source: Source, rule: GroundRule) -> str:
    """What a reporter pastes into a draft: the quote and who said it, as the rule allows.

    On the record: “We left in March,” said Sasha, a 23-year-old machine learning
    engineer at Yandex. Background: the source's description instead of the name.
    Deep background: the quote alone. Off the record: refused with a
    :class:`ValidationError` on ``ground_rule``, since the words may not be used.
    A quote ending in ``?`` or ``!`` (in any script) keeps its mark: “Why?” said
    Sasha. A pseudonym is followed by "whose name has been changed".
    """
    if rule is GroundRule.OFF_RECORD:
        raise ValidationError("ground_rule", "the quote is off the record and may not be used")
    words = _quoted_words(text)
    if not words:
        raise ValidationError("text", "must not be empty")
    if rule is GroundRule.DEEP_BACKGROUND:
        return f"“{words}”"
    if rule is GroundRule.ON_RECORD:
        who = attribution(source, rule)
        if source.is_pseudonym:
            who += ", whose name has been changed"
    else:
        who = describe(source)
    if words[-1] in _KEEP_END or words.endswith("..."):
        opening = f"“{words}”"
    else:
        opening = f"“{words[:-1] if words[-1] in _FULL_STOPS else words},”"
    return f"{opening} said {who.rstrip('.')}."
