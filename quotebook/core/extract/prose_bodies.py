"""The organisations a sentence of the writer's names: "Northwind Logistics, a freight
software company", "the shipping group Maersk", "The housing association said…"."""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .events import SHORT, Event
from .given_names import has_first_name
from .name_roles import words_after_po
from .names import is_capitalised, is_legal_form
from .org_names import before_next_sentence, is_place, without_home
from .premodifiers import is_nationality
from .ru_bodies import lower_case_bodies
from .ru_roles import compound_kind, is_body_kind
from .speech import find_verbs

_CAPITAL = f"[{lx.LATIN_CAPITALS}А-ЯЁ]"
# Legal forms printed in lower case first ("Seewinkel eG"), which end a body's name.
_LOWER_FORMS = "|".join(re.escape(f) for f in sorted(lx.FOREIGN_LEGAL_FORMS) if f[:1].islower())
# "Riverside Quarter (York) Ltd": where a firm is, in brackets before its legal form
_ENGLISH_FORMS = "(?:Ltd|Limited|LLP|LLC|PLC|plc|Inc|GmbH)"
_ORG_RUN = re.compile(
    rf"(?<![\w'’])(?:{_CAPITAL}[\w'’.&-]*|«[^»]+»)"
    rf"(?:\s+(?:(?:of|for)\s+the(?=\s+[A-Z])|of|for|and|&|des|del|de|du|la|для|[AIKP]/S(?!\w)"
    rf"|{_CAPITAL}[\w'’.&-]*|«[^»]+»|\({_CAPITAL}[\w'’.&-]*\)(?=\s+{_ENGLISH_FORMS}\b)"
    rf"|(?:{_LOWER_FORMS})(?![\w'’])))*"
)


# "Marchbrook and did not …", "Celtic Springs for four years": a joining word ending a
# run, with no name after it, is the sentence's
_TRAILING_JOIN = re.compile(r"(?:\s+(?:and|&|of|for|de|des|du|del|la|для))+$")


# "… in Child Development": a name going on with "in" a field (see ``lexicon.FIELDS``).
_IN_FIELD = re.compile(r"\s+in(?:\s+[A-Z][\w'’-]*){1,2}")


# "The Rail, Tram and Bus Union": the fields a body's name lists before its last two.
_LISTED_BEFORE = re.compile(
    r"(?:(?:^|(?<=\b[Tt]he\s))[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,2},\s+"  # "The Kent Roads, …"
    r"|(?:^|(?<=\b[Tt]he\s)|(?<=\bof\s)|(?<=\bfor\s))(?:[A-Z][\w-]*,\s+)+)$"
)


def organisations(text: str, base: int) -> list[Event]:
    events: list[Event] = []
    for match in _ORG_RUN.finditer(text):
        field = _in_field(text, match.end())
        run = _without_members(_TRAILING_JOIN.sub("", match.group().strip())) + field
        run = _without_person(run, text[: match.start()])
        formed = _FORM_THEN_PLACE.match(run)
        if formed and is_legal_form(formed.group(2)):
            run = formed.group(1)  # "Kestrel Orbital Systems GmbH of Bremen": where it is
        owner = _PLACE_OWNER.match(run)
        if owner and is_place(owner.group(1)):
            run = run[owner.end() :]  # "Austria's Chamber of Agriculture": the country's
        listed = _LISTED_BEFORE.search(text[: match.start()])
        if listed and re.search(r"\s(?:and|&)\s", run):
            run = listed.group() + run
        if "»" in run[:-1]:  # "«Альфа-Прогноз» Игорь Лукин": a person named after the body
            run = run[: run.index("»") + 1]
        after = text[match.end() :]
        spelt = _spelt_on(run, after)  # "Федерация шахмат России (ФШР)"
        goes_on = _russian_genitives(run, after) or _branch_of(run, after) or spelt
        run += goes_on
        initials = _INITIALS.match(text, match.end() + len(field) + len(goes_on))
        possessive = re.search(r"['’]s$", run)
        unit = _owned_unit(after) if possessive else ""
        owned = {unit, lx.ORG_FAMILY[unit]} if unit else set()
        if possessive:  # "Calderdale Council's planning committee": the council, which "the
            run = run[:-2]  # committee" then refers to; "… Council's conservation officers"
        if len(run.split()) > 1 and run.split()[-1].strip(",.") in lx.RUSSIAN_AGENCIES:
            run = run.rsplit(" ", 1)[0]  # "В Минобрнауки ТАСС сообщили": the agency told
        if len(run.split()) > 1 and morph.head_noun(run.split()[0]) in lx.RUSSIAN_DOCUMENTS:
            run = run.split(" ", 1)[1]  # "Проверка Управления Роспотребнадзора …": whose
        words = [w.lower().strip(".,") for w in run.split()]
        # "The Wrexford Money Advice Service (WMAS), a charity that …": past its initials
        apposed = re.sub(r"^\s*\([A-Z]{2,6}\)", "", text[match.end() :])
        appositive = appositive_kinds(apposed) | _kind_before(
            text[: match.start()], quoted=run.startswith("«")
        )
        following = [w.strip(",.;:") for w in text[match.end() :].split()[:2]]
        where = re.search(r"\b[Aa]n?\s+$", text[: match.start()]) or is_place(run)
        if not where:  # "the FNV union"; "a Berlin start-up" is where a firm is
            appositive |= _kind_before(following[:1])
        definite = run.startswith("The ") or re.search(r"\b[Tt]he\s+$", text[: match.start()])
        bare = run.removeprefix("The ")  # "The Danish shipping group Maersk": not a name
        named = definite and not has_first_name(run) and not is_nationality(bare)
        if named and len(following) == 2 and _describes_kind(following[0]):
            # "the Riverside Quarter shopping centre"; "a Blackburn building firm" is where
            appositive |= _kind_before(following[1:])  # a firm is, naming none
        appositive |= _kind_apposed(text[: match.start()], text[match.end() :])
        beyond = text[match.end() + len(field) + len(goes_on) :]  # "… по Ярославской области"
        appositive |= _spoke_in(text[: match.start()], beyond, match.group())
        appositive |= owned
        if _names_office(words):
            continue  # "Police and Crime Commissioner (PCC)": an office, whoever holds it
        if re.search(r"-(?:based|born|owned|listed|registered)$", run):
            continue  # "a Newport-based group": where a body is, not its name
        if spelt or _spelt_out(run, text[match.end() :]):
            appositive |= {"body"}  # "Médecins Sans Frontières (MSF)": a body's initials
        if run.split()[-1].rstrip(",.;:") in lx.FOREIGN_LEGAL_FORMS and len(run.split()) > 1:
            appositive |= {"company"}  # "Halvorsen Car Carriers AS"
        form = _legal_form(run.split())
        if form:  # "(В) АО «Исток»": the name after the company's legal form
            legal = next(w for w in reversed(words[:form]) if w in lx.LEGAL_FORMS)
            appositive |= _form_kinds(legal) | {legal}  # "в пресс-службе ГБУ": by its form
            run, words = " ".join(run.split()[form:]), words[form:]
            appositive |= _russian_kind(text[: match.start()].split())
        if not any(map(_names_kind, words)) and not appositive:
            continue
        if _quoted_speech(run):
            continue
        if len(words) == 1 and words[0] in lx.ORG_FAMILY and words[0].isascii():
            continue  # "Club captain Rhys Ellery": a kind opening a sentence names no body
        if words and words[0] in lx.NOT_NAMES:
            run = run.split(" ", 1)[1] if " " in run else ""
            if run.lower().strip(",.;:") in lx.ORG_FAMILY:
                continue  # "Our Club": a kind alone after the word before it names nobody
        kinds = appositive | {lx.ORG_FAMILY[w] for w in words if w in lx.ORG_FAMILY}
        kinds |= {w for w in words if w in lx.ORG_FAMILY}  # "Авиакомпания «…»": its kind
        kinds |= {morph.head_noun(words[0])} & lx.ORG_NOUNS if morph.is_russian(run) else set()
        run = without_home(before_next_sentence(_without_kind(run.strip("«»"))))
        if run.endswith(".") and run.split()[-1].lower() not in lx.ABBREVIATIONS:
            run = run[:-1]  # "…at Cardiff Crown Court.": the sentence's full stop
        if run and is_capitalised(run):
            short = initials.group(1) if initials and " " in run else ""
            events.append(Event(base + match.start(), "org", org=run, kinds=kinds, initials=short))
    events += _generic_bodies(text, base) + lower_case_bodies(text, base)
    events = sorted(events, key=lambda event: event.position)
    return events + _subject_body(text, base, events)


# Words for an office that also name a body ("Health Service Executive")
_OFFICES_AND_BODIES = frozenset(lx.words("executive"))


def _names_office(words: list[str]) -> bool:
    """ "Police and Crime Commissioner": capitalised words ending in an office, which
    someone holds; not "Ministry of Justice", whose head comes before "of"."""
    last = words[-1] if words else ""
    office = last in lx.ROLE_WORDS and last not in _OFFICES_AND_BODIES
    return office and len(words) > 1 and "of" not in words


def _names_kind(word: str) -> bool:
    """Whether a word of a name is a kind of body, a Russian one in any case
    ("Министерстве")."""
    if word in lx.ORG_NOUNS:
        return True
    return morph.is_russian(word) and morph.head_noun(word) in lx.ORG_NOUNS


def _quoted_speech(run: str) -> bool:
    """ "«Основная причина — выезд на полосу встречного движения»": words in guillemets
    that make a sentence, with a dash or more words than a name has, are someone's speech,
    whatever kind of body a word in them names."""
    words = run.split()
    return run.startswith("«") and ("—" in words or len(words) > 8)


# "Members of the …", "Staff of the …" opening a sentence: the people of a body, before
# its name.
_MEMBERS_OF = re.compile(r"^[A-Z][a-z]+\s+of\s+(?:the\s+)?(?=[A-Z])")


def _owned_unit(following: str) -> str:
    """ "planning committee" after "Calderdale Council's": the kind of the unit a body
    owns, in lower case within three words; "" when no kind of body follows."""
    for word in following.split()[:3]:
        bare = word.rstrip(",.;:")
        if not bare.islower() or not bare.isalpha():
            return ""
        if bare in lx.ORG_NOUNS:
            return bare
        if bare != word:
            return ""
    return ""


# A firm's name ending in its legal form, then its home town: "… GmbH of Bremen"
_FORM_THEN_PLACE = re.compile(r"^(.*\s(\S+))\s+of\s+[A-Z][\w'’.-]*$")
_PLACE_OWNER = re.compile(r"^([A-Z][\w-]*)['’]s\s+(?=[A-Z])")


def _without_members(run: str) -> str:
    """ "Members of the Post Primary Teachers' Association" → the association: the people
    of a body are no part of its name; "Friends of the Earth" is the name itself."""
    found = _MEMBERS_OF.match(run)
    if found is None:
        return run
    people = run.split()[0].lower()
    one = people.removesuffix("s")
    if people in ("members", "staff") or (one != people and one in lx.ROLE_WORDS):
        return run[found.end() :]
    return run


# A person's name, then "of" the body they work at: "Adrian Kessler of the Ashbury …"
_PERSON_OF = re.compile(r"^((?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]*)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _without_person(run: str, preceding: str) -> str:
    """ "Adrian Kessler of the Ashbury Institute" after "Dr." → the institute: a person's
    name (after an honorific, or opening with a given name) is no part of the body's."""
    words = run.split(maxsplit=1)
    opens = len(words) > 1 and _titles(words[0])  # "Dr. Adrian …", "Inspector Danielle …"
    before = preceding.split()[-1:]
    titled = opens or (bool(before) and _titles(before[0]))
    found = _PERSON_OF.match(words[1] if opens else run)
    if found is None or any(w.lower() in lx.ORG_NOUNS for w in found.group(1).split()):
        return run
    return found.string[found.end() :] if titled or has_first_name(found.group(1)) else run


def _titles(word: str) -> bool:
    """Whether a word is an honorific or a rank printed before a person's name."""
    bare = word.lower().rstrip(".")
    return bare in lx.HONORIFICS or bare in lx.RANKS or bare in lx.RANKS.values()


# A body's initials in brackets after its name: "(DESNZ)", "(АКИТ)", "(MoJ)".
_INITIALS = re.compile(r"\s*\(([A-ZА-ЯЁ](?:[A-ZА-ЯЁ]|[a-zа-яё](?=[A-ZА-ЯЁ])){1,5})\)")


def _spelt_out(run: str, after: str) -> bool:
    """Whether a capitalised run is followed by its own initials in brackets, as a body's
    name is when the article goes on to use them: "Médecins Sans Frontières (MSF)"."""
    found = _INITIALS.match(after)
    if found is None:
        return False
    words = [w for w in re.split(r"[\s,]+", run) if w[:1].isupper()]
    words = words[1:] if words[:1] == ["The"] else words  # "The … Forum (THTF)"
    initials = "".join(w[0] for w in words)
    # "HM Inspectorate of Prisons (HMIP)": a word in capitals gives all its letters
    lettered = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words)
    return found.group(1).upper() in (initials.upper(), lettered.upper())


# "Федерация шахмат России (ФШР)": the lower-case words of a Russian name, then capitals
_SPELT_ON = re.compile(r"((?:\s+[а-яё-]+){1,4}(?:\s+[А-ЯЁ][\w-]*){0,2})(?=\s*\([А-ЯЁ]{2,6}\))")


def _spelt_on(run: str, after: str) -> str:
    """ " шахмат России" after "Федерация": the words of a Russian name that its initials
    in brackets spell with the capitalised run before them, lower-case ones too."""
    found = _SPELT_ON.match(after) if morph.is_russian(run) else None
    if found is None:
        return ""
    words = run.split() + found.group(1).split()
    initials = _INITIALS.match(after, found.end())
    spelt = "".join(w[0] for w in words).upper()
    return found.group(1) if initials and spelt == initials.group(1) else ""


def _legal_form(words: list[str]) -> int:
    """Where the name starts after a legal form ("ООО «Исток»"), and the initials of the
    region or service after it ("ГБУ СО ВО «…»"); 0 when none is printed."""
    for index, word in enumerate(words[:-1]):
        if word.lower() not in lx.LEGAL_FORMS:
            continue
        start = index + 1
        while (
            start < len(words) - 1 and start - index <= 2 and _REGION_INITIALS.match(words[start])
        ):
            start += 1
        if words[start].startswith("«"):
            return start
    return 0


_REGION_INITIALS = re.compile(r"^[А-ЯЁ]{2,4}$")


_OPENING_AT = re.compile(
    r"^At\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’&.-]*))*)"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,"
)


def opening_body(text: str) -> str:
    """ "At Lakeshore Polytechnic in Toronto, the vice-president …": the body a sentence
    opens at, where the people it goes on to describe work; "" when it opens otherwise."""
    found = _OPENING_AT.match(text)
    if found is None or not any(w.lower() in lx.ORG_NOUNS for w in found.group(1).split()):
        return ""
    return re.sub(r"^the\s+", "", found.group(1))


def _russian_genitives(run: str, following: str) -> str:
    """ " здравоохранения Челябинской области" after "Министерство": a Russian body named
    by its kind goes on with the words in the genitive that say which one it is."""
    kind = run.split()[-1] if run.split()[0].lower() in ("в", "во", "на") else run
    if " " in kind or not morph.is_russian(kind) or not _names_kind(kind.lower()):
        return ""  # "Министерство", "В Министерстве": a kind, in any case
    words = following.split()[:6]
    if not words or not following[:1].isspace() or not words[0].islower():
        return ""
    words = following.split()[:10]
    kept: list[str] = []
    index = 0
    while index < len(words) and len(kept) < 8:
        word = words[index]
        bare = word.rstrip(",.;:")
        after_po = words_after_po([w.rstrip(",.;:") for w in words[index : index + 7]])
        if after_po:  # "агентства по рыболовству": the field it is for
            kept += [w.rstrip(",.;:") for w in words[index : index + after_po]]
            if words[index + after_po - 1] != kept[-1]:
                break
            index += after_po
            continue
        if bare == "и" and kept and bare == word and _genitive_goes_on(words[index + 1 :]):
            kept.append(bare)  # "науки и высшего образования": two fields of one body
            index += 1
            continue
        if morph.is_function_word(bare):
            break  # "… области в ответ на запрос": the sentence goes on
        if not (morph.is_genitive(bare) or is_capitalised(bare)):
            break
        kept.append(bare)
        if bare != word:
            break
        index += 1
    return " " + " ".join(kept) if kept else ""


def _branch_of(run: str, following: str) -> str:
    """ " по Тверской области" after "ГУ МЧС России": the region a Russian body's branch
    serves, or the field it is for, printed after its initials, is part of its name."""
    words = following.split()[:7]
    if not morph.is_russian(run.split()[-1]) or not following[:1].isspace():
        return ""
    size = words_after_po([w.rstrip(",.;:") for w in words])
    kept = words[:size]
    if not kept or any(w != w.rstrip(",.;:") for w in kept[:-1]):
        return ""
    return " " + " ".join(w.rstrip(",.;:") for w in kept)


def _genitive_goes_on(words: list[str]) -> bool:
    """Whether the word after "и" is a lower-case genitive of the body's name."""
    bare = words[0].rstrip(",.;:") if words else ""
    return bare.islower() and not morph.is_function_word(bare) and morph.is_genitive(bare)


def _spoke_in(preceding: str, following: str, name: str) -> set[str]:
    """ "В Минфине сообщили": a capitalised Russian name one speaks in is a body's; a
    "Мин…" name is a ministry's ("министерства" later refers to it)."""
    words = preceding.split()[-1:] + name.split()  # "В Минфине" opening a sentence
    at = next((i for i, w in enumerate(words[:2]) if w.lower() in ("в", "во")), -1)
    name = " ".join(words[at + 1 :])  # "В Госавтоинспекции МВД": the body's words
    after = [w.strip(",.:;") for w in following.split()[:1]]
    if at < 0 or not name or not morph.is_russian(name.split()[-1]):
        return set()
    said = bool(after) and after[0].endswith("ли") and bool(find_verbs(after[0], naming=True))
    if not (said or _acted(following.split()[:3])):
        return set()
    return {"ru", "министерство"} if name.startswith("Мин") else {"ru"}


def _acted(words: list[str]) -> bool:
    """ "ошибку признали", "нам ответили": an impersonal plural past verb, after lower-case
    words only, which people of the body named before did."""
    for word in words:
        bare = word.strip(",.:;")
        if bare.endswith("ли") and any(
            p.tag.POS == "VERB" and "past" in p.tag and "plur" in p.tag for p in morph.parses(bare)
        ):
            return True
        if not bare.islower() or bare != word:
            return False
    return False


def _in_field(text: str, end: int) -> str:
    """ " in Child Development" when a name goes on with "in" a field; else nothing."""
    field = _IN_FIELD.match(text, end)
    return field.group() if field and field.group().split()[-1].lower() in lx.FIELDS else ""


_WHICH = re.compile(
    rf"^(?:The\s+)?({_CAPITAL}[\w'’&.-]*(?:\s+(?:of|and|&|{_CAPITAL}[\w'’&.-]*))*),\s+which\b"
)


def _subject_body(text: str, base: int, events: list[Event]) -> list[Event]:
    """The body a sentence is about, noted again at its end: "Caledonian Island Ferries,
    which is owned by the Scottish government, said…. Its operations director" is the
    ferry company's, not the government's. A name opening a sentence and followed by
    ", which" is a body's."""
    first = events[0] if events and events[0].position - base <= 4 else None
    which = _WHICH.match(text)
    name = first.org if first is not None else which.group(1) if which else ""
    kinds = first.kinds if first is not None else set()
    if not name:
        short = _SHORT_SUBJECT.match(text)  # "Stackleaf was founded in 2020 by …"
        return [Event(base, "org", org=short.group(1), kinds={SHORT})] if short else []
    again = Event(base + max(len(text.rstrip()) - 1, 0), "org", org=name, kinds=kinds)
    if first is None:  # "HomeMart, which sold …, said": a body from its first word on
        return [Event(base, "org", org=name, kinds=kinds), again]
    return [again]


# A sentence opening with one capitalised word and a verb: a body named before by the
# word opening its name is its subject, when it is one ("Stackleaf was founded by …")
_SHORT_SUBJECT = re.compile(r"^([A-Z][a-z]{2,})\s+(?:was|is|has|had)\s+(?:[a-z]+ed|been)\b")


_GENERIC_BODY = re.compile(r"(?<![,\w] )\b[Tt]he((?:\s+[a-z][a-z-]*){1,3})")


def _generic_bodies(text: str, base: int) -> list[Event]:
    """ "The housing association said…": a body referred to by its kind, which a following
    "its chief executive" belongs to (not to a body named earlier). "Maersk, the shipping
    company" is the name's apposition, not another body."""
    events: list[Event] = []
    for match in _GENERIC_BODY.finditer(text):
        words = match.group(1).split()
        size = next((i + 1 for i, w in enumerate(words) if w in lx.ORG_FAMILY), 0)
        if size and not any(w in lx.NOT_NAMES for w in words[:size]):
            start = match.start(1) + len(match.group(1)) - len(match.group(1).lstrip())
            events.append(Event(base + start, "org", org=" ".join(words[:size])))
    return events


def _without_kind(run: str) -> str:
    """ "Маркетплейс Wildberries", "Медиахолдинг «Северный ветер»": the body's name, not
    its kind (a Russian sentence starts with the kind capitalised); but the kind is the
    name's first word before a name in the genitive ("Управление Роспотребнадзора")."""
    words = run.split(maxsplit=1)
    if len(words) == 2 and morph.is_russian(words[0]) and words[0].lower() in lx.ORG_NOUNS:
        if words[0].isupper():
            return run  # "ГУ МЧС России": initials are part of the name
        rest = words[1].strip("«»")
        if not words[1].startswith("«") and morph.is_place(rest.split()[0]):
            return run  # "Администрация Екатеринбурга": a body named by the place it serves
        if not words[1].startswith("«") and morph.is_genitive(rest.split()[0]):
            return run  # "Управление Роспотребнадзора по …": a body's office, named whole
        return rest if is_capitalised(rest) else run
    return run


def _russian_kind(words: list[str]) -> set[str]:
    """The Russian kind of body ending ``words`` or followed by up to two genitives
    ("центре", "центре реабилитации", "профсоюзе работников здравоохранения"), in its
    dictionary form; none when there is none. Whom the body is for comes between
    ("пансионата для пожилых людей «Тихая гавань»")."""
    if len(words) > 4 and "для" in words[-4:-1]:
        serves = len(words) - 4 + words[-4:-1].index("для")
        if all(w.islower() and w == w.rstrip(",.;:") for w in words[serves:]):
            # "готовит техникум": a kind before the name, whatever "для" said before it
            return _russian_kind(words[:serves]) or _russian_kind(words[serves + 1 :])
    for index, word in enumerate(reversed(words[-3:])):
        if word != word.rstrip(",.;:") or not word.islower() or not morph.is_russian(word):
            return set()
        kind = morph.head_noun(word)
        if kind in lx.ORG_FAMILY:
            return {lx.ORG_FAMILY[kind], kind}
        if compound_kind(kind):  # "турклуб «Полярник»": a club, which "турклуба" names
            return {"ru", kind, compound_kind(kind)}
        if is_body_kind(kind):  # "газеты «Голос Прибрежья»", which "газеты" names later
            return {kind}
        if index < 2 and not morph.is_genitive(word):
            return set()  # only genitives follow the kind
    return set()


# Legal forms of a non-profit organisation ("автономная некоммерческая организация")
_NON_PROFIT_FORMS = frozenset(lx.words("ано нко роо моо бф"))


def _form_kinds(form: str) -> set[str]:
    """The kinds a Russian legal form in lower case says a body is, which a kind word
    later refers to: a company ("ООО"), and what the initials spell: the "организация" of
    "АНО", the "предприятие" of "МУП", the "учреждение" of "ГКУ" or "МАУК" (a state or
    municipal institution, which no "компания" or contractor is), the "кооператив" of
    "СПК"."""
    if form in _NON_PROFIT_FORMS:
        return {"ru", "компания", "организация"}
    if form == "спк":  # a farming cooperative
        return {"ru", "компания", "кооператив"}
    if form.endswith("уп"):
        return {"ru", "компания", "предприятие"}
    if "у" in form:
        return {"ru", "учреждение"}
    return {"ru", "компания"}


def _kind_before(preceding: str | list[str], *, quoted: bool = False) -> set[str]:
    """ "the shipping group Maersk" → {"group"}: a body's kind printed before its name (or,
    given the word after it, after it: "the FNV union"). A Russian kind only before a name
    in guillemets ("в компании «Икс»"), which no person's name is printed in."""
    words = preceding.split() if isinstance(preceding, str) else preceding
    last = words[-1] if words else ""
    if quoted and last.lower() in lx.LEGAL_FORMS:
        # "АО «Исток»": a company by its legal form; "в центре реабилитации АНО «Тропа»":
        # and the kind printed before it, which "центра" later refers to
        return _form_kinds(last.lower()) | _russian_kind(words[:-1])
    if quoted and morph.is_russian(last):
        return _russian_kind(words)  # "в центре «Тропа»"
    if last not in lx.ORG_FAMILY or not last.islower() or (morph.is_russian(last) and not quoted):
        return set()
    return {lx.ORG_FAMILY[last], last}


def _describes_kind(word: str) -> bool:
    """ "shopping" (centre), "leisure" (centre), "football" (club): a lower-case word that
    with the kind after it names a kind of body, not a verb of the sentence."""
    plain = word.isalpha() and word.islower() and word not in lx.ENGLISH_VERBS
    return plain and word not in _PREPOSITIONS and word not in _DETERMINERS


_DETERMINERS = frozenset(lx.words("the a an its his her their our my your this that these those"))


# "The union, ", "told the court the charity, ", "a volunteer group, ": a body's kind, no
# preposition before it.
_KIND_APPOSED = re.compile(
    r"(?:^|(\S+)\s+)(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|for|at|with|to|by|from|in|on)\s)[\w'’-]+\s+){0,3}?"
    r"([a-z]+),\s*$"
)
_PREPOSITIONS = frozenset(lx.words("of for at with to by from in on about into under over"))


def _kind_apposed(preceding: str, following: str) -> set[str]:
    """ "The union, Unite, said…": a name set off by commas after a body's kind is its
    name; not after a role's ("A spokeswoman for the ministry, Anna Li, said")."""
    kind = _KIND_APPOSED.search(preceding)
    if kind is None or not following.startswith(","):
        return set()
    if (kind.group(1) or "").lower() in _PREPOSITIONS:
        return set()
    return _kind_before([kind.group(2)])


def appositive_kinds(following: str) -> set[str]:
    """ ", a freight software company" → {"company"}: what a name just said is."""
    match = re.match(r"^,\s+(?:a|an|the)\s+([^,.;]{0,60})(?=[,.;\s]|$)", following)  # whole words
    if not match:
        return set()
    words = match.group(1).lower().split()[:6]
    said = next((i for i, w in enumerate(words) if w in lx.ENGLISH_VERBS), len(words))
    words = words[:said]  # "…in Portugal and Belgium, the club said": the kind of another
    if said < 3 and said < len(match.group(1).split()):
        return set()
    head = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    last = words[head - 1] if 0 < head <= len(words) else ""
    if head <= 3 and last in lx.ORG_FAMILY and last not in lx.ROLE_WORDS:
        return {lx.ORG_FAMILY[last], last}  # ", a volunteer group": a group, of volunteers
    if any(w in lx.ROLE_WORDS for w in words[:head]):
        return set()  # ", a former bank clerk": the role's own words name a body's kind
    if 0 < head < len(words) and words[head - 1] not in _PART_OF:
        words = words[:head]  # ", a climatologist at the … Institute": a person, not a body
    for word in reversed(words):  # ", the League One football club": the last word is it
        if word in lx.ORG_FAMILY:
            return {lx.ORG_FAMILY[word], word}
        if word in lx.ROLE_WORDS:
            return set()  # ", the chair of the government's council": a person's role
    return set()


_HEAD_ENDS = frozenset(lx.words("of at for in with from who which that based"))
# A body that is part of another, named after "of": ", a subsidiary of Acme Group".
_PART_OF = frozenset(lx.words("subsidiary unit division arm affiliate member part branch"))
