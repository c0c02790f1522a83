"""Words about bodies: the kinds of organisation and the family a generic reference
resolves in, outlets, and the Russian nouns of bodies, documents and places."""

from __future__ import annotations

from .base import words

# Words naming a kind of organisation, and the family a generic reference resolves in.
ORG_FAMILY = {
    **dict.fromkeys(
        words(
            """
            company firm startup start-up business corporation corp corp. inc inc. ltd
            ltd. llc llp plc gmbh ag sa logistics electronics securities technologies
            technology systems software motors airlines airline holdings industries
            partners capital media labs pharmaceuticals energy foods retailer manufacturer
            carrier bank insurer lender brewery chain farm restaurant hotel pub cafe airways
            railway insurance assurance telecom telecoms
            """
        ),
        "company",
    ),
    **dict.fromkeys(words("ministry treasury"), "ministry"),
    **dict.fromkeys(words("department dept"), "department"),
    **dict.fromkeys(
        words(
            "agency authority service office bureau embassy consulate regulator watchdog branch "
            "inspectorate"
        ),
        "agency",
    ),
    **dict.fromkeys(words("council assembly parliament legislature senate"), "council"),
    **dict.fromkeys(
        words("union federation association society guild chamber cooperative co-operative league"),
        "union",
    ),
    **dict.fromkeys(
        words(
            "group coalition alliance network campaign organisers organizers collective "
            "partnership consortium body"
        ),
        "group",
    ),
    **dict.fromkeys(
        words("university college institute academy school lyceum polytechnic"), "school"
    ),
    **dict.fromkeys(words("hospital clinic hospice infirmary"), "hospital"),
    **dict.fromkeys(
        words(
            "center centre foundation fund charity trust museum library house zoo aquarium shelter"
        ),
        "center",
    ),
    **dict.fromkeys(words("party"), "party"),
    **dict.fromkeys(words("diocese archdiocese"), "diocese"),
    **dict.fromkeys(words("court tribunal"), "court"),
    **dict.fromkeys(words("club fc team"), "club"),
    **dict.fromkeys(words("orchestra choir ensemble band"), "orchestra"),
    **dict.fromkeys(words("festival"), "festival"),
    **dict.fromkeys(words("commission committee board commissioners"), "commission"),
    **dict.fromkeys(words("journal"), "journal"),
    **dict.fromkeys(words("district"), "district"),
    **dict.fromkeys(words("police"), "police"),
    **dict.fromkeys(words("government administration cabinet"), "government"),
    **dict.fromkeys(
        words(
            """
            компания компании фирма фирмы банк банка министерство министерства ведомство
            ведомства ассоциация ассоциации департамент департамента мэрия мэрии
            университет университета лицей лицея школа школы больница больницы хоспис
            хосписа фонд фонда союз союза профсоюз профсоюза партия партии институт института
            центр центра
            комитет комитета служба службы управление управления правительство
            правительства администрация администрации суд суда завод завода корпорация
            корпорации агентство агентства маркетплейс маркетплейса холдинг холдинга
            медиахолдинг медиахолдинга авиакомпания авиакомпании фабрика фабрики
            перевозчик перевозчика застройщик застройщика гу клуб клуба движение движения
            обсерватория обсерватории бюро клиника клиники команда команды экспедиция
            экспедиции объединение объединения планетарий планетария театр театра музей
            музея библиотека библиотеки гимназия гимназии колледж колледжа академия академии
            поликлиника поликлиники госпиталь госпиталя комбинат комбината приют приюта
            учреждение учреждения предприятие предприятия подрядчик подрядчика инспекция
            инспекции магазин магазина дирекция дирекции кооператив кооператива
            общество общества гостиница гостиницы отель отеля хостел хостела пансионат
            пансионата санаторий санатория ресторан ресторана хор хора ансамбль ансамбля
            оркестр оркестра аэропорт аэропорта порт порта терминал терминала
            заповедник заповедника федерация федерации издательство издательства
            станция станции училище училища техникум техникума
            филармония филармонии консерватория консерватории галерея галереи
            турбаза турбазы стартап стартапа кофейня кофейни дацан дацана
            монастырь монастыря столовая столовой верфь верфи судоверфь судоверфи
            """
        ),
        "ru",
    ),
}

ORG_NOUNS = frozenset(ORG_FAMILY)

# What a document no body signed stands for ("говорится в ответе на запрос редакции"):
# the Russian body named last, which is the one that answered.
UNSIGNED_BODY = "организация"

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

# Russian news agencies, whose names do not decline: "В Минобрнауки ТАСС сообщили" is
# the ministry speaking to the agency.
RUSSIAN_AGENCIES = frozenset(words("ТАСС РБК РИА ПРАЙМ"))

# Fields of study and work: "in Child Development", "in Science" goes on with a body's
# name ("Society for Research in Child Development"), where "in London" says where it sits.
FIELDS = frozenset(
    words(
        """
    development science sciences research medicine health care education learning
    journalism engineering technology law justice economics business finance policy
    arts music sport sports agriculture nursing psychology studies mathematics media
    """
    )
)

# Legal forms printed before a company's name: "ООО «Уютный дом»", "МУП «Тверской автобус»".
LEGAL_FORMS = frozenset(
    words(
        "ооо оао зао пао ао нао сао спао муп гуп фгуп фгбу гбу мбу гку мку фку ано нко тоо чоп "
        "спк кфх тсж снт роо моо бф "
        "гбуз гауз гбук гаук мбук гбоу гбпоу мбоу фгбоу фгаоу гау мау фгбун фгбну "
        "маоу мадоу мбдоу маудо мбудо маук "
        "огбуз огауз огбу огау огку огбоу огбпоу огбук кгбуз кгбу кгку кгау кгбоу кгбук "
        "гапоу огапоу кгапоу гаоу гоу моу мкоу мкдоу гбудо маоудо гкуз гаусо гбусо мбусо "
        "мро рро цро фбу фгку фгау гбсу гасу гкусо гобу гоау гоку буз бу "
        "llc llp ltd ltd. inc inc. plc gmbh"
    )
)

# Company forms of other countries printed after the name, as printed: capitals tell
# them from words ("Halvorsen Car Carriers AS", not "as").
FOREIGN_LEGAL_FORMS = frozenset(
    [
        "AS",
        "ASA",
        "AB",
        "SA",
        "AG",
        "A/S",
        "ApS",
        "NV",
        "BV",
        "SpA",
        "Srl",
        "SE",
        "Oy",
        "Oyj",
        "KG",
        "AE",
        "SAS",
        "SARL",
        "SL",
        "SLU",
        "Lda",
        "eG",
        "plc",
    ]
)

# "говорится в заявлении компании", "сообщили в пресс-службе": where a body speaks.
RUSSIAN_DOCUMENTS = frozenset(
    words(
        "сообщение заявление релиз пресс-релиз письмо ответ определение решение постановление "
        "приговор документ доклад отчет отчёт обращение записка приказ распоряжение указ "
        "предписание уведомление заключение акт проверка"
    )
)

RUSSIAN_BODIES = frozenset(
    words(
        """
    пресс-служба компания министерство ведомство мэрия администрация правительство
    управление департамент суд прокуратура полиция банк фонд штаб кремль минздрав
    минфин минобороны мвд фсб цб партия организация штаб-квартира офис предприятие
    учреждение служба агентство инспекция комитет комиссия корпорация госкорпорация
    таможня дума авиакомпания перевозчик застройщик муниципалитет дирекция отделение отдел
    филиал федерация
    """
    )
)

# Kinds of street: the capitalised words after them name the street ("улица Кирова")
RUSSIAN_STREETS = frozenset(
    words("улица проспект переулок площадь бульвар шоссе набережная проезд тупик аллея")
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
