"""The people and organisations of one article, and what each mention refers to.

Mentions are fed in reading order. A name joins the person already known by that
name, surname or first name ("Becker" is "Jonas Becker"); a pronoun goes to the
last person mentioned whom it fits (he, she, they); "the spokesman" to the last
person described as one; "the company" to the last company named
(:mod:`.organisations`). Each person keeps the first age, role and organisation the
article gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.validate import fold
from . import lexicon as lx
from . import morph
from .agreement import nominative_phrase
from .describe import ITS_POST, OF_COMMITTEE, Fields
from .gender import feminine_noun, gender_of, heads_a_body, no_job, people_noun
from .given_names import has_first_name as _has_first_name
from .given_names import same_stem
from .mention import Mention
from .name_roles import words_after_po
from .organisations import Bodies
from .ru_roles import is_body_noun, kind_start, names_person, whose_members


@dataclass
class Person:
    """Someone who speaks or is mentioned; ``name`` is blank for an unnamed speaker."""

    name: str = ""
    gender: str = ""
    age: int | None = None
    role: str = ""
    organization: str = ""
    description: str = ""
    plural: bool = False
    speaker: bool = False

    def absorb(self, fields: Fields, description: str) -> None:
        """Fill what is still unknown from another description of the same person."""
        if self.age is None and fields.age is not None:
            self.age = fields.age
        relation = self.role.lower() in lx.RELATIONS and not self.organization
        if fields.role and (not self.role or (relation and not fields.relation)):
            self.role = fields.role  # "Her neighbour, …" then "the retired rancher": the job
            if fields.organization:
                self.organization = fields.organization
        if not self.organization and fields.organization:
            self.organization = fields.organization
        if not self.description and description:
            self.description = description

    @property
    def head(self) -> str:
        words = self.role.lower().split()
        return words[-1] if words else ""


# Kinds of body too broad to stand for one named further on: a firm or a council may be
# one the article never names
_ANY_COMPANY = frozenset(lx.words("компания фирма предприятие организация совет"))


class Cast:
    """Everyone an article mentions, with the order they were mentioned in."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}
        self._by_word: dict[str, list[Person]] = {}
        self._by_stem: dict[str, list[Person]] = {}
        self._org_speakers: dict[str, Person] = {}
        self._recent: list[Person] = []
        self.bodies = Bodies()

    # -- people ------------------------------------------------------------

    def refer(
        self, mention: Mention, fields: Fields, description: str, hint: str = ""
    ) -> Person | None:
        """The person a mention refers to, created when new; None when it fits nobody."""
        if mention.pronoun:
            person = self._by_pronoun(mention.pronoun)
        elif mention.name:
            person = self._by_name(mention.name, hint)
        else:
            person = self._by_description(mention, fields, hint)
        if person is None:
            return None
        role, organization = fields.role, self.bodies.resolve(fields.organization)
        unnamed = not mention.name and (not role or morph.head_noun(role) in lx.SOURCE_NOUNS)
        if unnamed:  # "Источник в «Ангаре»", "В «Ангаре» заявили": the body as named
            organization = self.bodies.as_named(organization)
        if people_noun(role) or role.lower().split()[:1] in ([w] for w in lx.INTERLOCUTORS):
            role = ""  # "— рассказала девушка", "— сказал собеседник": no job of theirs
        if not organization and morph.is_russian(role):
            role, organization = self._named_kind(role)  # "директор компании": the one named
        elif not organization and role:
            role, organization = self._named_in_role(role)  # "a former Vantel sales adviser"
        # "a council officer", "a club president": the post keeps its kind of body, which
        # is the body of that kind named (not a board, which is a body's)
        kind = role.lower().split()[0] if " " in role else ""
        whole = lx.ORG_FAMILY.get(kind) not in (None, "commission")
        if not organization and whole and role.lower().split()[-1] in lx.ROLE_KEEPS_MODIFIER:
            body = self.bodies.resolve(kind)
            organization = body if body[:1].isupper() else ""
        its = re.match(r"its\s", description, re.IGNORECASE) or ITS_POST.match(description)
        if not organization and its:
            organization = self.bodies.last_named()  # "its chief executive": the body just named
        if not organization and OF_COMMITTEE.search(role):
            organization = self.bodies.last_named()  # "chair of the planning committee"
        if not organization and _RU_BODY_ROLE.match(description):
            organization = self.bodies.last_named(lower=True)  # "Его директор"
        if not organization and mention.name:
            spoken = self._body_just_spoken()  # "Tallypay said …": its chief executive
            if _HEADS_A_FIRM.fullmatch(role.lower()) or _titled_by(role, spoken):
                organization = spoken  # "HM Inspectorate of Probation said …": its inspector
            if not organization and _HEADS_A_FIRM.fullmatch(role.lower()) and mention.premod:
                organization = self.bodies.last_firm()  # "… PLC expects …" "chief executive X"
        held_in = _POSTS_OF_KIND.get(role.lower(), "")
        if not organization and held_in and mention.name and not _INDEFINITE.match(description):
            body = self.bodies.resolve(held_in)  # "the vice-chancellor": the university's
            organization = body if body[:1].isupper() else ""
        if not organization and _POLICE_RANK.match(role):
            force = self.bodies.resolve("police")  # "Detective Inspector Claire Odunsi"
            organization = force if force[:1].isupper() else ""  # after "Avon Police said"
        titled = {t.lower().rstrip(".") for t in [*mention.titles, mention.premod, role]}
        if not organization and mention.name and titled & _COUNCILLORS:
            council = self.bodies.resolve("council")  # "Councillor Alan Brierley, the
            organization = council if council[:1].isupper() else ""  # cabinet member for …"
        organization = self.bodies.fullest(organization)  # "Polaris": "Polaris … GmbH"
        printed = f"{organization} {role}".lower()
        speaks_for = role.lower() in _SPEAK_FOR  # "A council spokesman": the council's
        if organization in lx.ORG_NOUNS and printed in description.lower() and not speaks_for:
            role, organization = printed, ""  # "a hospital receptionist": no hospital named
        if organization and organization == _initials(person.role):
            organization = ""  # "The PCC": the office's initials, no body
        if self._is_person(organization):  # "Pryce's barrister": a person's, not a body's
            if role and morph.is_russian(organization):
                role = f"{role} {organization}"  # "адвокат Белозерцева" is printed so
            organization = ""
        if re.match(r"an?\s", organization):
            organization = ""  # "at a large search company", "a housing charity": none named
        person.absorb(Fields(fields.age, role, organization), description)
        self.bodies.fresh = False  # the next body named is named after this person
        if not person.gender and mention.pronoun in ("m", "f"):
            person.gender = mention.pronoun  # "he said" of "Harjit Sandhu": a man
        if not person.gender:
            person.gender = gender_of(person.name, person.role, mention, description, hint)
        self.touch(person)
        return person

    def _body_just_spoken(self) -> str:
        """The body referred to last, when that was a body speaking on its own ("Tallypay
        said it would defend the case"); blank otherwise."""
        last = self._recent[-1] if self._recent else None
        if last is None or last.name or last.role or not last.organization[:1].isupper():
            return ""
        return last.organization

    def settle(self) -> None:
        """After the whole article: a Russian role ending in a kind of body no body named
        before it stood for ("Аспирантка университета", the university named further on)
        is at the one body of that kind the article names anywhere."""
        for person in self.people:
            if person.organization or not morph.is_russian(person.role):
                continue
            if morph.head_noun(person.role.split()[-1]) in _ANY_COMPANY:
                continue  # "Финансовый директор компании": any firm, maybe one not named
            role, organization = self._named_kind(person.role, anywhere=True)
            if organization:  # named in someone else's words, so filed in the nominative
                person.role, person.organization = role, nominative_phrase(organization)

    def _named_kind(self, role: str, *, anywhere: bool = False) -> tuple[str, str]:
        """ "директор по коммуникациям компании" after "В ООО «Полка Логистик» …": the kind
        of body ending a Russian role stands for the body of that kind named before, which
        is the organisation (``anywhere``: the one body of that kind the article names);
        the role stays as printed when none was."""
        words, field = role.split(), []
        start = kind_start(words)
        if not start and "по" in words[2:]:  # "… директора компании по строительству"
            field = words[words.index("по", 2) :]  # the post's field, after the kind
            fits = words_after_po(field) == len(field) and kind_start(words[: -len(field)])
            words, field = (words[: -len(field)], field) if fits else (words, [])
            start = kind_start(words)
        kind = words[-2] if start and whose_members(words[-1]) else words[-1]  # "… болельщиков"
        of_kind = self.bodies.only_of_kind if anywhere else self.bodies.named_of_kind
        body = of_kind(kind) if start else ""
        if not start and len(words) > 1 and is_body_noun(kind) and not anywhere:
            # "Директор парка" after "МАУ «Парк культуры и отдыха …»", "Экскурсовод
            # природного парка" after "Природный парк „Сюзьва“": the words the body's name
            # opens with, which say what kind of body it is
            start = len(words) - 1
            while start > 1 and morph.is_genitive_adjective(words[start - 1]):
                start -= 1
            lemmas = tuple(morph.lemma(w) for w in words[start:])
            body = self.bodies.headed_by(lemmas) if names_person(words[:start]) else ""
        if not body or not start:
            return role, ""
        return " ".join(words[:start] + field), body

    def _named_in_role(self, role: str) -> tuple[str, str]:
        """ "former Vantel sales adviser" after "Vantel Mobile Ltd": a body named before, by
        the word opening its name, inside an English role, is the organisation, not part
        of the role; the role stays as printed when no such body was named."""
        words = role.split()
        for index, word in enumerate(words[1:], start=1):
            body = self.bodies.opened_by(word) if word[:1].isupper() and word.isalpha() else ""
            if body and words[index - 1][:1].islower():
                return " ".join(words[:index] + words[index + 1 :]), self.bodies.fullest(body)
        return role, ""

    def _is_person(self, name: str) -> bool:
        """Whether ``name`` is the surname or first name of someone named in full, or a
        speaker's full name ("Pryce's barrister" after "Gareth Pryce")."""
        key = fold(name).rstrip("'’")
        if self.bodies.knows(name):
            return False  # "Caledonian Island Ferries, which …, said": a body that spoke
        if " " in key:
            known = self._by_key.get(key)
            return known is not None and (known.speaker or _has_first_name(known.name))
        # "Nordwind's" after "Nordwind Automotive cut jobs": a body's first word, not a name
        same = [
            p
            for p in self._by_word.get(key, [])
            if (fold(p.name).split()[-1] == key or _has_first_name(p.name))
            and not self.bodies.knows(p.name)  # "Rovers" after "Northfield Rovers were fined"
        ]
        same += self._stems(key)  # "Белозерцева": a case form
        return any(len(p.name.split()) > 1 for p in same)

    def knows(self, name: str) -> bool:
        """Whether ``name`` is, as written, someone's full name, first name or surname."""
        key = fold(name)
        return key in self._by_key or bool(self._by_word.get(key))

    def knows_stem(self, name: str) -> bool:
        """Whether ``name`` is a case form of a Russian surname someone has ("Смирновой")."""
        return bool(self._stems(fold(name)))

    def most_recent(self) -> Person | None:
        """The person mentioned last."""
        return self._recent[-1] if self._recent else None

    def by_pronoun(self, gender: str) -> Person | None:
        """The last person mentioned whom "he" ("m"), "she" ("f") or "they" ("p") fits."""
        return self._by_pronoun(gender)

    def touch(self, person: Person) -> None:
        """Make ``person`` the one mentioned last."""
        if self._recent and self._recent[-1] is person:
            return
        self._recent.append(person)

    def _by_surname_word(self, written: str) -> Person | None:
        """The one person named in full whose surname is ``written``, a capitalised word
        the dictionary knows as a noun ("Колесник", "Ткач"): printed alone, it reads as a
        trade, but after "Дарья Колесник" it is her name."""
        if " " in written or not written[:1].isupper() or not morph.is_russian(written):
            return None
        key = fold(written)
        same = [p for p in self._by_word.get(key, []) if len(fold(p.name).split()) > 1]
        same = [p for p in same if fold(p.name).split()[-1] == key]
        return same[0] if len(same) == 1 else None

    def _by_name(self, name: str, hint: str) -> Person:
        key = fold(name)
        words = key.split()
        known = self._by_key.get(key)
        if known is not None:
            return known
        if len(words) == 1:
            same = self._by_word.get(key, []) + self._stems(key)
            if same:
                return _by_surname_alone(same, key)
        # "Van Wyck" after "Ted Van Wyck", "Kessler Abbott" after "Ruth Kessler Abbott": the
        # surname of several words of the one person named in full with it
        whole = [p for p in reversed(self.people) if fold(p.name).endswith(f" {key}")]
        particle = bool(words) and words[0] in lx.PARTICLES
        surname = len(whole) == 1 and not _has_first_name(name)
        if len(words) > 1 and whole and (particle or surname):
            return whole[0]
        for word in words:  # a fuller name for someone first called by one word
            single = self._by_key.get(word)
            if single is not None and len(fold(single.name).split()) == 1:
                self._index(single, name)
                return single
        named = self._by_patronymic(words)
        if named is not None:
            self._by_key[key] = named
            return named
        person = Person()
        self.people.append(person)
        self._index(person, name)
        return person

    def _by_patronymic(self, words: list[str]) -> Person | None:
        """ "Валентина Николаевна" after "Валентина Шмелева": Russian copy goes on to call
        someone by first name and patronymic; the one person of that first name."""
        if len(words) != 2 or not _PATRONYMIC.search(words[1]):
            return None
        same = {
            id(p): p for p in self._by_word.get(words[0], []) if fold(p.name).split()[0] == words[0]
        }
        return next(iter(same.values())) if len(same) == 1 else None

    def _index(self, person: Person, name: str) -> None:
        """Find ``person`` again by their full name, first name, surname or Russian stem."""
        person.name = name
        key = fold(name)
        self._by_key[key] = person
        parts = [w for w in key.split() if w.rstrip(".") not in lx.SUFFIXES]
        for word in {parts[0], parts[-1]} if parts else set():
            self._by_word.setdefault(word, []).append(person)
        if parts and re.match(r"[а-яё]", parts[-1]) and len(parts[-1]) >= 5:
            self._by_stem.setdefault(parts[-1][:-2], []).append(person)

    def _stems(self, word: str) -> list[Person]:
        """People whose Russian surname this word is a case form of (Смирновой, Ляхова)."""
        if not re.match(r"[а-яё]", word):
            return []
        found = []
        for cut in (2, 3, 4):
            for person in self._by_stem.get(word[:-cut] if len(word) > cut else "", []):
                if same_stem(fold(person.name).split()[-1], word):
                    found.append(person)
        return found

    def _by_pronoun(self, gender: str) -> Person | None:
        for person in reversed(self._recent[-12:]):
            group = person.plural or (not person.name and person.organization and not person.role)
            if gender == "p" and group:
                return person
            fits = not person.plural and person.gender in ("", gender)
            # "Источник … рассказал …. «…», — сказал он": the source; "A 52-year-old man
            # … said …. '…,' he said": someone unnamed whom the words said was a man
            known = person.name or person.role or person.gender == gender
            if gender != "p" and fits and (known or _is_source(person)):
                return person
        return None

    def _by_description(self, mention: Mention, fields: Fields, hint: str) -> Person | None:
        written = mention.written.strip()
        named = self._by_surname_word(written)
        if named is not None:  # "— говорит Колесник" after "Дарья Колесник": her surname
            return named
        head = fields.role.lower().split()[-1] if fields.role else ""
        if _DEFINITE_AGE.match(written) and self._recent:
            return self._recent[-1]  # "Walter Greenbaum … The 78-year-old retired rancher said"
        aged = self._aged_epithet(written, fields, hint)
        if aged is not None:
            return aged
        office = self._by_office_initials(written)
        if office is not None:
            return office
        if written.lower().startswith("the ") and head:
            plural = _is_plural(fields.role)
            for person in reversed(self._recent[-12:]):
                if plural and not person.plural:
                    continue  # "the organisers said": not one person described as of them
                if person.head == head or (head and head in person.description.lower()):
                    return person
                if head in _ANY_WORKER and not person.name and person.role:
                    return person  # "A former collections officer …" "the former employee"
                if head in _COUNCILLORS and _sits_on_council(person):
                    return person  # "A member of the council's scrutiny committee" is one
        # "46-летнего фермера": the role says the article's language; "стоявшая рядом
        # жительница поселка" is someone else than the person named before, and "Врачи
        # говорят" a group
        group = morph.is_plural_noun(fields.role.split()[0]) if fields.role else False
        if morph.is_russian(fields.role) and not _someone_else(written) and not group:
            known = self._by_russian_role(fields.role, hint, fields.organization)
            known = known or self._unroled(fields, hint)
            if known is not None:
                return known
        opening = written.split()[:1]
        source = bool(opening) and morph.head_noun(opening[0].lower()) in lx.SOURCE_NOUNS
        if not fields.role and fields.organization and not source:
            # the body speaking again; not "Источник в городской администрации", someone
            # in the body that spoke before
            organization = fold(self.bodies.resolve(fields.organization))
            for person in reversed(self.people):
                if (
                    not person.name
                    and not person.role
                    and fold(person.organization) == organization
                ):
                    return person
        if not fields.role and not fields.organization:
            if fields.age is not None and self._recent:
                return self._recent[-1]
            if not source:
                return None  # "Источник, знакомый с …, рассказал": someone unnamed after all
        person = Person(plural=_is_plural(fields.role))
        self.people.append(person)
        return person

    def _by_office_initials(self, written: str) -> Person | None:
        """ "The PCC said" after "Police and Crime Commissioner (PCC), Andrew Sefton": the
        initials of an office someone named holds stand for them."""
        letters = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z]{2,6})", written)
        if letters is None:
            return None
        for person in reversed(self._recent[-12:]):
            if person.name and _initials(person.role) == letters.group(1):
                return person
        return None

    def _aged_epithet(self, written: str, fields: Fields, hint: str) -> Person | None:
        """ "— рассказал 54-летний астроном-любитель" after "Учитель физики Николай
        Вершинин": an age opening a Russian description with no name is how a report
        speaks of the person named last again, when their age is not known otherwise."""
        if not _RUSSIAN_AGE.match(written) or fields.age is None:
            return None
        named = [person for person in self._recent[-12:] if person.name and not person.plural]
        last = named[-1] if named else None
        if last is None or last.age not in (None, fields.age):
            return None
        return last if not hint or last.gender in ("", hint) else None

    def _unroled(self, fields: Fields, hint: str) -> Person | None:
        """ "— рассказала учительница" after "Ольга Ким преподает в школе": a bare Russian
        role noun is the person named last, when the article gave them no role yet."""
        named = [person for person in self._recent[-12:] if person.name and not person.plural]
        last = named[-1] if named else None
        if last is None or fields.organization or len(fields.role.split()) > 1:
            return None
        if last.role and not (feminine_noun(fields.role) and no_job(last.role)):
            return None  # "— говорит пенсионерка" after "Жительница Копейска Валентина Мишина"
        hint = hint or ("f" if feminine_noun(fields.role) else "")
        return last if not hint or last.gender in ("", hint) else None

    def _by_russian_role(self, role: str, hint: str = "", organization: str = "") -> Person | None:
        """ "— пояснила экономист", "— возмутился руководитель холдинга": Russian has no
        article, so a bare role refers back to the named person last given that role
        noun, or one of the same body ("холдинга"); "— сказал чиновник", to the named
        person last mentioned whom the verb's gender fits, whatever their role, unless
        the role is printed with another ``organization`` than theirs."""
        words = role.lower().split()
        noun = morph.head_noun(role)
        referring = noun in lx.RUSSIAN_REFERRING_NOUNS and len(words) == 1
        referring = referring or people_noun(role)
        if noun in lx.INTERLOCUTORS and self._recent:
            last = self._recent[-1]
            if not last.name and ((last.role and not last.plural) or _is_source(last)):
                return last  # "— сказал собеседник агентства" after "Источник в мэрии …"
            if len(words) > 1:
                return None  # whom an outlet spoke with: someone unnamed, not anyone named
        for person in reversed(self._recent[-12:]):
            if hint and person.gender not in ("", hint):
                continue
            fits = person.gender in ("", "f" if noun.endswith("ница") else person.gender)
            known = person.name or (person.role and not person.plural)  # "Представитель фонда"
            theirs_too = not organization or fold(person.organization) == fold(organization)
            if referring and fits and known and theirs_too:
                return person  # "— заявила чиновница": the official just named
            if not person.name or not person.role or _other_body(organization, person):
                continue
            theirs = person.role.lower().split()
            if _same_post(noun, _post_noun(person.role)) or heads_a_body(role, person.role):
                return person
            heads = noun in lx.RUSSIAN_HEADS or noun in lx.RUSSIAN_REFERRING_NOUNS
            if len(words) > 1 and len(theirs) > 1 and words[-1] == theirs[-1] and heads:
                return person  # not "Лама дацана" for the "Настоятель дацана": another post
            if self._heads_their_body(role, person):
                return person
        return None

    def _heads_their_body(self, role: str, person: Person) -> bool:
        """ "руководитель холдинга" for "Генеральный директор" of «Северный ветер», named
        before as «Медиахолдинг «Северный ветер»»: the head of the body the kind stands
        for is whoever was named as heading it."""
        words = role.split()
        if not person.organization or kind_start(words) != 1:
            return False
        if morph.head_noun(words[0]) not in lx.RUSSIAN_HEADS:
            return False
        if morph.head_noun(person.role) not in lx.RUSSIAN_HEADS:
            return False
        return self.bodies.named_of_kind(words[-1]) == person.organization


def _other_body(organization: str, person: Person) -> bool:
    """Whether a Russian role printed with a body of its own («Сотрудник департамента
    лесного хозяйства области») names another kind of body than the person's («Центр
    лесной политики»): then it is someone else holding the same post."""
    words = organization.split()
    if len(words) < 2 or not person.organization or not morph.is_russian(words[0]):
        return False
    theirs = person.organization.strip("«»„“").split()
    return bool(theirs) and morph.head_noun(words[0]) != morph.head_noun(theirs[0])


def _post_noun(role: str) -> str:
    """The noun naming a Russian post, past the adjectives before it: "тренер" of
    "Старший тренер спортшколы" (which the dictionary also reads as a noun)."""
    words = role.lower().split()
    for index, word in enumerate(words[:-1]):
        if not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(word)):
            return morph.head_noun(" ".join(words[index:]))
    return morph.head_noun(words[-1]) if words else ""


def _same_post(noun: str, theirs: str) -> bool:
    """ "врач" and "врач", "главврач" and "врач" (of "Главный врач"): the same post, also
    by its compound short form."""
    if not noun or not theirs:
        return False
    short = noun.endswith(theirs) and noun[: -len(theirs)] in ("глав", "зам")
    same = _SAME_POSTS.get(noun) == theirs  # "защитник": the "адвокат" named
    return noun == theirs or same or (short and len(theirs) > 3)


# Russian words for the same post: a defender at a trial is the defence lawyer
_SAME_POSTS = {"защитник": "адвокат", "защитница": "адвокат", "гособвинитель": "прокурор"}


def _initials(role: str) -> str:
    """ "PCC" for "Police and Crime Commissioner": the first letters of an office named
    in capitalised words; "" for any other role ("director of the Center for …")."""
    words = [w for w in role.split() if w not in ("and", "&")]
    office = len(words) > 1 and all(w[:1].isupper() for w in words)
    return "".join(w[0] for w in words) if office else ""


def _is_source(person: Person) -> bool:
    """Someone unnamed described only as a source in a body ("Источник в мэрии")."""
    first = person.description.lower().split()[:1]
    return not person.name and bool(first) and morph.head_noun(first[0]) in lx.SOURCE_NOUNS


# Posts at the head of a firm or its voice, which a firm that has just spoken fills
# ("Tallypay said …" "…," chief executive Ryan Dorsey said)
_HEADS_A_FIRM = re.compile(
    r"(?:chief \w+ officer|chief executive|managing director|chair(?:man|woman)?|president"
    r"|(?:co-)?founder|spokes(?:man|woman|person)|general counsel)"
)
# Who sits on a council: "Councillor Sarah Quint" is of the council the article named,
# where "a councillor" unnamed may sit on any
_COUNCILLORS = frozenset(lx.words("councillor councilor cllr"))


def _sits_on_council(person: Person) -> bool:
    """Whether someone described as a member of a council or of its committee ("A member
    of the county council's scrutiny committee") is the one "the councillor" then is."""
    member = person.role.lower().split()[:1] == ["member"]
    return member and "council" in person.organization.lower().split("'")[0]


# Posts only one kind of body has, held by someone named in the body of that kind the
# article named ("Professor Gwen Atherley, the vice-chancellor")
_POSTS_OF_KIND = {
    **dict.fromkeys(lx.words("vice-chancellor"), "university"),
    **dict.fromkeys(lx.words("headteacher headmaster headmistress"), "school"),
    "head teacher": "school",
    "chief constable": "police",
}

# "a headteacher in the East Midlands": someone holding a post, in a body not said
_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)


def _titled_by(role: str, body: str) -> bool:
    """Whether the role's last word names the body's kind ("Chief Inspector" of "HM
    Inspectorate of Probation", "Commissioner" of "the Lakes Water Commission")."""
    head = role.split()[-1].lower() if role.split() else ""
    words = [w.lower() for w in body.split()]
    return len(head) > 5 and any(w == f"{head}ate" or head == f"{w}er" for w in words)


# Roles that speak for a body, which "A council spokesman" keeps though none is named
_SPEAK_FOR = frozenset(
    lx.words("spokesman spokeswoman spokesperson official officials representative")
)
# Words for someone by their employment only, which an unnamed source described by
# their job before is called again: "the employee", "the worker"
_ANY_WORKER = frozenset(lx.words("employee worker staffer"))
# "Его директор", "ее руководитель": a role a body has, owned by the body named last.
# "The 78-year-old": an age and a role, printed as the subject after someone is named,
# are that person's.
_DEFINITE_AGE = re.compile(r"^the\s+\d{1,3}-year-old\b", re.IGNORECASE)
_RUSSIAN_AGE = re.compile(r"^\d{1,3}[-‑]летн[а-яё]+\s+\S")


def _someone_else(written: str) -> bool:
    """ "стоявшая рядом жительница поселка": a participle before a Russian role says what
    a person did, so someone not named before; "Один из инструкторов" is one of several,
    none of them named, and so is the director of one of several schools."""
    words = written.split()
    first = words[0] if words else ""
    if first.lower() in ("один", "одна") and words[1:2] == ["из"]:
        return True
    if re.search(r"\b(?:одного|одной|одним|одном)\s+из\b", written.lower()):
        return True  # "Директор одной из школ района": of one of several, none named
    return morph.is_russian(first) and first.islower() and morph.is_participle(first)


_RU_BODY_ROLE = re.compile(
    r"^(?:его|ее|её|их)\s+(?:[а-яё]+(?:ый|ий|ой)\s+)?"  # "ее генеральный директор"
    r"(?:директор|руководител|глав|председател|президент|основател)",
    re.IGNORECASE,
)
# A police rank, held in the police force the article has named.
_POLICE_RANK = re.compile(
    r"^(?:(?:Detective|Det\.?)\s+)?(?:(?:Chief|Assistant|Deputy)\s+)*"
    r"(?:Inspector|Superintendent|Constable|Sergeant|Insp\.?|Supt\.?|Sgt\.?)$",
    re.IGNORECASE,
)
_PATRONYMIC = re.compile(r"[а-яё]{3,}(?:вич|вна|ична|инична)$")


def _by_surname_alone(same: list[Person], word: str) -> Person:
    """ "Lau said" after Kelvin Lau and his daughter Chloe Lau: news copy gives the
    relatives that share a surname their first names, and the surname alone stays with
    the first one introduced. Otherwise the last person the word names."""
    sharing: list[Person] = []
    for person in same:
        if fold(person.name).split()[-1] == word and all(p is not person for p in sharing):
            sharing.append(person)
    return sharing[0] if len(sharing) > 1 else same[-1]


def _is_plural(role: str) -> bool:
    words = role.lower().split()
    return bool(words) and words[-1].endswith("s") and words[-1][:-1] in lx.ROLE_WORDS
