"""Russian copy: who a bare role noun, a list entry or an interview question refers to."""

from __future__ import annotations

import pytest

from quotebook.core.extract import Proposal, extract


def quotes(text: str) -> list[Proposal]:
    return list(extract(text).proposals)


def test_expert_and_lawyer_refer_back_to_the_named_analyst_and_advocate() -> None:
    text = (
        "Экономист банка «Северный» Андрей Панов полагает, что цены вырастут.\n\n"
        "«Рубль будет слабеть до весны», — пояснил эксперт.\n\n"
        "Адвокат семьи Ольга Щукина сообщила, что иск уже подан.\n\n"
        "«Суд должен оценить действия управляющей компании», — отметила юрист."
    )
    found = quotes(text)
    assert [p.speaker_name for p in found] == ["Андрей Панов", "Ольга Щукина"]
    assert [p.role for p in found] == ["Экономист", "Адвокат"]


def test_sam_and_sentence_adverbs_are_not_part_of_a_name() -> None:
    text = (
        "Суд арестовал бывшего директора завода Павла Зимина.\n\n"
        "Сам Зимин вину не признает. «Я подписывал то, что одобрила комиссия», — "
        "заявил он.\n\n"
        "Ранее Зимин говорил, что «завод работал по закону»."
    )
    found = quotes(text)
    assert [p.speaker_name for p in found] == ["Павел Зимин", "Павел Зимин"]
    assert [p.organization for p in found] == ["", ""]


def test_poll_labels_with_an_age_in_brackets_and_a_body_in_guillemets() -> None:
    text = (
        "Мы спросили жителей района, как они добираются до работы.\n\n"
        "Ирина Волкова (52), кассир:\n— Езжу на двух автобусах, выходит час в одну сторону.\n\n"
        "Тимур Ахмедов (41), механик автосервиса «Колесо»:\n"
        "— Машину беру только по выходным, бензин дорогой."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.age, p.role, p.organization) for p in found] == [
        ("Ирина Волкова", 52, "кассир", ""),
        ("Тимур Ахмедов", 41, "механик", "Колесо"),
    ]


def test_a_role_opening_with_adjectives_after_the_name_describes_it() -> None:
    text = (
        "Интересы семьи представляет Анна Лебедева, младший партнер адвокатского "
        "бюро «Щит».\n\n"
        "«Мы будем добиваться пересмотра дела», — сказала Лебедева."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Анна Лебедева",
        "младший партнер",
        "Щит",
    )


def test_a_role_before_the_name_may_say_where_in_a_capitalised_place() -> None:
    text = (
        "Экономист Высшей школы экономики в Нижнем Новгороде Олег Фомин считает, что "
        "«рынок остынет к лету».\n\n"
        "Жительница дома на Гагарина Вера Зуева (64) живет на девятом этаже.\n\n"
        "«Лифт стоит с октября, а управляющая компания молчит», — рассказала Зуева."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.role, p.organization) for p in found] == [
        ("Олег Фомин", "Экономист", "Высшей школы экономики в Нижнем Новгороде"),
        ("Вера Зуева", "Жительница дома на Гагарина", ""),
    ]


def test_an_interview_opening_with_the_reporters_question() -> None:
    text = (
        "Архитектор Нина Гордеева (52) переехала в Ереван в 2022 году. Мы поговорили "
        "с ней о работе.\n\n"
        "— С чего вы начали?\n\n"
        "— С маленького заказа: перестроить кухню в старом доме, — вспоминает Гордеева."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.text[:16]) for p in found] == [("Нина Гордеева", "С маленького зак")]


def test_a_speaker_stays_the_antecedent_over_a_man_named_in_his_sentence() -> None:
    text = (
        "Директор завода Павел Ермаков заявил, что работу согласовал главный инженер "
        "Сергей Лукин. «Мы сделали все по правилам», — добавил он."
    )
    assert [p.speaker_name for p in quotes(text)] == ["Павел Ермаков"]


def test_a_role_and_body_before_a_clause_about_the_body_describe_the_name_after_it() -> None:
    text = (
        "Директор фонда «Чистый берег», который с 2015 года убирает пляжи Байкала, "
        "Олеся Тарханова считает, что штрафы не помогают.\n\n"
        "«Мусор оставляют те же люди, каждый год», — говорит Тарханова."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Олеся Тарханова",
        "Директор",
        "Чистый берег",
    )


def test_a_rare_first_name_that_is_also_a_common_noun() -> None:
    text = (
        "Мать троих детей Заря Мансурова (41) открыла второе кафе.\n\n"
        "«Очереди стоят с семи утра», — говорит Мансурова."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.age, quote.role) == (
        "Заря Мансурова",
        41,
        "Мать троих детей",
    )


def test_an_age_in_brackets_between_the_name_and_the_verb() -> None:
    text = (
        "Капитан сейнера из Находки Олег Рябов (49) считает иначе.\n\n"
        "— Рыбы в море меньше не стало, — сказал Рябов."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.age) == ("Олег Рябов", 49)
    assert quote.role == "Капитан сейнера"


def test_a_name_whose_apposition_is_nominative_is_kept_as_printed() -> None:
    text = (
        "Мы спросили жителей, что они думают о новом парке.\n\n"
        "Александра Кислова (64), бывшая медсестра:\n— Наконец-то есть где гулять с внуками."
    )
    quote = quotes(text)[0]
    assert (quote.speaker_name, quote.role) == ("Александра Кислова", "бывшая медсестра")


def test_a_statement_of_the_company_is_the_body_named_after_its_kind_before() -> None:
    text = (
        "Авиакомпания «Северный рейс» отменила вылеты в два поселка.\n\n"
        "«Рейсы возобновятся после ремонта», — говорится в заявлении авиакомпании.\n\n"
        "В компании «Теплосеть-Юг» сообщили, что работы закончат к пятнице. «Горячая вода "
        "вернется через десять дней», — говорится в заявлении компании."
    )
    found = quotes(text)
    assert [p.speaker_name for p in found] == ["", ""]
    assert [p.organization for p in found] == ["Северный рейс", "Теплосеть-Юг"]


@pytest.mark.parametrize(
    ("body", "kind", "filed"),
    [
        (
            "ГКУ «Дирекция автомобильных дорог Курской области»",
            "дирекции",
            "Дирекция автомобильных дорог Курской области",
        ),
        ("СПК «Рассвет»", "кооператива", "Рассвет"),
    ],
)
def test_a_press_office_of_a_kind_is_the_body_of_that_kind_named_before(
    body: str, kind: str, filed: str
) -> None:
    text = (
        f"Пункты весового контроля установило {body}.\n\n"
        f"«Комплексы прошли поверку», — сообщили в пресс-службе {kind}."
    )
    assert quotes(text)[-1].organization == filed


def test_a_first_name_and_patronymic_refer_back_to_the_one_person_of_that_first_name() -> None:
    text = (
        "Кафе на станции открыли бывший повар Тамара Лыкова и ее сосед Олег Панин.\n\n"
        "— Поезда стоят здесь по двадцать минут, люди хотят есть, — говорит Тамара "
        "Ильинична.\n\n"
        "— Мы работаем без выходных, — добавил Олег Сергеевич."
    )
    found = quotes(text)
    assert [p.speaker_name for p in found] == ["Тамара Лыкова", "Олег Панин"]
    assert found[0].role == "бывший повар"


def test_a_researcher_or_scientist_refers_back_to_the_person_named() -> None:
    text = (
        "Старший научный сотрудник Зоологического института Инна Белова изучает птиц.\n\n"
        "«Скворцов стало вдвое меньше», — пояснила исследовательница."
    )
    assert [p.speaker_name for p in quotes(text)] == ["Инна Белова"]


@pytest.mark.parametrize(
    ("introduction", "speaker", "age"),
    [
        ("Учитель физики Николай Вершинин открыл комету.", "Николай Вершинин", 54),
        ("Учитель физики Николай Вершинин, 61 год, открыл комету.", "", 54),
    ],
)
def test_an_age_opening_a_description_refers_back_to_the_man_named_unless_he_is_older(
    introduction: str, speaker: str, age: int
) -> None:
    text = (
        f"{introduction}\n\n"
        "— Сначала я решил, что это дефект матрицы, — рассказал 54-летний астроном-любитель."
    )
    found = quotes(text)[-1]
    assert (found.speaker_name, found.age) == (speaker, age)


def test_the_official_is_the_man_just_named_not_a_woman_with_a_role() -> None:
    text = (
        "Директор приюта «Лапа» Ольга Лебедева считает, что город опоздал.\n\n"
        "Заместитель главы администрации Воронежа по городскому хозяйству Игорь Попов "
        "заявил, что проект готов. «Строительство начнется весной», — сказал чиновник."
    )
    found = quotes(text)[-1]
    assert (found.speaker_name, found.role) == (
        "Игорь Попов",
        "Заместитель главы администрации Воронежа по городскому хозяйству",
    )


def test_an_unnamed_worker_who_asked_not_to_be_named_is_nobody_named_before() -> None:
    text = (
        "Директор завода Артем Белых заверил, что увольнений не будет.\n\n"
        "Рабочий шлифовального цеха, попросивший не называть его имени, рассказал, что о "
        "простое узнали из объявления. «Никто ничего не объяснил», — сказал он.\n\n"
        "Представитель Российского научного фонда, пожелавший остаться неизвестным, "
        "отметил, что гранты редки. «Обычно дают два миллиона», — сказал собеседник."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.role, p.organization) for p in found] == [
        ("", "Рабочий шлифовального цеха", ""),
        ("", "Представитель", "Российского научного фонда"),
    ]


def test_a_ministry_named_by_its_kind_keeps_its_genitives_and_is_no_company() -> None:
    text = (
        "Министерство здравоохранения Челябинской области объявило о слиянии больниц. "
        "«Отделения продолжат работу», — говорится в сообщении ведомства.\n\n"
        "Аналитик компании «Альфа-Прогноз» Игорь Лукин ждет снижения ставок. "
        "«Резко обрушить ставки банки не смогут», — полагает Лукин.\n\n"
        "«Параметры программы утверждены», — говорится в ответе министерства."
    )
    assert [p.organization for p in quotes(text)] == [
        "Министерство здравоохранения Челябинской области",
        "Альфа-Прогноз",
        "Министерство здравоохранения Челябинской области",
    ]


def test_its_director_belongs_to_a_body_printed_in_lower_case_before() -> None:
    text = (
        "Деньги выделил областной фонд развития науки и технологий. Его директор Павел "
        "Гринев рассказал о конкурсе. «Проект понравился экспертам», — сказал Гринев.\n\n"
        "Печь купили на грант областного фонда поддержки предпринимательства. Его "
        "руководитель Сергей Малахов доволен. «Таких проектов единицы», — говорит Малахов."
    )
    assert [(p.role, p.organization) for p in quotes(text)] == [
        ("директор", "областной фонд развития науки и технологий"),
        ("руководитель", "областного фонда поддержки предпринимательства"),
    ]


def test_a_body_named_in_lower_case_with_what_says_which_is_no_role() -> None:
    text = (
        "В управлении ветеринарии Воронежской области ситуацию назвали «контролируемой».\n\n"
        "В пресс-службе компании сообщили, что «работы идут по графику»."
    )
    found = quotes(text)
    assert (found[0].role, found[0].organization) == (
        "",
        "Управление ветеринарии Воронежской области",
    )


def test_a_gerund_clause_between_the_name_and_the_verb_keeps_the_speaker() -> None:
    text = (
        "Судья Ольга Мальцева, оглашая приговор, отметила, что подсудимый «годами вводил "
        "людей в заблуждение»."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.role, p.kind) for p in found] == [
        ("Ольга Мальцева", "Судья", "partial")
    ]


def test_a_noun_only_a_woman_is_refers_back_to_the_woman_just_named() -> None:
    text = (
        "Жительница Копейска Валентина Мишина (67) опасается, что к врачам станет труднее "
        "попасть.\n\n— К кардиологу я и сейчас записываюсь за месяц, — говорит пенсионерка."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.age, p.role) for p in found] == [
        ("Валентина Мишина", 67, "Жительница Копейска")
    ]


def test_a_ministry_one_speaks_in_is_the_ministry_its_answer_comes_from() -> None:
    text = (
        "В Минфине сообщили, что не планируют менять условия ипотеки. «Параметры "
        "программы утверждены до конца года», — говорится в ответе министерства.\n\n"
        "В «Альфа-Прогнозе» заявили, что ставки снизятся."
    )
    assert quotes(text)[0].organization == "Минфин"


def test_a_body_of_several_words_one_speaks_in_is_the_body_its_statement_comes_from() -> None:
    text = (
        "В Госавтоинспекции МВД по Чувашской Республике заявили, что изменили порядок "
        "экзаменов. «Все автомобили оборудованы видеорегистраторами», — говорится в "
        "сообщении ведомства."
    )
    assert quotes(text)[0].organization == "Госавтоинспекция МВД по Чувашской Республике"


def test_a_source_in_a_body_named_in_another_case_files_the_body_as_first_named() -> None:
    text = (
        "Волейбольный клуб «Ангара» снялся с чемпионата. Капитан «Ангары» Ольга Шестакова "
        "рассказала, что зарплату не платили с октября.\n\n"
        "Источник в «Ангаре» рассказал, что команду собирали под обещания. «Спонсор сказал, "
        "что деньги будут», — сказал собеседник."
    )
    assert quotes(text)[-1].organization == "Ангара"


def test_what_a_negated_verb_governs_after_a_name_is_no_part_of_the_role() -> None:
    text = (
        "Директор ООО «Мастерская „Гранит“» Артур Саркисян вину компании не признает. "
        "«Мы от работ не отказываемся. Зимой гранит клеить нельзя», — заявил он."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Артур Саркисян",
        "Директор",
        "Мастерская „Гранит“",
    )


@pytest.mark.parametrize(
    ("body", "filed"),
    [
        ("АО «Камский коммерческий банк» «Новому компаньону»", "Камский коммерческий банк"),
        ("ВХЛ «Спорт-Экспрессу»", "ВХЛ"),
    ],
)
def test_an_outlet_told_after_a_body_one_speaks_in_is_no_part_of_it(body: str, filed: str) -> None:
    text = f"В пресс-службе {body} сообщили: «Операции приостановлены до проверки документов»."
    assert quotes(text)[-1].organization == filed


def test_an_agency_refers_to_a_ministry_named_by_its_fields_and_region() -> None:
    text = (
        "Гидролог ГБУ «Центр мониторинга водных объектов Якутии» Саргылана Федорова "
        "объясняет маловодье засухой.\n\n"
        "В министерстве жилищно-коммунального хозяйства и энергетики Якутии заверили, что "
        "завоз будет выполнен. В ведомстве назвали ситуацию «сложной, но управляемой»."
    )
    assert quotes(text)[-1].organization == (
        "Министерство жилищно-коммунального хозяйства и энергетики Якутии"
    )


def test_a_company_named_in_capitals_speaking_keeps_its_name_as_printed() -> None:
    text = (
        "Оператор сервиса — АО «Колеса Мобильность».\n\n"
        "В компании утверждают, что каждое списание проверяют. «Каждый случай "
        "рассматривает служба контроля качества», — говорится в ответе компании."
    )
    assert quotes(text)[-1].organization == "Колеса Мобильность"


def test_when_someone_spoke_after_the_verb_is_no_part_of_who_spoke() -> None:
    text = (
        "— Мы два года ходили на все слушания, — сказала после заседания координатор "
        "инициативной группы «Сохраним сквер» Анна Лебедева (34)."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.age) == ("Анна Лебедева", 34)


def test_a_region_ends_a_bodys_name_before_the_verb_after_it() -> None:
    text = (
        "Государственная жилищная инспекция Кировской области начала внеплановую проверку. "
        "Начальник инспекции Татьяна Шубина считает, что подрядчик ошибся.\n\n"
        "— Кровельные работы в межсезонье — это всегда риск, — сказала Шубина."
    )
    assert quotes(text)[-1].organization == "Государственная жилищная инспекция Кировской области"


def test_the_subject_of_a_verb_before_and_says_is_the_one_who_says() -> None:
    text = (
        "Директор школы № 101 Галина Руденко работает в ней 19 лет и говорит, что такой "
        "нагрузки не помнит.\n\n— Кабинетов у нас 48, — говорит Руденко, — а классов 86."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("Галина Руденко", "Директор")


def test_a_person_introduced_by_u_is_the_one_their_surname_names_later() -> None:
    (found,) = quotes(
        "Закрытие моста ударило по торговле. У Марины Головиной (51) цветочный киоск прямо "
        "у съезда.\n\n«Выручка упала втрое за неделю», — говорит Головина."
    )
    assert (found.speaker_name, found.age) == ("Марина Головина", 51)


def test_a_statement_of_a_body_named_by_its_kind_is_the_body_named_with_its_city() -> None:
    (found,) = quotes(
        "В администрации Тюмени перенесли начало занятий. «Просим родителей следить за "
        "сообщениями школ», — говорится в сообщении администрации."
    )
    assert (found.speaker_name, found.organization) == ("", "Администрация Тюмени")


def test_turning_to_someone_brings_in_a_dash_line_s_speaker() -> None:
    found = quotes(
        "Ольга Зимина, кандидат от «Яблока», говорила о школах.\n\n"
        "— Где обещанный бассейн? — обратилась Зимина к главе района."
    )[-1]
    assert (found.text, found.speaker_name) == ("Где обещанный бассейн?", "Ольга Зимина")


def test_whom_an_outlet_spoke_with_is_the_source_just_described() -> None:
    text = (
        "Глава поселка Олег Панов заявил, что котельная будет запущена к зиме. "
        "«Трубы уже завезли», — сказал Панов.\n\n"
        "Источник в администрации поселка признал, что подрядчик до сих пор не найден. "
        "«Денег на ремонт в бюджете нет», — сказал собеседник «Северной газеты».\n\n"
        "Сотрудник котельной, попросивший не называть его имени, рассказал изданию, что "
        "трубы ржавые. "
        "«Их привезли со старого склада», — сказал собеседник издания."
    )
    found = quotes(text)
    assert [(p.speaker_name, p.role, p.organization) for p in found[1:]] == [
        ("", "", "Администрация поселка"),
        ("", "Сотрудник котельной", ""),
    ]


def test_a_court_ruling_or_a_report_is_its_body_speaking() -> None:
    text = (
        "Управляющий Павел Корнилов обжаловал отказ. «Мы подадим новую жалобу», — сказал он.\n\n"
        "«Оснований для пересмотра не найдено», — говорится в постановлении Семнадцатого "
        "арбитражного апелляционного суда.\n\n"
        "«Субсидии выдавались без проверки», — говорится в докладе Контрольно-счетной палаты "
        "Пермского края."
    )
    assert [(p.speaker_name, p.role, p.organization) for p in quotes(text)[1:]] == [
        ("", "", "Семнадцатый арбитражный апелляционный суд"),
        ("", "", "Контрольно-счетная палата Пермского края"),
    ]


def test_a_role_opening_the_sentence_with_its_adjective_is_the_unnamed_speaker() -> None:
    text = (
        "Директор завода Артем Белых заверил, что увольнений не будет. «Работа есть», — "
        "сказал Белых.\n\n"
        "Бывший мастер цеха, попросивший не называть его имени, вспоминает, что зарплату "
        "задерживали и раньше. «Нам платили частями», — говорит он."
    )
    found = quotes(text)[-1]
    assert (found.speaker_name, found.role) == ("", "Бывший мастер цеха")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "— Воду нам никто не вернет! — сказала с балкона одна из жительниц поселка, "
            "фельдшер Ирина Лосева.",
            "Ирина Лосева",
            "фельдшер",
        ),
        ("«Мы готовы к проверке», — ответил с улыбкой Олег Рябов.", "Олег Рябов", ""),
    ],
)
def test_how_or_whence_someone_spoke_is_passed_over_to_the_speaker(
    text: str, speaker: str, role: str
) -> None:
    found = quotes(text)[-1]
    assert (found.speaker_name, found.role) == (speaker, role)


def test_a_union_speaking_is_a_body_with_no_post() -> None:
    text = (
        "Профсоюз горняков «Шахтер Кузбасса» назвал новые нормы выработки "
        "«потогонной системой» и потребовал переговоров."
    )
    found = quotes(text)[-1]
    assert (found.speaker_name, found.role, found.organization) == ("", "", "Шахтер Кузбасса")


@pytest.mark.parametrize(
    ("lead", "noun"),
    [
        ("Заведующий хирургическим отделением городской больницы Павел Седов рассказал", "врач"),
        ("Серебро двукратный чемпион Павел Седов воспринял спокойно, заметил", "спортсмен"),
    ],
)
def test_a_doctor_or_an_athlete_after_a_dash_is_the_man_just_named(lead: str, noun: str) -> None:
    text = (
        "Тренер команды Ольга Лебедева довольна сезоном.\n\n"
        f"{lead}, что сезон был трудным.\n\n"
        f"— Травм было вдвое больше, чем год назад, — говорит {noun}."
    )
    assert quotes(text)[-1].speaker_name == "Павел Седов"


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("В Минприроды заявили: «Квоты не изменятся».", "Минприроды"),
        ("В Минюсте заявили: «Квоты не изменятся».", "Минюст"),
        ("«Квоты не изменятся», — говорится в сообщении Росгидромета.", "Росгидромет"),
        ("В АО «Северные зори» сообщили: «Рейсы пойдут по графику».", "Северные зори"),
        ("Источник в мэрии Томска рассказал: «Рейсы пойдут по графику».", "Мэрия Томска"),
    ],
)
def test_a_body_speaking_on_its_own_is_filed_in_the_nominative(
    text: str, organization: str
) -> None:
    """«В Минюсте заявили»: the body, as it is filed; a ministry named by «Мин» and a
    genitive does not decline; the body someone unnamed is in is filed so too."""
    assert quotes(text)[-1].organization == organization


def test_a_document_of_a_body_named_with_the_region_it_serves_is_that_body_speaking() -> None:
    text = (
        "В Госавтоинспекции по Тульской области сообщили, что на трассе произошло пять ДТП. "
        "«Водители не снижают скорость», — говорится в сообщении ведомства."
    )
    assert quotes(text)[-1].organization == "Госавтоинспекция по Тульской области"


def test_a_quote_naming_a_kind_of_body_is_no_body_the_document_refers_to() -> None:
    """«… со стороны компании …» in guillemets is speech, not a body's name that
    «ведомства» could refer to."""
    text = (
        "В Росприроднадзоре по Омской области сообщили, что проверка продлится месяц. "
        "«Главная причина — сбросы в реку со стороны компании в ночное время», — говорится "
        "в сообщении ведомства."
    )
    assert quotes(text)[-1].organization == "Росприроднадзор по Омской области"


@pytest.mark.parametrize(
    ("text", "role", "organization"),
    [
        (
            "Футбольный клуб «Северные волки» снялся с чемпионата. «Денег на выезды больше "
            "нет», — сказал журналистам спортивный директор клуба Игорь Савельев.",
            "спортивный директор",
            "Северные волки",
        ),
        (
            "Общественное движение «Чистый берег» провело субботник. По словам координатора "
            "движения Марии Зуевой, «мусора стало меньше вдвое».",
            "координатор",
            "Чистый берег",
        ),
        (
            "Сотрудники АНО «Теплый дом» раздают обеды. Руководитель организации Вера Ланская "
            "говорит: «Очередь растет каждую неделю».",
            "Руководитель",
            "Теплый дом",
        ),
        (
            "Клуб «Северные волки» снялся с чемпионата. Клуб сообщил: «Денег на выезды нет».",
            "",
            "Северные волки",
        ),
    ],
)
def test_a_club_a_movement_or_a_non_profit_named_before_is_the_body_its_kind_refers_to(
    text: str, role: str, organization: str
) -> None:
    """«директор клуба», «координатор движения», «руководитель организации» after «АНО
    «…»»: the body named before, and the role without its kind."""
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == (role, organization)


def test_initials_in_brackets_after_a_name_with_lower_case_words_stand_for_it() -> None:
    """«Общество защиты прав потребителей (ОЗПП)»: the initials spell the lower-case words
    too, and «В ОЗПП заявили» is that body speaking."""
    text = (
        "Общество защиты прав потребителей (ОЗПП) подало иск к управляющей компании. "
        "В ОЗПП заявили: «Жильцы получат компенсацию»."
    )
    assert quotes(text)[-1].organization == "Общество защиты прав потребителей"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Директор Олег Рябов заявил, что цех закроют. Один из сварщиков цеха, попросивший "
            "не называть его имени, рассказал, что зарплату задерживают. «Мы ждем с мая», — "
            "сказал он.",
            "сварщик",
        ),
        (
            "Директор Олег Рябов заявил, что цех закроют. Одна из швей, работающая здесь "
            "двадцать лет, боится остаться без работы.\n\n— Другой работы в поселке нет, — "
            "сказала она.",
            "швея",
        ),
        (  # one of several is no one named before, even when the sentence names him
            "Суд приговорил инспектора Андрея Сизова. Один из бывших инструкторов "
            "автошколы, попросивший не называть его имени, уверен, что Сизов был не "
            "единственным: «Все в городе знали, к кому идти».",
            "бывший инструктор",
        ),
        (  # "one of them": of the people the sentence before speaks of
            "Фермер Олег Рябов продал треть стада. На рынке появились перекупщики. Один из "
            "них на условиях анонимности признался, что скупал сено в июле. «Это рынок», — "
            "сказал он.",
            "перекупщик",
        ),
    ],
)
def test_one_of_a_trade_is_the_unnamed_speaker_a_pronoun_then_refers_to(
    text: str, role: str
) -> None:
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", role)


def test_the_age_and_trade_of_someone_named_before_refer_back_to_them() -> None:
    text = (
        "Ильдар Сафин, пчеловод из Лаишевского района: «Пасеки пустые».\n\n"
        "По словам 52-летнего пчеловода, страховщики «даже не ответили на письмо»."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.age) == ("Ильдар Сафин", "пчеловод", 52)


def test_a_group_by_its_trade_is_no_role_of_the_person_named_before() -> None:
    text = (
        "Ирина Белова с утра стоит в очереди к кабинету. Медсестры говорят, что прививок "
        "не хватит всем.\n\n«Я приду и завтра», — сказала Белова."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("Ирина Белова", "")


def test_someone_by_what_they_did_is_not_the_person_named_before() -> None:
    text = (
        "Ирина Белова с утра стоит в очереди к кабинету.\n\n"
        "«Мы сами привезли вакцину», — добавила сидевшая рядом пенсионерка."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", "пенсионерка")


def test_what_a_speaker_said_of_someone_after_po_slovam_is_no_description_of_them() -> None:
    text = (
        "Орнитолог фонда «Белый берег» Анна Сеппо рассказала, что на озере гнездится "
        "утка. По словам Анны Сеппо, утка «улетает, если к гнезду подходят лодки»."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Анна Сеппо",
        "Орнитолог",
        "Белый берег",
    )


def test_the_entrepreneur_is_the_shop_owner_just_named() -> None:
    text = (
        "Владелец магазина «Флора-Пермь» Артем Ширяев держал в банке расчетный счет. "
        "«На счете зависли 800 тысяч», — рассказал предприниматель."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Артем Ширяев",
        "Владелец",
        "Флора-Пермь",
    )


def test_a_capitalised_adjective_of_a_bank_is_no_person() -> None:
    text = (
        "Банк России отозвал лицензию у пермского АО «Камский кредитный банк» (ККБ).\n\n"
        "Бывшая сотрудница Камского кредитного банка, попросившая не называть ее имени, "
        "рассказала, что менеджерам ставили планы по продаже «инвестиционных продуктов». "
        "«Нам говорили предлагать пенсионерам облигации», — "
        "сказала она."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", "Бывшая сотрудница")


@pytest.mark.parametrize("kind", ["автосервиса ООО", "автосалона", "компании"])
def test_a_town_after_the_body_a_role_names_is_where_it_is(kind: str) -> None:
    text = (
        f"Владелец {kind} «Моторика» в Дзержинске Рустам Галиев признал, что заказы "
        "идут не в первую очередь. «Страховая платит мало», — сказал он."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Рустам Галиев",
        "Владелец",
        "Моторика",
    )


@pytest.mark.parametrize(
    ("attribution", "organization"),
    [
        ("сообщили в пресс-службе САО «Страховой дом „Оберег“»", "Страховой дом „Оберег“"),
        (
            "сообщили в отделении Социального фонда России по Архангельской области",
            "Отделение Социального фонда России по Архангельской области",
        ),
    ],
)
def test_a_body_speaking_by_its_insurers_form_or_a_branch(
    attribution: str, organization: str
) -> None:
    quote = quotes(f"«Компания выполняет свои обязательства», — {attribution}.")[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == ("", "", organization)


def test_what_a_body_named_by_its_kind_does_is_part_of_its_kind_not_the_role() -> None:
    text = (
        "Интересы истицы представлял юрист Красноярской региональной общественной "
        "организации защиты прав потребителей «Щит» Денис Ермаков. Он напоминает: "
        "«Закон дает продавцу 45 дней»."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == ("Денис Ермаков", "юрист", "Щит")


def test_a_unit_a_role_heads_is_part_of_the_role() -> None:
    text = (
        "«Мест нет», — сказал заведующий инфекционным отделением ГБУЗ «Городская больница» "
        "Андрей Сомов."
    )
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == (
        "заведующий инфекционным отделением",
        "Городская больница",
    )


@pytest.mark.parametrize(
    ("description", "role", "organization"),
    [
        ("Продавец магазина № 7", "Продавец", "магазина № 7"),
        ("Владелец продуктового магазина", "Владелец продуктового магазина", ""),
    ],
)
def test_a_shop_is_a_body_by_its_number_or_name(
    description: str, role: str, organization: str
) -> None:
    quote = quotes(f"«Покупателей все меньше», — говорит {description} Людмила Баданина.")[-1]
    assert (quote.role.lower(), quote.organization) == (role.lower(), organization)


def test_a_body_after_its_legal_form_and_level_initials_is_named_without_them() -> None:
    text = (
        "«В новом корпусе построены помещения», — говорится в сообщении пресс-службы "
        "ФГБОУ ВО «Приволжский государственный университет»."
    )
    assert quotes(text)[-1].organization == "Приволжский государственный университет"


def test_a_womans_name_after_a_verb_in_the_feminine_stays_as_printed() -> None:
    text = "— Мы увидели бересту, — рассказала руководитель раскопа Евгения Сазонова."
    assert quotes(text)[-1].speaker_name == "Евгения Сазонова"


def test_whom_the_speaker_talked_with_is_no_part_of_their_role() -> None:
    text = (
        "«Рельсы уложены в 1983 году», — признал в разговоре с корреспондентом главный "
        "инженер АО «Тиманская железнодорожная компания» Олег Пантелеев."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Олег Пантелеев",
        "главный инженер",
        "Тиманская железнодорожная компания",
    )


@pytest.mark.parametrize(
    ("sentence", "attribution", "organization"),
    [
        (
            "Мост признали аварийным по итогам обследования ООО «Инженерный центр „Мостэксперт“».",
            "говорится в заключении компании",
            "Инженерный центр „Мостэксперт“",
        ),
        ("", "сообщили в Линейном отделе МВД России", "Линейный отдел МВД России"),
    ],
)
def test_a_body_speaks_through_its_findings_or_as_a_department(
    sentence: str, attribution: str, organization: str
) -> None:
    quote = quotes(f"{sentence} «Опоры разрушены коррозией», — {attribution}.")[-1]
    assert (quote.speaker_name, quote.organization) == ("", organization)


def test_the_subject_of_the_verb_a_gerund_goes_with_is_the_speaker() -> None:
    text = (
        "Представитель Котласской городской прокуратуры поддержал ходатайство, заявив в "
        "суде, что глава «может оказать давление на подчиненных»."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "",
        "Представитель",
        "Котласской городской прокуратуры",
    )


def test_when_a_speaker_spoke_after_their_name_is_no_part_of_it() -> None:
    text = (
        "Адвокат Мезенцева Наталья Гринева после заседания сообщила, что ее подзащитный "
        "вину не признает.\n\n— Деньги он видел впервые, — сказала она журналистам."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Наталья Гринева",
        "Адвокат",
        "",
    )


def test_a_woman_named_in_the_accusative_is_not_a_man_of_her_surname() -> None:
    text = (
        "Ярцев сбил 29-летнюю Алину Рябинину и ее сына.\n\n"
        "Константин Рябинин, которому 35 лет, приходил на каждое заседание.\n\n"
        "— Мне не нужна его жизнь в колонии, — сказал Рябинин."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.age) == ("Константин Рябинин", 35)


def test_the_defender_is_the_lawyer_named() -> None:
    text = (
        "Адвокат Карасева Ринат Хайруллин заявил, что подзащитный не выходил на связь. "
        "«Я призываю Евгения прийти в полицию самому», — сказал защитник."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("Ринат Хайруллин", "Адвокат")


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        (
            "Суд отправил под домашний арест главу городского округа Котлас Сергея Мезенцева.",
            "глава",
        ),
        ("На встрече с жителями директор школы Сергей Мезенцев извинился.", "директор школы"),
    ],
)
def test_a_prepositions_object_before_a_role_is_no_part_of_it(opening: str, role: str) -> None:
    text = f"{opening}\n\n«Я ни разу не взял чужого», — сказал Мезенцев."
    assert quotes(text)[-1].role == role


@pytest.mark.parametrize(
    ("body", "kind", "organization"),
    [
        ("АО «Приморский балкерный терминал»", "терминала", "Приморский балкерный терминал"),
        ("Международный аэропорт «Сокол»", "аэропорта", "Сокол"),
        (
            "ФГБУ «Государственный природный заповедник „Степной“»",
            "заповедника",
            "Государственный природный заповедник „Степной“",
        ),
    ],
)
def test_a_worker_of_a_port_by_its_kind_is_at_the_one_named(
    body: str, kind: str, organization: str
) -> None:
    text = (
        f"Жители подали иск к {body}.\n\n"
        f"Сотрудник {kind}, попросивший не называть его имени, рассказал, что системы "
        "работают не всегда. «Воду включают, когда приезжает проверка», — сказал он."
    )
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == ("Сотрудник", organization)


def test_a_town_after_a_roles_body_is_no_speakers_name() -> None:
    text = (
        "Фельдшер станции скорой медицинской помощи Новокаменска, попросивший не называть "
        "его имени, рассказал о сменах. «Нас в смене четыре машины», — сказал собеседник."
    )
    assert quotes(text)[-1].speaker_name == ""


def test_the_director_of_one_of_several_schools_is_not_the_director_named() -> None:
    text = (
        "Директор школы № 9 Галина Трофимова рассказала о взносах.\n\n"
        "Директор одной из школ Заречного района, попросившая не называть ее имени, "
        "уверена, что в департаменте знали. «Нам прямо сказали: ищите источники», — "
        "говорит собеседница."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", "Директор")


def test_one_of_the_hunters_is_someone_whose_word_is_also_a_surname() -> None:
    text = (
        "Один из охотников, участвующих в поисках, на условиях анонимности рассказал, что "
        "медведь держится рядом с поселком. «Следы свежие», — сказал он."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("", "охотник")


def test_a_name_after_a_role_in_the_genitive_is_filed_in_the_nominative() -> None:
    text = (
        "По словам директора заповедника Эрдни Манджиева, рост численности — результат "
        "борьбы с браконьерами. «Полвека назад в степи паслось больше сайгаков», — говорит "
        "Манджиев."
    )
    quote = quotes(text)[-1]
    assert (quote.speaker_name, quote.role) == ("Эрдни Манджиев", "директор заповедника")


@pytest.mark.parametrize("age", ["15-летняя ", ""])
def test_a_description_opening_the_sentence_before_an_age_and_a_name(age: str) -> None:
    text = (
        "Тренировки воспитанников МБУ ДО «Спортивная школа олимпийского резерва № 2» "
        f"перенесли в парк. Воспитанница школы, {age}Арина Вахрушева, стала призером. "
        "«Я не уйду», — говорит она."
    )
    quote = quotes(text)[-1]
    assert (quote.role, quote.organization) == (
        "Воспитанница",
        "Спортивная школа олимпийского резерва № 2",
    )


def test_a_paragraph_only_about_the_speaker_lets_their_next_quote_go_on() -> None:
    text = (
        "Сапожник Рафаэль Оганесян, 61 год, чинит обувь на улице Гагарина.\n\n"
        "«Я сюда пришел, когда тут были голые стены», — говорит Оганесян.\n\n"
        "Дважды в неделю он бесплатно ставит набойки ветеранам.\n\n"
        "«Двадцать одну тысячу я не заработаю, даже если буду здесь ночевать»."
    )
    assert [p.speaker_name for p in extract(text).proposals] == ["Рафаэль Оганесян"] * 2


def test_a_nurse_or_a_doctor_alone_opening_a_sentence_is_who_she_is_next() -> None:
    for role in ("Медсестра", "Врач"):
        quote = extract(
            f"{role}, с которой поговорила корреспондент, говорит, что тяжелее всего "
            "подъемы.\n\n— Неделю назад на третьем этаже умерла пациентка, — добавила она."
        ).proposals[-1]
        assert (quote.speaker_name, quote.role) == ("", role)


def test_whom_someone_assured_after_their_age_is_not_who_speaks() -> None:
    quote = extract(
        "Капитан команды Артем Вязников, 29 лет, заверил болельщиков, что команда доиграет "
        "сезон. По его словам, игроки готовы «ездить на выезды хоть за свой счет»."
    ).proposals[-1]
    assert (quote.speaker_name, quote.age) == ("Артем Вязников", 29)


def test_someone_who_asked_not_to_be_named_in_a_participle_is_who_speaks_next() -> None:
    text = (
        "«Запасов крупы достаточно», — сообщили в пресс-службе Министерства сельского "
        "хозяйства Алтайского края.\n\nСотрудник одной из федеральных торговых сетей, "
        "попросивший не называть его имени, с такой оценкой не согласен. «Поставщики сами "
        "снижают цены», — сказал он."
    )
    quote = extract(text).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", "Сотрудник")


def test_a_region_s_adjective_ending_a_sentence_names_no_one() -> None:
    text = (
        "«Запасов достаточно», — сообщили в пресс-службе Министерства сельского хозяйства "
        "Алтайского края.\n\n«Цены снижают сами поставщики», — сказал он."
    )
    assert extract(text).proposals[-1].speaker_name == ""


def test_who_did_something_and_says_is_the_speaker_past_her_age_and_job() -> None:
    quote = extract(
        "Родители воспитанников считают, что дело не в законе. Светлана Игнатьева, 38 лет, "
        "медсестра городской больницы № 1, привела сына в клуб два года назад и говорит, "
        "что он изменился: «Он в пятом классе дрался на переменах каждый день»."
    ).proposals[-1]
    assert (quote.speaker_name, quote.age, quote.role) == ("Светлана Игнатьева", 38, "медсестра")


def test_a_full_role_before_a_city_s_police_and_a_fact_confirmed_before_the_verb() -> None:
    officer = extract(
        "Заместитель начальника отдела уголовного розыска Управления МВД России по Нижнему "
        "Новгороду Денис Карпов рассказал: «Они звонили в домофон»."
    ).proposals[-1]
    director = extract(
        "Дома обслуживает ООО «Домофон-Сервис». Генеральный директор компании Артем "
        "Белоусов этот факт подтвердил.\n\n"
        "«Сотрудник проработал у нас два месяца», — сказал Белоусов."
    ).proposals[-1]
    assert (officer.speaker_name, officer.organization) == (
        "Денис Карпов",
        "Управления МВД России по Нижнему Новгороду",
    )
    assert (director.speaker_name, director.role, director.organization) == (
        "Артем Белоусов",
        "Генеральный директор",
        "Домофон-Сервис",
    )
    for city in ("Москве", "Перми"):
        quote = extract(
            f"Сотрудник Управления МВД России по {city} Денис Карпов рассказал: «Они звонили»."
        ).proposals[-1]
        assert quote.organization == f"Управления МВД России по {city}"


def test_another_post_in_the_same_body_is_someone_else() -> None:
    quote = extract(
        "Настоятель дацана Баир Дашиев ввел новые правила.\n\nЛама дацана, попросивший не "
        "называть его имени, рассказал, что терпение у монахов закончилось. «Туристы "
        "садились на места лам», — сказал он."
    ).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", "Лама дацана")


def test_a_republic_whose_name_does_not_decline_is_no_one_s_name() -> None:
    quote = extract(
        "Глава администрации Козьмодемьянска Сергей Бахтин объяснил ситуацию.\n\nИсточник в "
        "правительстве Марий Эл сообщил, что решений ждать не стоит. «Вопрос обсуждается», "
        "— сказал собеседник."
    ).proposals[-1]
    assert (quote.speaker_name, quote.organization) == ("", "Правительство Марий Эл")


def test_the_scientist_anywhere_in_a_colon_introduction_is_the_one_named_before() -> None:
    quote = extract(
        "Заведующий лабораторией ФГБУ «Каспийский морской научный центр» Руслан Магомедов "
        "напомнил, что гибель тюленей случается каждую весну.\n\nДелать выводы ученый не "
        "торопится: «Пока нет результатов вскрытия, любые версии — это гадание»."
    ).proposals[-1]
    assert quote.speaker_name == "Руслан Магомедов"


def test_officials_in_a_clause_before_a_colon_introduce_no_quote() -> None:
    text = (
        "Театр ставил спектакли, которые местные чиновники критиковали за смелость: "
        "«Вишневый сад» в декорациях торгового центра."
    )
    assert extract(text).proposals == ()


@pytest.mark.parametrize("form", ["ГБСУ СО", "ГОБУ", "ГАСУ"])
def test_a_role_by_the_kind_of_a_social_home_named_with_its_legal_form(form: str) -> None:
    quote = extract(
        f"В {form} «Озерный дом-интернат для ветеранов» живут 90 человек.\n\nДиректор "
        "интерната Светлана Рябова говорит, что мест не хватает. «Очередь — два года», — "
        "сказала она."
    ).proposals[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Светлана Рябова",
        "Директор",
        "Озерный дом-интернат для ветеранов",
    )


def test_a_newspaper_named_once_is_the_body_of_its_correspondent() -> None:
    quote = extract(
        "Тираж районной газеты «Заречная новь» упал вдвое.\n\nКорреспондент газеты Илья "
        "Сомов, 31 год, пишет о деревнях района. «Почту теперь возят раз в неделю», — "
        "сказал Сомов."
    ).proposals[-1]
    assert (quote.speaker_name, quote.role, quote.organization) == (
        "Илья Сомов",
        "Корреспондент",
        "Заречная новь",
    )


def test_a_customer_of_a_body_named_before_is_no_part_of_it() -> None:
    quote = extract(
        "Магазин «Северянка» закрылся в понедельник.\n\nПокупательница магазина Анна "
        "Котова, 67 лет, ходила туда каждый день. «Теперь за хлебом ехать в город», — "
        "сказала Котова."
    ).proposals[-1]
    assert (quote.speaker_name, quote.organization) == ("Анна Котова", "")


@pytest.mark.parametrize(
    ("opening", "pronoun", "role"),
    [
        (
            "Одна из продавщиц, работающих на ярмарке, считает, что торговлю погубил "
            "новый регламент.",
            "она",
            "продавщица",
        ),
        (
            "Один из водителей, работающих на маршруте, уверен, что автобус сломала жара.",
            "он",
            "водитель",
        ),
        (
            "Бывший сварщик, который проработал на заводе тридцать лет, уходить не хочет.",
            "он",
            "Бывший сварщик",
        ),
        (
            "Пожилая кассирша, которая отказалась назвать фамилию, жалуется на график.",
            "она",
            "Пожилая кассирша",
        ),
    ],
)
def test_an_unnamed_subject_of_a_trade_is_the_pronoun_after_a_named_person(
    opening: str, pronoun: str, role: str
) -> None:
    verb = "сказала" if pronoun == "она" else "сказал"
    quote = extract(
        "Мастер участка Олег Ветров, 48 лет, и его заместитель Марина Лосева уверены, что "
        f"все наладится.\n\n{opening} «Так дальше нельзя», — {verb} {pronoun}."
    ).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", role)


def test_one_of_several_keeps_the_gender_of_the_singular_noun() -> None:
    quote = extract(
        "Один из зубных техников клиники, попросивший не называть его имени, недоволен. "
        "«Гипс привозят раз в месяц», — сказал он."
    ).proposals[-1]
    assert quote.role == "зубной техник"


def test_bodies_of_a_kind_in_the_plural_name_no_body() -> None:
    quote = extract(
        "Клиенты фонда — работники химических предприятий Пермского края. Выплаты "
        "перевело АО «Березниковский содовый завод». В пресс-службе предприятия заявили, "
        "что обязательства выполнены. «Взносы шли в срок», — сообщили в компании."
    ).proposals[-1]
    assert quote.organization == "Березниковский содовый завод"


def test_a_plural_word_opening_a_movements_name_is_not_its_kind() -> None:
    quote = extract(
        "В МАУ «Зоопарк „Лесная сказка“» привезли двух рысей. Против выступило движение "
        "«Зоопарки без решеток».\n\nСотрудник зоопарка, попросивший не называть его имени, "
        "рассказал о планах. «Вольер расширят», — сказал он."
    ).proposals[-1]
    assert quote.organization == "Зоопарк „Лесная сказка“"


def test_a_womans_name_a_feminine_relative_clause_follows_stays_as_printed() -> None:
    quote = extract(
        "Ролик сняла инженер Валерия Кравченко, 29 лет, которая помогает приюту.\n\n"
        "— Собакам не хватает корма, — говорит Кравченко."
    ).proposals[-1]
    assert quote.speaker_name == "Валерия Кравченко"


def test_a_count_after_a_surname_is_no_age_and_an_unknown_surname_declines_as_one() -> None:
    quote = extract(
        "Сход поддержал пенсионерку Нину Дроздову: 31 проголосовал за Дроздову, 12 — "
        "против.\n\nНине Дроздовой 71 год.\n\n«Я не рвалась в старосты», — говорит Дроздова."
    ).proposals[-1]
    assert (quote.speaker_name, quote.age) == ("Нина Дроздова", 71)


def test_an_interlocutor_who_knows_the_matter_is_a_new_source() -> None:
    quote = extract(
        "Директор комбината Олег Рябов уверен, что ветку сохранят.\n\nСобеседник, "
        "знакомый с ходом переговоров, рассказал, что стороны не договорились. «Цена "
        "оказалась неподъемной», — сказал он."
    ).proposals[-1]
    assert (quote.speaker_name, quote.role) == ("", "")


def test_a_post_at_another_kind_of_body_is_someone_else_in_the_same_post() -> None:
    quote = extract(
        "«Пожаров стало больше», — говорит старший научный сотрудник Центра охраны леса "
        "Игорь Лебедев.\n\nСотрудник департамента лесного хозяйства Тверской области, "
        "попросивший не называть его имени, объяснил сокращение экономией: «Ставки урезали "
        "сверху»."
    ).proposals[-1]
    assert quote.speaker_name == ""


def test_a_league_named_with_its_legal_form_is_what_the_league_refers_to() -> None:
    quote = extract(
        "В АНО «Любительская футбольная лига „Ока“» сообщили, что турнир начнется в мае. "
        "«Заявки подали 18 команд», — говорится в ответе лиги."
    ).proposals[-1]
    assert quote.organization == "Любительская футбольная лига „Ока“"
