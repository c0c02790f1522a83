"""Who said each quote: everyone the article refers to, read in order, and each quote's
speaker among them (named, a pronoun's antecedent, or the speaker it follows)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from . import lexicon as lx
from . import morph
from .agreement import nominative_phrase
from .cast import Cast, Person
from .clauses import Candidate
from .describe import fields_of
from .events import SHORT, Event
from .given_names import named_in_nominative, reads_as_her_name
from .mention import Mention
from .proposals import Said


def resolve(
    work: str,
    paragraphs: tuple[tuple[int, int], ...],
    candidates: list[Candidate],
    events: list[Event],
) -> list[Said]:
    """Everyone referred to in reading order; each candidate's speaker."""
    reader = _Reader(work, paragraphs)
    said: list[Said] = [Said(None, None) for _ in candidates]
    timeline: list[tuple[int, int, object]] = [(e.position, 0, e) for e in events]
    timeline += [(_read_at(c), 1, i) for i, c in enumerate(candidates)]
    for position, _, item in sorted(timeline, key=lambda t: (t[0], t[1])):
        reader.reach(position)
        if isinstance(item, Event):
            reader.event(item, position)
        else:
            said[int(str(item))] = reader.quote(candidates[int(str(item))])
    reader.cast.settle()
    return said


class _Reader:
    """The cast as read so far, with who spoke last, who was mentioned last and the
    speaker of the sentence being read."""

    def __init__(self, work: str, paragraphs: tuple[tuple[int, int], ...]) -> None:
        self.work, self.paragraphs = work, paragraphs
        self.cast = Cast()
        self.last: tuple[Person, int] | None = None
        self.mentioned: tuple[Person, int] | None = None
        self.subject: tuple[Person, int] | None = None  # a sentence's speaker, until it ends
        self.interviewee: Person | None = None
        self.paragraph_of = _paragraph_finder(paragraphs)

    def reach(self, position: int) -> None:
        """ "Otieno said Kamau had not…. '…,' he said": past the end of a sentence, its
        speaker is the one a pronoun refers to, whoever the sentence named after them."""
        if self.subject is not None and position >= self.subject[1]:
            self.cast.touch(self.subject[0])
            self.subject = None

    def event(self, event: Event, position: int) -> None:
        person = _apply_event(self.cast, event)
        if person is None:
            return
        self.mentioned = (person, self.paragraph_of(position))
        if event.until:
            self.subject = (person, event.until)
        if event.interviewee:
            self.interviewee = person
        if event.speaker:
            person.speaker = True
            self.last = (person, self.paragraph_of(position))

    def quote(self, candidate: Candidate) -> Said:
        attribution = candidate.attribution
        if attribution is not None:
            lone = _lone_name(self.cast, attribution.mention)
            person = _refer(self.cast, attribution.mention, attribution.verb)
            follows = "follows" in candidate.extras  # a dialogue line no dash attributes
            said = Said(person, attribution.mention, inherited=follows, lone=lone)
        elif self.interviewee is not None and _answers(self.work, candidate, self.paragraphs):
            person = self.interviewee  # in a Q&A, an answer after a question is the interviewee's
            said = Said(person, None, inherited=True)
        elif _document_opens(self.work, candidate.start):
            # "появилось сообщение: «…»": a notice, no one's words; the body named last's
            body = self.cast.bodies.last_named()
            notice = Mention("", candidate.start, candidate.start, before=[f"of {body}"])
            person = _refer(self.cast, notice, "") if body else None
            said = Said(person, notice if body else None, weak=True)
        else:
            mentioned, last = self.mentioned, self.last
            others = mentioned is not None and last is not None and mentioned[0] is not last[0]
            person = _inherit(self.work, candidate, self.paragraphs, self.last, others=others)
            weak = person is None
            if person is None:  # nobody spoke just before: the person just introduced
                person = _inherit(self.work, candidate, self.paragraphs, self.mentioned)
            said = Said(person, None, inherited=person is not None, weak=weak)
        if person is not None:
            person.speaker = True
            self.last = (person, candidate.last_paragraph)
        return said


# "В телеграм-канале школы появилось сообщение:", "A notice on the door read:": a
# document, no person's, printed as the subject the quote goes on from.
_NOTICE_WORDS = frozenset(lx.words("сообщение заявление объявление notice message post"))
_OWNED = frozenset(lx.words("его ее её их his her their"))


def _document_opens(work: str, start: int) -> bool:
    """Whether the sentence before an unattributed quote ends in a colon after a document
    nobody is said to own ("появилось сообщение:")."""
    before = work[max(0, start - 160) : start].rstrip()
    if not before.endswith(":"):
        return False
    sentence = re.split(r"[.!?…]\s+|\n", before[:-1])[-1]
    words = [w.strip(',;«»"').lower() for w in sentence.split()]
    if not words or any(w in _OWNED for w in words):
        return False
    heads = {morph.head_noun(w) if morph.is_russian(w) else w for w in words[-3:]}
    return bool(heads & _NOTICE_WORDS)


def _read_at(candidate: Candidate) -> int:
    """Where a quote's speaker is decided: at a pronoun printed before it, so that a name
    between the pronoun and the quote ("He said Moorcroft had '…'") is not its antecedent."""
    attribution = candidate.attribution
    if attribution is not None and attribution.mention.pronoun:
        return min(candidate.start, attribution.mention.start)
    return candidate.start


def _paragraph_finder(paragraphs: tuple[tuple[int, int], ...]) -> Callable[[int], int]:
    starts = [start for start, _ in paragraphs]

    def find(position: int) -> int:
        return max(0, bisect_right(starts, position) - 1)

    return find


def _apply_event(cast: Cast, event: Event) -> Person | None:
    if event.kind == "org" and SHORT in event.kinds:
        body = cast.bodies.opened_by(event.org)  # "Stackleaf was founded …": the firm again
        if body:
            cast.bodies.note(body)
        return None
    if event.kind == "org":
        cast.bodies.note(event.org, event.kinds, event.initials)
        return None
    if event.kind in ("age", "job"):
        target = cast.by_pronoun(event.gender) if event.gender else cast.most_recent()
        if target is not None and target.age is None:
            target.age = event.age
        if target is not None and not target.role:
            target.role = event.role
        return None
    if event.mention is None:
        return None
    if event.weak and not any(
        p.name for p in cast.people if _same_word(p.name, event.mention.name)
    ):
        return None
    return _refer(cast, event.mention, event.verb)


def _same_word(full: str, word: str) -> bool:
    return word.lower() in full.lower().split()


def _lone_name(cast: Cast, mention: Mention) -> bool:
    """ "Ofcom said": one capitalised word nobody in the article has been introduced as,
    nothing printed with it, and no first name. A surname alone is written for someone
    named before; this may as well be a body."""
    name = mention.name
    if " " in name or not name or mention.titles or mention.premod or mention.descriptions:
        return False
    if cast.knows(name) or cast.knows_stem(name):
        return False
    lower = name.lower()
    return not (lower in lx.FEMALE_NAMES or lower in lx.MALE_NAMES or morph.is_first_name(name))


def _refer(cast: Cast, mention: Mention, verb: str) -> Person | None:
    body = _names_body(cast, mention) or _document_body(cast, mention)
    if not body and _is_document(mention):
        return None  # "it said", "A letter told him" with no body named before: nobody
    if body:  # "The employers' group, Deltalinqs, said", "the statement said": a body spoke
        mention = Mention(mention.written, mention.start, mention.end, before=[f"of {body}"])
    known = mention.name and cast.knows(mention.name)  # "Шамаев" after "Виктор Шамаев"
    # "74-летняя пенсионерка Антонина Белякова": a role before the name agrees with it too
    known = known or named_in_nominative(
        mention.name, [mention.premod, *mention.after, *mention.before]
    )
    # "— рассказала руководитель раскопа Евгения Сазонова": her name, as printed
    known = known or (_verb_gender(verb) == "f" and reads_as_her_name(mention.name))
    gender = _genitive_of_his(mention) or _relative_gender(mention)
    nominative = (
        morph.nominative(mention.name, gender) if mention.name and not known else mention.name
    )
    if nominative != mention.name:  # "юриста Игоря Малова": the role is in the name's case
        mention.name = nominative
        mention.premod = nominative_phrase(mention.premod)
        # "Ксении Беловой, координатора движения": the apposition is in the name's case too
        mention.after = [_apposition_nominative(a) for a in mention.after]
    if not mention.name and not mention.pronoun and _oblique_role(mention.before):
        mention.before = [nominative_phrase(d) for d in mention.before]  # "По словам тренера"
    fields, description = fields_of(mention)
    person = cast.refer(mention, fields, description, _verb_gender(verb))
    if person is not None and _plural_subject(mention, verb):
        person.plural = True  # "Forecasters say …": a group, whom "he" does not stand for
    if person is not None and person.organization[:1].isupper():
        cast.bodies.note(person.organization, again=True)
    return person


def _genitive_of_his(mention: Mention) -> str:
    """ "masc" for "директора заповедника Эрдни Манджиева": a role in the genitive only
    before a surname in "-ева", which a woman's would end in "-евой"; so for "Машинисту
    горного комбайна Руслану Ахметзянову", a role in the dative before "-ову" (a
    woman's: "-овой"); else ""."""
    first = mention.premod.split()[0].lower() if mention.premod.split() else ""
    if morph.is_dative_only(first) and re.search(r"(?:ову|еву|ину|ыну)$", mention.name):
        return "masc"
    if not morph.is_russian(first) or not morph.is_genitive(first):
        return ""
    single = any(p.tag.case == "nomn" and "sing" in p.tag for p in morph.parses(first))
    ending = re.search(r"(?:ова|ева|ина|ына)$", mention.name)
    return "masc" if ending and not single else ""


def _relative_gender(mention: Mention) -> str:
    """ "femn" for "Валерия Карпенко, 34 года, которая …": a relative clause after a name
    in the nominative says whose it is, a woman's, not the genitive of "Валерий"."""
    for description in mention.after:
        word = description.split()[0].lower() if description.split() else ""
        if word in ("которая", "который"):
            return "femn" if word == "которая" else "masc"
    return ""


def _plural_subject(mention: Mention, verb: str) -> bool:
    """ "Forecasters say", "Officials said": one capitalised English word in the plural,
    with a verb in the plural or naming people by their job, is a group, not a name."""
    name = mention.name
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+s", name) or mention.titles:
        return False
    single = name[:-1].lower()
    return verb in _PLURAL_PRESENT or single in lx.ROLE_WORDS or single in lx.PERSON_NOUNS


# Verbs of reporting in the present plural, which one person named is not the subject of.
_PLURAL_PRESENT = frozenset(
    lx.words("say warn believe think expect argue insist fear estimate agree predict claim")
)


def _oblique_role(descriptions: list[str]) -> bool:
    """ "тренера" after "По словам": a Russian description with no name, opening with a
    word for a person in an oblique case only, which the nominative files."""
    first = descriptions[0].split()[0] if descriptions and descriptions[0].split() else ""
    if not (first.islower() and morph.is_russian(first) and morph.is_person_noun(first)):
        return False
    return not any(p.tag.case == "nomn" for p in morph.parses(first))


def _apposition_nominative(description: str) -> str:
    """A Russian apposition after a name in an oblique case, in the nominative."""
    if not description[:1].islower() or not morph.is_russian(description.split()[0]):
        return description
    return nominative_phrase(description)


_INITIALS_FIRST = re.compile(r"[A-Z]{3,}\s+[A-Z]")


def _names_body(cast: Cast, mention: Mention) -> str:
    """The organisation the article has named that a name as printed, with no title or
    role before it, refers to (and not someone's name): the name itself, or the body's
    full name when a single word opens it ("Brabant" after "Brabant Metals NV")."""
    if not mention.name or mention.titles or mention.premod or cast.knows(mention.name):
        return ""
    if cast.bodies.knows(mention.name) or _INITIALS_FIRST.match(mention.name):
        return mention.name  # "NHS England", "BBC Scotland": a body's initials open no name
    if " " in mention.name:  # "Dale Creameries" after "Dale Creameries PLC"
        return cast.bodies.with_form(mention.name)
    return cast.bodies.opened_by(mention.name)


# "it", "the statement", "a letter that arrived on Saturday": a document, or a body's
# words, that tells something; never a person
_DOCUMENT = re.compile(
    r"^(?:it|(?:the|its|a|an)\s+(?:\w+\s+)?(?:statement|report|letter|release|e-?mail"
    r"|notice|memo|document|leaflet|circular)(?:\s+(?:that|which)\s.*)?)$",
    re.I,
)


def _is_document(mention: Mention) -> bool:
    return (
        not mention.name and not mention.pronoun and bool(_DOCUMENT.match(mention.written.strip()))
    )


def _document_body(cast: Cast, mention: Mention) -> str:
    """ "the statement said", "it said": the body named last, whose statement it is; ""
    when none is."""
    return cast.bodies.last_named() if _is_document(mention) else ""


def _verb_gender(verb: str) -> str:
    if re.search(r"[а-яё]", verb):
        if verb.endswith(("ла", "лась")):
            return "f"
        if verb.endswith(("л", "лся")):
            return "m"
    return ""


def _inherit(
    work: str,
    candidate: Candidate,
    paragraphs: tuple[tuple[int, int], ...],
    last: tuple[Person, int] | None,
    *,
    others: bool = False,
) -> Person | None:
    """A quote without attribution: the speaker of this paragraph or the one before, whose
    quote opens its paragraph or follows words of the writer's only about them ("Most of
    his customers pay by card. “…”"), unless someone else was mentioned since they
    spoke (``others``)."""
    if last is None:
        return None
    person, paragraph = last
    start = paragraphs[candidate.first_paragraph][0]
    before = work[start : candidate.start]
    opens_paragraph = not before.strip() or (not others and _about(before, person.gender))
    if paragraph == candidate.first_paragraph or (
        opens_paragraph and _only_questions(work, paragraphs, paragraph, candidate.first_paragraph)
    ):
        return person
    if opens_paragraph and not others and paragraph + 2 == candidate.first_paragraph:
        # "Дважды в неделю он бесплатно ставит набойки ветеранам.": a paragraph of the
        # writer's only about the speaker, between two of their quotes
        between = paragraphs[paragraph + 1]
        return person if _about(work[between[0] : between[1]], person.gender) else None
    return None


# Pronouns that refer back to a man or a woman, by the gender :class:`Person` records.
_REFERS_BACK = {
    "m": frozenset(lx.words("he his him он его ему им нем нём него нему ним")),
    "f": frozenset(lx.words("she her hers она ее её ей нее неё ней нею")),
}


def _about(prose: str, gender: str) -> bool:
    """Whether the writer's words before a quote refer back to someone of ``gender`` and
    name nobody: no capitalised word past the first of a sentence."""
    words = re.findall(r"[^\W\d_][\w'’-]*|[.!?…]", prose)
    named = any(
        word[:1].isupper() and index > 0 and words[index - 1] not in ".!?…"
        for index, word in enumerate(words)
    )
    return not named and bool(_REFERS_BACK.get(gender, frozenset()) & {w.lower() for w in words})


def _answers(work: str, candidate: Candidate, paragraphs: tuple[tuple[int, int], ...]) -> bool:
    """Whether the quote opens its paragraph right after an interviewer's question."""
    number = candidate.first_paragraph
    start = paragraphs[number][0]
    if number == 0 or work[start : candidate.start].strip(" —–"):
        return False
    before = paragraphs[number - 1]
    return _is_question(work[before[0] : before[1]].strip())


def _only_questions(
    work: str, paragraphs: tuple[tuple[int, int], ...], spoke: int, answer: int
) -> bool:
    """Whether every paragraph between the speaker's and this one is an interviewer's
    question ("And now?"): in a Q&A the answers in marks are the interviewee's."""
    between = [work[a:b].strip() for a, b in paragraphs[spoke + 1 : answer]]
    return spoke < answer and all(_is_question(text) for text in between)


def _is_question(text: str) -> bool:
    return len(text) <= 300 and text.endswith("?") and not re.search(r"[\"“”«»„]", text)
