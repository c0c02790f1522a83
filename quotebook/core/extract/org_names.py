"""An organisation's name as a description prints it, cleaned of what is no part of it
("the consultancy Wood Mackenzie", "Reuters in London", "Britain's Home Office"), and
the places a description names, which are never a body."""

from __future__ import annotations

import re

from . import lexicon as lx
from .names import is_capitalised, is_legal_form
from .premodifiers import is_nationality

RELATIVE = re.compile(
    r"\s*\b(?:who|whose|which|that|где|котор[а-я]+|чей|чья|чь[её]|чьи)\b.*$", re.S
)
# "… and the …", "… to vote against the deal": what follows the name, not part of it
_ORG_END = re.compile(
    r"\s+(?:(?:and|as well as|и)\s+(?:the|a|an|his|her|its|their)\b|to\s+(?=[a-z])).*$", re.S
)
# "… in London", "… in New York": where a body sits, printed after its name.
# "… in Seville province": the place and its kind.
_SEAT = re.compile(
    r"\s+(?:in|near|outside)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    rf"(?:\s+(?:{'|'.join(sorted(lx.PLACE_KINDS))}))?$"
)
_CAMPUS = re.compile(r"(University of [A-Z][\w-]*),(\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)$")
# A name listing fields: "Environment, Food and Rural Affairs" after "for" or opening it.
_LISTED = re.compile(
    r"((?:^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|\b(?:for|of)\s+(?:the\s+)?[A-Z][\w-]*)),"
    r"(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:and|&)\s+[A-Z])"
)
# A longer list of fields after "of" or "for": "Department of Climate Change, Energy, the
# Environment and Water".
_CAPS = r"(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
_LONG_LIST = re.compile(rf"\b(?:for|of)\s+{_CAPS}(?:,\s+{_CAPS})+,?\s+(?:and|&)\s+{_CAPS}")
# Russian fields in the genitive: "министерства строительства, архитектуры и ЖКХ".
_RU_LIST = re.compile(r"\b[а-яё]+(?:,\s+[а-яё]+)+\s+и\s+(?=\S)")
# Where or when a body was at work, after its name: "at the race", "at the time", "near
# the finish"; a name going on with "at" goes on in capitals ("Institute at Brown").
_OCCASION = re.compile(
    r"\s+(?:at|near|after|before)\s+(?:the|a|an|this|that|its|their)\s+[a-z][\w'’-]*(?:\s+.*)?$",
    re.S,
)
# "on Castle Parade", "on Broad Street": the street a shop or an office is on
_STREETS = "|".join(w.capitalize() for w in sorted(lx.STREET_KINDS | {"parade", "lane", "row"}))
_ON_STREET = re.compile(rf"\s+on\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_STREETS})$")
# Places without their spaces, for people named after one ("Hongkongers").
_PLACE_STEMS = frozenset(place.replace(" ", "") for place in lx.PLACES)


def is_place(text: str) -> bool:
    """A country, a state or a territory ("Spain", "the Pas-de-Calais region"), which a
    description names as where someone works or comes from, not as a body."""
    name = re.sub(r"^the\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    words = name.split()
    if name.lower() in lx.PLACES:
        return True
    owned = re.match(r"^(.+?)['’]s\s", name)  # "NHS England's Midlands region": a body's unit
    if owned and not is_place(owned.group(1)):
        return False
    named = len(words) > 1 and all(map(is_capitalised, words[:-1]))
    if named and words[-2].lower() in _SERVICE_AREAS:
        return False  # "Harlan Springs School District": a body serving the area
    return named and words[-1].lower() in lx.PLACE_KINDS


# What a district or an area is served by, which makes it a body: "School District"
_SERVICE_AREAS = frozenset(
    lx.words("school water fire health transit sanitation irrigation hospital park unified")
)


def before_next_sentence(name: str) -> str:
    """ "Corvale Constructions Pty Ltd. The": a name up to the full stop after its last
    abbreviation, without the word opening the next sentence."""
    return re.sub(r"(?<=\.)\s+(?:The|A|An|It|Its|This)$", "", name)


def _without_local_unit(text: str) -> str:
    """ "Royal British Legion branch" → "Royal British Legion": a body's local unit after
    a name of several words is the body's; "the Upperthorpe branch" is named by its
    place, which names no body."""
    words = text.split()
    named = len(words) > 2 and all(w[:1].isupper() for w in words[-3:-1])
    return " ".join(words[:-1]) if named and words[-1] in ("branch", "chapter") else text


def clean_org(text: str) -> str:
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text).strip("«»")  # "… Institute (SIPRI)"
    text = re.sub(r"^(?:For|At|In|From|With|By)\s+(?=[A-Z])", "", text)  # "For SFN's …"
    text = _ORG_END.sub("", text)
    text = RELATIVE.sub("", text)
    text = _CAMPUS.sub("\\1\u2060\\2", text)  # "University of California, Davis": one name
    text = _LISTED.sub("\\1\u2060", text)  # "Immigration, Refugees and Citizenship Canada"
    text = _LONG_LIST.sub(lambda m: m.group().replace(",", "\u2060"), text)
    text = _RU_LIST.sub(lambda m: m.group().replace(",", "\u2060"), text)
    # "… in 2019", "Marchbrook and did not …", "Celtic Springs for four years": the sentence
    text = re.split(
        r",|\s+(?:in|on|since|until|during|based)\s+(?=[a-z0-9])"
        r"|\s+(?:and|for)\s+(?![Tt]he\s+[A-Z])(?=[a-z0-9])",  # "Office for the Environment"
        text,
    )[0]
    text = re.sub(r"(?:\s+(?:and|&|of|for))+$", "", text.strip(" ,."))  # "Marchbrook and"
    text = _OCCASION.sub("", text)  # "Italian Red Cross at the race": where, not the body
    text = _ON_STREET.sub("", text)  # "Greenway Pharmacy on Castle Parade": its address
    text = _without_local_unit(text)  # "the Royal British Legion branch": the body's
    text = text.replace("\u2060", ",")
    text = re.sub(r"^the\s+", "", text.strip(" ,."), flags=re.IGNORECASE)
    text = re.sub(r"^\d[\d,.]*-[a-z]+(?:-[a-z]+)*\s+(?=[A-Z])", "", text)  # "22-room Hôtel …"
    text = _without_seat(text)  # "… in London"
    text = without_home(text)  # "… Inc. of Long Beach"
    if text.lower().split()[-1:] and text.lower().split()[-1] in lx.RELATIONS:
        return ""  # "a lawyer for the family": a relation, not a body
    words = text.split()
    last = words[-1].lower().rstrip(".") if words else ""
    named = last in lx.LEGAL_FORMS or last in lx.ORG_NOUNS  # "Dr Martens plc": a body
    if words and words[0].lower().rstrip(".") in lx.HONORIFICS and not named:
        return ""  # "defence counsel for Mr Harlow": whom someone acts for is a person
    kind = re.match(r"^([a-z'’-]+\s+)+(?=[A-Z])", text)
    if kind and not set(kind.group().split()) & {"of", "for", "and", "at", "with", "a", "an"}:
        text = text[kind.end() :]  # "the consultancy Wood Mackenzie": the name, not the kind
    text = re.sub(r"^([A-Z]{2,6})\s+(?:office|branch|bureau)$", r"\1", text)  # "NWS office"
    text = before_next_sentence(text)
    placed = re.match(r"^[A-Z][\w'’-]*\s+((?:[a-z'’-]+\s+)+)(?=[A-Z])", text)
    if placed and placed.group(1).split()[-1] in lx.ORG_NOUNS:
        text = text[placed.end() :]  # "Birmingham law firm Hale Dunmore LLP": where, the kind
    return _without_owner(text.strip(" ,."))


def without_home(text: str) -> str:
    """ "Vantor Launch Systems Inc. of Long Beach" → "Vantor Launch Systems Inc.": the town
    a firm named in full, to its legal form, is from is no part of its name."""
    based = re.match(r"^(.+?\S)\s+of\s+[A-Z]", text)
    if based and " " in based.group(1) and is_legal_form(based.group(1).split()[-1]):
        return based.group(1)
    return text


def _without_seat(text: str) -> str:
    """ "Reuters in London" → "Reuters": where a body sits is no part of its name. But "in"
    after people, which no body is, goes on with the name they are in: "Hongkongers in
    Britain", "Women in Journalism", "Association of Women in Science"; and so does "in" a
    field, which no place is: "Society for Research in Child Development"."""
    seat = _SEAT.search(text)
    if seat is None or names_people(text[: seat.start()].split()[-1]):
        return text
    if seat.group().split()[-1].lower() in lx.FIELDS:
        return text
    return text[: seat.start()]


def names_people(word: str) -> bool:
    """ "Women", "Doctors", "Ukrainians", "Hongkongers": people by their kind, or more than
    one of a trade or from a country; not "Guardian", which only looks like a nationality."""
    lower = word.lower()
    if lower in lx.PERSON_NOUNS | lx.RELATIONS:
        return True
    one = lower.removesuffix("s")
    if one == lower:
        return False
    if one in lx.ROLE_WORDS or one in lx.RELATIONS or is_nationality(word[:-1]):
        return True
    return one.endswith("er") and one[:-2] in _PLACE_STEMS


def _without_owner(text: str) -> str:
    """ "Britain's Home Office" → "Home Office": a country owning a body named in full;
    "West Midlands Police's economic crime unit" → "West Midlands Police": a body named
    in full owning a unit named only by its kind."""
    unit = re.match(
        r"^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?:[A-Z][\w-]*\s+){0,2}[a-z][a-z -]*$", text
    )  # "NHS England's Midlands region": a unit named by its area and kind
    if unit and not is_place(unit.group(1)):
        return unit.group(1)
    owner = re.match(r"^([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(.+)$", text)
    if owner and " " in owner.group(1) and not is_place(owner.group(1)):
        owner = None  # "British Columbia's Ministry of …": a place of several words, too
    words = owner.group(2).split() if owner else []
    named = all(is_capitalised(w) or w in ("of", "for", "and", "&") for w in words)
    formed = bool(words) and words[-1].lower().rstrip(".") in lx.LEGAL_FORMS
    if owner and named and not formed and any(w.lower() in lx.ORG_NOUNS for w in words):
        return owner.group(2)
    return text  # "Pellow's Nurseries Ltd": a firm's name, whose possessive is its own
