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
    """
    )
)
_PLACE_KINDS = frozenset(lx.words("town city county state district"))
# Words of an office that are no body ("Prime Minister", "Home Secretary", "Lord Mayor").
_OFFICE_WORDS = frozenset(lx.words("prime home first lord lady high grand"))
# "the union's", "Hutchison Ports'", "Lufthansa's": an owner opening a description.
_OWNER_START = re.compile(r"^(?:the\s+)?((?:[A-Z][\w&.-]*\s+){0,3}[\w&.-]+?)['’]s?\s+(\S.*)$")
_PORTFOLIO_ROLES = frozenset(lx.words("minister secretary commissioner"))
# What a minister is for, beyond the modifiers every role may carry ("Finance", "Health").
_PORTFOLIOS = frozenset(
    lx.words(
        """
    state affairs agriculture housing commerce homeland security labor labour work works
    pensions veterans war navy army welfare development infrastructure digital
    communities government industry employment tourism children families women youth
    immigration migration home
    """
    )
)
_PLACE_ROLES = frozenset(lx.words("mayor governor premier bishop archbishop councillor"))
_RU_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "под", "у", "из"))


def role_and_org(text: str, *, before_name: bool = False) -> tuple[str, str]:
    """(role, organisation) of a description; ``before_name`` for one printed before the
    name, which Russian keeps whole with where someone is from ("Владелица бренда из
    Иванова Екатерина Смолина"); after a name "из Санкт-Петербурга" is no part of the role."""
    text = ARTICLE.sub("", text).strip(" ,")
    text = re.sub(r"^(?:his|her|their|its|ее|её|его|их)\s+", "", text, flags=re.IGNORECASE)
    if not text or text.lower() in ("a", "an", "the"):
        return "", ""
    lead = re.match(r"^(?:of|at|from|for|with|из)\s+(.+)$", text)
    if lead:
        return "", clean_org(lead.group(1))
    guillemet = GUILLEMETS.search(text)
    if guillemet:
        role = " ".join(GUILLEMETS.sub("", text).split()).strip(" ,")
        role = re.sub(r"\s+(?:в|во|на|от)$", "", role)  # "глава отдела в «Луче»"
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
    named_first = _body_before_role(text.split())  # "Bank of England governor"
    if named_first is not None and not _JOINS.search(named_first[0]):
        return named_first
    joint = _body_join(text)  # the joining word before the body: "president of the Alliance…"
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
        if not (before_name and morph.is_russian(after)):
            text = from_part[0]  # "a developer from Novosibirsk": where from, not the job
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


def _body_join(text: str) -> re.Match[str] | None:
    """The joining word whose complement is the body: the first, unless what it joins is a
    part of the role named by its kind ("head of the Moscow office of Amnesty
    International", "deputy head of the procurement office at the city council")."""
    joins = list(_JOINS.finditer(text))
    for index, join in enumerate(joins):
        if index + 1 == len(joins):
            return join
        words = re.sub(r"^the\s+", "", text[join.end() : joins[index + 1].start()]).split()
        generic = any(w.islower() for w in words) and not any(
            w.lower() in lx.RELATIONS for w in words
        )
        if not generic:
            return join
    return None


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
    if head in _PORTFOLIO_ROLES and all(_is_portfolio(w) for w in words):
        return True  # "Minister for Health", "Secretary of State"; not "secretary of Unite"
    return not any(is_capitalised(w) for w in words)


def _is_portfolio(word: str) -> bool:
    lower = word.lower().strip(",.")
    return lower in lx.GENERIC_MODIFIERS or lower in _PORTFOLIOS or lower in ("and", "&", "of")


def _is_org_owner(owner: str) -> bool:
    words = owner.split()
    return is_capitalised(owner) or (bool(words) and words[-1].lower() in lx.ORG_NOUNS)


def _split_premodifier(role: str) -> tuple[str, str]:
    """ "Eastfield manager" → (manager, Eastfield); "ministry spokesman" → (spokesman, ministry)."""
    words = role.split()
    if re.match(r"[А-ЯЁа-яё]", role):
        return _split_russian(words)
    named = _body_before_role(words)
    if named is not None:
        return named
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


def _body_before_role(words: list[str]) -> tuple[str, str] | None:
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
        if _is_nationality(word) or lower.endswith(("ed", "ing")):
            return None
    return " ".join(words[size:]), " ".join(body)


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


def _is_nationality(word: str) -> bool:
    lower = word.lower()
    if lower in lx.ORG_NOUNS:
        return False
    return bool(_NATIONALITY.match(word)) or lower in _NATIONALITY_WORDS


def _split_russian(words: list[str]) -> tuple[str, str]:
    """ "аналитик Высшей школы экономики" → (аналитик, Высшей школы экономики)."""
    for index in range(1, len(words)):
        if words[index - 1].lower() in _RU_PLACE_PREPOSITIONS:
            break  # "владелица кофейни на улице Луначарского": a place, not a body
        if morph.head_noun(words[index - 1]) in lx.RUSSIAN_SETTLEMENTS:
            break  # "житель поселка Ола": a place
        if _is_russian_name(words[index]) and not _is_russian_place(words[index:]):
            return " ".join(words[:index]), " ".join(words[index:])
    return " ".join(words), ""


def _is_russian_name(word: str) -> bool:
    """A capitalised word that may name a body: "МВД", "Сбербанка", not "IT-компании"."""
    return is_capitalised(word) and not re.search(r"-[а-яё]+$", word)


def _is_russian_place(words: list[str]) -> bool:
    """ "Самары", "Пензенской области", "Хабаровского края": a place, not a body."""
    return morph.is_place(words[0]) or morph.head_noun(" ".join(words)) in lx.RUSSIAN_SETTLEMENTS


def _trim_role(text: str) -> str:
    text = re.sub(r"(?:^|\s)[\w.-]+-(?:born|based|bred)\b", "", text)  # "Berlin-based"
    text = re.sub(r"^(\S+(?:\s+\S+)?)\s+(?:representing|working|living)\b.*$", r"\1", text)
    text = re.split(r"\s+(?:who|which|and the|based in|in charge)\b", text)[0]
    text = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", text)  # "… in Moscow"
    return ARTICLE.sub("", text.strip(" ,.")).strip()


def clean_org(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text).strip("«»")  # "… Institute (SIPRI)"
    text = _ORG_END.sub("", text)
    text = RELATIVE.sub("", text)
    text = re.split(r",|\s+(?:in|on|since|until|during|based)\s+(?=[a-z0-9])", text)[0]
    text = re.sub(r"^the\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    text = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", text)  # "… in London"
    if text.lower().split()[-1:] and text.lower().split()[-1] in lx.RELATIONS:
        return ""  # "a lawyer for the family": a relation, not a body
    kind = re.match(r"^([a-z'’-]+\s+)+(?=[A-Z])", text)
    if kind and not set(kind.group().split()) & {"of", "for", "and", "at", "with", "a", "an"}:
        text = text[kind.end() :]  # "the consultancy Wood Mackenzie": the name, not the kind
    return text.strip(" ,.")
