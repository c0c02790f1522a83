"""Role and organisation in the words describing a speaker: which words name the
job and which the body.

"an analyst at DNB Markets", "Hutchison Ports' head of operations", "cabinet member
for finance", "the Bank of England governor", "Eastfield manager", "директор компании
«Вектор»", "Житель села Чиркей". An organisation is a named body or the kind of body
speaking; a nationality, a trade or a place is none.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .names import is_capitalised

RELATIVE = re.compile(r"\s*\b(?:who|whose|which|that|где|который|которая|которые)\b.*$", re.S)
ARTICLE = re.compile(r"^(?:a|an|the|another|one)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+(.+)$")
GUILLEMETS = re.compile(r"«([^»]+)»")
_ORG_END = re.compile(r"\s+(?:and|as well as|и)\s+(?:the|a|an|his|her|its|their)\b.*$", re.S)
_NAMED_BODY_ROLE = re.compile(
    r"^((?:[A-Z][\w&.'’-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+)*[A-Z][\w&.'’-]*)"
    r"\s+([a-z][a-z -]*)$"
)
_AT_BODY = re.compile(r"\s+at\s+(?=(?:the\s+)?[A-Z])")
_JOINS = re.compile(r"\s+(?:at|for|with(?=\s+[A-Z])|of(?=\s+(?:the\s|[A-Z])))\s+")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an)$")
# Nationalities ending in -i; the ending alone would take a body ("Verdi") for one.
_NATIONALITIES_IN_I = frozenset(
    lx.words(
        """
    israeli iraqi pakistani saudi kuwaiti yemeni bangladeshi somali omani qatari emirati
    azerbaijani nepali thai afghani bahraini
    """
    )
)
# "the union's", "Hutchison Ports'", "Lufthansa's": an owner opening a description.
_OWNER_START = re.compile(r"^(?:the\s+)?((?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+?)['’]s?\s+(\S.*)$")
_PORTFOLIO_ROLES = frozenset(lx.words("minister secretary commissioner"))
_PLACE_ROLES = frozenset(lx.words("mayor governor premier bishop archbishop councillor"))
_RU_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "под", "у", "из"))


def role_and_org(text: str) -> tuple[str, str]:
    text = ARTICLE.sub("", text).strip(" ,")
    text = re.sub(r"^(?:his|her|their|its|ее|её|его|их)\s+", "", text, flags=re.IGNORECASE)
    if not text or text.lower() in ("a", "an", "the"):
        return "", ""
    lead = re.match(r"^(?:of|at|from|for|with)\s+(.+)$", text)
    if lead:
        return "", clean_org(lead.group(1))
    guillemet = GUILLEMETS.search(text)
    if guillemet:
        role = " ".join(GUILLEMETS.sub("", text).split()).strip(" ,")
        role = re.sub(r"\s+(?:в|во|на)$", "", role)  # "глава отдела в «Луче»"
        return role, guillemet.group(1).strip()
    owned = _OWNER_START.match(text)  # "the union's national secretary for the ports"
    if owned and not _JOINS.match(text, owned.end(1)):
        rest = owned.group(2)  # the role, unless it names its own body ("… at Acme")
        role, organization = role_and_org(rest) if _JOINS.search(rest) else (_trim_role(rest), "")
        if not organization and _is_org_owner(owned.group(1)):
            organization = clean_org(owned.group(1))
        return role, organization
    named = _NAMED_BODY_ROLE.match(text)  # "Bank of England governor", "Court of Appeal judge"
    if named:
        return named.group(2), named.group(1)
    joint = _JOINS.search(text)  # the first joining word: "president of the Alliance for …"
    at = _AT_BODY.search(text)  # "chief officer for Metrolink at Transport for …": at wins
    if joint and at and at.start() > joint.start() > 0:
        return _trim_role(text[: at.start()]), clean_org(text[at.end() :])
    if joint and joint.start() > 0:
        role, complement = text[: joint.start()], text[joint.end() :]
        if _governs_place(role, complement):
            return _trim_role(role), ""  # "mayor of Dresden": a place, not a body
        if _complement_is_role(role, complement):
            return _trim_role(text), ""  # "cabinet member for finance", "Minister for Health"
        return _trim_role(role), clean_org(complement)
    from_part = re.split(r"\s+(?:from|из)\s+", text, maxsplit=1)
    if len(from_part) == 2:
        after = from_part[1]
        if any(w.lower() in lx.ORG_NOUNS for w in after.split()):
            return _trim_role(from_part[0]), clean_org(after)
        text = from_part[0]
    possessive = POSSESSIVE.match(text)
    if possessive:
        owner, role = possessive.group(1), possessive.group(2)
        if _is_org_owner(owner):
            return _trim_role(role), clean_org(owner)
        return _trim_role(role), ""
    words = text.lower().split()
    if morph.is_russian(words[0]) and (morph.is_person_noun(words[0]) or len(words) > 1):
        return _split_russian(text.split())  # "Председатель ЦБ": the role, then the body
    if words[-1].strip(".") in lx.ORG_NOUNS and not any(w in lx.ROLE_WORDS for w in words):
        return "", clean_org(text)
    text = re.sub(r"\s+in\s+[A-Z][\w-]*$", "", text)  # "… Court in Leipzig": where it sits
    proper = all(is_capitalised(w) for w in text.split() if w.lower() not in ("of", "and", "&"))
    if proper and not any(w.removesuffix("s") in lx.ROLE_WORDS for w in words):
        return "", text  # "the White House said", "the Kremlin said": an institution speaks
    return _split_premodifier(_trim_role(text))


def _governs_place(role: str, complement: str) -> bool:
    head = role.split()[-1].lower() if role.split() else ""
    words = complement.split()
    return head in _PLACE_ROLES and 0 < len(words) <= 2 and all(map(is_capitalised, words))


def _complement_is_role(role: str, complement: str) -> bool:
    """Whether what follows "for"/"of" belongs to the role: no body is named ("for
    finance", "for the ports"), or a portfolio is ("Minister for Health")."""
    words = re.sub(r"^the\s+", "", complement).split()
    if not words or any(w.lower().strip(",.'’") in lx.ORG_NOUNS | lx.RELATIONS for w in words):
        return False
    head = role.split()[-1].lower() if role.split() else ""
    return head in _PORTFOLIO_ROLES or not any(is_capitalised(w) for w in words)


def _is_org_owner(owner: str) -> bool:
    words = owner.split()
    return is_capitalised(owner) or (bool(words) and words[-1].lower() in lx.ORG_NOUNS)


def _split_premodifier(role: str) -> tuple[str, str]:
    """ "Eastfield manager" → (manager, Eastfield); "ministry spokesman" → (spokesman, ministry)."""
    words = role.split()
    if re.match(r"[А-ЯЁа-яё]", role):
        return _split_russian(words)
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
    while len(words) > 1 and _is_nationality(words[0]):
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
        and not word.endswith(("ed", "ing"))  # "Retired teacher", "Acting director"
    ]
    if proper:  # "Manchester City manager": the club, then the role
        return " ".join(words[capitals:]), " ".join(words[:capitals])
    return role, ""


def _is_nationality(word: str) -> bool:
    lower = word.lower()
    if lower in lx.ORG_NOUNS:
        return False
    return bool(_NATIONALITY.match(word)) or lower in _NATIONALITIES_IN_I


def _split_russian(words: list[str]) -> tuple[str, str]:
    """ "аналитик Высшей школы экономики" → (аналитик, Высшей школы экономики)."""
    for index in range(1, len(words)):
        if words[index - 1].lower() in _RU_PLACE_PREPOSITIONS:
            break  # "владелица кофейни на улице Луначарского": a place, not a body
        if morph.head_noun(words[index - 1]) in lx.RUSSIAN_SETTLEMENTS:
            break  # "житель поселка Ола": a place
        if is_capitalised(words[index]) and not _is_russian_place(words[index:]):
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words), ""


def _is_russian_place(words: list[str]) -> bool:
    """ "Самары", "Пензенской области", "Хабаровского края": a place, not a body."""
    return morph.is_place(words[0]) or morph.head_noun(" ".join(words)) in lx.RUSSIAN_SETTLEMENTS


def _trim_role(text: str) -> str:
    text = re.sub(r"(?:^|\s)[\w.-]+-born\b", "", text)  # "Moscow-born": a birthplace
    text = re.split(r"\s+(?:who|which|and the|based in|in charge)\b", text)[0]
    text = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", text)  # "… in Moscow"
    return ARTICLE.sub("", text.strip(" ,.")).strip()


def clean_org(text: str) -> str:
    text = _ORG_END.sub("", text)
    text = RELATIVE.sub("", text)
    text = re.split(r",|\s+(?:in|on|since|until|during|based)\s+(?=[a-z0-9])", text)[0]
    text = re.sub(r"^the\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    text = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", text)  # "… in London"
    if text.lower().split()[-1:] and text.lower().split()[-1] in lx.RELATIONS:
        return ""  # "a lawyer for the family": a relation, not a body
    kind = re.match(r"^([a-z'’-]+\s+)+(?=[A-Z])", text)
    if kind and kind.group().split()[-1] in lx.OUTLET_WORDS | lx.ORG_NOUNS:
        text = text[kind.end() :]  # "holiday rental association Apartur": the name, not the kind
    return text.strip(" ,.")
