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
from .names import is_capitalised, is_legal_form
from .org_names import clean_org, is_place, names_people
from .premodifiers import body_before_role, is_nationality, split_premodifier
from .ru_roles import role_before_name, split_russian

# An article, or a word saying someone is one more ("another", «Другая сотрудница»)
ARTICLE = re.compile(r"^(?:a|an|the|another|one|друг(?:ой|ая|ие))\s+", re.IGNORECASE)
# An owner's ending: "Acme's", "the workers'"; not a plural's apostrophe inside the name
# of a body of members or for them ("Kentmere Students' Union", "the Anglers'
# Association", "Northam Supporters' Trust", "the Teachers' Council").
_MEMBERS_FAMILIES = ("union", "group", "party", "club", "center", "council", "commission")
_MEMBERS = "|".join(
    word.capitalize()
    for word, family in lx.ORG_FAMILY.items()
    if family in _MEMBERS_FAMILIES and word.isalpha()
)
# Kinds of body named after the people in them ("a volunteer group", "a farmers' union")
_MEMBERS_KINDS = frozenset(lx.words("group network association union collective"))
_OWNED = rf"(?:['’]s|['’](?!\s+(?:{_MEMBERS})\b))"
POSSESSIVE = re.compile(rf"^(?:the\s+)?(.+?){_OWNED}\s+(.+)$")
GUILLEMETS = re.compile(r"«([^»]+)»")
_NAMED_BODY_ROLE = re.compile(
    r"^((?:[A-Z][\w&.'’-]*\s+)+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+)*[A-Z][\w&.'’-]*)"
    r"\s+([a-z][a-z -]*)$"
)
_AT_BODY = re.compile(r"\s+at\s+(?=(?:the\s+)?[A-Z])")
# "an organiser with the union": a body by its kind after "with", which it resolves to
_KINDS = "|".join(sorted(k for k in lx.ORG_FAMILY if k.isascii() and k.isalpha()))
# Parts of a body someone works in: "in Harbour Bank's technology division"
_UNITS = "division|unit|department|team|office|branch|section|ward|desk|lab|laboratory|wing"
_JOINS = re.compile(
    rf"\s+(?:at|for|(?:employed|hired)\s+by|with(?=\s+(?:the\s+)?[A-Z]|\s+the\s+(?:[a-z]+\s+)?(?:{_KINDS})\b)"
    r"|of(?=\s+(?:the\s|[A-Z]))|on(?=\s+(?:the\s+)?[A-Z])"
    r"|in(?=\s+the\s+[A-Z]{2,6}\s+(?:office|branch|bureau)\b)"  # "in the NWS office"
    rf"|in(?=\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*['’]s\s+(?:[a-z]+\s+){{0,2}}(?:{_UNITS})\b)"
    r")\s+"  # "in Harbour Bank's technology division"; not "in Sydney's west"
)
# "the union's", "Hutchison Ports'", "Lufthansa's": an owner opening a description.
_OWNER_START = re.compile(
    r"^(?:the\s+)?((?:[A-Z][\w&.-]*\s+(?:(?:and|of|for|&)\s+(?=[A-Z]))?){0,4}[\w&.-]+?)"
    rf"{_OWNED}\s+(\S.*)$"
)  # "the Highlands and Islands Enterprise Agency's"
_PLACE_ROLES = frozenset(lx.words("mayor governor premier bishop archbishop councillor prosecutor"))


def _is_office_title(words: list[str]) -> bool:
    """ "Police and Crime Commissioner": capitalised words joined by "and", ending in an
    office someone holds, no body's name before it."""
    capitals = all(w[:1].isupper() or w == "and" for w in words)
    office = words[-1].lower() in lx.ROLE_WORDS and words[-1].lower() != "executive"
    return capitals and "and" in words[1:-1] and office  # not "Health and Safety Executive"


def _names_a_kind(words: str) -> bool:
    """ "Wharf Residents' Association": capitalised words ending in a kind of body, which
    go on the name of a place or a person owning them as a body's name does."""
    last = words.split()[-1].strip(".,'’").lower() if words.split() else ""
    return last in lx.ORG_FAMILY and all(w[:1].isupper() for w in words.split())


def _plain_name(word: str) -> bool:
    """A name in plain capitals ("Dresden", "Komiža", "Saxony-Anhalt"), where "BoE" or
    "ICC" are a body's initials."""
    parts = word.split("-")
    return word[:1].isupper() and all(
        len(part) > 1 and part.isalpha() and part[1:].islower() for part in parts
    )


_SEAT_ROLES = frozenset(lx.words("mp mep msp mla td senator congressman congresswoman"))


# "a care worker and single mother of two": the children someone has are no part of
# their job.
_PARENT_OF = re.compile(
    r"\s+and\s+(?:a\s+)?(?:[a-z-]+\s+)?(?:mother|father|parent|mum|dad|grandmother|"
    r"grandfather|grandparent)\s+of\s+(?:\w+)(?:\s+(?:children|kids|sons|daughters))?$"
)


def role_and_org(text: str, *, before_name: bool = False) -> tuple[str, str]:
    """(role, organisation) of a description; ``before_name`` for one printed before the
    name. Where someone is from ("из Санкт-Петербурга", «Рыбак из Усть-Камчатска» before
    a name) is no part of the role."""
    text = ARTICLE.sub("", text).strip(" ,")
    text = re.sub(r"^(?:his|her|their|its|ее|её|его|их)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:now|currently)\s+(?:an?\s+)?(?=[a-z])", "", text)  # "now a volunteer"
    text = _HELD_FOR.sub("", text)  # "a hackney carriage driver for 30 years": how long
    if not text or text.lower() in ("a", "an", "the"):
        return "", ""
    if _is_office_title(text.split()):
        return text, ""  # "the Police and Crime Commissioner": an office, whoever holds it
    text = _PARENT_OF.sub("", _before_participle(text))
    text = _OUTSKIRTS.sub("", text)  # "… Ski Centre on the outskirts of Hensford": where
    text = _ONE_OF_ITS.sub(r" at the \1", text)  # "at one of the chain's gyms": the chain
    text = _ONE_OF_UNNAMED.sub("", text)  # "an official from one of the partner governments"
    outlet = _OUTLET_SOURCE.match(text)
    if outlet and morph.head_noun(outlet.group(1)) in lx.SOURCE_NOUNS:
        text = outlet.group(1) + text[outlet.end() :]  # the outlet's source in the body
    company = _COMPANY_OF_PLACE.match(text)
    if company and is_legal_form(company.group(2)):
        return "", company.group(1)  # "Halvorsen Car Carriers AS of Oslo": where it is based
    firm = _KIND_AND_FIRM.match(text)
    if firm and is_legal_form(text.split()[-1]) and _names_kind(firm.group(1)):
        return "", firm.group(2)  # "the retail chain Dorling's Ltd": a firm by name
    found = _marked_body(text) or _joined_body(text)
    return found if found is not None else _unjoined(text, before_name=before_name)


# How long someone has held a post, after it: "for 30 years", "for the past 18 years",
# "for more than a decade", "since 2002", "since March 2019"
_HELD_FOR = re.compile(
    r"\s+(?:for\s+(?:the\s+(?:past|last)\s+)?(?:(?:more\s+than|over|almost|nearly|about|around"
    r"|some|close\s+to)\s+)?(?:\d+|an?|[a-z]+)\s+(?:years?|months?|weeks?|decades?)"
    r"|since\s+(?:(?:[A-Z][a-z]+\s+)?\d{4}|the\s+\d{4}s))$"
)
# "on the outskirts of Hensford", "in the heart of Leeds": where a body is, after its name
_OUTSKIRTS = re.compile(
    r"\s+(?:on\s+the\s+(?:outskirts|edge)\s+of|in\s+the\s+(?:centre|center|heart)\s+of"
    r"|just\s+outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)

# "a manager at one of the chain's gyms in Leicester": one of a body's sites, by their
# kind, which the body owns; the body is the one the kind before "'s" refers to
_ONE_OF_ITS = re.compile(
    r"\s+at\s+one\s+of\s+the\s+([a-z]+)['’]s\s+[a-z]+s\b(?:\s+in\s+[A-Z][\w'’-]*)?"
)

# "a councillor from one of the opposition groups", "an investor in one of the early
# funding rounds", "a former inspector for a rival guide": one of several the writer
# does not name, no body of the person's
_ONE_OF_UNNAMED = re.compile(
    r"\s+(?:(?:from|in|with|at)\s+one\s+of\s+(?:the\s+)?|for\s+an?\s+)[a-z][^A-Z]*$"
)

# "Источник «Ведомостей» в мэрии", "источник ТАСС в правительстве": the outlet a source
# spoke to, printed between the source and the body the source is in.
_OUTLET_SOURCE = re.compile(r"^(\S+)\s+(?:«[^»]+»|[А-ЯЁ]\S*)(?=\s+(?:в|во|на)\s)")


# "Halvorsen Car Carriers AS of Oslo": a company by its legal form, and its home town.
_COMPANY_OF_PLACE = re.compile(
    r"^(?:of\s+|at\s+)?((?:[A-Z][\w&'’.-]*\s+)+(\S+))\s+of\s+([A-Z][\w'’.-]*)$"
)


# "retail chain Dorling's Ltd": the kind of a body, then its name ending in its legal form
_KIND_AND_FIRM = re.compile(r"^((?:[a-z][\w-]*\s+){0,3})([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)$")


def _names_kind(words: str) -> bool:
    """Whether the words before a body's name are none, or end with a kind of body."""
    kind = words.split()[-1] if words.split() else ""
    return not kind or kind in lx.ORG_NOUNS or kind in lx.OUTLET_WORDS


# "a retired teacher waiting for a train to …", "an official involved in the talks": a
# participle after the role's noun opens what the person is doing or what befell them,
# which is neither the job nor a body.
_PARTICIPLE_AFTER = re.compile(
    r"^((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+([a-z]{2,}(?:ing|ed))\s+"
    r"((?:for|at|in|on|outside|near|to|with|by|from|into|the|a|an|his|her|their|its)\b.*)$"
)
_NOT_ROLE_END = frozenset(lx.words("of for and in at on the a an to with"))
_WORK_VERBS = frozenset(
    lx.words(
        "working serving teaching studying volunteering training employed based stationed "
        "posted seconded contracted"
    )
)


def _before_participle(text: str) -> str:
    found = _PARTICIPLE_AFTER.match(text)
    if found is not None and found.group(2) in _WORK_VERBS:
        # "enquiry officer employed by the force": a body no kind names, no part of the job
        unnamed = re.match(r"by\s+the\s+([a-z]+)\b", found.group(3))
        return found.group(1) if unnamed and unnamed.group(1) not in lx.ORG_NOUNS else text
    if found is None:
        return text
    if found.group(1).split()[-1] in _NOT_ROLE_END or _names_body(found.group(3)):
        return text
    return found.group(1)


def _marked_body(text: str) -> tuple[str, str] | None:
    """A body the words mark: "of Acme", «Вектор», an owner ("Acme's"), a name before."""
    lead = re.match(r"^(?:of|at|from|for|with|из)\s+(.+)$", text)
    if lead:
        origin = text.startswith("from ") and not _names_body(lead.group(1))
        return "", "" if origin or is_place(lead.group(1)) else clean_org(lead.group(1))
    guillemet = GUILLEMETS.search(text)
    tail = text[guillemet.end() :].split() if guillemet else []
    if guillemet and len(tail) == 2 and tail[0] in ("в", "во", "из") and morph.is_place(tail[1]):
        text = text[: guillemet.end()]  # "… ООО «Моторика» в Дзержинске", "… из Уфы": where
    if guillemet:
        role = " ".join(GUILLEMETS.sub("", text).split()).strip(" ,")
        if role.split() and morph.head_noun(role.split()[-1]) in _WORKS:
            return role, ""  # "автор книги «Псков до Пскова»": a work's title, no body
        role = role_before_name(role, guillemet.group(1))  # "директор компании «Вектор»"
        role = re.sub(r"\s+(?:в|во|на|от)$", "", role)  # "… в «Луче»", "кандидат от партии"
        return role, guillemet.group(1).strip()
    owned = _OWNER_START.match(text)  # "the union's national secretary for the ports"
    holder = owned.group(1).split()[-1].lower() if owned else ""
    if owned and owned.group(2) == "office" and holder in lx.ROLE_WORDS:
        # "the Kent Attorney General's office": a body; "the clerk's office", the one
        # named before ("the Alder County Clerk and Recorder's Office")
        return "", ARTICLE.sub("", text)
    if owned and _names_a_kind(owned.group(2)):
        return "", ARTICLE.sub("", text)  # "The Cooper's Wharf Residents' Association"
    if owned and not _JOINS.match(text, owned.end(1)):
        rest = owned.group(2)  # the role, unless it names its own body ("… at Acme")
        site = _AT_SITE.search(rest) if _is_org_owner(owned.group(1)) else None
        if site and not _place_owns(*owned.groups()):
            # "The company's director at Thornmoor", "the union's branch secretary at the
            # council": where the owner's post is held, not another body
            return _trim_role(rest[: site.start()]), clean_org(owned.group(1))
        role, organization = role_and_org(rest) if _JOINS.search(rest) else (_trim_role(rest), "")
        if _covers_area(owned.group(1), rest):  # "Unison's regional secretary for …", "the
            role, organization = _trim_role(rest), ""  # union's organiser for the south of …"
        if not organization and _is_org_owner(owned.group(1)) and not _place_owns(*owned.groups()):
            organization = clean_org(owned.group(1))
        return role, organization
    named = _NAMED_BODY_ROLE.match(text)  # "Bank of England governor", "Court of Appeal judge"
    if named:
        return named.group(2), named.group(1)
    named_first = body_before_role(text.split())  # "Bank of England Governor"
    if named_first is not None and not _JOINS.search(named_first[0]):
        return (text, "") if is_place(named_first[1]) else named_first  # "Texas Governor"
    return None


# Where a body's post is held, after the post: "at Thornmoor", "in its Leeds office"
_AT_SITE = re.compile(r"\s+(?:at|in)\s+\S.*$")


# "president of the UCU branch at Kentmere": a branch of the body named, where it is after
_BRANCH_OF = re.compile(
    r"^([a-z][\w -]*?)\s+of\s+the\s+((?:[A-Z][\w&'’.-]*\s+)+)(?:branch|chapter)\s+at\s"
)


def _joined_body(text: str) -> tuple[str, str] | None:
    """A body after a joining word: "president of the Alliance for …", "analyst at DNB"."""
    branch = _BRANCH_OF.match(text)
    if branch and not is_place(branch.group(2).strip()):
        return _trim_role(branch.group(1)), clean_org(branch.group(2))
    joint = _body_join(text)  # the joining word before the body: "president of the Alliance…"
    if joint and _names_body_in_full(text, joint.start()):
        return "", clean_org(text)  # "Royal College of Nursing", "Department for Transport"
    if joint and _people_of_body(text, joint):
        return "", clean_org(text)  # "Friends of the Teme": a body named for its members
    plain = re.match(r"^(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", text)  # "federal Department of …"
    unroled = plain is not None and not any(w in lx.ROLE_WORDS for w in plain.group().split())
    if (
        joint
        and plain
        and unroled
        and _names_body_in_full(text[plain.end() :], joint.start() - plain.end())
    ):
        return "", clean_org(text[plain.end() :])
    at = _AT_BODY.search(text)  # "chief officer for Metrolink at Transport for …": at wins
    if joint and at and at.start() > joint.start() > 0:
        named = joint.group().strip() == "of" and text[joint.end() :].startswith("the ")
        if named and len(text[at.end() :].split()) == 1:  # "owner of the Station Tearooms
            # at Reeth": the body named, and the one word after "at" is where it is
            return _trim_role(text[: joint.start()]), clean_org(text[joint.end() : at.start()])
        return _trim_role(text[: at.start()]), clean_org(text[at.end() :])
    if not joint or joint.start() == 0:
        return None
    role, complement = text[: joint.start()], text[joint.end() :]
    kind_unit = _KIND_UNIT.match(complement) if joint.group().strip() == "of" else None
    if kind_unit and kind_unit.group(1) in lx.ORG_NOUNS:
        # "chair of the council's children's services committee": the unit is the role's,
        # the body the kind stands for, which the article named before, the organisation
        return f"{_trim_role(role)} of the {kind_unit.group(2)}", f"the {kind_unit.group(1)}"
    team = _INITIALS_UNIT.match(complement) if joint.group().strip() == "of" else None
    if team:  # "a member of the EDIC drilling team": a unit of the body its initials name
        return f"{_trim_role(role)} of the {team.group(2)}", team.group(1)
    unit = _OWNED_UNIT.match(complement) if joint.group().strip() in ("of", "in") else None
    if unit and _is_org_owner(unit.group(1)) and not is_place(unit.group(1)):
        # "convener of Edinburgh City Council's housing committee": the body's unit is the
        # role's, as in "who heads the Royal College of Nursing's regional office"; "an
        # employee in Harbour Bank's technology division" works in it, holding no post there
        if joint.group().strip() == "in":
            saint = re.match(r"(?:St\.?|Saint)\s", unit.group(1))  # "St. Mary's": a name
            owner = complement[: unit.end(1) + 2] if saint else unit.group(1)
            return _trim_role(role), clean_org(owner)
        return f"{_trim_role(role)} of the {unit.group(2)}", clean_org(unit.group(1))
    away = _AWAY.search(role)
    if away:  # "a nursing student on placement at …": where they are for now, not their body
        return _trim_role(role[: away.start()]), ""
    if joint.group().strip() == "on" and not _names_body(complement):
        return _trim_role(text), ""  # "an expert on China"; not "a councillor on … Council"
    chaired = role.split()[-1].lower() in _CHAIRS and joint.group().strip() == "of"
    if is_place(complement) and not chaired:  # "country manager for Spain", "prefect of the
        # Nord region"; but "chair of the Cedar Valley Regional District" chairs its board
        return _trim_role(text if joint.group().strip() == "for" else role), ""
    if _governs_place(role, complement):
        return _trim_role(role), ""  # "mayor of Dresden": a place, not a body
    if _represents_seat(role, joint.group(), complement):  # "Labour MP for Bristol South"
        role, party = split_premodifier(_trim_role(role))
        return f"{role} for {_trim_role(complement)}", party
    if _complement_is_role(role, complement):
        return _trim_role(text), ""  # "cabinet member for finance", "Minister for Health"
    return _trim_role(role), clean_org(complement)


# "the EDIC drilling team": a body's initials, then one of its units by what it does
_INITIALS_UNIT = re.compile(r"^(?:the\s+)?([A-Z]{2,6})\s+((?:[a-z]+\s+){0,2}(?:team|unit|crew))$")
# Offices that preside over a body: what they are of is a body, whatever its name says.
_CHAIRS = frozenset(lx.words("chair chairman chairwoman chairperson"))
# "Edinburgh City Council's housing committee": a body's unit named by its kind
_OWNED_UNIT = re.compile(
    r"^(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*?)['’]s?\s+([a-z][a-z -]*)$"
)
# "the council's children's services committee", "the county council's scrutiny
# committee": a unit of a body named by its kind
_KIND_UNIT = re.compile(
    r"^the\s+(?:[a-z]+\s+)?([a-z]+)['’]s\s+((?:[a-z]+['’]s\s+)?[a-z][a-z -]*\s"
    r"(?:committee|board|panel|department|team|office|unit|division))$"
)
# A time away from someone's own work or place, after their role: "on placement", "on
# sabbatical"; where they spend it is no body of theirs.
_AWAY = re.compile(r"\s+on\s+(?:placement|holiday|leave|vacation|sabbatical|furlough)$")


def _people_of_body(text: str, joint: re.Match[str]) -> bool:
    """ "Friends of the Teme", "Doctors of the World": people in the plural, capitalised,
    then "of" and a name in capitals, which together name a body."""
    head = text[: joint.start()]
    words = [w for w in text[joint.end() :].split() if w.lower() not in ("of", "the", "and")]
    single = " " not in head and is_capitalised(head) and names_people(head)
    return single and joint.group().strip() == "of" and all(map(is_capitalised, words))


def _names_body_in_full(text: str, join: int) -> bool:
    """Whether a name in capitals is a body's: its words before "of"/"for" end with a kind
    of body ("Royal College of …"), where "Minister for Health" ends with an office."""
    words = [w for w in text.split() if w.lower() not in ("of", "for", "and", "&", "in", "the")]
    head = text[:join].split()
    return bool(head) and head[-1].lower() in lx.ORG_NOUNS and all(map(is_capitalised, words))


# Works whose titles are printed in guillemets, as bodies' names are
_WORKS = frozenset(
    lx.words(
        "книга роман повесть рассказ сборник монография фильм сериал спектакль пьеса песня "
        "альбом поэма статья"
    )
)

# "одного из банков": one of several, which names no body
_RU_ONE = frozenset(lx.words("одного одной одним одном одну"))


# Spans of time, whose possessive is no owner: "nine years' service", "a week's notice"
_SPANS = frozenset(lx.words("year years month months week weeks day days decade decades"))
_WITH_SPAN = re.compile(
    r"\s+(?:with|of)\s+(?:\S+\s+){1,3}?(?:years?|months?|weeks?|decades?)['’]s?\s.*$"
)  # "with nine years' service", "with more than 20 years' experience"


def _unjoined(text: str, *, before_name: bool) -> tuple[str, str]:
    """A role and body no joining word separates: "developer from Novosibirsk", "Acme's
    chief", "Председатель ЦБ", "the White House", "Eastfield manager"."""
    from_part = re.split(r"\s+(?:from|из)\s+", text, maxsplit=1)
    if len(from_part) == 2:
        after = from_part[1]
        words = from_part[0].split()
        if len(words) > 1 and words[-1].lower() in _RU_ONE:
            return _trim_role(" ".join(words[:-1])), ""  # "сотрудник одного из банков"
        if any(w.lower() in lx.ORG_NOUNS for w in after.split()):
            return _trim_role(from_part[0]), clean_org(after)
        text = from_part[0]  # "a developer from Novosibirsk", «Рыбак из Усть-Камчатска»
    possessive = POSSESSIVE.match(text)
    if possessive and possessive.group(1).split()[-1].lower() in _SPANS:
        text, possessive = _WITH_SPAN.sub("", text), None  # "with nine years' service"
    if possessive:
        owner, role = possessive.group(1), possessive.group(2)
        body = _is_org_owner(owner) and not _place_owns(owner, role)
        return _trim_role(role), clean_org(owner) if body else ""
    words = text.lower().split()
    head = words[0].split("-")[-1]  # "HR-менеджер": a Russian noun with initials
    if morph.is_russian(head) and (
        morph.is_person_noun(words[0]) or len(words) > 1 or head != words[0]
    ):
        return split_russian(text.split())  # "Председатель ЦБ": the role, then the body
    # "a sales associate in the toy department": a job in a unit of a body, not a body
    in_unit = re.search(r"\sin\s+(?:the|a|an|his|her|their)\s", text)
    body = words[-1].strip(".") in lx.ORG_NOUNS and in_unit is None
    if body and not any(w in lx.ROLE_WORDS for w in words):
        return "", clean_org(text)
    if len(words) == 2 and words[-1] in _MEMBERS_KINDS and words[0] in lx.ROLE_WORDS:
        return "", ""  # "a volunteer group": a kind of body of those people, no one's role
    text = re.sub(r"\s+in\s+[A-Z][\w-]*$", "", text)  # "… Court in Leipzig": where it sits
    if len(words) == 1 and is_nationality(text):
        return "", ""  # "a Swede who has worked there since 2021": where from, neither
    proper = is_capitalised(text.split()[0]) and all(
        is_capitalised(w) or w in lx.PARTICLES  # "Junta de Freguesia de Covas"
        for w in text.split()
        if w.lower() not in ("of", "and", "&")
    )
    if proper and not any(w.removesuffix("s") in lx.ROLE_WORDS for w in words):
        return "", text  # "the White House said", "the Kremlin said": an institution speaks
    role = _trim_role(text)
    if re.match(r"[А-ЯЁа-яё]", role):
        return split_russian(role.split())
    return split_premodifier(role)


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


def _covers_area(owner: str, role: str) -> bool:
    """ "Unison's regional secretary for Yorkshire", "Acme's head of UK projects": what
    follows "for" (or "of", ending in a word in lower case that is no kind of body) in a
    role a body owns is the area or field it covers, not another body."""
    joint = _JOINS.search(role)
    if joint is None or not _is_org_owner(owner) or _names_body(role[joint.end() :]):
        return False
    complement = role[joint.end() :].split()
    word = joint.group().strip()
    return word == "for" or (word == "of" and bool(complement) and complement[-1].islower())


def _names_body(text: str) -> bool:
    """ "from the ministry", "from «Вектор»": a body, not where someone comes from."""
    return "«" in text or any(w.lower().strip(",.") in lx.ORG_NOUNS for w in text.split())


def _governs_place(role: str, complement: str) -> bool:
    office = re.split(r"\s+for\s+", role)[0].split()  # "deputy mayor for urban environment"
    head = office[-1].lower() if office else ""
    words = complement.split()
    return head in _PLACE_ROLES and 0 < len(words) <= 2 and all(map(is_capitalised, words))


def employs(role: str, body: str) -> bool:
    """Whether the capitalised words after "of", printed after a name with a role before
    it, name the body the role is in ("Chief executive Ann Roe of Harlow Valley Health"),
    not where the person is: a place ("of the Nord region"), a place the office governs
    ("Mayor Ann Roe of New Haven"), or one plain name that may be a town ("of Leeds")."""
    words = ARTICLE.sub("", body).split()
    if not words or not any(w.lower() in lx.ROLE_WORDS for w in role.split()):
        return False
    if is_place(body) or _governs_place(role, body) or not all(map(is_capitalised, words)):
        return False
    if _names_body(body) or is_legal_form(words[-1]):
        return True
    return not (len(words) == 1 and _plain_name(words[0]))


def _place_owns(owner: str, role: str) -> bool:
    """ "Dresden's mayor", "Ferrara's chief prosecutor": a place's office, as "mayor of
    Dresden" is; "the ICC's chief prosecutor" is a body's (its initials)."""
    plain = all(_plain_name(w) for w in owner.split())
    return plain and _governs_place(_trim_role(role), owner)


def _represents_seat(role: str, join: str, complement: str) -> bool:
    """ "MP for Bristol South", "senator for Victoria": the seat someone was elected for is
    part of their office, not a body."""
    head = role.split()[-1].lower() if role.split() else ""
    return join.strip() == "for" and head in _SEAT_ROLES and not _names_body(complement)


def _complement_is_role(role: str, complement: str) -> bool:
    """Whether what follows "for"/"of" belongs to the role: no body is named ("for
    finance", "for the ports"), or a portfolio is ("Minister for Health")."""
    words = re.sub(r"^the\s+", "", complement).split()
    if not words or any(w.lower().strip(",.'’") in lx.ORG_NOUNS | lx.RELATIONS for w in words):
        return False
    head = role.split()[-1].lower() if role.split() else ""
    if head in lx.PORTFOLIO_ROLES and all(_is_portfolio(w) for w in words):
        return True  # "Minister for Health", "Secretary of State"; not "secretary of Unite"
    return not any(is_capitalised(w) for w in words)


def _is_portfolio(word: str) -> bool:
    lower = word.lower().strip(",.")
    return (
        lower in lx.GENERIC_MODIFIERS
        or lower in lx.PORTFOLIOS
        or lower in ("and", "&", "of", "for")
    )


def _is_org_owner(owner: str) -> bool:
    """ "Acme's", "the union's"; not "Greece's": a country owns no role as a body does."""
    words = owner.split()
    named = is_capitalised(owner) and not is_place(owner)
    return named or (bool(words) and words[-1].lower() in lx.ORG_NOUNS)


_WHERE = re.compile(r"\s+(?:in|near|outside)\s+(the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _trim_role(text: str) -> str:
    text = re.sub(r"(?:^|\s)[\w.-]+-(?:born|based|bred)\b", "", text)  # "Berlin-based"
    text = re.sub(r"^(\S+(?:\s+\S+)?)\s+(?:representing|working|living)\b.*$", r"\1", text)
    text = re.split(
        r"\s+(?:who|which|and (?:the|its|their|his|her|an?)|based in|in charge|on the"
        r"|(?:better\s+|widely\s+)?known\s+(?:to|as|locally|for)|nicknamed)\b",
        text,
    )[0]
    text = re.split(r"\s+with\s+(?=\d|(?:a|an|his|her|their|two|three|four)\s)", text)[0]
    # "… in Moscow", "a farmer near Hereford", "a shepherd outside Brecon", "a farmer in the
    # Lake District": where someone works or lives, not the job; "in the Foreign Office" is
    # a body, which stays
    where = _WHERE.search(text)
    if where and not (where.group(1) and _names_body(where.group())):
        text = text[: where.start()]
    words = ARTICLE.sub("", text.strip(" ,.")).split()
    while len(words) > 1 and is_nationality(words[0]) and words[1].islower():
        words = words[1:]  # "an Indian student at …": a nationality, not part of the job
    return " ".join(words)


def one_of_them(text: str) -> str:
    """ "One of the club's riders" → "the club's rider", "one of the miners" → "the
    miner": one person of those the words name, as a description; "" when the last word
    names no kind of people, or the people are a group named before ("one of those
    graduates") or of a thing ("one of the bill's authors")."""
    words = text.split()[2:]
    last = words[-1] if words else ""
    if not last.endswith("s") or last.endswith("ss") or last in lx.ORG_FAMILY:
        return ""
    owners = [w for w in words[:-1] if re.search(r"['’]s$", w)]
    owner = owners[-1][:-2].lower() if owners else ""
    if owner and owner not in lx.ORG_FAMILY and not is_capitalised(owners[-1]):
        return ""
    if any(w.lower() in ("those", "these") for w in words):
        return ""
    one = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return " ".join([*words[:-1], one])
