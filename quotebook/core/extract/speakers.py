"""A speaker phrase made into a :class:`Mention`: a name with what is printed before
it ("Fire chief Dan Roe", "Lufthansa's Anna Weiss"), a description ("a ministry
spokesperson"), or a name opening the words after a verb ("Иван Петров из «Яндекса»")."""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .chunks import FROM_BODY, is_description
from .mention import Mention
from .names import is_capitalised, is_legal_form, spelt_out, split_name
from .org_names import names_people
from .roles import employs, one_of_them
from .ru_roles import is_source, until_preposition
from .speech import find_verbs

# Where a long subject ends: a time ("on Friday") or a verb in the past before its object.
_SUBJECT_END = re.compile(
    r"\s+(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|night)\b|\s+[a-z]+ed(?=\s+(?:the|a|an|his|her|their|its)\s)"
)


def name_mention(chunk: str, start: int, end: int, *, allow_object: bool = False) -> Mention | None:
    words = chunk.split()
    if not words:
        return None
    last = words[-1].lower()
    if last in lx.PRONOUNS:
        return Mention(words[-1], end - len(words[-1]), end, pronoun=lx.PRONOUNS[last])
    of_org = re.match(r"^(.*?\S)\s+(?:of|from)\s+((?:the\s+(?:[a-z]+\s+)?)?[A-ZА-ЯЁ].*)$", chunk)
    if of_org and _opens_body_of(of_org.group(1)):
        return None  # "Friends of the Teme", "Doctors of the World": a body's name
    if spelt_out(chunk):
        return None  # "Wines of Southern England (WSE)": a body, by its initials
    if (
        of_org
        and split_name(of_org.group(1)) is not None
        and (split_name(chunk) is None or _role_name_and_body(of_org.group(1), of_org.group(2)))
    ):
        mention = name_mention(of_org.group(1), start, end)
        if mention is not None:
            mention.after.append(f"of {of_org.group(2)}")
            mention.written = chunk
        return mention
    from_body = FROM_BODY.search(chunk)  # "Ксения Дорофеева из бюро «Линия»"
    if from_body:
        mention = name_mention(chunk[: from_body.start()], start, end)
        if mention is not None and mention.name:
            mention.after.append(f"of «{from_body.group(1)}»")
            mention.written = chunk
            return mention
    parts = split_name(chunk, allow_object=allow_object)
    if parts is None:
        return None
    premod, titles, name = parts
    if premod and re.search(r"['’]s$", premod):
        return None
    if _LISTED_BODY_END.search(chunk) and " " not in name:
        return None  # "the Department for Culture, Media and Sport": the body's last field
    written = " ".join(w for w in [premod, *titles, name] if w)
    mention = Mention(written, end - len(written), end, name=name, titles=titles, premod=premod)
    owner = _OWNER_BEFORE.search(chunk[: len(chunk) - len(written)].rstrip())
    if owner and not premod and not titles:  # "Lufthansa's Anna Weiss"
        mention.after.append(f"of {owner.group(1)}")
    return mention


# A body's name listing its fields ends a chunk: "for Culture, Media and Sport".
_LISTED_BODY_END = re.compile(
    r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+(?:[A-Z][\w-]*,?\s+){1,4}(?:and|&)\s+[A-Z][\w-]*$"
)
_OWNER_BEFORE = re.compile(r"(?:^|\s)((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)['’]s?$")


def _role_name_and_body(head: str, body: str) -> bool:
    """ "chief executive Ann Roe" of "Harlow Valley Health": a role and a full name, then
    the body the role is in, whose capitalised words are no part of the name."""
    parts = split_name(head)
    return parts is not None and len(parts[2].split()) > 1 and employs(parts[0], body)


def _opens_body_of(word: str) -> bool:
    """ "Friends", "Doctors": one capitalised word naming people in the plural, which
    before "of" opens a body's name, not a person's."""
    return " " not in word and is_capitalised(word) and names_people(word)


def description_mention(chunk: str, start: int, end: int) -> Mention | None:
    if chunk.strip().lower() == "it":  # "In a statement, it said": the body just named
        return Mention(chunk, start, start + len(chunk), before=[chunk])
    if not is_description(chunk) and not looks_like_org(chunk):
        return None
    verb = _SUBJECT_END.search(chunk)  # "A Court of Appeal judge on Friday blocked …, saying"
    chunk = chunk[: verb.start()] if verb and len(chunk.split()) > 12 else chunk
    said = [v for v in find_verbs(chunk, naming=False) if v.start > 0 and v.word != "по словам"]
    if said and not morph.is_russian(said[0].word):  # "The association said … and warned"
        chunk = chunk[: said[0].start].rstrip()
    words = chunk.split()
    # "A used-bike dealer who sells at one of the region's weekend flea markets": what
    # someone does may run longer than who they are
    head = words[: words.index("who")] if "who" in words else words
    if len(head) > 12 or len(words) > 20:
        return None
    return Mention(chunk, start, start + len(chunk), before=[chunk])


def looks_like_org(chunk: str) -> bool:
    words = chunk.split()
    kind = any(w.lower().strip(".,") in lx.ORG_NOUNS for w in words) or spelt_out(chunk)
    kind = kind or any(w.strip(".,") in lx.FOREIGN_LEGAL_FORMS for w in words[1:])
    kind = kind or (len(words) > 2 and words[1] == "of" and _opens_body_of(words[0]))
    kind = kind or "&" in words[1:-1]  # "Harcourt & Lyle": partners' names, a firm's
    where = words[0].lower() in ("в", "во")  # "В ГУ МЧС России призвали": a body speaks in it
    return kind and not where and (is_capitalised(words[0]) or words[0].lower() == "the")


def leading_name(chunk: str, start: int) -> Mention | None:
    """A name at the start of ``chunk`` (with any premodifier), cut where the name ends."""
    words = chunk.split()
    if words and words[0].lower() in lx.PRONOUNS:
        return Mention(
            words[0], start, start + len(words[0]), pronoun=lx.PRONOUNS[words[0].lower()]
        )
    if len(words) > 2 and is_source(words):
        return None  # "источник в правительстве Омской области": nobody named
    best: Mention | None = None
    for size in range(1, min(len(words), 9) + 1):
        head = " ".join(words[:size])
        if size < len(words) and re.search(r"['’]s?$", head):
            continue  # "Halvard's chief financial officer, …": an owner, not the speaker
        candidate = name_mention(head, start, start + len(head))
        if candidate is None or not candidate.name:
            continue
        styled = candidate.titles and head.lower() == f"the {candidate.written.lower()}"
        if candidate.written == head or styled:  # "the Rev Catherine Ashdown"
            candidate.written = head
            best = candidate
    if best is None:
        return None
    tail = chunk[len(best.written) :].strip()
    following = tail.split()[:1]
    if following and is_capitalised(following[0]) and morph.is_russian(following[0]):
        return None  # "… организации Роспрофжела Николай Ветлугин": the name goes on past it
    if following and " " not in best.name and _goes_on_in_genitive(following[0]):
        return None  # "… управления Федеральной антимонопольной службы": a body's name
    if following and is_legal_form(following[0]):
        return None  # "Halden Robotics GmbH": a firm's name and its form, no person's
    if following and is_capitalised(following[0]) and following[0].lower() in lx.ORG_NOUNS:
        return None  # "Kildare County Council": the name goes on as a body's
    of_org = re.match(r"^(?:of|from|at|из)\s+((?:the\s+)?[A-ZА-ЯЁ«].*)$", tail)
    bracket = re.match(r"^\(([^()\d]*[^\W\d][^()\d]*)\)$", tail)  # "Иван Петров (ВШЭ)"
    if of_org or (bracket and is_capitalised(bracket.group(1))):
        best.after.append(f"at {(of_org or bracket).group(1)}")  # type: ignore[union-attr]
    if re.fullmatch(r"\(\d{1,3}\)", tail):
        best.after.append(tail)  # "— возразил пенсионер Борис Лаптев (67)": the age
    return best


def _goes_on_in_genitive(word: str) -> bool:
    """ "антимонопольной": a Russian word in lower case and in the genitive, with which a
    body's name goes on after a capitalised word of it."""
    plain = word.islower() and morph.is_russian(word) and not morph.is_function_word(word)
    return plain and morph.is_genitive(word)


# "A spokesman for Meta, which owns Instagram, pointed to …": someone described, not named,
# opening a sentence that quotes nobody; "the spokesman said" later is them.
_DESCRIBED_SUBJECT = re.compile(
    r"^An?\s+(?:[a-z][\w-]*\s+){0,3}?(?:for|at|of|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+(?:of|for|and|[A-Z][\w'’&.-]*))*(?=[,\s])"
)


# "A former front-desk manager at one of the chain's gyms, who spoke on condition of
# anonymity, …": someone the sentence opens with, unnamed on purpose, whatever they do next
_ANONYMOUS_SUBJECT = re.compile(
    # "A coastguard officer who has worked …, and who asked not to be named": what else
    # is said of them may come first
    r"^(An?\s+[^,.;:]{3,90}?)(?:,?\s+(who\s+[^.;:]{3,160}?),?\s+and)?,?\s+who\s+"
    r"(?:spoke\s+on\s+condition\s+of\s+anonymity"
    r"|(?:asked|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|requested\s+anonymity)"
)

# "Фельдшер, работающий на одной из районных подстанций, попросил не называть его
# имени": the same in Russian, with what they do between commas
_RU_ANONYMOUS_SUBJECT = re.compile(
    r"^([А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,4}?)(?:,\s+[^,.;:]{3,90},)?\s+"
    r"(?:попросил|попросила|пожелал|пожелала)\s+(?:не\s+называть|остаться\s+неназванн)"
    # "Сотрудник одной из торговых сетей, попросивший не называть его имени, …"
    # "Медсестра хирургического отделения ЦРБ, попросившая …", "Пасечник из села
    # Селитренное, попросивший …": a body's initials or a place's name in it
    r"|^([А-ЯЁ][а-яё-]+(?:\s+(?:[а-яё-]+|[А-ЯЁ][А-ЯЁа-яё-]*|№\s*\d+)){0,6}?),\s+"
    r"(?:попросивш|пожелавш)(?:ий|ая)\s+"
    r"(?:не\s+называть|остаться\s+неназванн|остаться\s+неизвестн)"
    # "Стоматолог, которая двадцать лет проработала в кабинете и попросила не называть …"
    r"|^([А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+){0,4}?),\s+котор(?:ый|ая)\s+[^.;:]{3,120}?\s+"
    r"(?:попросил|попросила|пожелал|пожелала)\s+(?:не\s+называть|остаться\s+неназванн)"
    # "Местный рыбак, который не захотел называть себя, опасается …": someone of a trade,
    # what is said of them, and their verb
    r"|^((?:[А-ЯЁ][а-яё-]+\s+)?[а-яё-]+|[А-ЯЁ][а-яё-]+),\s+котор(?:ый|ая)\s+[^.;:«»,]{3,120},"
    r"\s+(?=[а-яё])"
    # "Собеседник, знакомый с ходом переговоров, рассказал": someone who knows the matter
    r"|^((?:Собеседник|Собеседница|Источник)),\s+(?:близк|знаком)(?:ий|ая|ый)\s+(?:с|к)\s"
)


def unnamed_on_purpose(text: str) -> str:
    """The words of a sentence describing someone who asked not to be named, up to that
    ("A former supervisor who worked on Blackstone Fell, and who asked not to be
    named"): a name among them is a place or body of theirs, no one who speaks; "" when
    the sentence opens with no such person."""
    found = _ANONYMOUS_SUBJECT.match(text) or _RU_ANONYMOUS_SUBJECT.match(text)
    return found.group() if found is not None else ""


def _unnamed_source(text: str) -> str:
    """ "Источник в администрации Верхнекамска": an unnamed source in a body opening a
    sentence, up to what is said of them, whatever the verb; "" when none opens it."""
    words = text.split()
    if len(words) < 4 or not words[0][:1].isupper() or not is_source(words):
        return ""
    said = next((i for i, w in enumerate(words[2:], 2) if _says_something(w)), len(words))
    # "Собеседник в Ассоциации мини-футбола Северо-Запада, которая проводит турнир": the
    # body's name ends at the comma before what is said of it
    said = next((i + 1 for i, w in enumerate(words[2:said], 2) if w.endswith(",")), said)
    body = until_preposition([w.rstrip(",.;:") for w in words[2:said]])
    return " ".join(words[:2] + body) if body else ""


def _says_something(word: str) -> bool:
    """ "не", "согласен", "утверждает": where what is said of a subject starts."""
    bare = word.lower().strip(",.;:")
    if bare in ("не", "ни"):
        return True
    readings = morph.parses(bare)
    return bool(readings) and readings[0].tag.POS in ("VERB", "ADJS", "PRTS")


# "One of the club's riders", "One of the striking miners": one of several people
_ONE_OF_THEM = re.compile(
    r"^One\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+['’]s\s+)?(?:[a-z-]+\s+)?"
    r"[a-z-]+s(?=[,\s])"
)


# «Одна из доярок, работающая здесь …, опасается …»: one of a trade opening a sentence
_ONE_OF = re.compile(r"^(?:Один|Одна)\s+из(?:\s+[а-яё]+){1,3}")


def _last_people(text: str) -> str:
    """The last word of the sentence before that names people of a kind in the plural
    ("перекупщики"), else ""."""
    sentence = re.split(r"[.!?…]\s", text.rstrip())[-1]
    for word in reversed(re.findall(r"[а-яё-]+", sentence.lower())):
        if morph.is_plural_noun(word) and morph.is_person_noun(word):
            return str(word)
    return ""


def _is_adjective(word: str) -> bool:
    """ "Судебный", "старшая": an adjective before the noun naming someone's trade."""
    return any(p.tag.POS == "ADJF" for p in morph.parses(word.lower())[:1])


def described_subject(text: str, base: int, preceding: str = "") -> Mention | None:
    """The unnamed person a sentence opens with, described by role and body, or as one of
    those in a trade ("Одна из доярок", or "Один из них" after "появились перекупщики");
    "she said" later is them."""
    one = _ONE_OF.match(text)
    words = one.group().split()[2:] if one is not None else []
    if words[:1] == ["них"]:  # one of the people the sentence before speaks of
        words = [morph.plural_genitive(_last_people(preceding))]
        size = 1
    else:  # "бывших инструкторов": up to the noun
        size = next((i + 1 for i, word in enumerate(words) if morph.one_of(word)), 0)
        words = words[:size]
    written = re.match(r"\S+\s+из" + r"\s+\S+" * size, text) if size else None
    if written is not None and morph.one_of_several(words):
        opening = f"{written.group().split()[0]} из {' '.join(words)}"
        return Mention(written.group(), base, base + written.end(), before=[opening])
    one_of = _ONE_OF_THEM.match(text)  # "One of the club's riders, who asked not to be named"
    if one_of is not None and one_of_them(one_of.group()):
        return Mention(one_of.group(), base, base + one_of.end(), before=[one_of.group()])
    source = _unnamed_source(text)
    if source:  # "Источник в администрации Верхнекамска с такой оценкой не согласен"
        return Mention(source, base, base + len(source), before=[source])
    hidden = _RU_ANONYMOUS_SUBJECT.match(text)
    chunk = next((g for g in hidden.groups() if g), "") if hidden else ""
    words = chunk.split()
    noun = next((w for w in words[:3] if not _is_adjective(w)), "")  # past "Судебный"
    if chunk and (morph.is_person_noun(words[0]) or morph.is_person_noun(noun)):
        # "Фельдшер, работающий на подстанции, попросил не называть…"; "Собеседник,
        # знакомый с ходом переговоров": a source, not the person just interviewed
        said = "источник" if chunk.lower() in lx.INTERLOCUTORS else chunk
        return Mention(chunk, base, base + len(chunk), before=[said])
    found = _DESCRIBED_SUBJECT.match(text) or _ANONYMOUS_SUBJECT.match(text)
    if found is None:
        return None
    anonymous = found.re is _ANONYMOUS_SUBJECT  # someone who asked not to be named
    chunk = (found.group(1) if anonymous else found.group()).rstrip()
    words = chunk.lower().split()
    if not anonymous and not any(w in lx.ROLE_WORDS for w in words[1:5]):
        return None
    # "A lunchtime supervisor who works for the trust, and who spoke on condition of
    # anonymity": what else is said of them may name their body
    said = [found.group(2)] if anonymous and found.group(2) else []
    return Mention(chunk, base, base + len(chunk), before=[chunk], after=said)
