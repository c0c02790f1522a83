"""Role and body in a Russian description printed without a joining word: "аналитик
Высшей школы экономики", "представитель прокуратуры Пермского края", "Председатель
ЦБ". A place after the role ("Жительница Листвянки", "Глава Дагестана") is no body."""

from __future__ import annotations

import re

from . import lexicon as lx
from . import morph
from .name_roles import words_after_po
from .names import is_capitalised

_RU_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "под", "у", "из"))
_RESIDENTS = frozenset(lx.words("житель жительница уроженец уроженка"))
_TERRITORIAL = frozenset(
    lx.words(
        "областной региональный межрегиональный краевой городской районный межрайонный "
        "окружной республиканский федеральный муниципальный"
    )
)


# Kinds of body whose genitive after a role says where the role is held: "директор
# компании", "председатель профсоюза", "актриса театра"
# A body's unit ("заведующий инфекционным отделением") is part of the role held in it,
# though a unit speaks as a body ("сообщили в отделении Социального фонда")
_UNITS = frozenset(lx.words("отделение филиал отдел"))
_BODY_KINDS = (lx.RUSSIAN_BODIES - _UNITS) | frozenset(
    lx.words(
        """
    школа лицей гимназия колледж университет институт академия больница поликлиника
    госпиталь хоспис театр музей библиотека завод фабрика комбинат холдинг ассоциация
    союз профсоюз движение объединение общество клуб центр приют совет муниципалитет
    обсерватория бюро клиника команда экспедиция база планетарий сеть подрядчик магазин
    гостиница отель хостел пансионат санаторий ресторан хор ансамбль оркестр издание сад
    сообщество колония диспансер интернат автосервис автосалон салон аптека пекарня
    мастерская ателье рынок типография терминал порт аэропорт заповедник зоопарк нацпарк
    издательство станция училище техникум филармония консерватория галерея
    цирк депо турбаза стартап фирма кофейня дацан монастырь газета часть столовая верфь
    судоверфь лига
    """
    )
)


def kind_start(words: list[str], *, named: bool = False) -> int:
    """Where a body's kind in the genitive, with the adjectives before it, ends a Russian
    role ("директор по коммуникациям компании", "аналитик инвестиционной компании"): the
    kind stands for a body named before or after it; 0 when the role ends otherwise.
    ``named`` when the body's name follows: then a genitive after the kind says what
    kind of body it is ("директор базы отдыха «Сосновый берег»")."""
    end = len(words) - 1
    cases = governed_cases(words)
    if [w.lower() for w in words[-2:]] == ["муниципального", "образования"] and end > 1:
        return end - 1 if names_person(words[:-2]) else 0  # a municipality, by its kind
    if (
        end > 1
        and _is_kind(words[end - 1], cases)
        and (whose_members(words[end]) or (named and _kind_complement(words[end])))
    ):
        if morph.head_noun(words[end - 1]) == "совет" and morph.head_noun(words[end]) in _HOMES:
            return 0  # "Председатель совета жильцов": a post among neighbours, no body
        end -= 1  # "лидер объединения болельщиков": whose body it is goes with its kind
    back = end
    while named and back > 1 and end - back < 3 and not _is_kind(words[back], cases):
        if not (_kind_complement(words[back]) or whose_members(words[back])):
            break
        back -= 1  # "организации защиты прав потребителей «Щит»": what the body does
    if back < end and _is_kind(words[back], cases):
        end = back
    if len(words) < 2 or not _is_kind(words[end], cases):
        return 0
    start = end
    while start > 1 and _kind_adjective(words[start - 1], cases):
        start -= 1
    return start if names_person(words[:start]) else 0


def is_body_kind(lemma: str) -> bool:
    """ "газета", "интернат": a Russian kind of body, in its dictionary form."""
    return lemma in _BODY_KINDS


def is_body_noun(word: str) -> bool:
    """ "парка", "техникума": a lower-case noun in the genitive that names no one, which
    ending a role may be the kind of a body the article names by it."""
    first = morph.parses(word)[:1] if word.isalpha() and word.islower() else []
    return (
        any(p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "gent" for p in first)
        and morph.head_noun(word) not in _OWNED_PARTS | _UNITS
    )  # "парка", though a Parca is someone too


def whose_members(word: str) -> bool:
    """ "болельщиков", "ветеранов": people in the genitive plural, in lower case, after the
    kind of the body they make up; not officers ("совета директоров" is a board, a part of
    the body named after it, which the role holds a seat on)."""
    one = morph.one_of(word) if word.islower() else ""
    return bool(one) and one not in lx.RUSSIAN_HEADS  # "предпринимателей", not "директоров"


def _kind_complement(word: str) -> bool:
    """ "отдыха", "культуры": a lower-case noun in the genitive naming no one, which with
    the kind before it makes a kind of body ("база отдыха", "дом культуры")."""
    return (
        word.isalpha()
        and word.islower()
        and morph.is_genitive(word)
        and not morph.is_person_noun(word)
        and bool(morph.head_noun(word))
    )


def _kind_adjective(word: str, cases: frozenset[str] = morph.GENITIVE) -> bool:
    """ "инвестиционной", "управляющей", "Пермской": an adjective or participle in the
    genitive (or the case the role governs), which says what kind of body the kind after
    it is, or where it serves."""
    parses = morph.parses(word.lower())
    plain = word.replace("-", "").isalpha()  # "Ленинск-Кузнецкого"
    return plain and any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in parses)


def _is_kind(word: str, cases: frozenset[str] = morph.GENITIVE) -> bool:
    """ "компании", "профсоюза", "турклуба", "садом": a kind of body in the genitive (or
    the case the role governs), in lower case; a compound's last part may be the kind."""
    if not (word.islower() and morph.in_case(word, cases)):
        return False
    lemma = morph.head_noun(word)
    # "музея-заповедника": a museum and a reserve, both kinds; not "компании-подрядчика",
    # a company by whom it works for
    parts = lemma.split("-")
    hyphened = len(parts) > 1 and all(part in _BODY_KINDS for part in parts)
    hyphened = hyphened and not morph.is_person_noun(parts[-1])
    return lemma in _BODY_KINDS or bool(compound_kind(lemma)) or hyphened


# Who runs something governs it in the instrumental («заведующая детским садом»,
# «управляющий клиникой», «командующий округом»); other roles govern the genitive
_RUNNING = frozenset(lx.words("заведовать управлять командовать командующий"))
_GENITIVE_OR_INSTRUMENTAL = frozenset(("gent", "ablt"))


def governed_cases(words: list[str]) -> frozenset[str]:
    """The cases in which a role's words may name its body: the genitive, and the
    instrumental after a word for who runs it ("заведующий", "управляющая")."""
    running = any(
        p.normal_form in _RUNNING and p.tag.POS in ("PRTF", "NOUN")
        for w in words
        if w.islower() or w.istitle()
        for p in morph.parses(w.lower())
    )
    return _GENITIVE_OR_INSTRUMENTAL if running else morph.GENITIVE


def compound_kind(lemma: str) -> str:
    """The kind ending a compound kind of body ("турклуб" → "клуб", "агрохолдинг" →
    "холдинг", "интернет-издание" → "издание"); "" for no such compound."""
    first, _, last = lemma.rpartition("-")
    if first and last in _BODY_KINDS and first not in _BODY_KINDS:
        return last  # not "компания-подрядчик", a company that is the contractor
    return next((k for k in _COMPOUND_KINDS if lemma.endswith(k) and len(lemma) > len(k) + 2), "")


# Kinds of body that words in the genitive do not make one: a shop is a body by its name
_NAMED_ONLY = frozenset(lx.words("магазин"))

# Kinds that end compounds ("турклуб", "медцентр", "агрохолдинг", "автошкола")
_COMPOUND_KINDS = frozenset(
    lx.words("клуб центр холдинг фирма компания комбинат школа больница завод верфь")
)


def names_person(words: list[str]) -> bool:
    """ "Генеральный директор", "директор по коммуникациям": a role held by someone; not
    one a body serves ("покупательница пекарни", "пациент клиники"), who is no part of it."""
    if words and morph.head_noun(words[0]) in _PATRONS:
        return False
    return any(morph.is_person_noun(w) or morph.head_noun(w) in lx.ROLE_WORDS for w in words)


# Those a body serves, not those it is made of
_PATRONS = frozenset(
    lx.words(
        "покупатель покупательница клиент клиентка посетитель посетительница пациент "
        "пациентка пассажир пассажирка зритель зрительница читатель читательница подписчик "
        "подписчица абонент"
    )
)


# Ranks of the clergy, printed between a post and the name ("настоятель храма протоиерей …")
_CLERICAL_RANKS = frozenset(
    lx.words(
        "протоиерей иерей священник игумен игуменья архимандрит митрополит архиепископ "
        "епископ диакон протодиакон иеромонах"
    )
)
# Houses of worship, named by their dedication: the kind is part of the name
_DEDICATED = frozenset(lx.words("храм собор церковь монастырь часовня"))

# Who acts for someone else: whom they act for is no part of their role
_AGENTS = frozenset(lx.words("адвокат защитник юрист представитель поверенный"))
_FAMILY = frozenset(lx.words("семья"))
_ACTING = re.compile(r"^(?:представля|защища)\w*$", re.IGNORECASE)


def _client_word(word: str) -> str:
    """How a word may name whom someone acts for, in the genitive: "person" (a kind of
    person or a surname: «истицы», «Ковалева», «задержанного»), "adjective" (which
    names a person only as the last word: «погибшего», «конкурсного»), else ""."""
    kinds = ""
    if morph.is_function_word(word):
        return ""  # «юрист по трудовому праву»: a preposition, no one's name
    if morph.head_noun(word) in _BODY_KINDS:
        return ""  # «Представитель подрядчика»: a contractor is a body's kind
    if morph.head_noun(word) in _FAMILY:
        return "person"  # «адвокат семьи»: the people, not a body
    for parse in morph.parses(word if is_capitalised(word) else word.lower()):
        if parse.tag.case != "gent":
            continue
        tag = parse.tag
        if (tag.POS == "NOUN" and "anim" in tag) or (tag.POS == "PRTF" and "Subx" in tag):
            return "person"
        if tag.POS in ("ADJF", "PRTF"):
            kinds = "adjective"
    return kinds


def _client_end(words: list[str], start: int) -> int:
    """Where the words from ``start`` naming whom someone acts for end (``start`` if they
    name no one): «истицы», «Ковалева», «конкурсного управляющего», «Селезневой»."""
    end = start
    while end < len(words) and _client_word(words[end]):
        end += 1
    if end == start:
        return start
    last = _client_word(words[end - 1])
    named = last == "person" or is_capitalised(words[end - 1])  # «Селезневой»: a surname
    followed = end < len(words) and any(  # «юрист правозащитного центра»: a body's
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph.parses(words[end].lower())
    )
    if followed and last == "person":  # «Адвокат владелицы бюро»: the client's own body
        while end < len(words) and words[end].islower() and morph.is_genitive(words[end]):
            end += 1
        return end
    return end if (named or last == "adjective") and not followed else start


def without_client(words: list[str]) -> list[str]:
    """ "Адвокат Ковалева", "адвокат истицы", "представлявший интересы Селезневой
    адвокат" → the role alone: whom a lawyer or a representative acts for is their
    client, no part of what they are, and no body."""
    if len(words) > 2 and _ACTING.match(words[0]) and words[1].lower() == "интересы":
        end = _client_end(words, 2)
        if end > 2:
            words = words[end:]
    for index, word in enumerate(words[:-1]):
        if morph.head_noun(word) in _AGENTS:
            end = _client_end(words, index + 1)
            return words[: index + 1] + words[end:]
    return words


def split_russian(words: list[str]) -> tuple[str, str]:
    """ "аналитик Высшей школы экономики" → (аналитик, Высшей школы экономики); "жительница
    Листвянки": where a resident lives is a place, whatever the dictionary knows of it;
    the street someone works on is no part of their role, nor whom they act for."""
    words = without_client(words)
    foreign = len(words) > 1 and words[0].lower().startswith(lx.RUSSIAN_NATIONAL_STEMS)
    foreign = foreign or (len(words) > 1 and morph.is_place_adjective(words[0]))
    if foreign and all(w.islower() for w in words[1:]) and morph.is_person_noun(words[-1]):
        words = words[1:]  # "немецкий органный мастер": where he is from, not his job
    while len(words) > 1 and words[-1].lower() in _CLERICAL_RANKS:
        words = words[:-1]  # "… протоиерей Михаил Вершинин": his rank, printed before his name
    street = _STREET.search(" ".join(words))
    if street and street.start() > 0:  # "Владелец магазина на Советской улице"
        words = street.string[: street.start()].split()
    words = _without_workplace(words)
    if words and morph.head_noun(words[0]) in _RESIDENTS:
        return " ".join(words), ""
    if len(words) > 2 and is_source(words):  # "источник в ДРСК": someone in the body
        place = until_preposition(words[2:])  # "в компании на условиях анонимности"
        in_body = words[2].lower() not in _ONE_OF and _names_a_body(place)
        return "", " ".join(place) if in_body else ""  # not "источник на рынке": a place
    attached = _attached_body(words)
    if attached:  # "Председатель общественного совета при министерстве здравоохранения"
        return " ".join(words[:attached]), " ".join(words[attached:])
    body = _place_body(words)  # "начальник управления образования Екатеринбурга"
    described = body and not any(morph.is_person_noun(w) for w in words[:body])
    if described and morph.opens_noun_phrase(words[0], words[1 : body + 1]):
        return "", " ".join(words)  # "Государственная жилищная инспекция Самарской области"
    if body:
        role = words[:body]
        while role and role[-1].lower() in _RU_PLACE_PREPOSITIONS:
            role = role[:-1]  # "Источник в правительстве области": the body it is in
        if len(role) == 1 and morph.head_noun(role[0]) in lx.SOURCE_NOUNS:
            role = []  # "Источник в …": someone unnamed, whose job is not said
        return " ".join(role), " ".join(words[body:])
    for index in range(1, len(words)):
        if words[index - 1].lower() == "от" and is_capitalised(words[index]):
            return " ".join(words[: index - 1]), " ".join(words[index:])  # "Депутат от КПРФ"
        if words[index - 1].lower() in _RU_PLACE_PREPOSITIONS:
            break  # "владелица кофейни на улице Луначарского": a place, not a body
        if words[index - 1].lower() == "и":
            continue  # "министр строительства и ЖКХ области": one field joined to another
        if morph.head_noun(words[index - 1]) in lx.RUSSIAN_SETTLEMENTS:
            break  # "житель поселка Ола": a place
        if _is_russian_name(words[index]) and not _is_russian_place(_before_field(words[index:])):
            if morph.head_noun(words[index - 1]) in _DEDICATED and words[index - 1].islower():
                index -= 1  # "храма Святой Троицы": a church is named by its dedication
            named = _without_seat(words[index:])
            if len(named) > 1 and named[0].lower() in lx.LEGAL_FORMS and named[0].isupper():
                named = named[1:]  # "ФКУ ИК-7": the colony, without its legal form
            return " ".join(words[:index]), " ".join(named)
        if _heads_municipality(words[:index], words[index:]):
            return " ".join(words[:index]), " ".join(words[index:])
    body = _described_body(words)  # "председатель первичной профсоюзной организации завода"
    if body:
        return " ".join(words[:body]), " ".join(words[body:])
    return " ".join(words), ""


def _attached_body(words: list[str]) -> int:
    """Where a body attached to another ("общественного совета при министерстве …")
    starts in a role: its kind in the genitive before "при", with its adjectives; 0 when
    there is none."""
    at = next((i for i, w in enumerate(words) if i > 1 and w.lower() == "при"), 0)
    if not at or at + 1 >= len(words) or not _is_kind(words[at - 1]):
        return 0
    start = at - 1
    while start > 1 and _kind_adjective(words[start - 1]):
        start -= 1
    return start if names_person(words[:start]) else 0


# "на Советской улице", "на улице Луначарского", "на Комсомольском проспекте": an address
_STREET = re.compile(
    r"\s+(?:на|в)\s+(?:[А-ЯЁ][\w-]*\s+)?"
    r"(?:улиц|проспект|площад|переул|шоссе|бульвар|набережн)[а-яё]*(?:\s+[А-ЯЁ][\w.-]*)*$"
)


# Where someone's shop or stall is, in a town, a village or a market: "в Новомосковске",
# "в деревне Шунга под Костромой", "на Центральном рынке"; not a region an office serves
# ("Уполномоченный … в Омской области")
_TOWNS = frozenset(lx.words("город поселок посёлок село деревня станица аул хутор микрорайон"))
_MARKETS = frozenset(lx.words("рынок ярмарка"))
_AT = frozenset(("в", "во", "на", "под"))


def _without_workplace(words: list[str]) -> list[str]:
    """A role without the town, village or market someone works in, printed after it:
    "продавщица на рынке в Зеленогорске" → "продавщица"."""
    if len(words) < 3 or is_source(words) or not morph.is_person_noun(words[0].lower()):
        return words
    if morph.head_noun(words[0]) in _RESIDENTS:
        return words  # "Жительница дома на Гагарина": where someone lives says who they are
    index = next((i for i, w in enumerate(words) if i and w.lower() in _AT), 0)
    if not index or index + 1 == len(words) or not all(w.islower() for w in words[1:index]):
        return words  # "биолог Европейского университета в Санкт-Петербурге": the body's
    tail = [w.rstrip(",.") for w in words[index + 1 :]]
    head = morph.head_noun(tail[0])
    town = head in _TOWNS and len(tail) > 1
    town = town and all(is_capitalised(w) or w in _AT for w in tail[1:])
    city = len(tail) == 1 and is_capitalised(tail[0]) and morph.is_place(tail[0])
    named_market = len(tail) > 1 and is_capitalised(tail[0])
    market = head in _MARKETS or (named_market and morph.head_noun(tail[1]) in _MARKETS)
    return words[:index] if town or city or market else words


# Municipalities, which are governed: "городской округ", "сельское поселение", "район"
_MUNICIPALITIES = frozenset(lx.words("округ район поселение"))


def _heads_municipality(role: list[str], rest: list[str]) -> bool:
    """ "Глава Чусовского городского округа", "Глава администрации Рамонского района": the
    municipality someone heads is the body, though it is also a place ("фермер Рамонского
    района" lives there)."""
    if not role or morph.head_noun(role[-1]) not in lx.RUSSIAN_HEADS | {"администрация"}:
        return False
    at = next((i for i, w in enumerate(rest[:4]) if _is_municipality(w)), -1)
    if at < 0 or not all(map(_kind_adjective, rest[:at])):
        return False  # "Чусовского городского": what says which one it is, in the genitive
    return any(map(is_capitalised, rest[: at + 2]))  # "Чусовского …", "… округа Сызрань"


def _is_municipality(word: str) -> bool:
    return word.islower() and morph.is_genitive(word) and morph.head_noun(word) in _MUNICIPALITIES


# Parts of a body, which the body named after them owns: the part is the role's
_OWNED_PARTS = frozenset(lx.words("управление департамент отдел служба пресс-служба"))


def _described_body(words: list[str]) -> int:
    """Where a body printed by its kind and what says which one it is starts in a role:
    its adjectives ("Депутат районного совета"), the genitives after it ("Председатель
    профсоюзной организации завода") or its number ("медсестра поликлиники № 3"); 0 for a
    kind alone, which stands for a body named elsewhere, or a part of one ("руководитель
    службы персонала компании": the part is the role's, the company the body)."""
    cases = governed_cases(words)
    index = next((i for i, w in enumerate(words) if i and _is_kind(w, cases)), 0)
    numbered = words[index + 1 : index + 2] == ["№"]  # "Продавец магазина № 7": its number
    if not index or (morph.head_noun(words[index]) in _NAMED_ONLY and not numbered):
        return 0  # "Владелец продуктового магазина": a shop, which only a name makes a body
    start = index
    while start > 1 and _kind_adjective(words[start - 1], cases):
        start -= 1
    rest = words[index + 1 :]
    if morph.head_noun(words[index]) == "совет" and rest and morph.head_noun(rest[0]) in _HOMES:
        return 0  # "Председатель совета дома", "совета жильцов": residents, no body
    if len(rest) == 3 and _is_kind(rest[0]) and rest[1] == "№" and rest[2].isdigit():
        # "председатель родительского комитета школы № 40": the numbered body, which the
        # committee is part of, and the role holds a seat on
        return index + 1 if names_person(words[:start]) else 0
    # "спортивной школы олимпийского резерва № 4": what kind of school, then its number
    numbered = len(rest) >= 2 and rest[-2] == "№" and rest[-1].isdigit()
    numbered = numbered and all(w.islower() and morph.is_genitive(w) for w in rest[:-2])
    plain = all(w.islower() and morph.is_genitive(w) for w in rest)
    # "администрации поселка Гранитный": the body of a settlement named after its kind
    settled = len(rest) == 2 and rest[0].islower() and is_capitalised(rest[1])
    plain = plain or (settled and morph.head_noun(rest[0]) in lx.RUSSIAN_SETTLEMENTS)
    # "службы персонала компании", "заведующая почвенным музеем института": a part of the
    # body after it, which the role runs
    owned = morph.head_noun(words[index]) in _OWNED_PARTS or "ablt" in cases
    part = owned and any(map(_is_kind, rest))
    members = len(rest) == 1 and whose_members(rest[0])  # "клуба бегунов": a kind alone
    described = start < index or (bool(rest) and not members)
    if not (described and (plain or numbered)) or part or not names_person(words[:start]):
        return 0
    return start


# A building and those who live in it, whose council («совет дома», «совет жильцов»)
# is a post among neighbours, not a body
_HOMES = frozenset(lx.words("дом жилец житель собственник"))


def _without_seat(words: list[str]) -> list[str]:
    """ "Законодательного собрания области от Усть-Кута" → the assembly: the place a
    member was elected for, after "от", is no part of the body's name."""
    for index in range(1, len(words) - 1):
        if words[index].lower() == "от" and _is_russian_place(words[index + 1 :]):
            return words[:index]
    return words


# "источник в одной из аптечных сетей": one of several, so no body is named
_ONE_OF = frozenset(lx.words("одной одном одного одним"))


def _names_a_body(words: list[str]) -> bool:
    """ "правительстве области", "районной администрации", "ДРСК", "аппарате Госдумы": a
    body, by its kind or a name; not "рынке школьного питания", where someone is."""
    index = 0
    while index + 1 < len(words) and _lower_adjective(words[index]):
        index += 1
    named = any(is_capitalised(w) or w.startswith("«") for w in words)  # "аппарате Госдумы"
    return named or morph.head_noun(words[index]) in lx.RUSSIAN_BODIES


def _lower_adjective(word: str) -> bool:
    """ "районной", "областном": an adjective in lower case before the noun it describes."""
    return word.islower() and any(p.tag.POS == "ADJF" for p in morph.parses(word)[:1])


def until_preposition(words: list[str]) -> list[str]:
    """The words up to a preposition that opens what no name goes on with ("… на
    условиях анонимности"); "по" opening a field or a region stays in the name."""
    for index in range(1, len(words)):
        if _joins_fields(words, index):
            continue  # "министерстве науки и высшего образования": two fields of one body
        if morph.is_function_word(words[index]) and not words_after_po(words[index:]):
            return words[:index]
    return words


def _joins_fields(words: list[str], index: int) -> bool:
    """Whether "и" at ``index`` joins two genitive fields of a body's name."""
    if (
        words[index] != "и"
        or index + 1 >= len(words)
        or words[index - 1] != words[index - 1].rstrip(",.;:")
    ):
        return False
    after = words[index + 1].rstrip(",.;:")
    return after.islower() and not morph.is_function_word(after) and morph.is_genitive(after)


def is_source(words: list[str]) -> bool:
    """ "Источник в правительстве области": an unnamed person in a body."""
    return (
        morph.head_noun(words[0]) in lx.SOURCE_NOUNS and words[1].lower() in _RU_PLACE_PREPOSITIONS
    )


def _place_body(words: list[str]) -> int:
    """Where a body starts in a Russian role: a body named by its kind, the adjectives
    before it and the genitives after it, and the place it serves ending the words
    ("представитель прокуратуры Пермского края"); or a body its adjectives describe,
    whose genitives or "по …" say which, with or without the place ("председатель
    областной организации профсоюза", "руководитель региональной службы по тарифам
    Пермского края"); 0 when there is none."""
    for index in range(1, len(words) - 1):
        word = words[index]
        described = any(  # "Ленинского районного суда"; not "департамента ЖКХ администрации"
            is_capitalised(w) and not (_is_acronym(w) and _part_of_body(words, i))
            for i, w in enumerate(words[1:index])
        )
        if _part_of_body(words, index):
            continue  # "начальник управления … министерства …": the ministry's department
        if word.islower() and morph.head_noun(word) in lx.RUSSIAN_BODIES and not described:
            start = index
            while start > 1 and _genitive_adjective(words[start - 1]):
                start -= 1  # "областной организации", "региональной службы"
            rest = words[index + 1 :]
            place = next((i for i, w in enumerate(rest) if is_capitalised(w)), len(rest))
            named = place < len(rest) and _is_russian_place(rest[place:])
            named = named and all(morph.is_genitive(w) for w in rest[place:])  # at the end
            field = words_after_po(rest[:place]) if rest[:1] == ["по"] else 0
            plain = all(w.islower() and morph.is_genitive(w) for w in rest[field:place])
            if named and plain:
                while start > 1 and _any_genitive_adjective(words[start - 1]):
                    start -= 1  # "территориальной избирательной комиссии Череповца"
                return start
            if start < index and len(rest) == 1 and _is_acronym(rest[0]):
                return start  # "регионального управления МВД": a part, and its owner
            which = rest[1:place] if rest[:1] == ["по"] else rest[:place]
            which_plain = rest[:1] == ["по"] or all(morph.is_genitive(w) for w in which)
            ends = place == len(rest) or named
            if start < index and which and which_plain and ends:
                return start
            return 0
    return 0


# Parts of a body, which another body named after them owns
_PARTS = frozenset(lx.words("управление департамент отдел"))


def _part_of_body(words: list[str], index: int) -> bool:
    """ "управления лекарственного обеспечения министерства здравоохранения": a department
    with the body it belongs to named after it in the genitive, which is the role's."""
    if not words[index].islower() or morph.head_noun(words[index]) not in _PARTS:
        return False
    for word in words[index + 1 :]:
        if _is_acronym(word) and word is words[index + 1]:
            continue  # "департамента ЖКХ администрации …": the field, by its initials
        if not (word.islower() and morph.is_genitive(word)):
            return False
        head = morph.head_noun(word)
        if head in lx.RUSSIAN_BODIES and head not in _PARTS:
            return True
    return False


def _before_field(words: list[str]) -> list[str]:
    """ "Псковской области по социальной политике": the place, without the field after
    "по" that an office covers there."""
    cut = next((i for i, w in enumerate(words) if w.lower() == "по"), len(words))
    return words[:cut] or words


def _genitive_adjective(word: str) -> bool:
    """ "областной", "региональной": the territory a body serves, in the genitive; not
    "профсоюзной" (:func:`_described_body` reads "председатель профсоюзной организации
    завода")."""
    return word.islower() and any(
        p.tag.POS == "ADJF" and "gent" in p.tag and p.normal_form in _TERRITORIAL
        for p in morph.parses(word)
    )


def _any_genitive_adjective(word: str) -> bool:
    """ "избирательной", "территориальной": an adjective in the genitive, which belongs to
    the body a named place follows ("председатель территориальной избирательной комиссии
    Череповца")."""
    parses = morph.parses(word)
    return word.islower() and any(p.tag.POS == "ADJF" and "gent" in p.tag for p in parses)


def _is_russian_name(word: str) -> bool:
    """A capitalised word that may name a body: "МВД", "Сбербанка", not "IT-компании"."""
    return is_capitalised(word) and not re.search(r"-[а-яё]+$", word)


def _is_russian_place(words: list[str]) -> bool:
    """ "Самары", "Пензенской области", "Хабаровского края": a place, not a body; but
    "Тверской городской думы" is a body of a place, whose adjective the dictionary may
    also read as a street's name."""
    if _body_of_place(words):
        return False
    if _is_acronym(words[0]) and not morph.is_place(words[0]):
        return False  # "ОНК Свердловской области": a body the letters name, of a region
    if morph.is_place(words[0]) or morph.head_noun(" ".join(words)) in lx.RUSSIAN_SETTLEMENTS:
        return True
    if len(words) == 2 and _GENITIVE_ADJECTIVE.search(words[0]) and morph.is_place(words[1]):
        return True  # "Нижнего Новгорода", "Великого Устюга": a place of two words
    # "Северокаменского городского округа": a kind of place after adjectives the
    # dictionary may not know
    kind = morph.head_noun(words[-1]) in lx.RUSSIAN_SETTLEMENTS and words[-1].islower()
    return kind and len(words) > 1 and all(_GENITIVE_ADJECTIVE.search(w) for w in words[:-1])


_GENITIVE_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей|ых|их)$")


def _is_acronym(word: str) -> bool:
    """ "ОНК", "ГУФСИН": capitals only, as a body's initials are printed."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _body_of_place(words: list[str]) -> bool:
    """A place's adjective and the lower-case noun it goes with, which is no kind of place
    ("Тверской городской думы", not "Тверской области")."""
    if len(words) < 2 or not words[-1].islower():
        return False
    head = morph.head_noun(words[-1])
    adjective = any(p.tag.POS == "ADJF" for p in morph.parses(words[0].lower()))
    return adjective and bool(head) and head not in lx.RUSSIAN_SETTLEMENTS


def role_before_name(role: str, name: str) -> str:
    """The role printed before a body's ``name`` in guillemets, without the body's kind
    ("директор компании", "директор управляющей компании ООО" → "директор"): the kind is
    the named body's. A union's kind before a company's legal form is not the company's:
    "председатель первичной профсоюзной организации АО «…»" chairs the union there; nor
    is a part of a body named in the genitive ("службы поддержки «Яндекса»")."""
    bare = without_legal_form(role)
    words = bare.split()
    if len(words) > 1 and re.fullmatch(r"[А-ЯЁ]{2,6}", words[-1]):
        bare = " ".join(words[:-1])  # "Врач ГОБУЗ «…»": the body's form, in capitals
    kind = kind_start(bare.split(), named=not _reads_genitive(name))
    if not kind:
        return bare
    formed = bare != role and role.split()[len(bare.split())].lower() in _COMPANY_FORMS
    # "первичной профсоюзной организации АО": a union's; "подрядной организации ООО": the
    # contractor's, the firm named
    union = any(w.lower().startswith("профсоюзн") for w in bare.split()[kind:])
    if formed and (union or any(morph.head_noun(w) in _NOT_COMPANIES for w in bare.split()[kind:])):
        return bare
    if bare != role and morph.head_noun(bare.split()[-1]) in _OWNED_PARTS:
        return bare  # "руководитель юридической службы ГБУ «…»": a part of the body named
    return " ".join(bare.split()[:kind])


def _reads_genitive(name: str) -> bool:
    """Whether a body's name in guillemets is printed in the genitive («Яндекса»)."""
    readings = morph.parses(name.split()[0]) if name.split() else []
    readings = [p for p in readings if p.tag.POS != "NUMR"]  # «Сорока», a magpie
    return bool(readings) and readings[0].tag.case == "gent"


# Legal forms of a company, and kinds of body that no company is
_COMPANY_FORMS = frozenset(lx.words("ооо оао зао пао ао нао сао спао llc ltd"))
_NOT_COMPANIES = frozenset(lx.words("профсоюз союз ассоциация объединение движение"))


def without_legal_form(role: str) -> str:
    """ "Директор ООО" → "Директор": the legal form printed before a company's name in
    guillemets ("ООО «Уютный дом»") is no part of the role, nor the initials of the
    region after it ("ГБУЗ НСО «…»") or printed in words ("ГБУК Тульской области «…»")."""
    words = role.split()
    form = next((i for i in range(1, len(words) - 1) if words[i].lower() in lx.LEGAL_FORMS), 0)
    if form and _is_russian_place(words[form + 1 :]):
        words = words[: form + 1]  # the state body's region, which the form is of
    while len(words) > 1 and (
        words[-1].lower() in lx.LEGAL_FORMS
        or (len(words) > 2 and words[-1].isupper() and words[-2].lower() in lx.LEGAL_FORMS)
    ):
        words.pop()
    return " ".join(words)
