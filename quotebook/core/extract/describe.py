"""Age, role and organisation read from the words describing a speaker.

"Sasha, 23, a machine learning engineer at a large search company", "a
23-year-old nurse", "the company's chief executive", "a spokeswoman for the
ministry", "Eastfield manager", "45-летний директор компании «Вектор»". A relation
("her son", "мать 9-летнего Тимура") is not a role, and an age inside it is someone
else's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from . import morph
from .mention import Mention
from .names import is_capitalised

_AGE_PATTERNS = (
    re.compile(r"^(\d{1,3})$"),
    re.compile(r"^(\d{1,3})\s+(?:год|года|лет)$"),
    re.compile(r"\b(\d{1,3})[-‑ ]year[-‑ ]old\b", re.IGNORECASE),
    re.compile(r"(?<!\w)(\d{1,3})[-‑]летн\w*", re.IGNORECASE),
    re.compile(r"\baged (\d{1,3})\b"),
    re.compile(r"\((\d{1,3})\)"),
)
_RELATIVE = re.compile(r"\s*\b(?:who|whose|which|that|где|который|которая|которые)\b.*$", re.S)
_ARTICLE = re.compile(r"^(?:a|an|the|another|one)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:the\s+)?(.+?)['’]s?\s+(.+)$")
_PARTY = re.compile(r"^[DRI]-[A-Z][\w.]*$")
_GUILLEMETS = re.compile(r"«([^»]+)»")
_ORG_END = re.compile(r"\s+(?:and|as well as|и)\s+(?:the|a|an|his|her|its|their)\b.*$", re.S)
_REL_ORG = re.compile(
    r"\bat\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&.-]*))*)"
)


_REL_ROLE = re.compile(
    r"\bwork(?:s|ed|ing)?\s+as\s+(?:an?\s+|the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
    r"(?=\s+(?:at|for|in|on|with|while|and)\b|[,.]|$)"
)
# "работающая в «Кадровом мосте» аналитиком", "работающий в банке": where, and as whom
_RU_WORKS = re.compile(
    r"^(?:работа|труди|служа)\w*\s+(?:в|во|на)\s+(«[^»]+»|\S+(?:\s+[А-ЯЁ«]\S*)*)"
    r"(?:\s+([а-яё-]+(?:ом|ем|ой|ей|ами)))?$"
)
_NAMED_BODY_ROLE = re.compile(
    r"^((?:[A-Z][\w&.'’-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+)*[A-Z][\w&.'’-]*)"
    r"\s+([a-z][a-z -]*)$"
)
_AT_BODY = re.compile(r"\s+at\s+(?=(?:the\s+)?[A-Z])")
_RU_PARTICIPLE = re.compile(r"^[а-яё]+(?:ющ|ящ|ащ|ущ)(?:ий|ая|ее|ие)\b")
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
_OWNERS = frozenset(("his", "her", "their", "its", "ее", "её", "его", "их", "my", "our"))
_RU_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "под", "у", "из"))


@dataclass(frozen=True, slots=True)
class Fields:
    """What one description says: age, role, organisation (as written)."""

    age: int | None = None
    role: str = ""
    organization: str = ""
    relation: bool = False


def parse(description: str) -> Fields:
    """The age, role and organisation in one description chunk."""
    text = " ".join(description.split()).strip(" ,.")
    main = _RELATIVE.sub("", text) if not text.lower().startswith(("who", "whose")) else ""
    relative = text[len(main) :]
    age = _age(main)  # "whose 20-year-old daughter" gives no age of the speaker's
    if _is_relation(main):
        return Fields(role=_relation_role(main), relation=True)
    if age is not None:
        main = _drop_age(main)
    if main.lower().startswith(("one of", "один из", "одна из")):
        main = ""
    works = _RU_WORKS.match(main)
    if works:
        role, organization = _works_as(works)
    elif _RU_PARTICIPLE.match(main):
        role, organization = "", ""  # "работающая с экспортерами": what, not who, someone is
    else:
        role, organization = _role_and_org(main)
    if not role and relative:
        found_role = _REL_ROLE.search(relative)  # "who works as a healthcare assistant at …"
        role = found_role.group(1) if found_role else ""
    if not organization and relative:
        found = _REL_ORG.findall(relative)
        organization = _clean_org(found[-1]) if found else ""
    return Fields(age=age, role=role, organization=organization)


def _works_as(works: re.Match[str]) -> tuple[str, str]:
    """ "работающая в «Кадровом мосте» аналитиком" → (аналитик, Кадровом мосте)."""
    place, role = works.group(1), works.group(2)
    guillemet = _GUILLEMETS.search(place)
    organization = guillemet.group(1) if guillemet else ""
    if not organization and is_capitalised(place):
        organization = place
    return morph.nominative_phrase(role) if role else "", organization


def _age(text: str) -> int | None:
    for pattern in _AGE_PATTERNS:
        match = pattern.search(text)
        if match:
            value = int(match.group(1))
            return value if 0 < value <= 130 else None
    return None


def _drop_age(text: str) -> str:
    text = re.sub(r"^\d{1,3}(?:\s+(?:год|года|лет))?$", "", text)
    text = re.sub(r"\b\d{1,3}[-‑ ]year[-‑ ]old\b\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<!\w)\d{1,3}[-‑]летн\w*\s*", "", text)
    text = re.sub(r"\baged \d{1,3}\b|\(\d{1,3}\)", "", text)
    return " ".join(text.split())


def _is_relation(text: str) -> bool:
    words = _ARTICLE.sub("", text).lower().split()
    if not words:
        return False
    if words[0] in _OWNERS:
        return len(words) > 1 and words[1] in lx.RELATIONS
    possessive = _POSSESSIVE.match(text)
    if possessive and possessive.group(2).split()[0].lower() in lx.RELATIONS:
        return True
    return words[0] in lx.RELATIONS


def _relation_role(text: str) -> str:
    """The relation as the role it is printed as: "Gainullin's wife" → wife, "мать
    9-летнего Тимура" as printed (Russian names whose relative in the genitive); "a
    mother of three" describes, and is no relation to anyone."""
    possessive = _POSSESSIVE.match(text)
    if possessive and possessive.group(2).split()[0].lower() in lx.RELATIONS:
        text = possessive.group(2)
    words = _ARTICLE.sub("", text).split()
    if words and words[0].lower() in _OWNERS:
        words = words[1:]
    if len(words) > 2 and words[1] == "of" and re.fullmatch(r"\d+|two|three|four|five", words[2]):
        return ""
    if words and morph.is_russian(words[0]):
        return " ".join(words)
    return words[0] if words else ""


def _role_and_org(text: str) -> tuple[str, str]:
    text = _ARTICLE.sub("", text).strip(" ,")
    text = re.sub(r"^(?:his|her|their|its|ее|её|его|их)\s+", "", text, flags=re.IGNORECASE)
    if not text or text.lower() in ("a", "an", "the"):
        return "", ""
    lead = re.match(r"^(?:of|at|from|for|with)\s+(.+)$", text)
    if lead:
        return "", _clean_org(lead.group(1))
    guillemet = _GUILLEMETS.search(text)
    if guillemet:
        role = " ".join(_GUILLEMETS.sub("", text).split()).strip(" ,")
        role = re.sub(r"\s+(?:в|во|на)$", "", role)  # "глава отдела в «Луче»"
        return role, guillemet.group(1).strip()
    owned = _OWNER_START.match(text)  # "the union's national secretary for the ports"
    if owned and not _JOINS.match(text, owned.end(1)):
        rest = owned.group(2)  # the role, unless it names its own body ("… at Acme")
        role, organization = _role_and_org(rest) if _JOINS.search(rest) else (_trim_role(rest), "")
        if not organization and _is_org_owner(owned.group(1)):
            organization = _clean_org(owned.group(1))
        return role, organization
    named = _NAMED_BODY_ROLE.match(text)  # "Bank of England governor", "Court of Appeal judge"
    if named:
        return named.group(2), named.group(1)
    joint = _JOINS.search(text)  # the first joining word: "president of the Alliance for …"
    at = _AT_BODY.search(text)  # "chief officer for Metrolink at Transport for …": at wins
    if joint and at and at.start() > joint.start() > 0:
        return _trim_role(text[: at.start()]), _clean_org(text[at.end() :])
    if joint and joint.start() > 0:
        role, complement = text[: joint.start()], text[joint.end() :]
        if _governs_place(role, complement):
            return _trim_role(role), ""  # "mayor of Dresden": a place, not a body
        if _complement_is_role(role, complement):
            return _trim_role(text), ""  # "cabinet member for finance", "Minister for Health"
        return _trim_role(role), _clean_org(complement)
    from_part = re.split(r"\s+(?:from|из)\s+", text, maxsplit=1)
    if len(from_part) == 2:
        after = from_part[1]
        if any(w.lower() in lx.ORG_NOUNS for w in after.split()):
            return _trim_role(from_part[0]), _clean_org(after)
        text = from_part[0]
    possessive = _POSSESSIVE.match(text)
    if possessive:
        owner, role = possessive.group(1), possessive.group(2)
        if _is_org_owner(owner):
            return _trim_role(role), _clean_org(owner)
        return _trim_role(role), ""
    words = text.lower().split()
    if morph.is_russian(words[0]) and (morph.is_person_noun(words[0]) or len(words) > 1):
        return _split_russian(text.split())  # "Председатель ЦБ": the role, then the body
    if words[-1].strip(".") in lx.ORG_NOUNS and not any(w in lx.ROLE_WORDS for w in words):
        return "", _clean_org(text)
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
    return _ARTICLE.sub("", text.strip(" ,.")).strip()


def _clean_org(text: str) -> str:
    text = _ORG_END.sub("", text)
    text = _RELATIVE.sub("", text)
    text = re.split(r",|\s+(?:in|on|since|until|during|based)\s+(?=[a-z0-9])", text)[0]
    text = re.sub(r"^the\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    text = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", text)  # "… in London"
    if text.lower().split()[-1:] and text.lower().split()[-1] in lx.RELATIONS:
        return ""  # "a lawyer for the family": a relation, not a body
    kind = re.match(r"^([a-z'’-]+\s+)+(?=[A-Z])", text)
    if kind and kind.group().split()[-1] in lx.OUTLET_WORDS | lx.ORG_NOUNS:
        text = text[kind.end() :]  # "holiday rental association Apartur": the name, not the kind
    return text.strip(" ,.")


def title_role(titles: tuple[str, ...]) -> str:
    """The role a printed title carries: "Sen." → senator; honorifics carry none."""
    for title in titles:
        role = lx.RANKS.get(title.lower().rstrip("."))
        if role:
            return role
    return ""


def premod_role(premod: str) -> str:
    """A role written before a name, ranks spelt out: "Detective Sgt." → "Detective sergeant"."""
    words = [lx.RANKS.get(w.lower().rstrip("."), w) for w in premod.split()]
    words = [w for w in words if w.lower().rstrip(".") not in lx.HONORIFICS]
    return " ".join(words)


def fields_of(mention: Mention) -> tuple[Fields, str]:
    """The merged fields of every description in a mention, and the raw description."""
    age: int | None = None
    role = organization = ""
    raw: list[str] = []
    for index, description in enumerate(mention.descriptions):
        if _PARTY.match(description):
            continue
        is_premod = bool(mention.premod) and index == len(mention.descriptions) - 1
        if is_premod:
            description = premod_role(" ".join([description, *mention.titles]))
        found = parse(description)
        if found.relation:  # the speaker's relation to someone: no age or body of theirs
            role = role or found.role
            raw.append(description)
            continue
        age = age if age is not None else found.age
        if not role and found.role:
            role, organization = found.role, found.organization or organization
        organization = organization or found.organization
        raw.append(description)
    if not role:
        role = title_role(mention.titles)
    return Fields(age=age, role=role, organization=organization), ", ".join(raw)
