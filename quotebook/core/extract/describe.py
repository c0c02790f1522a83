"""Age, role and organisation read from the words describing a speaker.

"Sasha, 23, a machine learning engineer at a large search company", "a
23-year-old nurse", "the company's chief executive", "a spokeswoman for the
ministry", "Eastfield manager", "45-летний директор компании «Вектор»". A relation
is the role it is printed as ("Gainullin's wife": wife), and an age inside it is
someone else's ("мать 9-летнего Тимура"). Which words of a description are the role
and which the organisation is :mod:`.roles`' part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import lexicon as lx
from . import morph
from .agreement import nominative_phrase
from .mention import Mention
from .names import is_capitalised, spelt_out
from .org_names import RELATIVE, clean_org, is_place
from .roles import ARTICLE, GUILLEMETS, POSSESSIVE, one_of_them, role_and_org

_AGE_PATTERNS = (
    re.compile(r"^(\d{1,3})$"),
    re.compile(r"^(\d{1,3})\s+(?:год|года|лет)\.?$"),
    re.compile(r"\b(\d{1,3})[-‑ ]year[-‑ ]old\b", re.IGNORECASE),
    re.compile(r"(?<!\w)(\d{1,3})[-‑]летн\w*", re.IGNORECASE),
    re.compile(r"\baged (\d{1,3})\b"),
    re.compile(r"\((\d{1,3})\)"),
    re.compile(r"\b[a-z]+\s+of\s+(\d{1,3})$"),  # "a retired engineer of 74"
)
_PARTY = re.compile(r"^[DRI]-[A-Z][\w.]*$")
_RU_AGED = re.compile(r"^котор(?:ому|ой)\s+(\d{1,3})\s+(?:год|года|лет)$")
# "who works at/for/with Oxfam", "who now teaches at the University of Tartu"
# A body's name: capitalised words, with "of", "for", "and" and the particles of names in
# other languages between them ("Virgen del Rocío Hospital", "Universiteit van Amsterdam").
_NAME_PARTICLE = (
    r"(?:de|del|della|di|da|do|dos|das|du|des|van|von|der|den|y)(?:\s+(?:la|las|los|le|les))?"
)
_BODY_NAME = (
    r"(?:the\s+)?[A-Z][\w'’&.-]*"
    rf"(?:\s+(?:of|for|and|&|{_NAME_PARTICLE}(?=\s+[A-Z])|[A-Z][\w'’&.-]*))*"
)
_REL_ORG = re.compile(
    r"\b(?:at|(?<=work )for|(?<=works )for|(?<=worked )for|(?<=working )for|with(?=\s+[A-Z])"
    r"|for(?=\s+(?:the\s+)?[A-Z]{2,6}\b))"  # "who led the investigation for the EA"
    rf"\s+(?:the\s+((?:[a-z][\w'’-]*\s+){{1,2}})(?=[A-Z]))?({_BODY_NAME})"
)  # "at the advocacy group Safe Play": the kind of body, then its name
# "… of the National Farmers' Union (NFU)": the initials printed after the name end it too.
_OF_BODY = re.compile(rf"\s+of\s+({_BODY_NAME})(?=\s*(?:\([A-Z]{{2,6}}\)\s*)?(?:[,.]|$))")


def _kind_before(words: str | None) -> bool:
    """Whether the words between "the" and a body's name say what kind of body it is."""
    kind = words.split()[-1] if words else ""
    return not words or kind in lx.ORG_NOUNS or kind in lx.OUTLET_WORDS


# "who chairs the Ness Community Council", "who leads Ness Council in Ross", "who leads
# the pilots' union SPAC": the office, and the body named after it (or after its kind)
_REL_HEADS_BODY = re.compile(
    r"^who\s+(heads|leads|chairs)\s+(?:the\s+(?:[a-z][\w'’-]*\s+){0,2}?([a-z]+)(?:,\s+the)?\s+(?=[A-Z]))?"
    rf"({_BODY_NAME})(?:\s+in\s+[A-Z][\w-]*)?\s*(?:[,.]|$)"
)
_OFFICES = {"heads": "head", "leads": "leader", "chairs": "chair"}
# "who chairs the Save Our Skyline group": the body's name, then its kind
_REL_HEADS_NAMED_KIND = re.compile(
    r"^who\s+(heads|leads|chairs)\s+the\s+((?:[A-Z][\w'’&-]*\s+)+)([a-z]+)\s*(?:[,.]|$)"
)


def _former(role: str) -> bool:
    """ "retired sheep farmer", "former teacher": a job someone no longer does."""
    return role.split()[0].lower() in ("retired", "former", "ex")


# A body's initials in brackets after its name, which say it again: "(FOEN)", «(АКИТ)».
_INITIALS = re.compile(r"(?<=\w)\s+\([A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё&]*[A-ZА-ЯЁ]\)(?=\s|$)")

# Where someone was or works, naming no body, after a role: "a steward at last year's
# event", "a lecturer in the music department", "a driver on holiday with his wife"
_WHERE = re.compile(
    r"\s+(?:at\s|in\s+(?:the|a|an|his|her|their)\s+[a-z]"
    r"|on\s+(?:(?:holiday|leave|vacation)\b|(?:a|an|his|her|their)\s+[a-z]))"
)

_REL_ROLE = re.compile(
    r"\bwork(?:s|ed|ing)?\s+as\s+(?:an?\s+|the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)"
    r"(?=\s+(?:at|for|in|on|with|while|and)\b|[,.]|$)"
)
# "who has been a senior lecturer in French at the university": the post, its field and
# the body by its kind
_REL_IS_ROLE = re.compile(
    r"^who\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:an?|the)\s+)?"
    r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)(?:\s+in\s+([A-Z][a-z]+))?"
    r"(?:\s+at\s+the\s+([a-z]+))?(?=\s+(?:at|for|with|since|and|until|of\s+the)\b|[,.]|$)"
)  # "who has been vicar of the parish …": a post held alone needs no article
# "who heads the works council at …", "who heads aviation research at …"
_REL_HEADS = re.compile(
    r"^who\s+(heads|leads|chairs)\s+"
    r"((?:the\s+)?(?!(?:a|an|to|into|for|with|back|home|off|up|out|it|them)\b)[a-z][a-z -]*?)"
    r"(?=\s+(?:at|of|for|in)\b|[,.]|$)"
)
# "who heads the Royal College of Nursing's regional office": a part of the body named
# "who chairs St. Mary's board of trustees": "of" and a plain word end the office's name
_REL_HEADS_OWNED = re.compile(
    r"^who\s+(heads|leads|chairs)\s+(?:the\s+)?((?:(?:St|Mt)\.\s+)?[A-Z][^,.]*?)['’]s?\s+"
    r"([a-z][a-z -]*?)(?=\s+(?:at|for|in)\b|\s+of\b(?!\s+[a-z]+\s*(?:[,.]|$))|[,.]|$)"
)
# "who leads the union's negotiating team": a part of the body only named by its kind,
# which is the body of that kind named before
_REL_HEADS_KIND = re.compile(
    r"^who\s+(heads|leads|chairs)\s+the\s+([a-z]+)['’]s\s+([a-z][a-z -]*?)"
    r"(?=\s+(?:at|of|for|in)\b|[,.]|$)"
)
# "who has led the diocese since 2017": the body, by its kind, that someone heads
_REL_LED_KIND = re.compile(
    r"^who\s+(?:has\s+|had\s+)?(?:led|leads|headed|heads|chaired|chairs|run|runs)\s+the\s+"
    r"([a-z]+)(?=\s+(?:since|for|until)\b|[,.]|$)"
)
# "who works for the trust": the body, by its kind, someone works for now
_REL_WORKS_FOR = re.compile(r"^who\s+works\s+(?:for|at)\s+the\s+([a-z]+)(?=[\s,.]|$)")
# "who was the bank's head of risk": a post in a body only named by its kind, which is
# the body of that kind named before
_REL_KIND_OWNED = re.compile(
    r"^who\s+(?:is|was|has\s+been|had\s+been)\s+the\s+([a-z]+)['’]s\s+"
    r"([a-z][a-z -]*?)(?=\s+(?:until|since|at|from|in|for|and)\b|[,.]|$)"
)
# "who joined the band as a boy and is now its secretary": the office in the body the
# clause named by its kind
_REL_NOW_ITS = re.compile(
    r"^who\s.*?\bthe\s+([a-z]+)\b.*?\s+and\s+(?:is|was)\s+(?:now\s+)?its\s+"
    r"([a-z][a-z -]*?)(?=[,.]|$)"
)
# "who remained its chief executive", "who is now its chair": a post in the body just named
ITS_POST = re.compile(
    r"^who\s+(?:is|was|remains|remained|became|has\s+been|had\s+been)\s+(?:now\s+)?its\s+"
    r"([a-z][a-z -]*?)(?=\s+(?:until|since|and|for|at)\b|[,.]|$)"
)
# "who has had two operations at St. Mary's", "who was treated at …", "who has been
# registered at Marsh Lane", "who learned to swim at …", "whose mother has lived at
# Willow Court": where something befell someone, or someone else's place, not where they
# work
_UNDERWENT = re.compile(
    r"^(?:whose\b|who\s+(?:(?:has|have|had)\s+had|underwent"
    r"|(?:(?:was|were|is|are)|(?:has|have|had)\s+been)\s+(?:treated|registered)"
    r"|(?:has\s+|have\s+|had\s+)?(?:registered|learned|learnt|grew\s+up|lived|lives|live)\b"
    r"|(?:was|were)\s+born)\b)"
)
# "который руководит АНО «Городские решения»", "которая возглавляет фонд «Опора»"
_RU_REL_HEADS = re.compile(
    r"^котор(?:ый|ая)\s+(?:руководит|возглавляет)\s+(?:[а-яёА-ЯЁ]+\s+)?«([^»]+)»"
)
# "leader of the council's Conservative group": an office, the kind of the body owning
# the part, and the part
_PART_OF_KIND = re.compile(
    r"^(?:the\s+)?([a-z][a-z -]*?)\s+of\s+the\s+([a-z]+)['’]s\s+"
    r"((?:[A-Z][\w'’-]*\s+)*[a-z][a-z -]*)$"
)
# "… of the planning and resources committee": a committee, in lower case, of a body
OF_COMMITTEE = re.compile(r"\bof\s+the\s+(?:[a-z-]+\s+){0,4}(?:committee|subcommittee|panel)$")
# "работающая в «Кадровом мосте» аналитиком", "работающий в банке": where, and as whom
_RU_WORKS = re.compile(
    r"^(?:работа|труди|служа)\w*\s+(?:в|во|на)\s+(«[^»]+»|\S+(?:\s+[А-ЯЁ«]\S*)*)"
    r"(?:\s+([а-яё-]+(?:ом|ем|ой|ей|ами)))?$"
)
_ANYONE = frozenset(lx.words("person people someone"))
# Someone unnamed who knows a matter: "a person familiar with …", "people close to …",
# "a source with knowledge of …"; what they know is no body of theirs.
# "Eileen Marsh, 83, the closure has meant …": words before a verb of the writer's
# sentence going on after the name, no description of the person.
_CLAUSE = re.compile(
    r"^(?:the|a|an|this|that|its|their)?\s*(?:[a-z][\w'’-]*\s+){1,3}"
    r"(?:has|have|had|is|was|were|will|would|could|can|did|does)\s+[a-z]"
)


def _after_what_they_did(text: str) -> str:
    """ "стоявшая рядом жительница поселка" → "жительница поселка": what someone did is
    no part of who they are."""
    words = text.split()
    at = morph.person_after_act(words)
    return " ".join(words[at:]) if at else text


def _is_clause(text: str) -> bool:
    """Whether words after a name are the writer's sentence going on, no description:
    "the closure has meant …", «ждет второго ребенка»."""
    first = text.split()[0] if text.split() else ""
    return bool(_CLAUSE.match(text)) or (morph.is_russian(first) and morph.is_finite_verb(first))


_IN_THE_KNOW = re.compile(
    r"^(?:(?:an?|the|one|two|three|several)\s+)?(?:person|people|someone|sources?)\s+"
    r"(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\b",
    re.IGNORECASE,
)
_RU_PARTICIPLE = re.compile(r"^[а-яё]+(?:ющ|ящ|ащ|ущ)(?:ий|ая|ее|ие)\b")
_PARTNERS = frozenset(("partner", "партнер", "партнёр"))
_OWNERS = frozenset(("his", "her", "their", "its", "ее", "её", "его", "их", "my", "our"))


@dataclass(frozen=True, slots=True)
class Fields:
    """What one description says: age, role, organisation (as written)."""

    age: int | None = None
    role: str = ""
    organization: str = ""
    relation: bool = False


def parse(description: str, *, before_name: bool = False) -> Fields:
    """The age, role and organisation in one description chunk (``before_name``: printed
    before the name it describes)."""
    text = " ".join(description.split()).strip(" ,.")
    main = RELATIVE.sub("", text) if not text.lower().startswith(("who", "whose")) else ""
    relative = text[len(main) :]
    age = _age(main)  # "whose 20-year-old daughter" gives no age of the speaker's
    aged = _RU_AGED.match(relative.strip(" ,"))
    if age is None and aged:  # "Константин Рябинин, которому 35 лет,"
        age = int(aged.group(1))
    whose = re.match(r"\s*(?:которой|которого|которых)\b", relative)
    if whose and len(main.split()) == 1 and morph.is_russian(main):
        return Fields()  # "муж которой остался под землей": whose husband, not who she is
    if _is_relation(main):
        return Fields(role=_relation_role(main), relation=True)
    if age is not None:
        main = _drop_age(main)
    if spelt_out(main):  # "Wines of Southern England (WSE)": a body, named whole
        return Fields(age=age, organization=clean_org(_INITIALS.sub("", main)))
    main = _INITIALS.sub("", main)  # "the Federal Office for the Environment (FOEN)"
    main = re.sub(r"^(?:That|This|These|Those)\s+(?=[a-z])", "", main)  # "That tenant": the one
    if re.match(r"(?:один из|одна из)\b", main.lower()):  # not "one official"
        main = morph.one_of_several(main.split()[2:])
    elif re.match(r"one of\b", main.lower()):  # "One of the club's riders"
        main = one_of_them(main)
        if main.split() and main.split()[-1].lower() in lx.ORG_NOUNS:
            return Fields(age=age)  # "…, one of the largest rural insurers,": a body's kind
    if _IN_THE_KNOW.match(main):  # "a person familiar with the bank's review": no job, no body
        return Fields(age=age)
    if _is_clause(main):
        return Fields(age=age)
    main = _after_what_they_did(main)  # "стоявшая рядом жительница поселка"
    works = _RU_WORKS.match(main)
    if works:
        role, organization = _works_as(works)
    elif _RU_PARTICIPLE.match(main) and not _names_person(main.split()[:2]):
        role, organization = "", ""  # "работающая с экспортерами": what, not who, someone is
    else:
        role, organization = role_and_org(main, before_name=before_name)
    if OF_COMMITTEE.search(main) and not re.search(r"[A-Z]", main.split(" of ", 1)[-1]):
        # "chair of the planning and resources committee": a committee of the body named
        # before, which is the organisation; the committee is part of the role
        role, organization = ARTICLE.sub("", main), ""
    part = _PART_OF_KIND.match(main)
    if part and part.group(2) in lx.ORG_NOUNS and part.group(3).split()[-1] in lx.ORG_NOUNS:
        # "the leader of the council's Conservative group": an office in a part of the
        # body only named by its kind, which is the body of that kind named before
        role, organization = f"{part.group(1)} of the {part.group(3)}", f"the {part.group(2)}"
    first = role.split()[0].lower() if role else ""
    if first in lx.ORG_NOUNS and morph.is_russian(first):
        organization = organization or ("" if " " in role else role)  # "в перевозчике"
        role = ""  # "Профсоюз водителей «…» назвал": a body speaks, which has no post
    elif _described_kind(role):
        organization, role = organization or role, ""  # "в управляющей компании"
    if role.lower() in _ANYONE:
        role = ""  # "the person said": someone, whatever they do
    role = re.sub(r"^(?:only|sole)\s+(?=\S)", "", role)  # "the only member of …": a member
    inside = main.lower().split()[1:2] in (["в"], ["во"], ["на"])  # "Собеседник в АО «…»"
    if first in lx.INTERLOCUTORS and not inside:
        organization = ""  # "собеседник «Ведомостей»": the outlet they spoke with
    if first in lx.SOURCE_NOUNS and not morph.is_russian(first):
        role = ""  # "a source familiar with the talks": someone unnamed, whose job is not said
    where = _WHERE.search(role) if not organization else None
    if where and not morph.is_russian(role.split()[0]):
        role = role[: where.start()]  # "a steward at last year's event": where, not who
    named_kind = _REL_HEADS_NAMED_KIND.match(relative.strip(" ,"))
    if named_kind and named_kind.group(3) in lx.ORG_NOUNS and (not role or _former(role)):
        # "a retired sheep farmer who chairs the Save Our Skyline group": the office now
        role, organization = _OFFICES[named_kind.group(1)], named_kind.group(2).strip()
    owned = _REL_HEADS_OWNED.match(relative.strip(" ,")) if not role else None
    if owned and _is_org_name(owned.group(2)):
        office = "chair" if owned.group(1) == "chairs" else "head"
        role, organization = f"{office} of the {owned.group(3)}", owned.group(2)
    heads_body = _REL_HEADS_BODY.match(relative.strip()) if not role or _former(role) else None
    if heads_body and _heads_body(heads_body):
        role, organization = _OFFICES[heads_body.group(1)], clean_org(heads_body.group(3))
    led = _REL_HEADS_KIND.match(relative.strip(" ,")) if not role else None
    if led and led.group(2) in lx.ORG_NOUNS:  # "who leads the union's negotiating team"
        role, organization = (
            f"{_OFFICES[led.group(1)]} of the {led.group(3)}",
            f"the {led.group(2)}",
        )
    kind_owned = _REL_KIND_OWNED.match(relative.strip(" ,")) if not role else None
    kind_owned = kind_owned or (_REL_NOW_ITS.search(relative.strip(" ,")) if not role else None)
    if kind_owned and kind_owned.group(1) in lx.ORG_NOUNS:
        role, organization = kind_owned.group(2), f"the {kind_owned.group(1)}"
    its = ITS_POST.match(relative.strip(" ,")) if not role else None
    if its:  # "who remained its chief executive": the body just named, which cast resolves
        role = its.group(1)
    is_role = _REL_IS_ROLE.match(relative.strip(" ,")) if not role else None
    if is_role and is_role.group(1).split()[-1] in lx.ROLE_WORDS:
        # "who has been a senior lecturer in French at the university since 2003"
        field = is_role.group(2) and not is_place(is_role.group(2))
        role = f"{is_role.group(1)} in {is_role.group(2)}" if field else is_role.group(1)
        kind = is_role.group(3) or ""
        organization = organization or (f"the {kind}" if kind in lx.ORG_NOUNS else "")
    if not role and relative:
        found_role = _REL_ROLE.search(relative)  # "who works as a healthcare assistant at …"
        role = found_role.group(1) if found_role else ""
        heads = _REL_HEADS.search(relative)  # "who heads the works council at …"
        role = role or (f"{_OFFICES[heads.group(1)]} of {heads.group(2)}" if heads else "")
        of_body = _OF_BODY.match(relative, heads.end()) if heads and not organization else None
        if of_body:  # "who chairs the transport committee of the Leeds City Region Board"
            organization = clean_org(of_body.group(1))
    heads_named = _RU_REL_HEADS.match(relative.strip(" ,")) if not organization else None
    if heads_named:  # "который руководит АНО «Городские решения»": the body someone heads
        role, organization = role or "руководитель", heads_named.group(1).strip()
    led_kind = _REL_LED_KIND.match(relative.strip(" ,")) if not organization else None
    led_kind = led_kind or (
        _REL_WORKS_FOR.match(relative.strip(" ,")) if not organization else None
    )
    if led_kind and led_kind.group(1) in lx.ORG_NOUNS:  # "who has led the diocese since …",
        organization = f"the {led_kind.group(1)}"  # "who works for the trust"
    if not organization and relative and not _UNDERWENT.match(relative.strip(" ,")):
        current = _without_former(relative.strip(" ,"))
        found = [m.group(2) for m in _REL_ORG.finditer(current) if _kind_before(m.group(1))]
        organization = clean_org(re.sub(r"['’]s$", "", found[-1])) if found else ""
    return Fields(age=age, role=role, organization=organization)


# "who worked at …", "who once served with …": a body someone was in, no longer theirs,
# up to what they do now ("… and now teaches at Millbrook High School")
_FORMER = re.compile(
    r"^who\s+(?:had\s+|once\s+|previously\s+)?(?:worked|served|used\s+to\s+work)\b"
    r".*?(?=\s+and\s+|$)"
)


def _without_former(relative: str) -> str:
    """A relative clause without where someone used to work ("who worked at Kellingley
    colliery for 27 years"), which names no body of theirs now."""
    former = _FORMER.match(relative)
    return relative[former.end() :] if former else relative


def _heads_body(heads: re.Match[str]) -> bool:
    """The words after "who heads" name a body: its kind is printed before the name, or
    the name itself is a body's, not a place's."""
    kind, name = heads.group(2), heads.group(3)
    if kind is not None:
        return kind in lx.ORG_NOUNS
    return (name.startswith("the ") or " " in name) and _is_org_name(name)


def _is_org_name(owner: str) -> bool:
    """ "Royal College of Nursing", "Acme", "NPPF": a body's name or initials, not a
    place's ("Kenya's")."""
    words = owner.split()
    if re.fullmatch(r"[A-Z]{2,6}", owner) and not is_place(owner):
        return True
    return any(w.lower() in lx.ORG_NOUNS for w in words) or (len(words) > 1 and not is_place(owner))


def _described_kind(role: str) -> bool:
    """ "управляющая компания", "районная администрация": a kind of body after the
    adjectives that say which, read where a role would be; a body that speaks."""
    words = role.split()
    if len(words) < 2 or not all(w.islower() for w in words) or not morph.is_russian(role):
        return False
    kinds = [p for p in morph.parses(words[-1]) if p.tag.POS == "NOUN"]
    return words[-1] in lx.ORG_NOUNS and all(_agrees(w, kinds) for w in words[:-1])


def _agrees(word: str, nouns: list[Any]) -> bool:
    """Whether ``word`` reads as an adjective or a participle agreeing with one of the
    readings of a noun: "управляющая компания", not "заведующий клиники"."""
    return any(
        p.tag.POS in ("ADJF", "PRTF")
        and p.tag.case == n.tag.case
        and p.tag.number == n.tag.number
        and (p.tag.number == "plur" or p.tag.gender == n.tag.gender)
        for p in morph.parses(word)
        for n in nouns
    )


def _names_person(words: list[str]) -> bool:
    """ "ведущий аналитик": a participle used as an adjective before a role noun; or
    "заведующая лабораторией": one used as a noun, which names who someone is."""
    return any(
        morph.is_person_noun(word) or morph.head_noun(word) in lx.ROLE_WORDS for word in words
    )


def _works_as(works: re.Match[str]) -> tuple[str, str]:
    """ "работающая в «Кадровом мосте» аналитиком" → (аналитик, Кадровом мосте)."""
    place, role = works.group(1), works.group(2)
    guillemet = GUILLEMETS.search(place)
    organization = guillemet.group(1) if guillemet else ""
    if not organization and is_capitalised(place):
        organization = place
    return nominative_phrase(role) if role else "", organization


def _age(text: str) -> int | None:
    worded = next((morph.age_in_words(w) for w in text.split() if morph.age_in_words(w)), None)
    if worded:
        return worded  # "Пятнадцатилетний"
    for pattern in _AGE_PATTERNS:
        match = pattern.search(text)
        if match:
            value = int(match.group(1))
            return value if 0 < value <= 130 else None
    return None


def _drop_age(text: str) -> str:
    text = " ".join(w for w in text.split() if not morph.age_in_words(w))
    text = re.sub(r"^\d{1,3}(?:\s+(?:год|года|лет))?\.?$", "", text)
    text = re.sub(r"\b\d{1,3}[-‑ ]year[-‑ ]old\b\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<!\w)\d{1,3}[-‑]летн\w*\s*", "", text)
    text = re.sub(r"\baged \d{1,3}\b|\(\d{1,3}\)|(?<=[a-z])\s+of\s+\d{1,3}$", "", text)
    return " ".join(text.split())


def _is_relation(text: str) -> bool:
    words = ARTICLE.sub("", text).lower().split()
    if not words:
        return False
    if words[0] in _PARTNERS and ("«" in text or any(w in lx.ORG_NOUNS for w in words)):
        return False  # "партнер юридической фирмы «Регионы»": a partner of a firm
    if words[0] in _OWNERS:
        return len(words) > 1 and words[1] in lx.RELATIONS
    possessive = POSSESSIVE.match(text)  # "Gainullin's wife"; not "St. Luke's Family Clinic"
    if possessive and possessive.group(2).split()[0] in lx.RELATIONS:
        return True
    if len(words) > 1 and words[1] != "of" and words[-1] in lx.ROLE_WORDS:
        return False  # "a family support worker": a job whose first word is a relation
    return words[0] in lx.RELATIONS


def _relation_role(text: str) -> str:
    """The relation as the role it is printed as: "Gainullin's wife" → wife, "мать
    9-летнего Тимура" as printed (Russian names whose relative in the genitive); "a
    mother of three" describes, and is no relation to anyone."""
    possessive = POSSESSIVE.match(text)
    if possessive and possessive.group(2).split()[0] in lx.RELATIONS:
        text = possessive.group(2)
    words = ARTICLE.sub("", text).split()
    if words and words[0].lower() in _OWNERS:
        words = words[1:]
    if len(words) > 2 and words[1] == "of" and re.fullmatch(r"\d+|two|three|four|five", words[2]):
        return ""
    if words and morph.is_russian(words[0]):
        return " ".join(words)
    return words[0] if words else ""


def title_role(titles: tuple[str, ...]) -> str:
    """The role a printed title carries: "Sen." → senator; honorifics carry none."""
    for title in titles:
        role = lx.RANKS.get(title.lower().rstrip("."))
        if role:
            return role
    return ""


def premod_role(premod: str) -> str:
    """A role written before a name, ranks spelt out: "Detective Sgt." → "Detective sergeant".

    An honorific is dropped ("Dr.", "Sir") unless an office follows it, which it is part
    of: "Lord Justice", "Mr Justice", "Lord Mayor" are how those offices are printed.
    """
    words = [lx.RANKS.get(w.lower().rstrip("."), w) for w in premod.split()]
    kept = [
        word
        for index, word in enumerate(words)
        if word.lower().rstrip(".") not in lx.HONORIFICS
        or (index + 1 < len(words) and words[index + 1].lower() in lx.ROLE_WORDS)
    ]
    return " ".join(kept)


def fields_of(mention: Mention) -> tuple[Fields, str]:
    """The merged fields of every description in a mention, and the raw description."""
    age: int | None = None
    role = organization = ""
    owned = False  # the role is a post of the body just named ("Its president")
    raw: list[str] = []
    descriptions = _goes_on(_preferred(mention), bool(mention.premod))
    for index, description in enumerate(descriptions):
        if _PARTY.match(description):
            continue
        is_premod = bool(mention.premod) and index == len(descriptions) - 1
        if is_premod:
            description = premod_role(" ".join([description, *mention.titles]))
        elif mention.premod and _REL_HEADS_KIND.match(description):
            continue  # "Assistant Attorney General X, who leads the department's …": the office
        found = parse(description, before_name=is_premod)
        if found.relation:  # the speaker's relation to someone: no age or body of theirs
            role = role or found.role
            raw.append(_as_printed(description))
            continue
        age = age if age is not None else found.age
        if not role and found.role:
            role, organization = found.role, found.organization or organization
            owned = bool(re.match(r"its\s", description, re.IGNORECASE))  # its body's post
        elif is_premod and found.role and found.organization and not organization:
            # "Кандидат от «Яблока» X, владелец кафе": the role printed with its body
            role, organization = found.role, found.organization
        elif is_premod and found.role and _former(role):
            # "Mayor Robert Halvorsen, 66, a retired almond grower": the office held now
            role, organization = found.role, found.organization
        if not owned:  # "Its president, X, who has taught at Cedar Hollow": the body's
            organization = organization or found.organization
        if _drop_age(description):  # an age alone ("Анна Берг (29)") is the age, no description
            raw.append(_as_printed(description))
    if not role:
        role = title_role(mention.titles)
    return Fields(age=age, role=role, organization=organization), ", ".join(raw)


def _goes_on(descriptions: list[str], premod: bool) -> list[str]:
    """The descriptions up to a Russian one that is the writer's sentence going on
    («Дарья Шилова, 27 лет, ждет второго ребенка, срок — в июне»: «срок» is none); the
    words before the name, which come last, stay."""
    after = descriptions[:-1] if premod else descriptions
    for index, description in enumerate(after):
        first = description.split()[0] if description.split() else ""
        if morph.is_russian(first) and morph.is_finite_verb(first):
            return after[: index + 1] + descriptions[len(after) :]
    return descriptions


def _as_printed(description: str) -> str:
    """A description in the article's words: the body a Russian speaker speaks for is
    marked with "of" inside the extractor ("of ведомства"), no word of the text."""
    body = description.removeprefix("of ")
    return body if body != description and morph.is_russian(body.lstrip("«")) else description


def _preferred(mention: Mention) -> list[str]:
    """The mention's descriptions, a role a body owns first: "Its chair, Joanne Kay, a
    retired schoolteacher" is the chair of the body just named, where the words after
    the name say what else she is, even where they name another body ("Its president,
    Lorraine Whitaker, who has taught fourth grade at Cedar Hollow")."""
    found = _heads_named(mention.descriptions)
    heads = [d for d in found if _REL_HEADS.match(d)]  # "City councillor X, who chairs …"
    found = [d for d in found if d not in heads] + heads
    owned = [d for d in mention.before if re.match(r"its\s", d, re.IGNORECASE)]
    if not any(parse(d).organization for d in mention.after):
        owned += [d for d in mention.before if d not in owned and parse(d).organization]
    return owned + [d for d in found if d not in owned]


# "who heads the local parish council": an office in a body printed only by its kind
_REL_HEADS_KIND_ONLY = re.compile(
    r"^who\s+(?:heads|leads|chairs)\s+the\s+(?:[a-z][\w'’-]*\s+){0,2}([a-z]+)$"
)


def _heads_named(descriptions: list[str]) -> list[str]:
    """ "who heads the local parish council, the Junta de Freguesia de Covas": the body
    headed, printed by its kind, then named in the apposition after it, as one
    description, which reads as "who heads the Junta …" does."""
    merged: list[str] = []
    for description in descriptions:
        kind = _REL_HEADS_KIND_ONLY.match(merged[-1]) if merged else None
        name = re.match(r"^the\s+([A-Z].*)$", description)
        if kind and name and kind.group(1) in lx.ORG_NOUNS and _is_org_name(name.group(1)):
            merged[-1] = f"{merged[-1]}, {description}"
            continue
        merged.append(description)
    return merged
