"""The organisations of one article, and what a reference to a kind of body means.

"Northwind Logistics, a freight software company" is what "the company" refers to
later; "its chief executive" belongs to the body referred to last, unless that was
only named by its kind ("The housing association said…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import lexicon as lx
from . import morph
from .names import is_legal_form
from .org_names import is_place
from .ru_roles import compound_kind, is_body_kind

# Families of body a union is not, which "the union" never means when none was named
_NO_UNION = frozenset(
    lx.words(
        "company ministry department agency council party court police government club hospital"
    )
)
# A body's local unit, after the kind of body it belongs to ("the union local")
_UNITS_OF_KIND = frozenset(lx.words("local branch chapter"))
# Words for a body that refer to any body of their family ("the firm": the company, "the
# regulator": the authority or agency named before).
_BROAD_KINDS = frozenset(
    lx.words("firm business corporation startup start-up regulator watchdog farm")
)
# Families of body a name may say nothing of ("The Blue Lantern" is "the club",
# "Kessler & Dean" "the company"), and every family.
_OF_ANY_NAME = frozenset(lx.words("company club group center orchestra"))
_FAMILIES = frozenset(lx.ORG_FAMILY.values())
# Kinds of place a council governs, printed in its full name ("Brentmoor Borough Council")
_GOVERNED = frozenset(
    ("Borough", "City", "County", "District", "Town", "Parish", "Shire", "Metropolitan")
)
# Kinds a body's name may say in other words: "Brisa Airways Ltd" is "the airline"
_SAME_KIND = {"airline": "airways"}
# Words for a body that refer to a body of any kind ("the group": the union named before).
_ANY_KIND = frozenset(lx.words("group"))
# Kinds a body whose name is headed by one of these words also belongs to: the Food and
# Drug Administration and the Oregon Department of Environmental Quality are each "the
# agency" as well as part of a government.
_ALSO = {"administration": "agency", "department": "agency"}
# English kinds that open a sentence before a role ("Club captain", "Union leader")
_OPENING_KINDS = frozenset(lx.words("club union council party company firm charity trust"))
# Russian words for a body that refer to any body ("в заявлении компании" after
# "Маркетплейс Wildberries"); others only to one that was called by the same word.
_RU_BROAD = ("компани", "ведомств", "организаци")


# Russian kinds that name the same body: "мэрия" is the city's "администрация"; a
# carrier ("перевозчик"), a developer, a contractor or an airline is a company; a team
# ("команда") is the club it plays for.
_RU_SAME = {
    "мэри": "адми",
    "адми": "мэри",
    "пере": "комп",
    "заст": "комп",
    "авиа": "комп",
    "подр": "комп",
    "кома": "клуб",
}


def _plural(word: str) -> bool:
    """Whether a Russian word reads only as a plural ("зоопарки")."""
    readings = morph.parses(word)
    return bool(readings) and all(p.tag.number == "plur" for p in readings)


@lru_cache(maxsize=4096)
def _opening(name: str, size: int) -> tuple[str, ...]:
    """The dictionary forms of the ``size`` words a Russian body's name opens with, past
    adjectives that are no place's, when they end in a noun in the nominative
    ("Природный парк „Сюзьва“" → природный, парк; "Ледовая арена „Северная“" → арена for
    one word); () when they do not ("Ковровский троллейбус": a town's firm, no
    "троллейбус")."""
    words = [w.strip('«»„“"') for w in name.split()]
    skip = 0
    while (
        skip < 2
        and len(words) > skip + size
        and _adjective_of_kind(words[skip])
        and not _opening_noun(words[skip : skip + size])
    ):
        skip += 1
    words = words[skip : skip + size]
    if len(words) < size or not _opening_noun(words):
        return ()
    return tuple(str(morph.parses(w.lower())[0].normal_form) for w in words)


def _opening_noun(words: list[str]) -> bool:
    """Whether words end in a noun in the nominative, all of them plain words."""
    if not words or not all(w.isalpha() for w in words):
        return False
    last = morph.parses(words[-1].lower())
    return any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in last[:2])


def _adjective_of_kind(word: str) -> bool:
    """ "Ледовая", "Торговый": an adjective saying what kind of body, no place's."""
    first = morph.parses(word.lower())[:1] if word.isalpha() else ()
    return any(p.tag.POS == "ADJF" for p in first) and not morph.is_place_adjective(word)


def _says_which(name: str) -> bool:
    """ "министерстве транспорта Тверской области", "мэрии Омска", "министерстве
    здравоохранения Якутии": a body named by its kind with the place it serves, which
    says which body it is as a name does."""
    words = name.split()
    if len(words) < 2 or not words[0].islower() or words[0].startswith("пресс-служб"):
        return False  # "пресс-службе администрации Кирова": the body's press office
    if words[-1][:1].isupper():  # "мэрии Омска", "… хозяйства и энергетики Якутии"
        return words[-1].isalpha() and all(w.islower() for w in words[1:-1])
    return len(words) > 2 and any(w[:1].isupper() for w in words)


def _same_last_part(lemma: str, kinds: frozenset[str]) -> bool:
    """Whether a hyphenated kind ends as one of ``kinds`` does: "дома-интернат" (as the
    dictionary guesses the lemma of "дома-интерната") and "дом-интернат"."""
    last = lemma.rpartition("-")[2]
    return "-" in lemma and len(last) > 4 and any(k.rpartition("-")[2] == last for k in kinds)


def _listed_kinds(words: list[str]) -> set[str]:
    """ "University and College Union" → {university, college}: kinds of body a name lists
    before "and" and the kind it is ("Union"); what it covers, not what it is."""
    end = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    kinds = [i for i in range(end) if words[i] in lx.ORG_FAMILY]
    if len(kinds) < 2 or "and" not in words[kinds[0] : kinds[-1]]:
        return set()
    return {words[i] for i in kinds[:-1]}


def _of_its_country(known: str, name: str) -> bool:
    """Whether the body's name ``known`` is ``name`` and the country or region it serves
    ("Harbour Bank of Ireland" for "Harbour Bank"): the same body, called for short."""
    return known.startswith(f"{name} of ") and is_place(known[len(name) + 4 :])


def _council_of(known: str, name: str) -> bool:
    """Whether ``known`` is the council ``name`` calls for short without the kind of
    place it governs ("Brentmoor Borough Council" for "Brentmoor Council",
    "Calderbrook Metropolitan Borough Council" for "Calderbrook council")."""
    town, _, council = name.rpartition(" ")
    words = known.split()
    kinds = words[len(town.split()) : -1]
    return (
        council.lower() == "council"
        and known.startswith(f"{town} ")
        and words[-1] == "Council"
        and 0 < len(kinds) <= 2
        and all(kind in _GOVERNED for kind in kinds)
    )


def _holds(known: str, name: str) -> bool:
    """Whether the body's name ``known`` holds ``name`` after capitalised words of its own
    only ("Frites Vandaele NV" holds "Vandaele"; "London-listed Crestmoor PLC" is a name
    noted with the words before it, no fuller name)."""
    at = f" {known} ".find(f" {name} ")
    if at < 0 or known == name:
        return False
    return all(re.fullmatch(r"[A-Z][\w&'’.]*", word) for word in known[:at].split())


class Bodies:
    """The organisations an article refers to, in reading order, with their kinds."""

    def __init__(self) -> None:
        self._orgs: list[tuple[str, frozenset[str]]] = []
        self._names: set[str] = set()  # the names noted, for :meth:`knows`
        self._initials: dict[str, str] = {}  # "CCA" → "Company Chemists' Association"
        self.fresh = False  # a body was named since the last person was referred to

    def note(
        self, name: str, kinds: set[str] | None = None, initials: str = "", *, again: bool = False
    ) -> None:
        """Remember an organisation named in the text (``kinds``: families it belongs to;
        ``initials``: printed in brackets after its name, by which it is named later;
        ``again``: a person's body, noted again after the person, which names no body
        anew)."""
        self.fresh = self.fresh or not again
        if initials:
            self._initials[initials] = name
        words = name.replace("’", "'").lower().split()
        listed = _listed_kinds(words)
        words = [w for w in words if w not in listed]
        families = {lx.ORG_FAMILY[w] for w in words if w in lx.ORG_FAMILY}
        if morph.is_russian(name) and any(morph.head_noun(w) in lx.RUSSIAN_BODIES for w in words):
            families.add("ru")  # "Камская транспортная прокуратура": what "ведомство" is
        head = words[: words.index("of")] if "of" in words else words  # "Department of …"
        families |= {_ALSO[w] for w in head[-1:] if w in _ALSO and not name.islower()}
        lone_kind = len(words) == 1 and morph.is_russian(name) and words[0] in lx.ORG_FAMILY
        if name.islower() or lone_kind:  # "the company", "Министерство": the body of that
            name = self.resolve(name)  # kind named before, if any
        given = (kinds or set()) - listed - ({lx.ORG_FAMILY[w] for w in listed} - families)
        self._orgs.append((name, frozenset(families | set(words) | given)))
        self._names.add(name)

    def resolve(self, organization: str) -> str:
        """ "the company" or "the ministry" → the last organisation of that kind named; "the
        CCA" → the body those initials were printed after; else as given. A kind's own word
        ("company", "group") or a broad one ("firm") refers to any body of its family; a
        narrower one ("embassy") only to a body it names or that was called one: an embassy
        is not the foreign office named before it. "The union" with no union named is the
        body named last, when that is of no kind a union is not (the Royal College of
        Nursing); "the club" or "the company" with none named is the body named last whose
        name says no kind. A Russian legal form alone ("ГБУ") is the body named with it."""
        if organization == lx.UNSIGNED_BODY:  # "говорится в ответе на запрос редакции"
            found = (n for n, _ in reversed(self._orgs) if n[:1].isupper() and morph.is_russian(n))
            return next(found, "")
        spelt = self._initials.get(organization.removeprefix("the ").strip())
        if spelt:  # "the CCA" after "the Company Chemists' Association (CCA)": its name
            return spelt
        if organization.lower() in lx.LEGAL_FORMS and morph.is_russian(organization):
            # "сообщили в пресс-службе ГБУ": the body named last with that legal form
            formed = [name for name, kinds in self._orgs if organization.lower() in kinds]
            return formed[-1] if formed else organization
        words = organization.lower().split()
        # "Министерство сообщило": a Russian sentence opens with the kind capitalised
        # and "Club captain Rhys Ellery" an English one: the kind, not a name
        opening = len(words) == 1 and (morph.is_russian(words[0]) or words[0] in _OPENING_KINDS)
        capitals = any(w[:1].isupper() for w in organization.split())
        if not words or len(words) > 2 or (capitals and not opening):
            return organization
        word = words[-1]
        if len(words) == 2 and word in _UNITS_OF_KIND:
            word = words[0]  # "the union local", "the party branch": the body named before
        family = lx.ORG_FAMILY.get(word)
        lemma = morph.head_noun(word)
        compound = organization.islower() and compound_kind(lemma)
        hyphened = "-" in lemma and all(part in lx.ORG_FAMILY for part in lemma.split("-"))
        # "отделения", "лиги": a kind of body the roles know
        state = organization.islower() and (lemma in lx.RUSSIAN_BODIES or is_body_kind(lemma))
        if family is None and len(words) == 1 and (compound or hyphened or state):
            # "агрохолдинга", "турклуба", "музея-заповедника": a kind of body in one word
            return self.named_of_kind(word) or organization
        if family is None:
            return organization
        broad = word == family or word in _BROAD_KINDS or word.startswith(_RU_BROAD)
        # "the group": a body called a group, else any body ("Outside the Leeds Combined
        # Court Centre, the group's chair": the action group named before)
        grouped = any(word in kinds for _, kinds in self._orgs)
        # "the company" after "Hollins & Kaye Carpets Ltd" and "its parent, the flooring
        # group Vandermeulen NV": a body also called by a kind of another family is
        # what that kind refers to, so one called by none is what "the company" means
        others = _FAMILIES - {family}
        parent = word == "company" and any(o[1] & others for o in self._orgs)
        plain = [o for o in self._orgs if not o[1] & others] if parent else []
        for name, kinds in [*reversed(plain), *reversed(self._orgs)]:
            # "the airline" is "Brisamar Airlines": the kind is named in the plural, or by
            # another word for it ("Brisa Airways Ltd")
            named = word in kinds or f"{word}s" in kinds or _SAME_KIND.get(word) in kinds
            fits = named or (broad and family in kinds) or (word in _ANY_KIND and not grouped)
            if family == "ru" and not broad:  # "министерства": a ministry, not a company
                stem = min(5, len(word) - 1)  # "мэрии" is "мэрия", whose ending is shorter
                same = _RU_SAME.get(word[:4], "")
                fits = any(kind[:stem] == word[:stem] or kind[:4] == same for kind in kinds)
            if word.startswith("ведомств") and kinds & {"company", "компания"}:
                fits = False  # "в ведомстве": a state body, not "МУП «…»" named before
            if fits and (name[:1].isupper() or _says_which(name)):
                return name
        last, kinds = self._orgs[-1] if self._orgs else ("", frozenset())
        if word == "union" and last[:1].isupper() and not kinds & _NO_UNION:
            return last  # "Royal College of Nursing … the union's regional officer"
        if family in _OF_ANY_NAME:
            return self._kindless() or organization
        return organization

    def _kindless(self) -> str:
        """The body named last whose name says no kind ("The Blue Lantern", "Marshfield
        Hawks"): what "the club" or "the company" means when no body was called one."""
        for name, kinds in reversed(self._orgs):
            if name[:1].isupper() and not morph.is_russian(name) and not kinds & _FAMILIES:
                return name
        return ""

    def named_of_kind(self, kind: str) -> str:
        """The body named last that was called by the Russian ``kind`` ("компании" after
        "ООО «Вектор»", "завода" after "завод «Химпром»"), not any body as "в заявлении
        компании" may be; blank when none was. A name opened by the kind itself needs the
        words saying which ("Министерство цифрового развития")."""
        return next(self._of_kind(kind), "")

    def only_of_kind(self, kind: str) -> str:
        """The one body of the Russian ``kind`` the whole article names, wherever (see
        :meth:`named_of_kind`); blank when it names none or several."""
        names = set(self._of_kind(kind))
        return names.pop() if len(names) == 1 else ""

    def _of_kind(self, kind: str) -> Iterator[str]:
        """The bodies called by the Russian ``kind``, the last named first."""
        word = kind.lower()
        stem = min(5, len(word) - 1)
        same = _RU_SAME.get(word[:4], "")
        lemma = morph.head_noun(word)  # "холдинга": a "медиахолдинг" is a holding too
        for name, named_kinds in reversed(self._orgs):
            first = name.split()[0].lower()
            # "движение «Зоопарки без клеток»": a plural word of the name is what the
            # body is about, not what kind of body it is
            kinds = frozenset(k for k in named_kinds if not (k == first and _plural(k)))
            # "Министерство финансов" is the kind and its field; "Агрофирма „Луговое“" says
            # which one by its own name
            named = any(w[:1] in '„«"' or w[:1].isupper() for w in name.split()[1:])
            bare = first[:stem] == word[:stem] and len(name.split()) < 3 and not named
            fits = any(k[:stem] == word[:stem] or k[:4] == same for k in kinds)
            fits = fits or (len(lemma) > 4 and any(k.endswith(lemma) for k in kinds))
            fits = fits or any(len(k) > 3 and lemma.endswith(k) for k in kinds)  # "турклуба"
            fits = fits or _same_last_part(lemma, kinds)  # "дома-интерната": "дом-интернат"
            fits = fits or any(compound_kind(k) == lemma for k in kinds)  # "Аэроклуб"
            if fits and name[:1].isupper() and not bare:
                yield name

    def headed_by(self, lemmas: tuple[str, ...]) -> str:
        """The body named last whose name opens with the Russian words ``lemmas`` (in
        their dictionary forms), a noun last ("Парк культуры и отдыха „Березовая роща“"
        for парк, "Природный парк „Сюзьва“" for природный, парк): what a role's
        "директора парка" refers to, whatever kinds of body the lexicon knows; blank
        when none was named so."""
        russian = (n for n, _ in reversed(self._orgs) if n[:1].isupper() and morph.is_russian(n))
        return next((name for name in russian if _opening(name, len(lemmas)) == lemmas), "")

    def fullest(self, name: str) -> str:
        """The fullest name the article printed for the firm ``name`` names for short
        ("Polaris Earth Imaging GmbH" for "Polaris", "Pennine Citylink Ltd" for "Pennine
        Citylink", "Frites Vandaele NV" for "Vandaele"): the longest body noted whose name
        holds it and ends in a legal form; else ``name``. "Halvard Belgium" may be another
        firm than "Halvard". A body called by the words opening its name ("Brightpath" for
        "Brightpath Children's Trust", "Calder Brook" for "Calder Brook Housing
        Association") is the body so named, when only one is and those words were not
        noted as a body of a kind of its own. So is a body called without the country it
        serves ("Harbour Bank of Ireland"), a council without the kind of place it
        governs ("Brentmoor Borough Council"), and a Russian body by its initials alone
        («УФСИН России по Ивановской области»)."""
        if name.isupper() and morph.is_russian(name):  # "УФСИН": "УФСИН России по …"
            opened = {known for known, _ in self._orgs if known.startswith(f"{name} ")}
            return opened.pop() if len(opened) == 1 else name
        if not name[:1].isupper() or morph.is_russian(name):
            return name
        opened = {known for known, _ in self._orgs if self._opens(known, name)}
        if len(opened) == 1 and (" " not in name or not self._of_a_kind(name)):
            return opened.pop()
        placed = {known for known, _ in self._orgs if _of_its_country(known, name)}
        placed = placed or {known for known, _ in self._orgs if _council_of(known, name)}
        if len(placed) == 1:  # "Harbour Bank" of "Harbour Bank of Ireland"
            return placed.pop()
        longer = [
            known
            for known, _ in self._orgs
            if is_legal_form(known.split()[-1]) and _holds(known, name)
        ]
        return max(longer, key=len) if longer else name

    def as_named(self, name: str) -> str:
        """A one-word Russian name in another case than the body was first named in
        («Ангаре», «Ангары» after «Ангара»): the name as first named; else ``name``."""
        bare = name.strip("«»„“")
        if len(bare.split()) != 1 or len(bare) < 4 or not morph.is_russian(bare):
            return name
        for known, _ in self._orgs:
            for word in known.split():
                word = word.strip("«»„“,.")
                stem = len(word) - 2
                same = word[:stem] == bare[:stem] and abs(len(word) - len(bare)) <= 2
                if same and word != bare and word[:1].isupper() and len(word) >= 4:
                    return word
        return name

    def _of_a_kind(self, name: str) -> bool:
        """Whether ``name`` was noted as a body of a kind its own words do not say
        ("Kettlewell United, the League One football club"): a body in its own right,
        not a longer name's short form."""
        own = set(name.replace("’", "'").lower().split())
        return any(kinds - own for known, kinds in self._orgs if known == name)

    def knows(self, name: str) -> bool:
        """Whether ``name`` was noted as an organisation."""
        return name in self._names

    def opened_by(self, word: str) -> str:
        """The body named last whose name opens with the single name ``word`` ("Brabant"
        after "Brabant Metals NV"): what a firm is called for short; blank when none is."""
        return next((name for name, _ in reversed(self._orgs) if self._opens(name, word)), "")

    @staticmethod
    def _opens(name: str, start: str) -> bool:
        """Whether the body's ``name`` opens with the words ``start`` and goes on in
        capitals ("Calder Brook Housing Association" with "Calder Brook")."""
        rest = name[len(start) + 1 :] if name.startswith(f"{start} ") else ""
        return rest[:1].isupper()

    def with_form(self, name: str) -> str:
        """The body named last as ``name`` and its legal form ("Dale Creameries PLC" for
        "Dale Creameries"), or opened by ``name`` and ended by one ("Castlefield Property
        Holdings Ltd" for "Castlefield Property"); blank when none was."""
        for known, _ in reversed(self._orgs):
            head, _, form = known.rpartition(" ")
            legal = form.lower() in lx.LEGAL_FORMS or form in lx.FOREIGN_LEGAL_FORMS
            # "Holdings", "(York)" where it is; not "of Harcourt …"
            going_on = head[len(name) + 1 : len(name) + 2]
            goes_on = going_on.isupper() or going_on == "("
            if legal and (head == name or (head.startswith(f"{name} ") and goes_on)):
                return known
        return ""

    def last_firm(self) -> str:
        """The body referred to last when it is a firm by name named since the last
        person ("Kernow Lode Resources PLC expects …"): whose chief executive a name with
        that post is; blank otherwise."""
        name, kinds = self._orgs[-1] if self._orgs and self.fresh else ("", frozenset())
        return name if name[:1].isupper() and "company" in kinds else ""

    def last_named(self, *, lower: bool = False) -> str:
        """The organisation referred to last, by its name ("Northwind Logistics"); blank when
        that was a body only named by its kind ("the housing association"), unless
        ``lower`` and the kind is printed with what says which one it is ("областной фонд
        развития науки")."""
        last = self._orgs[-1][0] if self._orgs else ""
        return last if last[:1].isupper() or (lower and len(last.split()) > 1) else ""
