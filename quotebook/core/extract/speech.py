"""Sentences and speech verbs: where a sentence ends, and which words introduce speech.

A full stop after an abbreviation or an initial ("Dr.", "U.S.", "J.") ends no
sentence. Speech verbs are "said", "told", "added", "according to", "заявил",
"по словам" and the like; forms that are also nouns ("the state", "his claim") count
only where a noun cannot stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from . import morph

_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ENDERS = ".!?…"
_DETERMINERS = frozenset(
    lx.words(
        """
    the a an this that his her its their our my your whose which every each no any
    """
    )
)
_BASE_FORMS = frozenset(
    lx.words(
        """
    say tell ask add write explain warn argue insist agree recall admit claim
    """
    )
)


_IN_WORDS = re.compile(
    r"\s+(?:(?:его|ее|её|их)\s+)?(?:словам|мнению|оценке|убеждению|данным)\b", re.IGNORECASE
)


_COPULA_AFTER = re.compile(r"\s+(?:was|were|is|are)\b")
_ASKS = re.compile(r"\s+вопросом\b", re.IGNORECASE)
# "обратилась к оппоненту": turning to someone to say something, not applying to a body
_ADDRESSES = re.compile(r"(?:\s+[А-ЯЁ][а-яё]+)?\s+(?:к|ко)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verb:
    start: int
    end: int
    word: str

    @property
    def inverts(self) -> bool:
        """Whether the speaker follows rather than precedes ("according to X")."""
        return self.word in ("according to", "по словам")


# -- words and sentences ----------------------------------------------------


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``text[dot]`` ends an abbreviation or initial, not a sentence."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(«“"':
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: J. Q. Public
    if "." in word:
        return True  # U.S., a.m., W.Va.
    if word.lower() in _FIRM_FORMS and _NEW_SENTENCE.match(text, dot + 1):
        return False  # "… is Thornvale Communities Inc. Greg Osei, its vice-president, said"
    return word.lower().strip("'’") in lx.ABBREVIATIONS


# A firm's legal form abbreviated ends its name, so a capitalised word after it opens
# the next sentence, unless it is another form ("Inc. Ltd.") or a bracket.
_FIRM_FORMS = frozenset(lx.words("inc corp ltd"))
_NEW_SENTENCE = re.compile(r"\s+(?!(?:Inc|Corp|Ltd|Co|LLC|PLC)\b)[A-Z][a-z]")


def sentence_end(text: str, start: int, stop: int) -> int:
    """The index just past the first sentence ending in ``text[start:stop]`` (or ``stop``)."""
    index = start
    while index < stop:
        char = text[index]
        if char in _ENDERS and (char != "." or not is_abbreviation(text, index)):
            after = index + 1
            while after < stop and text[after] in _ENDERS + '"”»’)':
                after += 1
            if after >= stop or text[after].isspace():
                following = after
                while following < stop and text[following].isspace():
                    following += 1
                if following >= stop or not text[following].islower():
                    return after
        index += 1
    return stop


def sentence_start(text: str, start: int, stop: int) -> int:
    """The index where the last sentence of ``text[start:stop]`` begins."""
    found = start
    index = start
    while index < stop:
        end = sentence_end(text, index, stop)
        if end >= stop:
            break
        found = end
        index = end
    while found < stop and text[found].isspace():
        found += 1
    return found


# -- speech verbs ------------------------------------------------------------


_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+\s+$")


# "plot their routes according to who has booked", "according to how much": a measure,
# not a source
_ACCORDING_TO_WHAT = re.compile(r" to (?:who|whom|what|how|whether|where|when|which)\b")


_PASSIVE_AUXILIARIES = frozenset(lx.words("been being was were is are be"))


def _body_after(text: str, end: int) -> bool:
    """Whether the word after "по данным" is a body's kind in the genitive
    ("учреждения", "министерства") or a name, not a person ("арендодателя")."""
    following = text[end:].split()[:1]
    word = following[0].strip(",.;:«»") if following else ""
    if not word or word[:1].isupper() or following[0].startswith("«"):
        return bool(word)
    return morph.head_noun(word) in lx.RUSSIAN_BODIES or word.lower() in lx.ORG_NOUNS


def find_verbs(text: str, *, naming: bool = True) -> list[Verb]:
    """Speech verbs in ``text`` (and "according to", "по словам"), in order.

    Forms that are also nouns count only where a noun cannot stand ("the state",
    "his claim" are nouns); ``naming`` admits verbs of naming ("called it…").
    """
    found: list[Verb] = []
    previous = ""
    for match in _LETTER_WORD.finditer(text):
        word = match.group().lower()
        verb = _verb_at(text, match, word, previous, naming)
        if verb is not None:
            found.append(verb)
        previous = word
    return found


def _verb_at(
    text: str, match: re.Match[str], word: str, previous: str, naming: bool
) -> Verb | None:
    tail = text[match.end() : match.end() + 12].lower()
    if word == "according" and tail.startswith(" to ") and not _ACCORDING_TO_WHAT.match(tail):
        return Verb(match.start(), match.end() + 3, "according to")
    owned = _IN_WORDS.match(text, match.end()) if word == "по" else None
    if owned and owned.group().lower().endswith("данным") and not _body_after(text, owned.end()):
        owned = None  # "по данным арендодателя": someone's figures, no words of theirs
    if owned:  # "по словам X", "по мнению X", "по ее словам", "по данным учреждения"
        return Verb(match.start(), owned.end(), "по словам")
    if lx.RUSSIAN_VERB_RE.fullmatch(word):
        return Verb(match.start(), match.end(), word)
    if morph.is_russian(word):
        lemma = morph.verb_lemma(word)
        asks = _ASKS.match(text, match.end()) if lemma == "задаваться" else None
        if asks:  # "задается вопросом активист": the verb and its object are one
            return Verb(match.start(), asks.end(), word)
        speech = lemma in lx.RUSSIAN_SPEECH_LEMMAS or (naming and lemma in lx.RUSSIAN_NAMING_LEMMAS)
        if lemma in ("обратиться", "обращаться") and _ADDRESSES.match(text, match.end()):
            speech = True  # "— …, — обратилась Пономарева к Кузьмину"
        return Verb(match.start(), match.end(), word) if speech else None
    if word not in lx.ENGLISH_VERBS or previous in _DETERMINERS or previous.endswith("'s"):
        return None
    if match.group()[:1].isupper() and _CAPITALISED_BEFORE.search(text, 0, match.start()):
        return None  # "Amira Said": a surname after a first name, not the verb
    if word in lx.NAMING_VERBS and not naming:
        return None
    if word in ("put", "puts") and not tail.startswith(" it"):
        return None
    if _COPULA_AFTER.match(tail) and previous not in ("he", "she", "they", "we", "i", "who"):
        return None  # "the price agreed was …": a participle describing a noun, not speech
    if word in lx.NOT_SPEECH_AFTER and not tail.startswith(" out"):
        return None
    if previous in _PASSIVE_AUXILIARIES and (word.endswith("ed") or word == "told"):
        return None  # "manufacturers had been asked for …": spoken to, not speaking
    joined = text[: match.start()].rstrip()[-1:].isalpha()  # no comma after the word before
    if word.endswith("ed") and previous.endswith("ing") and len(previous) > 4 and joined:
        return None  # "studies linking repeated heading to …": a participle before a noun
    plain = word.rstrip("s") if word.endswith("s") else word
    irregular = ("said", "told", "wrote", "put")
    regular = word.endswith(("ed", "ing"))
    if word == plain and word not in _BASE_FORMS and word not in irregular and not regular:
        return None
    noun_like = word.endswith("s") and word[:-1] not in _BASE_FORMS
    if noun_like and word[:-1] in lx.ENGLISH_VERBS and previous in ("", "a", "the"):
        return None
    return Verb(match.start(), match.end(), word)


def in_relative_clause(text: str, position: int) -> bool:
    """Whether the word at ``position`` sits in a "who…"/"который…" clause of its chunk
    ("…, and who asked not to be named, said": "asked" is the clause's, not the sentence's)."""
    chunk_start = max(text.rfind(",", 0, position), text.rfind("—", 0, position)) + 1
    words = text[chunk_start:position].lower().split()
    if len(words) > 1 and words[0] in ("and", "but", "и", "но"):
        words = words[1:]
    return bool(words) and words[0] in lx.RELATIVE_STARTS
