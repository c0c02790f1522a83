"""A role printed with a premodifier: which words before the role name a body.

"Eastfield manager", "Bank of England Governor", "Labour MP", "ministry spokesman"
name a body before the role; "Finance Minister", "Prime Minister", "Council member",
"Italian coast guard official" and "Retired teacher" do not.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .names import is_capitalised

_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ican)$")

# Nationalities no ending tells: those in -i ("Verdi" is a body) and -an ("Goldman" is a
# name), and a few others; with the initials of countries, places, never bodies.
_NATIONALITY_WORDS = frozenset(
    lx.words(
        """
    israeli iraqi pakistani saudi kuwaiti yemeni bangladeshi somali omani qatari emirati
    azerbaijani nepali thai afghani bahraini german cuban kenyan ugandan rwandan
    tibetan afghan moroccan venezuelan angolan lankan sudanese french dutch greek swiss
    czech slovak serb croat uzbek tajik kazakh kyrgyz turkmen filipino montenegrin u.s.
    us usa u.s.a. uk u.k. uae
    swede dane briton finn scot spaniard icelander frenchman frenchwoman englishman
    englishwoman dutchman irishman welshman scotsman welsh basque maori
    """
    )
)

_PLACE_KINDS = frozenset(lx.words("town city county state district"))

# Words of an office that are no body ("Prime Minister", "Home Secretary", "Lord Mayor",
# "Opposition leader", "Shadow Chancellor").
_OFFICE_WORDS = frozenset(lx.words("prime home first lord lady high grand opposition shadow"))


def split_premodifier(role: str) -> tuple[str, str]:
    """ "Eastfield manager" → (manager, Eastfield); "ministry spokesman" → (spokesman, ministry)."""
    words = role.split()
    named = body_before_role(words)
    if named is not None:
        return named
    first = words[0].lower() if words else ""
    owning = first in lx.ORG_NOUNS and first not in lx.GENERIC_MODIFIERS and len(words) > 2
    if owning and words[-1].lower() in lx.ROLE_KEEPS_MODIFIER and words[1].islower():
        return " ".join(words[1:]), words[0]  # "league committee member": the league's
    if len(words) < 2 or is_capitalised(words[-1]) or words[-1].lower() in lx.ROLE_KEEPS_MODIFIER:
        return role, ""
    for index in range(len(words) - 2, -1, -1):
        if (
            words[index].lower() in lx.ORG_NOUNS
            and words[index].lower() not in lx.GENERIC_MODIFIERS
        ):
            if any(w.islower() and w not in lx.ORG_NOUNS for w in words[:index]):
                return role, ""  # "senior administration official": no body is named
            return " ".join(words[index + 1 :]), " ".join(words[: index + 1])
    stripped: list[str] = []
    while len(words) > 1 and is_nationality(words[0]):
        stripped.append(words[0])
        words = words[1:]  # "Italian coast guard official": a nationality, not a body
    role = " ".join(words)
    capitals = 0
    while capitals < len(words) - 1 and is_capitalised(words[capitals]):
        capitals += 1
    proper = [
        word
        for word in words[:capitals]
        if word.lower() not in lx.GENERIC_MODIFIERS
        and word.lower() not in lx.ROLE_WORDS
        and word.lower() not in _OFFICE_WORDS  # "Opposition councillor": a side, no body
        and not word.endswith(("ed", "ing"))  # "Retired teacher", "Acting director"
        and not _is_portfolio([word], words[-1])
    ]
    if stripped and len(proper) > 1 and len(proper) == capitals:
        # "Hebridean Island Ferries chief executive": before a name of several words, the
        # adjective of a place is the first word of that name
        return " ".join(words[capitals:]), " ".join(stripped + words[:capitals])
    if proper:  # "Manchester City manager": the club, then the role
        return " ".join(words[capitals:]), " ".join(words[:capitals])
    return role, ""


def body_before_role(words: list[str]) -> tuple[str, str] | None:
    """ "Bank of England Governor", "Labour MP", "Pentagon press secretary": a body's name
    printed before the role words, as (role, body); None when the words before are no
    name ("Finance Minister", "Italian coast guard official", "Retired teacher")."""
    if not words or morph.is_russian(words[0]):
        return None
    size = len(words)
    while size > 0 and _is_role_part(words, size - 1):
        size -= 1
    body = words[:size]
    if not body or size == len(words) or not is_capitalised(body[-1]):
        return None
    kind = len(body) == 1 and body[0].lower() in lx.ORG_NOUNS and len(words) - size == 1
    if kind and words[-1].lower() in lx.ROLE_KEEPS_MODIFIER:
        return None  # "Council member", "Board president": a role
    names = [word for word in body if word.lower() not in ("of", "for", "and", "&")]
    if _is_portfolio(names, words[-1]):
        return None  # "Immigration Minister": what the minister is for, not a body
    if not all(is_capitalised(word) and "-" not in word for word in names):
        return None  # "Moscow-born", "IT-based": where someone is from
    if any(word.lower() in lx.ORG_NOUNS for word in names):
        return " ".join(words[size:]), " ".join(body)  # "German Foreign Office spokesman"
    for word in names:
        lower = word.lower()
        if lower in lx.GENERIC_MODIFIERS | lx.ROLE_WORDS | _OFFICE_WORDS:
            return None
        if lower.rstrip(".") in lx.HONORIFICS:
            return None  # "Mr Justice"
        if is_nationality(word) or lower.endswith(("ed", "ing")):
            return None
    return " ".join(words[size:]), " ".join(body)


def _is_portfolio(names: list[str], role: str) -> bool:
    """ "Education Secretary", "Physics teacher": what the role is for, no body."""
    if role.lower() in lx.SUBJECT_ROLES:
        return all(w.lower() in lx.SUBJECTS for w in names if w != "and")  # "Farsi and Dari"
    return role.lower() in lx.PORTFOLIO_ROLES and all(
        w.lower() in lx.PORTFOLIOS | lx.GENERIC_MODIFIERS for w in names
    )


def _is_role_part(words: list[str], index: int) -> bool:
    word, lower = words[index], words[index].lower()
    previous = words[index - 1] if index > 0 else ""
    named = is_capitalised(previous) and previous.lower() not in lx.ROLE_WORDS
    if lower in _PLACE_KINDS and is_capitalised(word) and named:
        return False  # "Manchester City manager", "Ohio State coach": part of the name
    if lower in lx.ROLE_WORDS or lower.removesuffix("s") in lx.ROLE_WORDS:
        return True
    plain = word.islower() and lower not in ("of", "for", "and", "&")
    return lower in lx.GENERIC_MODIFIERS or (plain and lower not in lx.ORG_NOUNS)


def is_nationality(word: str) -> bool:
    lower = word.lower()
    if lower in lx.ORG_NOUNS:
        return False
    return bool(_NATIONALITY.match(word)) or lower in _NATIONALITY_WORDS
