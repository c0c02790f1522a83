"""He or she: what a person's titles, role words, first name or Russian endings say."""

from __future__ import annotations

import re

from ..domain.validate import fold
from . import lexicon as lx
from . import morph
from .mention import Mention

_FEMALE_WORDS = frozenset(
    lx.words(
        """
    spokeswoman chairwoman businesswoman congresswoman councilwoman actress mother
    daughter wife sister grandmother widow girlfriend woman girl
    """
    )
)
_MALE_WORDS = frozenset(
    lx.words(
        """
    spokesman chairman businessman congressman councilman actor father son husband
    brother grandfather widower boyfriend man boy
    """
    )
)


def gender_of(name: str, role: str, mention: Mention, description: str, hint: str) -> str:
    """He or she, from titles, role words, first names, Russian endings or a verb's ending."""
    for title in mention.titles:
        found = lx.TITLE_GENDER.get(title.lower().rstrip("."))
        if found:
            return found
    said = f"{role} {description} {mention.premod}".lower()
    # "who runs a motel with her husband", "whose husband was hurt": a relative after a
    # possessive is someone else
    said = re.sub(r"\bwhose\b.*$", " ", said)  # "whose nine-year-old son plays …"
    # "her husband", "their nine-year-old son": a relative, perhaps with an age before it
    kin = re.sub(r"\b(?:his|her|their|its|my|our)\s+(?:\S+-\S+\s+)?\S+", " ", said)
    words = set(kin.split())
    first = fold(name).split()[0] if name else ""
    if words & _FEMALE_WORDS:
        return "f"
    if first in lx.FEMALE_NAMES:
        return "f"  # "Its chairman, Margaret Oyelaran": the post's name says less than hers
    if words & _MALE_WORDS:
        return "m"
    if first in lx.MALE_NAMES:
        return "m"
    found = morph.name_gender(name)
    if found:
        return found
    if hint:
        return hint
    last = fold(name).split()[-1] if name else ""
    if re.search(r"(?:ова|ева|ина|ская|ая)$", last):
        return "f"
    if re.search(r"(?:ов|ев|ин|ский|ий)$", last):
        return "m"
    # Only a subject pronoun: "her supervisor" is someone else's, not a woman.
    pronouns = re.findall(r"\b(?:who|that)\s+(she|he)\b", description.lower())
    if pronouns:
        return "f" if pronouns[0] == "she" else "m"
    return ""


def feminine_noun(noun: str) -> bool:
    """ "пенсионерка", "учительница": a Russian noun only a woman is; "глава", "судья" are
    either."""
    return noun.lower().endswith(("ка", "ница", "иня", "есса", "ша")) and " " not in noun


_RESIDENTS = frozenset(("житель", "жительница", "уроженец", "уроженка"))


def no_job(role: str) -> bool:
    """ "Жительница Копейска", "мать троих детей": where someone lives or whose relative
    they are, which leaves what they do ("пенсионерка") still to be said."""
    head = morph.head_noun(role)
    return head in _RESIDENTS or head in lx.RELATIONS


def heads_a_body(role: str, theirs: str) -> bool:
    """ "руководитель предприятия" for "Директор МУП «Тверской автобус»": the head of a
    body named by its kind is whoever was named as heading one."""
    words = role.lower().split()
    kind = len(words) == 2 and morph.head_noun(words[1]) in lx.RUSSIAN_BODIES
    return (
        kind
        and morph.head_noun(words[0]) in lx.RUSSIAN_HEADS
        and (morph.head_noun(theirs) in lx.RUSSIAN_HEADS)
    )


def people_noun(role: str) -> bool:
    """ "девушка", "мужчина", "man": a person by sex or age, which says nothing of their
    job."""
    head = morph.head_noun(role)
    plain = head in lx.RUSSIAN_PEOPLE_NOUNS or head in lx.RUSSIAN_NATIONALITIES
    plain = plain or role.strip().lower() in lx.ENGLISH_PEOPLE_NOUNS
    return " " not in role.strip() and plain  # "британец": where from, not what they do
