"""Russian names and roles: filed in the nominative, words glued to a name kept apart."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract, morph
from quotebook.core.extract.agreement import nominative_phrase


def only(text: str) -> Proposal:
    found = list(extract(text).proposals)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


@pytest.mark.parametrize(
    ("written", "filed"),
    [
        ("Наталью Самойленко", "Наталья Самойленко"),
        ("Дениса Ляхова", "Денис Ляхов"),
        ("Людмилы Шарафутдиновой", "Людмила Шарафутдинова"),
        ("Игоря Лапина", "Игорь Лапин"),
        ("Алисы Фрейндлих-Горской", "Алиса Фрейндлих-Горская"),
        ("Анна Белова", "Анна Белова"),
        ("Виктор Семенов", "Виктор Семенов"),
        ("Георгий Мчедлишвили", "Георгий Мчедлишвили"),
        ("Алсу Мингазовой", "Алсу Мингазова"),  # a first name that never declines
        ("Алсу Мингазову", "Алсу Мингазова"),
        ("Алсу Мингазова", "Алсу Мингазова"),
    ],
)
def test_a_name_in_any_case_is_filed_in_the_nominative(written: str, filed: str) -> None:
    assert morph.nominative(written) == filed


def test_gender_comes_from_the_first_name() -> None:
    assert morph.name_gender("Наталья Кравцова") == "f"
    assert morph.name_gender("Константин Ершов") == "m"
    assert morph.name_gender("Саша") == ""


@pytest.mark.parametrize("word", ["Сейчас", "Ранее", "Бизнес-аналитик", "Москвы", "Режиссер"])
def test_adverbs_roles_and_places_are_not_name_words(word: str) -> None:
    assert not morph.is_name_word(word)


def test_an_object_after_a_verb_of_quoting_is_filed_in_the_nominative() -> None:
    quote = only(
        "Издание сообщает, что мать журналистки плакала.\n\n"
        "Газета цитирует Наталью Кравцову: «Я горжусь дочерью»."
    )
    assert quote.speaker_name == "Наталья Кравцова"


def test_an_adverb_before_a_name_is_not_part_of_it() -> None:
    quote = only("Сейчас Саша снимает квартиру.\n\n«Это уже почти дом», — говорит Саша.")
    assert quote.speaker_name == "Саша"


def test_a_hyphenated_role_before_a_name_is_the_role() -> None:
    quote = only(
        "Бизнес-аналитик Константин Ершов переехал в Алматы.\n\n"
        "«Мы выбирали по простому принципу», — вспоминает Константин."
    )
    assert (quote.speaker_name, quote.role) == ("Константин Ершов", "Бизнес-аналитик")


def test_a_role_before_a_body_is_split_from_it() -> None:
    quote = only("«Снижать ставку преждевременно», — сказала председатель ЦБ Эльвира Набиуллина.")
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Эльвира Набиуллина",
        "председатель",
        "ЦБ",
    )


def test_dash_dialogue_lines_take_the_speaker_named_between_dashes() -> None:
    text = (
        "Саше 28 лет, она работала тестировщиком.\n\n"
        "— Первые три месяца я не понимала, где нахожусь, — говорит Саша. — "
        "Просыпалась и думала, что это командировка.\n\n"
        "— А сейчас?\n\n"
        "— А сейчас у меня есть любимая пекарня. Это уже почти дом."
    )
    found = list(extract(text).proposals)
    assert [p.text for p in found] == [
        "Первые три месяца я не понимала, где нахожусь, "
        "Просыпалась и думала, что это командировка.",
        "А сейчас у меня есть любимая пекарня. Это уже почти дом.",
    ]
    assert {p.speaker_name for p in found} == {"Саша"}
    assert text[found[0].start : found[0].start + 1] == "—"


def test_a_street_poll_gives_each_answer_its_label() -> None:
    text = (
        "Мы спросили жителей, что они думают.\n\n"
        "Марина Котова, пенсионерка:\n— Я езжу на трамвае сорок лет.\n\n"
        "Артем Гусев, студент УрФУ: — Мне все равно, где стоят трамваи."
    )
    found = list(extract(text).proposals)
    assert [(p.speaker_name, p.role, p.organization) for p in found] == [
        ("Марина Котова", "пенсионерка", ""),
        ("Артем Гусев", "студент", "УрФУ"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "По оценке издания «Медуза», в Белграде живут 30 тысяч релокантов.",
        "Правозащитный центр «Мемориал» признал Кравцову политической заключенной.",
        "Экономист, выступая на полях форума «Россия зовет!», назвала решение оправданным.",
    ],
)
def test_a_name_in_guillemets_inside_a_sentence_is_not_a_quote(sentence: str) -> None:
    assert extract(f"Вступление.\n\n{sentence}").proposals == ()


def test_po_ee_slovam_gives_a_partial_quote_to_the_woman_just_named() -> None:
    text = (
        "Роль исполнила актриса Алиса Горская.\n\n"
        "По ее словам, работа над ролью стала для нее «самой тяжелой за последние годы»."
    )
    quote = only(text)
    assert (quote.kind, quote.speaker_name) == ("partial", "Алиса Горская")


@pytest.mark.parametrize(
    ("attribution", "speaker", "role"),
    [
        (
            "рассказал «Ведомостям» гендиректор компании Иван Петров",
            "Иван Петров",
            "гендиректор компании",
        ),
        (
            "отметила в разговоре с ТАСС министр здравоохранения Мария Иванова",
            "Мария Иванова",
            "министр здравоохранения",
        ),
        (
            "заявил журналистам глава региона Рустам Минниханов",
            "Рустам Минниханов",
            "глава региона",
        ),
        (
            "сказал Коммерсанту заместитель мэра Игорь Лесков",
            "Игорь Лесков",
            "заместитель мэра",
        ),
    ],
)
def test_an_outlet_or_setting_between_verb_and_speaker_is_skipped(
    attribution: str, speaker: str, role: str
) -> None:
    quote = only(f"Компания закрывает офис.\n\n«Мы уходим с рынка», — {attribution}.")
    assert (quote.speaker_name, quote.role) == (speaker, role)


def test_a_body_speaks_through_its_press_office() -> None:
    quote = only(
        "Компания закрывает офис.\n\n«Решение окончательное», — сообщили в пресс-службе «Яндекса»."
    )
    assert (quote.text, quote.speaker_name, quote.role, quote.organization) == (
        "Решение окончательное",
        "",
        "пресс-служба",
        "Яндекса",
    )


def test_a_company_speaks_through_a_press_office_named_by_its_kind() -> None:
    """The press office is the company speaking, as «в пресс-службе АО «Исток»» is: no
    one's role."""
    quote = only(
        "Суд обязал АО «Исток» вернуть деньги. В АО «Исток» с решением не согласились. "
        "«Мы обжалуем решение», — сообщили в пресс-службе энергетической компании."
    )
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", "Исток")


def test_a_federation_speaks_through_its_press_office() -> None:
    quote = only(
        "Турнир провела Федерация волейбола Тамбовской области. «Итоги пересмотрены не "
        "будут», — сообщили в пресс-службе федерации."
    )
    assert (quote.speaker_name, quote.organization) == (
        "",
        "Федерация волейбола Тамбовской области",
    )


def test_a_news_agency_the_body_spoke_to_is_no_part_of_its_name() -> None:
    agency = only(
        "В Минтрансе ТАСС сообщили, что мост откроют в мае. «Сроки не сдвинутся», — "
        "говорится в ответе ведомства."
    )
    assert agency.organization == "Минтранс"
    told = only("«Сроки сдвинутся», — сообщили в Минтрансе ТАСС.")
    dative = only("«Сроки сдвинутся», — сообщили в ФАС Интерфаксу.")
    assert (told.organization, dative.organization) == ("Минтранс", "ФАС")


def test_a_body_s_office_is_named_whole_after_the_check_it_made() -> None:
    quote = only(
        "Проверка Управления Россельхознадзора по Омской области выявила нарушения. "
        "«Партия зерна изъята», — сообщили в пресс-службе управления."
    )
    assert quote.organization == "Управление Россельхознадзора по Омской области"


def test_a_zoo_and_a_home_for_someone_are_kinds_of_body_named_before() -> None:
    zoo = only(
        "Тигрят показали в МБУ «Зоопарк „Кедровый“». Ветеринарный врач зоопарка Анна Ким "
        "сказала: «Малыши здоровы»."
    )
    home = only(
        "Суд закрыл частный пансионат для пожилых людей «Теплый дом». Бывшая сотрудница "
        "пансионата рассказала: «Нас было трое на весь дом»."
    )
    assert (zoo.role, zoo.organization) == ("Ветеринарный врач", "Зоопарк „Кедровый“")
    assert (home.role, home.organization) == ("Бывшая сотрудница", "Теплый дом")


def test_a_body_its_adjectives_describe_speaks_whole() -> None:
    quote = only(
        "Государственная ветеринарная инспекция Тверской области сообщила: «Очаг локализован»."
    )
    assert (quote.role, quote.organization) == (
        "",
        "Государственная ветеринарная инспекция Тверской области",
    )


def test_a_post_s_field_after_the_kind_of_body_stays_in_the_role() -> None:
    quote = only(
        "Дом строит АО «Камастрой». Заместитель генерального директора компании по "
        "производству Олег Рыбин заявил: «Работы идут по графику»."
    )
    assert (quote.role, quote.organization) == (
        "Заместитель генерального директора по производству",
        "Камастрой",
    )


def test_a_nationality_before_a_russian_role_is_no_part_of_it() -> None:
    quote = only("Реставрацию ведет французский органный мастер Пьер Дюваль: «Трубы целы».")
    assert quote.role == "органный мастер"


def test_whose_mother_someone_is_describes_her_and_names_no_speaker() -> None:
    quote = only(
        "В команде осталась 13-летняя Вера Лунина.\n\n"
        "Ольга Лунина, 39 лет, мать Веры, говорит, что семья долго думала.\n\n"
        "— Мы продаем дачу, — рассказала она."
    )
    assert (quote.speaker_name, quote.age) == ("Ольга Лунина", 39)


def test_an_unnamed_worker_of_a_contractor_who_would_not_give_his_name() -> None:
    quote = only(
        "Вышку монтирует подрядчик. Монтажник подрядной организации ООО «Связьстрой», не "
        "пожелавший назвать свое имя, рассказал, что сроки жесткие.\n\n"
        "«Нам сказали закончить к маю», — добавил он."
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "Монтажник",
        "Связьстрой",
    )


def test_a_man_named_in_the_dative_with_his_age_is_named_in_the_nominative() -> None:
    quote = only(
        "Проходчику Руслану Гарипову 38 лет, в шахте он работает пятнадцатый год.\n\n"
        "«Я бастовать не хочу», — говорит он."
    )
    assert (quote.speaker_name, quote.age, quote.role) == ("Руслан Гарипов", 38, "Проходчик")


def test_a_trade_alone_who_would_not_be_named_is_someone_new() -> None:
    quote = only(
        "Директор ООО «Торфресурс» Олег Вдовин заявил, что работ на участке нет.\n\n"
        "Лесник, пожелавший остаться неназванным, рассказал, что торф тлел с весны.\n\n"
        "«Дым видели еще в апреле», — сказал собеседник."
    )
    assert (quote.speaker_name, quote.role) == ("", "Лесник")


def test_where_someone_is_from_after_their_age_is_no_name() -> None:
    quote = only(
        "Пенсионерка Нина Белова (71) из Красного Яра говорит, что дым заходит в дом.\n\n"
        "«Спим с мокрым полотенцем», — рассказала она."
    )
    assert (quote.speaker_name, quote.age) == ("Нина Белова", 71)


def test_what_someone_is_now_before_a_former_post_and_their_name() -> None:
    quote = only(
        "Авиационный эксперт, бывший штурман Олег Ракитин считает, что экипаж был прав. "
        "«Дым в кабине — самая опасная ситуация», — говорит он."
    )
    assert (quote.speaker_name, quote.role) == ("Олег Ракитин", "Авиационный эксперт")


def test_a_museum_reserve_is_a_kind_of_body_in_one_hyphenated_word() -> None:
    quote = only(
        "Кремль находится в управлении ГБУК «Тверской историко-архитектурный "
        "музей-заповедник». Директор музея-заповедника Анна Рябова, 58 лет, сказала: "
        "«Стену надо было укреплять еще весной»."
    )
    assert (quote.role, quote.organization) == (
        "Директор",
        "Тверской историко-архитектурный музей-заповедник",
    )


def test_a_unit_someone_runs_is_part_of_the_role_in_the_body_after_it() -> None:
    quote = only(
        "Сотрудники ФГБУН «Институт леса имени Сукачева» узнали о выселении. «Коллекцию "
        "не перевезти», — объясняет заведующая геологическим музеем института Ольга Лис."
    )
    assert (quote.role, quote.organization) == (
        "заведующая геологическим музеем",
        "Институт леса имени Сукачева",
    )


def test_a_body_s_initials_alone_are_the_body_named_with_them_before() -> None:
    text = (
        "Начальник УФСИН России по Тверской области Олег Мухин рассказал о планах. В УФСИН "
        "заверили, что участок будет «под круглосуточным наблюдением»."
    )
    assert extract(text).proposals[-1].organization == "УФСИН России по Тверской области"


def test_a_body_called_by_its_legal_form_alone_is_the_body_named_with_it() -> None:
    quote = only(
        "С 1 апреля ГБУ «Центр занятости Тверской области» переехало на окраину. «Переезд "
        "был вынужденным», — сообщили в пресс-службе ГБУ."
    )
    assert quote.organization == "Центр занятости Тверской области"


def test_a_guide_from_a_town_and_a_priest_of_a_church_in_a_town() -> None:
    guide = only(
        "Гид турклуба «Восход» из Уфы Алена Рябова водит группы к водопаду.\n\n"
        "— Четыреста рублей — не катастрофа, — говорит она."
    )
    priest = only(
        "Настоятель храма Святителя Николая в Усолье Андрей Вохмянин напомнил о правилах."
        "\n\n— Главное — служба, — сказал священник."
    )
    assert (guide.speaker_name, guide.role, guide.organization) == ("Алена Рябова", "Гид", "Восход")
    assert priest.speaker_name == "Андрей Вохмянин"


def test_a_city_council_of_a_two_word_city_and_a_publisher_named() -> None:
    deputy = only(
        "Депутат городской думы Великого Новгорода Олег Ляпин сказал: «Разрешения не было»."
    )
    publisher = only(
        "Директор петербургского издательства ООО «Невский книжный дом» Анна Штерн "
        "рассказала: «Тиражи сократились вдвое»."
    )
    assert (deputy.role, deputy.organization) == ("Депутат", "городской думы Великого Новгорода")
    assert (publisher.role, publisher.organization) == ("Директор", "Невский книжный дом")


def test_where_a_deputy_was_elected_from_is_no_speaker() -> None:
    quote = only(
        "Депутат Законодательного собрания Пермского края Сергей Окулов, избранный от "
        "Соликамска, назвал объяснения комбината «сказкой про пусконаладку»."
    )
    assert (quote.speaker_name, quote.role) == ("Сергей Окулов", "Депутат")


def test_someone_who_asked_not_to_be_named_is_who_speaks_next() -> None:
    quote = only(
        "Главный врач станции Олег Малахов признает, что были сбои. Диспетчер, работающий "
        "в ночную смену, попросила не называть ее имени.\n\n"
        "— Вызовы ждут по часу, — сказала она."
    )
    assert (quote.speaker_name, quote.role) == ("", "Диспетчер")


def test_a_body_named_in_a_case_the_dictionary_does_not_know_stays_as_printed() -> None:
    quote = only("В Минцифры заявили, что программа «остается главным инструментом».")
    assert (quote.speaker_name, quote.organization) == ("", "Минцифры")


def test_a_woman_or_a_man_refers_back_and_is_no_role() -> None:
    named = only(
        "Ксения Миронова узнала о закрытии за неделю. "
        "«Нам предложили перевод в другую точку», — рассказала девушка."
    )
    roled = only(
        "Продавщица Ксения Миронова узнала о закрытии за неделю. "
        "«Нам предложили перевод в другую точку», — рассказала девушка."
    )
    assert (named.speaker_name, named.role) == ("Ксения Миронова", "")
    assert (roled.speaker_name, roled.role) == ("Ксения Миронова", "Продавщица")


def test_the_head_of_a_body_named_by_its_kind_is_whoever_was_named_heading_one() -> None:
    quote = only(
        "Директор МУП «Водоканал» Олег Нефедов пообещал обновить сети. «Первые трубы заменим "
        "в марте», — уточнил руководитель предприятия."
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Олег Нефедов",
        "Директор",
        "Водоканал",
    )


def test_a_state_body_referred_to_by_its_kind_is_no_company() -> None:
    quote = only(
        "Директор МУП «Водоканал» Олег Нефедов пообещал обновить сети.\n\n"
        "«Полностью компенсировать рост цен мы не можем», — пояснили в ведомстве."
    )
    assert quote.speaker_name == "" and quote.organization != "Водоканал"


def test_a_body_a_statement_came_from_is_what_vedomstvo_refers_to() -> None:
    quote = only(
        "Директор МУП «Водоканал» Олег Нефедов пообещал обновить сети. "
        "В министерстве транспорта Тверской области сообщили, что субсидия вырастет.\n\n"
        "«Полностью компенсировать рост цен мы не можем», — пояснили в ведомстве."
    )
    assert (quote.speaker_name, quote.organization) == (
        "",
        "Министерство транспорта Тверской области",
    )


def test_a_resident_of_a_city_has_no_organisation() -> None:
    text = (
        "Жительница Самары Анна Кузнецова (34) ждала автобус час.\n\n«Я опоздала», — сказала она."
    )
    quote = only(text)
    assert (quote.speaker_name, quote.age, quote.organization) == ("Анна Кузнецова", 34, "")


def test_a_role_with_the_village_it_is_held_in_before_a_name_in_the_genitive() -> None:
    text = (
        "По словам директора школы в селе Кунашак Людмилы Шарафутдиновой, учителей нет.\n\n"
        "«Физику ведет учитель математики», — рассказала Шарафутдинова."
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role) == (
        "Людмила Шарафутдинова",
        "директор школы",
    )


def test_an_anonymous_source_after_an_unlisted_verb() -> None:
    text = (
        "Как пишет «Коммерсантъ», компания продает бизнес.\n\n"
        "«Переговоры идут», — подтвердил источник издания."
    )
    quote = only(text)
    assert (quote.speaker_name, quote.role) == ("", "источник издания")


@pytest.mark.parametrize(
    ("sentence", "role", "organization"),
    [
        (
            "Директор по развитию компании «Икс» Петр Смирнов считает, что рынок растет.",
            "Директор по развитию",
            "Икс",
        ),
        ("Житель поселка Ола Петр Смирнов показывает дом.", "Житель поселка Ола", ""),
    ],
)
def test_russian_roles_with_prepositions_and_places(
    sentence: str, role: str, organization: str
) -> None:
    quote = only(f"{sentence}\n\n«Спрос высокий», — сказал Смирнов на заседании Думы.")
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Петр Смирнов",
        role,
        organization,
    )


@pytest.mark.parametrize("name", ["Антон Силуанов", "Аббас Галлямов", "Марина Котова"])
def test_a_name_already_in_the_nominative_is_left_as_printed(name: str) -> None:
    assert morph.nominative(name) == name


@pytest.mark.parametrize(
    ("sentence", "speaker", "organization"),
    [
        (
            "По мнению экономиста Натальи Зубаревич, регионы «уже исчерпали резервы».",
            "Наталья Зубаревич",
            "",
        ),
        ("В МИД России назвали заявление Вашингтона «откровенной провокацией».", "", "МИД России"),
        (
            "Министр финансов Антон Силуанов назвал бюджет «сбалансированным и ответственным».",
            "Антон Силуанов",
            "",
        ),
    ],
)
def test_partial_quotes_take_the_sentence_s_speaker(
    sentence: str, speaker: str, organization: str
) -> None:
    quote = only(f"Вступление.\n\n{sentence}")
    assert (quote.kind, quote.speaker_name, quote.organization) == (
        "partial",
        speaker,
        organization,
    )


def test_a_preposition_is_not_a_first_name_before_a_city() -> None:
    text = "Олег, программист из Казани, уехал в Ереван.\n\n«Здесь спокойно», — говорит он."
    assert (only(text).speaker_name, only(text).role) == ("Олег", "программист")


def test_a_participle_used_as_a_noun_is_a_role_put_in_the_nominative() -> None:
    found = only(
        "По словам заведующей кафедрой истории Уральского университета Марины Орловой, "
        "архив закрыт. «Мы ждем ответа второй месяц», — сказала Орлова."
    )
    assert (found.speaker_name, found.role, found.organization) == (
        "Марина Орлова",
        "заведующая кафедрой истории",
        "Уральского университета",
    )
    assert nominative_phrase("управляющего партнера бюро").replace("ё", "е") == (
        "управляющий партнер бюро"
    )


def test_a_body_in_guillemets_with_a_preposition_inside_stays_in_the_role_before_a_name() -> None:
    found = only(
        "Защиту обвиняемого представлял адвокат коллегии «Право на защиту» Олег Рябов. "
        "«Суд не стал слушать свидетелей», — сказал Рябов."
    )
    assert (found.speaker_name, found.role, found.organization) == (
        "Олег Рябов",
        "адвокат коллегии",
        "Право на защиту",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Председатель районной организации союза садоводов Мария Котова поддержала "
            "решение. «Участки наконец подключат к воде», — сказала Котова.",
            ("Председатель", "районной организации союза садоводов"),
        ),
        (
            "Начальник городской службы по благоустройству Томска Павел Жуков ответил "
            "жителям. «Дворы расчистят до пятницы», — сказал Жуков.",
            ("Начальник", "городской службы по благоустройству Томска"),
        ),
        (
            "Председатель профсоюзной организации комбината Лидия Сомова против. "
            "«Людей никто не спросил», — сказала Сомова.",
            ("Председатель", "профсоюзной организации комбината"),
        ),
    ],
)
def test_a_body_its_territory_s_adjective_describes_is_the_organisation(
    text: str, expected: tuple[str, str]
) -> None:
    found = only(text)
    assert (found.role, found.organization) == expected


def test_a_field_joined_by_i_stays_in_the_office() -> None:
    found = only(
        "Министр строительства и ЖКХ Омской области Олег Титов ответил депутатам. "
        "«Дома сдадут в срок», — сказал Титов."
    )
    assert (found.speaker_name, found.role) == (
        "Олег Титов",
        "Министр строительства и ЖКХ Омской области",
    )


def test_a_state_institution_s_legal_form_is_no_part_of_the_role() -> None:
    found = only(
        "Директор ГБУК «Областная библиотека» Нина Азарова рассказала о ремонте. "
        "«Читальный зал откроем весной», — сказала Азарова."
    )
    assert (found.role, found.organization) == ("Директор", "Областная библиотека")


def test_a_relative_clause_with_chey_is_no_role() -> None:
    found = only(
        "Житель Заречья Андрей Волков, чья машина утонула в луже, написал жалобу. "
        "«Я платил за эту дорогу налогами», — говорит Волков."
    )
    assert (found.speaker_name, found.role) == ("Андрей Волков", "Житель Заречья")


def test_the_one_answered_and_an_age_in_brackets_in_a_dash_line() -> None:
    found = list(
        extract(
            "Соседи спорили у подъезда.\n\n"
            "— Лифт опять сломан, — пожаловалась учительница Ольга Миронова.\n\n"
            "— Зато новый поставят весной, — возразил ей пенсионер Геннадий Шубин (71)."
        ).proposals
    )
    assert [(p.speaker_name, p.age, p.role) for p in found] == [
        ("Ольга Миронова", None, "учительница"),
        ("Геннадий Шубин", 71, "пенсионер"),
    ]


def test_zadaetsya_voprosom_is_a_speech_verb() -> None:
    found = only(
        "Ремонт моста затянули. «Кто за это ответит?» — задается вопросом блогер Илья Лосев."
    )
    assert (found.speaker_name, found.role) == ("Илья Лосев", "блогер")


def test_a_capitalised_adjective_before_a_name_is_nobody_she_may_mean() -> None:
    found = only(
        "Биолог Новгородского отделения Русского географического общества Ирина Соколова "
        "проект поддерживает. «Рыба вернется в реку», — сказала она."
    )
    assert (found.speaker_name, found.organization) == (
        "Ирина Соколова",
        "Новгородского отделения Русского географического общества",
    )


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("В Управлении по делам архивов", "Управление по делам архивов"),
        ("В Комитете по туризму Тверской области", "Комитет по туризму Тверской области"),
    ],
)
def test_a_body_named_for_its_field_after_po_keeps_the_field(opening: str, body: str) -> None:
    found = only(f"{opening} назвали план «смелым, но выполнимым».")
    assert found.organization == body


def test_a_body_described_by_adjectives_after_v_is_the_one_its_statement_names() -> None:
    text = (
        "В Областной санитарной инспекции Тверской области сообщили, что проверка начата. "
        "«Нарушения будут устранены за месяц», — говорится в ответе ведомства."
    )
    assert only(text).organization == "Областная санитарная инспекция Тверской области"


def test_a_body_named_without_marks_before_a_name_is_no_part_of_the_name() -> None:
    found = only(
        "«Сокращений не будет», — сказал председатель районной организации Профсоюза "
        "Дмитрий Горелов."
    )
    assert (found.speaker_name, found.organization) == ("Дмитрий Горелов", "Профсоюза")


def test_the_genitives_of_a_setting_are_no_part_of_the_speakers_role() -> None:
    found = only(
        "«Денег в бюджете нет», — сообщила на заседании городского Совета депутатов "
        "заместитель мэра Твери по финансам Ольга Серова."
    )
    assert (found.speaker_name, found.role, found.organization) == (
        "Ольга Серова",
        "заместитель мэра Твери по финансам",
        "",
    )
    assert found.confidence >= 0.8


def test_an_unnamed_source_in_a_body_has_no_role_and_the_body_is_filed_by_its_name() -> None:
    found = only(
        "Источник в мэрии Тверской области, попросивший не называть его имени, сообщил, "
        "что мост «откроют не раньше весны»."
    )
    assert (found.role, found.organization) == ("", "Мэрия Тверской области")


def test_a_ministry_speaking_through_its_document_is_filed_in_the_nominative() -> None:
    found = only(
        "В пояснительной записке Министерства финансов говорится, что поправки должны "
        "«устранить подмену трудовых отношений»."
    )
    assert found.organization == "Министерство финансов"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "«Воду дадут к вечеру, но не везде», — рассказал «Известиям» источник в "
            "правительстве Курганской области.",
            "Правительство Курганской области",
        ),
        ("«Воду дадут к вечеру, но не везде», — рассказал РИА источник в МРСК.", "МРСК"),
        (
            "«Воду дадут к вечеру, но не везде», — сказал источник в одной из "
            "управляющих компаний города.",
            "",
        ),
    ],
)
def test_an_unnamed_source_after_the_verb_is_nobody_named_and_has_no_role(
    text: str, organization: str
) -> None:
    found = only(text)
    assert (found.speaker_name, found.role, found.organization) == ("", "", organization)


def test_an_english_source_has_no_role() -> None:
    found = only('"The deal is off," said a source familiar with the negotiations.')
    assert (found.speaker_name, found.role) == ("", "")


def test_a_name_printed_right_after_the_speaker_read_is_a_doubt() -> None:
    from quotebook.core.extract.cast import Person
    from quotebook.core.extract.mention import Mention
    from quotebook.core.extract.proposals import Said, _name_past_speaker

    work = "«Сокращений не будет», — сказал глава совета Профсоюза Дмитрий Горелов."
    at = work.index("Профсоюза")
    glued = Mention(
        "Профсоюза Дмитрий", at, at + len("Профсоюза Дмитрий"), name="Профсоюза Дмитрий"
    )
    assert _name_past_speaker(work, Said(Person(name=glued.name), glued))
    at = work.index("Дмитрий")
    whole = Mention("Дмитрий Горелов", at, at + len("Дмитрий Горелов"), name="Дмитрий Горелов")
    assert not _name_past_speaker(work, Said(Person(name=whole.name), whole))
    early = Mention("Профсоюза", work.index("Профсоюза"), work.index(" Дмитрий"), name="Профсоюза")
    assert _name_past_speaker(work, Said(Person(name="Профсоюз"), early))


def test_a_commission_with_its_adjectives_and_place_is_the_body() -> None:
    found = only(
        "«Жалоб на подсчет не поступало», — сказал председатель городской избирательной "
        "комиссии Костромы Олег Сидорин."
    )
    assert (found.role, found.organization) == (
        "председатель",
        "городской избирательной комиссии Костромы",
    )


def test_a_body_named_by_its_initials_before_a_region_is_no_place() -> None:
    found = only("«Камеры работают», — рассказал член ОНК Пермского края Артем Лосев.")
    assert (found.role, found.organization) == ("член", "ОНК Пермского края")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "В прокуратуре Твери назвали проверку «обычной процедурой».",
            "Прокуратура Твери",
        ),
        (
            "В областной избирательной комиссии Курской области назвали жалобу «необоснованной».",
            "Областная избирательная комиссия Курской области",
        ),
    ],
)
def test_a_kind_of_body_with_the_place_it_serves_is_the_organisation(
    sentence: str, body: str
) -> None:
    found = only("Жители жалуются на шум. " + sentence)
    assert (found.speaker_name, found.role, found.organization) == ("", "", body)


@pytest.mark.parametrize(
    "sentence",
    [
        "«Поезда пойдут по графику», — говорится в сообщении пресс-службы РЖД Урала.",
        "«Поезда пойдут по графику», — сообщили в пресс-службе администрации Тулы.",
    ],
)
def test_a_press_office_speaks_for_the_body_it_names(sentence: str) -> None:
    found = only(sentence)
    assert found.organization in ("РЖД Урала", "Администрация Тулы")
    assert found.role == ""


def test_a_press_office_of_a_ministry_named_by_a_list_of_fields_speaks_for_all_of_it() -> None:
    found = only(
        "«Поезда пойдут по графику», — сообщили в пресс-службе министерства транспорта, "
        "связи и дорожного хозяйства Самарской области."
    )
    assert (found.role, found.organization) == (
        "",
        "Министерство транспорта, связи и дорожного хозяйства Самарской области",
    )


def test_a_press_office_of_a_company_by_its_legal_form_and_a_long_name() -> None:
    found = only(
        "«Свет вернут к утру», — сообщили в пресс-службе ООО «Южная энергосбытовая компания»."
    )
    assert (found.role, found.organization) == ("", "Южная энергосбытовая компания")


def test_a_quote_split_by_a_speaker_whose_body_is_named_in_guillemets() -> None:
    found = only(
        "«Зимой мы возили молоко сами, — рассказывает директор ООО «Заречье» Петр Сомов. "
        "— Теперь за ним приезжают»."
    )
    assert found.pieces and len(found.pieces) == 2
    assert (found.speaker_name, found.role, found.organization) == (
        "Петр Сомов",
        "директор",
        "Заречье",
    )


@pytest.mark.parametrize("form", ["СПК", "ТСЖ", "КФХ"])
def test_a_russian_legal_form_before_a_name_in_guillemets_is_no_part_of_the_role(
    form: str,
) -> None:
    found = only(f"«Сдаем молоко по договору», — сказал председатель {form} «Нива» Иван Крылов.")
    assert (found.role, found.organization) == ("председатель", "Нива")


@pytest.mark.parametrize(
    ("speaker", "role", "organization"),
    [
        (
            "начальник департамента дорожного хозяйства администрации Самары Олег Рябов",
            "начальник департамента дорожного хозяйства",
            "администрации Самары",
        ),
        (
            "начальник управления образования Самары Олег Рябов",
            "начальник",
            "управления образования Самары",
        ),
        (
            "заместитель директора департамента ЖКХ мэрии Тамбова Олег Рябов",
            "заместитель директора департамента ЖКХ",
            "мэрии Тамбова",
        ),
    ],
)
def test_a_department_of_a_body_named_after_it_is_part_of_the_role(
    speaker: str, role: str, organization: str
) -> None:
    found = only(f"«Дороги отремонтируют к осени», — сообщил {speaker}.")
    assert (found.role, found.organization) == (role, organization)


def test_a_regional_part_of_a_body_known_by_its_initials_is_the_body() -> None:
    found = only(
        "«Курьеры знали, что везут чужие деньги», — сообщила официальный представитель "
        "регионального управления МВД Елена Шабанова."
    )
    assert (found.role, found.organization) == (
        "официальный представитель",
        "регионального управления МВД",
    )


def test_a_role_of_a_dozen_words_before_a_name_is_read_whole() -> None:
    found = only(
        "«Заявок стало вдвое больше», — сообщила заместитель начальника отдела поддержки "
        "малого и среднего предпринимательства министерства экономического развития "
        "Курганской области Ирина Лаптева."
    )
    assert found.speaker_name == "Ирина Лаптева"
    assert found.role.startswith("заместитель начальника отдела поддержки")


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        ("«Цены не вырастут», — заявили «Известиям» в ООО «Сибмолоко».", "Сибмолоко"),
        ("«Цены не вырастут», — заявили в ЗАО «Сибмолоко».", "Сибмолоко"),
        ("«Цены не вырастут», — заявили ТАСС в пресс-службе «Сибмолока».", "Сибмолока"),
    ],
)
def test_a_body_after_the_paper_it_spoke_to_speaks_by_its_name(
    sentence: str, organization: str
) -> None:
    found = only(sentence)
    assert (found.speaker_name, found.organization) == ("", organization)
    assert found.role in ("", "пресс-служба")


def test_a_dash_line_whose_speaker_works_for_a_body_named_in_guillemets() -> None:
    found = only(
        "— Очередь на прием растет каждую неделю, — рассказывает хирург ГБУЗ «Районная "
        "больница № 2» Олег Ким."
    )
    assert found.text == "Очередь на прием растет каждую неделю,"
    assert (found.speaker_name, found.role, found.organization) == (
        "Олег Ким",
        "хирург",
        "Районная больница № 2",
    )


def test_the_initials_of_a_region_after_a_legal_form_are_no_part_of_the_role() -> None:
    found = only("«Очередь растет», — сказал хирург ГБУЗ ТО «Областная больница № 3» Олег Ким.")
    assert (found.role, found.organization) == ("хирург", "Областная больница № 3")


def test_a_state_corporation_named_in_guillemets_is_the_organisation() -> None:
    found = only("«Груз доставлен вовремя», — сообщили в госкорпорации «Ростех».")
    assert (found.speaker_name, found.role, found.organization) == ("", "", "Ростех")


def test_a_name_in_guillemets_the_next_sentence_is_about_is_no_quote() -> None:
    found = extract(
        "«Работы закончены», — сообщили в госкорпорации «Ростех».\n\n"
        "«Сокол-2» весит две тонны и полетит весной."
    )
    assert [p.text for p in found.proposals] == ["Работы закончены"]


def test_an_apposition_after_a_name_in_the_genitive_is_filed_in_the_nominative() -> None:
    found = only(
        "По словам Игоря Ветрова, руководителя клуба «Заря», поле закроют на ремонт. "
        "«Играть будем на стадионе соседей», — сказал Ветров."
    )
    assert (found.speaker_name, found.role) == ("Игорь Ветров", "руководитель")


@pytest.mark.parametrize("word", ["Уполномоченная", "Заведующий"])
def test_a_participle_opening_a_title_is_not_a_name_word(word: str) -> None:
    assert not morph.is_name_word(word)


def test_a_title_opened_by_a_participle_is_the_role_before_the_name() -> None:
    found = only(
        "Уполномоченная по правам ребенка в Омской области Ирина Белкина назвала "
        "закрытие приюта «ошибкой, которую придется исправлять»."
    )
    assert (found.speaker_name, found.role) == (
        "Ирина Белкина",
        "Уполномоченная по правам ребенка в Омской области",
    )


def test_a_body_owns_the_role_its_possessive_and_an_adjective_stand_before() -> None:
    found = only(
        "Заказ получила компания «Вектор». Ее исполнительный директор Олег Русаков "
        "сказал: «Мы начнем в марте»."
    )
    assert (found.role, found.organization) == ("исполнительный директор", "Вектор")


def test_a_nationality_is_no_role_and_leaves_the_role_printed_before_it() -> None:
    found = only(
        "Спектакль отменили. Режиссер театра, итальянец Марко Беллини, узнал об этом "
        "из новостей. «Нам никто не позвонил», — сказал он."
    )
    assert (found.speaker_name, found.role) == ("Марко Беллини", "Режиссер театра")


def test_a_nationality_alone_is_no_role() -> None:
    found = only("Туристы ждали автобус. «Мы стоим здесь час», — сказала канадка Эмили Росс.")
    assert (found.speaker_name, found.role) == ("Эмили Росс", "")


def test_a_notice_introduced_by_a_colon_is_the_body_s_not_the_person_just_named() -> None:
    found = only(
        "В Омске закрылась компания «Атлант».\n\n"
        "Владелец компании Сергей Мухин трубку не берет. На сайте появилось объявление: "
        "«Мы вернем деньги за абонементы до конца года»."
    )
    assert (found.speaker_name, found.role, found.organization) == ("", "", "Атлант")
    assert found.confidence < 0.8


@pytest.mark.parametrize(
    ("said", "body"),
    [
        ("сообщили в Самарской таможне", "Самарская таможня"),
        ("заявили в Тверской областной думе", "Тверская областная дума"),
    ],
)
def test_a_capitalised_adjective_and_the_kind_of_body_after_it_are_one_name(
    said: str, body: str
) -> None:
    quote = only(f"«Очередь на границе растет второй день», — {said}.")
    assert (quote.speaker_name, quote.organization) == ("", body)


@pytest.mark.parametrize(
    "name",
    ["«Томский областной онкологический диспансер»", "«Центр поддержки малого бизнеса Севера»"],
)
def test_a_long_name_in_guillemets_after_a_body_s_initials_is_no_quote(name: str) -> None:
    quote = only(f"«Заявок стало вдвое больше», — рассказал директор АНО {name} Иван Петров.")
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Иван Петров",
        "директор",
        name.strip("«»"),
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Губернатор Самарской области Иван Петров поручил мэрии «открыть пункты обогрева "
            "до пятницы». Вечером открыли два пункта.",
            "Иван Петров",
        ),
        (
            "Врачи рекомендовали пожилым людям «не выходить на улицу в самые жаркие часы» "
            "и пить больше воды.",
            "",
        ),
    ],
)
def test_words_quoted_after_a_verb_of_asking_inside_a_sentence_are_a_partial_quote(
    text: str, speaker: str
) -> None:
    quote = only(text)
    assert quote.text[:1].islower() and quote.speaker_name == speaker


def test_a_short_name_in_guillemets_inside_a_sentence_is_still_no_quote() -> None:
    assert not extract("Он попросил соседей не шуметь. Фильм «Россия зовет» шел неделю.").proposals


def test_the_region_a_body_s_branch_serves_is_part_of_its_name() -> None:
    quote = only("«Проверка идет», — сообщили в управлении МВД по Ставропольскому краю.")
    assert quote.organization == "Управление МВД по Ставропольскому краю"


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("«Порт работает в обычном режиме», — говорится в сообщении порта.", "порта"),
        (
            "В министерстве транспорта Омской области сообщили, что мост откроют весной. "
            "«Подрядчик получит деньги в марте», — говорится в ответе ведомства.",
            "ведомства",
        ),
    ],
)
def test_a_body_speaking_through_its_document_is_described_in_the_article_s_words(
    text: str, described: str
) -> None:
    proposal = only(text)
    assert proposal.speaker is None or proposal.speaker == described
    assert proposal.description == described  # no word the article does not print


def test_a_dash_line_with_the_writers_sentence_between_its_pieces_is_two_quotes() -> None:
    text = (
        "— Крышу сорвало за минуту, мы даже не успели выйти, — рассказывает пенсионер "
        "Геннадий Орлов (71). Его сарай ветер унес в овраг. — А предупреждение пришло "
        "только вечером."
    )
    found = extract(text).proposals
    assert [p.text for p in found] == [
        "Крышу сорвало за минуту, мы даже не успели выйти,",
        "А предупреждение пришло только вечером.",
    ]
    assert {p.speaker_name for p in found} == {"Геннадий Орлов"}


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        (
            "В министерстве транспорта Омской области сообщили, что мост откроют весной. "
            "«Подрядчик получит деньги в марте», — говорится в ответе ведомства.",
            "Министерство транспорта Омской области",
        ),
        (
            "«Долг превышает имущество», — говорится в определении Арбитражного суда "
            "Омской области.",
            "Арбитражный суд Омской области",
        ),
        (
            "«Проверка идет», — сообщили в управлении МВД по Омской области.",
            "Управление МВД по Омской области",
        ),
    ],
)
def test_a_body_speaking_is_filed_under_its_name_in_the_nominative(text: str, filed: str) -> None:
    assert only(text).source_label == filed


def test_someone_in_a_body_is_filed_as_described_not_as_the_body() -> None:
    quote = only("«Решение еще не принято», — сказал источник в администрации района.")
    assert quote.source_label == "Источник в администрации района"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "Министерство здравоохранения Тульской области в ответ на запрос сообщило, что "
            "проверка идет. «Нарушений пока не нашли», — говорится в ответе министерства.",
            "Министерство здравоохранения Тульской области",
        ),
        (
            "Южное межрегиональное управление Федерального агентства по туризму закрыло "
            "набор. «Мест больше нет», — говорится в сообщении управления.",
            "Южное межрегиональное управление Федерального агентства по туризму",
        ),
    ],
)
def test_a_body_opening_a_sentence_ends_before_a_preposition_but_keeps_its_field(
    text: str, organization: str
) -> None:
    assert only(text).organization == organization


def test_a_long_role_with_the_region_a_branch_serves_goes_on_to_the_name() -> None:
    quote = only(
        "«Цены на торгах были согласованы заранее», — сказал начальник отдела управления "
        "Федеральной налоговой службы по Тамбовской области Сергей Ильин."
    )
    assert quote.speaker_name == "Сергей Ильин"
    assert "по Тамбовской области" in quote.organization


def test_the_place_a_member_was_elected_for_is_no_part_of_the_body() -> None:
    quote = only(
        "«Мост нужен городу уже сейчас», — сказал депутат Законодательного собрания "
        "Тверской области от Ржева Павел Громов."
    )
    assert (quote.role, quote.organization) == (
        "депутат",
        "Законодательного собрания Тверской области",
    )


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "Мэрия Новосибирска закроет набережную на ремонт. «Работы займут два месяца», "
            "— говорится в сообщении мэрии.",
            "Мэрия Новосибирска",
        ),
        (
            "Паводок отступил, сообщило Главное управление МВД России по Омской области. "
            "«Дороги открыты», — говорится в сообщении управления.",
            "Главное управление МВД России по Омской области",
        ),
    ],
)
def test_a_body_named_by_the_place_or_region_it_serves_keeps_them(
    text: str, organization: str
) -> None:
    assert only(text).organization == organization


def test_a_body_by_its_kind_opening_a_sentence_is_the_body_named_before() -> None:
    quote = only(
        "Министерство транспорта Омской области закрыло переправу. Министерство в своем "
        "телеграм-канале сообщило, что лед «стал слишком тонким для машин»."
    )
    assert (quote.speaker_name, quote.organization) == (
        "",
        "Министерство транспорта Омской области",
    )


def test_a_body_speaks_through_a_document_with_adjectives_before_it() -> None:
    quote = only(
        "В пояснительной записке министерства энергетики говорится, что новые тарифы "
        "«снизят нагрузку на бюджет»."
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "",
        "Министерство энергетики",
    )


@pytest.mark.parametrize(
    ("first", "later"),
    [("Администрация Вологды", "мэрии"), ("Мэрия Вологды", "администрации")],
)
def test_a_city_s_mayoralty_and_administration_are_one_body(first: str, later: str) -> None:
    quote = only(
        f"В пресс-службе {first} сообщили, что мост закроют. "
        f"«Объезд будет готов к понедельнику», — говорится в ответе {later}."
    )
    assert quote.organization == first


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "Директор завода Олег Рыжов заявил, что цех закроют. Источник, знакомый с "
            "ходом переговоров, рассказал, что покупатель уже найден. «Сделку подпишут "
            "в марте», — сказал он.",
            "",
        ),
        (
            "Водитель автобуса Олег Рыжов, 41 год, возит детей в школу. Собеседник в одной "
            "из транспортных компаний сообщил, что рейсы сократят. «Денег на бензин нет», "
            "— сказал он.",
            "",
        ),
        (
            "Источник на оптовом рынке рассказал, что цены вырастут. «Поставщики уже "
            "предупредили», — сказал он.",
            "",
        ),
        (
            "Источник в мэрии говорит, что судьба участков не решена. «Сквер там будет», — "
            "сказал собеседник.",
            "Мэрия",
        ),
        (
            "Источник в районной администрации признал, что дамбу не проверяли. «Денег на "
            "проверку не было», — сказал собеседник.",
            "Районная администрация",
        ),
        (
            "Источник в аппарате Мосгордумы сообщил, что закон примут осенью. По его "
            "словам, «поправки еще обсуждаются».",
            "Аппарат Мосгордумы",
        ),
    ],
)
def test_he_after_an_unnamed_source_is_the_source(text: str, organization: str) -> None:
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.organization) == ("", organization)


@pytest.mark.parametrize("kind", ["перевозчике", "авиакомпании"])
def test_a_carrier_or_an_airline_speaking_is_the_company_named_before(kind: str) -> None:
    quote = only(
        "Авиакомпания АО «Северный ветер» отменила рейсы в Сургут. «Деньги за билеты "
        f"вернут всем пассажирам», — пообещали в {kind}."
    )
    assert (quote.role, quote.organization) == ("", "Северный ветер")


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Дом обслуживает ООО «Уютный дом». «Мы составили акты о заливе», — сообщили в "
         "управляющей компании.", "Уютный дом"),
        ("Дом обслуживает ООО «Уютный дом». В управляющей компании сообщили: «Мы составили "
         "акты о заливе».", "Уютный дом"),
        ("«Дамбу проверят весной», — сообщили в районной администрации.",
         "Районная администрация"),
    ],
)  # fmt: skip
def test_a_body_speaking_by_its_kind_and_adjectives_is_no_role(
    text: str, organization: str
) -> None:
    """«сообщили в управляющей компании»: a body, by its kind, speaks; its adjectives
    agree with the kind, so no one holds it as a post."""
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("", organization)


def test_the_writers_sentence_after_a_dash_line_keeps_its_own_quote() -> None:
    text = (
        "Павел Рыков, 58 лет, держит пасеку под Тулой.\n\n"
        "— Пчел стало вдвое меньше. Кто за это ответит? — спрашивает он. По словам Павла "
        "Рыкова, соседи уже собираются «писать прямо в Москву, если никто не приедет»."
    )
    found = extract(text).proposals
    assert [(p.text, p.speaker_name) for p in found] == [
        ("Пчел стало вдвое меньше. Кто за это ответит?", "Павел Рыков"),
        ("писать прямо в Москву, если никто не приедет", "Павел Рыков"),
    ]


def test_a_surname_the_dictionary_reads_as_a_plural_noun_is_a_name_mid_sentence() -> None:
    text = (
        "Финал выиграл Олег Сазонов, опередив Ивана Коробейникова.\n\n"
        "«Ветер мешал всем», — сказал Сазонов.\n\n"
        "Серебро Коробейников воспринял спокойно. По его словам, он «прыгал не хуже "
        "прошлого года»."
    )
    assert extract(text).proposals[-1].speaker_name == "Иван Коробейников"


def test_a_conjunction_before_an_age_is_no_role() -> None:
    text = (
        "Закрытие библиотеки огорчило и 67-летнюю Анну Соколову, которая ходит туда каждую "
        "неделю.\n\n"
        "«Где мне теперь брать книги?» — спрашивает Соколова."
    )
    quote = extract(text).proposals[-1]
    assert (quote.age, quote.role) == (67, "")


@pytest.mark.parametrize(
    ("body", "filed"),
    [
        (
            "Министерство культуры и массовых коммуникаций",
            "Министерство культуры и массовых коммуникаций",
        ),
        ("Министерство культуры и губернатор", "Министерство культуры"),
    ],
)
def test_a_russian_body_named_by_its_kind_keeps_fields_joined_by_i(body: str, filed: str) -> None:
    text = (
        f"Новые правила утвердило {body}.\n\n"
        "«Мы сохраним все программы», — говорится в сообщении министерства."
    )
    assert extract(text).proposals[-1].organization == filed


@pytest.mark.parametrize("outlet", ["«Новой газеты»", "ТАСС"])
def test_the_outlet_a_source_spoke_to_is_not_the_source_s_body(outlet: str) -> None:
    text = (
        f"Источник {outlet} в мэрии Твери сказал, что ремонт перенесут. "
        "«Подрядчик не успевает», — пояснил собеседник."
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("", "Мэрия Твери")


@pytest.mark.parametrize("body", ["ГУ МЧС России по Тверскому краю", "ГУ МВД по Псковской области"])
def test_a_branch_s_region_after_initials_belongs_to_the_body_before_a_name(body: str) -> None:
    text = (
        f"Начальник {body} Олег Смирнов рассказал, что поиски продолжаются. "
        "«Спасатели работают круглосуточно», — сказал он."
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("Начальник", body)


def test_the_press_office_of_the_department_is_the_branch_named_before() -> None:
    text = (
        "О пожаре на складе сообщили в ГУ МЧС России по Псковской области. «Огонь потушен, "
        "пострадавших нет», — говорится в сообщении пресс-службы ведомства."
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("", "ГУ МЧС России по Псковской области")


@pytest.mark.parametrize(
    "body",
    [
        "Межрегиональное управление Росприроднадзора по Кемеровской и Томской областям",
        "Следственное управление СК России по Кемеровской области — Кузбассу",
        "Главное управление МЧС России по Ханты-Мансийскому автономному округу — Югре",
    ],
)
def test_a_branch_keeps_a_region_of_more_than_two_words(body: str) -> None:
    text = (
        f"{body} начало проверку. «Нарушения будут устранены», — говорится в сообщении ведомства."
    )
    assert extract(text).proposals[-1].organization == body


def test_a_role_keeps_a_region_of_more_than_two_words_before_the_name() -> None:
    quote = only(
        "«Нарушения будут устранены», — заявила пресс-секретарь управления Росприроднадзора "
        "по Кемеровской и Томской областям Анна Петрова."
    )
    assert quote.speaker_name == "Анна Петрова"
    assert quote.organization == "Росприроднадзора по Кемеровской и Томской областям"


def test_a_branch_by_its_initials_speaking_in_a_sentence_is_no_role() -> None:
    text = (
        "В ГУ МВД по Тверской области попросили водителей «не выезжать на трассу без нужды». "
        "Движение на участке ограничено."
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("", "ГУ МВД по Тверской области")


@pytest.mark.parametrize("body", ["АО «Тверской завод»", "компании «Тверской завод»"])
def test_a_source_in_a_named_body_has_no_role(body: str) -> None:
    text = (
        f"Источник в {body} рассказал агентству, что ремонт цеха переносили. "
        "«План никто не отменял», — сказал собеседник."
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("", "Тверской завод")


def test_a_source_s_body_keeps_fields_joined_by_i() -> None:
    text = (
        "Источник в Министерстве культуры и массовых коммуникаций сказал газете, что денег нет. "
        "«Денег на ремонт нет», — отметил собеседник издания."
    )
    quote = extract(text).proposals[-1]
    assert quote.organization == "Министерство культуры и массовых коммуникаций"


@pytest.mark.parametrize("body", ["в центре «Верный друг»", "в центре спасения АНО «Верный друг»"])
def test_a_body_later_named_by_the_kind_printed_before_its_name(body: str) -> None:
    text = (
        f"Щенков передали {body}. Волонтеры ищут им хозяев. "
        "«Все щенки здоровы и привиты», — говорится в сообщении центра."
    )
    assert extract(text).proposals[-1].organization == "Верный друг"


def test_an_unnamed_worker_of_a_body_in_guillemets_is_the_speaker_after() -> None:
    text = (
        "Директор парка Иван Петров признал, что аттракционов мало. Охранник «Тверского "
        "парка», попросивший не называть его имени, рассказал, что дело в деньгах. "
        "«Люди уходят из-за зарплаты», — сказал он."
    )
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", "Охранник")


@pytest.mark.parametrize(
    "relative", ["который руководит АНО «Умный город»", "который возглавляет фонд «Умный город»"]
)
def test_the_body_a_russian_speaker_heads_is_theirs(relative: str) -> None:
    text = (
        f"Юрий Крылов, {relative}, считает, что сеть сокращают не с того конца. "
        "«Это ошибка», — говорит Крылов."
    )
    quote = extract(text).proposals[-1]
    assert (quote.role, quote.organization) == ("руководитель", "Умный город")


@pytest.mark.parametrize(
    "sentence",
    [
        "Мы поговорили с Ольгой Кравцовой у входа в школу.",
        "Корреспонденту удалось побеседовать с Ольгой Кравцовой у входа в школу.",
    ],
)
def test_the_person_the_writer_talked_with_speaks_next(sentence: str) -> None:
    text = f"{sentence}\n\n— Никто нам ничего не объяснил, — говорит Кравцова."
    assert extract(text).proposals[-1].speaker_name == "Ольга Кравцова"


def test_a_relative_whose_relation_is_not_the_speaker_s_role() -> None:
    text = (
        "Мы поговорили с Ольгой Кравцовой, сын которой учится в этой школе.\n\n"
        "— Никто нам ничего не объяснил, — говорит Кравцова."
    )
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("Ольга Кравцова", "")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "В приказе ведомства говорится, что школа «не отвечает нормам пожарной безопасности».",
            "Ведомство",
        ),
        ("«Работы должны быть завершены до 1 октября», — говорится в распоряжении мэрии.", "Мэрия"),
        (
            "В предписании Роспотребнадзора говорится, что кафе «нарушает санитарные нормы».",
            "Роспотребнадзор",
        ),
    ],
)
def test_a_body_s_order_or_instruction_is_a_document_it_speaks_through(
    text: str, body: str
) -> None:
    """«В приказе ведомства говорится, что …»: an order is the body's words, as a
    statement is; the quote in it is proposed, the body its organisation in the
    nominative, even a kind no body named before stands for, and no role."""
    proposal = only(text)
    assert (proposal.role, proposal.organization) == ("", body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Склад в Химках арендует АО «Теплый ряд». «Отгрузки возобновятся в пятницу», "
            "— сообщил «Ведомостям» заместитель директора по логистике компании Павел Дронов.",
            ("заместитель директора по логистике", "Теплый ряд"),
        ),
        (
            "В ООО «Речной порт» ремонт причала называют вынужденным. Технический директор "
            "компании Глеб Сорокин уточнил, что работы продлятся месяц. «Баржи пойдут в "
            "обход», — сказал Сорокин.",
            ("Технический директор", "Речной порт"),
        ),
        (
            "«Касса откроется в понедельник», — заявил художественный руководитель театра "
            "«Балаган» Семен Гусев.",
            ("художественный руководитель", "Балаган"),
        ),
        (
            "«Денег на ремонт нет», — сказал начальник ФКУ «Упрдор Приобье» Олег Шмаков.",
            ("начальник", "Упрдор Приобье"),
        ),
        (
            "«Переговоры идут вторую неделю», — сказал председатель цеховой профсоюзной "
            "организации комбината Антон Бурцев.",
            ("председатель", "цеховой профсоюзной организации комбината"),
        ),
        (
            "«Очередь на прием растет», — сказала медсестра поликлиники № 7 Ирина Лисина.",
            ("медсестра", "поликлиники № 7"),
        ),
    ],
)
def test_a_kind_of_body_after_a_role_stands_for_the_body_named(
    text: str, expected: tuple[str, str]
) -> None:
    """«директор компании Павел Дронов» after «АО «Теплый ряд»»: the kind in the genitive
    is no part of the role; the body it stands for, named before or right after, is the
    organisation, and a body printed with what says which one it is, as printed."""
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == expected


def test_a_kind_of_body_no_name_stands_for_stays_in_the_role() -> None:
    """«директор завода» in an article naming no plant: the role as printed, no body."""
    found = only("«Станки простаивают», — сказал директор завода Игорь Кочетов.")
    assert (found.role, found.organization) == ("директор завода", "")


def test_a_role_in_the_dative_before_a_name_keeps_its_adjective() -> None:
    """«Старшему инспектору … Олегу Ветлугину не нравится …»: the adjective in the dative
    opens the role, which is filed in the nominative."""
    text = (
        "Старшему инспектору ГКУ «Лесхоз Приангарья» Олегу Ветлугину решение не нравится.\n\n"
        "«Мы просили еще двух человек», — сказал он."
    )
    found = only(text)
    assert (found.role, found.organization) == ("Старший инспектор", "Лесхоз Приангарья")


def test_a_member_of_a_city_municipality_holds_a_role_in_that_body() -> None:
    quote = only("Депутат муниципалитета Самары Олег Рябов назвал решение «грубой ошибкой».")
    assert (quote.role, quote.organization) == ("Депутат", "муниципалитета Самары")


def test_the_region_a_state_body_s_legal_form_is_of_is_no_part_of_the_role() -> None:
    quote = only(
        "«Экспозицию откроем весной», — говорит директор ГБУК Пензенской области "
        "«Тархановский музей» Анна Котова."
    )
    assert (quote.role, quote.organization) == ("директор", "Тархановский музей")


def test_a_company_s_document_files_the_company_by_its_name_without_its_form() -> None:
    quote = only("«Мы дали ученым вездеход», — говорится в заявлении АО «Северные сети».")
    assert quote.organization == "Северные сети"


@pytest.mark.parametrize("outlet", ["«Интерфаксу»", "«Известиям»"])
def test_the_outlet_a_body_told_is_no_part_of_its_name(outlet: str) -> None:
    quote = only(f"В КХЛ {outlet} сообщили: «Сезон начнется в срок».")
    assert quote.organization == "КХЛ"


def test_an_observatory_or_a_bureau_is_a_body_a_role_names_by_its_kind() -> None:
    text = (
        "«Небо здесь уже не темное», — сказала старший научный сотрудник обсерватории "
        "«Звездный пик» Ольга Ким."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("старший научный сотрудник", "Звездный пик")


def test_a_research_institutions_initials_stand_for_its_name_after_its_legal_form() -> None:
    text = (
        "ФГБУН «Байкальская лимнологическая станция» (БЛС) закрыла прием туристов.\n\n"
        "«Лед стал тоньше», — сказал директор БЛС Олег Ким."
    )
    found = extract(text).proposals[-1]
    assert found.organization == "Байкальская лимнологическая станция"


def test_a_municipal_schools_legal_form_names_the_body_its_kind_word_refers_to() -> None:
    text = (
        "В МАОУ «Гимназия № 12» отменили домашние задания по пятницам.\n\n"
        "«Дети стали больше спать», — сказал директор гимназии Олег Ким."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("директор", "Гимназия № 12")


def test_a_clinic_named_by_its_legal_form_is_what_klinika_later_refers_to() -> None:
    text = (
        "Суд оштрафовал ветеринарную клинику ООО «Белый клык» за продажу просроченных "
        "вакцин.\n\n"
        "«Партию мы списали сразу», — сказал заведующий клиники Антон Рябов."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("заведующий", "Белый клык")


def test_a_team_is_the_club_it_plays_for() -> None:
    text = (
        "Баскетбольный клуб «Уральские волки» снялся с чемпионата.\n\n"
        "«Нам не платят с осени», — сказал защитник команды Илья Орлов."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("защитник", "Уральские волки")


def test_an_expedition_in_the_genitive_after_a_role_is_its_body() -> None:
    text = (
        "Раскопки на Соборной горе ведет Смоленская археологическая экспедиция «Днепр».\n\n"
        "«Слой сохранился на три метра», — сказала начальник экспедиции Вера Зуева."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("начальник", "Днепр")


def test_whose_body_it_is_goes_with_its_kind_after_a_role() -> None:
    text = (
        "«Мы будем ходить на каждый матч», — сказал председатель союза ветеранов "
        "«Боевое братство» Олег Сомов."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("председатель", "Боевое братство")


def test_people_of_a_kind_named_before_are_the_bodys_members() -> None:
    text = (
        "В беговом клубе «Марафонец» отменили забег.\n\n"
        "«Трасса под водой», — сказал тренер клуба любителей Павел Юдин."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("тренер", "Марафонец")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Последние сеансы пройдут в воскресенье, сообщили в МАУК «Планетарий имени "
            "Циолковского».\n\n«Купол не выдержит еще одну зиму», — сказала директор "
            "планетария Анна Зимина.",
            "директор",
            "Планетарий имени Циолковского",
        ),
        (
            "«Все домики забронированы до августа», — рассказала директор базы отдыха "
            "«Лесная поляна» Ольга Ершова.",
            "директор",
            "Лесная поляна",
        ),
        (
            "«Ремонт крыши закон не позволяет», — пояснил директор управляющей компании "
            "ООО «Уютный квартал» Роман Исаев.",
            "директор",
            "Уютный квартал",
        ),
        (
            "«Сначала поднимите зарплату своим», — сказал председатель первичной профсоюзной "
            "организации АО «Тулатранс» Иван Рыбин.",
            "председатель первичной профсоюзной организации",
            "Тулатранс",
        ),
        (
            "В профсоюзе работников культуры «Созвучие» к реформе относятся настороженно.\n\n"
            "«Нас не спросили», — сказал председатель профсоюза Семен Голубев.",
            "председатель",
            "Созвучие",
        ),
        (
            "Омский драматический театр «Пятый угол» закрывается на ремонт.\n\n"
            "«Трещина выросла вдвое», — сообщила художественный руководитель театра Вера "
            "Аксенова.",
            "художественный руководитель",
            "Пятый угол",
        ),
    ],
)
def test_a_kind_of_body_in_a_role_is_the_body_named_with_it(
    text: str, role: str, organization: str
) -> None:
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


def test_a_kind_word_inside_a_name_in_guillemets_is_no_body_of_its_own() -> None:
    text = (
        "Сеансы отменены, сообщили в МАУК «Городской планетарий имени Ю. А. Гагарина».\n\n"
        "«Купол течет третий год», — сказала директор планетария Анна Зимина."
    )
    found = extract(text).proposals[-1]
    assert found.organization == "Городской планетарий имени Ю. А. Гагарина"


def test_a_kind_ending_a_bodys_compound_kind_refers_to_it() -> None:
    text = (
        "Частоту получило АО «Агрохолдинг „Поле“».\n\n"
        "«Мы сохраним новости», — пообещал директор по развитию холдинга Павел Рыков."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("директор по развитию", "Агрохолдинг „Поле“")


def test_the_head_of_a_body_by_its_kind_is_who_was_named_heading_it() -> None:
    text = (
        "Медиахолдинг «Южный ветер» закрывает две редакции.\n\n"
        "Генеральный директор холдинга Олег Дёмин назвал решение вынужденным. «Мы платим "
        "пособия выше, чем требует закон», — сказал Дёмин.\n\n"
        "Сотрудники с этим не согласны. «О какой неблагодарности идет речь?» — возмутился "
        "руководитель холдинга."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.role) == ("Олег Дёмин", "Генеральный директор")
    assert found.organization == "Южный ветер"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("«Новости я смотрю каждый вечер», — говорит 74-летняя пенсионерка Антонина Белякова.",
         "Антонина Белякова"),
        ("По словам психолога АНО «Центр помощи семье» Марины Левченко, запрет «снимает "
         "с детей напряжение».", "Марина Левченко"),
    ],
)  # fmt: skip
def test_a_role_before_a_name_shows_the_names_case(text: str, name: str) -> None:
    assert extract(text).proposals[-1].speaker_name == name


@pytest.mark.parametrize(
    ("text", "age", "role"),
    [
        ("Среди пострадавших — пенсионерка Вера Лосева, 67 лет. Она отдала все сбережения."
         "\n\n«Кухню я ждала полгода», — говорит Лосева.", 67, "пенсионерка"),
        ("Суд обязал банк вернуть 72-летней пенсионерке Зинаиде Карповой 1,38 млн рублей."
         "\n\n«Я даже не подумала, что это обман», — рассказала Карпова.", 72, "пенсионерка"),
        ("«Денег на защиту нет», — сказал сотрудник одного из региональных банков.", None,
         "сотрудник"),
        ("Другая сотрудница, попросившая не называть ее фамилию, рассказала, что «коллеги "
         "уехали в Тверь».", None, "сотрудница"),
    ],
)  # fmt: skip
def test_a_russian_age_and_role_read_whatever_surrounds_them(
    text: str, age: int | None, role: str
) -> None:
    found = extract(text).proposals[-1]
    assert (found.age, found.role, found.organization) == (age, role, "")


def test_a_regional_adjective_belongs_to_the_kind_of_body_after_a_role() -> None:
    text = (
        "«Деньги вернут не всем», — сказал юрист Пермской региональной общественной "
        "организации «Щит» Андрей Кычкин."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("юрист", "Щит")


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        (
            "Арбитражный суд Тверской области признал фабрику банкротом.\n\nВ Министерстве "
            "промышленности Тверской области сообщили, что ищут инвестора. «Приоритет — "
            "сохранить рабочие места», — говорится в ответе ведомства.",
            "Министерство промышленности Тверской области",
        ),
        (
            "В ГКУ «Центр занятости населения Орловской области» сообщили, что завод "
            "уведомил службу. «Работники могут получать выплату», — говорится в сообщении "
            "учреждения.",
            "Центр занятости населения Орловской области",
        ),
        (
            "Подрядчиком выступило МУП «Горводоканал».\n\n«Трубы заменят к маю», — "
            "говорится в сообщении предприятия.",
            "Горводоканал",
        ),
    ],
)
def test_a_body_named_in_any_case_or_by_its_legal_form_is_what_its_kind_refers_to(
    text: str, organization: str
) -> None:
    assert extract(text).proposals[-1].organization == organization


def test_a_legal_form_before_a_body_is_no_role() -> None:
    text = (
        "По словам психолога АНО «Центр помощи семье» Марины Левченко, запрет «снимает с "
        "детей напряжение, но не всегда»."
    )
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("психолог", "Центр помощи семье")


def test_a_works_title_in_guillemets_is_no_body() -> None:
    text = "«Такого в Пскове не находили», — говорит Валерий Ягодкин, автор книги «Старый Псков»."
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("автор книги", "")


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("«Денег на трассу нет», — сказал глава Чусовского городского округа Андрей Мелехин.",
         "глава", "Чусовского городского округа"),
        ("«Фонари погасли в ноябре», — сказал глава городского округа Сызрань Николай Ветлугин.",
         "глава", "городского округа Сызрань"),
        ("«Корма завезли на неделю», — сказал фермер Рамонского района Иван Седых.",
         "фермер Рамонского района", ""),
    ],
)  # fmt: skip
def test_the_municipality_someone_heads_is_their_body(
    text: str, role: str, organization: str
) -> None:
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("Поле укладывало ООО «Газон-Сервис», а заказчиком было МБУ «Спортивная школа № 3»."
         "\n\n«Поле нужно вычесывать», — сказал представитель подрядчика Олег Зимин.",
         "представитель", "Газон-Сервис"),
        ("Группу искал турклуб «Полярник».\n\n«Маршрут был сложный», — сказал председатель "
         "турклуба Олег Рябинин.", "председатель", "Полярник"),
        ("«Это сигнал для отрасли», — сказала директор автошколы «Зеленая волна» Ирина "
         "Дмитриева.", "директор", "Зеленая волна"),
        ("«Очередь на месяц», — сказал главный врач горбольницы «Северная» Иван Петров.",
         "главный врач", "Северная"),
        ("«Гостей мы увели на третий этаж», — рассказал владелец гостиницы «Азау-Лодж» "
         "Аслан Тхамоков.", "владелец", "Азау-Лодж"),
        ("«Уголь повезем по зимнику», — заявил глава муниципального образования «Поселок "
         "Усть-Куйга» Айсен Винокуров.", "глава", "Поселок Усть-Куйга"),
        ("Закупку провела РОО «Общество защиты прав потребителей „Щит“».\n\n«Мед оказался "
         "сиропом», — рассказал председатель общества Рустам Ахмадуллин.", "председатель",
         "Общество защиты прав потребителей „Щит“"),
        ("«Корреспондента не пустили», — рассказала главный редактор интернет-издания "
         "«Тамбов.Live» Ольга Кривцова.", "главный редактор", "Тамбов.Live"),
        ("Настоятель храма Святой Троицы протоиерей Михаил Вершинин считает, что приход "
         "пошел навстречу. «Звон сократили до пяти минут», — сказал он.", "Настоятель",
         "храма Святой Троицы"),
        ("«Списывать деньги нельзя», — говорит руководитель юридической службы ГБУ «Центр "
         "защиты прав потребителей» Лилия Зарипова.", "руководитель юридической службы",
         "Центр защиты прав потребителей"),
        ("Народный хор русской песни «Калинушка» может закрыться. В Ульяновске о нем "
         "знают все.\n\n— Я в хоре с 1962 года, — рассказала старейшая участница хора "
         "Антонина Белова.", "старейшая участница", "Калинушка"),
        ("Народный хор «Калинушка» может закрыться. В министерстве культуры области "
         "«Медузе» сообщили, что решения нет.\n\n— Я в хоре с 1962 года, — рассказала "
         "участница хора Антонина Белова.", "участница", "Калинушка"),
        ("«Угрозы жизни нет», — сказал врач ГОБУЗ «Городская больница № 4» Иван Петров.",
         "врач", "Городская больница № 4"),
        ("«Пациенты поступили в пятницу», — рассказала главный врач ГБУЗ СО «Сызранская "
         "городская больница № 2» Елена Тарасова.", "главный врач",
         "Сызранская городская больница № 2"),
        ("«Света нет с ноября», — говорит владелец магазина на Советской улице Роман Тарасов.",
         "владелец магазина", ""),
        ("«Это не небрежное цитирование», — рассказал член сообщества «Честная наука» "
         "Алексей Мирошников.", "член", "Честная наука"),
        ("«Правила пишутся под сети», — говорит председатель регионального союза "
         "предпринимателей «Деловая Кострома» Игорь Лаптев.", "председатель",
         "Деловая Кострома"),
        ("«Ларек открыт до ночи», — говорит председатель совета дома Нина Ложкина.",
         "председатель совета дома", ""),
        ("«Нас выселяют», — говорит председатель совета жильцов Ринат Гарипов.",
         "председатель совета жильцов", ""),
        ("«Роботы мешают детям», — говорит председатель родительского комитета школы № 40 "
         "Ольга Сафронова.", "председатель родительского комитета", "школы № 40"),
        ("«Раскладушки ставим в спальнях», — рассказала заведующая детским садом № 117 "
         "Лариса Окунева.", "заведующая", "детским садом № 117"),
        ("«Мы принимаем всех», — сказал управляющий клиникой ООО «Медскан-Плюс» Руслан "
         "Ахметов.", "управляющий", "Медскан-Плюс"),
        ("Заведующая детским садом № 117, куда направляют детей из Солнечного, Лариса "
         "Окунева говорит, что сад переполнен. «Раскладушки ставим в спальнях», — "
         "рассказала она.", "Заведующая", "детским садом № 117"),
        ("Директор школы № 5, где учатся дети из Солнечного, Анна Рябова говорит, что мест "
         "нет. «Классы по 34 человека», — сказала она.", "Директор", "школы № 5"),
    ],
)  # fmt: skip
def test_a_role_without_the_body_its_kind_names_and_without_its_address(
    text: str, role: str, organization: str
) -> None:
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


@pytest.mark.parametrize(
    "opening",
    [
        "Сообщество опубликовало разбор диссертации проректора по научной работе",
        "Сообщество опубликовало разбор докторской диссертации проректора по научной работе",
        "Проректор по научной работе",
    ],
)
def test_a_role_in_the_genitive_keeps_its_field_after_po(opening: str) -> None:
    """«разбор диссертации проректора по научной работе … Виталия Корнеева»: the role
    is the person's post with its field, not the field alone («По» may be a surname, not
    here), nor the thesis of theirs the sentence is about."""
    text = (
        f"{opening} Верхневолжского университета Виталия Корнеева.\n\n"
        "— Диссертация прошла все процедуры, — заявил Корнеев."
    )
    found = extract(text).proposals[-1]
    assert found.role.lower() == "проректор по научной работе"
    assert found.organization == "Верхневолжского университета"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("ГБУ СО ВО «Никольский дом-интернат для престарелых и инвалидов» — единственное "
         "учреждение на востоке области.\n\n«Мы изолировали заболевших», — сказала "
         "директор дома-интерната Галина Шестакова.", "директор",
         "Никольский дом-интернат для престарелых и инвалидов"),
        ("Томограф купили для ГБУЗ «Тамбовский областной онкологический диспансер».\n\n"
         "«Мы приобрели томограф раньше времени», — сказал главный врач диспансера Игорь "
         "Калинин.", "главный врач", "Тамбовский областной онкологический диспансер"),
    ],
)  # fmt: skip
def test_a_body_named_after_its_legal_form_and_region_is_what_its_kind_means(
    text: str, role: str, organization: str
) -> None:
    """«ГБУ СО ВО «…»»: the initials of the region after a legal form are no part of the
    name; «дома-интерната» and «диспансера» stand for the body of that kind."""
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


@pytest.mark.parametrize(
    ("text", "age", "role"),
    [
        ("Пятнадцатилетний Даниил Руденко выиграл первенство округа. «Я буду бороться», "
         "— говорит он.", 15, ""),
        ("«Я буду бороться», — говорит сорокапятилетняя Анна Белова.", 45, ""),
        ("«Я буду бороться», — говорит девяностолетняя пенсионерка Анна Белова.", 90,
         "пенсионерка"),
        ("«Я буду бороться», — говорит долголетний член клуба Иван Петров.", None,
         "долголетний член клуба"),
    ],
)  # fmt: skip
def test_an_age_spelt_in_words_is_read(text: str, age: int | None, role: str) -> None:
    """«Пятнадцатилетний», «сорокапятилетняя»: the age in words, as «15-летний» is read;
    the word is no role, nor a body, and the quote after «— говорит» is still found."""
    found = extract(text).proposals[-1]
    assert (found.age, found.role, found.organization) == (age, role, "")


def test_po_slovam_and_a_role_in_the_genitive_is_the_one_named_with_it() -> None:
    """«По словам тренера, он «…»» after «Старший тренер спортшколы Василий
    Кондратьев»: the role is put in the nominative and is the coach's, past the
    adjective the dictionary also reads as a noun («Старший»)."""
    text = (
        "Старший тренер спортшколы Василий Кондратьев работает в зале 34 года.\n\n"
        "Взамен предложили зал. По словам тренера, он «в два раза меньше»."
    )
    assert extract(text).proposals[-1].speaker_name == "Василий Кондратьев"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("Ферма принадлежит ООО «Агрофирма „Луговое“». «Навоз у нас хранится на "
         "площадке», — сказал директор агрофирмы Сергей Пантелеев.", "директор",
         "Агрофирма „Луговое“"),
        ("Воду загрязняет ООО «Агрохолдинг „Черноземье-Мясо“». «Мы готовы оплатить "
         "анализ», — сообщили в пресс-службе агрохолдинга.", "",
         "Агрохолдинг „Черноземье-Мясо“"),
    ],
)  # fmt: skip
def test_a_compound_kind_is_the_body_whose_name_it_opens(
    text: str, role: str, organization: str
) -> None:
    """«агрофирмы», «агрохолдинга»: the body named before whose name opens with the kind
    and goes on with its own name in „“."""
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


def test_a_chief_doctor_by_the_short_word_is_the_one_named() -> None:
    text = (
        "Главный врач диспансера Игорь Калинин не стал спорить. «Это наша общая ошибка», — "
        "сказал он.\n\n«Но сейчас все документы поданы», — добавил главврач."
    )
    assert extract(text).proposals[-1].speaker_name == "Игорь Калинин"


def test_a_name_after_a_kind_of_street_is_the_street_s() -> None:
    """«живет на улице Кирова»: Kirov is the street, not the pensioner who speaks next;
    «Хозяйка кафе на набережной Весна Радович» names a person in the nominative."""
    text = (
        "Тамара Лыскова, 69 лет, живет на улице Кирова, где ремонт обещали начать в мае.\n\n"
        "— Ямы такие, что скорая к нам не заезжает, — говорит пенсионерка."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.age) == ("Тамара Лыскова", 69)
    text = (
        "Хозяйка кафе на набережной Весна Радович говорит, что город изменился.\n\n"
        "— Раньше зимой здесь было пусто, — рассказывает Радович."
    )
    assert extract(text).proposals[-1].speaker_name == "Весна Радович"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("«Мы против», — сказал депутат думы Северокаменского городского округа Павел "
         "Кудряшов.", "депутат", "думы Северокаменского городского округа"),
        ("«Мы понимаем родителей», — сказала начальник управления образования "
         "администрации Северокаменского городского округа Светлана Гордеева.",
         "начальник управления образования",
         "администрации Северокаменского городского округа"),
        ("Осужденные отбывают наказание в ФКУ «Исправительная колония № 12».\n\n«Нам "
         "предлагают вакансии в Соликамске», — говорит младший инспектор колонии Ольга "
         "Шестакова.", "младший инспектор", "Исправительная колония № 12"),
    ],
)  # fmt: skip
def test_a_body_of_a_municipality_or_a_colony_is_split_from_the_role(
    text: str, role: str, organization: str
) -> None:
    """A municipality whose adjective the dictionary does not know is still a place
    the body before it serves; a colony is a kind of body."""
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


def test_a_source_who_does_not_rule_out_is_the_one_quoted_next() -> None:
    """«Источник в городской думе не исключает, что …» introduces the source whom
    «собеседник» then means, not the deputy named before."""
    text = (
        "Депутат думы Павел Кудряшов назвал повышение ошибкой.\n\n"
        "Источник в городской думе не исключает, что компромисс будет найден. "
        "«Повышение растянут на два этапа», — сказал собеседник."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.role, found.organization) == ("", "", "Городская дума")


def test_a_source_in_a_body_that_spoke_before_is_whom_sobesednik_means() -> None:
    """«В администрации Кургана … объяснили» and later «Источник в городской
    администрации, знакомый с ситуацией»: the source is someone in the body, not the
    body again, so «— сказал собеседник» is the source, not the director named between."""
    text = (
        "В администрации Кургана решение объяснили аварийным состоянием здания. «Отделение "
        "не закрывается», — сообщили в мэрии.\n\n"
        "Директор спортивной школы Олег Трушников признал, что зал «не идеальный».\n\n"
        "Источник в городской администрации, знакомый с ситуацией, считает, что дело не в "
        "МФЦ. «Здание давно присмотрели», — сказал собеседник."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.role) == ("", "")


def test_someone_unnamed_in_one_of_a_district_s_bodies_is_who_she_means() -> None:
    """«Воспитательница одного из садов Прикубанского округа, попросившая не называть ее
    имени, считает …»: a description, with the district's name in it, opens the
    sentence; «— сказала она» after is her, not the manager named before."""
    text = (
        "Заведующая МАДОУ «Детский сад № 187» Светлана Корж говорит, что группы "
        "переполнены.\n\n"
        "Воспитательница одного из садов Прикубанского округа, попросившая не называть ее "
        "имени, считает, что очередь двигается медленно. «Обычная очередь ползет», — "
        "сказала она."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.role, found.organization) == ("", "Воспитательница", "")


def test_a_body_named_in_the_locative_is_what_its_kind_means_later() -> None:
    """«подтвердили в министерстве здравоохранения Тамбовской области», then «сообщили в
    пресс-службе министерства»: the ministry, by its name in any case, is noted."""
    text = (
        "Простой подтвердили в министерстве здравоохранения Тамбовской области. "
        "«Оборудование смонтировано», — сообщили в пресс-службе министерства."
    )
    found = extract(text).proposals[-1]
    assert found.organization == "Министерство здравоохранения Тамбовской области"


def test_a_source_opening_a_sentence_with_any_verb_is_whom_sobesednik_means() -> None:
    """«Источник в администрации Верхнекамска с такой оценкой не согласен»: the source
    is introduced whatever the verb; the town after a commission is no one's name."""
    text = (
        "Территориальная избирательная комиссия Верхнекамска отказала в регистрации 11 "
        "кандидатам.\n\nПолитолог Дмитрий Ланге считает, что история типична.\n\n"
        "Источник в администрации Верхнекамска с такой оценкой не согласен. «Никакой "
        "команды не было», — сказал собеседник."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.organization) == ("", "Администрация Верхнекамска")


def test_a_statement_posted_on_a_body_s_site_is_the_body_s() -> None:
    text = (
        "В администрации Северокаменского городского округа объясняют решение дефицитом. "
        "«Плата не менялась с 2019 года», — говорится в сообщении на сайте администрации."
    )
    found = extract(text).proposals[-1]
    assert found.organization == "Администрация Северокаменского городского округа"


def test_a_referring_role_of_another_body_is_someone_new() -> None:
    text = (
        "Председатель турклуба «Меридиан» Олег Рябинин провел четыре дня в штабе поисков.\n\n"
        "Врач ГОБУЗ «Городская больница», попросивший не называть его фамилию, сообщил, что "
        "угрозы нет. «Через пару недель будет ходить», — сказал он."
    )
    found = extract(text).proposals[-1]
    assert (found.speaker_name, found.role) == ("", "Врач")


def test_a_hyphenated_place_adjective_says_which_municipality() -> None:
    text = "«Рынок закроют», — сказал глава Ленинск-Кузнецкого городского округа Константин Ярцев."
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == ("глава", "Ленинск-Кузнецкого городского округа")


def test_an_adverb_after_a_name_is_the_writers_sentence_not_a_role() -> None:
    text = (
        "Один из туристов, 26-летний инженер Кирилл Сотников, уже из больницы рассказал, "
        "что группа сбилась с пути.\n\n«Мы шли по навигатору, а потом он сел», — рассказал "
        "Сотников."
    )
    found = extract(text).proposals[-1]
    assert (found.age, found.role, found.organization) == (26, "инженер", "")


def test_an_inspectorate_called_by_its_kind_is_the_one_named_before() -> None:
    text = (
        "Инспекция государственного жилищного надзора Пермского края оштрафовала "
        "управляющую компанию.\n\n«Наледь должны были убрать за сутки», — говорится в "
        "сообщении инспекции."
    )
    found = extract(text).proposals[-1]
    assert found.organization == "Инспекция государственного жилищного надзора Пермского края"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        ("Благотворительный магазин «Добрая полка» закроется в декабре.\n\n«Покупателей "
         "стало меньше», — говорит волонтер магазина Галина Ершова.", "волонтер",
         "Добрая полка"),
        ("«Света нет с ноября», — говорит владелец продуктового магазина Роман Тарасов.",
         "владелец продуктового магазина", ""),
    ],
)  # fmt: skip
def test_a_shop_is_a_body_by_its_name(text: str, role: str, organization: str) -> None:
    found = extract(text).proposals[-1]
    assert (found.role, found.organization) == (role, organization)


def test_a_long_genitive_name_of_a_body_stays_whole() -> None:
    text = (
        "Инспекция по охране объектов культурного наследия Архангельской области "
        "приостановила работы. «Разрешения у добровольцев нет», — говорится в сообщении "
        "инспекции."
    )
    found = extract(text).proposals[-1]
    assert found.organization == (
        "Инспекция по охране объектов культурного наследия Архангельской области"
    )


def test_an_ambulance_station_and_a_music_college_are_kinds_of_body() -> None:
    doctor = only(
        "Вызовы принимает ГБУЗ «Тверская областная станция скорой медицинской помощи». "
        "Главный врач станции Игорь Зуев признал: «Бригад не хватает»."
    )
    teacher = only(
        "Преподаватель Тверского музыкального училища Ольга Санина сказала: «Рояль старше здания»."
    )
    assert (doctor.role, doctor.organization) == (
        "Главный врач",
        "Тверская областная станция скорой медицинской помощи",
    )
    assert (teacher.role, teacher.organization) == (
        "Преподаватель",
        "Тверского музыкального училища",
    )


def test_a_service_for_a_field_in_a_region_and_a_holiday_camp_by_name() -> None:
    head = only(
        "Руководитель службы по тарифам Иркутской области Олег Вахрушев сказал: «Тариф вырос»."
    )
    owner = only(
        "Владелец турбазы «Сагунские водопады» Алексей Корниенко сказал: «Туристов стало "
        "меньше вдвое»."
    )
    assert (head.role, head.organization) == ("Руководитель", "службы по тарифам Иркутской области")
    assert (owner.role, owner.organization) == ("Владелец", "Сагунские водопады")


def test_a_council_attached_to_a_ministry_is_one_body() -> None:
    quote = only(
        "Председатель общественного совета при министерстве здравоохранения Пензенской "
        "области Виктор Ладыгин сказал: «Это позор для нашего века»."
    )
    assert (quote.role, quote.organization) == (
        "Председатель",
        "общественного совета при министерстве здравоохранения Пензенской области",
    )


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Прокуратура Оренбурга сообщила: «Проверим все оборудование».", "Прокуратура Оренбурга"),
        ("«Проверим все оборудование», — сообщила прокуратура района.", "Прокуратура района"),
        ("«Проверим все оборудование», — заявила компания «Вектор».", "Вектор"),
        (
            "Прокуратура Ленинского района сообщила, что проверит, «соответствует ли "
            "оборудование условиям контракта».",
            "Прокуратура Ленинского района",
        ),
    ],
)
def test_a_body_named_as_the_subject_of_the_verb_speaks(text: str, organization: str) -> None:
    quote = only(text)
    assert (quote.speaker_name, quote.organization) == ("", organization)


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Основатель стартапа ООО «Нейроскан» Артем Гусельников сказал: «Аренда выросла».",
            "Основатель",
            "Нейроскан",
        ),
        (
            "Управляющий партнер юридической фирмы «Левченко и партнеры» Андрей Левченко "
            "сказал: «Жалоб стало вдвое больше».",
            "Управляющий партнер",
            "Левченко и партнеры",
        ),
        ("Владелица кофейни «Зерно» Алла Фомичева сказала: «Выручка упала».", "Владелица", "Зерно"),
    ],
)
def test_a_startup_a_firm_and_a_coffee_shop_by_name_are_bodies(
    text: str, role: str, organization: str
) -> None:
    quote = only(text)
    assert (quote.role, quote.organization) == (role, organization)


def test_the_abbot_of_the_monastery_is_at_the_monastery_named_before() -> None:
    quote = only(
        "Баян-Толгойский дацан вводит новые правила для туристов. Настоятель дацана Баир "
        "Дашиев сказал: «Терпение у монахов закончилось»."
    )
    assert (quote.role, quote.organization) == ("Настоятель", "Баян-Толгойский дацан")


def test_a_lawyer_s_field_after_po_is_part_of_the_role() -> None:
    quote = only("Юрист по трудовому праву Мария Окулова сказала: «Наказать рабочих невозможно».")
    assert (quote.speaker_name, quote.role) == ("Мария Окулова", "Юрист по трудовому праву")


def test_a_regional_office_named_by_two_adjectives_and_the_outlet_it_told() -> None:
    quote = only(
        "В Волго-Вятском главном управлении Банка России «Нижегородской правде» сообщили, "
        "что число жалоб «выросло в 2,4 раза»."
    )
    assert (quote.speaker_name, quote.organization) == (
        "",
        "Волго-Вятское главное управление Банка России",
    )


def test_a_regional_health_body_s_legal_form_opens_its_name() -> None:
    quote = only(
        "ОГБУЗ «Каргасокская районная больница» принимает пациентов из десятка сел. Главный "
        "врач больницы Олег Мартынов сказал: «Пациентов приходится держать до утра»."
    )
    assert (quote.role, quote.organization) == ("Главный врач", "Каргасокская районная больница")


def test_the_editor_of_a_newspaper_by_name_is_at_that_newspaper() -> None:
    quote = only(
        "Главный редактор газеты «Сельская новь» Ирина Полякова сказала: «Люди заплатили "
        "за подписку»."
    )
    assert (quote.role, quote.organization) == ("Главный редактор", "Сельская новь")


def test_the_head_of_a_numbered_fire_station_is_at_that_station() -> None:
    quote = only(
        "Начальник пожарно-спасательной части № 34 Андрей Кочетов сказал: «Гидранты были пустыми»."
    )
    assert (quote.role, quote.organization) == ("Начальник", "пожарно-спасательной части № 34")


def test_a_college_named_after_what_it_is_for_is_its_staff_s_body() -> None:
    quote = only(
        "Кадры для фермы готовит колледж «Луговой». Директор колледжа Анна Сидорова "
        "сказала: «Выпускники остаются в селе»."
    )
    assert (quote.role, quote.organization) == ("Директор", "Луговой")


def test_a_state_college_s_legal_form_opens_its_name() -> None:
    quote = only(
        "Поваров в районе учит ГАПОУ «Северный аграрный колледж». Директор колледжа Ольга "
        "Демина сказала: «Мест в общежитии не хватает»."
    )
    assert (quote.role, quote.organization) == ("Директор", "Северный аграрный колледж")


def test_a_park_s_director_is_at_the_park_named_before() -> None:
    quote = only(
        "Территорией управляет МАУ «Парк отдыха „Ольховка“». Директор парка Инна Рогова "
        "сказала: «Вход останется бесплатным для детей»."
    )
    assert (quote.role, quote.organization) == ("Директор", "Парк отдыха „Ольховка“")


def test_a_club_s_coach_is_at_the_yacht_club_named_before() -> None:
    quote = only(
        "Лодки принадлежат ООО «Яхтклуб „Парус“». Тренер клуба Павел Грачев сказал: "
        "«Сезон откроем в мае»."
    )
    assert (quote.role, quote.organization) == ("Тренер", "Яхтклуб „Парус“")


def test_a_lawyer_for_a_director_is_at_no_body_of_the_client_s() -> None:
    quote = only(
        "Адвокат директора фабрики Иван Петров сказал: «Мой подзащитный ничего не подписывал»."
    )
    assert (quote.speaker_name, quote.role, quote.organization) == ("Иван Петров", "Адвокат", "")


def test_a_passive_participle_before_a_name_is_no_part_of_the_role() -> None:
    quote = only(
        "В суд поступила справка, выданная от имени врача Анны Морозовой. «Я ее не "
        "выдавала», — сказала Морозова."
    )
    assert (quote.speaker_name, quote.role) == ("Анна Морозова", "врач")


def test_the_job_someone_works_at_after_their_age_in_years() -> None:
    quote = only(
        "Гражданин Узбекистана Ахмед Каримов, 45 лет, работает водителем автобуса. "
        "«Очередь занимали с ночи», — сказал Каримов."
    )
    assert (quote.speaker_name, quote.role) == ("Ахмед Каримов", "водитель")


def test_the_city_an_unnamed_source_is_from_is_no_part_of_the_role() -> None:
    quote = only(
        "Казанский архитектор, попросивший не называть его имени, говорит, что проект "
        "переделывали трижды: «Заказчик менял задание каждую неделю»."
    )
    assert quote.role == "архитектор"


def test_a_body_named_like_a_number_is_named_in_the_nominative() -> None:
    quote = only("«Будем работать», — сказала директор базы отдыха «Сорока» Алина Гречко.")
    assert (quote.role, quote.organization) == ("директор", "Сорока")


def test_a_surname_that_is_also_a_trade_is_the_person_named_in_full() -> None:
    found = list(
        extract(
            "Инженер завода Оксана Мельник, 34 года, третий месяц ждет деталей.\n\n"
            "— Станок стоит с лета, — говорит Мельник."
        ).proposals
    )
    assert [(p.speaker_name, p.role) for p in found] == [("Оксана Мельник", "Инженер завода")]


def test_an_unnamed_nurse_of_a_hospital_by_initials_says_what_she_said() -> None:
    quote = only(
        "Бригаду сократили вдвое. Фельдшер скорой помощи ЦРБ, попросившая не называть ее "
        "фамилию, говорит, что вызовов стало больше. «Едем по два часа», — сказала она."
    )
    assert (quote.speaker_name, quote.role) == ("", "Фельдшер скорой помощи")


def test_an_unnamed_official_opened_by_an_adjective_says_what_she_said() -> None:
    quote = only(
        "Судебный пристав-исполнитель одного из отделов, попросившая не называть ее имени, "
        "признала, что проверок не хватает. «Нас трое на весь район», — сказала она."
    )
    assert (quote.speaker_name, quote.role) == ("", "Судебный пристав-исполнитель")


def test_the_town_of_a_source_s_body_is_no_speaker() -> None:
    quote = only(
        "Источник в администрации Заречинска объяснил задержку сроками контракта. "
        "«Денег до весны не будет», — сказал собеседник."
    )
    assert (quote.speaker_name, quote.organization) == ("", "Администрация Заречинска")


def test_a_source_s_body_ends_at_the_comma_before_what_is_said_of_it() -> None:
    quote = only(
        "Собеседник в Ассоциации яхтсменов Юго-Востока, которая проводит регату, предупредил, что "
        "сроки сдвинутся. «Старт перенесут на июль», — сказал он."
    )
    assert (quote.speaker_name, quote.organization) == ("", "Ассоциация яхтсменов Юго-Востока")


def test_an_unnamed_foreman_after_the_verb_of_a_firm_named_in_guillemets() -> None:
    quote = only(
        "О том, как заливали фундамент, рассказал бывший мастер подрядчика ООО «ФасадСтрой», "
        "попросивший не называть его имени. «Бетон везли уже холодным», — сказал он."
    )
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "бывший мастер",
        "ФасадСтрой",
    )


def test_a_paragraph_about_him_after_a_preposition_lets_his_quote_go_on() -> None:
    found = list(
        extract(
            "— Мы держим пасеку тридцать лет, — рассказал пчеловод Иван Сомов.\n\n"
            "У него двести ульев. Мед пчеловод продает на ярмарке.\n\n"
            "— Если поле распашут, пчелам лететь некуда."
        ).proposals
    )
    assert [p.speaker_name for p in found] == ["Иван Сомов", "Иван Сомов"]


def test_the_ministry_word_refers_to_a_prosecutor_s_office_that_began_a_check() -> None:
    quote = only(
        "Северная транспортная прокуратура начала проверку. В ведомстве пообещали оценить "
        "«действия руководства порта»."
    )
    assert quote.organization == "Северная транспортная прокуратура"


def test_an_answer_to_the_paper_s_request_is_the_body_s_that_spoke_before() -> None:
    quote = only(
        "В пресс-службе Западной таможни сообщили, что груз задержан законно. «Документы "
        "проверят до конца месяца», — говорится в ответе на запрос редакции."
    )
    assert (quote.speaker_name, quote.organization) == ("", "Западная таможня")


def test_a_body_by_its_initials_that_admitted_a_mistake_answers_after() -> None:
    quote = only(
        "В ГУФССП России по Заречной области ошибку признали. «Арест со счетов снят», — "
        "говорится в ответе на запрос редакции."
    )
    assert quote.organization == "ГУФССП России по Заречной области"


def test_a_document_no_body_signed_with_none_named_is_a_doubtful_speaker() -> None:
    quote = only("«Решение примут в срок», — говорится в сообщении.")
    assert (quote.organization, quote.confidence < 0.5) == ("", True)


def test_a_university_named_further_on_is_where_its_student_studies() -> None:
    found = list(
        extract(
            "Аспирантка университета Анна Серова, 25 лет, ждет прибор с весны. «Без него "
            "диссертации не будет», — говорит Серова.\n\n"
            "Проректор Северного государственного университета Олег Лисин сказал: "
            "«Мы ищем другого поставщика»."
        ).proposals
    )
    assert [(p.role, p.organization) for p in found] == [
        ("Аспирантка", "Северный государственный университет"),
        ("Проректор", "Северного государственного университета"),
    ]


def test_a_company_named_further_on_may_be_another_than_a_director_s() -> None:
    found = list(
        extract(
            "Финансовый директор компании Юлия Белова сказала: «Расходы снизятся».\n\n"
            "Аналитик инвесткомпании «Альфа Капитал» Денис Ушаков сказал: «Риски остаются»."
        ).proposals
    )
    assert (found[0].role, found[0].organization) == ("Финансовый директор компании", "")


def test_a_council_of_residents_is_no_state_council_named_before() -> None:
    found = list(
        extract(
            "Закон принял Государственный совет Удмуртии. Председатель совета жильцов Ринат "
            "Хамитов сказал: «Нас никто не спросил»."
        ).proposals
    )
    assert (found[-1].role, found[-1].organization) == ("Председатель совета жильцов", "")


def test_a_town_named_like_a_woman_after_its_administration_is_no_speaker() -> None:
    quote = only(
        "В администрации Кирова заявили, что участок выделен «в полном соответствии с законом»."
    )
    assert (quote.speaker_name, quote.organization) == ("", "Администрация Кирова")


def test_a_press_office_of_a_branch_named_by_its_kind_is_the_branch_named_before() -> None:
    quote = only(
        "В Отделении Социального фонда России по Тверской области пенсионерам советуют "
        "перейти на карты. «Выплаты идут в срок», — сообщили в пресс-службе отделения."
    )
    assert quote.organization == "Отделение Социального фонда России по Тверской области"


def test_a_rector_of_a_parish_is_at_the_religious_body_named_before() -> None:
    quote = only(
        "Участок передали местной религиозной организации — МРО «Приход храма Святого "
        "Николая». «Мы построим храм», — сказал настоятель прихода Андрей Лысов."
    )
    assert (quote.role, quote.organization) == ("настоятель", "Приход храма Святого Николая")


def test_a_guide_of_a_nature_park_is_at_the_park_named_by_its_adjective() -> None:
    quote = only(
        "Пещера находится на территории ГБУ «Природный парк „Кедровый“». «Своды опасны», — "
        "сказал экскурсовод природного парка Иван Лосев."
    )
    assert (quote.role, quote.organization) == ("экскурсовод", "Природный парк „Кедровый“")


def test_a_cook_of_a_canteen_is_at_the_canteen_named_before() -> None:
    quote = only(
        "В Омске закрывается столовая «Ладушки». «Жалко людей», — говорит повар столовой "
        "Нина Кузьмина."
    )
    assert (quote.role, quote.organization) == ("повар", "Ладушки")


def test_an_engineer_of_a_yard_is_at_the_shipyard_named_before() -> None:
    quote = only(
        "Корпус осмотрели специалисты АО «Северная судоверфь». «Металл тонкий», — сказал "
        "главный инженер верфи Олег Седов."
    )
    assert (quote.role, quote.organization) == ("главный инженер", "Северная судоверфь")


def test_a_village_after_its_kind_is_no_person_and_hides_none() -> None:
    found = list(
        extract(
            "Пенсионер Валерий Сомов (71) из деревни Лыково подал заявление на дрова.\n\n"
            "— Дом у меня деревянный, — рассказал он."
        ).proposals
    )
    assert [(p.speaker_name, p.age) for p in found] == [("Валерий Сомов", 71)]


def test_a_name_with_lower_case_letters_inside_is_not_cut_before_the_first_verb() -> None:
    quote = only(
        "Депутат Иван Рочев направил запрос в прокуратуру и назвал процедуру «игрой в "
        "рулетку с людьми»."
    )
    assert quote.speaker_name == "Иван Рочев"


def test_an_interlocutor_in_a_named_firm_is_the_he_who_spoke_after() -> None:
    found = list(
        extract(
            "Руководитель кооператива Игорь Лапшин сказал: «Всё хорошо».\n\n"
            "Собеседник в АО «Северный лен» признал, что сырья не хватает. «Своего льна "
            "хватит года через три», — сказал он."
        ).proposals
    )
    assert (found[-1].speaker_name, found[-1].organization) == ("", "Северный лен")


def test_a_brewer_opening_a_sentence_is_an_unnamed_speaker() -> None:
    found = list(
        extract(
            "Руководитель кооператива Игорь Лапшин сказал: «Всё хорошо».\n\n"
            "Пивовар, проработавший на заводе восемь лет, рассказал, что атмосфера "
            "изменилась. «Мы варили пятнадцать сортов», — сказал он."
        ).proposals
    )
    assert (found[-1].speaker_name, found[-1].role) == ("", "Пивовар")


def test_an_unnamed_dentist_who_asked_inside_a_which_clause() -> None:
    found = list(
        extract(
            "Директор школы Наталья Сухорукова сказала: «Всё плохо».\n\n"
            "Стоматолог, которая двадцать лет проработала в кабинете и попросила не называть "
            "ее имени, считает, что главное потеряно. «Дети не боялись», — сказала она."
        ).proposals
    )
    assert (found[-1].speaker_name, found[-1].role) == ("", "Стоматолог")


def test_an_unnamed_beekeeper_from_a_named_village() -> None:
    found = list(
        extract(
            "По словам главы района Виктора Сухорукова, деньги выделены.\n\n"
            "Пасечник из села Селитренное, попросивший не называть его имени, опасается "
            "за пчел. «Я потеряю все ульи», — сказал он."
        ).proposals
    )
    assert (found[-1].speaker_name, found[-1].role) == ("", "Пасечник")


def test_a_two_word_agency_told_is_no_speaker() -> None:
    quote = only("«Контроль идет по закону», — сообщили РИА Новости в Даурской таможне.")
    assert quote.organization == "Даурская таможня"


def test_a_numbered_school_of_a_kind_is_a_body_whole() -> None:
    quote = only(
        "«Гонка опасна», — сказала директор спортивной школы олимпийского резерва № 4 "
        "Ольга Сазонова."
    )
    assert (quote.role, quote.organization) == (
        "директор",
        "спортивной школы олимпийского резерва № 4",
    )


def test_the_administration_of_a_named_settlement_is_the_body() -> None:
    quote = only(
        "«Торговля умерла», — говорит глава администрации поселка Гранитный Виктор Дашиев."
    )
    assert (quote.role, quote.organization) == ("глава", "администрации поселка Гранитный")


def test_an_arena_s_worker_is_at_the_arena_named_with_an_adjective() -> None:
    quote = only(
        "Каток принадлежит МАУ «Ледовая арена „Северная“». «Цены выросли», — сказал "
        "сотрудник арены, попросивший не называть его имени."
    )
    assert (quote.role, quote.organization) == ("сотрудник", "Ледовая арена „Северная“")


def test_by_a_body_s_data_a_partial_quote_is_the_body_s() -> None:
    quote = only(
        "Трассу обслуживает ФКУ «Упрдор „Тобол“». По данным учреждения, колонны связи "
        "«работают круглосуточно»."
    )
    assert (quote.speaker_name, quote.organization) == ("", "Упрдор „Тобол“")


def test_by_a_person_s_data_nothing_is_said() -> None:
    found = list(
        extract(
            "По словам Ольги Мальцевой, к иску присоединились 1,8 тысячи человек.\n\n"
            "Оборудование клуба, по данным арендодателя, вывезено в январе. «Мы ничего не "
            "получили», — сказала Мальцева."
        ).proposals
    )
    assert [(p.speaker_name, p.role) for p in found] == [("Ольга Мальцева", "")]
