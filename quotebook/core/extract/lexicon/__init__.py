"""Word lists the extractor reads news copy with: speech verbs, titles, roles, organisations.

They are general lists of how news is written in English and Russian, not of any
one article. Everything here is compared in lower case unless it says otherwise.
One module for each kind of word (:mod:`.speech`, :mod:`.people`, :mod:`.bodies`,
:mod:`.text`); the extractor reads them all through this one.
"""

from __future__ import annotations

from .base import words
from .bodies import (
    FIELDS,
    FOREIGN_LEGAL_FORMS,
    LEGAL_FORMS,
    ORG_FAMILY,
    ORG_NOUNS,
    OUTLET_WORDS,
    RUSSIAN_BODIES,
    RUSSIAN_DOCUMENTS,
    RUSSIAN_SETTLEMENTS,
)
from .people import (
    FEMALE_NAMES,
    GENERIC_MODIFIERS,
    HONORIFICS,
    INTERLOCUTORS,
    MALE_NAMES,
    PARTICLES,
    PERSON_NOUNS,
    PORTFOLIO_ROLES,
    PORTFOLIOS,
    POSTNOMINALS,
    RANKS,
    RELATIONS,
    ROLE_KEEPS_MODIFIER,
    ROLE_WORDS,
    RUSSIAN_HEADS,
    RUSSIAN_NATIONALITIES,
    RUSSIAN_PEOPLE_NOUNS,
    RUSSIAN_REFERRING_NOUNS,
    SOURCE_NOUNS,
    SUFFIXES,
    TITLE_GENDER,
)
from .places import PLACE_KINDS, PLACES
from .speech import (
    AUDIENCES,
    ENGLISH_VERBS,
    NAMING_VERBS,
    NOT_SPEECH_AFTER,
    PRONOUNS,
    QUOTING_VERBS,
    RUSSIAN_NAMING_LEMMAS,
    RUSSIAN_SPEECH_LEMMAS,
    RUSSIAN_VERB_RE,
    TITLE_CUES,
)
from .text import (
    ABBREVIATIONS,
    LATIN_CAPITALS,
    NOT_NAMES,
    RELATIVE_STARTS,
)

__all__ = [
    "ABBREVIATIONS",
    "AUDIENCES",
    "ENGLISH_VERBS",
    "FEMALE_NAMES",
    "FIELDS",
    "FOREIGN_LEGAL_FORMS",
    "GENERIC_MODIFIERS",
    "HONORIFICS",
    "INTERLOCUTORS",
    "LATIN_CAPITALS",
    "LEGAL_FORMS",
    "MALE_NAMES",
    "NAMING_VERBS",
    "NOT_NAMES",
    "NOT_SPEECH_AFTER",
    "ORG_FAMILY",
    "ORG_NOUNS",
    "OUTLET_WORDS",
    "PARTICLES",
    "PERSON_NOUNS",
    "PLACES",
    "PLACE_KINDS",
    "PORTFOLIOS",
    "PORTFOLIO_ROLES",
    "POSTNOMINALS",
    "PRONOUNS",
    "QUOTING_VERBS",
    "RANKS",
    "RELATIONS",
    "RELATIVE_STARTS",
    "ROLE_KEEPS_MODIFIER",
    "ROLE_WORDS",
    "RUSSIAN_BODIES",
    "RUSSIAN_DOCUMENTS",
    "RUSSIAN_HEADS",
    "RUSSIAN_NAMING_LEMMAS",
    "RUSSIAN_NATIONALITIES",
    "RUSSIAN_PEOPLE_NOUNS",
    "RUSSIAN_REFERRING_NOUNS",
    "RUSSIAN_SETTLEMENTS",
    "RUSSIAN_SPEECH_LEMMAS",
    "RUSSIAN_VERB_RE",
    "SOURCE_NOUNS",
    "SUFFIXES",
    "TITLE_CUES",
    "TITLE_GENDER",
    "words",
]
