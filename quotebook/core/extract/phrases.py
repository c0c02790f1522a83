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

from . import lexicon as lx
from . import morph
from .bodies import russian_body
from .mention import Mention
from .names import PREPOSITIONS, is_capitalised, split_name
from .speech import find_verbs, sentence_end

_ADVERBS = frozenset(
    lx.words(
        """
    also later then once recently previously simply quickly bluntly flatly finally
    now earlier again often always still even further repeatedly has have had would
    will could did does is was were not never only just later, quietly angrily
    calmly proudly также еще ещё уже тогда потом позже ранее вчера сегодня накануне
    неоднократно впоследствии позднее прежде
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
_PREDICATE_STARTS = frozenset(
    lx.words(
        """
    works worked lives lived has had is was runs ran owns owned heads headed leads led
    teaches taught moved spent joined left работает работала работал живет живёт жила
    """
    )
)
_AGE_WORD = re.compile(r"^\d{1,3}[-‑](?:year-old|летн\w*)$", re.IGNORECASE)
_PARTY = re.compile(r"^[DRI]-[A-Z][\w.]*$")
_SOURCE_DOCUMENT = re.compile(
    r"^(?:a|an|the|his|her|its|their)\s+(?:\w+\s+)?(?:statement|post|letter|report|note|"
    r"message|e-?mail|interview|release|filing|video|speech|remarks)\s+(?:from|by|of)\s+",
    re.IGNORECASE,
)
# "Weber's neighbour", "the company's chief executive": an owner starts the chunk, where
# "runs a florist's next door" says what someone does.
_POSSESSIVE_START = re.compile(r"^(?:the\s+)?(?:[A-ZА-ЯЁ][^\s,]*\s+){0,3}[^\s,]+?(?:['’]s|s['’])\s")
# Where a long subject ends: a time ("on Friday") or a verb in the past before its object.
_SUBJECT_END = re.compile(
    r"\s+(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|night)\b|\s+[a-z]+ed(?=\s+(?:the|a|an|his|her|their|its)\s)"
)
_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has been|had been)\s+quoted\b.*$", re.S)


# -- descriptions -----------------------------------------------------------------


def is_description(chunk: str) -> bool:
    """Whether a comma-separated chunk describes a person ("23", "a nurse", "who…")."""
    words = chunk.split()
    if not words:
        return False
    first = words[0].lower()
    if first in _PREDICATE_STARTS:
        return False  # "works as a nurse at a clinic": what the sentence says someone does
    if re.fullmatch(r"\d{1,3}", chunk) or re.fullmatch(r"\d{1,3}\s+(?:год|года|лет)", chunk):
        return True
    if _PARTY.match(chunk) or _AGE_WORD.match(words[0]):
        return True
    if first in ("a", "an", "the", "another") or first in lx.RELATIVE_STARTS:
        return True
    if first in ("his", "her", "their", "its", "ее", "её", "его", "их", "one"):
        return True
    if _POSSESSIVE_START.match(chunk) and not find_verbs(chunk):
        return True
    if first in lx.ROLE_WORDS or first in lx.RELATIONS:
        return True
    if re.match(r"(?:работа|трудя|служа)\w*щ(?:ий|ая|ие)$", first):
        return True  # "работающая в «Кадровом мосте» аналитиком"
    head = first.split("-")[-1]  # "backend-разработчик", "data-инженер": the last part
    if morph.is_russian(head) and (
        morph.is_person_noun(head) or morph.head_noun(head) in lx.ROLE_WORDS
    ):  # "источник издания", "пенсионерка"
        group = len(words) <= 2 and morph.is_plural_noun(words[0])  # "Продавцы называют…"
        return (words[0].islower() or group) and not morph.has_predicate(chunk)
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
    words = _before_setting(chunk.split())
    while words and (words[-1].lower() in _ADVERBS or _is_adverb(words[-1])):
        if len(words) == 1:
            break
        words.pop()
    return " ".join(words)


def _before_setting(words: list[str]) -> list[str]:
    """A name followed by where or when it spoke, cut before the setting: "Эльвира
    Набиуллина на пресс-конференции после заседания" → "Эльвира Набиуллина"."""
    for index in range(1, len(words)):
        if words[index] in PREPOSITIONS and is_capitalised(words[index - 1]):
            return words[:index] if split_name(" ".join(words[:index])) else words
    return words


def _is_adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


def _strip_head(chunk: str) -> str:
    words = chunk.split()
    while len(words) > 1 and words[0].lower() in _LEADING_JUNK:
        words.pop(0)
    return " ".join(words)


def subject_before(text: str, base: int) -> Mention | None:
    """The speaker phrase that ends ``text`` (the words before a speech verb)."""
    text = _PASSIVE.sub("", text)  # "Solberg was quoted by the daily … as saying"
    chunks = chunks_of(text, base)
    if len(chunks) > 1 and re.fullmatch(r"[^\Wa-zа-яё]{3,}(?:\s+\(\w+\))?", chunks[0][0]):
        chunks.pop(0)  # "LONDON — A judge …": the dateline
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
    while after and _is_parenthetical(chunks[index][0]):
        index, after = index + 1, after[1:]  # "In a statement, the ministry said"
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
    parts = split_name(chunk) if words[0].lower() not in _DETERMINED else None
    if parts is not None and not _names_a_body(words, parts[2]):
        return False
    return is_description(chunk)


def _names_a_body(words: list[str], name: str) -> bool:
    """ "глава Минцифры", "основатель стартапа Flowwow", "сотрудник Института Гайдара": a
    Russian role whose last word is a body's (one word, not a first name), not a person's."""
    if not morph.is_russian(words[0]) or not words[0].islower() or " " in name:
        return False
    return not morph.is_first_name(name) and (morph.is_person_noun(words[0]) or len(words) > 2)


def _is_parenthetical(chunk: str) -> bool:
    """ "speaking on condition of anonymity", "in a statement": neither name nor description."""
    first = chunk.split()[0].lower()
    return (first.endswith("ing") and first not in ("king",)) or first in PREPOSITIONS - {
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
    of_org = re.match(r"^(.*?\S)\s+(?:of|from)\s+((?:the\s+[a-z]+\s+)?[A-ZА-ЯЁ].*)$", chunk)
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
    mention = Mention(written, end - len(written), end, name=name, titles=titles, premod=premod)
    owner = _OWNER_BEFORE.search(chunk[: len(chunk) - len(written)].rstrip())
    if owner and not premod and not titles:  # "Lufthansa's Anna Weiss"
        mention.after.append(f"of {owner.group(1)}")
    return mention


_OWNER_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)['’]s?$")


def _described(chunk: str, start: int, end: int) -> Mention | None:
    if not is_description(chunk) and not _looks_like_org(chunk):
        return None
    verb = _SUBJECT_END.search(chunk)  # "A Court of Appeal judge on Friday blocked …, saying"
    chunk = chunk[: verb.start()] if verb and len(chunk.split()) > 12 else chunk
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
    body = russian_body(words, base + len(text) - len(" ".join(words)))
    if body is not None:
        return body
    words = _skip_leading(words)
    offset = len(text) - len(" ".join(words)) if words else len(text)
    chunks = chunks_of(text[offset:], base + offset)
    if not chunks:
        return None
    first, first_start = chunks[0]
    source = _SOURCE_DOCUMENT.match(first)
    if source:  # "according to a statement from its chief executive, Mair Rees"
        first, first_start = first[source.end() :], first_start + source.end()
    mention = _leading_name(first, first_start)
    rest = chunks[1:]
    if mention is None:
        if not (is_description(first) or _looks_like_org(first)):
            return None
        ending = _named(first, first_start, first_start + len(first), allow_object=True)
        if rest and (named := _leading_name(rest[0][0], rest[0][1])) is not None:
            if not named.premod:
                named.before = [first]
            mention, rest = named, rest[1:]
        elif ending is not None and ending.name:
            mention = ending  # "директора школы в селе Кунашак Людмилы Шарафутдиновой"
            leading = first[: len(first) - len(ending.written)].strip(" ,")
            if leading and not ending.premod:
                mention.before = [leading]
        else:
            mention = Mention(first, first_start, first_start + len(first), before=[first])
    if mention.pronoun:
        return mention
    for chunk, _ in rest:
        if not is_description(chunk):
            break
        mention.after.append(chunk)
    return mention


def _skip_leading(words: list[str]) -> list[str]:
    """Drop what stands between a verb and its speaker: the audience ("журналистам",
    «Ведомостям», РБК) and the setting ("на открытии", "в разговоре с ТАСС")."""
    while len(words) > 1:
        first = words[0].lower().strip(",")
        if first in lx.AUDIENCES or _is_acronym(words[0]):
            words = words[1:]
        elif morph.is_russian(first) and first.isalpha() and morph.verb_lemma(first):
            words = words[1:]  # "— подтвердил источник": a verb no list names
        elif words[0].startswith("«"):
            close = next((i for i, w in enumerate(words) if w.rstrip(",.").endswith("»")), -1)
            if close < 0 or close + 1 >= len(words):
                break
            words = words[close + 1 :]
        elif first in ("на", "в", "во") and words[1].islower() and words[1] not in lx.ROLE_WORDS:
            words = words[2:]
        elif first == "с" and (_is_acronym(words[1]) or words[1].startswith("«")):
            words = words[1:]
        else:
            break
    return words


def _is_acronym(word: str) -> bool:
    bare = word.strip(",.«»")
    return 1 < len(bare) <= 6 and bare.isupper() and bool(re.match("[А-ЯЁ]", bare))


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
    of_org = re.match(r"^(?:of|from|at|из)\s+((?:the\s+)?[A-ZА-ЯЁ«].*)$", tail)
    bracket = re.match(r"^\(([^()\d]*[^\W\d][^()\d]*)\)$", tail)  # "Иван Петров (ВШЭ)"
    if of_org or (bracket and is_capitalised(bracket.group(1))):
        best.after.append(f"at {(of_org or bracket).group(1)}")  # type: ignore[union-attr]
    return best
