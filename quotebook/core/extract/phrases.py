"""Reading a clause: sentence bounds, speech verbs, and the phrase that names a speaker.

A speaker is written as a name ("Sen. Amy Klobuchar"), a pronoun ("she"), or a
description ("a ministry spokesperson"), with descriptions around the name
("Sasha, 23, a machine learning engineer at…", "the company's chief executive,
Jonas Becker"). :func:`subject_before` reads the phrase that ends where a verb
starts ("…Becker, 52, said"); :func:`subject_after` the phrase that follows a verb,
a dash or "according to" ("said Mayor Linda Okafor, who…").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx

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
_ADVERBS = frozenset(
    lx.words(
        """
    also later then once recently previously simply quickly bluntly flatly finally
    now earlier again often always still even further repeatedly has have had would
    will could did does is was were not never only just later, quietly angrily
    calmly proudly также еще ещё уже тогда потом позже
    """
    )
)
_LEADING_JUNK = frozenset(
    lx.words(
        """
    and but so then yet as и а но как же
    """
    )
)
_AGE_WORD = re.compile(r"^\d{1,3}[-‑](?:year-old|летн\w*)$", re.IGNORECASE)
_PARTY = re.compile(r"^[DRI]-[A-Z][\w.]*$")
_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична)$")


@dataclass(frozen=True, slots=True)
class Verb:
    start: int
    end: int
    word: str

    @property
    def inverts(self) -> bool:
        """Whether the speaker follows rather than precedes ("according to X")."""
        return self.word in ("according to", "по словам")


@dataclass
class Mention:
    """A phrase naming a speaker, as written, with the parts it is made of."""

    written: str
    start: int
    end: int
    name: str = ""
    pronoun: str = ""
    titles: tuple[str, ...] = ()
    premod: str = ""
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)

    @property
    def descriptions(self) -> list[str]:
        """Descriptions in order of preference: after the name, before it, then a premodifier."""
        found = [*self.after, *self.before]
        return [*found, self.premod] if self.premod else found


# -- words and sentences ----------------------------------------------------


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


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
    return word.lower().strip("'’") in lx.ABBREVIATIONS


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
    if word == "according" and tail.startswith(" to "):
        return Verb(match.start(), match.end() + 3, "according to")
    if word == "по" and tail.lstrip().startswith("словам"):
        return Verb(match.start(), match.end() + 1 + tail.index("словам") + 6, "по словам")
    if lx.RUSSIAN_VERB_RE.fullmatch(word):
        return Verb(match.start(), match.end(), word)
    if word not in lx.ENGLISH_VERBS or previous in _DETERMINERS or previous.endswith("'s"):
        return None
    if word in lx.NAMING_VERBS and not naming:
        return None
    if word in ("put", "puts") and not tail.startswith(" it"):
        return None
    if word in lx.NOT_SPEECH_AFTER and not tail.startswith(" out"):
        return None
    plain = word.rstrip("s") if word.endswith("s") else word
    irregular = ("said", "told", "wrote", "put")
    regular = word.endswith(("ed", "ing"))
    if word == plain and word not in _BASE_FORMS and word not in irregular and not regular:
        return None
    noun_like = word.endswith("s") and word[:-1] not in _BASE_FORMS
    if noun_like and word[:-1] in lx.ENGLISH_VERBS and previous in ("", "a", "the"):
        return None
    return Verb(match.start(), match.end(), word)


# -- names ----------------------------------------------------------------------


def _is_name_word(word: str) -> bool:
    bare = word.rstrip(".,")
    if not bare or not is_capitalised(bare) or bare.lower() in lx.NOT_NAMES:
        return False
    if re.fullmatch(r"[A-ZА-Я]\.", word):
        return True
    return bool(re.fullmatch(r"[^\W\d_][\w'’-]*", bare)) and bare.lower() not in lx.HONORIFICS


def name_run(words: list[str]) -> int:
    """How many of ``words``, counted from the end, form a person's name (0: none)."""
    count = 0
    index = len(words) - 1
    if index > 0 and words[index].lower().rstrip(".,") in lx.SUFFIXES:
        count, index = 1, index - 1
    while index >= 0:
        word = words[index]
        lower = word.lower().rstrip(".,")
        if count > 0 and lower in lx.PARTICLES and index > 0 and _is_name_word(words[index - 1]):
            count, index = count + 1, index - 1
            continue
        if not _is_name_word(word):
            break
        if lower in lx.ORG_NOUNS:
            if count == 0:
                return 0  # "Harbor City FC" is a club, not a person
            break  # "…Банка России Эльвира Набиуллина": the organisation ends before the name
        # A role word ends the name, unless it is a surname after a first name ("Tom Cook").
        surname = count == 0 and index > 0 and _is_first_name(words[index - 1])
        if (lower in lx.ROLE_WORDS or lower in lx.RANKS) and not surname:
            break
        count, index = count + 1, index - 1
    run = words[len(words) - count :]
    if not any(re.search(r"[^\W\d_]{2}", w) for w in run):
        return 0
    return _trim_cyrillic(run)


def _is_first_name(word: str) -> bool:
    lower = word.lower().rstrip(".,")
    return lower in lx.FEMALE_NAMES or lower in lx.MALE_NAMES or bool(re.fullmatch(r"\w\.", word))


def _trim_cyrillic(run: list[str]) -> int:
    """Russian names have two words, or three with a patronymic in the middle."""
    if len(run) >= 3 and re.match(r"[А-ЯЁ]", run[-1]):
        if _RU_PATRONYMIC.search(run[-2]):
            return 3
        return 2
    return len(run)


_PREPOSITIONS = frozenset(
    lx.words(
        """
    at of for from in on with by to the a an about into over under в на из у от для
    при по с к
    """
    )
)


def split_name(
    chunk: str, *, allow_object: bool = False
) -> tuple[str, tuple[str, ...], str] | None:
    """(premodifier, titles, name) when ``chunk`` is a person's name with what precedes it.

    None when the chunk does not end with a name, or when the words before the name
    end in a preposition or article ("analysts at Berenberg" names no person).
    """
    words = chunk.split()
    count = name_run(words)
    if count == 0:
        return None
    name_words = words[len(words) - count :]
    rest = words[: len(words) - count]
    titles: list[str] = []
    while rest and rest[-1].lower().rstrip(".") in (lx.HONORIFICS | set(lx.RANKS)):
        titles.insert(0, rest.pop())
    premod = _premodifier(rest)
    dropped = rest[: len(rest) - len(premod.split())] if premod else rest
    after_preposition = bool(dropped) and dropped[-1].lower().strip(",") in _PREPOSITIONS
    if not premod and after_preposition and not allow_object:
        return None
    name = " ".join(name_words).rstrip(",;:!?")
    last = name_words[-1]
    if name.endswith(".") and len(last) > 2 and last.lower() not in lx.SUFFIXES:
        name = name[:-1]
    return premod, tuple(titles), name


def _premodifier(words: list[str]) -> str:
    """The role words directly before a name ("Fire chief", "19-year-old defender")."""
    kept: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        lower = word.lower().strip(",")
        if kept and _joins_role(words, position):
            kept.insert(0, word)
            continue
        if lower in lx.NOT_NAMES or lower in _LEADING_JUNK or find_verbs(word, naming=False):
            break
        if word.endswith((",", ":")) or word.endswith(("'s", "’s")) or len(kept) >= 10:
            break
        kept.insert(0, word)
    while kept and not _is_role_start(kept[0]):
        kept.pop(0)
    return " ".join(kept)


def _joins_role(words: list[str], position: int) -> bool:
    """ "Secretary of State", "водных и экологических": a joining word inside a title."""
    word = words[position].lower()
    if position == 0 or word not in ("of", "for", "and", "&", "и"):
        return False
    before, after = words[position - 1], words[position + 1]
    if word == "и":
        return before.islower() and after.islower() and bool(re.match(r"[а-яё]", before))
    return is_capitalised(before) and is_capitalised(after)


def _is_role_start(word: str) -> bool:
    lower = word.lower().rstrip(".")
    if re.match(r"[а-яё]", lower):
        return _is_russian_role(lower)
    return (
        is_capitalised(word)
        or lower in lx.ROLE_WORDS
        or lower in lx.GENERIC_MODIFIERS
        or lower in lx.ORG_NOUNS
        or lower in lx.RELATIONS
        or bool(_AGE_WORD.match(word))
    )


def _is_russian_role(lower: str) -> bool:
    """A Russian role word in any case form ("юриста"), or an adjective before one."""
    if _AGE_WORD.match(lower) or lower in lx.RELATIONS:
        return True
    if re.search(r"(?:ый|ий|ой|ая|ого|его|ее|ые|ую)$", lower):
        return True
    return any(lower.startswith(role) for role in lx.ROLE_WORDS if len(role) >= 4) or any(
        lower.startswith(relation) for relation in lx.RELATIONS if len(relation) >= 3
    )


# -- descriptions -----------------------------------------------------------------


def is_description(chunk: str) -> bool:
    """Whether a comma-separated chunk describes a person ("23", "a nurse", "who…")."""
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    if re.fullmatch(r"\d{1,3}", chunk) or re.fullmatch(r"\d{1,3}\s+(?:год|года|лет)", chunk):
        return True
    if _PARTY.match(chunk) or _AGE_WORD.match(words[0]):
        return True
    if first in ("a", "an", "the", "another") or first in lx.RELATIVE_STARTS:
        return True
    if first in ("his", "her", "their", "its", "ее", "её", "его", "их", "one"):
        return True
    if re.match(r"^[^,]+?(?:['’]s|s['’])\s", chunk) and not find_verbs(chunk):
        return True
    if first in lx.ROLE_WORDS or first in lx.RELATIONS:
        return True
    return words[0].islower() and any(w.lower() in lx.ROLE_WORDS for w in words[:5])


def chunks_of(text: str, base: int) -> list[tuple[str, int]]:
    """Comma-separated chunks of ``text`` with their offsets (``base`` added)."""
    found: list[tuple[str, int]] = []
    for match in re.finditer(r"[^,;:—–]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            found.append((stripped, base + match.start() + raw.index(stripped)))
    return found


def _strip_tail(chunk: str) -> str:
    words = chunk.split()
    while words and (words[-1].lower() in _ADVERBS or _is_adverb(words[-1])):
        if len(words) == 1:
            break
        words.pop()
    return " ".join(words)


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


def _strip_head(chunk: str) -> str:
    words = chunk.split()
    while len(words) > 1 and words[0].lower() in _LEADING_JUNK:
        words.pop(0)
    return " ".join(words)


def subject_before(text: str, base: int) -> Mention | None:
    """The speaker phrase that ends ``text`` (the words before a speech verb)."""
    chunks = chunks_of(text, base)
    if not chunks:
        return None
    allow_object = False
    if chunks[-1][0].lower() in lx.RELATIVE_STARTS and len(chunks) > 1:
        chunks.pop()  # "…Priya Raman, a trustee, who called…": the speaker is named before "who"
        allow_object = True
    last, last_start = chunks[-1]
    chunks[-1] = (_strip_tail(last), last_start)
    after: list[str] = []
    index = len(chunks) - 1
    while index > 0:
        chunk = chunks[index][0]
        if _ends_as_description(chunk):
            after.insert(0, chunk)
        elif not _is_parenthetical(chunk):
            break
        index -= 1
    chunk, start = chunks[index]
    chunk = _strip_head(chunk)
    end = base + len(text.rstrip(" ,"))
    mention = _named(chunk, start, end, allow_object=allow_object)
    if mention is None:
        if after and not is_description(chunk):
            return None
        mention = _described(chunk, start, end)
        if mention is None:
            return None
    mention.after = mention.after + after
    if mention.name and not mention.premod and index > 0:
        previous = chunks[index - 1][0]
        if is_description(previous) and not _PARTY.match(previous):
            mention.before = [previous]
    return mention


_DETERMINED = ("a", "an", "the", "one", "his", "her", "their", "its", "another")


def _ends_as_description(chunk: str) -> bool:
    """Whether a chunk before a verb describes the speaker rather than naming them."""
    words = chunk.split()
    if not words or words[-1].lower() in lx.PRONOUNS:
        return False
    if _PARTY.match(chunk) or words[0].lower() in lx.RELATIVE_STARTS:
        return True
    if words[0].lower() not in _DETERMINED and split_name(chunk) is not None:
        return False
    return is_description(chunk)


def _is_parenthetical(chunk: str) -> bool:
    """ "speaking on condition of anonymity", "in a statement": neither name nor description."""
    first = chunk.split()[0].lower()
    return (first.endswith("ing") and first not in ("king",)) or first in _PREPOSITIONS - {
        "the",
        "a",
        "an",
    }


def _named(chunk: str, start: int, end: int, *, allow_object: bool = False) -> Mention | None:
    words = chunk.split()
    if not words:
        return None
    last = words[-1].lower()
    if last in lx.PRONOUNS:
        return Mention(words[-1], end - len(words[-1]), end, pronoun=lx.PRONOUNS[last])
    of_org = re.match(r"^(.*?\S)\s+(?:of|from)\s+([A-ZА-ЯЁ].*)$", chunk)
    if of_org and split_name(of_org.group(1)) is not None and split_name(chunk) is None:
        mention = _named(of_org.group(1), start, end)
        if mention is not None:
            mention.after.append(f"of {of_org.group(2)}")
            mention.written = chunk
        return mention
    parts = split_name(chunk, allow_object=allow_object)
    if parts is None:
        return None
    premod, titles, name = parts
    if premod and re.search(r"['’]s$", premod):
        return None
    written = " ".join(w for w in [premod, *titles, name] if w)
    return Mention(written, end - len(written), end, name=name, titles=titles, premod=premod)


def _described(chunk: str, start: int, end: int) -> Mention | None:
    if not is_description(chunk) and not _looks_like_org(chunk):
        return None
    words = chunk.split()
    if len(words) > 12:
        return None
    return Mention(chunk, start, start + len(chunk), before=[chunk])


def _looks_like_org(chunk: str) -> bool:
    words = chunk.split()
    return any(w.lower().strip(".,") in lx.ORG_NOUNS for w in words) and (
        is_capitalised(words[0]) or words[0].lower() == "the"
    )


def subject_after(text: str, base: int) -> Mention | None:
    """The speaker phrase that starts ``text`` (the words after a verb, a dash, "according to")."""
    end = sentence_end(text, 0, len(text))
    text = text[:end].rstrip(" .")
    words = text.split()
    while words and words[0].lower().strip(",") in lx.AUDIENCES:
        words.pop(0)
    setting = len(words) >= 2 and words[0].lower() in ("на", "в", "во") and words[1].islower()
    if setting and words[1].lower() not in lx.ROLE_WORDS:
        words = words[2:]  # "сказала на открытии главный врач…": the setting, not the speaker
    offset = len(text) - len(" ".join(words)) if words else len(text)
    chunks = chunks_of(text[offset:], base + offset)
    if not chunks:
        return None
    first, first_start = chunks[0]
    mention = _leading_name(first, first_start)
    rest = chunks[1:]
    if mention is None:
        if not (is_description(first) or _looks_like_org(first)):
            return None
        if rest and (named := _leading_name(rest[0][0], rest[0][1])) is not None:
            if not named.premod:
                named.before = [first]
            mention, rest = named, rest[1:]
        else:
            mention = Mention(first, first_start, first_start + len(first), before=[first])
    if mention.pronoun:
        return mention
    for chunk, _ in rest:
        if not is_description(chunk):
            break
        mention.after.append(chunk)
    return mention


def _leading_name(chunk: str, start: int) -> Mention | None:
    """A name at the start of ``chunk`` (with any premodifier), cut where the name ends."""
    words = chunk.split()
    if words and words[0].lower() in lx.PRONOUNS:
        return Mention(
            words[0], start, start + len(words[0]), pronoun=lx.PRONOUNS[words[0].lower()]
        )
    best: Mention | None = None
    for size in range(1, min(len(words), 9) + 1):
        head = " ".join(words[:size])
        candidate = _named(head, start, start + len(head))
        if candidate is not None and candidate.name and candidate.written == head:
            best = candidate
    if best is None:
        return None
    tail = chunk[len(best.written) :].strip()
    of_org = re.match(r"^(?:of|from|at)\s+((?:the\s+)?[A-ZА-ЯЁ«].*)$", tail)
    if of_org:
        best.after.append(f"at {of_org.group(1)}")
    return best
