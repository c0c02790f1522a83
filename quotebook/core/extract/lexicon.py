"""Word lists the extractor reads news copy with: speech verbs, titles, roles, organisations.

They are general lists of how news is written in English and Russian, not of any
one article. Everything here is compared in lower case unless it says otherwise.
"""

from __future__ import annotations

import re


def words(text: str) -> list[str]:
    """The whitespace-separated words of a word list written as text."""
    return text.split()


def _forms(*stems: str) -> list[str]:
    """Regular English verb forms: "explain" gives explain, explains, explained, explaining."""
    forms: list[str] = []
    for stem in stems:
        if stem.endswith("e"):
            forms += [stem, stem + "s", stem + "d", stem[:-1] + "ing"]
        else:
            forms += [stem, stem + "s", stem + "ed", stem + "ing"]
    return forms


# Verbs that introduce what someone said, in every form a reporter uses.
ENGLISH_VERBS = frozenset(
    [
        *words(
            """
            say says said saying tell tells told telling write writes wrote writing reply
            replies replied replying testify testifies testified cry cried admit admits
            admitted admitting quip quips quipped dub dubbed dubs label labels labeled
            labelled put puts
            """
        ),
        *_forms(
            "add", "explain", "note", "state", "declare", "ask", "recall", "warn",
            "argue", "insist", "continue", "acknowledge", "announce", "claim",
            "comment", "complain", "concede", "confirm", "caution", "emphasise",
            "emphasize", "observe", "remark", "respond", "stress", "suggest", "urge",
            "joke", "laugh", "sigh", "shout", "whisper", "muse", "predict", "promise",
            "conclude", "counter", "agree", "maintain", "contend", "lament", "boast",
            "tweet", "post", "recount", "reflect", "vow", "pledge", "allege",
            "describe", "call", "term", "yell", "scream", "exclaim", "mutter",
            "murmur", "wonder", "assure", "reassure", "estimate", "reckon",
            "concur", "object", "protest", "repeat", "retort", "snap", "demand",
            "plead", "point", "summarise", "summarize", "add",
        ),
    ]
)  # fmt: skip

# Verbs whose subject is not a speaker even though the clause holds a quote.
NOT_SPEECH_AFTER = frozenset({"point", "points", "pointed", "pointing"})  # unless "out"

RUSSIAN_VERB_RE = re.compile(
    r"(?:сказал|заявил|отметил|добавил|рассказал|пояснил|сообщил|подчеркнул|уточнил"
    r"|ответил|объяснил|написал|заметил|продолжил|признал|констатировал|подытожил"
    r"|парировал|предупредил|резюмировал|вспомнил|посетовал|пожаловался|возразил"
    r"|убежден|уверен|считал|говорил|рассуждал|напомнил|прокомментировал)(?:а|и|ся|ась|ись)?"
    r"|говор(?:ит|ят)|счита(?:ет|ют)|рассказыва(?:ет|ют)|объясня(?:ет|ют)|отмеча(?:ет|ют)"
    r"|добавля(?:ет|ют)|вспомина(?:ет|ют)|признаётся|признается|смеётся|смеется|улыбается"
    r"|уверя(?:ет|ют)|утвержда(?:ет|ют)|пишет|пишут|жалуется|делится|возмущается"
    r"|подчеркива(?:ет|ют)|поясня(?:ет|ют)|замеча(?:ет|ют)|уточня(?:ет|ют)",
    re.IGNORECASE,
)

# The dictionary forms of Russian speech verbs, matched in any form through morph.
RUSSIAN_SPEECH_LEMMAS = frozenset(
    words(
        """
    сказать говорить заявить заявлять отметить отмечать добавить добавлять рассказать
    рассказывать пояснить пояснять сообщить сообщать подчеркнуть подчёркивать уточнить
    уточнять ответить отвечать объяснить объяснять написать писать заметить замечать
    продолжить продолжать признать признавать признаться признаваться вспомнить
    вспоминать возмутиться возмущаться пожаловаться жаловаться посетовать сетовать
    напомнить напоминать прокомментировать комментировать заверить заверять пообещать
    обещать предупредить предупреждать возразить возражать констатировать подытожить
    резюмировать парировать рассуждать уверять утверждать настаивать спросить
    спрашивать воскликнуть восклицать вздохнуть вздыхать усмехнуться улыбнуться
    смеяться засмеяться делиться поделиться указать указывать считать полагать
    призвать призывать оценить оценивать удивиться удивляться признаваться
    говориться подтвердить подтверждать опровергнуть опровергать уточниться
    пояснять рассказываться цитировать процитировать пожелать сознаться
    """
    )
)
# "говорится в заявлении компании", "сообщили в пресс-службе": where a body speaks.
RUSSIAN_DOCUMENTS = frozenset(words("сообщение заявление релиз пресс-релиз письмо ответ"))
RUSSIAN_BODIES = frozenset(
    words(
        """
    пресс-служба компания министерство ведомство мэрия администрация правительство
    управление департамент суд прокуратура полиция банк фонд штаб кремль минздрав
    минфин минобороны мвд фсб цб партия организация штаб-квартира офис
    """
    )
)
# Nouns naming a kind of place: the capitalised word after them is a place.
RUSSIAN_SETTLEMENTS = frozenset(
    words(
        """
    город поселок посёлок село деревня район область край республика улица проспект
    станица аул округ остров микрорайон квартал
    """
    )
)
# Russian nouns that refer back to someone already named ("— заявила чиновница").
RUSSIAN_REFERRING_NOUNS = frozenset(
    words("чиновник чиновница собеседник собеседница спикер специалист специалистка")
)
RUSSIAN_NAMING_LEMMAS = frozenset(words("назвать называть охарактеризовать"))

# Verbs of calling used only to introduce quoted phrases ("called it 'a disgrace'").
NAMING_VERBS = frozenset(
    words(
        """
    call calls called calling dub dubbed dubs term termed terms label labeled
    labelled labels describe describes described describing
    """
    )
)

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "он": "m",
    "она": "f",
    "они": "p",
}

# Titles printed before a name. Honorifics are dropped; offices and ranks become the role.
HONORIFICS = frozenset(
    words(
        """
    mr mrs ms miss mx dr sir dame lord lady rev fr hon herr frau monsieur madame mme
    господин госпожа
    """
    )
)
RANKS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "prof": "professor",
    "adm": "admiral",
    "maj": "major",
    "cpl": "corporal",
    "pres": "president",
    "amb": "ambassador",
    "atty": "attorney",
    "cmdr": "commander",
}
TITLE_GENDER = {
    **dict.fromkeys(words("mr sir lord herr господин"), "m"),
    **dict.fromkeys(words("mrs ms miss dame lady frau госпожа"), "f"),
}

# Nouns that head a role in a description ("a spokeswoman", "Finance Minister").
ROLE_WORDS = frozenset(
    words(
        """
    minister secretary president chancellor premier mayor governor senator
    representative congressman congresswoman councillor councilor councilman
    councilwoman alderman judge justice attorney prosecutor lawyer spokesman
    spokeswoman spokesperson official officer director chief executive manager
    chairman chairwoman chair head leader founder cofounder co-founder owner partner
    analyst economist researcher scientist professor lecturer teacher schoolteacher
    principal superintendent engineer developer programmer designer doctor physician
    surgeon nurse pediatrician paediatrician cardiologist epidemiologist geologist
    historian expert consultant adviser advisor coach trainer captain boss player
    defender striker midfielder goalkeeper striker organiser organizer activist
    campaigner volunteer worker employee staffer mechanic driver pilot farmer
    resident student parent trustee member commissioner inspector detective sergeant
    sheriff deputy commander general colonel lieutenant ambassador envoy diplomat
    reviewer critic editor reporter journalist writer author novelist artist
    musician singer actor actress filmmaker producer curator librarian pastor priest
    rabbi imam bishop counsel treasurer clerk auditor planner architect accountant
    banker trader broker investor entrepreneur businessman businesswoman shopkeeper
    chef cook waiter pharmacist dentist therapist psychologist psychiatrist
    paramedic firefighter signalman constable superintendent mp mep ceo cfo coo cto
    vice-president vice-chancellor deputy-director speaker whip negotiator mediator
    administrator coordinator specialist technician strategist pollster economists
    officials analysts residents experts researchers scientists activists workers
    employees teachers parents students doctors nurses farmers volunteers critics
    investors
    """
    )
) | frozenset(
    words(
        """
    директор глава руководитель президент министр замминистра замглавы губернатор
    мэр депутат сенатор председатель представитель пресс-секретарь аналитик
    экономист эксперт юрист адвокат врач учитель преподаватель профессор инженер
    программист разработчик менеджер основатель сооснователь владелец
    предприниматель сотрудник начальник заместитель руководительница специалист
    исследователь ученый учёный журналист редактор тренер капитан игрок координатор
    волонтер волонтёр активист источник собеседник собеседница
    """
    )
)

# Words of a role that a premodifying organisation noun does not split off
# ("council member", "board president" are roles; "ministry spokesperson" is a role at an
# organisation).
ROLE_KEEPS_MODIFIER = frozenset(
    words(
        """
    chief head member members president chair chairman chairwoman leader secretary
    """
    )
)

# Relations are not roles: "her son, Omar" has no role, and no age of someone else's.
RELATIONS = frozenset(
    words(
        """
    mother father son daughter wife husband brother sister grandmother grandfather
    grandson granddaughter aunt uncle nephew niece cousin partner girlfriend
    boyfriend fiancee fiance widow widower friend neighbour neighbor child children
    mom dad family families мать отец сын дочь жена муж брат сестра бабушка дедушка партнер партнёр
    подруга друг сосед соседка мама папа
    """
    )
)

# Words naming a kind of organisation, and the family a generic reference resolves in.
ORG_FAMILY = {
    **dict.fromkeys(
        words(
            """
            company firm startup start-up business corporation corp corp. inc inc. ltd
            ltd. llc plc gmbh ag sa logistics electronics securities technologies
            technology systems software motors airlines airline holdings industries
            partners capital media labs pharmaceuticals energy foods retailer manufacturer
            carrier bank insurer lender brewery chain
            """
        ),
        "company",
    ),
    **dict.fromkeys(words("ministry treasury"), "ministry"),
    **dict.fromkeys(words("department dept"), "department"),
    **dict.fromkeys(words("agency authority service office bureau embassy consulate"), "agency"),
    **dict.fromkeys(words("council assembly parliament legislature senate"), "council"),
    **dict.fromkeys(words("union federation association society guild"), "union"),
    **dict.fromkeys(words("group coalition alliance network campaign"), "group"),
    **dict.fromkeys(words("university college institute academy school lyceum"), "school"),
    **dict.fromkeys(words("hospital clinic hospice"), "hospital"),
    **dict.fromkeys(words("center centre foundation charity trust museum library"), "center"),
    **dict.fromkeys(words("party"), "party"),
    **dict.fromkeys(words("court tribunal"), "court"),
    **dict.fromkeys(words("club fc team"), "club"),
    **dict.fromkeys(words("commission committee board"), "commission"),
    **dict.fromkeys(words("police"), "police"),
    **dict.fromkeys(words("government administration cabinet"), "government"),
    **dict.fromkeys(
        words(
            """
            компания компании фирма фирмы банк банка министерство министерства ведомство
            ведомства ассоциация ассоциации департамент департамента мэрия мэрии
            университет университета лицей лицея школа школы больница больницы хоспис
            хосписа фонд фонда союз союза партия партии институт института центр центра
            комитет комитета служба службы управление управления правительство
            правительства администрация администрации суд суда завод завода корпорация
            корпорации агентство агентства маркетплейс маркетплейса холдинг холдинга
            медиахолдинг медиахолдинга
            """
        ),
        "ru",
    ),
}
ORG_NOUNS = frozenset(ORG_FAMILY)

# Capitalised words that start sentences or name times, never people.
NOT_NAMES = frozenset(
    words(
        """
    later earlier afterwards instead otherwise finally eventually recently previously
    the a an and but or so yet for nor in on at by of to from with as if when while
    after before since until because although though however meanwhile still then
    now also this that these those there here it its his her their our my your we
    you they he she i me us them who what which where why how some many most more
    several few all both each every no not one two three four five six seven eight
    nine ten first last next monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october
    november december today yesterday tomorrow mr mrs ms dr according speaking asked
    said says told writing standing like unlike under over about into through during
    against between among without within в на и но а что как по его ее её их это
    этот эта он она они мы вы я понедельник вторник среда среду четверг пятница
    пятницу суббота субботу воскресенье
    """
    )
)

# Modifiers that are part of a role, not an organisation, even when capitalised
# at the start of a sentence ("Town manager", "Fire chief", "County health director").
GENERIC_MODIFIERS = frozenset(
    words(
        """
    town city county state federal national regional local district fire health
    school public chief deputy assistant senior junior former acting interim vice
    lead head executive general managing associate principal staff social press
    finance foreign interior defence defense justice education transport economy
    economic trade environment energy culture sports science technology data
    software research marketing sales communications human resources legal medical
    clinical the it ai hr pr tv
    """
    )
)

# Kinds of outlet or body printed before their name ("the business daily Dagens
# Naeringsliv", "the charity Sea Watch"): the name that follows is not a person's.
OUTLET_WORDS = frozenset(
    words(
        """
    daily weekly newspaper paper magazine tabloid broadcaster channel station
    website site outlet agency publication journal radio charity
    """
    )
)

# Nouns after a capitalised adjective that show it is not a name ("a Syrian man").
PERSON_NOUNS = frozenset(
    words(
        """
    man woman men women boy girl boys girls family families couple national
    nationals citizen citizens refugee refugees migrant migrants student students
    worker workers people person
    """
    )
)

RELATIVE_STARTS = frozenset(
    words(
        """
    who whose whom which that где который которая которые чья чей
    """
    )
)

# Function words after which a capitalised word may still start a person's name.
ABBREVIATIONS = frozenset(
    words(
        """
    mr mrs ms dr prof sen rep gov gen col lt sgt capt det insp supt rev hon adm maj
    cpl pres atty amb cmdr st jr sr inc corp ltd co no vs etc mt ft fig jan feb mar
    apr jun jul aug sep sept oct nov dec gov dept univ est approx tel ave blvd rd г
    ул им т д др пр руб млн млрд тыс см стр
    """
    )
)

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
PARTICLES = frozenset(
    words(
        """
    de da del della di van von der den du la le bin ibn al el ter ten dos das y
    """
    )
)

# Cue words after which a capitalised quoted span is a title, not speech.
TITLE_CUES = frozenset(
    words(
        """
    book books novel novels memoir film films movie movies documentary documentaries
    song songs album albums single show shows series play plays musical opera poem
    poems podcast podcasts article articles essay report reports study column
    exhibition campaign operation program programme project initiative slogan
    headline titled entitled called named dubbed nicknamed branded known so-called
    hashtag brand word words term phrase motto banner sign signs app game newspaper
    magazine книга книги фильм фильма песня песни альбом спектакль проект программа
    операция компания компании фирма фирмы ассоциация ассоциации газета газеты
    журнал журнала
    """
    )
)

# Whom a speaker may be speaking to, right after the verb ("told reporters", "заявил журналистам").
AUDIENCES = frozenset(
    words(
        """
    reporters journalists the press colleagues supporters listeners viewers
    lawmakers журналистам репортерам репортёрам корреспонденту изданию агентству
    газете телеканалу нам мне радио
    """
    )
)

FEMALE_NAMES = frozenset(
    words(
        """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy
    lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda
    melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley
    angela helen anna brenda pamela nicole emma samantha katherine christine debra
    rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
    victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea
    hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean
    alice madison doris abigail julia judy grace denise amber marilyn beverly
    danielle theresa sophia marie diana brittany natalie isabella charlotte rose
    alexis kayla kaylee ellie clara petra naomi priya tanya rosa beth bea amira
    ellen maura susan lena olga irina natalia natalya tatiana tatyana svetlana elena
    yelena ekaterina yekaterina marina valentina galina lyudmila ludmila nadezhda
    oksana yulia julia anastasia daria darya ksenia alina polina sofia sofiya vera
    larisa inna alla lilia liliya gulnara aigul zoe zoë chloe mia ava ella lucy
    sophie fatima aisha leila layla mariam yasmin nadia sasha masha dasha katya
    natasha vania izabela agnieszka katarzyna magdalena malgorzata monika ewa анна
    мария ольга ирина наталья татьяна светлана елена екатерина марина валентина
    галина людмила надежда оксана юлия анастасия дарья ксения алина полина софья
    вера лариса инна алла лилия гульнара айгуль маша даша катя наташа
    """
    )
)
MALE_NAMES = frozenset(
    words(
        """
    james robert john michael william david richard joseph thomas charles
    christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth
    kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
    eric jonathan stephen larry justin scott brandon benjamin samuel gregory
    alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
    henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
    terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan
    billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis tom tomas tomás ray greg
    ben omar ahmed dale walt sam marcus rafael jonas owen mick mike chip kenji
    markus stefan alain mariusz dmitri dmitry ivan sergei sergey andrei andrey
    alexei alexey mikhail nikolai nikolay vladimir oleg igor denis pavel yuri yury
    boris viktor victor anatoly artem artyom maxim maksim roman ilya nikita evgeny
    yevgeny georgy giorgi levan иван сергей андрей алексей михаил николай владимир
    олег игорь денис павел юрий борис виктор анатолий артем артём максим роман илья
    никита евгений георгий дмитрий тимур
    """
    )
)
